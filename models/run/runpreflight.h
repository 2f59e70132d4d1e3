#pragma once

// A run's drain pre-flight (docs/runner.md "Order and refusals"): what draining the run's nodes in
// order with the run's options would run into, from a snapshot (models/drain/drainpreview.h).
// `slipway upgrade`/`maintain` refuse to start on these; a rehearsal (sim/rehearsal) reports them.
// Qt Core only.

#include "models/drain/drainpreview.h"
#include "models/run/runspec.h"
#include "models/run/upgraderunner.h"

namespace Slipway {

class RunPreflight
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::RunPreflight)

public:
    // Every blocker the options do not cover, each with the option that would cover it. A rolling
    // run keeps `maxUnavailable` nodes cordoned, all-at-once every node of the run.
    static QList<DrainBlocker> blockers(const ClusterSnapshot &snapshot, const RunSpec &spec,
                                        const QStringList &nodeOrder);
    // "worker-1: <what> (--force would cover it)"
    static QString describe(const DrainBlocker &blocker);
    // UpgradeRunner::setPreflightHook() over blockers() of `snapshot`.
    static UpgradeRunner::PreflightHook hook(const ClusterSnapshot &snapshot);
};

} // namespace Slipway
