#include "kube/kubesnapshotloader.h"
#include "models/componentversions.h"
#include "models/kubejson.h"
#include "kube/kubelog.h"
#include "models/valueinterner.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>

namespace Slipway {

namespace {

// Index of each list in m_lists / m_results.
enum ListIndex
{
    Nodes,
    Pods,
    Namespaces,
    Deployments,
    ReplicaSets,
    StatefulSets,
    DaemonSets,
    Jobs,
    Pdbs,
    ListCount
};

KubeResourceType typeAt(int index)
{
    switch (index) {
    case Nodes:
        return KubeResourceType::nodes();
    case Pods:
        return KubeResourceType::pods();
    case Namespaces:
        return KubeResourceType::namespaces();
    case Deployments:
        return KubeResourceType::deployments();
    case ReplicaSets:
        return KubeResourceType::replicaSets();
    case StatefulSets:
        return KubeResourceType::statefulSets();
    case DaemonSets:
        return KubeResourceType::daemonSets();
    case Jobs:
        return KubeResourceType::jobs();
    default:
        return KubeResourceType::podDisruptionBudgets();
    }
}

QString keyOf(const QJsonObject &item)
{
    const QJsonObject metadata = item.value(QLatin1String("metadata")).toObject();
    const QString ns = metadata.value(QLatin1String("namespace")).toString();
    const QString name = metadata.value(QLatin1String("name")).toString();
    return ns.isEmpty() ? name : ns + QLatin1Char('/') + name;
}

QString resourceVersionOf(const QJsonObject &item)
{
    return item.value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("resourceVersion"))
        .toString();
}

constexpr int kTotalSteps = ListCount + 1; // lists and /version

// One list's pages are decoded on several pool threads at once; they share one interner.
struct SharedInterner
{
    QMutex mutex;
    ValueInterner values;
};

// An object that cannot be decoded is skipped with a warning rather than failing the refresh.
template<typename T>
void decodeInto(const QList<QJsonObject> &items, Result<T> (*decode)(const QJsonObject &), QList<T> &target,
                QHash<QString, QString> *versions, QStringList &warnings, SharedInterner *interner = nullptr)
{
    target.reserve(target.size() + items.size());
    for (const QJsonObject &item : items) {
        Result<T> decoded = decode(item);
        if (!decoded.diagnostics().isEmpty())
            warnings << decoded.warningLines();
        if (!decoded.ok()) {
            warnings << decoded.errorText();
            continue;
        }
        T &value = decoded.value();
        if constexpr (std::is_same_v<T, Pod>) {
            if (interner) {
                const QMutexLocker lock(&interner->mutex);
                interner->values.intern(value);
            }
        }
        target.append(std::move(value));
        if (versions)
            versions->insert(keyOf(item), resourceVersionOf(item));
    }
}

} // namespace

// One page of a list decoded on the thread pool: big lists are never held as JSON, and the pods'
// repeated parts (labels, owners, containers of replicas) are shared rather than copied.
struct KubeSnapshotLoader::DecodedPage
{
    QList<Node> nodes;
    QList<Pod> pods;
    QList<Namespace> namespaces;
    QList<Workload> workloads;
    QList<PodDisruptionBudget> pdbs;
    QHash<QString, QString> versions; // nodes and pods: key -> resourceVersion
    QStringList warnings;

    static QVariant decode(int index, const QList<QJsonObject> &items, SharedInterner *interner)
    {
        DecodedPage page;
        switch (index) {
        case Nodes:
            decodeInto(items, &KubeJson::decodeNode, page.nodes, &page.versions, page.warnings);
            break;
        case Pods:
            decodeInto(items, &KubeJson::decodePod, page.pods, &page.versions, page.warnings, interner);
            break;
        case Namespaces:
            decodeInto(items, &KubeJson::decodeNamespace, page.namespaces, nullptr, page.warnings);
            break;
        case Pdbs:
            decodeInto(items, &KubeJson::decodePodDisruptionBudget, page.pdbs, nullptr, page.warnings);
            break;
        default:
            decodeInto(items, &KubeJson::decodeWorkload, page.workloads, nullptr, page.warnings);
            break;
        }
        return QVariant::fromValue(page);
    }
};

KubeSnapshotLoader::KubeSnapshotLoader(KubeClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_watcher(new QFutureWatcher<KubeSnapshotResult>(this))
{
    connect(m_watcher, &QFutureWatcher<KubeSnapshotResult>::finished, this, [this] {
        if (!m_running)
            return;
        m_running = false;
        KubeSnapshotResult result = m_watcher->result();
        result.warnings = m_warnings + result.warnings;
        Q_EMIT progress(tr("Cluster read"), kTotalSteps, kTotalSteps);
        Q_EMIT finished(result);
    });
}

KubeSnapshotLoader::~KubeSnapshotLoader()
{
    abort();
    m_watcher->waitForFinished();
}

void KubeSnapshotLoader::start()
{
    if (m_running)
        return;
    m_running = true;
    m_done = 0;
    m_warnings.clear();
    m_version = {};
    m_versionDone = false;
    m_results = QList<KubeListResult>(ListCount);
    m_listDone = QList<bool>(ListCount, false);
    m_lists = QList<QPointer<KubeList>>(ListCount);
    Q_EMIT started();
    Q_EMIT progress(tr("Connecting to %1").arg(m_client->serverAddress()), 0, kTotalSteps);

    m_versionCall = m_client->getVersion();
    connect(m_versionCall, &KubeCall::finished, this, [this](const KubeResponse &response) {
        if (!m_running)
            return;
        if (!response.ok()) {
            fail(response.error);
            return;
        }
        m_version = response.json;
        m_versionDone = true;
        stepDone(tr("Read the server version"));
    });
    for (int i = 0; i < ListCount; ++i)
        startList(typeAt(i), i);
}

void KubeSnapshotLoader::startList(const KubeResourceType &type, int index)
{
    auto *list = new KubeList(m_client, type, this);
    list->setPageDecoder([index, interner = std::make_shared<SharedInterner>()](QList<QJsonObject> &&items) {
        return DecodedPage::decode(index, items, interner.get());
    });
    m_lists[index] = list;
    connect(list, &KubeList::finished, this,
            [this, index](const KubeListResult &result) { onListFinished(index, result); });
    if (index == Pods) {
        connect(list, &KubeList::progress, this, [this](int items) {
            Q_EMIT progress(tr("Listing pods (%1 so far)").arg(QLocale().toString(items)), m_done,
                            kTotalSteps);
        });
    }
    list->start();
}

void KubeSnapshotLoader::onListFinished(int index, const KubeListResult &result)
{
    if (!m_running)
        return;
    m_lists[index]->deleteLater();
    const KubeResourceType type = m_lists[index]->type();
    if (!result.ok()) {
        const auto kind = result.error.kind;
        if (index == Pdbs && kind == ClusterError::Kind::NotFound &&
            type.apiVersion == QLatin1String("policy/v1")) {
            startList(KubeResourceType::podDisruptionBudgetsV1beta1(), index); // servers before 1.21
            return;
        }
        if (index == Namespaces &&
            (kind == ClusterError::Kind::Forbidden || kind == ClusterError::Kind::NotFound)) {
            // Namespaces only refine eviction checks; planning works without them.
            m_warnings << result.error.describe();
        } else {
            fail(result.error);
            return;
        }
    }
    m_results[index] = result;
    m_listDone[index] = true;
    stepDone(tr("Listed %1").arg(type.resource));
}

void KubeSnapshotLoader::stepDone(const QString &stage)
{
    ++m_done;
    Q_EMIT progress(stage, m_done, kTotalSteps);
    maybeBuild();
}

void KubeSnapshotLoader::maybeBuild()
{
    if (!m_versionDone || m_listDone.contains(false))
        return;
    Q_EMIT progress(tr("Reading %1 objects")
                        .arg(QLocale().toString(m_results[Pods].itemCount + m_results[Nodes].itemCount)),
                    m_done, kTotalSteps);
    const QString name = m_client->contextName();
    // The decoded pages move into the snapshot: nothing is kept twice.
    m_watcher->setFuture(
        QtConcurrent::run([name, version = m_version, lists = std::exchange(m_results, {})]() mutable {
            return assemble(name, version, std::move(lists));
        }));
}

void KubeSnapshotLoader::fail(const ClusterError &error)
{
    abort();
    Q_EMIT failed(error);
}

void KubeSnapshotLoader::abort()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_versionCall)
        m_versionCall->abort();
    for (const QPointer<KubeList> &list : std::as_const(m_lists)) {
        if (list) {
            list->abort();
            list->deleteLater();
        }
    }
}

KubeSnapshotResult KubeSnapshotLoader::build(const QString &name, const QJsonObject &version,
                                             const QList<KubeListResult> &lists)
{
    return assemble(name, version, lists);
}

KubeSnapshotResult KubeSnapshotLoader::assemble(const QString &name, const QJsonObject &version,
                                                QList<KubeListResult> lists)
{
    KubeSnapshotResult result;
    ClusterSnapshot &s = result.snapshot;
    s.name = name;
    s.takenAt = QDateTime::currentDateTimeUtc();
    if (const auto info = KubeJson::decodeVersionInfo(version); info.ok())
        s.serverVersion = info->gitVersion;
    else
        result.warnings << tr("/version: %1").arg(info.errorText());
    lists.resize(ListCount);

    // Pages decoded while listing are moved in; plain items (from callers of build()) are decoded here.
    auto take = [&](int index, auto member, auto &target, QHash<QString, QString> *versions, auto decode) {
        KubeListResult &list = lists[index];
        if (list.decoded.isEmpty()) {
            decodeInto(list.items, decode, target, versions, result.warnings);
            return;
        }
        target.reserve(target.size() + list.itemCount);
        if (versions)
            versions->reserve(versions->size() + list.itemCount);
        for (QVariant &variant : list.decoded) {
            auto *page = static_cast<DecodedPage *>(variant.data());
            target.append(std::move(page->*member));
            if (versions)
                versions->insert(page->versions);
            result.warnings << page->warnings;
        }
        list.decoded.clear();
    };
    take(Nodes, &DecodedPage::nodes, s.nodes, &result.nodeVersions, &KubeJson::decodeNode);
    take(Pods, &DecodedPage::pods, s.pods, &result.podVersions, &KubeJson::decodePod);
    take(Namespaces, &DecodedPage::namespaces, s.namespaces, nullptr, &KubeJson::decodeNamespace);
    for (int i : {Deployments, ReplicaSets, StatefulSets, DaemonSets, Jobs})
        take(i, &DecodedPage::workloads, s.workloads, nullptr, &KubeJson::decodeWorkload);
    take(Pdbs, &DecodedPage::pdbs, s.pdbs, nullptr, &KubeJson::decodePodDisruptionBudget);
    s.components = deriveComponentVersions(s.pods, s.workloads);
    result.nodesResourceVersion = lists.value(Nodes).resourceVersion;
    result.podsResourceVersion = lists.value(Pods).resourceVersion;
    return result;
}

} // namespace Slipway
