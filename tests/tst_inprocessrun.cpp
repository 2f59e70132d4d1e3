// In-process runs on the virtual clock (docs/in-process-runs.md): a rolling upgrade of the default
// practice scenario played by UpgradeRunner + PracticeNodeAgent through SimClusterApi, timed by
// VirtualRunClock and driven by VirtualTimeDriver — every node at the target, Ready and
// schedulable, every workload at desired, no budget below its minimum at any simulator change,
// each pod evicted once, and the same events at the same virtual times on every play.
#include "runchecks.h"

#include "models/run/runjournal.h"
#include "models/run/upgraderunner.h"
#include "sim/engine/practicenodeagent.h"
#include "sim/engine/simclusterapi.h"
#include "sim/engine/simulator.h"
#include "sim/engine/virtualclock.h"
#include "sim/engine/virtualrunclock.h"
#include "sim/engine/virtualtimedriver.h"
#include "sim/scenario/scenarioloader.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Slipway;

namespace {

const QString kTarget = QStringLiteral("v1.35.0");
const QString kOverridden = QStringLiteral("billing/invoice-api");

// One play of the run, and what it left behind.
struct Played
{
    std::optional<RunOutcome> outcome;
    QList<RunEvent> events;
    QStringList trace; // "t+ms type node pod phase state", for the determinism check
    QStringList pdbViolations;
    QString settled = QStringLiteral("never looked");
    bool journalVirtual = false;
    qint64 virtualMs = 0;
    qint64 wallMs = 0;
};

// The options the default scenario's drain pre-flight asks for, with kubectl's own timing.
RunSpec rollingSpec(const UpgradePlan &plan, const QString &journal)
{
    RunSpec s;
    s.kind = RunKind::Upgrade;
    s.target = plan.target;
    s.executor = RunExecutor::Practice;
    s.drain.force = true;
    s.drain.deleteEmptyDirData = true;
    s.drain.overridePdbs = {kOverridden};
    s.journalPath = journal;
    s.operatorName = QStringLiteral("tester@ci");
    return s;
}

Played play(const QString &journal)
{
    Played out;
    const Result<LoadedScenario> scenario = ScenarioLoader::loadBundled(QStringLiteral("default"));
    if (!scenario.ok())
        return out;
    Simulator sim(scenario->snapshot);
    PracticeNodeAgent agent(&sim);
    SimClusterApi api(&sim);
    VirtualRunClock clock(sim.clock());
    UpgradeRunner runner(&api, &clock);
    VirtualTimeDriver driver(sim.clock());
    SimWatch watch;
    watch.attach(&sim, {kOverridden});
    const qint64 startMs = sim.clock()->nowMSecs();
    QObject::connect(&runner, &UpgradeRunner::event, &runner, [&](const RunEvent &e) {
        out.events << e;
        out.trace << QStringLiteral("t+%1 %2 %3 %4 %5 %6")
                         .arg(e.time.toMSecsSinceEpoch() - startMs)
                         .arg(RunEvent::typeName(e.type), e.node, e.pod,
                              e.phase ? runPhaseName(*e.phase) : QString(),
                              e.state ? nodeRunStateName(*e.state) : QString());
    });
    QObject::connect(&runner, &UpgradeRunner::finished, &runner,
                     [&](const RunOutcome &outcome) { out.outcome = outcome; });
    const ClusterSnapshot before = sim.snapshot();
    const UpgradePlan plan = practicePlan(before, kTarget);
    const Diagnostics started = runner.start(rollingSpec(plan, journal), plan, {before.name, {}, {}});
    if (started.hasErrors()) {
        out.settled = started.errorText();
        return out;
    }
    QElapsedTimer wall;
    wall.start();
    driver.runUntil([&] { return out.outcome.has_value(); }, 24 * 3600);
    // Replacements started by the last drain may still be starting when the run ends.
    driver.runUntil([&] { return allSettled(sim.snapshot(), kTarget).isEmpty(); }, 600);
    out.wallMs = wall.elapsed();
    out.virtualMs = sim.clock()->nowMSecs() - startMs;
    out.settled = allSettled(sim.snapshot(), kTarget);
    out.pdbViolations = watch.pdbViolations;
    const auto contents = RunJournal::read(journal);
    out.journalVirtual = contents.ok() && contents->header.virtualClock;
    return out;
}

} // namespace

class TestInProcessRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rollingUpgradeOfTheDefaultScenario();
    void replaysIdentically();
    void simClusterApiAnswersLikeTheApiServer();

private:
    QTemporaryDir m_dir;
    Played m_first;
};

void TestInProcessRun::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_first = play(m_dir.filePath(QStringLiteral("first.jsonl")));
}

void TestInProcessRun::rollingUpgradeOfTheDefaultScenario()
{
    const Played &p = m_first;
    QVERIFY2(p.outcome.has_value(), qPrintable(p.settled));
    QCOMPARE(RunOutcome::resultName(p.outcome->result), QStringLiteral("succeeded"));
    QCOMPARE(p.outcome->nodesDone, int(p.outcome->nodeStates.size()));
    QVERIFY(p.outcome->nodesDone > 3);
    QVERIFY(p.outcome->leftCordoned.isEmpty());
    // Every node at the target, Ready and schedulable; every workload at desired.
    QCOMPARE(p.settled, QString());
    QVERIFY2(p.pdbViolations.isEmpty(), qPrintable(p.pdbViolations.join(QLatin1Char(','))));
    QVERIFY(p.journalVirtual);
    // Each pod evicted (or, for the overridden budget, deleted) once. A StatefulSet's replacement
    // keeps the name on another node, so a pod is its name on its node (each node drains once).
    QHash<QString, int> removals;
    for (const RunEvent &e : p.events) {
        const bool accepted = e.type == RunEvent::Type::EvictionAttempt &&
                              e.data.value(QStringLiteral("outcome")).toString() == QLatin1String("accepted");
        if (accepted || e.type == RunEvent::Type::PodDeleted)
            ++removals[e.node + QLatin1Char(' ') + e.pod];
    }
    QVERIFY(removals.size() > 10);
    for (auto it = removals.cbegin(); it != removals.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key() + QStringLiteral(" removed %1 times").arg(it.value())));
    // Virtual time, not wall time: the run takes many virtual minutes and far fewer real seconds.
    QVERIFY2(p.virtualMs > 10 * 60 * 1000, qPrintable(QString::number(p.virtualMs)));
    QVERIFY2(p.wallMs < p.virtualMs / 20, qPrintable(QStringLiteral("%1 ms wall").arg(p.wallMs)));
    qInfo("rolling upgrade: %lld s virtual in %lld ms wall, %d events", p.virtualMs / 1000, p.wallMs,
          int(p.events.size()));
}

void TestInProcessRun::replaysIdentically()
{
    const Played second = play(m_dir.filePath(QStringLiteral("second.jsonl")));
    QVERIFY(second.outcome.has_value());
    QCOMPARE(second.trace.size(), m_first.trace.size());
    for (int i = 0; i < second.trace.size(); ++i)
        QCOMPARE(second.trace.at(i), m_first.trace.at(i));
}

void TestInProcessRun::simClusterApiAnswersLikeTheApiServer()
{
    const Result<LoadedScenario> scenario = ScenarioLoader::loadBundled(QStringLiteral("default"));
    QVERIFY(scenario.ok());
    Simulator sim(scenario->snapshot);
    SimClusterApi api(&sim);
    VirtualTimeDriver driver(sim.clock());
    const auto wait = [&driver](const auto &future) {
        QVERIFY(!future.isFinished()); // never inside the call
        driver.runUntil([&] { return future.isFinished(); }, 0);
        QVERIFY(future.isFinished());
    };
    // A budget that allows no disruption: 429 with the Status message and its cause.
    const auto pods = api.listPodsOnNode(QStringLiteral("worker-1"), {});
    wait(pods);
    QVERIFY(pods.result().ok());
    QVERIFY(!pods.result().pods.isEmpty());
    for (const Pod &pod : pods.result().pods)
        QCOMPARE(pod.nodeName, QStringLiteral("worker-1"));
    const auto missing = api.getNode(QStringLiteral("no-such-node"));
    wait(missing);
    QCOMPARE(missing.result().error.kind, ClusterError::Kind::NotFound);
    const auto gone =
        api.evictPod(QStringLiteral("default"), QStringLiteral("no-such-pod"), ClusterWriteOptions{});
    wait(gone);
    QVERIFY(gone.result().ok());
    QVERIFY(gone.result().alreadyDone);
    const auto cordon = api.cordon(QStringLiteral("worker-1"));
    wait(cordon);
    QVERIFY(cordon.result().ok());
    QVERIFY(sim.get(ResourceKind::Node, {}, QStringLiteral("worker-1"))->node.unschedulable);
    const auto again = api.cordon(QStringLiteral("worker-1"));
    wait(again);
    QVERIFY(again.result().alreadyDone);
    const quint64 rv = sim.resourceVersion();
    ClusterWriteOptions dry;
    dry.dryRun = true;
    const auto dryUncordon = api.setUnschedulable(QStringLiteral("worker-1"), false, dry);
    wait(dryUncordon);
    QCOMPARE(sim.resourceVersion(), rv);
    // The budget of billing/invoice-api allows no disruption in the default scenario.
    int refused = 0;
    for (const StoredObject &o : sim.list(ResourceKind::Pod, QStringLiteral("billing")).items) {
        if (!o.pod.name.startsWith(QLatin1String("invoice-api")))
            continue;
        const auto evicted = api.evictPod(o.pod.namespaceName, o.pod.name, ClusterWriteOptions{});
        wait(evicted);
        if (evicted.result().error.kind == ClusterError::Kind::TooManyRequests) {
            ++refused;
            QVERIFY(evicted.result().error.causes.contains(QStringLiteral("DisruptionBudget")));
            QVERIFY(!evicted.result().error.message.isEmpty());
        }
    }
    QVERIFY(refused > 0);
    const auto support = api.evictionSupport();
    wait(support);
    QCOMPARE(support.result().support, EvictionSupport::PolicyV1);
    QVERIFY(api.writeCount() > 0);
}

QTEST_GUILESS_MAIN(TestInProcessRun)
#include "tst_inprocessrun.moc"
