#include "sim/engine/statefulsetcontroller.h"

namespace Slipway {

void StatefulSetController::observe(const WatchEvent &event, const StoredObject *previous)
{
    Q_UNUSED(previous);
    const StoredObject &object = event.object;
    if (object.kind == ResourceKind::StatefulSet && event.type != WatchEventType::Deleted) {
        m_dirty.add(object.workload.key());
    } else if (object.kind == ResourceKind::Pod) {
        if (const QString key = controllerKey(object.pod, QStringLiteral("StatefulSet")); !key.isEmpty())
            m_dirty.add(key);
    }
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
    for (int ordinal = 0; ordinal < sts.replicas; ++ordinal) {
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
    const int ready = m_ctx.store.ownedPodCounts(sts.uid).runningReady;
    m_ctx.store.updateWorkload(WorkloadKind::StatefulSet, key,
                               [ready](Workload &w) { w.readyReplicas = ready; });
}

} // namespace Slipway
