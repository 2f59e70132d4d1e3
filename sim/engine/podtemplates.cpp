#include "sim/engine/podtemplates.h"

#include "sim/engine/kubeconventions.h"
#include "models/kubejson.h"
#include "sim/engine/simstore.h"

namespace Slipway {

namespace {
const QString kStatefulSetPodName = QStringLiteral("statefulset.kubernetes.io/pod-name");
const QString kStatefulSetPodIndex = QStringLiteral("apps.kubernetes.io/pod-index");
} // namespace

OwnerReference PodTemplates::controllerReference(const Workload &owner)
{
    return OwnerReference{KubeJson::apiVersionFor(owner.kind), workloadKindName(owner.kind), owner.name,
                          owner.uid, true};
}

Pod PodTemplates::strip(const Pod &pod)
{
    Pod t;
    t.namespaceName = pod.namespaceName;
    t.labels = pod.labels;
    t.labels.remove(kStatefulSetPodName); // per-identity labels are added per pod
    t.labels.remove(kStatefulSetPodIndex);
    t.annotations = pod.annotations;
    t.nodeSelector = pod.nodeSelector;
    t.tolerations = pod.tolerations;
    t.containers = pod.containers;
    t.volumes = pod.volumes;
    t.terminationGracePeriodSeconds = pod.terminationGracePeriodSeconds;
    t.priorityClassName = pod.priorityClassName;
    t.hostNetwork = pod.hostNetwork;
    t.phase = PodPhase::Pending;
    t.ready = false;
    return t;
}

void PodTemplates::captureAll(const SimStore &store)
{
    for (ResourceKind kind :
         {ResourceKind::ReplicaSet, ResourceKind::StatefulSet, ResourceKind::DaemonSet, ResourceKind::Job}) {
        for (const auto &[key, object] : store.objects(kind)) {
            const Workload &w = object.workload;
            if (m_templates.contains(w.uid))
                continue;
            const QStringList pods = store.podKeysOwnedBy(w.uid);
            if (!pods.isEmpty())
                m_templates.insert(w.uid, strip(*store.pod(pods.constFirst())));
        }
    }
    // A Deployment's template is its newest ReplicaSet's.
    for (const auto &[key, object] : store.objects(ResourceKind::Deployment)) {
        const Workload &d = object.workload;
        const Workload *newest = nullptr;
        for (const QString &rsKey : store.replicaSetKeysOwnedBy(d.uid)) {
            const Workload *rs = store.workload(WorkloadKind::ReplicaSet, rsKey);
            if (rs && m_templates.contains(rs->uid) &&
                (!newest || rs->creationTimestamp >= newest->creationTimestamp))
                newest = rs;
        }
        if (newest) {
            Pod t = m_templates.value(newest->uid);
            t.labels.remove(QStringLiteral("pod-template-hash"));
            m_templates.insert(d.uid, t);
        }
    }
}

Pod PodTemplates::templateFor(const Workload &workload) const
{
    const auto it = m_templates.constFind(workload.uid);
    if (it != m_templates.cend())
        return it.value();
    Pod t;
    t.namespaceName = workload.namespaceName;
    t.labels = workload.selector;
    t.containers = workload.containers;
    t.phase = PodPhase::Pending;
    t.ready = false;
    if (workload.kind == WorkloadKind::DaemonSet)
        KubeConventions::addDaemonSetTolerations(t.tolerations);
    return t;
}

void PodTemplates::setTemplate(const QString &controllerUid, const Pod &podTemplate)
{
    m_templates.insert(controllerUid, strip(podTemplate));
}

Pod PodTemplates::instantiate(const Workload &owner, const QString &name) const
{
    Pod pod = templateFor(owner);
    pod.name = name;
    pod.namespaceName = owner.namespaceName;
    pod.ownerReferences = {controllerReference(owner)};
    if (!owner.containers.isEmpty())
        pod.containers = owner.containers; // the workload's current template (image updates)
    if (owner.kind == WorkloadKind::DaemonSet)
        KubeConventions::addDaemonSetTolerations(pod.tolerations);
    return pod;
}

} // namespace Slipway
