#include "models/disruption.h"

namespace Slipway {

namespace {
int scaled(const IntOrPercent &v, int total)
{
    if (!v.percent)
        return v.value;
    return (v.value * total + 99) / 100; // round up
}
} // namespace

bool isPodHealthyForPdb(const Pod &pod)
{
    return pod.phase == PodPhase::Running && pod.ready && !pod.deletionTimestamp.has_value();
}

bool isPodExpectedByPdb(const LabelMap &pdbSelector, const Pod &pod)
{
    return !pod.isFinished() && selectorMatches(pdbSelector, pod.labels);
}

void setPdbStatus(PodDisruptionBudget &pdb, int expectedPods, int healthyPods)
{
    int desired = 0;
    if (pdb.minAvailable)
        desired = scaled(*pdb.minAvailable, expectedPods);
    else if (pdb.maxUnavailable)
        desired = std::max(0, expectedPods - scaled(*pdb.maxUnavailable, expectedPods));
    pdb.expectedPods = expectedPods;
    pdb.currentHealthy = healthyPods;
    pdb.desiredHealthy = desired;
    pdb.disruptionsAllowed = std::max(0, healthyPods - desired);
}

void updatePdbStatus(PodDisruptionBudget &pdb, const QList<Pod> &pods)
{
    int expected = 0;
    int healthy = 0;
    for (const Pod &pod : pods) {
        if (pod.namespaceName != pdb.namespaceName || !isPodExpectedByPdb(pdb.selector, pod))
            continue;
        ++expected;
        if (isPodHealthyForPdb(pod))
            ++healthy;
    }
    setPdbStatus(pdb, expected, healthy);
}

QList<const PodDisruptionBudget *> pdbsForPod(const Pod &pod, const QList<PodDisruptionBudget> &pdbs)
{
    QList<const PodDisruptionBudget *> result;
    for (const auto &pdb : pdbs) {
        if (pdb.namespaceName == pod.namespaceName && selectorMatches(pdb.selector, pod.labels))
            result << &pdb;
    }
    return result;
}

} // namespace Slipway
