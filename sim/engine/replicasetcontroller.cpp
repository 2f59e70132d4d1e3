#include "sim/engine/replicasetcontroller.h"

#include "sim/engine/kubeconventions.h"

#include <algorithm>
#include <tuple>

namespace Slipway {

namespace {

const QString kPodTemplateHash = QStringLiteral("pod-template-hash");

bool isActive(const Pod &pod)
{
    return !pod.deletionTimestamp && !pod.isFinished();
}

QString ownerKey(const Workload &w, const QString &kind)
{
    for (const OwnerReference &ref : w.ownerReferences) {
        if (ref.controller && ref.kind == kind)
            return w.namespaceName + QLatin1Char('/') + ref.name;
    }
    return {};
}

// controller.ActivePodsWithRanks, most deletable first: unscheduled, then pending, then not
// ready, then the newest.
int phaseRank(PodPhase phase)
{
    switch (phase) {
    case PodPhase::Pending:
        return 0;
    case PodPhase::Unknown:
        return 1;
    default:
        return 2;
    }
}

} // namespace

void ReplicaSetController::observe(const WatchEvent &event, const StoredObject *previous)
{
    Q_UNUSED(previous);
    const StoredObject &object = event.object;
    switch (object.kind) {
    case ResourceKind::Pod:
        if (const QString key = controllerKey(object.pod, QStringLiteral("ReplicaSet")); !key.isEmpty())
            m_replicaSets.add(key);
        break;
    case ResourceKind::ReplicaSet:
        if (event.type != WatchEventType::Deleted)
            m_replicaSets.add(object.workload.key());
        if (const QString key = ownerKey(object.workload, QStringLiteral("Deployment")); !key.isEmpty())
            m_deployments.add(key);
        break;
    case ResourceKind::Deployment:
        if (event.type != WatchEventType::Deleted)
            m_deployments.add(object.workload.key());
        break;
    default:
        break;
    }
}

void ReplicaSetController::sync()
{
    for (const QString &key : m_deployments.takeAll())
        syncDeployment(key);
    for (const QString &key : m_replicaSets.takeAll())
        syncReplicaSet(key);
}

int ReplicaSetController::readyPods(const Workload &replicaSet) const
{
    return m_ctx.store.ownedPodCounts(replicaSet.uid).activeReady;
}

void ReplicaSetController::syncReplicaSet(const QString &key)
{
    const Workload *stored = m_ctx.store.workload(WorkloadKind::ReplicaSet, key);
    if (!stored)
        return;
    const Workload rs = *stored;
    // The store counts the active pods; they are copied only when some must go.
    const SimStore::OwnedPodCounts counts = m_ctx.store.ownedPodCounts(rs.uid);
    const qsizetype activeCount = counts.active;
    const int activeReady = counts.activeReady;
    const qsizetype diff = rs.replicas - activeCount;
    QList<Pod> active;
    for (const QString &podKey : diff < 0 ? m_ctx.store.podKeysOwnedBy(rs.uid) : QStringList()) {
        const Pod *pod = m_ctx.store.pod(podKey);
        if (pod && isActive(*pod))
            active << *pod;
    }
    for (qsizetype i = 0; i < diff; ++i)
        m_ctx.createPod(m_ctx.templates.instantiate(rs, m_ctx.generatePodName(rs.namespaceName, rs.name)));
    if (diff < 0) {
        std::sort(active.begin(), active.end(), [](const Pod &a, const Pod &b) {
            return std::make_tuple(!a.nodeName.isEmpty(), phaseRank(a.phase), a.ready, b.creationTimestamp,
                                   a.name) < std::make_tuple(!b.nodeName.isEmpty(), phaseRank(b.phase),
                                                             b.ready, a.creationTimestamp, b.name);
        });
        for (qsizetype i = 0; i < -diff; ++i)
            m_ctx.deletePod(active.at(i).key(), std::nullopt);
    }
    // New pods are never ready yet and the deleted ones no longer count.
    int ready = diff < 0 ? 0 : activeReady;
    for (qsizetype i = diff < 0 ? -diff : 0; i < active.size(); ++i)
        ready += active.at(i).ready ? 1 : 0;
    m_ctx.store.updateWorkload(WorkloadKind::ReplicaSet, key,
                               [ready](Workload &w) { w.readyReplicas = ready; });
}

void ReplicaSetController::createReplicaSetFor(const Workload &deployment, int replicas)
{
    QStringList images;
    for (const Container &c : deployment.containers)
        images << c.image;
    const QString hash = KubeConventions::nameSuffix(
        QStringLiteral("rs/") + deployment.key() + QLatin1Char('#') + images.join(QLatin1Char(',')), 10);
    StoredObject object;
    object.kind = ResourceKind::ReplicaSet;
    Workload &rs = object.workload;
    rs.kind = WorkloadKind::ReplicaSet;
    rs.namespaceName = deployment.namespaceName;
    rs.name = deployment.name + QLatin1Char('-') + hash;
    rs.uid = m_ctx.newUid(QStringLiteral("replicaset/") + rs.key());
    rs.selector = deployment.selector;
    rs.selector.insert(kPodTemplateHash, hash);
    rs.labels = rs.selector;
    rs.ownerReferences << PodTemplates::controllerReference(deployment);
    rs.replicas = replicas;
    rs.containers = deployment.containers;
    rs.creationTimestamp = m_ctx.now();
    Pod podTemplate = m_ctx.templates.templateFor(deployment);
    podTemplate.containers = deployment.containers;
    m_ctx.templates.setTemplate(deployment.uid, podTemplate);
    podTemplate.labels.insert(kPodTemplateHash, hash);
    m_ctx.templates.setTemplate(rs.uid, podTemplate);
    m_ctx.store.create(std::move(object));
}

void ReplicaSetController::syncDeployment(const QString &key)
{
    const Workload *stored = m_ctx.store.workload(WorkloadKind::Deployment, key);
    if (!stored)
        return;
    const Workload deployment = *stored;
    QList<Workload> all;
    for (const QString &rsKey : m_ctx.store.replicaSetKeysOwnedBy(deployment.uid)) {
        if (const Workload *rs = m_ctx.store.workload(WorkloadKind::ReplicaSet, rsKey))
            all << *rs;
    }
    std::sort(all.begin(), all.end(),
              [](const Workload &a, const Workload &b) { return a.creationTimestamp < b.creationTimestamp; });
    const auto current = std::find_if(all.crbegin(), all.crend(), [&](const Workload &rs) {
        return rs.containers == deployment.containers;
    });
    if (current == all.crend()) {
        createReplicaSetFor(deployment, all.isEmpty() ? deployment.replicas : 0);
        return; // its creation brings us back here
    }
    const Workload &newRs = *current; // `all` is a local copy that outlives it
    const int desired = deployment.replicas;
    int total = 0;
    int available = 0;
    for (const Workload &rs : std::as_const(all)) {
        total += rs.replicas;
        available += readyPods(rs);
    }
    auto scale = [this](const Workload &rs, int replicas) {
        m_ctx.store.updateWorkload(WorkloadKind::ReplicaSet, rs.key(),
                                   [replicas](Workload &w) { w.replicas = replicas; });
    };
    if (all.size() == 1) {
        if (newRs.replicas != desired)
            scale(newRs, desired);
    } else {
        // Rolling update (deployment controller's reconcileNewReplicaSet/reconcileOldReplicaSets).
        int maxSurge = (desired * 25 + 99) / 100;
        int maxUnavailable = desired * 25 / 100;
        if (maxSurge == 0 && maxUnavailable == 0)
            maxUnavailable = 1;
        if (newRs.replicas < desired) {
            const int up = std::min(desired + maxSurge - total, desired - newRs.replicas);
            if (up > 0) {
                scale(newRs, newRs.replicas + up);
                total += up;
            }
        }
        const int minAvailable = desired - maxUnavailable;
        const int newUnavailable = newRs.replicas - readyPods(newRs);
        int canScaleDown = std::min(total - minAvailable - newUnavailable, available - minAvailable);
        for (const Workload &rs : std::as_const(all)) {
            if (rs.uid == newRs.uid || rs.replicas == 0 || canScaleDown <= 0)
                continue;
            const int down = std::min(canScaleDown, rs.replicas);
            scale(rs, rs.replicas - down);
            canScaleDown -= down;
        }
    }
    m_ctx.store.updateWorkload(WorkloadKind::Deployment, key,
                               [available](Workload &w) { w.readyReplicas = available; });
}

} // namespace Slipway
