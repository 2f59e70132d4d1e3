#pragma once

#include "models/clustersnapshot.h"

#include <QHash>

// The default scheduler's filters, shared by the scenario expander's placement, the simulator's
// scheduler and the drain preview's capacity check, so that all agree on where a pod may run.
namespace Slipway::SchedulingPredicates {

// True when every taint is tolerated; with `schedulingOnly`, PreferNoSchedule taints are skipped
// (they are a preference, never a reason to refuse).
bool toleratesAll(const QList<Toleration> &tolerations, const QList<Taint> &taints, bool schedulingOnly);

// True when the node carries every nodeSelector label with the same value.
bool nodeSelectorMatches(const LabelMap &nodeSelector, const LabelMap &nodeLabels);

// Requests plus what is already requested on the node fit its allocatable cpu, memory and pods.
bool fitsResources(const Node &node, const Resources &requested, const Resources &need);

// The scheduler's filter plugins in their order — NodeUnschedulable, TaintToleration,
// NodeAffinity (nodeSelector), NodeResourcesFit — as the first failing plugin's reasons in the
// scheduler's words ("node(s) were unschedulable", "Insufficient cpu"); empty when the pod fits.
// A cordoned node only takes pods that tolerate node.kubernetes.io/unschedulable (FACTS §5.5).
QStringList unfitReasons(const Node &node, const Pod &pod, const Resources &requested);
// unfitReasons(node, pod, requested).isEmpty() without building any reason (`need`: the pod's
// totalRequests()), for schedulers that try many nodes per pod.
bool fits(const Node &node, const Pod &pod, const Resources &requested, const Resources &need);
// Whether the pod tolerates node.kubernetes.io/unschedulable:NoSchedule, i.e. may go to a
// cordoned node at all (fits() is false on every cordoned node when it does not).
bool toleratesCordon(const Pod &pod);

// The FailedScheduling message: "0/9 nodes are available: 1 node(s) were unschedulable,
// 3 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 5 Insufficient cpu."
// (reason counts sorted as strings, like the scheduler's FitError).
QString unschedulableMessage(int nodeCount, const QHash<QString, int> &reasonCounts);

} // namespace Slipway::SchedulingPredicates
