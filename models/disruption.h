#pragma once

#include "models/clustersnapshot.h"

namespace Slipway {

// The disruption controller's arithmetic for one PodDisruptionBudget (policy/v1): expected pods
// are the pods its selector matches in its namespace, healthy ones are Running and Ready, and
// percentages round up (intstr.GetScaledValueFromIntOrPercent with roundUp=true).
void updatePdbStatus(PodDisruptionBudget &pdb, const QList<Pod> &pods);

// The same arithmetic in two halves, for whoever keeps the counts as pods change (the practice
// cluster's disruption controller): whether one pod of the budget's namespace is expected
// (selected and not finished), and the status from the counts of expected and healthy pods.
bool isPodExpectedByPdb(const LabelMap &pdbSelector, const Pod &pod);
void setPdbStatus(PodDisruptionBudget &pdb, int expectedPods, int healthyPods);

// True when the pod is counted as healthy by the disruption controller.
bool isPodHealthyForPdb(const Pod &pod);

// The PDBs in `pdbs` whose selector matches the pod.
QList<const PodDisruptionBudget *> pdbsForPod(const Pod &pod, const QList<PodDisruptionBudget> &pdbs);

} // namespace Slipway
