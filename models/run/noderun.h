#pragma once

// One node's way through a run (docs/runner.md): cordon → drain (NodeDrainer) → executor →
// verify (NodeVerifier) → uncordon, with the user's gates, pause, abort and roll back, each step
// recorded as run events (an `intent` before each mutation) and each state change through the
// node's NodeRunStateMachine. A resumed node continues from the state its journal left it in.

#include "models/run/noderunstatemachine.h"
#include "models/run/runenv.h"
#include "models/run/runjournal.h"
#include "models/run/upgraderunner.h"

#include <QObject>

#include <functional>

namespace Slipway {

class NodeDrainer;
class NodeExecutor;
class NodeVerifier;
struct VerifyCriteria;
struct DrainOutcome;
struct CordonOutcome;
struct CordonOptions;
class NodeCordoner;

struct NodeRunSetup
{
    QString node;
    bool controlPlane = false;
    bool firstControlPlane = false;
    bool resumed = false;
    JournalNodeRecord record;     // the journal's view of this node (resumed runs)
    QList<RunEvent> openIntents;  // this node's intents without an outcome (resumed runs)
    bool alreadyAtTarget = false; // nothing to do (upgrade runs)
    // Hop 2 on of a run of several hops (docs/runner.md "Hops"): read the node before anything
    // else; at the hop's version it is done for the hop, more than a minor below it fails.
    bool checkFirst = false;
    // Surge on the practice cluster: after its drain the node is retired (powered off and
    // deleted) instead of upgraded or maintained; the new nodes replace it.
    bool retire = false;
    // Resumed command executor: its command was started (intent on record) and, when its
    // `exited` event is on record too, the exit code.
    bool commandStarted = false;
    std::optional<int> commandExitCode;
    QString commandVersion; // the `version` of that command's intent (a walking node's step)
    // A lagging worker in the first hop (RunOrder::walks): the plan's versions below the hop's,
    // each an executor step and a verification under the one drain before the hop's version.
    QList<Version> walk;
    // Its first versions that come before the control plane (RunOrder::walksBeforeControlPlane):
    // a part of its own, cordon to uncordon, started with startBeforeControlPlane().
    QList<Version> walkBeforeControlPlane;
};

class NodeRun : public QObject
{
    Q_OBJECT
public:
    NodeRun(RunEnv *env, NodeRunSetup setup, QObject *parent = nullptr);
    ~NodeRun() override;

    QString node() const { return m_setup.node; }
    NodeRunState state() const { return m_machine.state(); }
    bool isTerminal() const { return m_machine.isTerminal(); }
    bool hasStarted() const { return m_started; }
    bool isControlPlane() const { return m_setup.controlPlane; }
    // Slipway cordoned it, or may have (its cordon intent is on record and no answer or read has
    // said the PATCH was not carried out), and has not given it back yet.
    bool isLeftCordoned() const { return m_cordonedBySlipway && !m_uncordoned && !isRetired(); }
    bool isRetired() const { return m_setup.retire && state() == NodeRunState::Done; }
    bool retires() const { return m_setup.retire; }
    // Done because the user said no at its BeforeNode gate: not upgraded in this hop.
    bool wasSkipped() const { return m_skipped; }

    void start(); // begin, or continue a resumed node
    // A lagging worker whose walk begins before the control plane (docs/runner.md "Lagging
    // nodes"): start() runs only that part, up to its uncordon; the node then waits (isParked())
    // until start() is called again after the control plane, for the rest of its walk.
    bool hasPartBeforeControlPlane() const;
    void startBeforeControlPlane();
    bool isParked() const { return m_parked; }
    void pause();
    void resume();
    void abort();
    void confirmGate(RunGate gate, bool proceed);
    // Uncordons the node when Slipway cordoned it and it is not done; `done` follows either way.
    void rollback(const std::function<void()> &done);
    // The drain in flight (escape hatches for a stuck drain); null outside the drain phase.
    NodeDrainer *drainer() const { return m_drainer; }

Q_SIGNALS:
    void stateChanged(const QString &node, Slipway::NodeRunState state, Slipway::NodeRunState previous);
    void gateRequested(const QString &node, Slipway::RunGate gate, const QString &question,
                       const QStringList &commands);
    void output(const QString &node, const QString &line, bool isError);
    void diagnosis(const QString &node, const QString &podKey, const QString &sentence, bool stuck);
    void finished(const QString &node); // reached done, failed or aborted
    void parked(const QString &node);   // its part before the control plane is done

private:
    void next();
    void checkAtHopVersion();
    bool askGate(RunGate gate, const QString &question, std::function<void()> then,
                 const QStringList &commands = {});
    bool askMutation(const QString &what, std::function<void()> then);
    void doCordon();
    void onCordoned(const CordonOutcome &outcome);
    CordonOptions cordonOptions() const;
    NodeCordoner *newCordoner();
    void doDrain();
    void waitForTerminatingPods(const std::function<void()> &then);
    void startDrainer();
    void onDrainEvent(const RunEvent &event);
    void onDrained(const DrainOutcome &outcome);
    void doExecutor();
    void startExecutor(const QString &bootIdBefore);
    void doVerify();
    // A walking node: the version of its next step (`reached`: the one it should be at now) from
    // the kubelet's version, read from the node.
    Version walkStep(const Version &kubelet, bool reached) const;
    void reconcileWalk(bool reached, const std::function<void()> &then);
    Version stepTarget() const { return m_stepTarget.isValid() ? m_stepTarget : m_env->target; }
    // The last version of the part of the walk being run: the hop's, or before the control plane
    // the last of walkBeforeControlPlane.
    Version partTarget() const;
    void park();
    void continueAfterControlPlane();
    bool walking() const { return !m_setup.walk.isEmpty() && m_env->spec.kind == RunKind::Upgrade; }
    VerifyCriteria verifyCriteria() const;
    bool continueInterruptedCommand();
    void finishRetired();
    void doUncordon();
    void onUncordoned(const CordonOutcome &outcome);

    bool record(RunEvent event);
    bool enter(NodeRunState state, const QString &message = {});
    bool phase(RunPhase phase, bool started, const QString &result = {}, const QString &message = {});
    bool intent(const QString &action, const QJsonObject &extra = {});
    void fail(RunPhase phase, const QString &message);
    bool hasOpenIntent(const QString &action) const;
    bool parkIfPaused();
    QString token(const QString &action) const;

    RunEnv *m_env;
    NodeRunSetup m_setup;
    NodeRunStateMachine m_machine;
    NodeDrainer *m_drainer = nullptr;
    NodeExecutor *m_executor = nullptr;
    NodeVerifier *m_verifier = nullptr;
    std::optional<RunGate> m_gate;
    std::function<void()> m_afterGate;
    QString m_bootIdBefore;
    Version m_stepTarget; // a walking node's current step (invalid: not known yet, or not walking)
    bool m_started = false;
    bool m_beforeControlPlane = false; // running the walk's part before the control plane
    bool m_parked = false;             // that part is done; the rest waits for the control plane
    bool m_pauseRequested = false;
    bool m_busy = false; // a step is in flight (the executor finishes even when paused)
    bool m_cordonedBySlipway = false;
    // Counted as Slipway's on its intent alone: the cordon's answer has not confirmed it (yet).
    bool m_cordonUnconfirmed = false;
    bool m_cordonedBySomeoneElse = false;
    bool m_uncordoned = false;
    bool m_verifyWaitOpen = false;
    bool m_nodeGateAnswered = false;
    bool m_interruptedCommandChecked = false;
    bool m_skipped = false;
};

} // namespace Slipway
