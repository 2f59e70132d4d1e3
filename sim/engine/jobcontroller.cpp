#include "sim/engine/jobcontroller.h"

namespace Slipway {

void JobController::observe(const WatchEvent &event, const StoredObject *previous)
{
    Q_UNUSED(previous);
    const StoredObject &object = event.object;
    if (object.kind == ResourceKind::Job && event.type != WatchEventType::Deleted) {
        m_dirty.add(object.workload.key());
    } else if (object.kind == ResourceKind::Pod) {
        const auto ref = object.pod.controllerRef();
        if (!ref || ref->kind != QLatin1String("Job"))
            return;
        // Succeeded pods count even after they are deleted (the Job tracks them with finalizers).
        if (object.pod.phase == PodPhase::Succeeded)
            m_succeeded[ref->uid].insert(object.pod.uid);
        m_dirty.add(controllerKey(object.pod, ref->kind));
    }
}

void JobController::sync()
{
    for (const QString &key : m_dirty.takeAll())
        syncJob(key);
}

void JobController::syncJob(const QString &key)
{
    const Workload *stored = m_ctx.store.workload(WorkloadKind::Job, key);
    if (!stored)
        return;
    const Workload job = *stored;
    int active = 0;
    int ready = 0;
    for (const QString &podKey : m_ctx.store.podKeysOwnedBy(job.uid)) {
        const Pod *pod = m_ctx.store.pod(podKey);
        if (!pod)
            continue;
        if (pod->phase == PodPhase::Succeeded)
            m_succeeded[job.uid].insert(pod->uid);
        if (!pod->deletionTimestamp && !pod->isFinished()) {
            ++active;
            ready += pod->ready ? 1 : 0;
        }
    }
    const int succeeded = int(m_succeeded.value(job.uid).size());
    for (int i = succeeded + active; i < job.replicas; ++i)
        m_ctx.createPod(m_ctx.templates.instantiate(job, m_ctx.generatePodName(job.namespaceName, job.name)));
    m_ctx.store.updateWorkload(WorkloadKind::Job, key, [ready](Workload &w) { w.readyReplicas = ready; });
}

} // namespace Slipway
