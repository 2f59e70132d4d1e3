#include "sim/engine/evictionapi.h"

#include "sim/engine/disruptioncontroller.h"
#include "sim/engine/simresults.h"

namespace Slipway {

EvictionApi::EvictionApi(SimContext &context, const DisruptionController &disruption)
    : m_ctx(context)
    , m_disruption(disruption)
{}

SimResult EvictionApi::deleteEvicted(const QString &key, std::optional<qint64> gracePeriodSeconds)
{
    const PodDeletion deletion = m_ctx.deletePod(key, gracePeriodSeconds);
    return SimResults::ok(deletion.object, 201);
}

SimResult EvictionApi::evict(const QString &namespaceName, const QString &name,
                             std::optional<qint64> gracePeriodSeconds)
{
    const QString key = namespaceName + QLatin1Char('/') + name;
    const Pod *found = m_ctx.store.pod(key);
    if (!found)
        return SimResults::notFound(QStringLiteral("pods"), name);
    const Pod pod = *found;
    // canIgnorePDB: Succeeded, Failed, Pending and terminating pods are deleted without a budget
    // check (PEERS "PDB rules to model").
    if (pod.isFinished() || pod.phase == PodPhase::Pending || pod.deletionTimestamp)
        return deleteEvicted(key, gracePeriodSeconds);

    const QList<PodDisruptionBudget> budgets = m_disruption.budgetsFor(pod);
    if (budgets.size() > 1) {
        // The handler answers with a bare Status (code 500, no reason): kubectl drain gives up
        // on the pod instead of retrying (FACTS §5.3).
        SimResult r;
        r.httpStatus = 500;
        r.message = QStringLiteral("This pod has more than one PodDisruptionBudget, which the eviction "
                                   "subresource does not support.");
        return r;
    }
    if (budgets.isEmpty())
        return deleteEvicted(key, gracePeriodSeconds);

    const PodDisruptionBudget &pdb = budgets.constFirst();
    // An unready pod adds no disruption while the budget is met (IfHealthyBudget); nothing is
    // decremented.
    if (!pod.ready && pdb.currentHealthy >= pdb.desiredHealthy && pdb.desiredHealthy > 0)
        return deleteEvicted(key, gracePeriodSeconds);
    if (pdb.disruptionsAllowed <= 0) {
        SimResult r;
        r.httpStatus = 429;
        r.reason = QStringLiteral("TooManyRequests");
        r.message = QStringLiteral("Cannot evict pod as it would violate the pod's disruption budget.");
        r.causes << SimStatusCause{
            QStringLiteral("DisruptionBudget"),
            QStringLiteral("The disruption budget %1 needs %2 healthy pods and has %3 currently")
                .arg(pdb.name)
                .arg(pdb.desiredHealthy)
                .arg(pdb.currentHealthy)};
        return r;
    }
    // checkAndDecrement: the budget gives one disruption to this eviction before the pod goes.
    if (const StoredObject *stored = m_ctx.store.find(ResourceKind::PodDisruptionBudget, pdb.key())) {
        StoredObject decremented = *stored;
        decremented.pdb.disruptionsAllowed -= 1;
        m_ctx.store.replace(std::move(decremented));
    }
    return deleteEvicted(key, gracePeriodSeconds);
}

} // namespace Slipway
