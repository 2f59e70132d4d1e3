// The runner's own acceptance checks on the simulator's virtual clock, in-process
// (docs/in-process-runs.md: SimClusterApi, VirtualRunClock, VirtualTimeDriver): a drain that a
// PodDisruptionBudget blocks stops at its --timeout with kubectl's message, names the budget and
// leaves the node cordoned (and says so); a maintenance run reboots each chosen node exactly once
// (a new bootID) and gives every node back; a surge run replaces every old worker with a new
// node at the target while schedulable capacity never drops below the start's; a cordon whose
// answer is lost is read again, and a node whose cordon cannot be known, or is still in flight at an
// abort, is reported as left cordoned and rolled back (also from the journal alone).
#include "runchecks.h"

#include "models/clusterfutures.h"
#include "models/drain/nodecordoner.h"
#include "models/run/runjournal.h"
#include "models/run/upgraderunner.h"
#include "sim/engine/simclusterapi.h"
#include "sim/engine/simulator.h"
#include "sim/engine/virtualclock.h"
#include "sim/engine/virtualrunclock.h"
#include "sim/engine/virtualtimedriver.h"
#include "sim/scenario/scenarioloader.h"

#include <QJsonArray>
#include <QPromise>
#include <QTemporaryDir>
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
        if (!driver->runUntil([this] { return outcome.has_value(); }, 24 * 3600))
            return QStringLiteral("the run did not end within a virtual day");
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

QTEST_GUILESS_MAIN(TestRunVirtual)
#include "tst_runvirtual.moc"
