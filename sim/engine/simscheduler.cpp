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

void SimScheduler::schedule(const QString &podKey)
{
    const Pod *current = m_ctx.store.pod(podKey);
    if (!current || !wantsScheduling(*current))
        return;
    const Pod pod = *current;
    const SimStore::ObjectMap &nodes = m_ctx.store.objects(ResourceKind::Node);
    const QString pinned = m_pinned.value(podKey);

    // Spread: how many pods of the same controller each node already runs.
    QHash<QString, int> spread;
    if (const auto ref = pod.controllerRef()) {
        for (const QString &key : m_ctx.store.podKeySetOwnedBy(ref->uid)) {
            const Pod *sibling = m_ctx.store.pod(key);
            if (sibling && !sibling->nodeName.isEmpty() && !sibling->deletionTimestamp)
                ++spread[sibling->nodeName];
        }
    }
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
        const double cpuShare = node.allocatable.cpuMilli > 0
                                    ? double(requested.cpuMilli) / double(node.allocatable.cpuMilli)
                                    : 1.0;
        const auto score = std::make_tuple(spread.value(name), cpuShare, name);
        if (!best || score < bestScore) {
            best = &node;
            bestScore = score;
        }
    }
    if (best) {
        const QString nodeName = best->name;
        m_ctx.store.updatePod(podKey, [&](Pod &p) {
            p.nodeName = nodeName;
            p.statusReason.clear();
            p.statusMessage.clear();
        });
        return;
    }
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
