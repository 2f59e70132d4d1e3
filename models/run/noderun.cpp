#include "models/run/noderun.h"

#include "models/clusterapi.h"
#include "models/clusterfutures.h"
#include "models/drain/nodedrainer.h"
#include "models/run/nodeexecutor.h"
#include "models/run/nodeverifier.h"

namespace Slipway {

using S = NodeRunState;
using T = RunEvent::Type;

NodeRun::NodeRun(RunEnv *env, NodeRunSetup setup, QObject *parent)
    : QObject(parent)
    , m_env(env)
    , m_setup(std::move(setup))
    , m_machine(m_setup.node)
{
    const JournalNodeRecord &r = m_setup.record;
    m_machine.restore(r.state, r.held);
    m_cordonedBySlipway = r.cordonedBySlipway;
    m_cordonUnconfirmed = r.cordonUnconfirmed;
    m_cordonedBySomeoneElse = r.cordonedBySomeoneElse;
    m_uncordoned = r.uncordoned;
    m_bootIdBefore = r.bootIdBefore;
}

NodeRun::~NodeRun() = default;

bool NodeRun::record(RunEvent event)
{
    return m_env->record(std::move(event));
}

bool NodeRun::enter(NodeRunState to, const QString &message)
{
    if (m_machine.state() == to)
        return true;
    const S previous = m_machine.state();
    Result<RunEvent> e = m_machine.moveTo(to, message);
    if (!e.ok()) {
        // A programming error, never the user's: keep it in the journal and stop this node.
        record(RunEnv::make(T::Log, node(), {{QStringLiteral("level"), QStringLiteral("error")}},
                            e.errorText()));
        return false;
    }
    if (!record(e.value()))
        return false;
    Q_EMIT stateChanged(node(), to, previous);
    if (m_machine.isTerminal())
        Q_EMIT finished(node());
    return true;
}

bool NodeRun::phase(RunPhase p, bool started, const QString &result, const QString &message)
{
    RunEvent e = RunEnv::make(started ? T::PhaseStarted : T::PhaseFinished, node(), {}, message);
    e.phase = p;
    if (walking() && m_stepTarget.isValid() && (p == RunPhase::Upgrade || p == RunPhase::Verify))
        e.data.insert(QStringLiteral("version"), m_stepTarget.toString()); // format 1.1, optional
    if (!started)
        e.data.insert(QStringLiteral("result"), result);
    return record(e);
}

bool NodeRun::intent(const QString &action, const QJsonObject &extra)
{
    QJsonObject data = extra;
    data.insert(QStringLiteral("action"), action);
    return record(RunEnv::make(T::Intent, node(), data));
}

void NodeRun::fail(RunPhase p, const QString &message)
{
    m_busy = false;
    phase(p, false, QStringLiteral("failed"), message);
    Q_EMIT output(node(), message, true);
    enter(S::Failed, message);
}

bool NodeRun::hasOpenIntent(const QString &action) const
{
    for (const RunEvent &e : m_setup.openIntents) {
        if (e.data.value(QStringLiteral("action")).toString() == action)
            return true;
    }
    return false;
}

QString NodeRun::token(const QString &action) const
{
    // The practice agent acts once per token: from hop 2 on the hop is part of it (hop 1 keeps the
    // token runs of one hop always had).
    const QString hop = m_env->hop > 1 ? QStringLiteral(".hop%1").arg(m_env->hop) : QString();
    return m_env->runId + QLatin1Char('.') + node() + QLatin1Char('.') + action + hop;
}

bool NodeRun::hasPartBeforeControlPlane() const
{
    return walking() && !m_setup.walkBeforeControlPlane.isEmpty() && !m_setup.controlPlane && !m_setup.retire;
}

void NodeRun::startBeforeControlPlane()
{
    m_beforeControlPlane = hasPartBeforeControlPlane();
    start();
}

Version NodeRun::partTarget() const
{
    return m_beforeControlPlane ? m_setup.walkBeforeControlPlane.constLast() : m_env->target;
}

// The part before the control plane is done (verified, uncordoned): the node is back in service
// and waits, neither active nor finished, until the scheduler starts it again after the control
// plane (docs/runner.md "Lagging nodes").
void NodeRun::park()
{
    m_busy = false;
    m_started = false;
    m_parked = true;
    m_beforeControlPlane = false;
    m_stepTarget = Version();
    Q_EMIT parked(node());
}

void NodeRun::start()
{
    if (m_parked) {
        m_parked = false;
        m_started = true;
        continueAfterControlPlane();
        return;
    }
    m_started = true;
    if (m_setup.alreadyAtTarget && m_machine.state() == S::Pending) {
        enter(S::Done, tr("%1 runs %2 already.").arg(node(), m_env->target.toString()));
        return;
    }
    if (m_setup.checkFirst && m_machine.state() == S::Pending)
        return checkAtHopVersion();
    next();
}

// A hop after the first (docs/runner.md "Hops"): the node may be at the hop's version already
// (upgraded before an interruption, or by hand): then it is done for this hop. A kubelet more than
// one minor below the hop's version would skip a minor: the node fails instead.
void NodeRun::checkAtHopVersion()
{
    m_busy = true;
    whenFinished(m_env->api->getNode(node()), this, [this](const NodeResult &r) {
        m_busy = false;
        if (m_machine.isTerminal())
            return;
        const Version target = m_env->target;
        const Version kubelet = r.ok() && r.node ? Version::parse(r.node->kubeletVersion) : Version();
        if (kubelet.isValid() && kubelet.major() == target.major() && kubelet.minor() + 1 < target.minor()) {
            const QString message = tr("The kubelet on %1 reports %2: going to %3 would skip a minor "
                                       "version (kubeadm upgrades one minor at a time).")
                                        .arg(node(), r.node->kubeletVersion, target.toString());
            Q_EMIT output(node(), message, true);
            enter(S::Failed, message);
            return;
        }
        VerifyCriteria c = verifyCriteria();
        c.kind = RunKind::Upgrade;
        c.bootIdBefore.clear();
        c.once = true;
        delete m_verifier;
        m_verifier = new NodeVerifier(m_env->api, m_env->clock, this);
        connect(m_verifier, &NodeVerifier::finished, this, [this, target](bool ok, const QString &) {
            if (m_machine.isTerminal())
                return;
            if (ok && m_machine.state() == S::Pending) {
                enter(S::Done, tr("%1 runs %2 already.").arg(node(), target.toString()));
                return;
            }
            next();
        });
        m_verifier->start(c);
    });
}

bool NodeRun::parkIfPaused()
{
    if (!m_pauseRequested)
        return false;
    enter(S::Paused);
    return true;
}

void NodeRun::next()
{
    if (m_machine.isTerminal() || m_gate || parkIfPaused())
        return;
    switch (m_machine.heldState()) {
    case S::Pending:
        if (askGate(RunGate::BeforeNode, tr("Start on node %1?").arg(node()), [this] { next(); }))
            return;
        if (!askMutation(tr("Cordon node %1?").arg(node()), [this] { doCordon(); }))
            doCordon();
        return;
    case S::Cordoned:
    case S::Draining:
        if (!askMutation(tr("Drain node %1?").arg(node()), [this] { doDrain(); }))
            doDrain();
        return;
    case S::Drained:
    case S::Upgrading:
    case S::Maintaining:
        if (!askMutation(tr("Run the %1 step on node %2?").arg(runExecutorName(m_env->spec.executor), node()),
                         [this] { doExecutor(); }))
            doExecutor();
        return;
    case S::Verifying:
        if (m_setup.retire)
            finishRetired();
        else if (walking() && !m_stepTarget.isValid())
            reconcileWalk(true, [this] { doVerify(); }); // resumed: which step is it verifying?
        else
            doVerify();
        return;
    case S::Uncordoned:
        if (m_beforeControlPlane)
            park(); // resumed after its part before the control plane: the rest comes after it
        else if (hasPartBeforeControlPlane())
            continueAfterControlPlane(); // between its two parts, or after the last (read the node)
        else
            enter(S::Done);
        return;
    default:
        return;
    }
}

bool NodeRun::askGate(RunGate gate, const QString &question, std::function<void()> then,
                      const QStringList &commands)
{
    const RunGates &g = m_env->spec.gates;
    const bool wanted = (gate == RunGate::BeforeNode && g.beforeEachNode && !m_nodeGateAnswered) ||
                        (gate == RunGate::BeforeUncordon && g.beforeEachUncordon) ||
                        (gate == RunGate::Mutation && g.beforeEachMutation);
    if (!wanted)
        return false;
    m_gate = gate;
    m_afterGate = std::move(then);
    record(RunEnv::make(T::WaitStarted, node(),
                        {{QStringLiteral("reason"), waitReasonName(WaitReason::Gate)}}, question));
    enter(S::Waiting, question);
    Q_EMIT gateRequested(node(), gate, question, commands);
    return true;
}

bool NodeRun::askMutation(const QString &what, std::function<void()> then)
{
    return askGate(RunGate::Mutation, what, std::move(then));
}

void NodeRun::confirmGate(RunGate gate, bool proceed)
{
    if (gate == RunGate::ManualStep) {
        if (!proceed && m_verifier) {
            m_verifier->cancel();
            fail(RunPhase::Verify, tr("The manual step on %1 failed, as the user said.").arg(node()));
        }
        return;
    }
    if (!m_gate || *m_gate != gate)
        return;
    m_gate.reset();
    const auto then = std::move(m_afterGate);
    m_afterGate = nullptr;
    record(RunEnv::make(
        T::WaitEnded, node(),
        {{QStringLiteral("reason"), waitReasonName(WaitReason::Gate)},
         {QStringLiteral("outcome"), proceed ? QStringLiteral("resolved") : QStringLiteral("aborted")}}));
    if (!proceed) {
        if (gate == RunGate::BeforeNode && m_machine.heldState() == S::Pending) {
            enter(S::Pending);
            m_skipped = true;
            enter(S::Done, tr("Skipped at the user's word."));
        } else if (gate == RunGate::BeforeUncordon) {
            record(RunEnv::make(T::Uncordon, node(),
                                {{QStringLiteral("result"), QStringLiteral("left-cordoned")}},
                                tr("Left cordoned at the user's word.")));
            enter(S::Aborted, tr("%1 verified and was left cordoned at the user's word.").arg(node()));
        } else {
            enter(S::Aborted, tr("The user declined the next step on %1.").arg(node()));
        }
        return;
    }
    enter(m_machine.heldState());
    if (gate == RunGate::BeforeNode)
        m_nodeGateAnswered = true;
    then();
}

} // namespace Slipway
