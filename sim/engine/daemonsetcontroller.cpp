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

void DaemonSetController::observe(const WatchEvent &event, const StoredObject *previous)
{
    const StoredObject &object = event.object;
    switch (object.kind) {
    case ResourceKind::DaemonSet:
        if (event.type == WatchEventType::Deleted)
            break;
        if (previous && previous->workload.containers != object.workload.containers)
            m_rolling.insert(object.workload.uid);
        m_dirty.add(object.workload.key());
        break;
    case ResourceKind::Pod: {
        const auto ref = object.pod.controllerRef();
        if (!ref || ref->kind != QLatin1String("DaemonSet"))
            break;
        if (event.type == WatchEventType::Deleted || !object.pod.nodeName.isEmpty())
            m_podNode.remove(object.pod.key());
        m_dirty.add(controllerKey(object.pod, ref->kind));
        break;
    }
    case ResourceKind::Node:
        if (!previous || event.type != WatchEventType::Modified ||
            previous->node.taints != object.node.taints || previous->node.labels != object.node.labels)
            m_allDirty = true;
        break;
    default:
        break;
    }
}

void DaemonSetController::sync()
{
    if (std::exchange(m_allDirty, false)) {
        for (const auto &[key, object] : m_ctx.store.objects(ResourceKind::DaemonSet))
            m_dirty.add(key);
    }
    for (const QString &key : m_dirty.takeAll())
        syncDaemonSet(key);
}

void DaemonSetController::syncDaemonSet(const QString &key)
{
    const Workload *stored = m_ctx.store.workload(WorkloadKind::DaemonSet, key);
    if (!stored)
        return;
    const Workload ds = *stored;
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
    int eligible = 0;
    int ready = 0;
    bool allAvailable = true;
    std::optional<QString> outdated; // the key of the first outdated pod
    for (const auto &[nodeName, object] : m_ctx.store.objects(ResourceKind::Node)) {
        const Node &node = object.node;
        // NodeShouldRunDaemonPod: a new pod needs the NoSchedule and NoExecute taints tolerated and
        // the nodeSelector matched; a running one stays unless a NoExecute taint is not tolerated.
        const bool selected =
            SchedulingPredicates::nodeSelectorMatches(podTemplate.nodeSelector, node.labels);
        const bool shouldRun =
            selected && SchedulingPredicates::toleratesAll(podTemplate.tolerations, node.taints, true);
        const auto found = podsByNode.constFind(nodeName);
        const QList<const Pod *> &pods = found == podsByNode.cend() ? noPods : *found;
        if (!shouldRun) {
            const bool shouldContinueRunning = selected && toleratesNoExecute(podTemplate, node);
            for (const Pod *pod : pods) {
                if (!shouldContinueRunning && !pod->deletionTimestamp)
                    m_ctx.deletePod(pod->key(), std::nullopt);
            }
            continue;
        }
        ++eligible;
        if (pods.isEmpty()) {
            // A new pod for this node; it waits for any old one to be gone first.
            Pod pod = m_ctx.templates.instantiate(ds, m_ctx.generatePodName(ds.namespaceName, ds.name));
            const QString podKey = pod.key();
            m_podNode.insert(podKey, nodeName);
            m_ctx.scheduler->pinToNode(podKey, nodeName);
            m_ctx.createPod(pod);
            allAvailable = false;
            continue;
        }
        bool available = false;
        for (const Pod *pod : pods) {
            if (pod->deletionTimestamp)
                continue;
            if (pod->ready) {
                available = true;
                ++ready;
            }
            if (!outdated && m_rolling.contains(ds.uid) && pod->containers != ds.containers)
                outdated = pod->key();
        }
        allAvailable = allAvailable && available;
    }
    // RollingUpdate with maxUnavailable 1: replace one outdated pod while all others are available.
    if (outdated && allAvailable)
        m_ctx.deletePod(*outdated, std::nullopt);
    m_ctx.store.updateWorkload(WorkloadKind::DaemonSet, key, [eligible, ready](Workload &w) {
        w.replicas = eligible;
        w.readyReplicas = ready;
    });
}

} // namespace Slipway
