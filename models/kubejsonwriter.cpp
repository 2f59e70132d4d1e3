#include "models/kubejsonwriter.h"
#include "models/quantity.h"

namespace Slipway::KubeJson {

QJsonValue timeValue(const QDateTime &time)
{
    // metav1.Time marshals its zero value as null.
    return time.isValid() ? QJsonValue(KubeJson::formatTimestamp(time)) : QJsonValue(QJsonValue::Null);
}

QJsonObject stringMap(const LabelMap &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QDateTime eventTime(const KubeJson::EncodeOptions &options, const QDateTime &creation)
{
    return options.now.isValid() ? options.now : creation;
}

QJsonObject encodeMetadata(const MetaFields &m, const KubeJson::EncodeOptions &options)
{
    QJsonObject meta;
    meta.insert(QLatin1String("name"), m.name);
    if (m.namespaceName)
        meta.insert(QLatin1String("namespace"), *m.namespaceName);
    if (!m.uid.isEmpty())
        meta.insert(QLatin1String("uid"), m.uid);
    if (!options.resourceVersion.isEmpty())
        meta.insert(QLatin1String("resourceVersion"), options.resourceVersion);
    if (m.generation > 0)
        meta.insert(QLatin1String("generation"), m.generation);
    meta.insert(QLatin1String("creationTimestamp"), timeValue(m.creationTimestamp));
    if (m.labels && !m.labels->isEmpty())
        meta.insert(QLatin1String("labels"), stringMap(*m.labels));
    if (m.annotations && !m.annotations->isEmpty())
        meta.insert(QLatin1String("annotations"), stringMap(*m.annotations));
    if (m.ownerReferences && !m.ownerReferences->isEmpty()) {
        QJsonArray refs;
        for (const OwnerReference &ref : *m.ownerReferences) {
            QJsonObject o{{QStringLiteral("apiVersion"), ref.apiVersion},
                          {QStringLiteral("kind"), ref.kind},
                          {QStringLiteral("name"), ref.name},
                          {QStringLiteral("uid"), ref.uid}};
            if (ref.controller) {
                o.insert(QLatin1String("controller"), true);
                o.insert(QLatin1String("blockOwnerDeletion"), true);
            }
            refs.append(o);
        }
        meta.insert(QLatin1String("ownerReferences"), refs);
    }
    if (m.deletionTimestamp && m.deletionTimestamp->has_value())
        meta.insert(QLatin1String("deletionTimestamp"), timeValue(**m.deletionTimestamp));
    return meta;
}

QJsonObject resourceList(const Resources &r, bool withPods)
{
    QJsonObject o;
    if (withPods || r.cpuMilli != 0)
        o.insert(QLatin1String("cpu"), formatCpuMilli(r.cpuMilli));
    if (withPods || r.memoryBytes != 0)
        o.insert(QLatin1String("memory"), formatBytes(r.memoryBytes));
    if (withPods)
        o.insert(QLatin1String("pods"), QString::number(r.pods));
    return o;
}

QJsonArray encodeContainers(const QList<Container> &containers)
{
    QJsonArray result;
    for (const Container &c : containers) {
        QJsonObject resources;
        const QJsonObject requests = resourceList(c.requests, false);
        if (!requests.isEmpty())
            resources.insert(QLatin1String("requests"), requests);
        result.append(
            QJsonObject{{QStringLiteral("name"), c.name},
                        {QStringLiteral("image"), c.image},
                        {QStringLiteral("imagePullPolicy"), QStringLiteral("IfNotPresent")},
                        {QStringLiteral("resources"), resources},
                        {QStringLiteral("terminationMessagePath"), QStringLiteral("/dev/termination-log")},
                        {QStringLiteral("terminationMessagePolicy"), QStringLiteral("File")}});
    }
    return result;
}

void insertPodSpecDefaults(QJsonObject &spec, const QString &restartPolicy)
{
    spec.insert(QLatin1String("restartPolicy"), restartPolicy);
    spec.insert(QLatin1String("dnsPolicy"), QStringLiteral("ClusterFirst"));
    spec.insert(QLatin1String("schedulerName"), QStringLiteral("default-scheduler"));
    spec.insert(QLatin1String("securityContext"), QJsonObject());
}

QJsonObject selectorObject(const LabelMap &selector)
{
    QJsonObject o;
    if (!selector.isEmpty())
        o.insert(QLatin1String("matchLabels"), stringMap(selector));
    return o;
}

QJsonObject condition(const QString &type, bool status, const QString &reason, const QJsonValue &when)
{
    QJsonObject c{{QStringLiteral("type"), type},
                  {QStringLiteral("status"), status ? QStringLiteral("True") : QStringLiteral("False")},
                  {QStringLiteral("lastTransitionTime"), when}};
    if (!reason.isEmpty())
        c.insert(QLatin1String("reason"), reason);
    return c;
}

void insertNonZero(QJsonObject &o, QLatin1String key, qint64 value)
{
    if (value != 0)
        o.insert(key, value);
}

QString formatTimestamp(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    // "2024-03-01T10:00:00Z", no fraction. Written by hand: QDateTime::toString() is the single most
    // expensive step of encoding a pod, and a pod has several times.
    const qint64 secs = time.toSecsSinceEpoch();
    qint64 days = secs / 86400;
    qint64 secondOfDay = secs % 86400;
    if (secondOfDay < 0) {
        secondOfDay += 86400;
        --days;
    }
    const QDate date = QDate::fromJulianDay(2440588 + days); // 2440588: 1970-01-01
    if (date.year() < 1 || date.year() > 9999)
        return time.toUTC().toString(Qt::ISODate);
    char16_t text[20];
    auto put = [&text](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = u'-';
    put(5, date.month(), 2);
    text[7] = u'-';
    put(8, date.day(), 2);
    text[10] = u'T';
    put(11, int(secondOfDay / 3600), 2);
    text[13] = u':';
    put(14, int(secondOfDay / 60 % 60), 2);
    text[16] = u':';
    put(17, int(secondOfDay % 60), 2);
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 20);
}

} // namespace Slipway::KubeJson
