#pragma once

#include "sim/engine/simcontext.h"

#include <set>

namespace Slipway {

// kube-scheduler: binds unscheduled pods to nodes that pass the filters of
// SchedulingPredicates (cordons, taints and tolerations incl. the control-plane taint,
// nodeSelector, requests against allocatable), preferring the node with the fewest pods of the
// same controller, then the lowest requested CPU share, then the name (the scenario expander's
// placement). A pod that fits nowhere stays Pending with reason Unschedulable and the scheduler's
// message, and is retried whenever nodes change or resources are freed.
class SimScheduler : public SimController
{
public:
    using SimController::SimController;

    void observe(const WatchEvent &event, const StoredObject *previous) override;
    bool hasWork() const override;
    void sync() override;

    // DaemonSet pods may only go to their own node (the controller's node affinity).
    void pinToNode(const QString &podKey, const QString &node) { m_pinned.insert(podKey, node); }

private:
    void schedule(const QString &podKey);

    std::set<QString> m_queue;         // unbound pods to try now
    std::set<QString> m_unschedulable; // tried and failed; retried when the cluster changes
    bool m_clusterChanged = false;
    QHash<QString, QString> m_pinned;
};

} // namespace Slipway
