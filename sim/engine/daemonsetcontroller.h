#pragma once

#include "sim/engine/simcontext.h"

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
    void syncDaemonSet(const QString &key);

    PendingKeys m_dirty;
    bool m_allDirty = false;
    QSet<QString> m_rolling;           // DaemonSets whose template changed since load
    QHash<QString, QString> m_podNode; // unbound DaemonSet pod -> its node
};

} // namespace Slipway
