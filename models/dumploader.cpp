#include "models/dumploader.h"
#include "models/componentversions.h"
#include "models/kubejson.h"
#include "models/version.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <cctype>

namespace Slipway {

namespace {

// "Pod (12), Service (1)": counts without plural forms, which need a loaded catalog.
QString kindCounts(const QMap<QString, int> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value());
    return parts.join(QLatin1String(", "));
}

// Line and column (1-based, in characters) of a byte offset, for parse errors.
QPair<int, int> lineAndColumn(const QByteArray &json, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, json.size());
    const QByteArrayView before(json.constData(), offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    return {line, column};
}

QString itemPath(qsizetype index)
{
    return QStringLiteral("items[%1]").arg(index);
}

bool isKnownKind(const QString &kind)
{
    return kind == QLatin1String("Node") || kind == QLatin1String("Pod") ||
           kind == QLatin1String("Namespace") || kind == QLatin1String("PodDisruptionBudget") ||
           workloadKindFromName(kind).has_value();
}

// Collects the objects of one or more documents into a snapshot.
class Collector
{
public:
    Collector(ClusterSnapshot &snapshot, Diagnostics &diagnostics)
        : m_snapshot(snapshot)
        , m_diagnostics(diagnostics)
    {}

    // Takes the bytes by value so that a caller handing over its only copy frees them early.
    bool addDocument(QByteArray json, const QString &source);
    void finish(const QStringList &sources);

private:
    // `index`: position in the List's items, -1 for a single object.
    bool addObject(const QJsonObject &object, const QString &source, qsizetype index, const QString &kind);
    void addVersion(const QJsonObject &object, const QString &source);
    bool fail(const QString &source, const QString &message, const QString &where = {});
    void warn(const QString &source, const QString &where, const QStringList &warnings);
    void warn(const QString &message) { m_diagnostics.addWarning(message); }
    template<typename T>
    void append(QList<T> &list, QSet<QString> &keys, const QString &key, T value);
    QString summary() const;

    ClusterSnapshot &m_snapshot;
    Diagnostics &m_diagnostics;
    QSet<QString> m_nodeKeys;
    QSet<QString> m_podKeys;
    QSet<QString> m_workloadKeys;
    QSet<QString> m_pdbKeys;
    QSet<QString> m_namespaceKeys;
    QMap<QString, int> m_kindCounts; // every object read, by kind
    QMap<QString, int> m_ignoredKinds;
    int m_duplicates = 0;
    QString m_gitVersion;
};

bool Collector::fail(const QString &source, const QString &message, const QString &where)
{
    Diagnostic d = Diagnostic::error(message, source);
    d.where = where;
    m_diagnostics.add(std::move(d));
    return false;
}

void Collector::warn(const QString &source, const QString &where, const QStringList &warnings)
{
    for (const QString &w : warnings) {
        Diagnostic d = Diagnostic::warning(w, source);
        d.where = where;
        m_diagnostics.add(std::move(d));
    }
}

template<typename T>
void Collector::append(QList<T> &list, QSet<QString> &keys, const QString &key, T value)
{
    // Several files may overlap (nodes.json and all.json); the first copy wins.
    const qsizetype before = keys.size();
    keys.insert(key);
    if (keys.size() == before) {
        ++m_duplicates;
        return;
    }
    list.append(std::move(value));
}

bool Collector::addDocument(QByteArray json, const QString &source)
{
    // No json.trimmed(): that would copy a dump of hundreds of megabytes.
    qsizetype first = 0;
    while (first < json.size() && std::isspace(static_cast<unsigned char>(json.at(first))))
        ++first;
    if (first == json.size())
        return fail(source, QCoreApplication::translate(
                                "Slipway::DumpLoader",
                                "the file is empty; write the dump with kubectl get ... -o json"));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        QString message = QCoreApplication::translate("Slipway::DumpLoader",
                                                      "invalid JSON at byte %1 (line %2, column %3): %4")
                              .arg(parseError.offset)
                              .arg(line)
                              .arg(column)
                              .arg(parseError.errorString());
        if (json.at(first) != '{' && json.at(first) != '[')
            message += QCoreApplication::translate(
                "Slipway::DumpLoader",
                " (this does not look like JSON; was it written with -o yaml instead of -o json?)");
        return fail(source, message);
    }
    json = QByteArray(); // from here on the parsed document is all we need
    if (!doc.isObject())
        return fail(source,
                    QCoreApplication::translate(
                        "Slipway::DumpLoader",
                        "expected a JSON object (a List or a single Kubernetes object), found an array"));

    const QJsonObject root = doc.object();
    const QString kind = root.value(QLatin1String("kind")).toString();
    const QJsonValue items = root.value(QLatin1String("items"));
    if (kind.isEmpty() &&
        (root.contains(QLatin1String("serverVersion")) || root.contains(QLatin1String("gitVersion")))) {
        addVersion(root, source);
        return !m_diagnostics.hasErrors();
    }
    if (kind.isEmpty())
        return fail(source, QCoreApplication::translate("Slipway::DumpLoader",
                                                        "not a Kubernetes object: it has no \"kind\""));
    if (!kind.endsWith(QLatin1String("List")))
        return addObject(root, source, -1, kind);

    if (!items.isArray() && !items.isNull() && !items.isUndefined())
        return fail(
            source,
            QCoreApplication::translate("Slipway::DumpLoader", "the %1 has no \"items\" array").arg(kind));
    // Items of a typed list straight from the API (NodeList) carry no kind of their own.
    const QString itemKind = kind == QLatin1String("List") ? QString() : kind.chopped(4);
    const QJsonArray array = items.toArray();
    m_snapshot.pods.reserve(m_snapshot.pods.size() + array.size()); // pods dominate real dumps
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isObject())
            return fail(source,
                        QCoreApplication::translate("Slipway::DumpLoader",
                                                    "%1: expected a Kubernetes object, found %2")
                            .arg(itemPath(i),
                                 item.isArray()
                                     ? QCoreApplication::translate("Slipway::DumpLoader", "an array")
                                     : QCoreApplication::translate("Slipway::DumpLoader", "a plain value")));
        const QJsonObject object = item.toObject();
        const QString objectKind = object.value(QLatin1String("kind")).toString();
        if (!addObject(object, source, i, objectKind.isEmpty() ? itemKind : objectKind))
            return false;
    }
    return true;
}

bool Collector::addObject(const QJsonObject &object, const QString &source, qsizetype index,
                          const QString &kind)
{
    if (kind.isEmpty())
        return fail(source, QCoreApplication::translate("Slipway::DumpLoader",
                                                        "%1: not a Kubernetes object: it has no \"kind\"")
                                .arg(itemPath(index)));
    ++m_kindCounts[kind];
    if (!isKnownKind(kind)) {
        ++m_ignoredKinds[kind];
        return true;
    }
    QJsonObject withKind;
    const QJsonObject *input = &object;
    if (!object.contains(QLatin1String("kind"))) {
        withKind = object;
        withKind.insert(QLatin1String("kind"), kind);
        input = &withKind;
    }
    Diagnostics messages; // the decoder's error and warnings
    // Adds the decoded object under keyOf(object); false when it could not be decoded.
    auto add = [&](auto decoded, auto &list, QSet<QString> &keys, auto keyOf) {
        messages.append(decoded);
        if (!decoded.ok())
            return false;
        const QString key = keyOf(*decoded);
        append(list, keys, key, std::move(decoded).value());
        return true;
    };
    bool ok = false;
    if (kind == QLatin1String("Node"))
        ok = add(KubeJson::decodeNode(*input), m_snapshot.nodes, m_nodeKeys,
                 [](const Node &n) { return n.name; });
    else if (kind == QLatin1String("Pod"))
        ok = add(KubeJson::decodePod(*input), m_snapshot.pods, m_podKeys,
                 [](const Pod &p) { return p.key(); });
    else if (kind == QLatin1String("Namespace"))
        ok = add(KubeJson::decodeNamespace(*input), m_snapshot.namespaces, m_namespaceKeys,
                 [](const Namespace &n) { return n.name; });
    else if (kind == QLatin1String("PodDisruptionBudget"))
        ok = add(KubeJson::decodePodDisruptionBudget(*input), m_snapshot.pdbs, m_pdbKeys,
                 [](const PodDisruptionBudget &p) { return p.key(); });
    else
        ok = add(KubeJson::decodeWorkload(*input), m_snapshot.workloads, m_workloadKeys,
                 [&kind](const Workload &w) -> QString { return kind + QLatin1Char('/') + w.key(); });
    // Messages are rare: build the "items[12]" path only for them.
    if (const QStringList warnings = messages.warningLines(); !warnings.isEmpty())
        warn(source, index < 0 ? QString() : itemPath(index), warnings);
    if (!ok)
        return fail(source, messages.errorText(), index < 0 ? QString() : itemPath(index));
    return true;
}

void Collector::addVersion(const QJsonObject &object, const QString &source)
{
    if (const auto info = KubeJson::decodeVersionInfo(object); info.ok())
        m_gitVersion = info->gitVersion;
    else
        fail(source, info.errorText());
}

QString Collector::summary() const
{
    return m_kindCounts.isEmpty()
               ? QCoreApplication::translate("Slipway::DumpLoader", "the input holds no objects")
               : QCoreApplication::translate("Slipway::DumpLoader", "objects found by kind: %1")
                     .arg(kindCounts(m_kindCounts));
}

void Collector::finish(const QStringList &sources)
{
    const QString sourceList = sources.join(QLatin1String(", "));
    if (m_snapshot.nodes.isEmpty()) {
        fail(sourceList,
             QCoreApplication::translate("Slipway::DumpLoader",
                                         "no Node objects found (%1); include nodes in the dump: kubectl get "
                                         "nodes,pods,deployments,replicasets,statefulsets,daemonsets,jobs,"
                                         "poddisruptionbudgets -A -o json")
                 .arg(summary()));
        return;
    }
    if (!m_ignoredKinds.isEmpty())
        warn(QCoreApplication::translate("Slipway::DumpLoader",
                                         "%1: ignored objects of kinds Slipway does not use: %2")
                 .arg(sourceList, kindCounts(m_ignoredKinds)));
    if (m_duplicates > 0)
        warn(QCoreApplication::translate(
                 "Slipway::DumpLoader",
                 "%1: objects that appeared more than once, of which the first copy was kept: %2")
                 .arg(sourceList, QString::number(m_duplicates)));

    m_snapshot.components = deriveComponentVersions(m_snapshot.pods, m_snapshot.workloads);

    int unknownNodePods = 0;
    for (const Pod &pod : std::as_const(m_snapshot.pods)) {
        if (!pod.nodeName.isEmpty() && !m_nodeKeys.contains(pod.nodeName))
            ++unknownNodePods;
    }
    if (unknownNodePods > 0)
        warn(QCoreApplication::translate("Slipway::DumpLoader",
                                         "%1: pods bound to nodes that are not in the dump: %2")
                 .arg(sourceList, QString::number(unknownNodePods)));

    if (!m_gitVersion.isEmpty()) {
        m_snapshot.serverVersion = m_gitVersion;
        return;
    }
    // Without /version, kubeadm's own rule: the highest kube-apiserver pod version (FACTS §3.1).
    Version best;
    for (const ComponentVersion &c : std::as_const(m_snapshot.components)) {
        if (c.component != QLatin1String("kube-apiserver"))
            continue;
        const Version v = Version::parse(c.version);
        if (v.isValid() && (!best.isValid() || best < v)) {
            best = v;
            m_snapshot.serverVersion = c.version;
        }
    }
    if (m_snapshot.serverVersion.isEmpty())
        warn(QCoreApplication::translate(
                 "Slipway::DumpLoader",
                 "%1: the server version is unknown: the dump has no kube-apiserver pods (a managed "
                 "control plane?); add the output of kubectl version -o json as another file")
                 .arg(sourceList));
}

} // namespace

Result<ClusterSnapshot> DumpLoader::loadJson(const QByteArray &json, const QString &sourceName)
{
    Result<ClusterSnapshot> result;
    ClusterSnapshot snapshot;
    Collector collector(snapshot, result);
    if (collector.addDocument(json, sourceName))
        collector.finish({sourceName});
    if (result.hasErrors())
        return result; // never hand out a half-read cluster
    snapshot.name = QFileInfo(sourceName).completeBaseName();
    result.setValue(std::move(snapshot));
    return result;
}

Result<ClusterSnapshot> DumpLoader::loadFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return Result<ClusterSnapshot>::failure(
            QCoreApplication::translate("Slipway::DumpLoader", "no dump file given"));
    Result<ClusterSnapshot> result;
    ClusterSnapshot snapshot;
    Collector collector(snapshot, result);
    QDateTime newest;
    for (const QString &path : paths) {
        QFile file(path);
        QByteArray json;
        if (file.open(QIODevice::ReadOnly))
            json = file.readAll();
        if (!file.isOpen() || file.error() != QFileDevice::NoError) {
            result.addError(QCoreApplication::translate("Slipway::DumpLoader", "%1: cannot read the file: %2")
                                .arg(path, file.errorString()));
            return result;
        }
        if (!collector.addDocument(std::move(json), path))
            return result;
        const QDateTime modified = QFileInfo(file).lastModified();
        if (!newest.isValid() || modified > newest)
            newest = modified;
    }
    collector.finish(paths);
    if (result.hasErrors())
        return result;
    snapshot.name = QFileInfo(paths.constFirst()).completeBaseName();
    snapshot.takenAt = newest.toUTC();
    result.setValue(std::move(snapshot));
    return result;
}

} // namespace Slipway
