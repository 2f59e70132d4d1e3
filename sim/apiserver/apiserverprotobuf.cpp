#include "sim/apiserver/apiserverprotobuf.h"

#include <QJsonArray>

namespace Slipway::ApiProtobuf {

namespace {

// A protobuf wire-format reader over one message.
class Reader
{
public:
    explicit Reader(const QByteArray &data)
        : m_data(data)
    {}

    bool failed() const { return m_failed; }

    // The next field; false at the end of the message (or on malformed input).
    bool next(int *field, int *wireType)
    {
        if (m_failed || m_pos >= m_data.size())
            return false;
        const quint64 key = varint();
        *field = int(key >> 3);
        *wireType = int(key & 7);
        return !m_failed;
    }

    quint64 varint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_pos >= m_data.size())
                break;
            const quint8 b = quint8(m_data.at(m_pos++));
            value |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                return value;
        }
        m_failed = true;
        return 0;
    }

    QByteArray bytes()
    {
        const quint64 length = varint();
        if (m_failed || length > quint64(m_data.size() - m_pos)) {
            m_failed = true;
            return {};
        }
        const QByteArray out = m_data.mid(m_pos, qsizetype(length));
        m_pos += qsizetype(length);
        return out;
    }

    void skip(int wireType)
    {
        switch (wireType) {
        case 0:
            varint();
            break;
        case 1:
            m_pos += 8;
            break;
        case 2:
            bytes();
            break;
        case 5:
            m_pos += 4;
            break;
        default:
            m_failed = true;
        }
        if (m_pos > m_data.size())
            m_failed = true;
    }

private:
    QByteArray m_data;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// map<string,string> entry: 1 key, 2 value.
void readMapEntry(const QByteArray &entry, QJsonObject *map)
{
    Reader r(entry);
    int field = 0;
    int type = 0;
    QString key;
    QString value;
    while (r.next(&field, &type)) {
        if (field == 1 && type == 2)
            key = text(r.bytes());
        else if (field == 2 && type == 2)
            value = text(r.bytes());
        else
            r.skip(type);
    }
    if (!key.isEmpty())
        map->insert(key, value);
}

// ObjectMeta: 1 name, 2 generateName, 3 namespace, 11 labels, 12 annotations.
QJsonObject readMeta(const QByteArray &message)
{
    Reader r(message);
    QJsonObject meta;
    QJsonObject labels;
    QJsonObject annotations;
    int field = 0;
    int type = 0;
    while (r.next(&field, &type)) {
        if (type != 2) {
            r.skip(type);
            continue;
        }
        const QByteArray value = r.bytes();
        if (field == 1 && !value.isEmpty())
            meta.insert(QLatin1String("name"), text(value));
        else if (field == 2 && !value.isEmpty())
            meta.insert(QLatin1String("generateName"), text(value));
        else if (field == 3 && !value.isEmpty())
            meta.insert(QLatin1String("namespace"), text(value));
        else if (field == 11)
            readMapEntry(value, &labels);
        else if (field == 12)
            readMapEntry(value, &annotations);
    }
    if (!labels.isEmpty())
        meta.insert(QLatin1String("labels"), labels);
    if (!annotations.isEmpty())
        meta.insert(QLatin1String("annotations"), annotations);
    return meta;
}

// Container: 1 name, 2 image.
QJsonObject readContainer(const QByteArray &message)
{
    Reader r(message);
    QJsonObject c;
    int field = 0;
    int type = 0;
    while (r.next(&field, &type)) {
        if (type == 2 && (field == 1 || field == 2))
            c.insert(field == 1 ? QLatin1String("name") : QLatin1String("image"), text(r.bytes()));
        else
            r.skip(type);
    }
    return c;
}

// PodTemplateSpec: 1 metadata, 2 spec (PodSpec: 2 containers, 3 restartPolicy).
QJsonObject readTemplate(const QByteArray &message)
{
    Reader r(message);
    QJsonObject result;
    int field = 0;
    int type = 0;
    while (r.next(&field, &type)) {
        if (type != 2) {
            r.skip(type);
            continue;
        }
        const QByteArray value = r.bytes();
        if (field == 1) {
            result.insert(QLatin1String("metadata"), readMeta(value));
        } else if (field == 2) {
            Reader spec(value);
            QJsonArray containers;
            QJsonObject podSpec;
            int f = 0;
            int t = 0;
            while (spec.next(&f, &t)) {
                if (f == 2 && t == 2)
                    containers.append(readContainer(spec.bytes()));
                else if (f == 3 && t == 2)
                    podSpec.insert(QLatin1String("restartPolicy"), text(spec.bytes()));
                else
                    spec.skip(t);
            }
            podSpec.insert(QLatin1String("containers"), containers);
            result.insert(QLatin1String("spec"), podSpec);
        }
    }
    return result;
}

// DeploymentSpec / ReplicaSetSpec / StatefulSetSpec: 1 replicas, 2 selector (1 matchLabels),
// 3 template.
QJsonObject readSpec(const QByteArray &message)
{
    Reader r(message);
    QJsonObject spec;
    int field = 0;
    int type = 0;
    while (r.next(&field, &type)) {
        if (field == 1 && type == 0) {
            spec.insert(QLatin1String("replicas"), qint64(qint32(r.varint())));
        } else if (field == 2 && type == 2) {
            Reader selector(r.bytes());
            QJsonObject matchLabels;
            int f = 0;
            int t = 0;
            while (selector.next(&f, &t)) {
                if (f == 1 && t == 2)
                    readMapEntry(selector.bytes(), &matchLabels);
                else
                    selector.skip(t);
            }
            spec.insert(QLatin1String("selector"), QJsonObject{{QLatin1String("matchLabels"), matchLabels}});
        } else if (field == 3 && type == 2) {
            spec.insert(QLatin1String("template"), readTemplate(r.bytes()));
        } else {
            r.skip(type);
        }
    }
    return spec;
}

// The "k8s\0" magic and the runtime.Unknown envelope: typeMeta {apiVersion (1), kind (2)} and
// raw (2), the object's own message.
// The runtime.Unknown envelope: typeMeta (1: apiVersion, 2: kind) and the raw message (2).
struct Envelope
{
    QString apiVersion;
    QString kind;
    QByteArray raw;
};

Result<Envelope> unwrap(const QByteArray &body)
{
    if (!body.startsWith(QByteArray("k8s\0", 4)))
        return Result<Envelope>::failure(
            QStringLiteral("the protobuf body does not start with the Kubernetes magic number"));
    Envelope out;
    Reader envelope(body.mid(4));
    int field = 0;
    int type = 0;
    while (envelope.next(&field, &type)) {
        if (field == 1 && type == 2) {
            Reader typeMeta(envelope.bytes());
            int f = 0;
            int t = 0;
            while (typeMeta.next(&f, &t)) {
                if ((f == 1 || f == 2) && t == 2)
                    (f == 1 ? out.apiVersion : out.kind) = text(typeMeta.bytes());
                else
                    typeMeta.skip(t);
            }
        } else if (field == 2 && type == 2) {
            out.raw = envelope.bytes();
        } else {
            envelope.skip(type);
        }
    }
    if (envelope.failed())
        return Result<Envelope>::failure(QStringLiteral("the protobuf body is malformed"));
    return out;
}

// meta/v1 Preconditions: uid (1), resourceVersion (2).
QJsonObject readPreconditions(const QByteArray &message, bool *ok)
{
    QJsonObject pre;
    Reader r(message);
    int field = 0;
    int type = 0;
    while (r.next(&field, &type)) {
        if ((field == 1 || field == 2) && type == 2)
            pre.insert(field == 1 ? QStringLiteral("uid") : QStringLiteral("resourceVersion"),
                       text(r.bytes()));
        else
            r.skip(type);
    }
    *ok = !r.failed();
    return pre;
}

void writeVarint(QByteArray &out, quint64 value)
{
    do {
        quint8 byte = value & 0x7f;
        value >>= 7;
        if (value)
            byte |= 0x80;
        out.append(char(byte));
    } while (value);
}

void writeBytes(QByteArray &out, int field, const QByteArray &value)
{
    writeVarint(out, quint64(field) << 3 | 2);
    writeVarint(out, quint64(value.size()));
    out.append(value);
}

} // namespace

bool isProtobuf(const QByteArray &mediaType)
{
    return mediaType == "application/vnd.kubernetes.protobuf";
}

Result<QJsonObject> decodeWorkload(const QByteArray &body)
{
    const Result<Envelope> envelope = unwrap(body);
    if (!envelope.ok())
        return Result<QJsonObject>::failure(envelope);
    const QString &apiVersion = envelope->apiVersion;
    const QString &kind = envelope->kind;
    int field = 0;
    int type = 0;
    if (apiVersion != QLatin1String("apps/v1") ||
        (kind != QLatin1String("Deployment") && kind != QLatin1String("ReplicaSet") &&
         kind != QLatin1String("StatefulSet")))
        return Result<QJsonObject>::failure(
            QStringLiteral("the practice API server decodes protobuf only for apps/v1 Deployments, "
                           "ReplicaSets and StatefulSets, not %1 %2; send JSON")
                .arg(apiVersion, kind));
    QJsonObject object{{QLatin1String("apiVersion"), apiVersion}, {QLatin1String("kind"), kind}};
    Reader message(envelope->raw);
    while (message.next(&field, &type)) {
        if (field == 1 && type == 2)
            object.insert(QLatin1String("metadata"), readMeta(message.bytes()));
        else if (field == 2 && type == 2)
            object.insert(QLatin1String("spec"), readSpec(message.bytes()));
        else
            message.skip(type);
    }
    if (message.failed())
        return Result<QJsonObject>::failure(QStringLiteral("the protobuf body is malformed"));
    return object;
}

Result<QJsonObject> decodeDeleteOptions(const QByteArray &body)
{
    const Result<Envelope> envelope = unwrap(body);
    if (!envelope.ok())
        return Result<QJsonObject>::failure(envelope);
    if (envelope->kind != QLatin1String("DeleteOptions"))
        return Result<QJsonObject>::failure(
            QStringLiteral("expected DeleteOptions in the protobuf body, not %1 %2")
                .arg(envelope->apiVersion, envelope->kind));
    QJsonObject options;
    QJsonArray dryRun;
    Reader r(envelope->raw);
    int field = 0;
    int type = 0;
    bool ok = true;
    while (ok && r.next(&field, &type)) {
        if (field == 1 && type == 0)
            options.insert(QStringLiteral("gracePeriodSeconds"), double(qint64(r.varint())));
        else if (field == 2 && type == 2)
            options.insert(QStringLiteral("preconditions"), readPreconditions(r.bytes(), &ok));
        else if (field == 3 && type == 0)
            options.insert(QStringLiteral("orphanDependents"), r.varint() != 0);
        else if (field == 4 && type == 2)
            options.insert(QStringLiteral("propagationPolicy"), text(r.bytes()));
        else if (field == 5 && type == 2)
            dryRun.append(text(r.bytes()));
        else
            r.skip(type);
    }
    if (!ok || r.failed())
        return Result<QJsonObject>::failure(QStringLiteral("the protobuf body is malformed"));
    if (!dryRun.isEmpty())
        options.insert(QStringLiteral("dryRun"), dryRun);
    return options;
}

QByteArray encodeDeleteOptions(const QJsonObject &options)
{
    QByteArray raw;
    if (options.contains(QLatin1String("gracePeriodSeconds"))) {
        writeVarint(raw, 1 << 3);
        writeVarint(raw, quint64(options.value(QLatin1String("gracePeriodSeconds")).toInteger()));
    }
    const QJsonObject pre = options.value(QLatin1String("preconditions")).toObject();
    if (!pre.isEmpty()) {
        QByteArray p;
        if (pre.contains(QLatin1String("uid")))
            writeBytes(p, 1, pre.value(QLatin1String("uid")).toString().toUtf8());
        if (pre.contains(QLatin1String("resourceVersion")))
            writeBytes(p, 2, pre.value(QLatin1String("resourceVersion")).toString().toUtf8());
        writeBytes(raw, 2, p);
    }
    if (options.contains(QLatin1String("propagationPolicy")))
        writeBytes(raw, 4, options.value(QLatin1String("propagationPolicy")).toString().toUtf8());
    for (const QJsonValue &v : options.value(QLatin1String("dryRun")).toArray())
        writeBytes(raw, 5, v.toString().toUtf8());
    QByteArray typeMeta;
    writeBytes(typeMeta, 1, QByteArrayLiteral("v1"));
    writeBytes(typeMeta, 2, QByteArrayLiteral("DeleteOptions"));
    QByteArray body("k8s\0", 4);
    writeBytes(body, 1, typeMeta);
    writeBytes(body, 2, raw);
    writeBytes(body, 3, {});
    writeBytes(body, 4, {});
    return body;
}

} // namespace Slipway::ApiProtobuf
