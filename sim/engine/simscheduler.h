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
    // Every node, ordered by requested CPU share, then name: the order the score breaks ties in
    // after the spread, so the best node is found by walking from the front (the first fitting
    // node without a pod of the same controller wins) instead of scoring every node. Cordoned
    // nodes are kept apart: drained, they have the lowest shares, and during a wide rolling
    // upgrade hundreds of them would come first for every pod that cannot go to them anyway.
    void updateShare(const QString &node);
    // The full pass over every node: the reasons when nothing fits (the FailedScheduling message).
    void scheduleByScan(const QString &podKey, const Pod &pod);
    void bind(const QString &podKey, const QString &nodeName);

    std::set<QString> m_queue;         // unbound pods to try now
    std::set<QString> m_unschedulable; // tried and failed; retried when the cluster changes
    bool m_clusterChanged = false;
    QHash<QString, QString> m_pinned;
    using ShareKey = std::pair<double, QString>;
    struct ShareEntry
    {
        double share = 0;
        bool cordoned = false; // in m_cordonedByShare, not m_byShare
    };
    std::set<ShareKey> m_byShare;         // schedulable nodes
    std::set<ShareKey> m_cordonedByShare; // unschedulable (cordoned) nodes
    QHash<QString, ShareEntry> m_share;   // node → its key and set
};

} // namespace Slipway
