#pragma once

#include "models/clustersnapshot.h"
#include "models/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVarLengthArray>

#include <limits>
#include <optional>

// Private helper of the KubeJson decoders: typed field access that records the first error with
// the object's kind, name and the field's JSON path, and returns harmless defaults afterwards. A
// decoder ends with result(value) (or failure() when it stops early): the value unless an error
// was recorded, with the warnings either way.
namespace Slipway::KubeJson {

class Reader
{
public:
    explicit Reader(QLatin1String kind);

    // Leaves the path element when it goes out of scope.
    class Scope
    {
    public:
        explicit Scope(Reader &reader)
            : m_reader(reader)
        {}
        ~Scope() { m_reader.m_path.removeLast(); }
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        Reader &m_reader;
    };

    [[nodiscard]] Scope enter(QLatin1String field);
    [[nodiscard]] Scope enter(qsizetype index);

    // "default/web-0" (namespaced) or "node-1"; used in every message from here on.
    void setObjectName(const QString &name) { m_objectName = name; }
    bool failed() const { return m_failed; }
    // Records `message` about field `key` below the current path (only the first error is kept).
    void fail(QLatin1String key, const QString &message);
    void warn(const QString &message);

    template<typename T>
    Result<T> result(T &&value) const
    {
        if (m_failed)
            return failure<T>();
        Result<T> out(std::forward<T>(value));
        out.append(m_diagnostics);
        return out;
    }
    template<typename T>
    Result<T> failure() const
    {
        return Result<T>::failure(m_diagnostics);
    }

    // Absent and null fields give the default; a value of the wrong type is an error.
    QJsonObject object(const QJsonObject &parent, QLatin1String key);
    QJsonObject requiredObject(const QJsonObject &parent, QLatin1String key);
    QJsonArray array(const QJsonObject &parent, QLatin1String key);
    QJsonArray requiredArray(const QJsonObject &parent, QLatin1String key);
    // Element `index` of `array`, which must be an object (call inside enter(index)).
    QJsonObject element(const QJsonArray &array, qsizetype index);
    QString string(const QJsonObject &parent, QLatin1String key);
    QString requiredString(const QJsonObject &parent, QLatin1String key); // non-empty
    QStringList stringList(const QJsonObject &parent, QLatin1String key);
    LabelMap stringMap(const QJsonObject &parent, QLatin1String key);
    bool boolean(const QJsonObject &parent, QLatin1String key, bool defaultValue);
    std::optional<qint64> integer(const QJsonObject &parent, QLatin1String key, qint64 min = 0,
                                  qint64 max = std::numeric_limits<int>::max());
    std::optional<QDateTime> timestamp(const QJsonObject &parent, QLatin1String key);
    // A quantity string (numbers are accepted too, as the API server does); 0 when absent.
    qint64 quantity(const QJsonObject &parent, QLatin1String key,
                    std::optional<qint64> (*parse)(const QString &));
    std::optional<IntOrPercent> intOrPercent(const QJsonObject &parent, QLatin1String key);

private:
    struct PathElement
    {
        QLatin1String field;
        qsizetype index = -1; // >= 0: an array index
    };

    QString path(QLatin1String key) const;
    QString subject() const;
    void typeError(QLatin1String key, const QJsonValue &value, const QString &expected);
    void missing(QLatin1String key);

    QLatin1String m_kind;
    QString m_objectName;
    Diagnostics m_diagnostics;
    QVarLengthArray<PathElement, 8> m_path;
    bool m_failed = false;
};

// Metadata every object has. readMetadata() reads the name first so that later errors name the object.
struct Metadata
{
    QString name;
    QString namespaceName;
    QString uid;
    LabelMap labels;
    LabelMap annotations;
    QDateTime creationTimestamp;
    std::optional<QDateTime> deletionTimestamp;
    std::optional<qint64> deletionGracePeriodSeconds;
    QList<OwnerReference> ownerReferences;
};

enum class ObjectScope
{
    Cluster,   // Node, Namespace: no metadata.namespace
    Namespaced // Pod, workloads, PodDisruptionBudget: metadata.namespace required
};
void readMetadata(Reader &r, const QJsonObject &object, ObjectScope objectScope, Metadata &m);

// Moves the metadata into a decoded object: every field the object's type has (a Node has no
// namespace, a PodDisruptionBudget keeps only its name and uid).
template<typename T>
void moveMetadata(Metadata &&m, T &object)
{
    object.name = std::move(m.name);
    object.uid = std::move(m.uid);
    if constexpr (requires { object.namespaceName; })
        object.namespaceName = std::move(m.namespaceName);
    if constexpr (requires { object.labels; })
        object.labels = std::move(m.labels);
    if constexpr (requires { object.annotations; })
        object.annotations = std::move(m.annotations);
    if constexpr (requires { object.ownerReferences; })
        object.ownerReferences = std::move(m.ownerReferences);
    if constexpr (requires { object.creationTimestamp; })
        object.creationTimestamp = std::move(m.creationTimestamp);
    if constexpr (requires { object.deletionTimestamp; })
        object.deletionTimestamp = std::move(m.deletionTimestamp);
    if constexpr (requires { object.deletionGracePeriodSeconds; })
        object.deletionGracePeriodSeconds = m.deletionGracePeriodSeconds;
}
// readMetadata() and moveMetadata() in one, as every decoder starts after checkKind(): false, with
// the error recorded, when the kind, apiVersion or metadata is wrong (the decoder stops there).
template<typename T>
bool readObjectMetadata(Reader &r, const QJsonObject &object, ObjectScope objectScope, T &out)
{
    Metadata m;
    readMetadata(r, object, objectScope, m);
    if (r.failed())
        return false;
    moveMetadata(std::move(m), out);
    return true;
}
// Checks kind (when present: items of a typed NodeList carry none) and apiVersion.
void checkKind(Reader &r, const QJsonObject &object, QLatin1String kind,
               std::initializer_list<QLatin1String> apiVersions);
// cpu, memory and (with `withPods`) pods of a resource list such as status.capacity.
Resources readResources(Reader &r, const QJsonObject &parent, QLatin1String key, bool withPods);
// spec.containers of a pod spec (required).
QList<Container> readContainers(Reader &r, const QJsonObject &podSpec);
// spec.selector: matchLabels, plus matchExpressions that are plain equality ("In" with one value).
LabelMap readSelector(Reader &r, const QJsonObject &spec, bool *empty = nullptr);
// The condition of `type` in status.conditions, or an empty object.
QJsonObject findCondition(Reader &r, const QJsonObject &status, QLatin1String type);

} // namespace Slipway::KubeJson
