#pragma once

#include "sim/engine/simcontext.h"

namespace Slipway {

// The ReplicaSet and Deployment controllers. A ReplicaSet keeps `replicas` active pods: a deleted
// or evicted pod (one with a deletionTimestamp counts as gone, FACTS §6) is replaced at once by a
// pod with a new generated name and uid. A Deployment whose containers change gets a new
// ReplicaSet and rolls over to it (maxSurge 25 % rounded up, maxUnavailable 25 % rounded down,
// the apps/v1 defaults).
class ReplicaSetController : public SimController
{
public:
    using SimController::SimController;

    void observe(const WatchEvent &event, const StoredObject *previous) override;
    bool hasWork() const override { return !m_replicaSets.isEmpty() || !m_deployments.isEmpty(); }
    void sync() override;

private:
    void syncReplicaSet(const QString &key);
    void syncDeployment(const QString &key);
    void createReplicaSetFor(const Workload &deployment, int replicas);
    int readyPods(const Workload &replicaSet) const;

    PendingKeys m_replicaSets;
    PendingKeys m_deployments;
};

} // namespace Slipway
