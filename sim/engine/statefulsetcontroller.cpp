#include "sim/engine/statefulsetcontroller.h"

#include <algorithm>

namespace Slipway {

void StatefulSetController::observe(const WatchEvent &event, const StoredObject *previous)
{
    const StoredObject &object = event.object;
    if (object.kind == ResourceKind::StatefulSet) {
        // A new or deleted set, or another set under the same name, starts from ordinal 0; its
        // own status updates (readyReplicas, written by every sync) and a new replica count (the
        // walk's bound) do not.
        if (event.type != WatchEventType::Modified || !previous ||
            previous->workload.uid != object.workload.uid)
            m_readyPrefix.remove(object.workload.key());
        if (event.type != WatchEventType::Deleted)
            m_dirty.add(object.workload.key());
    } else if (object.kind == ResourceKind::Pod) {
        podChanged(object.pod);
        if (const QString key = controllerKey(object.pod, QStringLiteral("StatefulSet")); !key.isEmpty())
            m_dirty.add(key);
    }
}

void StatefulSetController::podChanged(const Pod &pod)
{
    if (m_readyPrefix.isEmpty())
        return;
    const qsizetype dash = pod.name.lastIndexOf(QLatin1Char('-'));
    if (dash <= 0)
        return;
    bool numeric = false;
    const int ordinal = QStringView(pod.name).mid(dash + 1).toInt(&numeric);
    if (!numeric || ordinal < 0)
        return;
    const auto it =
        m_readyPrefix.find(pod.namespaceName + QLatin1Char('/') + QStringView(pod.name).left(dash));
    if (it != m_readyPrefix.end() && ordinal < *it)
        *it = ordinal;
}

void StatefulSetController::sync()
{
    for (const QString &key : m_dirty.takeAll())
        syncStatefulSet(key);
}

void StatefulSetController::syncStatefulSet(const QString &key)
{
    const Workload *stored = m_ctx.store.workload(WorkloadKind::StatefulSet, key);
    if (!stored)
        return;
    const Workload sts = *stored;
    int ordinal = std::min(m_readyPrefix.value(key, 0), sts.replicas);
    for (; ordinal < sts.replicas; ++ordinal) {
        const QString name = sts.name + QLatin1Char('-') + QString::number(ordinal);
        const Pod *pod = m_ctx.store.pod(sts.namespaceName + QLatin1Char('/') + name);
        if (!pod) {
            Pod fresh = m_ctx.templates.instantiate(sts, name);
            fresh.labels.insert(QStringLiteral("statefulset.kubernetes.io/pod-name"), name);
            fresh.labels.insert(QStringLiteral("apps.kubernetes.io/pod-index"), QString::number(ordinal));
            m_ctx.createPod(fresh);
            break; // OrderedReady: wait for it
        }
        const auto ref = pod->controllerRef();
        if (!ref || ref->uid != sts.uid || pod->deletionTimestamp)
            break; // the identity is taken until the old pod is gone
        if (pod->phase == PodPhase::Failed) {
            m_ctx.deletePod(pod->key(), std::nullopt); // recreated once it is gone
            break;
        }
        if (pod->phase != PodPhase::Running || !pod->ready)
            break;
    }
    // Ordinals below the one the walk stopped at are Running, Ready and the set's own; the pods
    // created or deleted above are at or after it, and their changes lower it again.
    m_readyPrefix.insert(key, ordinal);
    const int ready = m_ctx.store.ownedPodCounts(sts.uid).runningReady;
    m_ctx.store.updateWorkload(WorkloadKind::StatefulSet, key,
                               [ready](Workload &w) { w.readyReplicas = ready; });
}

} // namespace Slipway
