#pragma once

#include "sim/engine/simcontext.h"

namespace Slipway {

// The disruption controller: keeps every PodDisruptionBudget's status (expectedPods,
// currentHealthy, desiredHealthy, disruptionsAllowed) current with the arithmetic of
// models/disruption.h whenever pods of its namespace change. The counts of expected and healthy
// pods are kept per budget as pods change (a namespace of a big cluster holds thousands of pods;
// recounting them on each change cost more than the rest of the simulator); a budget that is new
// or whose spec changed is counted once from the store when its namespace is next synced.
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
    struct Counts
    {
        LabelMap selector;
        int expected = 0;
        int healthy = 0;
        bool recount = true; // not counted yet: the next sync counts the namespace's pods
    };
    void count(const Pod &pod, int sign);
    void recount(const QString &namespaceName, Counts &counts) const;

    PendingKeys m_namespaces;                        // keys are namespaces: their budgets are recomputed
    QHash<QString, QHash<QString, Counts>> m_counts; // namespace → budget name → counts
};

} // namespace Slipway
