// The runner's own acceptance checks on the simulator's virtual clock, in-process
// (docs/in-process-runs.md: SimClusterApi, VirtualRunClock, VirtualTimeDriver): a drain that a
// PodDisruptionBudget blocks stops at its --timeout with kubectl's message, names the budget and
// leaves the node cordoned (and says so); a maintenance run reboots each chosen node exactly once
// (a new bootID) and gives every node back; a surge run replaces every old worker with a new
// node at the target while schedulable capacity never drops below the start's.
#include "runchecks.h"

#include "models/run/runjournal.h"
#include "models/run/upgraderunner.h"
#include "sim/engine/simclusterapi.h"
#include "sim/engine/simulator.h"
#include "sim/engine/virtualclock.h"
#include "sim/engine/virtualrunclock.h"
#include "sim/engine/virtualtimedriver.h"
#include "sim/scenario/scenarioloader.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Slipway;

namespace {

const QString kInvoiceApi = QStringLiteral("billing/invoice-api");

// The default scenario in-process with one runner on its virtual clock.
struct VirtualRun
{
    std::unique_ptr<Simulator> sim;
    std::unique_ptr<SimClusterApi> api;
    std::unique_ptr<VirtualRunClock> clock;
    std::unique_ptr<UpgradeRunner> runner;
    std::unique_ptr<VirtualTimeDriver> driver;
    std::optional<RunOutcome> outcome;
    QList<RunEvent> events;
    SimWatch watch;

    bool load()
    {
        const ScenarioLoadResult scenario = ScenarioLoader::loadBundled(QStringLiteral("default"));
        if (!scenario.ok())
            return false;
        sim = std::make_unique<Simulator>(scenario.snapshot);
        api = std::make_unique<SimClusterApi>(sim.get());
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

QTEST_GUILESS_MAIN(TestRunVirtual)
#include "tst_runvirtual.moc"
