#pragma once

#include "sim/engine/simcontext.h"

namespace Slipway {

class DisruptionController;

// POST pods/<name>/eviction (policy/v1, FACTS §5.3), following the API server's eviction
// handler: finished, Pending and terminating pods skip the budgets; a pod selected by several
// PodDisruptionBudgets gets 500; an unready pod goes when its budget is currently met
// (unhealthyPodEvictionPolicy IfHealthyBudget, the default); otherwise the budget must allow a
// disruption (429 when disruptionsAllowed is 0) and is decremented. An allowed eviction deletes
// the pod like DELETE (201).
class EvictionApi
{
public:
    EvictionApi(SimContext &context, const DisruptionController &disruption);

    SimResult evict(const QString &namespaceName, const QString &name,
                    std::optional<qint64> gracePeriodSeconds);

private:
    SimResult deleteEvicted(const QString &key, std::optional<qint64> gracePeriodSeconds);

    SimContext &m_ctx;
    const DisruptionController &m_disruption;
};

} // namespace Slipway
