#include "models/run/upgraderunner_p.h"

#include "models/clusterapi.h"
#include "models/planjson.h"
#include "models/run/clustersampler.h"
#include "models/run/noderun.h"
#include "models/run/runclock.h"

#include <QJsonArray>
#include <QTimer>

namespace Slipway {

using T = RunEvent::Type;
using S = NodeRunState;

QString RunOutcome::resultName(Result result)
{
    switch (result) {
    case Result::Succeeded:
        return QStringLiteral("succeeded");
    case Result::Failed:
        return QStringLiteral("failed");
    case Result::Aborted:
        return QStringLiteral("aborted");
    }
    return {};
}

bool UpgradeRunner::Private::record(RunEvent e)
{
    if (!journal || journalBroken)
        return false;
    e.seq = ++lastSeq;
    e.time = env.clock->now();
    // Format 1.1: in a run of several hops every event of a hop says which.
    if (multiHop() && e.type != T::RunStarted && e.type != T::RunResumed && e.type != T::RunPaused &&
        e.type != T::RunFinished)
        e.hop = hop + 1;
    const Diagnostics written = journal->append(e);
    if (written.hasErrors()) {
        journalBroken = true;
        failure = written.errorText();
        Q_EMIT q->output({}, failure, true);
        // Nothing more may be sent without its intent on disk: stop every node at once.
        QTimer::singleShot(0, q, [this] {
            for (NodeRun *n : nodes)
                n->abort();
            finish();
        });
        return false;
    }
    Q_EMIT q->event(e);
    return true;
}

NodeRun *UpgradeRunner::Private::nodeRun(const QString &name) const
{
    for (NodeRun *n : nodes) {
        if (n->node() == name)
            return n;
    }
    return nullptr;
}

void UpgradeRunner::Private::buildNodes(const QHash<QString, JournalNodeRecord> &records,
                                        const QList<RunEvent> &openIntents)
{
    for (const QString &name : order.nodes) {
        NodeRunSetup setup;
        setup.node = name;
        setup.controlPlane = order.controlPlane.contains(name);
        setup.firstControlPlane = name == order.firstControlPlane;
        // The plan says which nodes are at the first hop's version; later hops read each node first.
        setup.alreadyAtTarget = hop == 0 && order.alreadyAtTarget.contains(name);
        setup.checkFirst = hop > 0 && records.value(name).held == S::Pending;
        setup.retire = order.retiring.contains(name);
        setup.commandStarted = commandsStarted.contains(name);
        if (commandExits.contains(name))
            setup.commandExitCode = commandExits.value(name);
        setup.commandVersion = commandVersions.value(name);
        if (hop == 0) {
            setup.walk = order.walks.value(name);
            setup.walkBeforeControlPlane = order.walksBeforeControlPlane.value(name);
        }
        setup.resumed = records.contains(name);
        setup.record = records.value(name);
        for (const RunEvent &e : openIntents) {
            if (e.node == name)
                setup.openIntents.append(e);
        }
        auto *run = new NodeRun(&env, setup, q);
        QObject::connect(run, &NodeRun::stateChanged, q, &UpgradeRunner::nodeStateChanged);
        QObject::connect(run, &NodeRun::gateRequested, q, &UpgradeRunner::gateRequested);
        QObject::connect(run, &NodeRun::output, q, &UpgradeRunner::output);
        QObject::connect(run, &NodeRun::diagnosis, q, &UpgradeRunner::diagnosis);
        // Queued: a node that finishes inside start() must not re-enter the scheduler.
        QObject::connect(
            run, &NodeRun::finished, q, [this](const QString &node) { onNodeFinished(node); },
            Qt::QueuedConnection);
        QObject::connect(
            run, &NodeRun::parked, q, [this](const QString &) { schedule(); }, Qt::QueuedConnection);
        nodes.append(run);
    }
}

void UpgradeRunner::Private::begin()
{
    running = true;
    // A surge run watches its new nodes in the samples.
    sampler = new ClusterSampler(env.api, env.clock, env.spec.strategy == RunStrategy::Surge, q);
    QObject::connect(sampler, &ClusterSampler::sampled, q, [this](const QJsonObject &data) {
        if (running)
            record(RunEnv::make(T::ClusterSample, {}, data));
    });
    QObject::connect(sampler, &ClusterSampler::countsSeen, q,
                     [this](const ClusterCounts &s) { onSurgeCounts(s); });
    sampler->start();
    QTimer::singleShot(0, q, [this] { schedule(); });
}

void UpgradeRunner::Private::schedule()
{
    if (!running || paused || aborted)
        return;
    for (NodeRun *n : nodes)
        failing = failing || n->state() == S::Failed;
    if (scheduleWalksBeforeControlPlane() || scheduleControlPlane())
        return;
    scheduleWorkers();
    bool anyActive = false;
    bool allDone = true;
    for (NodeRun *n : nodes) {
        anyActive = anyActive || (n->hasStarted() && !n->isTerminal());
        allDone = allDone && n->isTerminal();
    }
    if (allDone && advanceHop())
        return;
    if (allDone || (failing && !anyActive && !soaking))
        finish();
}

void UpgradeRunner::Private::setHop(int index)
{
    hop = index;
    env.target = hops.value(index, env.spec.target);
    env.hop = multiHop() ? index + 1 : 0;
}

void UpgradeRunner::Private::recordHopStarted()
{
    const QString from = hop > 0 ? hops.at(hop - 1).toString() : QString();
    record(RunEnv::make(T::HopStarted, {},
                        {{QStringLiteral("hop"), hop + 1},
                         {QStringLiteral("of"), int(hops.size())},
                         {QStringLiteral("target"), env.target.toString()},
                         {QStringLiteral("from"), from}}));
}

void UpgradeRunner::Private::recordHopFinished(RunOutcome::Result result)
{
    int done = 0;
    for (NodeRun *n : nodes)
        done += n->state() == S::Done ? 1 : 0;
    record(RunEnv::make(T::HopFinished, {},
                        {{QStringLiteral("hop"), hop + 1},
                         {QStringLiteral("target"), env.target.toString()},
                         {QStringLiteral("result"), RunOutcome::resultName(result)},
                         {QStringLiteral("nodesDone"), done}}));
}

// Every node of the hop is done: the next hop takes them all again, at its version (docs/runner.md
// "Hops"). Not when this was the last hop, the run is stopping, or a node was skipped at the
// user's word (the next hop would take it across two minors): the run then finishes.
bool UpgradeRunner::Private::advanceHop()
{
    if (!multiHop() || hop + 1 >= hops.size() || aborted || failing || journalBroken || !stoppedAt.isEmpty())
        return false;
    for (NodeRun *n : nodes) {
        if (n->state() != S::Done)
            return false;
    }
    for (NodeRun *n : nodes) {
        if (n->wasSkipped()) {
            failure = UpgradeRunner::tr("%1 was skipped in hop %2 (%3); the run stops here, because the "
                                        "next hop would take it across two minor versions.")
                          .arg(n->node())
                          .arg(hop + 1)
                          .arg(env.target.toString());
            return false;
        }
    }
    recordHopFinished(RunOutcome::Result::Succeeded);
    const QList<NodeRun *> finished = nodes;
    nodes.clear();
    for (NodeRun *n : finished) {
        n->disconnect(q);
        n->deleteLater();
    }
    setHop(hop + 1);
    downtimeAsked = false;
    downtimeConfirmed = false;
    buildNodes({}, {});
    recordHopStarted();
    for (NodeRun *n : std::as_const(nodes))
        Q_EMIT q->nodeStateChanged(n->node(), S::Pending, S::Done);
    QTimer::singleShot(0, q, [this] { schedule(); });
    return true;
}

// Hop 1, before the control plane: the lagging workers' parts of their walks that the new
// control plane would otherwise leave outside the skew policy (the plan's blocker steps;
// docs/runner.md "Lagging nodes"), as many at a time as the strategy allows workers. Each ends
// parked (uncordoned, at its part's last version). Returns true while the control plane must wait.
bool UpgradeRunner::Private::scheduleWalksBeforeControlPlane()
{
    if (hop != 0)
        return false;
    // Once the control plane has begun (in this run or the one resumed), this part is over.
    for (NodeRun *n : nodes) {
        if (n->isControlPlane() && (n->hasStarted() || n->state() != S::Pending))
            return false;
    }
    int active = 0;
    QList<NodeRun *> waiting;
    for (NodeRun *n : nodes) {
        if (!n->hasPartBeforeControlPlane() || n->isParked())
            continue;
        if (n->wasSkipped() && !failing) {
            // Skipped at the user's word: the control plane's upgrade would leave its kubelet
            // outside the skew policy (kubeadm refuses it, FACTS §3.5).
            failing = true;
            failure = UpgradeRunner::tr("%1 was skipped; upgrading the control plane to %2 would leave its "
                                        "kubelet more minor versions behind than the skew policy allows, so "
                                        "the run stops before the control plane.")
                          .arg(n->node(), env.target.toString());
        }
        if (n->isTerminal())
            continue;
        if (n->hasStarted())
            ++active;
        else
            waiting << n;
    }
    const bool allAtOnce = env.spec.strategy == RunStrategy::AllAtOnce;
    const int limit = allAtOnce ? int(nodes.size()) : std::max(1, env.spec.maxUnavailable);
    for (NodeRun *n : std::as_const(waiting)) {
        if (failing || active >= limit)
            break;
        n->startBeforeControlPlane();
        active += n->hasStarted() && !n->isTerminal() ? 1 : 0;
    }
    return active > 0 || (!failing && !waiting.isEmpty());
}

// Control-plane nodes one at a time, the first (kubeadm upgrade apply) first (FACTS §4).
// Returns true while the control plane is not finished.
bool UpgradeRunner::Private::scheduleControlPlane()
{
    for (NodeRun *n : nodes) {
        if (!n->isControlPlane() || n->isTerminal())
            continue;
        if (!n->hasStarted() && !failing)
            n->start();
        return !failing || n->hasStarted();
    }
    return false;
}

void UpgradeRunner::Private::scheduleWorkers()
{
    if (failing || soaking || downtimeGate() || surgeGate())
        return;
    int active = 0;
    for (NodeRun *n : nodes)
        active += n->hasStarted() && !n->isTerminal() ? 1 : 0;
    const bool allAtOnce = env.spec.strategy == RunStrategy::AllAtOnce;
    const int limit = allAtOnce ? int(nodes.size()) : std::max(1, env.spec.maxUnavailable);
    for (NodeRun *n : nodes) {
        if (active >= limit)
            break;
        // Terminal nodes of a resumed run are not started again.
        if (!n->isControlPlane() && !n->hasStarted() && !n->isTerminal()) {
            if (retiringGate(n))
                break; // its replacement has not joined yet
            n->start();
            ++active;
        }
    }
}

// All at once: warn (a `log` warning) that every worker leaves service together; with gates, ask.
bool UpgradeRunner::Private::downtimeGate()
{
    if (env.spec.strategy != RunStrategy::AllAtOnce || downtimeConfirmed)
        return false;
    if (downtimeAsked)
        return true;
    downtimeAsked = true;
    const QString warning =
        UpgradeRunner::tr("All-at-once: every worker is cordoned and drained at the same time; workloads "
                          "without replicas elsewhere will be down until the nodes come back.");
    record(RunEnv::make(T::Log, {}, {{QStringLiteral("level"), QStringLiteral("warning")}}, warning));
    Q_EMIT q->output({}, warning, false);
    if (!env.spec.gates.beforeEachMutation && !env.spec.gates.beforeEachNode) {
        downtimeConfirmed = true;
        return false;
    }
    Q_EMIT q->gateRequested({}, RunGate::Downtime, warning, {});
    return true;
}

void UpgradeRunner::Private::onNodeFinished(const QString &name)
{
    NodeRun *n = nodeRun(name);
    if (!n || !running)
        return;
    const bool soak = n->state() == S::Done && !n->isControlPlane() &&
                      env.spec.strategy == RunStrategy::Rolling && env.spec.soakSeconds > 0;
    if (!soak)
        return schedule();
    soaking = true;
    record(RunEnv::make(T::WaitStarted, name, {{QStringLiteral("reason"), waitReasonName(WaitReason::Soak)}},
                        UpgradeRunner::tr("Soaking %1 s after %2.").arg(env.spec.soakSeconds).arg(name)));
    env.clock->callAfter(env.spec.soakSeconds * 1000, q, [this, name] {
        soaking = false;
        record(RunEnv::make(T::WaitEnded, name,
                            {{QStringLiteral("reason"), waitReasonName(WaitReason::Soak)},
                             {QStringLiteral("outcome"), QStringLiteral("resolved")}}));
        schedule();
    });
}

RunOutcome::Result UpgradeRunner::Private::currentResult() const
{
    if (aborted || !stoppedAt.isEmpty())
        return RunOutcome::Result::Aborted;
    for (NodeRun *n : nodes) {
        if (n->state() != S::Done)
            return RunOutcome::Result::Failed;
    }
    if (hop + 1 < hops.size())
        return RunOutcome::Result::Failed; // stopped between hops (a node was skipped)
    return journalBroken ? RunOutcome::Result::Failed : RunOutcome::Result::Succeeded;
}

RunOutcome UpgradeRunner::Private::outcome(RunOutcome::Result result) const
{
    RunOutcome o;
    o.result = result;
    o.journalPath = journalPath;
    o.message = failure;
    o.stoppedByUser = !stoppedAt.isEmpty();
    o.stoppedAt = stoppedAt;
    o.hops = hops;
    o.hop = hops.isEmpty() ? 0 : hop + 1;
    bool hopDone = !nodes.isEmpty();
    for (NodeRun *n : nodes)
        hopDone = hopDone && n->state() == S::Done && !n->wasSkipped();
    o.hopsDone = hops.isEmpty() ? 0 : hop + (hopDone ? 1 : 0);
    for (NodeRun *n : nodes) {
        o.nodeStates.append({n->node(), n->state()});
        o.nodesDone += n->state() == S::Done ? 1 : 0;
        o.nodesFailed += n->state() == S::Failed ? 1 : 0;
        if (n->isLeftCordoned())
            o.leftCordoned.append(n->node());
    }
    return o;
}

void UpgradeRunner::Private::finish()
{
    if (!running)
        return;
    running = false;
    if (!journalBroken && failure.isEmpty() && hop + 1 < hops.size() && !aborted && stoppedAt.isEmpty()) {
        for (NodeRun *n : nodes) {
            if (n->state() == S::Failed)
                failure = UpgradeRunner::tr("The run stopped in hop %1 of %2 (%3).")
                              .arg(hop + 1)
                              .arg(hops.size())
                              .arg(env.target.toString());
        }
    }
    if (sampler)
        sampler->stop();
    const RunOutcome o = outcome(currentResult());
    if (multiHop())
        recordHopFinished(o.result);
    QJsonObject data{{QStringLiteral("result"), RunOutcome::resultName(o.result)},
                     {QStringLiteral("nodesDone"), o.nodesDone},
                     {QStringLiteral("nodesFailed"), o.nodesFailed},
                     {QStringLiteral("leftCordoned"), QJsonArray::fromStringList(o.leftCordoned)}};
    if (o.stoppedByUser) {
        data.insert(QStringLiteral("stoppedBy"), QStringLiteral("user"));
        data.insert(QStringLiteral("stoppedAt"), o.stoppedAt);
    }
    record(RunEnv::make(T::RunFinished, {}, data, o.message));
    Q_EMIT q->finished(o);
}

void UpgradeRunner::Private::rollbackFrom(int index, std::function<void()> done)
{
    if (index >= nodes.size())
        return done();
    nodes[index]->rollback([this, index, done = std::move(done)] { rollbackFrom(index + 1, done); });
}

// ---- public ----

UpgradeRunner::UpgradeRunner(ClusterApi *api, RunClock *clock, QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->q = this;
    d->env.api = api;
    d->env.clock = clock;
    d->env.record = [this](RunEvent e) {
        return d->record(std::move(e));
    };
    connect(this, &UpgradeRunner::gateRequested, this,
            [this](const QString &node, RunGate, const QString &question, const QStringList &) {
                d->questions.insert(node, question);
            });
}

UpgradeRunner::~UpgradeRunner()
{
    delete d;
}

Diagnostics UpgradeRunner::start(const RunSpec &spec, const UpgradePlan &plan, const RunClusterInfo &cluster)
{
    Diagnostics problems;
    Result<RunOrder> order = RunOrder::compute(spec, plan);
    if (!order.ok())
        return order;
    if (d->preflight) {
        for (const QString &blocker : d->preflight(spec, order->nodes))
            problems.addError(blocker);
        if (problems.hasErrors())
            return problems;
    }
    d->env.spec = spec;
    if (d->env.spec.operatorName.isEmpty())
        d->env.spec.operatorName = currentOperatorName();
    d->order = order.value();
    d->hops = d->order.hops;
    d->env.spec.hops = d->hops.size() > 1 ? d->hops : QList<Version>{};
    d->setHop(0);
    RunJournalHeader header;
    header.createdAt = d->env.clock->now();
    header.runId = RunJournalHeader::newRunId(header.createdAt);
    header.virtualClock = d->env.clock->isVirtual();
    header.operatorName = d->env.spec.operatorName;
    header.cluster = cluster;
    header.run = d->env.spec.toJson();
    if (spec.kind == RunKind::Upgrade)
        header.plan = PlanJson::toJson(plan);
    if (!d->journalKept && header.virtualClock) {
        d->journalPath.clear();
        d->journal = RunJournal::discarding();
    } else {
        d->journalPath =
            spec.journalPath.isEmpty() ? RunJournal::defaultPath(header.runId) : spec.journalPath;
        auto journal = RunJournal::create(d->journalPath, header);
        if (!journal.ok())
            return journal;
        d->journal = std::move(journal).value();
    }
    d->env.runId = header.runId;
    d->buildNodes({}, {});
    d->record(RunEnv::make(T::RunStarted, {}, d->order.toStartedData(d->env.spec)));
    if (d->multiHop())
        d->recordHopStarted();
    d->begin();
    return problems;
}

} // namespace Slipway
