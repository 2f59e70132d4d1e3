#pragma once

#include "sim/engine/simcontext.h"

namespace Slipway {

// The disruption controller: keeps every PodDisruptionBudget's status (expectedPods,
// currentHealthy, desiredHealthy, disruptionsAllowed) current with the arithmetic of
// models/disruption.h whenever pods of its namespace change.
class DisruptionController : public SimController
{
public:
    using SimController::SimController;

    void observe(const WatchEvent &event, const StoredObject *previous) override;
    bool hasWork() const override { return !m_namespaces.isEmpty(); }
    void sync() override;

    // The PDBs of the namespace whose selector matches the pod (the eviction API's lookup).
    QList<PodDisruptionBudget> budgetsFor(const Pod &pod) const;

private:
    PendingKeys m_namespaces; // keys are namespaces: their budgets are recomputed
};

} // namespace Slipway
