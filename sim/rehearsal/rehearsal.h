#pragma once

// A rehearsal (issue 14, docs/rehearsal.md): the planned run played by the real UpgradeRunner on a
// practice copy of the cluster, in-process on the virtual clock (docs/in-process-runs.md), and
// what it found: predicted duration per node and phase, blockers with the option or fix that
// clears each, pods left Pending and why, workloads below desired and for how long, the peak of
// unavailable nodes. Nothing here talks to a real cluster: it gets a snapshot and plays a copy.

#include "models/clustersnapshot.h"
#include "models/run/rehearsalresult.h"
#include "models/run/runevent.h"
#include "models/run/runspec.h"
#include "models/run/upgraderunner.h"
#include "models/upgradeplan.h"
#include "sim/engine/simtiming.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace Slipway {

struct RehearsalOptions
{
    RunSpec spec; // the run as the user gave it; the executor becomes the copy's practice agent
    UpgradePlan plan;
    SimTimingModel timing;
    QString journalPath; // where the rehearsal's journal goes (a temporary file when empty)
    // A wait (a budget, a terminating pod, verification) longer than this is a blocker: the
    // rehearsal stops the run there (a real run with no --timeout would wait for ever).
    qint64 stuckSeconds = SimTiming::kStuckAfterSeconds;
    qint64 maxVirtualSeconds = 14 * 24 * 3600;
    QString label; // e.g. "rolling 1"; the strategy's name when empty
    // Called on the playing thread about every `progressEveryMs` of wall time (and once at the
    // end of each play); returning false cancels: the run is aborted and the result says
    // "cancelled". Lets a GUI play on a worker thread with a progress bar and a Cancel button.
    std::function<bool(const RehearsalProgress &)> progress;
    qint64 progressEveryMs = 100;
};

class Rehearsal
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::Rehearsal)

public:
    // Plays `options` on a simulator of `copy` (PracticeCopy::make) and reports. Needs a
    // QCoreApplication (the runner is asynchronous); returns when the run ended or got stuck.
    static RehearsalResult play(const ClusterSnapshot &copy, const RehearsalOptions &options);
    // Rolling 1, rolling N, all at once and surge N, each played on a fresh copy (N: the spec's
    // maxUnavailable when above 1, else half the workers, at least 2). A cancel stops after the
    // play it happened in (that result says "cancelled").
    static QList<RehearsalResult> compareStrategies(const ClusterSnapshot &copy,
                                                    const RehearsalOptions &options);
};

} // namespace Slipway
