#pragma once

#include "sim/engine/simcontext.h"

namespace Slipway {

// The StatefulSet controller (podManagementPolicy OrderedReady): pods <name>-0 … <name>-(n-1),
// created in ordinal order, each once its predecessors are Running and Ready. "At most one pod
// per identity": a missing pod is recreated only when the old one is gone — a pod stuck in
// Terminating on an unreachable node blocks its identity (FACTS §6).
class StatefulSetController : public SimController
{
public:
    using SimController::SimController;

    void observe(const WatchEvent &event, const StoredObject *previous) override;
    bool hasWork() const override { return !m_dirty.isEmpty(); }
    void sync() override;

private:
    void syncStatefulSet(const QString &key);
    // A pod named <set>-<ordinal> changed (whoever owns it): ordinals from there on must be
    // looked at again.
    void podChanged(const Pod &pod);
    PendingKeys m_dirty;
    // Per StatefulSet (ns/name): every ordinal below this was Running, Ready and the set's own at
    // its last sync, and none of those pods has changed since — the next sync starts there. A set
    // of 800 replicas is synced on every change of one of its pods; walking from 0 each time made
    // a rolling upgrade's cost grow with the square of the set.
    QHash<QString, int> m_readyPrefix;
};

} // namespace Slipway
