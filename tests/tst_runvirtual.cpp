// The runner's own acceptance checks on the simulator's virtual clock, in-process
// (docs/in-process-runs.md: SimClusterApi, VirtualRunClock, VirtualTimeDriver): a drain that a
// PodDisruptionBudget blocks stops at its --timeout with kubectl's message, names the budget and
// leaves the node cordoned (and says so); a maintenance run reboots each chosen node exactly once
// (a new bootID) and gives every node back; a surge run replaces every old worker with a new
// node at the target while schedulable capacity never drops below the start's; a cordon whose
// answer is lost is read again, and a node whose cordon cannot be known, or is still in flight at an
// abort, is reported as left cordoned and rolled back (also from the journal alone); an upgrade
// two minors away is one run of two hops (docs/runner.md "Hops"), in which no node skips a minor
// and no budget drops below its minimum, and which a new runner resumes in the middle of hop 2.
#include "runchecks.h"

#include "models/clusterfutures.h"
#include "models/drain/nodecordoner.h"
#include "models/run/runjournal.h"
#include "models/run/upgraderunner.h"
#include "models/skewpolicy.h"
#include "sim/engine/simclusterapi.h"
#include "sim/engine/simulator.h"
#include "sim/engine/virtualclock.h"
#include "sim/engine/virtualrunclock.h"
#include "sim/engine/virtualtimedriver.h"
#include "sim/scenario/scenarioloader.h"

#include <QJsonArray>
#include <QPromise>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>

#include <memory>
#include <optional>

using namespace Slipway;

namespace {

const QString kInvoiceApi = QStringLiteral("billing/invoice-api");

// The in-process seam with the faults of a network between Slipway and the API server, one at a
// time and on cue: a cordon PATCH carried out whose answer is lost, reads of a node that fail, a
// cordon PATCH held in flight until released.
class LossyClusterApi : public SimClusterApi
{
public:
    using SimClusterApi::SimClusterApi;

    QString loseCordonAnswerOf;       // its next cordon PATCH is carried out, the answer is a lost connection
    QHash<QString, int> failingReads; // node -> how many of its next reads fail (after a lost answer)
    int readsAfterLoss = 0;           // failingReads armed once the answer is lost
    QString holdCordonOf;             // its next cordon PATCH waits until release()
    std::function<void()> release;    // set while a cordon PATCH is held (the caller clears it)

    QFuture<ClusterOperationResult> patchNode(const QString &node, const NodePatch &patch,
                                              const ClusterWriteOptions &options) override
    {
        const bool cordon = patch.unschedulable.value_or(false);
        if (cordon && node == loseCordonAnswerOf) {
            loseCordonAnswerOf.clear();
            auto promise = answer<ClusterOperationResult>();
            whenFinished(SimClusterApi::patchNode(node, patch, options), this,
                         [this, promise, node](ClusterOperationResult r) {
                             r.error = lost(QStringLiteral("patch"), node);
                             if (readsAfterLoss > 0)
                                 failingReads[node] = readsAfterLoss;
                             promise->addResult(r);
                             promise->finish();
                         });
            return promise->future();
        }
        if (cordon && node == holdCordonOf) {
            holdCordonOf.clear();
            auto promise = answer<ClusterOperationResult>();
            release = [this, promise, node, patch, options] {
                whenFinished(SimClusterApi::patchNode(node, patch, options), this,
                             [promise](const ClusterOperationResult &r) {
                                 promise->addResult(r);
                                 promise->finish();
                             });
            };
            return promise->future();
        }
        return SimClusterApi::patchNode(node, patch, options);
    }

    QFuture<NodeResult> getNode(const QString &name) override
    {
        if (failingReads.value(name) <= 0)
            return SimClusterApi::getNode(name);
        --failingReads[name];
        auto promise = answer<NodeResult>();
        whenFinished(SimClusterApi::getNode(name), this, [this, promise, name](NodeResult r) {
            r.node.reset();
            r.error = lost(QStringLiteral("get"), name);
            promise->addResult(r);
            promise->finish();
        });
        return promise->future();
    }

private:
    template<typename T>
    static std::shared_ptr<QPromise<T>> answer()
    {
        auto promise = std::make_shared<QPromise<T>>();
        promise->start();
        return promise;
    }

    static ClusterError lost(const QString &verb, const QString &node)
    {
        ClusterError e;
        e.kind = ClusterError::Kind::Unreachable;
        e.verb = verb;
        e.resource = QStringLiteral("nodes");
        e.name = node;
        e.message = QStringLiteral("the connection was closed before the answer came (injected)");
        return e;
    }
};

// Every kubelet version each node reported, in order (from every simulator change), and the
// first change that skipped a minor version.
struct KubeletHistory
{
    QHash<QString, QStringList> versions;
    QString skipped;
    QHash<QString, int> upgrades; // finished node upgrades per node (the simulator's own count)

    void attach(Simulator *sim)
    {
        QObject::connect(sim, &Simulator::nodeUpgradeFinished, sim,
                         [this](const QString &node, const QString &) { ++upgrades[node]; });
        for (const Node &n : sim->snapshot().nodes)
            versions[n.name] << n.kubeletVersion;
        QObject::connect(sim, &Simulator::changed, sim, [this](const WatchEvent &e) {
            if (e.object.kind != ResourceKind::Node || e.type == WatchEventType::Deleted)
                return;
            const Node &n = e.object.node;
            QStringList &seen = versions[n.name];
            if (!seen.isEmpty() && seen.constLast() == n.kubeletVersion)
                return;
            const Version before = Version::parse(seen.value(seen.size() - 1));
            const Version now = Version::parse(n.kubeletVersion);
            if (skipped.isEmpty() && before.isValid() && now.isValid() && now.minor() > before.minor() + 1)
                skipped = QStringLiteral("%1: %2 → %3").arg(n.name, before.toString(), now.toString());
            seen << n.kubeletVersion;
        });
    }
};

// The version skew policy between every kubelet and the kube-apiservers at every simulator change
// (FACTS §1.1): a kubelet is never newer than the newest kube-apiserver, nor more minors behind
// it than the policy allows (3 since 1.28 control planes for kubelets at 1.25 or newer, else 2).
// The strict HA reading (not newer than the *oldest* apiserver while the control plane is half
// upgraded) is counted apart: kubeadm's own procedure upgrades a control-plane node's kubelet right
// after that node's `kubeadm upgrade apply|node` (FACTS §4), before the next node's apiserver.
struct SkewWatch
{
    QStringList violations;
    QStringList newerThanOldestApiServer;

    void attach(Simulator *sim)
    {
        check(sim->snapshot());
        QObject::connect(sim, &Simulator::changed, sim, [this, sim](const WatchEvent &e) {
            if (e.object.kind == ResourceKind::Node ||
                (e.object.kind == ResourceKind::Pod &&
                 e.object.pod.namespaceName == QLatin1String("kube-system")))
                check(sim->snapshot());
        });
    }

    void check(const ClusterSnapshot &s)
    {
        const Version newest = SkewPolicy::clusterVersion(s);
        const Version oldest = SkewPolicy::oldestApiServer(s);
        if (!newest.isValid())
            return;
        for (const Node &n : s.nodes) {
            const Version k = Version::parse(n.kubeletVersion);
            if (!k.isValid())
                continue;
            const int behind = newest.minor() - k.minor();
            const QString what = QStringLiteral("%1 kubelet %2, kube-apiservers %3…%4")
                                     .arg(n.name, k.toString(), oldest.toString(), newest.toString());
            if ((behind < 0 || behind > SkewPolicy::maxMinorsBehind(newest.minor(), k.minor())) &&
                !violations.contains(what))
                violations << what;
            if (k.minor() > oldest.minor() && !newerThanOldestApiServer.contains(what))
                newerThanOldestApiServer << what;
        }
    }
};

// The default scenario in-process with one runner on its virtual clock.
struct VirtualRun
{
    std::unique_ptr<Simulator> sim;
    std::unique_ptr<LossyClusterApi> api;
    std::unique_ptr<VirtualRunClock> clock;
    std::unique_ptr<UpgradeRunner> runner;
    std::unique_ptr<VirtualTimeDriver> driver;
    std::optional<RunOutcome> outcome;
    QList<RunEvent> events;
    SimWatch watch;

    bool load()
    {
        const Result<LoadedScenario> scenario = ScenarioLoader::loadBundled(QStringLiteral("default"));
        if (!scenario.ok())
            return false;
        sim = std::make_unique<Simulator>(scenario->snapshot);
        api = std::make_unique<LossyClusterApi>(sim.get());
        clock = std::make_unique<VirtualRunClock>(sim->clock());
        runner = std::make_unique<UpgradeRunner>(api.get(), clock.get());
        driver = std::make_unique<VirtualTimeDriver>(sim->clock());
        QObject::connect(runner.get(), &UpgradeRunner::event, runner.get(),
                         [this](const RunEvent &e) { events << e; });
        QObject::connect(runner.get(), &UpgradeRunner::finished, runner.get(),
                         [this](const RunOutcome &o) { outcome = o; });
        return true;
    }

    // Starts the run and plays virtual time until it ends (or a virtual day passed).
    QString play(const RunSpec &spec, const UpgradePlan &plan)
    {
        const Diagnostics started = runner->start(spec, plan, {sim->snapshot().name, {}, {}});
        if (started.hasErrors())
            return started.errorText();
        if (!driver->runUntil([this] { return outcome.has_value(); }, 24 * 3600)) {
            QStringList last;
            for (qsizetype i = std::max<qsizetype>(0, events.size() - 12); i < events.size(); ++i) {
                const RunEvent &e = events.at(i);
                last << QStringLiteral("%1 %2 %3 %4")
                            .arg(RunEvent::typeName(e.type), e.node,
                                 e.state ? nodeRunStateName(*e.state) : QString(), e.message);
            }
            return QStringLiteral("the run did not end within a virtual day; last events:\n") +
                   last.join(QLatin1Char('\n'));
        }
        return {};
    }

    QString nodeOf(const QString &podPrefix) const
    {
        for (const Pod &p : sim->snapshot().pods) {
            if (p.name.startsWith(podPrefix) && !p.nodeName.isEmpty())
                return p.nodeName;
        }
        return {};
    }

    RunSpec spec(RunKind kind, const QString &journal) const
    {
        RunSpec s;
        s.kind = kind;
        s.executor = RunExecutor::Practice;
        s.drain.force = true;
        s.drain.deleteEmptyDirData = true;
        s.journalPath = journal;
        s.operatorName = QStringLiteral("tester@ci");
        return s;
    }
};

} // namespace

class TestRunVirtual : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void pdbBlockedDrainStopsAtItsTimeout();
    void maintenanceRebootsEachChosenNodeOnce();
    void surgeReplacesTheOldWorkers();
    void cordonWhoseAnswerIsLostIsReadAgain();
    void cordonOfUnknownOutcomeIsReportedAndRolledBack();
    void cordonInFlightAtAnAbortIsReported();
    void twoHopsInOneRun();
    void resumeInTheMiddleOfHopTwo();
    void lateWorkersFollowTheSkewPolicy();
    void resumeBetweenTheStepsOfAWalk_data();
    void resumeBetweenTheStepsOfAWalk();

private:
    QTemporaryDir m_dir;
};

void TestRunVirtual::pdbBlockedDrainStopsAtItsTimeout()
{
    VirtualRun r;
    QVERIFY(r.load());
    // invoice-api has one replica and minAvailable 1: its budget never allows a disruption.
    const QString node = r.nodeOf(QStringLiteral("invoice-api-"));
    QVERIFY(!node.isEmpty());
    UpgradePlan plan;
    plan.nodes = r.sim->snapshot().nodes;
    RunSpec spec = r.spec(RunKind::Maintenance, m_dir.filePath(QStringLiteral("pdb.jsonl")));
    spec.nodes = {node};
    spec.reboot = true;
    spec.drain.timeoutSeconds = 120;
    const qint64 startMs = r.sim->clock()->nowMSecs();
    const QString played = r.play(spec, plan);
    QVERIFY2(played.isEmpty(), qPrintable(played));
    const qint64 elapsedS = (r.sim->clock()->nowMSecs() - startMs) / 1000;
    QVERIFY2(elapsedS >= 120 && elapsedS < 180, qPrintable(QString::number(elapsedS)));
    QCOMPARE(RunOutcome::resultName(r.outcome->result), QStringLiteral("failed"));
    QCOMPARE(r.outcome->nodeStates.value(0).second, NodeRunState::Failed);
    // Left cordoned, and the run says so.
    QVERIFY(r.sim->get(ResourceKind::Node, {}, node)->node.unschedulable);
    QCOMPARE(r.outcome->leftCordoned, QStringList{node});
    QString drainFailure;
    bool namedInEviction = false;
    bool namedInWait = false;
    for (const RunEvent &e : r.events) {
        if (e.type == RunEvent::Type::PhaseFinished && e.phase == RunPhase::Drain)
            drainFailure = e.message;
        namedInEviction = namedInEviction || (e.type == RunEvent::Type::EvictionAttempt &&
                                              e.data.value(QStringLiteral("pdb")).toString() == kInvoiceApi);
        namedInWait =
            namedInWait || (e.type == RunEvent::Type::WaitStarted && e.message.contains(kInvoiceApi));
    }
    // kubectl's words (FACTS §5.3) for the pod the budget held.
    QVERIFY2(drainFailure.contains(QLatin1String("error when evicting pods/\"invoice-api-")) &&
                 drainFailure.contains(QLatin1String("-n \"billing\": global timeout reached: 2m0s")),
             qPrintable(drainFailure));
    QVERIFY(namedInEviction);
    QVERIFY(namedInWait);
}

void TestRunVirtual::maintenanceRebootsEachChosenNodeOnce()
{
    VirtualRun r;
    QVERIFY(r.load());
    r.watch.attach(r.sim.get(), {kInvoiceApi});
    UpgradePlan plan;
    plan.nodes = r.sim->snapshot().nodes;
    const QHash<QString, QString> bootBefore = r.watch.bootIds;
    RunSpec spec = r.spec(RunKind::Maintenance, m_dir.filePath(QStringLiteral("maintain.jsonl")));
    spec.nodes = {QStringLiteral("worker-4"), QStringLiteral("worker-1"), QStringLiteral("worker-5")};
    spec.reboot = true;
    spec.drain.overridePdbs = {kInvoiceApi};
    const QString played = r.play(spec, plan);
    QVERIFY2(played.isEmpty(), qPrintable(played));
    QCOMPARE(RunOutcome::resultName(r.outcome->result), QStringLiteral("succeeded"));
    QVERIFY(r.outcome->leftCordoned.isEmpty());
    for (const Node &n : r.sim->snapshot().nodes) {
        const int expected = spec.nodes.contains(n.name) ? 1 : 0;
        QVERIFY2(r.watch.bootIdChanges.value(n.name) == expected, qPrintable(n.name));
        QVERIFY2(!n.unschedulable && n.ready == ConditionStatus::True, qPrintable(n.name));
        if (expected)
            QVERIFY(n.bootId != bootBefore.value(n.name));
    }
    QVERIFY2(r.watch.pdbViolations.isEmpty(), qPrintable(r.watch.pdbViolations.join(QLatin1Char(','))));
    const auto journal = RunJournal::read(spec.journalPath);
    QVERIFY(journal.ok());
    QVERIFY(journal->header.virtualClock);
}

void TestRunVirtual::surgeReplacesTheOldWorkers()
{
    VirtualRun r;
    QVERIFY(r.load());
    r.watch.attach(r.sim.get(), {kInvoiceApi});
    const ClusterSnapshot before = r.sim->snapshot();
    QStringList oldWorkers;
    for (const Node &n : before.nodes) {
        if (!n.isControlPlane())
            oldWorkers << n.name;
    }
    int fewestSchedulable = 1000;
    QObject::connect(r.sim.get(), &Simulator::changed, r.sim.get(), [&](const WatchEvent &e) {
        if (e.object.kind != ResourceKind::Node)
            return;
        int schedulable = 0;
        for (const StoredObject &o : r.sim->list(ResourceKind::Node).items)
            schedulable +=
                !o.node.isControlPlane() && !o.node.unschedulable && o.node.ready == ConditionStatus::True;
        fewestSchedulable = std::min(fewestSchedulable, schedulable);
    });
    const UpgradePlan plan = practicePlan(before, QStringLiteral("v1.35.0"));
    RunSpec spec = r.spec(RunKind::Upgrade, m_dir.filePath(QStringLiteral("surge.jsonl")));
    spec.target = plan.target;
    spec.strategy = RunStrategy::Surge;
    spec.surgeNodes = 2;
    spec.drain.overridePdbs = {kInvoiceApi};
    const QString played = r.play(spec, plan);
    QVERIFY2(played.isEmpty(), qPrintable(played));
    QCOMPARE(RunOutcome::resultName(r.outcome->result), QStringLiteral("succeeded"));
    QVERIFY(r.driver->runUntil(
        [&] { return allSettled(r.sim->snapshot(), QStringLiteral("v1.35.0")).isEmpty(); }, 600));
    const ClusterSnapshot after = r.sim->snapshot();
    QCOMPARE(after.nodes.size(), before.nodes.size());
    for (const QString &old : oldWorkers)
        QVERIFY2(!after.findNode(old), qPrintable(old));
    QVERIFY2(fewestSchedulable >= oldWorkers.size(), qPrintable(QString::number(fewestSchedulable)));
    QVERIFY2(r.watch.pdbViolations.isEmpty(), qPrintable(r.watch.pdbViolations.join(QLatin1Char(','))));
}

// The cordon PATCH is carried out but its answer is lost: the runner does not assume either way,
// it reads the node, finds it cordoned by this run, records the cordon (verified) and goes on.
void TestRunVirtual::cordonWhoseAnswerIsLostIsReadAgain()
{
    VirtualRun r;
    QVERIFY(r.load());
    UpgradePlan plan;
    plan.nodes = r.sim->snapshot().nodes;
    RunSpec spec = r.spec(RunKind::Maintenance, m_dir.filePath(QStringLiteral("lost-cordon.jsonl")));
    spec.nodes = {QStringLiteral("worker-4")};
    spec.reboot = true;
    spec.drain.overridePdbs = {kInvoiceApi};
    r.api->loseCordonAnswerOf = QStringLiteral("worker-4");
    const QString played = r.play(spec, plan);
    QVERIFY2(played.isEmpty(), qPrintable(played));
    QVERIFY(r.api->loseCordonAnswerOf.isEmpty()); // the fault was injected
    QCOMPARE(RunOutcome::resultName(r.outcome->result), QStringLiteral("succeeded"));
    QVERIFY(r.outcome->leftCordoned.isEmpty());
    QVERIFY(!r.sim->get(ResourceKind::Node, {}, QStringLiteral("worker-4"))->node.unschedulable);
    int verifiedCordons = 0;
    for (const RunEvent &e : r.events) {
        if (e.type == RunEvent::Type::Cordon && e.node == QLatin1String("worker-4")) {
            QCOMPARE(e.data.value(QStringLiteral("result")).toString(), QStringLiteral("cordoned"));
            verifiedCordons += e.data.value(QStringLiteral("verified")).toBool() ? 1 : 0;
            QVERIFY2(e.message.contains(QLatin1String("lost")), qPrintable(e.message));
        }
    }
    QCOMPARE(verifiedCordons, 1);
}

// The cordon's answer is lost and the read after it fails as well: nobody can tell whether the
// node is cordoned. The node fails, the run reports it as left cordoned (in its outcome and its
// run-finished event), and a roll back from the journal alone, by a new runner, uncordons it.
void TestRunVirtual::cordonOfUnknownOutcomeIsReportedAndRolledBack()
{
    VirtualRun r;
    QVERIFY(r.load());
    UpgradePlan plan;
    plan.nodes = r.sim->snapshot().nodes;
    RunSpec spec = r.spec(RunKind::Maintenance, m_dir.filePath(QStringLiteral("unknown-cordon.jsonl")));
    spec.nodes = {QStringLiteral("worker-4"), QStringLiteral("worker-1")};
    spec.reboot = true;
    spec.drain.overridePdbs = {kInvoiceApi};
    r.api->loseCordonAnswerOf = QStringLiteral("worker-4");
    r.api->readsAfterLoss = 1;
    const QString played = r.play(spec, plan);
    QVERIFY2(played.isEmpty(), qPrintable(played));
    QCOMPARE(RunOutcome::resultName(r.outcome->result), QStringLiteral("failed"));
    QCOMPARE(r.outcome->nodeStates.value(0).second, NodeRunState::Failed);
    QCOMPARE(r.outcome->nodeStates.value(1).second, NodeRunState::Pending); // not started after a failure
    QVERIFY(r.sim->get(ResourceKind::Node, {}, QStringLiteral("worker-4"))->node.unschedulable);
    QCOMPARE(r.outcome->leftCordoned, QStringList{QStringLiteral("worker-4")});
    const auto journal = RunJournal::read(spec.journalPath);
    QVERIFY(journal.ok());
    QCOMPARE(journal->events.last().type, RunEvent::Type::RunFinished);
    QCOMPARE(journal->events.last().data.value(QStringLiteral("leftCordoned")).toArray(),
             QJsonArray{QStringLiteral("worker-4")});
    // The journal alone says the node may be cordoned by this run: its intent has no outcome.
    const JournalReplay replay = JournalReplay::replay(journal->events);
    QVERIFY(replay.nodes.value(QStringLiteral("worker-4")).cordonedBySlipway);
    QVERIFY(!replay.nodes.value(QStringLiteral("worker-1")).cordonedBySlipway);

    UpgradeRunner rollback(r.api.get(), r.clock.get());
    std::optional<RunOutcome> rolledBack;
    QObject::connect(&rollback, &UpgradeRunner::finished, &rollback,
                     [&](const RunOutcome &o) { rolledBack = o; });
    const Diagnostics started = rollback.rollbackFromJournal(spec.journalPath);
    QVERIFY2(!started.hasErrors(), qPrintable(started.errorText()));
    QVERIFY(r.driver->runUntil([&] { return rolledBack.has_value(); }, 600));
    QVERIFY(rolledBack->leftCordoned.isEmpty());
    const Node after = r.sim->get(ResourceKind::Node, {}, QStringLiteral("worker-4"))->node;
    QVERIFY(!after.unschedulable);
    QVERIFY(!NodeCordoner::cordonedBySlipway(after));
}

// The user aborts while the cordon PATCH is on its way (its intent is on disk, the answer not
// back): the run's summary names the node, which the PATCH then does cordon, and roll back
// uncordons it.
void TestRunVirtual::cordonInFlightAtAnAbortIsReported()
{
    VirtualRun r;
    QVERIFY(r.load());
    UpgradePlan plan;
    plan.nodes = r.sim->snapshot().nodes;
    RunSpec spec = r.spec(RunKind::Maintenance, m_dir.filePath(QStringLiteral("abort-cordon.jsonl")));
    spec.nodes = {QStringLiteral("worker-4")};
    spec.reboot = true;
    r.api->holdCordonOf = QStringLiteral("worker-4");
    const Diagnostics started = r.runner->start(spec, plan, {r.sim->snapshot().name, {}, {}});
    QVERIFY2(!started.hasErrors(), qPrintable(started.errorText()));
    QVERIFY(r.driver->runUntil([&] { return bool(r.api->release); }, 600));
    r.runner->abort();
    QVERIFY(r.outcome.has_value());
    QCOMPARE(RunOutcome::resultName(r.outcome->result), QStringLiteral("aborted"));
    QCOMPARE(r.outcome->leftCordoned, QStringList{QStringLiteral("worker-4")});
    const auto release = std::move(r.api->release);
    r.api->release = nullptr;
    release();
    QVERIFY(r.driver->runUntil(
        [&] { return r.sim->get(ResourceKind::Node, {}, QStringLiteral("worker-4"))->node.unschedulable; },
        60));
    r.outcome.reset();
    r.runner->rollback();
    QVERIFY(r.driver->runUntil([&] { return r.outcome.has_value(); }, 600));
    QVERIFY(r.outcome->leftCordoned.isEmpty());
    QVERIFY(!r.sim->get(ResourceKind::Node, {}, QStringLiteral("worker-4"))->node.unschedulable);
}

namespace {

// The default scenario to v1.36: the plan goes v1.35.x → v1.36.x. Its worker-5 (v1.33.7) and
// worker-6 (v1.31.9) lag behind: in hop 1 the plan walks each through every minor below v1.35
// under one drain, and the run follows it (docs/runner.md "Lagging nodes"). Each node's kubelet
// versions in order: what it runs now, the plan's upgrade-kubelet versions for it in hop 1 (the
// last is the hop's), then the final target.
QHash<QString, QStringList> plannedKubelets(const ClusterSnapshot &snapshot, const UpgradePlan &plan)
{
    QHash<QString, QStringList> out;
    for (const Node &n : snapshot.nodes)
        out[n.name] << n.kubeletVersion;
    for (const PlanStep &step : plan.steps) {
        if (step.hop == 0 && step.action == StepAction::UpgradeKubelet && step.version.isValid())
            out[step.node] << step.version.toString();
    }
    for (const Node &n : snapshot.nodes)
        out[n.name] << plan.path.last().toString();
    return out;
}

// The plan's blocker kubelet steps of hop 1 per node: the versions that come before the control
// plane's upgrade (a kubelet the new control plane would leave outside the skew policy).
QHash<QString, QStringList> blockerKubelets(const UpgradePlan &plan)
{
    QHash<QString, QStringList> out;
    for (const PlanStep &step : plan.steps) {
        if (step.hop == 0 && step.blocker && step.action == StepAction::UpgradeKubelet &&
            step.version.isValid())
            out[step.node] << step.version.toString();
    }
    return out;
}

RunSpec twoHopSpec(const VirtualRun &r, const UpgradePlan &plan, const QString &journal)
{
    RunSpec spec = r.spec(RunKind::Upgrade, journal);
    spec.target = plan.target;
    spec.drain.overridePdbs = {kInvoiceApi};
    return spec;
}

QString versions(const QList<Version> &list)
{
    QStringList out;
    for (const Version &v : list)
        out << v.toString();
    return out.join(QStringLiteral(" → "));
}

} // namespace

// One run takes both hops: every node goes v1.34.3 → v1.35.x → v1.36.x (never straight across
// two minors), the control plane first in each hop, each worker drained once per hop, no budget
// below its minimum at any simulator change, and every event of a hop says which.
void TestRunVirtual::twoHopsInOneRun()
{
    VirtualRun r;
    QVERIFY(r.load());
    QCOMPARE(r.sim->snapshot().findNode(QStringLiteral("worker-5"))->kubeletVersion,
             QStringLiteral("v1.33.7"));
    QCOMPARE(r.sim->snapshot().findNode(QStringLiteral("worker-6"))->kubeletVersion,
             QStringLiteral("v1.31.9"));
    r.watch.attach(r.sim.get(), {kInvoiceApi});
    KubeletHistory history;
    history.attach(r.sim.get());
    SkewWatch skew;
    skew.attach(r.sim.get());
    const UpgradePlan plan = practicePlan(r.sim->snapshot(), QStringLiteral("v1.36"));
    const QHash<QString, QStringList> planned = plannedKubelets(r.sim->snapshot(), plan);
    // worker-6 walks v1.32, v1.33, v1.34 before hop 1's v1.35; worker-5 walks v1.34.
    QCOMPARE(planned.value(QStringLiteral("worker-6")).size(), 6);
    QCOMPARE(planned.value(QStringLiteral("worker-5")).size(), 4);
    QCOMPARE(plan.path.size(), 2);
    QCOMPARE(plan.path.first().minor(), 35);
    QCOMPARE(plan.path.last().minor(), 36);
    const RunSpec spec = twoHopSpec(r, plan, m_dir.filePath(QStringLiteral("two-hops.jsonl")));
    const QString played = r.play(spec, plan);
    QVERIFY2(played.isEmpty(), qPrintable(played));
    QCOMPARE(RunOutcome::resultName(r.outcome->result), QStringLiteral("succeeded"));
    QCOMPARE(versions(r.outcome->hops), versions(plan.path));
    QCOMPARE(r.outcome->hopsDone, 2);
    QCOMPARE(r.outcome->nodesDone, int(r.outcome->nodeStates.size()));
    QVERIFY(r.outcome->leftCordoned.isEmpty());
    QVERIFY(r.driver->runUntil(
        [&] { return allSettled(r.sim->snapshot(), plan.target.toString()).isEmpty(); }, 600));
    QVERIFY2(r.watch.pdbViolations.isEmpty(), qPrintable(r.watch.pdbViolations.join(QLatin1Char(','))));
    // Every node at each version of the plan in turn, none skipped a minor.
    QVERIFY2(history.skipped.isEmpty(), qPrintable(history.skipped));
    for (const Node &n : r.sim->snapshot().nodes)
        QVERIFY2(history.versions.value(n.name) == planned.value(n.name),
                 qPrintable(n.name + QLatin1Char(' ') +
                            history.versions.value(n.name).join(QLatin1Char(',')) +
                            QStringLiteral(" planned ") + planned.value(n.name).join(QLatin1Char(','))));
    // The events: hop-started 1, every node's pass, hop-finished 1, hop-started 2 … ; each worker
    // drained once per hop; the control plane done before any worker starts in each hop.
    QHash<QString, int> drains;
    int hopStarts = 0;
    int hopEnds = 0;
    QHash<int, bool> workerStarted;
    QHash<int, bool> controlPlaneStarted;
    QHash<int, int> controlPlaneDone;
    QHash<QString, QStringList> walked; // the upgrade intents' versions of the walking nodes
    QHash<QString, QStringList> early;  // … of their steps before the control plane
    const QHash<QString, QStringList> blockers = blockerKubelets(plan);
    QStringList controlPlane;
    for (const Node &n : r.sim->snapshot().nodes) {
        if (n.isControlPlane())
            controlPlane << n.name;
    }
    for (const RunEvent &e : std::as_const(r.events)) {
        if (e.type == RunEvent::Type::RunStarted) {
            QCOMPARE(e.data.value(QStringLiteral("hops")).toArray().size(), 2);
            QCOMPARE(e.hop, 0);
            continue;
        }
        if (e.type == RunEvent::Type::RunFinished) {
            QCOMPARE(e.hop, 0);
            continue;
        }
        if (e.type == RunEvent::Type::HopStarted) {
            ++hopStarts;
            QCOMPARE(e.data.value(QStringLiteral("hop")).toInt(), hopStarts);
            QCOMPARE(e.data.value(QStringLiteral("target")).toString(),
                     plan.path.at(hopStarts - 1).toString());
        }
        if (e.type == RunEvent::Type::HopFinished) {
            ++hopEnds;
            QCOMPARE(e.data.value(QStringLiteral("result")).toString(), QStringLiteral("succeeded"));
        }
        QVERIFY2(e.hop >= 1 && e.hop <= 2, qPrintable(RunEvent::typeName(e.type)));
        QCOMPARE(e.hop, std::max(1, hopStarts));
        if (e.type == RunEvent::Type::Intent &&
            e.data.value(QStringLiteral("action")) == QStringLiteral("upgrade") &&
            e.data.contains(QStringLiteral("version")))
            walked[e.node] << e.data.value(QStringLiteral("version")).toString();
        if (e.type == RunEvent::Type::Intent && e.data.value(QStringLiteral("beforeControlPlane")).toBool())
            early[e.node] << e.data.value(QStringLiteral("version")).toString();
        if (e.type == RunEvent::Type::NodeState && e.state == NodeRunState::Done &&
            controlPlane.contains(e.node))
            ++controlPlaneDone[e.hop];
        if (e.type == RunEvent::Type::PhaseStarted && e.phase == RunPhase::Drain) {
            ++drains[QStringLiteral("%1@%2").arg(e.node).arg(e.hop)];
            if (controlPlane.contains(e.node)) {
                controlPlaneStarted[e.hop] = true;
                QVERIFY2(!workerStarted.value(e.hop), qPrintable(e.node)); // control plane first
            } else if (controlPlaneStarted.value(e.hop)) {
                // After the control plane's first node, no worker before the last one is done.
                QVERIFY2(controlPlaneDone.value(e.hop) == controlPlane.size(), qPrintable(e.node));
                workerStarted[e.hop] = true;
            } else {
                // Before the control plane: only the plan's blocker steps (hop 1, worker-6).
                QVERIFY2(e.hop == 1 && !blockers.value(e.node).isEmpty(), qPrintable(e.node));
            }
        }
    }
    QCOMPARE(hopStarts, 2);
    QCOMPARE(hopEnds, 2);
    // worker-6's part before the control plane is the plan's: v1.32.x, then the rest after it.
    QCOMPARE(early, blockers);
    QCOMPARE(blockers.keys(), QStringList{QStringLiteral("worker-6")});
    QCOMPARE(blockers.value(QStringLiteral("worker-6")).size(), 1);
    QCOMPARE(Version::parse(blockers.value(QStringLiteral("worker-6")).constFirst()).minor(), 32);
    QVERIFY2(skew.violations.isEmpty(), qPrintable(skew.violations.join(QLatin1Char('\n'))));
    // The journal records each step of a walk: its intent names the version, in the plan's order.
    QCOMPARE(walked.keys().size(), 2);
    for (const QString &w : {QStringLiteral("worker-5"), QStringLiteral("worker-6")})
        QCOMPARE(walked.value(w), planned.value(w).mid(1, planned.value(w).size() - 2));
    // One simulator upgrade per version change: nothing upgraded twice.
    for (const Node &n : r.sim->snapshot().nodes)
        QCOMPARE(history.upgrades.value(n.name), int(planned.value(n.name).size()) - 1);
    for (const Node &n : r.sim->snapshot().nodes) {
        for (int hop = 1; hop <= 2; ++hop)
            QVERIFY2(drains.value(QStringLiteral("%1@%2").arg(n.name).arg(hop)) ==
                         (hop == 1 && blockers.contains(n.name) ? 2 : 1),
                     qPrintable(QStringLiteral("%1 drained %2 times in hop %3")
                                    .arg(n.name)
                                    .arg(drains.value(QStringLiteral("%1@%2").arg(n.name).arg(hop)))
                                    .arg(hop)));
    }
}

// The default scenario to v1.35 (`slipway upgrade --demo --to v1.35`): worker-6 (v1.31.9) is three
// minors behind the v1.34 control plane, the most the policy allows; after `kubeadm upgrade apply
// v1.35` it would be four. The plan walks it to v1.32 before the control plane (blocker steps)
// and the rest after it; worker-5 (v1.33.7) walks v1.34 then v1.35 after the control plane. At no
// simulator change is any kubelet newer than the newest kube-apiserver or further behind than the
// policy allows, no node skips a minor, and the journal says which steps came before the control
// plane (docs/runner.md "Lagging nodes").
void TestRunVirtual::lateWorkersFollowTheSkewPolicy()
{
    VirtualRun r;
    QVERIFY(r.load());
    KubeletHistory history;
    history.attach(r.sim.get());
    SkewWatch skew;
    skew.attach(r.sim.get());
    QVERIFY(skew.violations.isEmpty()); // at the start: worker-6 is at the limit, not beyond it
    const UpgradePlan plan = practicePlan(r.sim->snapshot(), QStringLiteral("v1.35"));
    QCOMPARE(plan.path.size(), 1);
    const QHash<QString, QStringList> blockers = blockerKubelets(plan);
    QCOMPARE(blockers.keys(), QStringList{QStringLiteral("worker-6")});
    QHash<QString, QStringList> planned;
    for (const Node &n : r.sim->snapshot().nodes)
        planned[n.name] << n.kubeletVersion;
    for (const PlanStep &step : plan.steps) {
        if (step.action == StepAction::UpgradeKubelet && step.version.isValid())
            planned[step.node] << step.version.toString();
    }
    const QString journal = m_dir.filePath(QStringLiteral("skew.jsonl"));
    const QString played = r.play(twoHopSpec(r, plan, journal), plan);
    QVERIFY2(played.isEmpty(), qPrintable(played));
    QCOMPARE(RunOutcome::resultName(r.outcome->result), QStringLiteral("succeeded"));
    QVERIFY(r.driver->runUntil(
        [&] { return allSettled(r.sim->snapshot(), plan.target.toString()).isEmpty(); }, 600));
    QVERIFY2(skew.violations.isEmpty(), qPrintable(skew.violations.join(QLatin1Char('\n'))));
    QVERIFY2(history.skipped.isEmpty(), qPrintable(history.skipped));
    for (const Node &n : r.sim->snapshot().nodes)
        QVERIFY2(
            history.versions.value(n.name) == planned.value(n.name),
            qPrintable(n.name + QLatin1Char(' ') + history.versions.value(n.name).join(QLatin1Char(','))));
    if (!skew.newerThanOldestApiServer.isEmpty())
        qInfo("kubelet newer than the oldest kube-apiserver while the control plane was half upgraded "
              "(kubeadm's per-node procedure): %s",
              qPrintable(skew.newerThanOldestApiServer.join(QStringLiteral("; "))));

    // The order in the journal: worker-6's blocker steps, uncordoned, then the control plane, then
    // the workers, worker-6 cordoned a second time for the rest of its walk.
    QStringList controlPlane;
    for (const Node &n : r.sim->snapshot().nodes) {
        if (n.isControlPlane())
            controlPlane << n.name;
    }
    qsizetype firstControlPlane = -1;
    qsizetype lastControlPlaneDone = -1;
    qsizetype parked = -1;
    QStringList before;
    QStringList after;
    QStringList worker6States;
    for (qsizetype i = 0; i < r.events.size(); ++i) {
        const RunEvent &e = r.events.at(i);
        if (e.type == RunEvent::Type::RunStarted) {
            const QJsonObject early = e.data.value(QStringLiteral("walksBeforeControlPlane")).toObject();
            QCOMPARE(early.keys(), QStringList{QStringLiteral("worker-6")});
            QCOMPARE(early.value(QStringLiteral("worker-6")).toArray().size(), 1);
        }
        if (controlPlane.contains(e.node) && firstControlPlane < 0)
            firstControlPlane = i;
        if (controlPlane.contains(e.node) && e.type == RunEvent::Type::NodeState &&
            e.state == NodeRunState::Done)
            lastControlPlaneDone = i;
        if (e.node != QLatin1String("worker-6"))
            continue;
        if (e.type == RunEvent::Type::NodeState)
            worker6States << nodeRunStateName(*e.state);
        if (e.type == RunEvent::Type::NodeState && e.state == NodeRunState::Uncordoned && parked < 0)
            parked = i;
        if (e.type == RunEvent::Type::Intent &&
            e.data.value(QStringLiteral("action")) == QStringLiteral("upgrade")) {
            const bool isEarly = e.data.value(QStringLiteral("beforeControlPlane")).toBool();
            (isEarly ? before : after) << e.data.value(QStringLiteral("version")).toString();
            QVERIFY(isEarly == (firstControlPlane < 0));
            if (!isEarly)
                QVERIFY(i > lastControlPlaneDone && lastControlPlaneDone > 0);
        }
    }
    QCOMPARE(before, blockers.value(QStringLiteral("worker-6")));
    QCOMPARE(after, planned.value(QStringLiteral("worker-6")).mid(2));
    QVERIFY(parked > 0 && parked < firstControlPlane);
    // Two parts, each cordon → drain → steps → uncordon.
    QCOMPARE(worker6States.count(QStringLiteral("cordoned")), 2);
    QCOMPARE(worker6States.count(QStringLiteral("drained")), 2);
    QCOMPARE(worker6States.count(QStringLiteral("uncordoned")), 2);
    QCOMPARE(worker6States.constLast(), QStringLiteral("done"));
    // The journal replays to every node done.
    const auto contents = RunJournal::read(journal);
    QVERIFY(contents.ok());
    const JournalReplay replay = JournalReplay::replay(contents->events);
    for (const Node &n : r.sim->snapshot().nodes)
        QCOMPARE(replay.nodes.value(n.name).state, NodeRunState::Done);
}

// The runner dies (no run-finished, as after SIGKILL) while the second worker of hop 2 is being
// upgraded; meanwhile someone upgrades the last worker to v1.36 by hand. A new runner resumes
// from the journal: the workers done in hop 2 are not touched again, the interrupted one is not
// upgraded twice, the one upgraded by hand is done for hop 2 without a cordon, and the run ends
// with every node at the final target, none having skipped a minor.
void TestRunVirtual::resumeInTheMiddleOfHopTwo()
{
    VirtualRun r;
    QVERIFY(r.load());
    r.watch.attach(r.sim.get(), {kInvoiceApi});
    KubeletHistory history;
    history.attach(r.sim.get());
    const UpgradePlan plan = practicePlan(r.sim->snapshot(), QStringLiteral("v1.36"));
    const QHash<QString, QStringList> planned = plannedKubelets(r.sim->snapshot(), plan);
    QCOMPARE(plan.path.size(), 2);
    const QString journal = m_dir.filePath(QStringLiteral("two-hops-resumed.jsonl"));
    const RunSpec spec = twoHopSpec(r, plan, journal);
    const Diagnostics started = r.runner->start(spec, plan, {r.sim->snapshot().name, {}, {}});
    QVERIFY2(!started.hasErrors(), qPrintable(started.errorText()));
    QStringList workers;
    for (const QString &n : r.runner->nodeOrder()) {
        if (!r.sim->snapshot().findNode(n)->isControlPlane())
            workers << n;
    }
    QVERIFY(workers.size() >= 3);
    const QString interrupted = workers.at(1);
    const QString byHand = workers.last();
    bool killPoint = false;
    QObject::connect(r.runner.get(), &UpgradeRunner::event, r.runner.get(), [&](const RunEvent &e) {
        if (e.hop == 2 && e.type == RunEvent::Type::NodeState && e.node == interrupted &&
            e.state == NodeRunState::Upgrading)
            killPoint = true;
    });
    QVERIFY(r.driver->runUntil([&] { return killPoint; }, 24 * 3600));
    QVERIFY(!r.outcome.has_value());
    r.runner.reset(); // dies without a word: the journal ends in the middle of hop 2
    const int eventsBefore = int(r.events.size());
    QStringList doneInHopTwo;
    for (const RunEvent &e : std::as_const(r.events)) {
        if (e.hop == 2 && e.type == RunEvent::Type::NodeState && e.state == NodeRunState::Done)
            doneInHopTwo << e.node;
    }
    QVERIFY(doneInHopTwo.contains(workers.at(0)));
    // By hand, while no runner runs: the last worker straight to the final target (it is at v1.35).
    QCOMPARE(r.sim->snapshot().findNode(byHand)->kubeletVersion, plan.path.first().toString());
    QVERIFY(r.sim->upgradeNode(byHand, plan.target.toString(), false).ok());
    QVERIFY(r.driver->runUntil(
        [&] {
            const ClusterSnapshot now = r.sim->snapshot(); // findNode() points into it: keep it alive
            const Node *n = now.findNode(byHand);
            return n && n->kubeletVersion == plan.target.toString() && n->ready == ConditionStatus::True;
        },
        3600));

    r.runner = std::make_unique<UpgradeRunner>(r.api.get(), r.clock.get());
    QObject::connect(r.runner.get(), &UpgradeRunner::event, r.runner.get(),
                     [&r](const RunEvent &e) { r.events << e; });
    QObject::connect(r.runner.get(), &UpgradeRunner::finished, r.runner.get(),
                     [&r](const RunOutcome &o) { r.outcome = o; });
    const Diagnostics resumed = r.runner->resumeFromJournal(journal);
    QVERIFY2(!resumed.hasErrors(), qPrintable(resumed.errorText()));
    QCOMPARE(r.runner->currentHop(), 2);
    QVERIFY(r.driver->runUntil([&] { return r.outcome.has_value(); }, 24 * 3600));
    QCOMPARE(RunOutcome::resultName(r.outcome->result), QStringLiteral("succeeded"));
    QCOMPARE(r.outcome->hopsDone, 2);
    QVERIFY(r.outcome->leftCordoned.isEmpty());
    QVERIFY(r.driver->runUntil(
        [&] { return allSettled(r.sim->snapshot(), plan.target.toString()).isEmpty(); }, 600));
    QVERIFY2(r.watch.pdbViolations.isEmpty(), qPrintable(r.watch.pdbViolations.join(QLatin1Char(','))));
    QVERIFY2(history.skipped.isEmpty(), qPrintable(history.skipped));
    // After the resume: hop 2 goes on (no hop 1 again, no hop-started); nodes done before are not
    // cordoned again; the interrupted node is not asked to upgrade again under another token, and
    // the one upgraded by hand is done without a cordon.
    QStringList cordonedAfter;
    QString byHandDone;
    int upgradeIntentsOfInterrupted = 0;
    for (qsizetype i = eventsBefore; i < r.events.size(); ++i) {
        const RunEvent &e = r.events.at(i);
        if (e.type == RunEvent::Type::HopStarted)
            QFAIL("a resumed run in hop 2 must not start a hop again");
        if (e.type != RunEvent::Type::RunResumed && e.type != RunEvent::Type::RunFinished)
            QCOMPARE(e.hop, 2);
        if (e.type == RunEvent::Type::Intent &&
            e.data.value(QStringLiteral("action")) == QStringLiteral("cordon"))
            cordonedAfter << e.node;
        if (e.type == RunEvent::Type::Intent && e.node == interrupted &&
            e.data.value(QStringLiteral("action")) == QStringLiteral("upgrade"))
            ++upgradeIntentsOfInterrupted;
        if (e.type == RunEvent::Type::NodeState && e.node == byHand && e.state == NodeRunState::Done)
            byHandDone = e.message;
    }
    for (const QString &n : doneInHopTwo)
        QVERIFY2(!cordonedAfter.contains(n), qPrintable(n));
    QVERIFY2(!cordonedAfter.contains(byHand), qPrintable(cordonedAfter.join(QLatin1Char(','))));
    QVERIFY2(byHandDone.contains(QLatin1String("already")), qPrintable(byHandDone));
    QVERIFY(upgradeIntentsOfInterrupted <= 1); // the same request (same token) again, at most
    // One upgrade per planned version change (the last worker's last one by hand): nothing was
    // upgraded twice.
    for (const Node &n : r.sim->snapshot().nodes)
        QVERIFY2(history.upgrades.value(n.name) == int(planned.value(n.name).size()) - 1,
                 qPrintable(n.name + QLatin1Char(' ') + QString::number(history.upgrades.value(n.name))));
    // Each node's versions in order, once each: the plan's (the lagging workers walk every minor).
    for (const Node &n : r.sim->snapshot().nodes) {
        const QStringList seen = history.versions.value(n.name);
        QVERIFY2(seen == planned.value(n.name),
                 qPrintable(n.name + QLatin1Char(' ') + seen.join(QLatin1Char(','))));
    }
    // The journal replays into hop 2 with every node done.
    const auto contents = RunJournal::read(journal);
    QVERIFY(contents.ok());
    QCOMPARE(contents->header.minor, kRunEventFormatMinor);
    const JournalReplay replay = JournalReplay::replay(contents->events);
    QCOMPARE(replay.hop, 2);
    QCOMPARE(replay.hopFinished, 2);
    for (const Node &n : r.sim->snapshot().nodes)
        QCOMPARE(replay.nodes.value(n.name).state, NodeRunState::Done);
}

// The runner dies (as after SIGKILL) at a point of worker-6's walk: right after the verification
// of its step before the control plane (v1.32, still cordoned), once that part is uncordoned and
// the control plane has not begun, or right after the first step after the control plane verified
// (v1.33, cordoned). A new runner resumes from the journal and reads the node: worker-6 goes on
// from the version it really runs, every version of the walk is reached once, in order, the
// control plane starts only after its part before it, and the part after it is cordoned and
// drained once (not again when the runner died inside it).
void TestRunVirtual::resumeBetweenTheStepsOfAWalk_data()
{
    QTest::addColumn<int>("killAt");             // index in worker-6's planned versions
    QTest::addColumn<bool>("killParked");        // at its uncordon before the control plane, not a verify
    QTest::addColumn<bool>("cordoned");          // worker-6 cordoned when the runner dies
    QTest::addColumn<int>("cordonsAfter");       // its cordons in hop 1 after the resume
    QTest::addColumn<bool>("controlPlaneAfter"); // the control plane begins after the resume
    // (There the run waits at the user's "Uncordon it?" gate: the runner dies while it asks.)
    QTest::addRow("verified before the control plane") << 1 << false << true << 1 << true;
    QTest::addRow("uncordoned before the control plane") << 1 << true << false << 1 << true;
    QTest::addRow("verified after the control plane") << 2 << false << true << 0 << false;
}

void TestRunVirtual::resumeBetweenTheStepsOfAWalk()
{
    QFETCH(int, killAt);
    QFETCH(bool, killParked);
    QFETCH(bool, cordoned);
    QFETCH(int, cordonsAfter);
    QFETCH(bool, controlPlaneAfter);
    VirtualRun r;
    QVERIFY(r.load());
    KubeletHistory history;
    history.attach(r.sim.get());
    SkewWatch skew;
    skew.attach(r.sim.get());
    const UpgradePlan plan = practicePlan(r.sim->snapshot(), QStringLiteral("v1.36"));
    const QHash<QString, QStringList> planned = plannedKubelets(r.sim->snapshot(), plan);
    const QString lagging = QStringLiteral("worker-6");
    const QStringList walk = planned.value(lagging);
    QVERIFY2(walk.size() >= 4, qPrintable(walk.join(QLatin1Char(','))));
    QCOMPARE(blockerKubelets(plan).value(lagging), walk.mid(1, 1)); // v1.32 before the control plane
    const QString journal = m_dir.filePath(
        QStringLiteral("walk-resumed-%1.jsonl")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    RunSpec spec = twoHopSpec(r, plan, journal);
    const bool atGate = cordoned && killAt == 1;
    spec.gates.beforeEachUncordon = atGate;
    bool killPoint = false;
    // Every gate is answered yes, but worker-6's "Uncordon it?" when the runner dies there.
    QObject::connect(r.runner.get(), &UpgradeRunner::event, r.runner.get(), [&](const RunEvent &e) {
        if (e.node != lagging || e.hop != 1)
            return;
        if (atGate       ? e.type == RunEvent::Type::WaitStarted
            : killParked ? e.type == RunEvent::Type::NodeState && e.state == NodeRunState::Uncordoned
                         : e.type == RunEvent::Type::PhaseFinished && e.phase == RunPhase::Verify &&
                               e.data.value(QStringLiteral("version")).toString() == walk.at(killAt))
            killPoint = true;
    });
    QObject::connect(r.runner.get(), &UpgradeRunner::gateRequested, r.runner.get(),
                     [&r, &killPoint, lagging](const QString &node, RunGate gate) {
                         if (node == lagging && killPoint)
                             return; // the runner dies while it asks
                         QTimer::singleShot(0, r.runner.get(),
                                            [&r, node, gate] { r.runner->confirmGate(node, gate, true); });
                     });
    const Diagnostics started = r.runner->start(spec, plan, {r.sim->snapshot().name, {}, {}});
    QVERIFY2(!started.hasErrors(), qPrintable(started.errorText()));
    QVERIFY(r.driver->runUntil([&] { return killPoint; }, 24 * 3600));
    QVERIFY(!r.outcome.has_value());
    r.runner.reset(); // dies: the journal's last word on worker-6 is "verified" or "uncordoned"
    QCOMPARE(r.sim->snapshot().findNode(lagging)->kubeletVersion, walk.at(killAt));
    QCOMPARE(r.sim->snapshot().findNode(lagging)->unschedulable, cordoned);
    const int eventsBefore = int(r.events.size());

    r.runner = std::make_unique<UpgradeRunner>(r.api.get(), r.clock.get());
    QObject::connect(r.runner.get(), &UpgradeRunner::event, r.runner.get(),
                     [&r](const RunEvent &e) { r.events << e; });
    QObject::connect(r.runner.get(), &UpgradeRunner::finished, r.runner.get(),
                     [&r](const RunOutcome &o) { r.outcome = o; });
    QObject::connect(r.runner.get(), &UpgradeRunner::gateRequested, r.runner.get(),
                     [&r](const QString &node, RunGate gate) {
                         QTimer::singleShot(0, r.runner.get(),
                                            [&r, node, gate] { r.runner->confirmGate(node, gate, true); });
                     });
    const Diagnostics resumed = r.runner->resumeFromJournal(journal);
    QVERIFY2(!resumed.hasErrors(), qPrintable(resumed.errorText()));
    QCOMPARE(r.runner->currentHop(), 1);
    QVERIFY(r.driver->runUntil([&] { return r.outcome.has_value(); }, 24 * 3600));
    QCOMPARE(RunOutcome::resultName(r.outcome->result), QStringLiteral("succeeded"));
    QVERIFY(r.outcome->leftCordoned.isEmpty());
    QVERIFY(r.driver->runUntil(
        [&] { return allSettled(r.sim->snapshot(), plan.target.toString()).isEmpty(); }, 600));
    QVERIFY2(history.skipped.isEmpty(), qPrintable(history.skipped));
    QVERIFY2(skew.violations.isEmpty(), qPrintable(skew.violations.join(QLatin1Char('\n'))));
    QCOMPARE(history.versions.value(lagging), walk);
    QCOMPARE(history.upgrades.value(lagging), int(walk.size()) - 1);
    // After the resume, worker-6's hop-1 steps start at the next version of its walk; the part
    // after the control plane is cordoned and drained once in all; the control plane begins only
    // once worker-6's part before it is uncordoned.
    QStringList steps;
    int cordonsInHopOne = 0;
    int drainsInHopOne = 0;
    bool controlPlaneBegan = false;
    bool uncordonedBeforeControlPlane = !controlPlaneAfter || killParked;
    for (qsizetype i = eventsBefore; i < r.events.size(); ++i) {
        const RunEvent &e = r.events.at(i);
        if (e.hop != 1)
            continue;
        if (e.node.startsWith(QLatin1String("cp-")) && e.type == RunEvent::Type::PhaseStarted)
            controlPlaneBegan = true;
        if (e.node != lagging)
            continue;
        if (e.type == RunEvent::Type::Intent &&
            e.data.value(QStringLiteral("action")) == QStringLiteral("upgrade"))
            steps << e.data.value(QStringLiteral("version")).toString();
        if (e.type == RunEvent::Type::Intent &&
            e.data.value(QStringLiteral("action")) == QStringLiteral("cordon")) {
            ++cordonsInHopOne;
            QVERIFY(controlPlaneBegan); // the second part waits for the control plane
        }
        if (e.type == RunEvent::Type::NodeState && e.state == NodeRunState::Uncordoned && !controlPlaneBegan)
            uncordonedBeforeControlPlane = true;
        if (e.type == RunEvent::Type::PhaseStarted && e.phase == RunPhase::Drain)
            ++drainsInHopOne;
    }
    QVERIFY(uncordonedBeforeControlPlane);
    QCOMPARE(cordonsInHopOne, cordonsAfter);
    QCOMPARE(drainsInHopOne, cordonsAfter);
    QCOMPARE(steps, walk.mid(killAt + 1, walk.size() - killAt - 2));
}

QTEST_GUILESS_MAIN(TestRunVirtual)
#include "tst_runvirtual.moc"
