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
    PendingKeys m_dirty;
};

} // namespace Slipway
