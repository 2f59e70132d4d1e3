#include "sim/engine/daemonsetcontroller.h"

#include "models/schedulingpredicates.h"
#include "sim/engine/simscheduler.h"

#include <algorithm>
#include <iterator>

namespace Slipway {

namespace {

// The NoExecute taints of the node are all tolerated (a running daemon pod may stay).
bool toleratesNoExecute(const Pod &podTemplate, const Node &node)
{
    for (const Taint &taint : node.taints) {
        if (taint.effect == QLatin1String("NoExecute") &&
            !SchedulingPredicates::toleratesAll(podTemplate.tolerations, {taint}, false))
            return false;
    }
    return true;
}

} // namespace

void DaemonSetController::State::addOutdated(const QString &node, const QString &podKey)
{
    outdated.emplace(node, podKey);
    outdatedNode.insert(podKey, node);
}

void DaemonSetController::State::removeOutdated(const QString &podKey)
{
    const auto it = outdatedNode.constFind(podKey);
    if (it == outdatedNode.cend())
        return;
    outdated.erase({*it, podKey});
    outdatedNode.erase(it);
}

void DaemonSetController::State::add(const NodeCount &count, int sign)
{
    eligible += sign * (count.eligible ? 1 : 0);
    ready += sign * count.ready;
    unavailable += sign * (count.unavailable ? 1 : 0);
}

void DaemonSetController::observe(const WatchEvent &event, const StoredObject *previous)
{
    const StoredObject &object = event.object;
    switch (object.kind) {
    case ResourceKind::DaemonSet: {
        if (event.type == WatchEventType::Deleted)
            break;
        if (previous && previous->workload.containers != object.workload.containers)
            m_rolling.insert(object.workload.uid);
        // Anything but our own status write may change which nodes are eligible.
        Workload before = previous ? previous->workload : Workload();
        before.replicas = object.workload.replicas;
        before.readyReplicas = object.workload.readyReplicas;
        if (!previous || !(before == object.workload))
            m_states[object.workload.key()].whole = true;
        m_dirty.add(object.workload.key());
        break;
    }
    case ResourceKind::Pod: {
        const auto ref = object.pod.controllerRef();
        if (!ref || ref->kind != QLatin1String("DaemonSet"))
            break;
        const QString key = object.pod.key();
        const QString dsKey = controllerKey(object.pod, ref->kind);
        if (event.type == WatchEventType::Deleted || !object.pod.nodeName.isEmpty())
            m_podNode.remove(key);
        // The node the sync groups the pod under: its own, or the one it was made for.
        State &state = m_states[dsKey];
        if (const auto old = m_podBucket.constFind(key); old != m_podBucket.cend()) {
            state.dirtyNodes.insert(*old);
            auto &byNode = m_pods[dsKey];
            byNode[*old].erase(key);
            if (byNode[*old].empty())
                byNode.remove(*old);
            m_podBucket.erase(old);
        }
        state.removeOutdated(key);
        if (event.type != WatchEventType::Deleted) {
            const QString node = object.pod.nodeName.isEmpty() ? m_podNode.value(key) : object.pod.nodeName;
            if (const Workload *ds = m_ctx.store.workload(WorkloadKind::DaemonSet, dsKey);
                ds && isOutdated(object.pod, *ds))
                state.addOutdated(node, key);
            m_pods[dsKey][node].insert(key);
            m_podBucket.insert(key, node);
            state.dirtyNodes.insert(node);
        }
        m_dirty.add(dsKey);
        break;
    }
    case ResourceKind::Node:
        if (!previous || event.type != WatchEventType::Modified ||
            previous->node.taints != object.node.taints || previous->node.labels != object.node.labels) {
            m_allDirty = true;
            m_changedNodes.insert(object.node.name);
        }
        break;
    default:
        break;
    }
}

void DaemonSetController::sync()
{
    if (std::exchange(m_allDirty, false)) {
        const std::set<QString> changed = std::exchange(m_changedNodes, {});
        for (const auto &[key, object] : m_ctx.store.objects(ResourceKind::DaemonSet)) {
            m_dirty.add(key);
            m_states[key].dirtyNodes.insert(changed.cbegin(), changed.cend());
        }
    }
    for (const QString &key : m_dirty.takeAll())
        syncDaemonSet(key);
}

DaemonSetController::NodeCount DaemonSetController::syncNode(const Workload &ds, const Pod &podTemplate,
                                                             const Node &node, const QList<const Pod *> &pods,
                                                             bool *allAvailable,
                                                             std::optional<QString> *outdated)
{
    // NodeShouldRunDaemonPod: a new pod needs the NoSchedule and NoExecute taints tolerated and
    // the nodeSelector matched; a running one stays unless a NoExecute taint is not tolerated.
    const bool selected = SchedulingPredicates::nodeSelectorMatches(podTemplate.nodeSelector, node.labels);
    const bool shouldRun =
        selected && SchedulingPredicates::toleratesAll(podTemplate.tolerations, node.taints, true);
    if (!shouldRun) {
        const bool shouldContinueRunning = selected && toleratesNoExecute(podTemplate, node);
        for (const Pod *pod : pods) {
            if (!shouldContinueRunning && !pod->deletionTimestamp)
                m_ctx.deletePod(pod->key(), std::nullopt);
        }
        return {};
    }
    NodeCount count{true, 0, true};
    if (pods.isEmpty()) {
        // A new pod for this node; it waits for any old one to be gone first.
        Pod pod = m_ctx.templates.instantiate(ds, m_ctx.generatePodName(ds.namespaceName, ds.name));
        const QString podKey = pod.key();
        m_podNode.insert(podKey, node.name);
        m_ctx.scheduler->pinToNode(podKey, node.name);
        m_ctx.createPod(pod);
        *allAvailable = false;
        return count;
    }
    bool available = false;
    for (const Pod *pod : pods) {
        if (pod->deletionTimestamp)
            continue;
        if (pod->ready) {
            available = true;
            ++count.ready;
        }
        if (!*outdated && m_rolling.contains(ds.uid) && pod->containers != ds.containers)
            *outdated = pod->key();
    }
    *allAvailable = *allAvailable && available;
    count.unavailable = !available;
    return count;
}

void DaemonSetController::syncDaemonSet(const QString &key)
{
    const Workload *stored = m_ctx.store.workload(WorkloadKind::DaemonSet, key);
    if (!stored) {
        m_states.remove(key);
        return;
    }
    const Workload ds = *stored;
    State &state = m_states[key];
    if (state.whole)
        syncNodes(ds, state);
    else
        syncDirtyNodes(key, ds, state);
    const int eligible = state.eligible;
    const int ready = state.ready;
    m_ctx.store.updateWorkload(WorkloadKind::DaemonSet, key, [eligible, ready](Workload &w) {
        w.replicas = eligible;
        w.readyReplicas = ready;
    });
}

void DaemonSetController::syncDirtyNodes(const QString &key, const Workload &ds, State &state)
{
    // Only the nodes that changed: every other node's pods and taints are as the last sync left
    // them, so it would do nothing there and count the same.
    const Pod podTemplate = m_ctx.templates.instantiate(ds, QString());
    const auto byNode = m_pods.value(key);
    bool allAvailable = true;
    std::optional<QString> outdated;
    for (const QString &name : std::exchange(state.dirtyNodes, {})) {
        state.add(state.nodes.take(name), -1);
        const Node *node = m_ctx.store.node(name);
        if (!node)
            continue;
        QList<const Pod *> pods;
        for (const QString &podKey : byNode.value(name)) {
            const Pod *pod = m_ctx.store.pod(podKey);
            const auto ref = pod ? pod->controllerRef() : std::nullopt;
            if (ref && ref->uid == ds.uid)
                pods << pod;
        }
        const NodeCount now = syncNode(ds, podTemplate, *node, pods, &allAvailable, &outdated);
        state.nodes.insert(name, now);
        state.add(now, +1);
    }
    // What a whole walk would decide about the rolling update, from the counts kept by node.
    if (m_rolling.contains(ds.uid) && !state.outdated.empty()) {
        if (const auto replace = podToReplace(ds, state))
            m_ctx.deletePod(*replace, std::nullopt);
    }
}

std::optional<QString> DaemonSetController::podToReplace(const Workload &ds, const State &state) const
{
    if (state.unavailable > 0)
        return std::nullopt;
    for (const auto &[node, podKey] : state.outdated) {
        const auto count = state.nodes.constFind(node);
        if (count == state.nodes.cend() || !count->eligible)
            continue;
        const Pod *pod = m_ctx.store.pod(podKey);
        const auto ref = pod ? pod->controllerRef() : std::nullopt;
        if (ref && ref->uid == ds.uid && isOutdated(*pod, ds))
            return podKey;
    }
    return std::nullopt;
}

bool DaemonSetController::isOutdated(const Pod &pod, const Workload &ds)
{
    return !pod.deletionTimestamp && pod.containers != ds.containers;
}

void DaemonSetController::syncNodes(const Workload &ds, State &state)
{
    const Pod podTemplate = m_ctx.templates.instantiate(ds, QString());
    // The pods are looked at in place, not copied: the writes below only delete pods (each after
    // it was looked at) or create new ones, and a controller's writes never touch other objects.
    QHash<QString, QList<const Pod *>> podsByNode;
    for (const QString &podKey : m_ctx.store.podKeysOwnedBy(ds.uid)) {
        const Pod *pod = m_ctx.store.pod(podKey);
        if (!pod)
            continue;
        const QString node = pod->nodeName.isEmpty() ? m_podNode.value(podKey) : pod->nodeName;
        podsByNode[node] << pod;
    }
    static const QList<const Pod *> noPods;
    state = State{};
    state.whole = false;
    for (auto it = podsByNode.cbegin(); it != podsByNode.cend(); ++it) {
        for (const Pod *pod : it.value()) {
            if (isOutdated(*pod, ds))
                state.addOutdated(it.key(), pod->key());
        }
    }
    bool allAvailable = true;
    std::optional<QString> outdated; // the key of the first outdated pod
    for (const auto &[nodeName, object] : m_ctx.store.objects(ResourceKind::Node)) {
        const auto found = podsByNode.constFind(nodeName);
        const NodeCount count =
            syncNode(ds, podTemplate, object.node, found == podsByNode.cend() ? noPods : *found,
                     &allAvailable, &outdated);
        state.nodes.insert(nodeName, count);
        state.add(count, +1);
    }
    // RollingUpdate with maxUnavailable 1: replace one outdated pod while all others are available.
    if (outdated && allAvailable)
        m_ctx.deletePod(*outdated, std::nullopt);
}

} // namespace Slipway
