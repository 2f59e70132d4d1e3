#include "models/kubejsonreader.h"
#include "models/kubejson.h"
#include "models/quantity.h"

#include <QCoreApplication>

namespace Slipway::KubeJson {

namespace {

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QCoreApplication::translate("Slipway::KubeJson", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("Slipway::KubeJson", "the number %1").arg(value.toDouble());
    case QJsonValue::String:
        return QCoreApplication::translate("Slipway::KubeJson", "the string \"%1\"")
            .arg(value.toString().left(40));
    case QJsonValue::Array:
        return QCoreApplication::translate("Slipway::KubeJson", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("Slipway::KubeJson", "an object");
    case QJsonValue::Null:
        return QCoreApplication::translate("Slipway::KubeJson", "null");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("Slipway::KubeJson", "nothing");
}

} // namespace

Reader::Reader(QLatin1String kind)
    : m_kind(kind)
{}

Reader::Scope Reader::enter(QLatin1String field)
{
    m_path.append(PathElement{field, -1});
    return Scope(*this);
}

Reader::Scope Reader::enter(qsizetype index)
{
    m_path.append(PathElement{QLatin1String(), index});
    return Scope(*this);
}

QString Reader::path(QLatin1String key) const
{
    QString result;
    for (const PathElement &e : m_path) {
        if (e.index >= 0) {
            result += QLatin1Char('[') + QString::number(e.index) + QLatin1Char(']');
        } else {
            if (!result.isEmpty())
                result += QLatin1Char('.');
            result += e.field;
        }
    }
    if (key.size() > 0) {
        if (!result.isEmpty())
            result += QLatin1Char('.');
        result += key;
    }
    return result;
}

QString Reader::subject() const
{
    if (m_objectName.isEmpty())
        return QString(m_kind);
    return QStringLiteral("%1 \"%2\"").arg(m_kind, m_objectName);
}

void Reader::fail(QLatin1String key, const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_diagnostics.addError(QStringLiteral("%1: %2: %3").arg(subject(), path(key), message));
}

void Reader::warn(const QString &message)
{
    m_diagnostics.addWarning(QStringLiteral("%1: %2").arg(subject(), message));
}

void Reader::typeError(QLatin1String key, const QJsonValue &value, const QString &expected)
{
    fail(key, QCoreApplication::translate("Slipway::KubeJson", "expected %1, found %2")
                  .arg(expected, describe(value)));
}

void Reader::missing(QLatin1String key)
{
    fail(key, QCoreApplication::translate("Slipway::KubeJson", "required field is missing"));
}

QJsonObject Reader::object(const QJsonObject &parent, QLatin1String key)
{
    const QJsonValue v = parent.value(key);
    if (v.isObject())
        return v.toObject();
    if (!v.isUndefined() && !v.isNull())
        typeError(key, v, QCoreApplication::translate("Slipway::KubeJson", "an object"));
    return {};
}

QJsonObject Reader::requiredObject(const QJsonObject &parent, QLatin1String key)
{
    const QJsonValue v = parent.value(key);
    if (v.isObject())
        return v.toObject();
    if (v.isUndefined() || v.isNull())
        missing(key);
    else
        typeError(key, v, QCoreApplication::translate("Slipway::KubeJson", "an object"));
    return {};
}

QJsonArray Reader::array(const QJsonObject &parent, QLatin1String key)
{
    const QJsonValue v = parent.value(key);
    if (v.isArray())
        return v.toArray();
    if (!v.isUndefined() && !v.isNull())
        typeError(key, v, QCoreApplication::translate("Slipway::KubeJson", "an array"));
    return {};
}

QJsonArray Reader::requiredArray(const QJsonObject &parent, QLatin1String key)
{
    const QJsonValue v = parent.value(key);
    if (v.isArray())
        return v.toArray();
    if (v.isUndefined() || v.isNull())
        missing(key);
    else
        typeError(key, v, QCoreApplication::translate("Slipway::KubeJson", "an array"));
    return {};
}

QJsonObject Reader::element(const QJsonArray &array, qsizetype index)
{
    const QJsonValue v = array.at(index);
    if (v.isObject())
        return v.toObject();
    typeError(QLatin1String(), v, QCoreApplication::translate("Slipway::KubeJson", "an object"));
    return {};
}

QString Reader::string(const QJsonObject &parent, QLatin1String key)
{
    const QJsonValue v = parent.value(key);
    if (v.isString())
        return v.toString();
    if (!v.isUndefined() && !v.isNull())
        typeError(key, v, QCoreApplication::translate("Slipway::KubeJson", "a string"));
    return {};
}

QString Reader::requiredString(const QJsonObject &parent, QLatin1String key)
{
    const QJsonValue v = parent.value(key);
    if (v.isString()) {
        QString s = v.toString();
        if (s.isEmpty())
            fail(key, QCoreApplication::translate("Slipway::KubeJson", "must not be empty"));
        return s;
    }
    if (v.isUndefined() || v.isNull())
        missing(key);
    else
        typeError(key, v, QCoreApplication::translate("Slipway::KubeJson", "a string"));
    return {};
}

QStringList Reader::stringList(const QJsonObject &parent, QLatin1String key)
{
    const QJsonArray a = array(parent, key);
    QStringList result;
    result.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonValue v = a.at(i);
        if (!v.isString()) {
            const Scope s = enter(key);
            const Scope index = enter(i);
            typeError(QLatin1String(), v, QCoreApplication::translate("Slipway::KubeJson", "a string"));
            return {};
        }
        result.append(v.toString());
    }
    return result;
}

LabelMap Reader::stringMap(const QJsonObject &parent, QLatin1String key)
{
    const QJsonObject o = object(parent, key);
    LabelMap result;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (!v.isString()) {
            const Scope s = enter(key);
            const QString k = it.key();
            const QByteArray keyLatin1 = k.toLatin1();
            typeError(QLatin1String(keyLatin1), v,
                      QCoreApplication::translate("Slipway::KubeJson", "a string"));
            return {};
        }
        // QJsonObject iterates in sorted key order, so appending at the end is cheap.
        result.insert(result.cend(), it.key(), v.toString());
    }
    return result;
}

bool Reader::boolean(const QJsonObject &parent, QLatin1String key, bool defaultValue)
{
    const QJsonValue v = parent.value(key);
    if (v.isBool())
        return v.toBool();
    if (!v.isUndefined() && !v.isNull())
        typeError(key, v, QCoreApplication::translate("Slipway::KubeJson", "a boolean"));
    return defaultValue;
}

std::optional<qint64> Reader::integer(const QJsonObject &parent, QLatin1String key, qint64 min, qint64 max)
{
    const QJsonValue v = parent.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble()) {
        typeError(key, v, QCoreApplication::translate("Slipway::KubeJson", "an integer"));
        return std::nullopt;
    }
    constexpr qint64 notInteger = std::numeric_limits<qint64>::min();
    const qint64 i = v.toInteger(notInteger);
    if (i == notInteger) {
        typeError(key, v, QCoreApplication::translate("Slipway::KubeJson", "an integer"));
        return std::nullopt;
    }
    if (i < min || i > max) {
        fail(key, QCoreApplication::translate("Slipway::KubeJson", "%1 is out of range (%2 to %3)")
                      .arg(i)
                      .arg(min)
                      .arg(max));
        return std::nullopt;
    }
    return i;
}

std::optional<QDateTime> Reader::timestamp(const QJsonObject &parent, QLatin1String key)
{
    const QString s = string(parent, key);
    if (s.isEmpty())
        return std::nullopt;
    QDateTime t = parseTimestamp(s);
    if (!t.isValid()) {
        fail(key, QCoreApplication::translate("Slipway::KubeJson",
                                              "\"%1\" is not an RFC 3339 time such as 2024-03-01T10:00:00Z")
                      .arg(s));
        return std::nullopt;
    }
    return t;
}

qint64 Reader::quantity(const QJsonObject &parent, QLatin1String key,
                        std::optional<qint64> (*parse)(const QString &))
{
    const QJsonValue v = parent.value(key);
    if (v.isUndefined() || v.isNull())
        return 0;
    QString text;
    if (v.isString())
        text = v.toString();
    else if (v.isDouble())
        text = QString::number(v.toDouble(), 'g', 17);
    else {
        typeError(key, v, QCoreApplication::translate("Slipway::KubeJson", "a quantity"));
        return 0;
    }
    if (const auto value = parse(text))
        return *value;
    fail(key, QCoreApplication::translate("Slipway::KubeJson",
                                          "\"%1\" is not a quantity (examples: 100m, 0.5, 128Mi, 1G)")
                  .arg(text));
    return 0;
}

std::optional<IntOrPercent> Reader::intOrPercent(const QJsonObject &parent, QLatin1String key)
{
    const QJsonValue v = parent.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isDouble()) {
        if (const auto i = integer(parent, key))
            return IntOrPercent{int(*i), false};
        return std::nullopt;
    }
    if (v.isString()) {
        if (const auto p = IntOrPercent::parse(v.toString()))
            return p;
        fail(key, QCoreApplication::translate("Slipway::KubeJson",
                                              "\"%1\" is neither a count nor a percentage such as 50%")
                      .arg(v.toString()));
        return std::nullopt;
    }
    typeError(key, v, QCoreApplication::translate("Slipway::KubeJson", "an integer or a percentage string"));
    return std::nullopt;
}

void readMetadata(Reader &r, const QJsonObject &object, ObjectScope objectScope, Metadata &m)
{
    const QJsonObject meta = r.requiredObject(object, QLatin1String("metadata"));
    const auto scope = r.enter(QLatin1String("metadata"));
    if (r.failed())
        return;
    m.name = r.requiredString(meta, QLatin1String("name"));
    if (r.failed())
        return;
    r.setObjectName(m.name);
    if (objectScope == ObjectScope::Namespaced) {
        m.namespaceName = r.requiredString(meta, QLatin1String("namespace"));
        if (r.failed())
            return;
        r.setObjectName(m.namespaceName + QLatin1Char('/') + m.name);
    }
    m.uid = r.string(meta, QLatin1String("uid"));
    m.labels = r.stringMap(meta, QLatin1String("labels"));
    m.annotations = r.stringMap(meta, QLatin1String("annotations"));
    m.creationTimestamp = r.timestamp(meta, QLatin1String("creationTimestamp")).value_or(QDateTime());
    m.deletionTimestamp = r.timestamp(meta, QLatin1String("deletionTimestamp"));
    m.deletionGracePeriodSeconds =
        r.integer(meta, QLatin1String("deletionGracePeriodSeconds"), 0, std::numeric_limits<qint64>::max());

    const QJsonArray refs = r.array(meta, QLatin1String("ownerReferences"));
    if (refs.isEmpty())
        return;
    const auto refsScope = r.enter(QLatin1String("ownerReferences"));
    m.ownerReferences.reserve(refs.size());
    for (qsizetype i = 0; i < refs.size() && !r.failed(); ++i) {
        const auto index = r.enter(i);
        const QJsonObject ref = r.element(refs, i);
        OwnerReference o;
        o.apiVersion = r.requiredString(ref, QLatin1String("apiVersion"));
        o.kind = r.requiredString(ref, QLatin1String("kind"));
        o.name = r.requiredString(ref, QLatin1String("name"));
        o.uid = r.string(ref, QLatin1String("uid"));
        o.controller = r.boolean(ref, QLatin1String("controller"), false);
        m.ownerReferences.append(std::move(o));
    }
}

void checkKind(Reader &r, const QJsonObject &object, QLatin1String kind,
               std::initializer_list<QLatin1String> apiVersions)
{
    // A kind error names the object already; readMetadata() checks the name properly later.
    auto nameObject = [&r, &object] {
        const QJsonObject meta = object.value(QLatin1String("metadata")).toObject();
        const QString name = meta.value(QLatin1String("name")).toString();
        const QString ns = meta.value(QLatin1String("namespace")).toString();
        r.setObjectName(ns.isEmpty() ? name : ns + QLatin1Char('/') + name);
    };
    const QString actualKind = r.string(object, QLatin1String("kind"));
    if (!actualKind.isEmpty() && actualKind != kind) {
        nameObject();
        r.fail(QLatin1String("kind"),
               QCoreApplication::translate("Slipway::KubeJson", "expected kind %1, found \"%2\"")
                   .arg(kind, actualKind));
        return;
    }
    const QString apiVersion = r.string(object, QLatin1String("apiVersion"));
    if (apiVersion.isEmpty())
        return;
    for (const QLatin1String &accepted : apiVersions) {
        if (apiVersion == accepted)
            return;
    }
    nameObject();
    r.fail(QLatin1String("apiVersion"),
           QCoreApplication::translate("Slipway::KubeJson", "unsupported apiVersion \"%1\" for %2")
               .arg(apiVersion, kind));
}

Resources readResources(Reader &r, const QJsonObject &parent, QLatin1String key, bool withPods)
{
    Resources res;
    const QJsonObject list = r.object(parent, key);
    if (list.isEmpty())
        return res;
    const auto scope = r.enter(key);
    res.cpuMilli = r.quantity(list, QLatin1String("cpu"), parseCpuMilli);
    res.memoryBytes = r.quantity(list, QLatin1String("memory"), parseBytes);
    if (withPods)
        res.pods = r.quantity(list, QLatin1String("pods"), parseCount);
    return res;
}

QList<Container> readContainers(Reader &r, const QJsonObject &podSpec)
{
    QList<Container> result;
    const QJsonArray containers = r.requiredArray(podSpec, QLatin1String("containers"));
    const auto scope = r.enter(QLatin1String("containers"));
    result.reserve(containers.size());
    for (qsizetype i = 0; i < containers.size() && !r.failed(); ++i) {
        const auto index = r.enter(i);
        const QJsonObject c = r.element(containers, i);
        Container container;
        container.name = r.requiredString(c, QLatin1String("name"));
        container.image = r.string(c, QLatin1String("image"));
        const QJsonObject resources = r.object(c, QLatin1String("resources"));
        if (!resources.isEmpty()) {
            const auto resScope = r.enter(QLatin1String("resources"));
            // Requests only: the API server already defaulted missing requests from limits.
            container.requests = readResources(r, resources, QLatin1String("requests"), false);
        }
        result.append(std::move(container));
    }
    return result;
}

LabelMap readSelector(Reader &r, const QJsonObject &spec, bool *empty)
{
    const QJsonObject selector = r.object(spec, QLatin1String("selector"));
    const auto scope = r.enter(QLatin1String("selector"));
    LabelMap labels = r.stringMap(selector, QLatin1String("matchLabels"));
    const QJsonArray expressions = r.array(selector, QLatin1String("matchExpressions"));
    if (empty)
        *empty = labels.isEmpty() && expressions.isEmpty();
    const auto exprScope = r.enter(QLatin1String("matchExpressions"));
    for (qsizetype i = 0; i < expressions.size() && !r.failed(); ++i) {
        const auto index = r.enter(i);
        const QJsonObject expr = r.element(expressions, i);
        const QString key = r.requiredString(expr, QLatin1String("key"));
        const QString op = r.requiredString(expr, QLatin1String("operator"));
        const QStringList values = r.stringList(expr, QLatin1String("values"));
        if (r.failed())
            break;
        if (op == QLatin1String("In") && values.size() == 1 && !labels.contains(key))
            labels.insert(key, values.constFirst());
        else
            r.warn(
                QCoreApplication::translate(
                    "Slipway::KubeJson",
                    "selector expression \"%1 %2 (%3)\" is not supported and was ignored; the selector may "
                    "match more pods than it does in the cluster")
                    .arg(key, op, values.join(QLatin1String(", "))));
    }
    return labels;
}

QJsonObject findCondition(Reader &r, const QJsonObject &status, QLatin1String type)
{
    const QJsonArray conditions = r.array(status, QLatin1String("conditions"));
    const auto scope = r.enter(QLatin1String("conditions"));
    for (qsizetype i = 0; i < conditions.size() && !r.failed(); ++i) {
        const auto index = r.enter(i);
        const QJsonObject c = r.element(conditions, i);
        if (r.string(c, QLatin1String("type")) == type)
            return c;
    }
    return {};
}

QDateTime parseTimestamp(const QString &text)
{
    // Fast path for what metav1.Time marshals: "2024-03-01T10:00:00Z" (150,000 pods each have one).
    if (text.size() == 20 && text.at(10) == QLatin1Char('T') && text.at(19) == QLatin1Char('Z')) {
        auto number = [&text](int from, int length) {
            int value = 0;
            for (int i = from; i < from + length; ++i) {
                const QChar c = text.at(i);
                if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                    return -1;
                value = value * 10 + (c.unicode() - '0');
            }
            return value;
        };
        if (text.at(4) == QLatin1Char('-') && text.at(7) == QLatin1Char('-') &&
            text.at(13) == QLatin1Char(':') && text.at(16) == QLatin1Char(':')) {
            const QDate date(number(0, 4), number(5, 2), number(8, 2));
            const QTime time(number(11, 2), number(14, 2), number(17, 2));
            if (date.isValid() && time.isValid())
                return QDateTime(date, time, Qt::UTC);
        }
        return {};
    }
    // RFC 3339 demands a 'T' and an explicit offset; Qt would accept a local time without one.
    if (text.size() < 20 || (text.at(10) != QLatin1Char('T') && text.at(10) != QLatin1Char('t')))
        return {};
    const QChar last = text.back();
    const bool zulu = last == QLatin1Char('Z') || last == QLatin1Char('z');
    const bool offset =
        text.size() >= 25 &&
        (text.at(text.size() - 6) == QLatin1Char('+') || text.at(text.size() - 6) == QLatin1Char('-')) &&
        text.at(text.size() - 3) == QLatin1Char(':');
    if (!zulu && !offset)
        return {};
    QString normalized = text;
    normalized[10] = QLatin1Char('T');
    if (zulu)
        normalized.back() = QLatin1Char('Z');
    // MicroTime has 6 fractional digits; keep milliseconds, truncated (Qt would round).
    if (normalized.at(19) == QLatin1Char('.')) {
        qsizetype end = 20;
        while (end < normalized.size() && normalized.at(end).isDigit())
            ++end;
        if (end > 23)
            normalized.remove(23, end - 23);
    }
    const QDateTime t = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

} // namespace Slipway::KubeJson
