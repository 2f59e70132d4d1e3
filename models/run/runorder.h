#pragma once

// Which nodes a run takes and in what order (docs/runner.md "Order"): control-plane nodes first,
// the one that runs `kubeadm upgrade apply` (the plan's) before the others, then workers in the
// user's order. Also the checks that refuse a run before anything changes: unknown nodes, a target
// below the cluster's version or one the plan refuses, more than one minor at once.

#include "models/result.h"
#include "models/run/runspec.h"
#include "models/upgradeplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace Slipway {

struct RunOrder
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::RunOrder)

public:
    QStringList nodes;        // run order
    QStringList controlPlane; // the control-plane nodes among them, in order
    QString firstControlPlane;
    QStringList alreadyAtTarget; // upgrade runs: nothing to do on these in the first hop
    // Upgrade runs: the hop targets in order (docs/runner.md "Hops"): the spec's, else the plan's
    // path when it has more than one hop, else just the target. Empty for maintenance.
    QList<Version> hops;
    // Upgrade runs: a worker whose kubelet is more than one minor below the first hop's version
    // walks through each minor under one drain (docs/runner.md "Lagging nodes"): the plan's
    // upgrade-kubelet versions for it in its first hop that are below that hop's version, in order.
    // Absent for every other node. Journaled in `run-started` (`walks`, format 1.1, optional).
    QHash<QString, QList<Version>> walks;
    // The first versions of a walk that come before the control plane's upgrade of hop 1: the
    // plan's blocker steps, for a kubelet the new control plane would leave outside the skew
    // policy (docs/runner.md "Lagging nodes"). A prefix of the node's walk; journaled in
    // `run-started` (`walksBeforeControlPlane`, format 1.1, optional).
    QHash<QString, QList<Version>> walksBeforeControlPlane;
    // Surge on the practice cluster: the node that carries the surge request (the first
    // control-plane node, never retired) and the workers the new nodes replace, in order.
    QString surgeHost;
    QStringList retiring;

    static Result<RunOrder> compute(const RunSpec &spec, const UpgradePlan &plan);
    // The `run-started` event's data (docs/run-events.md), plus controlPlane/firstControlPlane.
    QJsonObject toStartedData(const RunSpec &spec) const;
    static RunOrder fromStartedData(const QJsonObject &data);
    // Ready, schedulable workers at the target that are not part of the run (surge nodes); on the
    // practice cluster only those made for this run's surge request (`surgeToken`).
    static int surgeNodesReady(const QList<Node> &nodes, const RunOrder &order, const RunSpec &spec,
                               const QString &surgeToken = {});
};

} // namespace Slipway
