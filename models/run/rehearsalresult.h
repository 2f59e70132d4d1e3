#pragma once

// What a rehearsal (issue 14, docs/rehearsal.md) found, as plain values: the predicted duration
// per node and phase, blockers with the option or fix that clears each, pods left Pending and
// why, workloads below desired and for how long, the peak of unavailable nodes, and the run's
// events. sim/rehearsal plays the rehearsal and fills them; the GUI and the reports read them.

#include "models/run/runevent.h"
#include "models/run/runspec.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Slipway {

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
    QString label;
    RunSpec spec;
    bool rehearsable = true;
    QString notRehearsable; // why start() refused, when !rehearsable
    QString result;  // succeeded, failed, stopped (stuck), aborted, cancelled, or empty when not started
    QString message; // why it failed or stopped
    qint64 durationMs = 0; // run-started … run-finished (or the stop)
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
    // Where the wall time went before the run started (bench/bench_rehearsal prints them): the
    // simulator, runner and clocks set up on the copy, and the pre-flight drain preview.
    qint64 setupMs = 0;
    qint64 preflightMs = 0;

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

// How far a rehearsal has got, reported while it plays (about ten times a second of wall time).
struct RehearsalProgress
{
    QString label; // the play's label ("rolling", "rolling 1" …)
    int play = 1;  // 1-based: which play of `plays` (several when strategies are compared)
    int plays = 1;
    qint64 virtualMs = 0;  // virtual time since the run started
    int nodesFinished = 0; // nodes done, failed or aborted
    int nodesTotal = 0;    // 0 until the run has started
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::RehearsalResult)
Q_DECLARE_METATYPE(Slipway::RehearsalProgress)
