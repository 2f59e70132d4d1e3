#pragma once

#include "sim/engine/simcontext.h"

#include <optional>
#include <set>

namespace Slipway {

// The DaemonSet controller: one pod on every eligible node — the pod tolerates the node's
// NoSchedule/NoExecute taints and matches its nodeSelector. Its pods carry the controller's
// tolerations (unschedulable, not-ready, unreachable…), so cordons don't keep them away and node
// failures never evict them (FACTS §5.5, §6). When the template's image changes (kube-proxy after
// `kubeadm upgrade apply`), pods are replaced one node at a time (RollingUpdate, maxUnavailable 1).
class DaemonSetController : public SimController
{
public:
    using SimController::SimController;

    void observe(const WatchEvent &event, const StoredObject *previous) override;
    bool hasWork() const override { return m_allDirty || !m_dirty.isEmpty(); }
    void sync() override;

private:
    // Per node, what it adds to the DaemonSet's status.
    struct NodeCount
    {
        bool eligible = false;
        int ready = 0;
        bool unavailable = false; // eligible, and no pod there is Ready and not terminating
    };
    // A DaemonSet's status by node, so that a sync looks only at the nodes that changed since the
    // last one (a node's taints, or a pod of the DaemonSet on it) instead of every node: at 5,000
    // nodes a sync per change of one pod or one node's taints walked them all. The whole walk is
    // kept for a new or changed DaemonSet. A rolling update needs two facts about all nodes (are
    // they all available, which outdated pod comes first in node order); both are kept here too,
    // since a rollout of one pod at a time outlasts a run and would walk every node on each sync.
    struct State
    {
        QHash<QString, NodeCount> nodes;
        int eligible = 0;
        int ready = 0;
        int unavailable = 0;          // eligible nodes without an available pod
        bool whole = true;            // the next sync walks every node
        std::set<QString> dirtyNodes; // else only these
        // Pods not terminating whose containers differ from the DaemonSet's, by (node, pod key),
        // the order a whole walk meets them in, and each one's node.
        std::set<std::pair<QString, QString>> outdated;
        QHash<QString, QString> outdatedNode;
        void addOutdated(const QString &node, const QString &podKey);
        void removeOutdated(const QString &podKey);
        void add(const NodeCount &count, int sign);
    };
    void syncDaemonSet(const QString &key);
    void syncNodes(const Workload &ds, State &state);
    void syncDirtyNodes(const QString &key, const Workload &ds, State &state);
    // RollingUpdate with maxUnavailable 1: the first outdated pod on a node that should run one,
    // when every such node has an available pod.
    std::optional<QString> podToReplace(const Workload &ds, const State &state) const;
    static bool isOutdated(const Pod &pod, const Workload &ds);
    // The sync's work for one node (the pods in key order); returns what the node adds.
    NodeCount syncNode(const Workload &ds, const Pod &podTemplate, const Node &node,
                       const QList<const Pod *> &pods, bool *allAvailable, std::optional<QString> *outdated);

    PendingKeys m_dirty;
    bool m_allDirty = false;
    std::set<QString> m_changedNodes;                         // nodes whose taints or labels changed
    QHash<QString, State> m_states;                           // DaemonSet key → its status by node
    QHash<QString, QHash<QString, std::set<QString>>> m_pods; // DaemonSet key → node → pod keys
    QHash<QString, QString> m_podBucket;                      // DaemonSet pod → its node in m_pods
    QSet<QString> m_rolling;                                  // DaemonSets whose template changed since load
    QHash<QString, QString> m_podNode;                        // unbound DaemonSet pod -> its node
};

} // namespace Slipway
