// NodeRun's steps: cordon, drain, executor, verify, uncordon; pause, abort and roll back.
#include "models/clusterapi.h"
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

void NodeRun::doCordon()
{
    m_busy = true;
    if (!phase(RunPhase::Cordon, true) || !intent(QStringLiteral("cordon")))
        return;
    m_env->api->cordon(node()).then(this, [this](const ClusterOperationResult &r) { onCordoned(r); });
}

void NodeRun::onCordoned(const ClusterOperationResult &result)
{
    m_busy = false;
    if (!result.ok()) {
        record(RunEnv::make(T::Cordon, node(), {{QStringLiteral("result"), QStringLiteral("failed")}},
                            result.error.describe()));
        fail(RunPhase::Cordon, tr("error: unable to cordon node \"%1\": %2").arg(node(), result.error.describe()));
        return;
    }
    // An interrupted run's cordon that reached the server before the crash is Slipway's own.
    const bool ours = !result.alreadyDone || hasOpenIntent(QStringLiteral("cordon"));
    m_cordonedBySlipway = ours;
    m_cordonedBySomeoneElse = !ours;
    QJsonObject data{{QStringLiteral("result"), ours ? QStringLiteral("cordoned") : QStringLiteral("already-cordoned")},
                     {QStringLiteral("reason"), cordonReason(m_env->spec)},
                     {QStringLiteral("by"), m_env->spec.operatorName}};
    record(RunEnv::make(T::Cordon, node(), data));
    Q_EMIT output(node(), QStringLiteral("node/%1 %2").arg(node(), result.alreadyDone ? QStringLiteral("already cordoned")
                                                                                        : QStringLiteral("cordoned")),
                  false);
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

void NodeRun::waitForTerminatingPods(std::function<void()> then)
{
    m_env->api->listPodsOnNode(node(), {}).then(this, [this, then](const PodListResult &result) {
        if (m_pauseRequested || m_machine.isTerminal())
            return parkIfPaused(), void();
        bool terminating = false;
        for (const Pod &pod : result.pods)
            terminating = terminating || pod.deletionTimestamp.has_value();
        if (result.ok() && !terminating)
            return then();
        m_env->clock->callAfter(1000, this, [this, then] { waitForTerminatingPods(then); });
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
    connect(m_drainer, &NodeDrainer::diagnosis, this, [this](const QString &pod, const QString &sentence, bool stuck) {
        Q_EMIT diagnosis(node(), pod, sentence, stuck);
    });
    connect(m_drainer, &NodeDrainer::finished, this, &NodeRun::onDrained);
    DrainOptions options = m_env->spec.drain;
    options.ignoreDaemonSets = true; // runs always leave DaemonSet pods (FACTS §5.5)
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

void NodeRun::doExecutor()
{
    m_busy = true;
    const bool maintenance = m_env->spec.kind == RunKind::Maintenance;
    if (!maintenance || !m_bootIdBefore.isEmpty()) {
        startExecutor(m_bootIdBefore);
        return;
    }
    // A reboot is verified by a new status.nodeInfo.bootID: remember the one before.
    m_env->api->getNode(node()).then(this, [this](const NodeResult &r) {
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
    NodeJob job{node(), m_env->spec.kind, m_env->spec.target, m_setup.controlPlane, m_setup.firstControlPlane, {}};
    job.token = token(m_executor->action(job));
    QJsonObject extra{{QStringLiteral("bootId"), bootIdBefore}};
    if (!m_executor->commandFor(job).isEmpty())
        extra.insert(QStringLiteral("command"), m_executor->commandFor(job));
    if (!intent(m_executor->action(job), extra))
        return;
    connect(m_executor, &NodeExecutor::event, this, [this](const RunEvent &e) { record(e); });
    connect(m_executor, &NodeExecutor::output, this,
            [this](const QString &line, bool isError) { Q_EMIT output(node(), line, isError); });
    connect(m_executor, &NodeExecutor::manualStep, this, [this](const QStringList &commands) {
        Q_EMIT gateRequested(node(), RunGate::ManualStep,
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
        doVerify();
    });
    m_executor->start(job);
}

// ---- verify ----

void NodeRun::doVerify()
{
    m_busy = true;
    if (!phase(RunPhase::Verify, true) || !enter(S::Verifying))
        return;
    VerifyCriteria c;
    c.node = node();
    c.kind = m_env->spec.kind;
    c.target = m_env->spec.target;
    c.controlPlane = m_setup.controlPlane;
    const bool reboot = m_env->spec.reboot || m_env->spec.executor == RunExecutor::Practice;
    c.bootIdBefore = c.kind == RunKind::Maintenance && reboot ? m_bootIdBefore : QString();
    c.timeoutSeconds = m_env->spec.executor == RunExecutor::Manual ? 0 : 900;
    delete m_verifier;
    m_verifier = new NodeVerifier(m_env->api, m_env->clock, this);
    m_verifyWaitOpen = false;
    connect(m_verifier, &NodeVerifier::waiting, this, [this](const QString &sentence) {
        if (!m_verifyWaitOpen)
            record(RunEnv::make(T::WaitStarted, node(), {{QStringLiteral("reason"), waitReasonName(WaitReason::NodeReady)}},
                                sentence));
        m_verifyWaitOpen = true;
    });
    connect(m_verifier, &NodeVerifier::finished, this, [this](bool ok, const QString &message) {
        m_busy = false;
        if (m_verifyWaitOpen)
            record(RunEnv::make(T::WaitEnded, node(),
                                {{QStringLiteral("reason"), waitReasonName(WaitReason::NodeReady)},
                                 {QStringLiteral("outcome"), ok ? QStringLiteral("resolved") : QStringLiteral("timeout")}}));
        m_verifyWaitOpen = false;
        if (!ok)
            return fail(RunPhase::Verify, message);
        phase(RunPhase::Verify, false, QStringLiteral("ok"));
        if (parkIfPaused())
            return;
        if (!askGate(RunGate::BeforeUncordon, tr("%1 verified. Uncordon it?").arg(node()), [this] { doUncordon(); }) &&
            !askMutation(tr("Uncordon node %1?").arg(node()), [this] { doUncordon(); }))
            doUncordon();
    });
    m_verifier->start(c);
}

// ---- uncordon ----

void NodeRun::doUncordon()
{
    if (!phase(RunPhase::Uncordon, true))
        return;
    if (m_cordonedBySomeoneElse && !m_cordonedBySlipway) {
        // Someone else cordoned it before the run: it stays as they left it.
        record(RunEnv::make(T::Uncordon, node(), {{QStringLiteral("result"), QStringLiteral("left-cordoned")}},
                            tr("%1 was cordoned before the run; it stays cordoned.").arg(node())));
        phase(RunPhase::Uncordon, false, QStringLiteral("skipped"));
        if (enter(S::Uncordoned))
            enter(S::Done);
        return;
    }
    m_busy = true;
    if (!intent(QStringLiteral("uncordon")))
        return;
    m_env->api->uncordon(node()).then(this, [this](const ClusterOperationResult &r) { onUncordoned(r); });
}

void NodeRun::onUncordoned(const ClusterOperationResult &result)
{
    m_busy = false;
    if (!result.ok()) {
        fail(RunPhase::Uncordon, tr("error: unable to uncordon node \"%1\": %2").arg(node(), result.error.describe()));
        return;
    }
    m_uncordoned = true;
    record(RunEnv::make(T::Uncordon, node(),
                        {{QStringLiteral("result"), result.alreadyDone ? QStringLiteral("already-uncordoned")
                                                                       : QStringLiteral("uncordoned")}}));
    Q_EMIT output(node(), QStringLiteral("node/%1 %2").arg(node(), result.alreadyDone ? QStringLiteral("already uncordoned")
                                                                                        : QStringLiteral("uncordoned")),
                  false);
    phase(RunPhase::Uncordon, false, QStringLiteral("ok"));
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
    if (m_started && !m_machine.isTerminal())
        enter(S::Aborted, tr("aborted by the user"));
}

void NodeRun::rollback(std::function<void()> done)
{
    if (!isLeftCordoned() || m_machine.state() == S::Done) {
        done();
        return;
    }
    if (!intent(QStringLiteral("uncordon"))) {
        done();
        return;
    }
    m_env->api->uncordon(node()).then(this, [this, done](const ClusterOperationResult &result) {
        if (result.ok()) {
            m_uncordoned = true;
            record(RunEnv::make(T::Uncordon, node(),
                                {{QStringLiteral("result"), result.alreadyDone ? QStringLiteral("already-uncordoned")
                                                                               : QStringLiteral("uncordoned")}},
                                tr("rolled back")));
            Q_EMIT output(node(), QStringLiteral("node/%1 uncordoned").arg(node()), false);
        } else {
            record(RunEnv::make(T::Log, node(), {{QStringLiteral("level"), QStringLiteral("error")}},
                                result.error.describe()));
            Q_EMIT output(node(), result.error.describe(), true);
        }
        done();
    });
}

} // namespace Slipway
