// NodeRun's steps: cordon, drain, executor, verify, uncordon; pause, abort and roll back.
#include "models/clusterapi.h"
#include "models/clusterfutures.h"
#include "models/drain/nodecordoner.h"
#include "models/drain/nodedrainer.h"
#include "models/run/nodeexecutor.h"
#include "models/run/noderun.h"
#include "models/run/nodeverifier.h"
#include "models/run/runclock.h"

namespace Slipway {

using S = NodeRunState;
using T = RunEvent::Type;

namespace {

QString cordonReason(const RunSpec &spec)
{
    return spec.kind == RunKind::Upgrade ? QStringLiteral("slipway upgrade to %1").arg(spec.target.toString())
                                         : QStringLiteral("slipway maintenance");
}

} // namespace

// ---- cordon ----

CordonOptions NodeRun::cordonOptions() const
{
    CordonOptions o;
    o.reason = cordonReason(m_env->spec);
    o.by = m_env->spec.operatorName;
    return o;
}

NodeCordoner *NodeRun::newCordoner()
{
    auto *cordoner = new NodeCordoner(m_env->api, m_env->clock, this);
    // The cordoner's `intent` is journaled (fsync) in this slot, before it sends the PATCH. From
    // then on the node counts as cordoned by this run until an answer or a read says otherwise,
    // as the journal's replay counts it: an abort, a lost answer or a crash while the PATCH is in
    // flight never leaves it cordoned unreported.
    connect(cordoner, &NodeCordoner::event, this, [this](const RunEvent &e) {
        if (e.type == T::Intent &&
            e.data.value(QStringLiteral("action")).toString() == QLatin1String("cordon")) {
            m_cordonUnconfirmed = !m_cordonedBySlipway || m_uncordoned;
            m_cordonedBySlipway = true;
            m_uncordoned = false;
        }
        record(e);
    });
    connect(cordoner, &NodeCordoner::output, this,
            [this](const QString &line, bool isError) { Q_EMIT output(node(), line, isError); });
    connect(cordoner, &NodeCordoner::finished, cordoner, &QObject::deleteLater);
    return cordoner;
}

void NodeRun::doCordon()
{
    m_busy = true;
    if (!phase(RunPhase::Cordon, true))
        return;
    NodeCordoner *cordoner = newCordoner();
    connect(cordoner, &NodeCordoner::finished, this, &NodeRun::onCordoned);
    cordoner->cordon(node(), cordonOptions());
}

void NodeRun::onCordoned(const CordonOutcome &outcome)
{
    m_busy = false;
    if (!outcome.ok()) {
        const QString error = outcome.errorLine.isEmpty() ? outcome.error.describe() : outcome.errorLine;
        if (outcome.unknown) {
            // The PATCH may have been carried out and no read could tell: the node counts as
            // cordoned by this run (reported, rolled back) until a read says otherwise.
            m_cordonedBySlipway = true;
            m_cordonUnconfirmed = true;
            m_uncordoned = false;
        } else if (m_cordonUnconfirmed && !hasOpenIntent(QStringLiteral("cordon"))) {
            // The cordoner read the node after the failure (or failed before sending anything):
            // this run's PATCH was not carried out.
            m_cordonedBySlipway = false;
            m_cordonUnconfirmed = false;
        }
        if (!m_machine.isTerminal()) // an abort may have come first
            fail(RunPhase::Cordon, error);
        return;
    }
    // "already-cordoned" after an interrupted run's own cordon intent is still Slipway's cordon.
    const bool ours = outcome.result == QLatin1String("cordoned") || hasOpenIntent(QStringLiteral("cordon"));
    m_cordonedBySlipway = ours;
    m_cordonUnconfirmed = false;
    m_cordonedBySomeoneElse = !ours;
    if (m_machine.isTerminal())
        return; // aborted while the PATCH was in flight: the node is reported, nothing more is done
    phase(RunPhase::Cordon, false, QStringLiteral("ok"));
    if (enter(S::Cordoned))
        next();
}

// ---- drain ----

void NodeRun::doDrain()
{
    m_busy = true;
    if (m_machine.heldState() == S::Draining) {
        // Resumed mid-drain: pods whose eviction the interrupted run got accepted are still
        // terminating; wait for them instead of evicting them a second time.
        waitForTerminatingPods([this] { startDrainer(); });
        return;
    }
    startDrainer();
}

void NodeRun::waitForTerminatingPods(const std::function<void()> &then)
{
    whenFinished(m_env->api->listPodsOnNode(node(), {}), this, [this, then](const PodListResult &result) {
        if (m_pauseRequested || m_machine.isTerminal())
            return parkIfPaused(), void();
        bool terminating = false;
        for (const Pod &pod : result.pods)
            terminating = terminating || pod.deletionTimestamp.has_value();
        if (result.ok() && !terminating)
            return then();
        m_env->clock->callAfter(m_env->pollMsecs, this, [this, then] { waitForTerminatingPods(then); });
    });
}

void NodeRun::startDrainer()
{
    if (!phase(RunPhase::Drain, true) || !enter(S::Draining))
        return;
    delete m_drainer;
    m_drainer = new NodeDrainer(m_env->api, m_env->clock, this);
    connect(m_drainer, &NodeDrainer::event, this, &NodeRun::onDrainEvent);
    connect(m_drainer, &NodeDrainer::output, this,
            [this](const QString &line, bool isError) { Q_EMIT output(node(), line, isError); });
    connect(m_drainer, &NodeDrainer::diagnosis, this,
            [this](const QString &pod, const QString &sentence, bool stuck) {
                Q_EMIT diagnosis(node(), pod, sentence, stuck);
            });
    connect(m_drainer, &NodeDrainer::finished, this, &NodeRun::onDrained);
    DrainOptions options = m_env->spec.drain;
    options.ignoreDaemonSets = true; // runs always leave DaemonSet pods (FACTS §5.5)
    options.alreadyCordoned = true;  // the cordon phase did it
    options.uidPreconditions = true; // a resent eviction can never hit a replacement pod
    options.by = m_env->spec.operatorName;
    m_drainer->start(node(), options);
}

void NodeRun::onDrainEvent(const RunEvent &event)
{
    // Journaled (with fsync) here, synchronously: an `intent` is on disk before the drainer sends.
    record(event);
    const QString reason = event.data.value(QStringLiteral("reason")).toString();
    if (event.type == T::WaitStarted && reason == waitReasonName(WaitReason::DisruptionBudget) &&
        m_machine.state() == S::Draining)
        enter(S::Waiting, event.message);
    else if (event.type == T::WaitEnded && m_machine.state() == S::Waiting && !m_gate)
        enter(S::Draining);
}

void NodeRun::onDrained(const DrainOutcome &outcome)
{
    m_drainer->deleteLater();
    m_drainer = nullptr;
    m_busy = false;
    if (outcome.cancelled) {
        if (!m_machine.isTerminal()) {
            phase(RunPhase::Drain, false, QStringLiteral("skipped"), tr("interrupted"));
            if (m_pauseRequested)
                enter(S::Paused);
        }
        return;
    }
    if (!outcome.ok) {
        fail(RunPhase::Drain, outcome.error);
        return;
    }
    if (m_machine.state() == S::Waiting)
        enter(S::Draining);
    phase(RunPhase::Drain, false, QStringLiteral("ok"));
    if (enter(S::Drained))
        next();
}

// ---- executor ----

// A lagging worker walks one minor at a time (docs/runner.md "Lagging nodes"). Which step comes
// next is read from the node, never assumed: after an interruption the kubelet may be a step
// further than the journal says.
Version NodeRun::walkStep(const Version &kubelet, bool reached) const
{
    // Before the control plane the walk stops at its part's last version.
    const Version last = partTarget();
    for (const Version &v : m_setup.walk) {
        if (!kubelet.isValid() || (reached ? !(v < kubelet) : kubelet < v))
            return last < v ? last : v;
    }
    return last;
}

// After the control plane, a worker whose walk began before it (docs/runner.md "Lagging nodes"):
// read the node; the rest of the walk, cordon to uncordon, unless its kubelet is at the hop's
// version already (resumed after its last uncordon).
void NodeRun::continueAfterControlPlane()
{
    m_busy = true;
    m_beforeControlPlane = false;
    whenFinished(m_env->api->getNode(node()), this, [this](const NodeResult &r) {
        m_busy = false;
        if (m_machine.isTerminal() || m_pauseRequested)
            return parkIfPaused(), void();
        if (!r.ok() || !r.node)
            return fail(RunPhase::Cordon, r.error.describe());
        const Version kubelet = Version::parse(r.node->kubeletVersion);
        if (kubelet.isValid() && !(kubelet < m_env->target)) {
            enter(S::Done);
            return;
        }
        if (!askMutation(tr("Cordon node %1?").arg(node()), [this] { doCordon(); }))
            doCordon();
    });
}

void NodeRun::reconcileWalk(bool reached, const std::function<void()> &then)
{
    m_busy = true;
    whenFinished(m_env->api->getNode(node()), this, [this, reached, then](const NodeResult &r) {
        if (m_machine.isTerminal() || m_pauseRequested)
            return parkIfPaused(), void();
        if (!r.ok() || !r.node)
            return fail(reached ? RunPhase::Verify : RunPhase::Upgrade, r.error.describe());
        m_stepTarget = walkStep(Version::parse(r.node->kubeletVersion), reached);
        then();
    });
}

void NodeRun::doExecutor()
{
    m_busy = true;
    if (walking() && !m_stepTarget.isValid())
        return reconcileWalk(false, [this] { doExecutor(); });
    if (continueInterruptedCommand())
        return;
    const bool maintenance = m_env->spec.kind == RunKind::Maintenance;
    if (!maintenance || !m_bootIdBefore.isEmpty()) {
        startExecutor(m_bootIdBefore);
        return;
    }
    // A reboot is verified by a new status.nodeInfo.bootID: remember the one before.
    whenFinished(m_env->api->getNode(node()), this, [this](const NodeResult &r) {
        if (!r.ok() || !r.node)
            return fail(RunPhase::Maintain, r.error.describe());
        startExecutor(r.node->bootId);
    });
}

void NodeRun::startExecutor(const QString &bootIdBefore)
{
    const bool upgrade = m_env->spec.kind == RunKind::Upgrade;
    const RunPhase p = upgrade ? RunPhase::Upgrade : RunPhase::Maintain;
    m_bootIdBefore = bootIdBefore;
    if (!phase(p, true) || !enter(upgrade ? S::Upgrading : S::Maintaining))
        return;
    delete m_executor;
    m_executor = NodeExecutor::create(*m_env, this).release();
    const Version version = upgrade ? stepTarget() : m_env->target;
    NodeJob job{node(), m_env->spec.kind, version, m_setup.controlPlane, m_setup.firstControlPlane,
                {},     m_setup.retire};
    // A walk's steps below the hop's version each have their own token (the agent acts once per
    // token); the hop's own step keeps the token it always had.
    job.token =
        token(m_executor->action(job)) +
        (upgrade && version != m_env->target ? QString(QLatin1Char('.') + version.toString()) : QString());
    QJsonObject extra{{QStringLiteral("bootId"), bootIdBefore}};
    if (walking() && upgrade) { // format 1.1, optional: which step of the walk this is
        const qsizetype at = m_setup.walk.indexOf(version);
        const int steps = int(m_setup.walk.size()) + 1;
        const int step = at >= 0 ? int(at) + 1 : steps;
        extra.insert(QStringLiteral("version"), version.toString());
        extra.insert(QStringLiteral("step"), step);
        extra.insert(QStringLiteral("steps"), steps);
        if (m_beforeControlPlane)
            extra.insert(QStringLiteral("beforeControlPlane"), true);
        const QString line =
            (m_beforeControlPlane
                 ? tr("%1: kubelet to %2 before the control plane, one minor at a time (step "
                      "%3 of %4)")
                 : tr("%1: kubelet to %2, one minor at a time (step %3 of %4)"))
                .arg(node(), version.toString())
                .arg(step)
                .arg(steps);
        Q_EMIT output(node(), line, false);
    }
    if (!m_executor->commandFor(job).isEmpty())
        extra.insert(QStringLiteral("command"), m_executor->commandFor(job));
    if (!intent(m_executor->action(job), extra))
        return;
    connect(m_executor, &NodeExecutor::event, this, [this](const RunEvent &e) { record(e); });
    connect(m_executor, &NodeExecutor::output, this,
            [this](const QString &line, bool isError) { Q_EMIT output(node(), line, isError); });
    connect(m_executor, &NodeExecutor::manualStep, this, [this](const QStringList &commands) {
        Q_EMIT gateRequested(
            node(), RunGate::ManualStep,
            tr("Carry out these commands on %1; Slipway goes on when the node verifies.").arg(node()),
            commands);
    });
    connect(m_executor, &NodeExecutor::finished, this, [this, p](bool ok, const QString &message) {
        m_busy = false;
        if (!ok)
            return fail(p, message);
        phase(p, false, QStringLiteral("ok"));
        if (parkIfPaused())
            return;
        if (m_setup.retire)
            return finishRetired();
        doVerify();
    });
    m_executor->start(job);
}

// A command whose run was interrupted (the process killed with the runner) is not run again
// blindly: with its exit on record the run goes on from it; without, the node is verified first
// and the command runs again only when the node does not verify. Returns true when it took over.
bool NodeRun::continueInterruptedCommand()
{
    const NodeRunSetup &r = m_setup;
    const S held = m_machine.heldState();
    if (m_interruptedCommandChecked || !m_setup.resumed || m_env->spec.executor != RunExecutor::Command ||
        !r.commandStarted || (held != S::Upgrading && held != S::Maintaining))
        return false;
    // A walking node: the command on record is another step's when the node's kubelet says the
    // next step is a different one; that step's command has not been started.
    if (walking() && r.commandVersion != stepTarget().toString())
        return false;
    m_interruptedCommandChecked = true;
    const RunPhase p = m_env->spec.kind == RunKind::Upgrade ? RunPhase::Upgrade : RunPhase::Maintain;
    m_bootIdBefore = r.record.bootIdBefore;
    if (r.commandExitCode) {
        if (*r.commandExitCode != 0) {
            fail(p, tr("The command on %1 exited with code %2 before the run was interrupted.")
                        .arg(node())
                        .arg(*r.commandExitCode));
            return true;
        }
        phase(p, false, QStringLiteral("ok"),
              tr("The command on %1 had finished (exit code 0) before the run was interrupted; it is not run "
                 "again.")
                  .arg(node()));
        doVerify();
        return true;
    }
    VerifyCriteria c = verifyCriteria();
    c.once = true;
    delete m_verifier;
    m_verifier = new NodeVerifier(m_env->api, m_env->clock, this);
    connect(m_verifier, &NodeVerifier::finished, this, [this, p](bool ok, const QString &problem) {
        const QString line =
            ok ? tr("The command on %1 was interrupted, but the node verifies: it is not run again.")
                     .arg(node())
               : tr("The command on %1 was interrupted and the node does not verify (%2): running it again.")
                     .arg(node(), problem);
        record(RunEnv::make(T::Log, node(), {{QStringLiteral("level"), QStringLiteral("info")}}, line));
        Q_EMIT output(node(), line, false);
        if (!ok)
            return doExecutor();
        phase(p, false, QStringLiteral("ok"), line);
        doVerify();
    });
    m_verifier->start(c);
    return true;
}

// ---- verify ----

VerifyCriteria NodeRun::verifyCriteria() const
{
    VerifyCriteria c;
    c.node = node();
    c.kind = m_env->spec.kind;
    c.target = stepTarget();
    c.controlPlane = m_setup.controlPlane;
    const bool reboot =
        m_env->spec.reboot || m_env->spec.executor == RunExecutor::Practice; // practice: a reboot
    c.bootIdBefore = c.kind == RunKind::Maintenance && reboot ? m_bootIdBefore : QString();
    c.timeoutSeconds = m_env->spec.executor == RunExecutor::Manual ? 0 : 900;
    c.pollMsecs = m_env->pollMsecs;
    return c;
}

void NodeRun::doVerify()
{
    m_busy = true;
    if (!phase(RunPhase::Verify, true) || !enter(S::Verifying))
        return;
    const VerifyCriteria c = verifyCriteria();
    delete m_verifier;
    m_verifier = new NodeVerifier(m_env->api, m_env->clock, this);
    m_verifyWaitOpen = false;
    connect(m_verifier, &NodeVerifier::waiting, this, [this](const QString &sentence) {
        if (!m_verifyWaitOpen)
            record(RunEnv::make(T::WaitStarted, node(),
                                {{QStringLiteral("reason"), waitReasonName(WaitReason::NodeReady)}},
                                sentence));
        m_verifyWaitOpen = true;
    });
    connect(m_verifier, &NodeVerifier::finished, this, [this](bool ok, const QString &message) {
        m_busy = false;
        if (m_verifyWaitOpen)
            record(RunEnv::make(
                T::WaitEnded, node(),
                {{QStringLiteral("reason"), waitReasonName(WaitReason::NodeReady)},
                 {QStringLiteral("outcome"), ok ? QStringLiteral("resolved") : QStringLiteral("timeout")}}));
        m_verifyWaitOpen = false;
        if (!ok)
            return fail(RunPhase::Verify, message);
        phase(RunPhase::Verify, false, QStringLiteral("ok"));
        if (parkIfPaused())
            return;
        if (walking() && stepTarget() < partTarget()) {
            // The next minor of the walk, still cordoned and drained.
            m_stepTarget = walkStep(stepTarget(), false);
            const auto again = [this] {
                m_busy = true;
                startExecutor(m_bootIdBefore);
            };
            if (!askMutation(
                    tr("Run the %1 step on node %2?").arg(runExecutorName(m_env->spec.executor), node()),
                    again))
                again();
            return;
        }
        if (!askGate(RunGate::BeforeUncordon, tr("%1 verified. Uncordon it?").arg(node()),
                     [this] { doUncordon(); }) &&
            !askMutation(tr("Uncordon node %1?").arg(node()), [this] { doUncordon(); }))
            doUncordon();
    });
    m_verifier->start(c);
}

// A retired node is verified by being gone: nothing is left to uncordon.
void NodeRun::finishRetired()
{
    m_busy = false;
    if (!phase(RunPhase::Verify, true) || !enter(S::Verifying))
        return;
    const QString gone = tr("%1 was retired: the machine is off and its Node deleted.").arg(node());
    phase(RunPhase::Verify, false, QStringLiteral("ok"), gone);
    Q_EMIT output(node(), gone, false);
    enter(S::Done, gone);
}

// ---- uncordon ----

void NodeRun::doUncordon()
{
    if (!phase(RunPhase::Uncordon, true))
        return;
    m_busy = true;
    NodeCordoner *cordoner = newCordoner();
    connect(cordoner, &NodeCordoner::finished, this, &NodeRun::onUncordoned);
    CordonOptions options = cordonOptions();
    // A node that was cordoned before the run stays as its owner left it (the cordoner's rule);
    // one this run cordoned is uncordoned even if its annotations were lost.
    options.force = m_cordonedBySlipway;
    cordoner->uncordon(node(), options);
}

void NodeRun::onUncordoned(const CordonOutcome &outcome)
{
    m_busy = false;
    if (!outcome.ok()) {
        fail(RunPhase::Uncordon, outcome.errorLine.isEmpty() ? outcome.error.describe() : outcome.errorLine);
        return;
    }
    const bool left = outcome.result == QLatin1String("left-cordoned");
    m_uncordoned = !left;
    phase(RunPhase::Uncordon, false, left ? QStringLiteral("skipped") : QStringLiteral("ok"));
    if (m_beforeControlPlane) {
        // Back in service between the two parts of its walk (docs/runner.md "Lagging nodes").
        const QString message = tr("%1 runs %2 and is back in service; the rest of its walk after the "
                                   "control plane's upgrade to %3.")
                                    .arg(node(), partTarget().toString(), m_env->target.toString());
        Q_EMIT output(node(), message, false);
        if (enter(S::Uncordoned, message) && !parkIfPaused())
            park();
        return;
    }
    if (enter(S::Uncordoned) && !parkIfPaused())
        enter(S::Done);
}

// ---- pause, abort, roll back ----

void NodeRun::pause()
{
    if (m_machine.isTerminal() || !m_started)
        return;
    m_pauseRequested = true;
    if (m_drainer) {
        m_drainer->cancel(); // finished(cancelled) parks the node
    } else if (m_verifier && m_machine.state() == S::Verifying) {
        m_verifier->cancel();
        m_busy = false;
        phase(RunPhase::Verify, false, QStringLiteral("skipped"), tr("paused"));
        enter(S::Paused);
    } else if (!m_busy) {
        enter(S::Paused); // at a gate or between steps; a running executor finishes first
    }
}

void NodeRun::resume()
{
    if (!m_pauseRequested)
        return;
    m_pauseRequested = false;
    if (m_machine.state() != S::Paused)
        return; // still finishing its step; it goes on by itself
    enter(m_gate ? S::Waiting : m_machine.heldState());
    if (!m_gate)
        next();
}

void NodeRun::abort()
{
    if (m_drainer)
        m_drainer->cancel();
    if (m_executor)
        m_executor->cancel();
    if (m_verifier)
        m_verifier->cancel();
    m_gate.reset();
    m_busy = false;
    if ((m_started || m_parked) && !m_machine.isTerminal())
        enter(S::Aborted, tr("aborted by the user"));
}

void NodeRun::rollback(const std::function<void()> &done)
{
    if (!isLeftCordoned() || m_machine.state() == S::Done) {
        done();
        return;
    }
    NodeCordoner *cordoner = newCordoner();
    connect(cordoner, &NodeCordoner::finished, this, [this, done](const CordonOutcome &outcome) {
        const bool left = outcome.result == QLatin1String("left-cordoned");
        m_uncordoned = outcome.ok() && !left;
        if (outcome.ok() && left && m_cordonUnconfirmed) {
            // Cordoned, but without Slipway's annotations: this run's PATCH was not what did it.
            m_cordonedBySlipway = false;
            m_cordonUnconfirmed = false;
        }
        if (!outcome.ok())
            Q_EMIT output(node(), outcome.errorLine.isEmpty() ? outcome.error.describe() : outcome.errorLine,
                          true);
        done();
    });
    CordonOptions options = cordonOptions();
    // The journal says Slipway cordoned it. A cordon counted on its intent alone is Slipway's only
    // if the node carries Slipway's annotations (the same PATCH set both): else it stays as it is.
    options.force = !m_cordonUnconfirmed;
    cordoner->uncordon(node(), options);
}

} // namespace Slipway
