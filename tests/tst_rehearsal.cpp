// Rehearsal on a copy (issue 14, docs/rehearsal.md): a `kubectl get -o json` dump of the default
// practice scenario rehearsed through the same runner — the blockers a real run meets, with the
// option that clears each; with those options the same per-node phase order as the practice
// run and its duration within 20 %; a dump whose evicted pods fit nowhere reports exactly which
// pods stay Pending and why; --compare-strategies ordering; the copy keeps names only.
#include "dumpwriter.h"
#include "runchecks.h"

#include "models/dumploader.h"
#include "models/run/runjournal.h"
#include "models/run/upgraderunner.h"
#include "sim/engine/practicenodeagent.h"
#include "sim/engine/simclusterapi.h"
#include "sim/engine/simulator.h"
#include "sim/engine/virtualrunclock.h"
#include "sim/engine/virtualtimedriver.h"
#include "sim/rehearsal/practicecopy.h"
#include "sim/rehearsal/rehearsal.h"
#include "sim/scenario/scenarioloader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Slipway;

namespace {

const QString kTarget = QStringLiteral("v1.35.0");

// The copy of a scenario as it comes back from its dump.
std::optional<ClusterSnapshot> copyThroughDump(const ClusterSnapshot &source, const QString &path)
{
    if (!writeDump(source, path))
        return std::nullopt;
    const Result<ClusterSnapshot> loaded = DumpLoader::loadFiles({path});
    if (!loaded.ok())
        return std::nullopt;
    return PracticeCopy::make(loaded.value());
}

ClusterSnapshot defaultScenario()
{
    return ScenarioLoader::loadBundled(QStringLiteral("default")).value().snapshot;
}

RunSpec upgradeSpec(bool clearing)
{
    RunSpec s;
    s.kind = RunKind::Upgrade;
    s.target = Version::parse(kTarget);
    s.executor = RunExecutor::Practice;
    s.operatorName = QStringLiteral("tester@ci");
    s.drain.ignoreDaemonSets = true; // as `slipway upgrade` always drains
    if (clearing) {
        s.drain.force = true;
        s.drain.deleteEmptyDirData = true;
        s.drain.overridePdbs = {QStringLiteral("billing/invoice-api")};
    }
    return s;
}

RehearsalOptions optionsFor(const ClusterSnapshot &copy, bool clearing)
{
    RehearsalOptions o;
    o.spec = upgradeSpec(clearing);
    o.plan = practicePlan(copy, kTarget);
    return o;
}

// The practice run itself: the same runner on the practice cluster (not a copy), in-process on
// its virtual clock; per node its phases in order, and the run's duration.
struct PracticeRun
{
    QHash<QString, QStringList> phases;
    qint64 durationMs = -1;
};

PracticeRun playPracticeRun(const QString &journal)
{
    PracticeRun out;
    const ClusterSnapshot scenario = defaultScenario();
    Simulator sim(scenario);
    PracticeNodeAgent agent(&sim);
    SimClusterApi api(&sim);
    VirtualRunClock clock(sim.clock());
    UpgradeRunner runner(&api, &clock);
    VirtualTimeDriver driver(sim.clock());
    qint64 first = -1;
    QObject::connect(&runner, &UpgradeRunner::event, &runner, [&](const RunEvent &e) {
        const qint64 t = e.time.toMSecsSinceEpoch();
        first = first < 0 ? t : first;
        if (e.type == RunEvent::Type::PhaseStarted)
            out.phases[e.node] << runPhaseName(*e.phase);
        if (e.type == RunEvent::Type::RunFinished)
            out.durationMs = t - first;
    });
    RunSpec spec = upgradeSpec(true);
    spec.journalPath = journal;
    if (runner.start(spec, practicePlan(scenario, kTarget), {scenario.name, {}, {}}).hasErrors())
        return out;
    driver.runUntil([&] { return out.durationMs >= 0; }, 24 * 3600);
    return out;
}

QStringList blockerObjects(const RehearsalResult &r, const QString &clearedBy)
{
    QStringList out;
    for (const RehearsalBlocker &b : r.blockers) {
        if (b.clearedBy == clearedBy)
            out << b.object;
    }
    out.sort();
    return out;
}

} // namespace

class TestRehearsal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void copyKeepsNamesOnly();
    void defaultScenarioDumpNamesTheBlockers();
    void withClearingOptionsItPredictsThePracticeRun();
    void podsThatFitNowhereArePendingWithTheSchedulersReason();
    void compareStrategiesOrdersThem();
    void journalOnlyWhenAskedFor();

private:
    QTemporaryDir m_dir;
    ClusterSnapshot m_copy;
};

void TestRehearsal::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto copy = copyThroughDump(defaultScenario(), m_dir.filePath(QStringLiteral("default.json")));
    QVERIFY(copy.has_value());
    m_copy = *copy;
    QCOMPARE(m_copy.nodes.size(), defaultScenario().nodes.size());
}

void TestRehearsal::copyKeepsNamesOnly()
{
    ClusterSnapshot source = defaultScenario();
    Pod &pod = source.pods.first();
    pod.annotations.insert(QStringLiteral("kubectl.kubernetes.io/last-applied-configuration"),
                           QStringLiteral("{\"env\":[{\"name\":\"DB_PASSWORD\",\"value\":\"hunter2\"}]}"));
    source.nodes.first().annotations.insert(QStringLiteral("note"), QStringLiteral("secret"));
    PracticeCopySummary summary;
    const ClusterSnapshot copy = PracticeCopy::make(source, &summary);
    QVERIFY(summary.annotationsDropped >= 2);
    for (const Pod &p : copy.pods) {
        for (auto it = p.annotations.cbegin(); it != p.annotations.cend(); ++it)
            QVERIFY2(PracticeCopy::keepsAnnotation(it.key()), qPrintable(it.key()));
    }
    QVERIFY(!QJsonDocument(KubeJson::encodePod(copy.pods.first())).toJson().contains("hunter2"));
    QCOMPARE(summary.barePods, 1); // default/debug-shell
    QVERIFY(summary.staticPods >= 12);
    QVERIFY(copy.pods.first().isMirror() == source.pods.first().isMirror());
}

void TestRehearsal::defaultScenarioDumpNamesTheBlockers()
{
    const RehearsalResult r = Rehearsal::play(m_copy, optionsFor(m_copy, false));
    QVERIFY(r.rehearsable);
    QVERIFY(r.hasBlockers());
    const QStringList budget = blockerObjects(r, QStringLiteral("--override-pdb billing/invoice-api"));
    QCOMPARE(budget.size(), 1);
    QVERIFY2(budget.first().startsWith(QLatin1String("Pod billing/invoice-api-")),
             qPrintable(budget.first()));
    QCOMPARE(blockerObjects(r, QStringLiteral("--force")),
             QStringList{QStringLiteral("Pod default/debug-shell")});
    // Every evictable emptyDir pod of the copy (DaemonSet pods are left by the drain).
    QStringList emptyDir;
    for (const Pod &p : m_copy.pods) {
        const auto owner = p.controllerRef();
        if (p.hasEmptyDir() && !p.isMirror() && (!owner || owner->kind != QLatin1String("DaemonSet")))
            emptyDir << QStringLiteral("Pod ") + p.key();
    }
    emptyDir.sort();
    QVERIFY(!emptyDir.isEmpty());
    QCOMPARE(blockerObjects(r, QStringLiteral("--delete-emptydir-data")), emptyDir);
    // The play ran into the first of them: the run stops at a failed drain.
    QCOMPARE(r.result, QStringLiteral("failed"));
    QVERIFY(std::any_of(r.blockers.cbegin(), r.blockers.cend(),
                        [](const RehearsalBlocker &b) { return b.seenInPlay; }));
}

void TestRehearsal::withClearingOptionsItPredictsThePracticeRun()
{
    const RehearsalResult r = Rehearsal::play(m_copy, optionsFor(m_copy, true));
    QCOMPARE(r.result, QStringLiteral("succeeded"));
    QVERIFY2(r.blockers.isEmpty(), qPrintable(r.blockers.value(0).what));
    QVERIFY(!r.hasBlockers());
    const PracticeRun real = playPracticeRun(m_dir.filePath(QStringLiteral("practice.jsonl")));
    QVERIFY(real.durationMs > 0);
    QCOMPARE(r.nodes.size(), real.phases.size());
    for (const RehearsalNode &n : r.nodes) {
        QStringList order;
        for (const RehearsalPhase &p : n.phases)
            order << p.phase;
        QCOMPARE(order, real.phases.value(n.name));
    }
    const double ratio = double(r.durationMs) / double(real.durationMs);
    qInfo("rehearsed %lld s, practice run %lld s", r.durationMs / 1000, real.durationMs / 1000);
    QVERIFY2(ratio > 0.8 && ratio < 1.2, qPrintable(QString::number(ratio)));
}

void TestRehearsal::podsThatFitNowhereArePendingWithTheSchedulersReason()
{
    // Two workers with room for one big pod each: the one evicted from w1 fits nowhere while w1
    // is out of service (w2 is full, the control plane is tainted).
    const QByteArray yaml = R"(apiVersion: slipway/v1
kind: Scenario
name: tight
createdAt: "2025-09-03T08:00:00Z"
defaults:
  capacity: {cpu: "2", memory: 8Gi, pods: 110}
  allocatable: {cpu: "2", memory: 8Gi, pods: 110}
nodes:
  - name: cp-1
    roles: [control-plane]
    kubelet: v1.34.3
    controlPlane: {kube-apiserver: v1.34.3, kube-controller-manager: v1.34.3, kube-scheduler: v1.34.3, etcd: 3.6.5-0}
  - {name: w1, roles: [worker], kubelet: v1.34.3}
  - {name: w2, roles: [worker], kubelet: v1.34.3}
addons:
  coredns: {version: v1.12.1, replicas: 1}
  kubeProxy: {version: v1.34.3}
workloads:
  - {kind: Deployment, namespace: app, name: big, replicas: 2, requests: {cpu: 1700m, memory: 1Gi}}
)";
    const Result<LoadedScenario> scenario =
        ScenarioLoader::loadFromString(yaml, QStringLiteral("tight.yaml"));
    QVERIFY2(scenario.ok(), qPrintable(scenario.errorText()));
    const auto copy = copyThroughDump(scenario->snapshot, m_dir.filePath(QStringLiteral("tight.json")));
    QVERIFY(copy.has_value());
    QStringList onW1;
    for (const Pod &p : copy->pods) {
        if (p.nodeName == QLatin1String("w1") && p.namespaceName == QLatin1String("app"))
            onW1 << p.key();
    }
    QCOMPARE(onW1.size(), 1);
    RehearsalOptions o;
    o.spec.kind = RunKind::Maintenance;
    o.spec.nodes = {QStringLiteral("w1")};
    o.spec.reboot = true;
    o.spec.executor = RunExecutor::Practice;
    o.spec.drain.ignoreDaemonSets = true;
    o.plan.nodes = copy->nodes;
    o.plan.clusterVersion = Version::parse(copy->serverVersion);
    const RehearsalResult r = Rehearsal::play(*copy, o);
    QCOMPARE(r.result, QStringLiteral("succeeded"));
    QCOMPARE(r.pendingPods.size(), 1);
    const RehearsalPendingPod &p = r.pendingPods.first();
    QVERIFY2(p.pod.startsWith(QLatin1String("app/big-")), qPrintable(p.pod));
    QVERIFY(p.pod != onW1.first()); // the replacement the ReplicaSet made
    QVERIFY2(p.owner.startsWith(QLatin1String("ReplicaSet app/big-")), qPrintable(p.owner));
    QVERIFY2(p.why.startsWith(QLatin1String("0/3 nodes are available")), qPrintable(p.why));
    QVERIFY2(p.why.contains(QLatin1String("Insufficient cpu")), qPrintable(p.why));
    QVERIFY2(p.why.contains(QLatin1String("unschedulable")), qPrintable(p.why));
    QVERIFY(p.untilMs > p.sinceMs); // placed again once w1 was back
    // The pre-flight saw it coming: a blocker no option clears.
    QVERIFY(std::any_of(r.blockers.cbegin(), r.blockers.cend(), [](const RehearsalBlocker &b) {
        return b.clearedBy.isEmpty() && b.node == QLatin1String("w1");
    }));
    // app/big stayed below desired while its pod was Pending.
    QVERIFY(std::any_of(
        r.workloadsBelowDesired.cbegin(), r.workloadsBelowDesired.cend(),
        [](const RehearsalWorkload &w) { return w.workload == QLatin1String("Deployment app/big"); }));
}

void TestRehearsal::compareStrategiesOrdersThem()
{
    const QList<RehearsalResult> rows = Rehearsal::compareStrategies(m_copy, optionsFor(m_copy, true));
    QCOMPARE(rows.size(), 4);
    for (const RehearsalResult &r : rows)
        QVERIFY2(r.rehearsable && r.result == QLatin1String("succeeded"),
                 qPrintable(r.label + r.notRehearsable));
    const RehearsalResult &rolling1 = rows.at(0);
    const RehearsalResult &allAtOnce = rows.at(2);
    QCOMPARE(rolling1.label, QStringLiteral("rolling 1"));
    QCOMPARE(allAtOnce.label, QStringLiteral("all at once"));
    for (const RehearsalResult &r : rows) {
        qInfo("%s: %lld s, downtime %d, peak %d", qPrintable(r.label), r.durationMs / 1000,
              r.downtimeWorkloads(), r.peakUnavailableNodes);
        QVERIFY2(allAtOnce.durationMs <= r.durationMs, qPrintable(r.label));
        QVERIFY2(rolling1.durationMs >= r.durationMs, qPrintable(r.label));
    }
    QVERIFY(allAtOnce.downtimeWorkloads() > 0);
    QCOMPARE(rolling1.downtimeWorkloads(), 0);
    QCOMPARE(rolling1.peakUnavailableNodes, 1);
}

void TestRehearsal::journalOnlyWhenAskedFor()
{
    // Without --journal a rehearsal writes none: not to the runs folder, not anywhere it reports.
    QStandardPaths::setTestModeEnabled(true);
    const QDir runs = QFileInfo(RunJournal::defaultPath(QStringLiteral("x"))).dir();
    const QStringList before = runs.entryList(QDir::Files);
    RehearsalOptions options = optionsFor(m_copy, true);
    const RehearsalResult quiet = Rehearsal::play(m_copy, options);
    QCOMPARE(quiet.result, QStringLiteral("succeeded"));
    QVERIFY(quiet.journalPath.isEmpty());
    QCOMPARE(runs.entryList(QDir::Files), before);

    // With it, the journal holds every event the result was made from.
    options.journalPath = m_dir.filePath(QStringLiteral("kept.jsonl"));
    const RehearsalResult kept = Rehearsal::play(m_copy, options);
    QCOMPARE(kept.journalPath, options.journalPath);
    const auto journal = RunJournal::read(options.journalPath);
    QVERIFY2(journal.ok(), qPrintable(journal.errorText()));
    QVERIFY(journal->header.virtualClock);
    QCOMPARE(journal->events.size(), kept.events.size());
    QCOMPARE(kept.durationMs, quiet.durationMs);
    QCOMPARE(kept.events.size(), quiet.events.size());
}

QTEST_GUILESS_MAIN(TestRehearsal)
#include "tst_rehearsal.moc"
