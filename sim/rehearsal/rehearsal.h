#pragma once

// A rehearsal (issue 14, docs/rehearsal.md): the planned run played by the real UpgradeRunner on a
// practice copy of the cluster, in-process on the virtual clock (docs/in-process-runs.md), and
// what it found: predicted duration per node and phase, blockers with the option or fix that
// clears each, pods left Pending and why, workloads below desired and for how long, the peak of
// unavailable nodes. Nothing here talks to a real cluster: it gets a snapshot and plays a copy.

#include "models/clustersnapshot.h"
#include "models/run/runevent.h"
#include "models/run/runspec.h"
#include "models/run/upgraderunner.h"
#include "models/upgradeplan.h"
#include "sim/engine/simtiming.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Slipway {

struct RehearsalOptions
{
    RunSpec spec; // the run as the user gave it; the executor becomes the copy's practice agent
    UpgradePlan plan;
    SimTimingModel timing;
    QString journalPath; // where the rehearsal's journal goes (a temporary file when empty)
    // A wait (a budget, a terminating pod, verification) longer than this is a blocker: the
    // rehearsal stops the run there (a real run with no --timeout would wait for ever).
    qint64 stuckSeconds = 3600;
    qint64 maxVirtualSeconds = 14 * 24 * 3600;
    QString label; // e.g. "rolling 1"; the strategy's name when empty
};

struct RehearsalPhase
{
    QString phase;      // cordon, drain, upgrade, maintain, verify, uncordon
    qint64 startMs = 0; // from the run's start
    qint64 endMs = -1;  // -1: did not finish
    QString result;     // ok, failed, skipped; empty while open
};

struct RehearsalNode
{
    QString name;
    QString state; // the node's last state (done, failed, aborted …)
    QList<RehearsalPhase> phases;
    qint64 budgetWaitMs = 0; // time the drain waited on disruption budgets
};

struct RehearsalBlocker
{
    QString node;
    QString object;          // "PodDisruptionBudget billing/invoice-api", "Pod default/debug-shell"
    QString what;            // one sentence
    QString clearedBy;       // the option or fix that clears it; empty when none does
    bool seenInPlay = false; // the play ran into it (not only the pre-flight)
};

struct RehearsalPendingPod
{
    QString pod;   // namespace/name
    QString owner; // "ReplicaSet shop/storefront-7d9f8", empty for a bare pod
    QString why;   // the scheduler's "0/N nodes are available: …"
    qint64 sinceMs = 0;
    qint64 untilMs = -1; // -1: still Pending when the rehearsal ended
};

struct RehearsalWorkload
{
    QString workload; // "Deployment shop/storefront"
    int desired = 0;
    int lowestReady = 0;
    qint64 belowMs = 0; // total time below desired during the run
    qint64 zeroMs = 0;  // of that, time with no ready replica (downtime)
};

struct RehearsalResult
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::RehearsalResult)

public:
    QString label;
    RunSpec spec;
    bool rehearsable = true;
    QString notRehearsable; // why start() refused, when !rehearsable
    QString result;         // succeeded, failed, stopped (stuck), aborted, or empty when not started
    QString message;        // why it failed or stopped
    qint64 durationMs = 0;  // run-started … run-finished (or the stop)
    QList<RehearsalNode> nodes;
    QList<RehearsalBlocker> blockers;
    QList<RehearsalPendingPod> pendingPods;
    QList<RehearsalWorkload> workloadsBelowDesired;
    int peakUnavailableNodes = 0;
    qint64 peakUnavailableAtMs = 0;
    int evictions = 0;
    QList<RunEvent> events;
    QString journalPath;
    qint64 wallMs = 0;

    bool hasBlockers() const
    {
        return !blockers.isEmpty() || !rehearsable || result != QLatin1String("succeeded");
    }
    // Workloads of two or more replicas with no ready replica at some point (downtime the
    // strategy caused), and single-replica workloads whose one pod was moved (a gap no strategy
    // avoids).
    int downtimeWorkloads() const;
    int singleReplicaGaps() const;
};

class Rehearsal
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::Rehearsal)

public:
    // Plays `options` on a simulator of `copy` (PracticeCopy::make) and reports. Needs a
    // QCoreApplication (the runner is asynchronous); returns when the run ended or got stuck.
    static RehearsalResult play(const ClusterSnapshot &copy, const RehearsalOptions &options);
    // Rolling 1, rolling N, all at once and surge N, each played on a fresh copy (N: the spec's
    // maxUnavailable when above 1, else half the workers, at least 2).
    static QList<RehearsalResult> compareStrategies(const ClusterSnapshot &copy,
                                                    const RehearsalOptions &options);
};

} // namespace Slipway
