#include "sim/engine/simclusterapi.h"

#include "models/clustererrorkind.h"
#include "models/labelselector.h"
#include "sim/engine/simulator.h"

#include <QPointer>
#include <QPromise>
#include <QThread>

#include <memory>

namespace Slipway {

namespace {

ClusterOperationResult operation(const char *name, const QString &target)
{
    ClusterOperationResult result;
    result.operation = QString::fromLatin1(name);
    result.target = target;
    return result;
}

// DeleteOptions.gracePeriodSeconds is sent only when set and not negative (models/clusterapi.h).
std::optional<qint64> sentGrace(const ClusterWriteOptions &options)
{
    return options.gracePeriodSeconds && *options.gracePeriodSeconds >= 0 ? options.gracePeriodSeconds
                                                                          : std::nullopt;
}

SimResult notFound(const QString &resource, const QString &name)
{
    SimResult r;
    r.httpStatus = 404;
    r.reason = QStringLiteral("NotFound");
    r.message = QStringLiteral("%1 \"%2\" not found").arg(resource, name);
    return r;
}

} // namespace

SimClusterApi::SimClusterApi(Simulator *simulator, const QString &name, QObject *parent)
    : ClusterApi(parent)
    , m_sim(simulator)
    , m_name(name)
{}

SimClusterApi::~SimClusterApi() = default;

QString SimClusterApi::displayName() const
{
    if (m_name.isEmpty())
        const_cast<SimClusterApi *>(this)->m_name = m_sim->snapshot().name;
    return m_name;
}

ClusterError SimClusterApi::errorFor(const SimResult &result, const QString &verb, const QString &resource,
                                     const QString &namespaceName, const QString &name)
{
    ClusterError e;
    if (result.ok())
        return e;
    e.kind = clusterErrorKindForHttpStatus(result.httpStatus);
    e.httpStatus = result.httpStatus;
    e.address = QStringLiteral("in-process");
    e.verb = verb;
    e.resource = resource;
    e.namespaceName = namespaceName;
    e.name = name;
    e.reason = result.reason;
    e.message = result.message;
    for (const SimStatusCause &cause : result.causes)
        e.causes << cause.type;
    return e;
}

template<typename T>
QFuture<T> SimClusterApi::later(std::function<T()> work)
{
    ++m_requests;
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QFuture<T> future = promise->future();
    QMetaObject::invokeMethod(
        this,
        [promise, work = std::move(work)] {
            promise->addResult(work());
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

void SimClusterApi::refresh()
{
    read(true, true);
}

void SimClusterApi::refreshCounts(bool withNodes)
{
    read(false, withNodes);
}

void SimClusterApi::read(bool full, bool withNodes)
{
    if (m_reading) {
        m_readNodes = m_readNodes || withNodes;
        if (full && !m_readFull) {
            m_readFull = true;
            Q_EMIT refreshStarted();
        }
        return;
    }
    m_reading = true;
    m_readFull = full;
    m_readNodes = withNodes;
    ++m_requests;
    if (m_state == ClusterConnectionState::Disconnected) {
        m_state = ClusterConnectionState::Connecting;
        Q_EMIT stateChanged(m_state);
    }
    if (full)
        Q_EMIT refreshStarted();
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_reading = false;
            if (m_state != ClusterConnectionState::Connected) {
                m_state = ClusterConnectionState::Connected;
                Q_EMIT stateChanged(m_state);
            }
            if (m_readFull)
                Q_EMIT snapshotLoaded(m_sim->snapshot());
            else
                Q_EMIT countsLoaded(m_sim->counts(m_readNodes));
        },
        Qt::QueuedConnection);
}

void SimClusterApi::startWatching()
{
    if (m_watch)
        return;
    if (m_state != ClusterConnectionState::Connected)
        refresh();
    m_watch = connect(m_sim, &Simulator::changed, this, &SimClusterApi::onChanged);
}

void SimClusterApi::stopWatching()
{
    disconnect(m_watch);
    m_watch = {};
}

void SimClusterApi::onChanged(const WatchEvent &event)
{
    if (event.object.kind != ResourceKind::Node && event.object.kind != ResourceKind::Pod)
        return;
    const ObjectChange change = event.type == WatchEventType::Added      ? ObjectChange::Added
                                : event.type == WatchEventType::Modified ? ObjectChange::Modified
                                                                         : ObjectChange::Deleted;
    // A watch delivers later, never inside the write that caused it (Simulator::changed's rule).
    QMetaObject::invokeMethod(
        this,
        [this, change, object = event.object] {
            if (object.kind == ResourceKind::Node)
                Q_EMIT nodeChanged(change, object.node);
            else
                Q_EMIT podChanged(change, object.pod);
        },
        Qt::QueuedConnection);
}

QFuture<ClusterOperationResult> SimClusterApi::setUnschedulable(const QString &node, bool unschedulable,
                                                                const ClusterWriteOptions &options)
{
    // kubectl: read the node, patch only when spec.unschedulable differs (FACTS §5.5).
    ++m_writes;
    return later<ClusterOperationResult>([this, node, unschedulable, options] {
        ClusterOperationResult result = operation(unschedulable ? "cordon" : "uncordon", node);
        const auto current = m_sim->get(ResourceKind::Node, {}, node);
        if (!current) {
            result.error = errorFor(notFound(QStringLiteral("nodes"), node), QStringLiteral("get"),
                                    QStringLiteral("nodes"), {}, node);
        } else if (current->node.unschedulable == unschedulable) {
            result.alreadyDone = true;
        } else if (!options.dryRun) {
            result.error = errorFor(
                m_sim->updateNode(node, [unschedulable](Node &n) { n.unschedulable = unschedulable; }),
                QStringLiteral("patch"), QStringLiteral("nodes"), {}, node);
        }
        return result;
    });
}

QFuture<ClusterOperationResult> SimClusterApi::patchNode(const QString &node, const NodePatch &patch,
                                                         const ClusterWriteOptions &options)
{
    ++m_writes;
    return later<ClusterOperationResult>([this, node, patch, options] {
        ClusterOperationResult result = operation("patch", node);
        const auto apply = [patch](Node &n) {
            if (patch.unschedulable)
                n.unschedulable = *patch.unschedulable;
            for (auto it = patch.setAnnotations.cbegin(); it != patch.setAnnotations.cend(); ++it)
                n.annotations.insert(it.key(), it.value());
            for (const QString &key : patch.removeAnnotations)
                n.annotations.remove(key);
        };
        const SimResult written = options.dryRun ? (m_sim->get(ResourceKind::Node, {}, node)
                                                        ? SimResult()
                                                        : notFound(QStringLiteral("nodes"), node))
                                                 : m_sim->updateNode(node, apply);
        result.error = errorFor(written, QStringLiteral("patch"), QStringLiteral("nodes"), {}, node);
        return result;
    });
}

QFuture<ClusterOperationResult> SimClusterApi::evictPod(const QString &namespaceName, const QString &name,
                                                        const ClusterWriteOptions &options)
{
    ++m_writes;
    return later<ClusterOperationResult>([this, namespaceName, name, options] {
        ClusterOperationResult result = operation("evict", namespaceName + QLatin1Char('/') + name);
        if (!m_sim->get(ResourceKind::Pod, namespaceName, name)) {
            result.alreadyDone = true; // 404: gone already, which is what eviction wanted (FACTS §5.3)
            return result;
        }
        // NamespaceLifecycle admission: an Eviction is new content in a terminating namespace.
        const auto ns = m_sim->get(ResourceKind::Namespace, {}, namespaceName);
        if (ns && ns->namespaceObject.terminating) {
            SimResult refused;
            refused.httpStatus = 403;
            refused.reason = QStringLiteral("Forbidden");
            refused.message =
                QStringLiteral("pods \"%1\" is forbidden: unable to create new content in namespace "
                               "%2 because it is being terminated")
                    .arg(name, namespaceName);
            refused.causes << SimStatusCause{
                QStringLiteral("NamespaceTerminating"),
                QStringLiteral("namespace %1 is being terminated").arg(namespaceName)};
            result.error = errorFor(refused, QStringLiteral("create"), QStringLiteral("pods/eviction"),
                                    namespaceName, name);
            return result;
        }
        if (options.dryRun)
            return result;
        const SimResult evicted = m_sim->evictPod(namespaceName, name, sentGrace(options));
        if (evicted.httpStatus == 404)
            result.alreadyDone = true;
        else
            result.error = errorFor(evicted, QStringLiteral("create"), QStringLiteral("pods/eviction"),
                                    namespaceName, name);
        return result;
    });
}

QFuture<ClusterOperationResult> SimClusterApi::deletePod(const QString &namespaceName, const QString &name,
                                                         const ClusterWriteOptions &options)
{
    ++m_writes;
    return later<ClusterOperationResult>([this, namespaceName, name, options] {
        ClusterOperationResult result = operation("delete", namespaceName + QLatin1Char('/') + name);
        if (!m_sim->get(ResourceKind::Pod, namespaceName, name)) {
            result.alreadyDone = true; // NotFound is ignored on the delete path (FACTS §5.4)
            return result;
        }
        if (options.dryRun)
            return result;
        const SimResult deleted = m_sim->deletePod(namespaceName, name, sentGrace(options));
        if (deleted.httpStatus == 404)
            result.alreadyDone = true;
        else
            result.error =
                errorFor(deleted, QStringLiteral("delete"), QStringLiteral("pods"), namespaceName, name);
        return result;
    });
}

QFuture<PodListResult> SimClusterApi::listPodsOnNode(const QString &node, const QString &labelSelector)
{
    return later<PodListResult>([this, node, labelSelector] {
        PodListResult result;
        const auto selector = LabelSelector::parse(labelSelector);
        if (!selector.ok()) {
            SimResult bad;
            bad.httpStatus = 400;
            bad.reason = QStringLiteral("BadRequest");
            bad.message = selector.errorText();
            result.error = errorFor(bad, QStringLiteral("list"), QStringLiteral("pods"), {}, {});
            return result;
        }
        for (const Pod &pod : m_sim->podsOnNode(node)) {
            if (selector->matches(pod.labels))
                result.pods << pod;
        }
        return result;
    });
}

PodResult SimClusterApi::podNow(const QString &namespaceName, const QString &name) const
{
    PodResult result;
    result.pod = m_sim->pod(namespaceName, name);
    if (!result.pod)
        result.error = errorFor(notFound(QStringLiteral("pods"), name), QStringLiteral("get"),
                                QStringLiteral("pods"), namespaceName, name);
    return result;
}

QFuture<PodResult> SimClusterApi::getPod(const QString &namespaceName, const QString &name)
{
    return later<PodResult>([this, namespaceName, name] { return podNow(namespaceName, name); });
}

void SimClusterApi::readPod(const QString &namespaceName, const QString &name, QObject *context,
                            std::function<void(const PodResult &)> done)
{
    // The same turns as whenFinished(getPod(…)): the read on a later turn (the queued call later()
    // makes), and from there the answer queued to the context while it lives.
    ++m_requests;
    QMetaObject::invokeMethod(
        this,
        [this, namespaceName, name, context = QPointer<QObject>(context), done = std::move(done)]() mutable {
            if (!context)
                return;
            Q_ASSERT(context->thread() == QThread::currentThread());
            QMetaObject::invokeMethod(
                context.data(),
                [done = std::move(done), result = podNow(namespaceName, name)] { done(result); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

QFuture<NodeResult> SimClusterApi::getNode(const QString &name)
{
    return later<NodeResult>([this, name] {
        NodeResult result;
        if (const auto o = m_sim->get(ResourceKind::Node, {}, name))
            result.node = o->node;
        else
            result.error = errorFor(notFound(QStringLiteral("nodes"), name), QStringLiteral("get"),
                                    QStringLiteral("nodes"), {}, name);
        return result;
    });
}

QFuture<WorkloadResult> SimClusterApi::getWorkload(WorkloadKind kind, const QString &namespaceName,
                                                   const QString &name)
{
    return later<WorkloadResult>([this, kind, namespaceName, name] {
        WorkloadResult result;
        const ResourceKind resource = kind == WorkloadKind::Deployment    ? ResourceKind::Deployment
                                      : kind == WorkloadKind::ReplicaSet  ? ResourceKind::ReplicaSet
                                      : kind == WorkloadKind::StatefulSet ? ResourceKind::StatefulSet
                                      : kind == WorkloadKind::DaemonSet   ? ResourceKind::DaemonSet
                                                                          : ResourceKind::Job;
        const QString plural = workloadKindName(kind).toLower() + QLatin1Char('s');
        if (const auto o = m_sim->get(resource, namespaceName, name))
            result.workload = o->workload;
        else
            result.error =
                errorFor(notFound(plural, name), QStringLiteral("get"), plural, namespaceName, name);
        return result;
    });
}

QFuture<PdbListResult> SimClusterApi::listPodDisruptionBudgets(const QString &namespaceName)
{
    return later<PdbListResult>([this, namespaceName] {
        PdbListResult result;
        result.pdbs = m_sim->podDisruptionBudgets(namespaceName);
        return result;
    });
}

QFuture<EvictionSupportResult> SimClusterApi::evictionSupport()
{
    return later<EvictionSupportResult>([] {
        EvictionSupportResult result;
        result.support = EvictionSupport::PolicyV1;
        return result;
    });
}

} // namespace Slipway
