#pragma once

// Carries out an upgrade or maintenance run (docs/runner.md) through the ClusterApi seam: orders
// the nodes (control plane first: the first control-plane node runs `kubeadm upgrade apply`, the
// others `kubeadm upgrade node`; then workers in the user's order), and per node cordon → drain
// (NodeDrainer) → executor → verify → uncordon, with the chosen strategy, gates, pause, resume,
// abort and roll back. Everything it does is a RunEvent (docs/run-events.md), numbered, appended
// to the journal (and fsync'ed) BEFORE it is emitted; an `intent` is on disk before its mutation
// is sent, so a run killed at any point can be resumed from its journal without doing anything
// twice. Qt Core only; asynchronous (never blocks the thread it lives on).

#include "models/run/runevent.h"
#include "models/run/runspec.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Slipway {

class ClusterApi;
class RunClock;
struct UpgradePlan;

// How a run ended (the `run-finished` event's data, and every node's last state).
struct RunOutcome
{
    enum class Result
    {
        Succeeded, // every node done
        Failed,    // at least one node failed, or the run could not go on (message says why)
        Aborted,   // the user aborted; nodes keep the state they were in
    };
    Result result = Result::Failed;
    int nodesDone = 0;
    int nodesFailed = 0;
    QStringList leftCordoned;                       // nodes Slipway cordoned that are still cordoned
    QList<QPair<QString, NodeRunState>> nodeStates; // every node of the run, in run order
    QString message;                                // why it failed, in one sentence (translated)
    // The user said no to a question (a Mutation or BeforeUncordon gate): the run stopped there
    // (result Aborted); `stoppedAt` is that question, e.g. "Cordon node worker-4?".
    bool stoppedByUser = false;
    QString stoppedAt;
    QString journalPath;
    // Upgrade runs: the hop targets in order (one for a run of one hop), how many hops finished
    // with every node done, and the hop (1…) the run ended in (docs/runner.md "Hops").
    QList<Version> hops;
    int hopsDone = 0;
    int hop = 0;
    static QString resultName(Result result); // "succeeded", "failed", "aborted"
};

// What the runner waits for the user to confirm.
enum class RunGate
{
    BeforeNode,     // RunGates::beforeEachNode: start on this node?
    BeforeUncordon, // RunGates::beforeEachUncordon: the node verified; uncordon it?
    Mutation,       // RunGates::beforeEachMutation: send this change (cordon, drain, command, uncordon)?
    ManualStep,     // manual executor: do these commands on the node; the runner verifies by itself
    Downtime,       // all-at-once: every worker goes out of service together
};

class UpgradeRunner : public QObject
{
    Q_OBJECT
public:
    // `api` and `clock` must outlive the runner. The clock times soaks, waits and event stamps
    // (the simulator's virtual clock in-process, the wall clock otherwise).
    UpgradeRunner(ClusterApi *api, RunClock *clock, QObject *parent = nullptr);
    ~UpgradeRunner() override;

    // Checks `spec` against `plan` and the cluster (unknown nodes, a target below the current
    // version or one the plan refuses, a template without {node}), creates the journal (header
    // with the spec, the plan and `cluster`, 0600) and starts. On failure nothing was changed on
    // the cluster and no journal remains; the diagnostics name each problem.
    Diagnostics start(const RunSpec &spec, const UpgradePlan &plan, const RunClusterInfo &cluster);
    // Whether start() writes a journal (default true). A run on a virtual clock (a rehearsal on a
    // practice copy, which cannot outlive this process) may keep none: its events still go out
    // (event()), nothing is written, and it cannot be resumed; a rehearsal at production size
    // spent a tenth of its time writing a journal nobody read. Ignored on the wall clock: a real
    // run always has its journal. Call before start().
    void setJournalKept(bool kept);

    // Picks up the run recorded in `journalPath` after an interruption (a crash, SIGKILL, a closed
    // laptop): replays its events into each node's last state, reconciles every unfinished step
    // with the cluster (is the node cordoned? at the target version? is the pod gone?), then goes
    // on numbering events where the journal stopped. A missing, foreign, other-version or
    // unreadable journal is refused with a message naming the file and the problem.
    Diagnostics resumeFromJournal(const QString &journalPath);

    // Uncordons every node the journal says Slipway cordoned (`cordon` result `cordoned`) and whose
    // run did not end `done`; nodes cordoned by someone else stay cordoned. Appends the `intent`
    // and `uncordon` events to the same journal; finished() follows.
    Diagnostics rollbackFromJournal(const QString &journalPath);

    // Stops taking new steps: running drains are cancelled (accepted evictions stay), a running
    // command finishes, nodes stay as they are (`run-paused`). resume() goes on.
    void pause();
    void resume();
    // Stops the run for good (`run-finished` with `aborted`); finished() reports every node's
    // state. rollback() may follow.
    void abort();
    // Uncordons what this run cordoned (same rules as rollbackFromJournal()), after abort() or a
    // failure.
    void rollback();

    // Answers gateRequested() for `node` (empty for run-wide gates). `proceed` false skips the node
    // (gate BeforeNode) or leaves it cordoned (BeforeUncordon); for ManualStep it means "the step
    // failed" and the node fails.
    void confirmGate(const QString &node, RunGate gate, bool proceed);

    // Records something the user confirmed outside the safe path as an `override` event (kind:
    // docs/run-events.md, e.g. "acknowledge-blocker"; `by` is the spec's operator). Before any
    // node starts when called right after start(). False when no run is recording.
    bool recordOverride(const QString &kind, const QString &node, const QString &target,
                        const QString &message);
    // Escape hatches for a drain that waits (the diagnosis said why), each recorded as an override
    // by NodeDrainer: DELETE this one pod now, give the drain `seconds` more, or stop evicting on
    // this node. False when the node is not draining.
    bool deletePodNow(const QString &node, const QString &podKey);
    bool extendDrainTimeout(const QString &node, qint64 seconds);
    // DELETE instead of evict for the rest of this node's drain (override `disable-eviction`).
    bool disableEvictionForNode(const QString &node);

    bool isRunning() const;
    bool isPaused() const;
    RunSpec spec() const;
    QString journalPath() const;
    QStringList nodeOrder() const; // the run order (control plane first)
    QList<Version> hops() const;   // upgrade runs: the hop targets in order
    int currentHop() const;        // 1… the hop under way (1 for a run of one hop)
    NodeRunState nodeState(const QString &node) const;
    QHash<QString, NodeRunState> nodeStates() const;
    int lastSeq() const;

    // Where a drain pre-flight (models/drain/drainpreview) can refuse a run before anything
    // changes: called by start() after the spec checks; returns blockers, one sentence each.
    // How often waits look at the cluster (practice agent status, verification, terminating pods),
    // in the run clock's milliseconds; default 1000.
    void setPollInterval(qint64 msecs);

    using PreflightHook = std::function<QStringList(const RunSpec &spec, const QStringList &nodeOrder)>;
    void setPreflightHook(PreflightHook hook);

Q_SIGNALS:
    // Every event, numbered, AFTER it is in the journal.
    void event(const Slipway::RunEvent &event);
    void nodeStateChanged(const QString &node, Slipway::NodeRunState state, Slipway::NodeRunState previous);
    // The run waits until confirmGate(node, gate, …). `question` is one translated sentence;
    // `commands` the exact commands for ManualStep (empty otherwise).
    void gateRequested(const QString &node, Slipway::RunGate gate, const QString &question,
                       const QStringList &commands);
    // A progress or output line for logs and the CLI (kubectl's drain lines, the command's output,
    // "worker-2: drain finished"); `isError` for what belongs on stderr.
    void output(const QString &node, const QString &line, bool isError);
    // Why a pod on `node` is not gone yet (from NodeDrainer::diagnosis); `stuck` = needs the user.
    void diagnosis(const QString &node, const QString &podKey, const QString &sentence, bool stuck);
    void finished(const Slipway::RunOutcome &outcome);

private:
    class Private;
    Private *d;
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::RunOutcome)
Q_DECLARE_METATYPE(Slipway::RunGate)
