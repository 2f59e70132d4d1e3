#include "sim/engine/simscheduler.h"

#include "models/schedulingpredicates.h"

#include <algorithm>
#include <tuple>

namespace Slipway {

namespace {

bool holdsResources(const Pod &pod)
{
    return !pod.nodeName.isEmpty() && !pod.isFinished();
}

bool wantsScheduling(const Pod &pod)
{
    return pod.nodeName.isEmpty() && !pod.deletionTimestamp && !pod.isFinished();
}

double cpuShareOf(const Node &node, const Resources &requested)
{
    return node.allocatable.cpuMilli > 0 ? double(requested.cpuMilli) / double(node.allocatable.cpuMilli)
                                         : 1.0;
}

// Well-known priority classes resolve to these values at admission.
int priorityOf(const Pod &pod)
{
    if (pod.priorityClassName == QLatin1String("system-node-critical"))
        return 2000001000;
    if (pod.priorityClassName == QLatin1String("system-cluster-critical"))
        return 2000000000;
    return 0;
}

} // namespace

void SimScheduler::observe(const WatchEvent &event, const StoredObject *previous)
{
    const StoredObject &object = event.object;
    if (object.kind == ResourceKind::Node) {
        updateShare(object.node.name);
        const Node *before = previous ? &previous->node : nullptr;
        const Node &after = object.node;
        if (!before || event.type != WatchEventType::Modified ||
            before->unschedulable != after.unschedulable || before->taints != after.taints ||
            before->labels != after.labels || before->allocatable != after.allocatable)
            m_clusterChanged = true;
        return;
    }
    if (object.kind != ResourceKind::Pod)
        return;
    if (previous && !previous->pod.nodeName.isEmpty())
        updateShare(previous->pod.nodeName);
    if (!object.pod.nodeName.isEmpty() && (!previous || previous->pod.nodeName != object.pod.nodeName))
        updateShare(object.pod.nodeName);
    const QString key = object.pod.key();
    if (previous && holdsResources(previous->pod) &&
        (event.type == WatchEventType::Deleted || !holdsResources(object.pod)))
        m_clusterChanged = true; // resources were freed
    if (event.type == WatchEventType::Deleted || !wantsScheduling(object.pod)) {
        m_queue.erase(key);
        m_unschedulable.erase(key);
        if (event.type == WatchEventType::Deleted)
            m_pinned.remove(key);
        return;
    }
    if (!m_unschedulable.count(key))
        m_queue.insert(key);
}

bool SimScheduler::hasWork() const
{
    return !m_queue.empty() || (m_clusterChanged && !m_unschedulable.empty());
}

void SimScheduler::sync()
{
    if (m_clusterChanged) {
        m_queue.insert(m_unschedulable.cbegin(), m_unschedulable.cend());
        m_unschedulable.clear();
        m_clusterChanged = false;
    }
    // The scheduling queue orders by priority, then by arrival.
    QList<std::tuple<int, QDateTime, QString>> order;
    for (const QString &key : m_queue) {
        if (const Pod *pod = m_ctx.store.pod(key))
            order.append({-priorityOf(*pod), pod->creationTimestamp, key});
    }
    m_queue.clear();
    std::sort(order.begin(), order.end());
    for (const auto &entry : std::as_const(order))
        schedule(std::get<2>(entry));
}

void SimScheduler::updateShare(const QString &name)
{
    const Node *node = m_ctx.store.node(name);
    const auto it = m_share.find(name);
    const double share = node ? cpuShareOf(*node, m_ctx.store.requestedOn(name)) : 0;
    const bool cordoned = node && node->unschedulable;
    if (node && it != m_share.end() && it->share == share && it->cordoned == cordoned)
        return;
    if (it != m_share.end()) {
        (it->cordoned ? m_cordonedByShare : m_byShare).erase({it->share, name});
        m_share.erase(it);
    }
    if (!node)
        return;
    m_share.insert(name, ShareEntry{share, cordoned});
    (cordoned ? m_cordonedByShare : m_byShare).insert({share, name});
}

void SimScheduler::bind(const QString &podKey, const QString &nodeName)
{
    m_ctx.store.updatePod(podKey, [&](Pod &p) {
        p.nodeName = nodeName;
        p.statusReason.clear();
        p.statusMessage.clear();
    });
}

void SimScheduler::schedule(const QString &podKey)
{
    const Pod *current = m_ctx.store.pod(podKey);
    if (!current || !wantsScheduling(*current))
        return;
    const Pod pod = *current;
    const Resources need = pod.totalRequests();
    const QString pinned = m_pinned.value(podKey);
    if (!pinned.isEmpty()) {
        const Node *node = m_ctx.store.node(pinned);
        if (node && SchedulingPredicates::fits(*node, pod, m_ctx.store.requestedOn(pinned), need))
            return bind(podKey, pinned);
        return scheduleByScan(podKey, pod);
    }
    // The score is (pods of the same controller on the node, requested CPU share, name), lowest
    // first. Walking the nodes in (share, name) order, a fitting node can only be beaten by a
    // later one with fewer pods of the controller: none once it has none.
    static const QHash<QString, int> noSpread;
    const auto ref = pod.controllerRef();
    const QHash<QString, int> &spread = ref ? m_ctx.store.boundPodsByNode(ref->uid) : noSpread;
    const QString *best = nullptr;
    int bestSpread = 0;
    // Returns false to stop the walk.
    const auto consider = [&](const QString &name) {
        const int s = spread.value(name);
        if (best && s >= bestSpread)
            return true;
        const Node *node = m_ctx.store.node(name);
        if (!node || !SchedulingPredicates::fits(*node, pod, m_ctx.store.requestedOn(name), need))
            return true;
        best = &name;
        bestSpread = s;
        return bestSpread != 0;
    };
    if (SchedulingPredicates::toleratesCordon(pod)) {
        // Both sets, merged in (share, name) order: the walk every node would make.
        auto a = m_byShare.cbegin();
        auto b = m_cordonedByShare.cbegin();
        while (a != m_byShare.cend() || b != m_cordonedByShare.cend()) {
            const bool fromA = b == m_cordonedByShare.cend() || (a != m_byShare.cend() && *a < *b);
            const QString &name = (fromA ? a++ : b++)->second;
            if (!consider(name))
                break;
        }
    } else {
        // A cordoned node fits no pod that does not tolerate the cordon.
        for (const auto &entry : m_byShare) {
            if (!consider(entry.second))
                break;
        }
    }
    if (best)
        return bind(podKey, QString(*best));
    scheduleByScan(podKey, pod);
}

void SimScheduler::scheduleByScan(const QString &podKey, const Pod &pod)
{
    const SimStore::ObjectMap &nodes = m_ctx.store.objects(ResourceKind::Node);
    const QString pinned = m_pinned.value(podKey);

    // Spread: how many pods of the same controller each node already runs.
    QHash<QString, int> spread;
    if (const auto ref = pod.controllerRef())
        spread = m_ctx.store.boundPodsByNode(ref->uid);
    QHash<QString, int> reasons;
    const Node *best = nullptr;
    std::tuple<int, double, QString> bestScore;
    for (const auto &[name, object] : nodes) {
        const Node &node = object.node;
        if (!pinned.isEmpty() && name != pinned) {
            ++reasons[QStringLiteral("node(s) didn't match Pod's node affinity/selector")];
            continue;
        }
        const Resources requested = m_ctx.store.requestedOn(name);
        const QStringList unfit = SchedulingPredicates::unfitReasons(node, pod, requested);
        if (!unfit.isEmpty()) {
            for (const QString &reason : unfit)
                ++reasons[reason];
            continue;
        }
        const auto score = std::make_tuple(spread.value(name), cpuShareOf(node, requested), name);
        if (!best || score < bestScore) {
            best = &node;
            bestScore = score;
        }
    }
    if (best)
        return bind(podKey, QString(best->name));
    m_unschedulable.insert(podKey);
    const QString message = SchedulingPredicates::unschedulableMessage(int(nodes.size()), reasons);
    m_ctx.store.updatePod(podKey, [&](Pod &p) {
        p.phase = PodPhase::Pending;
        p.ready = false;
        p.statusReason = QStringLiteral("Unschedulable");
        p.statusMessage = message;
    });
}

} // namespace Slipway
