#pragma once

// A practice copy of a real cluster (issue 14, docs/rehearsal.md "The copy"): the snapshot a
// live cluster or a `kubectl get … -o json` dump gave, reduced to what the simulator plays and
// nothing else — nodes with capacity, allocatable, labels, taints and versions; workloads with
// replicas, selectors and template containers (requests, images); pods with requests, node
// selectors, tolerations, grace periods, owners, emptyDir volumes; static pods; PDBs with their
// status. Names only: annotations are dropped except the ones that change behaviour (a static
// pod's mirror annotation, Slipway's cordon annotations); the value types carry no Secret or
// ConfigMap data and no environment values in the first place.

#include "models/clustersnapshot.h"

namespace Slipway {

struct PracticeCopySummary
{
    int nodes = 0;
    int pods = 0;
    int workloads = 0;
    int pdbs = 0;
    int staticPods = 0;
    int barePods = 0;
    int emptyDirPods = 0;
    int annotationsDropped = 0;
};

class PracticeCopy
{
public:
    // The copy, named after the source; `summary` (optional) counts what was copied.
    static ClusterSnapshot make(const ClusterSnapshot &source, PracticeCopySummary *summary = nullptr);
    // Annotations a copy keeps (everything else may carry data: last-applied-configuration holds
    // whole manifests, environment values included).
    static bool keepsAnnotation(const QString &key);
};

} // namespace Slipway
