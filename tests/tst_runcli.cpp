// `slipway upgrade`, `maintain` and `rollback` as a user runs them: the real binary against
// `slipway serve-demo` started as another process. Completes (also two minors away: one run of two
// hops); survives SIGKILL at several points
// (the same command with the same --journal finishes, no node is left cordoned, no pod is evicted
// twice); bad input exits 1 and changes nothing; no credential reaches the journal.
#include "servedsnapshot.h"
#include "kube/kubeclusterapi.h"
#include "models/run/runjournal.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

int lineCount(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
}

} // namespace

class TestRunCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void badInputExitsOneAndChangesNothing_data();
    void badInputExitsOneAndChangesNothing();
    void maintenanceCompletesWithoutCredentialsInTheJournal();
    void failedRunSaysHowToGoOn();
    void upgradeSurvivesSigkillAndResumes();
    void rollbackUncordonsWhatTheRunCordoned();
    void surgeReplacesTheWorkersWithNewNodes();
    void maintenanceSurvivesServerFaults();
    void upgradeTwoMinorsAwayInOneRun();

private:
    QStringList clusterArgs() const { return {QStringLiteral("--kubeconfig"), m_kubeconfig}; }
    QStringList drainArgs() const
    {
        return {QStringLiteral("--executor"),      QStringLiteral("practice"),
                QStringLiteral("--force"),         QStringLiteral("--delete-emptydir-data"),
                QStringLiteral("--override-pdb"),  QStringLiteral("billing/invoice-api"),
                QStringLiteral("--poll-interval"), QStringLiteral("100")};
    }
    void startSlipway(QProcess &p, const QStringList &arguments) const;
    bool startServeDemo(QProcess &p, const QString &stateDir, const QString &kubeconfig,
                        const QStringList &extra = {}) const;
    Run slipway(const QStringList &arguments, int timeoutMs = 120000) const;
    ClusterSnapshot snapshot(const QString &kubeconfig = {}) const;
    QString cordonedNodes() const;

    QTemporaryDir m_dir;
    QProcess m_serve;
    QString m_kubeconfig;
    QByteArray m_token;
};

void TestRunCli::startSlipway(QProcess &p, const QStringList &arguments) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SLIPWAY_EXECUTABLE), arguments);
}

Run TestRunCli::slipway(const QStringList &arguments, int timeoutMs) const
{
    QProcess p;
    startSlipway(p, arguments);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool TestRunCli::startServeDemo(QProcess &p, const QString &stateDir, const QString &kubeconfig,
                                const QStringList &extra) const
{
    startSlipway(p, QStringList{QStringLiteral("serve-demo"), QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0"), QStringLiteral("--state-dir"), stateDir,
                                QStringLiteral("--kubeconfig-out"), kubeconfig, QStringLiteral("--speed"),
                                QStringLiteral("600")} +
                        extra);
    QString out;
    QElapsedTimer waited;
    waited.start();
    while (!out.contains(QLatin1String("Press Ctrl+C")) && waited.elapsed() < 60000 &&
           p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(500);
        out += QString::fromUtf8(p.readAllStandardOutput());
    }
    return out.contains(QLatin1String("Press Ctrl+C"));
}

void TestRunCli::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(SLIPWAY_EXECUTABLE)), "build the slipway target first");
    m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
    QVERIFY(startServeDemo(m_serve, m_dir.filePath(QStringLiteral("state")), m_kubeconfig));
    QFile token(m_dir.filePath(QStringLiteral("state/token")));
    QVERIFY(token.open(QIODevice::ReadOnly));
    m_token = token.readAll().trimmed();
    QVERIFY(m_token.size() > 8);
}

void TestRunCli::cleanupTestCase()
{
    m_serve.terminate();
    if (!m_serve.waitForFinished(20000))
        m_serve.kill();
}

ClusterSnapshot TestRunCli::snapshot(const QString &kubeconfig) const
{
    return ServedSnapshot::read(kubeconfig.isEmpty() ? m_kubeconfig : kubeconfig);
}

QString TestRunCli::cordonedNodes() const
{
    return ServedSnapshot::cordonedNodes(snapshot());
}

void TestRunCli::badInputExitsOneAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString y = QStringLiteral("--yes");
    QTest::addRow("unknown node") << QStringList{QStringLiteral("maintain"),
                                                 QStringLiteral("--nodes"),
                                                 QStringLiteral("worker-99"),
                                                 QStringLiteral("--reboot"),
                                                 QStringLiteral("--executor"),
                                                 QStringLiteral("practice"),
                                                 y}
                                  << QStringLiteral("worker-99");
    QTest::addRow("target below current")
        << QStringList{QStringLiteral("upgrade"), QStringLiteral("--to"), QStringLiteral("v1.33.0"), y}
        << QStringLiteral("below");
    QTest::addRow("template without {node}") << QStringList{QStringLiteral("upgrade"),
                                                            QStringLiteral("--to"),
                                                            QStringLiteral("v1.35.0"),
                                                            QStringLiteral("--node-command"),
                                                            QStringLiteral("ssh host sudo upgrade"),
                                                            y}
                                             << QStringLiteral("{node}");
    QTest::addRow("foreign journal") << QStringList{QStringLiteral("upgrade"), QStringLiteral("--to"),
                                                    QStringLiteral("v1.35.0"), QStringLiteral("--journal"),
                                                    QStringLiteral("FOREIGN"), y}
                                     << QStringLiteral("not a Slipway run journal");
    QTest::addRow("no terminal, no --yes")
        << QStringList{QStringLiteral("upgrade"), QStringLiteral("--to"), QStringLiteral("v1.35.0")}
        << QStringLiteral("--yes");
    QTest::addRow("unknown strategy")
        << QStringList{QStringLiteral("upgrade"),    QStringLiteral("--to"), QStringLiteral("v1.35.0"),
                       QStringLiteral("--strategy"), QStringLiteral("yolo"), y}
        << QStringLiteral("rolling, all-at-once or surge");
    QTest::addRow("surge across two minors")
        << QStringList{QStringLiteral("upgrade"),  QStringLiteral("--to"),
                       QStringLiteral("v1.36"),    QStringLiteral("--strategy"),
                       QStringLiteral("surge"),    QStringLiteral("--executor"),
                       QStringLiteral("practice"), y}
        << QStringLiteral("a surge run takes one hop at a time");
}

void TestRunCli::badInputExitsOneAndChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString foreign = m_dir.filePath(QStringLiteral("foreign.jsonl"));
    QFile f(foreign);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\"apiVersion\":\"v1\",\"kind\":\"Config\"}\n");
    f.close();
    arguments.replaceInStrings(QStringLiteral("FOREIGN"), foreign);
    const ClusterSnapshot before = snapshot();
    const Run r = slipway(arguments + clusterArgs());
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    const ClusterSnapshot after = snapshot();
    for (const Node &n : after.nodes) {
        QVERIFY(!n.unschedulable);
        QCOMPARE(n.annotations, before.findNode(n.name)->annotations);
    }
}

void TestRunCli::maintenanceCompletesWithoutCredentialsInTheJournal()
{
    const QString journal = m_dir.filePath(QStringLiteral("maintain.jsonl"));
    const Run r = slipway(QStringList{QStringLiteral("maintain"), QStringLiteral("--nodes"),
                                      QStringLiteral("worker-4"), QStringLiteral("--reboot"),
                                      QStringLiteral("--yes"), QStringLiteral("--journal"), journal} +
                          drainArgs() + clusterArgs());
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QLatin1String("worker-4: done")));
    QCOMPARE(cordonedNodes(), QString());
    QFile f(journal);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(!bytes.contains(m_token));
    QVERIFY(!bytes.contains("BEGIN"));
    QCOMPARE(QFile::permissions(journal) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const auto contents = RunJournal::read(journal);
    QVERIFY(contents.ok());
    QCOMPARE(contents->events.last().data.value(QStringLiteral("result")).toString(),
             QStringLiteral("succeeded"));
}

void TestRunCli::upgradeSurvivesSigkillAndResumes()
{
    const QString journal = m_dir.filePath(QStringLiteral("upgrade.jsonl"));
    const QStringList arguments =
        QStringList{QStringLiteral("upgrade"), QStringLiteral("--to"),      QStringLiteral("v1.35.0"),
                    QStringLiteral("--yes"),   QStringLiteral("--journal"), journal} +
        drainArgs() + clusterArgs();
    // SIGKILL at several points of the run: early (control plane), then among the workers.
    for (const int lines : {12, 120, 200}) {
        QProcess p;
        startSlipway(p, arguments);
        QTRY_VERIFY_WITH_TIMEOUT(lineCount(journal) >= lines || p.state() == QProcess::NotRunning, 60000);
        if (p.state() == QProcess::NotRunning)
            break; // finished before this point
        p.kill();
        p.waitForFinished(5000);
    }
    const Run r = slipway(arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out.right(3000) + r.err.right(2000)));
    QCOMPARE(cordonedNodes(), QString());
    for (const Node &n : snapshot().nodes)
        QCOMPARE(n.kubeletVersion, QStringLiteral("v1.35.0"));
    const auto contents = RunJournal::read(journal);
    QVERIFY(contents.ok());
    QHash<QString, int> accepted;
    int resumed = 0;
    for (const RunEvent &e : contents->events) {
        resumed += e.type == RunEvent::Type::RunResumed ? 1 : 0;
        if (e.type == RunEvent::Type::EvictionAttempt &&
            e.data.value(QStringLiteral("outcome")).toString() == QLatin1String("accepted"))
            ++accepted[e.node + QLatin1Char(' ') + e.pod];
    }
    QVERIFY(resumed >= 1);
    for (auto it = accepted.cbegin(); it != accepted.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    // Running it once more reports the finished run and changes nothing.
    const Run again = slipway(arguments);
    QCOMPARE(again.exitCode, 0);
}

void TestRunCli::rollbackUncordonsWhatTheRunCordoned()
{
    const QString journal = m_dir.filePath(QStringLiteral("rollback.jsonl"));
    QProcess p;
    startSlipway(p, QStringList{QStringLiteral("maintain"), QStringLiteral("--nodes"),
                                QStringLiteral("worker-1"), QStringLiteral("--reboot"),
                                QStringLiteral("--yes"), QStringLiteral("--journal"), journal} +
                        drainArgs() + clusterArgs());
    QTRY_VERIFY_WITH_TIMEOUT(
        cordonedNodes() == QLatin1String("worker-1") || p.state() == QProcess::NotRunning, 60000);
    p.kill();
    p.waitForFinished(5000);
    if (cordonedNodes().isEmpty())
        QSKIP("the run finished before it could be interrupted");
    const Run r = slipway(QStringList{QStringLiteral("rollback"), QStringLiteral("--journal"), journal} +
                          clusterArgs());
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(cordonedNodes(), QString());
    QCOMPARE(slipway({QStringLiteral("rollback"), QStringLiteral("--journal"),
                      m_dir.filePath(QStringLiteral("nope"))})
                 .exitCode,
             1);
}

// A failed run's summary says what its journal does: the same command with it only reports the
// finished run again (it does not start over), so the way on is the roll-back and a new journal.
void TestRunCli::failedRunSaysHowToGoOn()
{
    const QString journal = m_dir.filePath(QStringLiteral("failed.jsonl"));
    QStringList drain = drainArgs();
    drain.replaceInStrings(QStringLiteral("practice"), QStringLiteral("command"));
    const QStringList arguments = QStringList{QStringLiteral("maintain"),        QStringLiteral("--nodes"),
                                              QStringLiteral("worker-4"),        QStringLiteral("--command"),
                                              QStringLiteral("exit 3 # {node}"), QStringLiteral("--yes"),
                                              QStringLiteral("--journal"),       journal} +
                                  drain + clusterArgs();
    const QString hint =
        QStringLiteral(
            "The journal %1 records this finished run: the same command with it only reports this result "
            "again. Fix the cause, give back what the run left cordoned with slipway rollback --journal %1, "
            "then start a new run with a new --journal file.")
            .arg(journal);
    const Run r = slipway(arguments);
    const QString all = r.out + r.err;
    QVERIFY2(r.exitCode == 2, qPrintable(all.right(3000)));
    QVERIFY2(all.contains(QLatin1String("Run failed:")), qPrintable(all.right(3000)));
    QVERIFY2(all.contains(hint), qPrintable(all.right(3000)));
    QVERIFY(!all.contains(QLatin1String("to go on")));
    QCOMPARE(cordonedNodes(), QStringLiteral("worker-4"));
    // What the hint says: the same command again reports the result and changes nothing …
    const int events = lineCount(journal);
    const Run again = slipway(arguments);
    QCOMPARE(again.exitCode, 2);
    const QString againAll = again.out + again.err;
    QVERIFY2(againAll.contains(hint), qPrintable(againAll.right(3000)));
    QCOMPARE(lineCount(journal), events);
    QCOMPARE(cordonedNodes(), QStringLiteral("worker-4"));
    // … and the roll-back gives the node back.
    const Run back = slipway(QStringList{QStringLiteral("rollback"), QStringLiteral("--journal"), journal} +
                             clusterArgs());
    QVERIFY2(back.exitCode == 0, qPrintable(back.out + back.err));
    QCOMPARE(cordonedNodes(), QString());
}

// Surge on the practice cluster from another process: the run asks serve-demo for new nodes at
// the target, drains each old worker once its replacement is Ready, and retires it (the machine
// off, its Node deleted). At the end the new nodes are Ready and schedulable, the old workers are
// gone and every workload is back at its desired replicas.
void TestRunCli::surgeReplacesTheWorkersWithNewNodes()
{
    QProcess serve;
    const QString kubeconfig = m_dir.filePath(QStringLiteral("surge-kubeconfig"));
    QVERIFY(startServeDemo(serve, m_dir.filePath(QStringLiteral("surge-state")), kubeconfig));
    const ClusterSnapshot before = snapshot(kubeconfig);
    QStringList oldWorkers;
    for (const Node &n : before.nodes) {
        if (!n.isControlPlane())
            oldWorkers << n.name;
    }
    QCOMPARE(oldWorkers.size(), 6);
    const QString journal = m_dir.filePath(QStringLiteral("surge.jsonl"));
    const Run r = slipway(
        QStringList{QStringLiteral("upgrade"), QStringLiteral("--to"), QStringLiteral("v1.35.0"),
                    QStringLiteral("--strategy"), QStringLiteral("surge"), QStringLiteral("--surge-nodes"),
                    QStringLiteral("2"), QStringLiteral("--yes"), QStringLiteral("--journal"), journal,
                    QStringLiteral("--kubeconfig"), kubeconfig} +
        drainArgs());
    QVERIFY2(r.exitCode == 0, qPrintable(r.out.right(3000) + r.err.right(2000)));
    const auto settled = [&] {
        const ClusterSnapshot s = snapshot(kubeconfig);
        QStringList problems;
        int workers = 0;
        for (const Node &n : s.nodes) {
            if (oldWorkers.contains(n.name))
                problems << n.name + QStringLiteral(" still exists");
            if (n.ready != ConditionStatus::True || n.unschedulable ||
                n.kubeletVersion != QLatin1String("v1.35.0"))
                problems << n.name + QStringLiteral(" not Ready/schedulable at v1.35.0");
            if (n.isControlPlane())
                continue;
            ++workers;
            if (!n.roles().contains(QLatin1String("worker")) ||
                n.labels.value(QStringLiteral("topology.kubernetes.io/zone")).isEmpty())
                problems << n.name + QStringLiteral(" not labelled like the old workers");
        }
        if (workers != oldWorkers.size())
            problems << QStringLiteral("%1 workers").arg(workers);
        for (const Workload &w : s.workloads) {
            if ((w.kind == WorkloadKind::Deployment || w.kind == WorkloadKind::StatefulSet) &&
                w.readyReplicas < w.replicas)
                problems << w.key() + QStringLiteral(" %1/%2").arg(w.readyReplicas).arg(w.replicas);
        }
        return problems.join(QStringLiteral("; "));
    };
    QTRY_COMPARE_WITH_TIMEOUT(settled(), QString(), 30000);
    const auto contents = RunJournal::read(journal);
    QVERIFY(contents.ok());
    QSet<QString> retired;
    QHash<QString, int> accepted;
    for (const RunEvent &e : contents->events) {
        if (e.type == RunEvent::Type::Intent &&
            e.data.value(QStringLiteral("action")).toString() == QLatin1String("retire"))
            retired.insert(e.node);
        if (e.type == RunEvent::Type::EvictionAttempt &&
            e.data.value(QStringLiteral("outcome")).toString() == QLatin1String("accepted"))
            ++accepted[e.node + QLatin1Char(' ') + e.pod];
    }
    QCOMPARE(retired, QSet<QString>(oldWorkers.cbegin(), oldWorkers.cend()));
    for (auto it = accepted.cbegin(); it != accepted.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    QCOMPARE(contents->events.last().data.value(QStringLiteral("leftCordoned")).toArray().size(), 0);
    serve.terminate();
    if (!serve.waitForFinished(20000))
        serve.kill();
}

// `slipway serve-demo --faults` in another process: a maintenance run still completes, nothing is
// evicted twice and no node is left cordoned.
void TestRunCli::maintenanceSurvivesServerFaults()
{
    QProcess serve;
    const QString kubeconfig = m_dir.filePath(QStringLiteral("faults-kubeconfig"));
    QVERIFY(startServeDemo(
        serve, m_dir.filePath(QStringLiteral("faults-state")), kubeconfig,
        {QStringLiteral("--faults"), QStringLiteral("5xx=0.05,drop=0.03,latency=5ms,seed=3")}));
    const QString journal = m_dir.filePath(QStringLiteral("faults.jsonl"));
    const Run r =
        slipway(QStringList{QStringLiteral("maintain"), QStringLiteral("--nodes"),
                            QStringLiteral("worker-1,worker-2,worker-3"), QStringLiteral("--reboot"),
                            QStringLiteral("--yes"), QStringLiteral("--journal"), journal,
                            QStringLiteral("--kubeconfig"), kubeconfig} +
                drainArgs());
    QVERIFY2(r.exitCode == 0, qPrintable(r.out.right(3000) + r.err.right(2000)));
    const auto contents = RunJournal::read(journal);
    QVERIFY(contents.ok());
    QHash<QString, int> accepted;
    for (const RunEvent &e : contents->events) {
        if (e.type == RunEvent::Type::EvictionAttempt &&
            e.data.value(QStringLiteral("outcome")).toString() == QLatin1String("accepted"))
            ++accepted[e.node + QLatin1Char(' ') + e.pod];
    }
    for (auto it = accepted.cbegin(); it != accepted.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    for (const Node &n : snapshot(kubeconfig).nodes)
        QVERIFY2(!n.unschedulable, qPrintable(n.name));
    serve.terminate();
    if (!serve.waitForFinished(20000))
        serve.kill();
}

// `slipway upgrade --to v1.36` on a practice cluster at v1.34.3 (its own serve-demo): one run of
// two hops (v1.35.x, then v1.36.x), each a full pass, whose progress lines name the hop; every
// node ends at the final target and no node is left cordoned.
void TestRunCli::upgradeTwoMinorsAwayInOneRun()
{
    QProcess serve;
    const QString kubeconfig = m_dir.filePath(QStringLiteral("hops-kubeconfig"));
    QVERIFY(startServeDemo(serve, m_dir.filePath(QStringLiteral("hops-state")), kubeconfig));
    const ClusterSnapshot before = snapshot(kubeconfig);
    for (const Node &n : before.nodes) {
        if (n.isControlPlane())
            QCOMPARE(n.kubeletVersion, QStringLiteral("v1.34.3"));
    }
    const QString journal = m_dir.filePath(QStringLiteral("hops.jsonl"));
    const Run r =
        slipway(QStringList{QStringLiteral("upgrade"), QStringLiteral("--to"), QStringLiteral("v1.36"),
                            QStringLiteral("--yes"), QStringLiteral("--journal"), journal,
                            QStringLiteral("--kubeconfig"), kubeconfig} +
                    drainArgs(),
                240000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out.right(3000) + r.err.right(2000)));
    const auto contents = RunJournal::read(journal);
    QVERIFY(contents.ok());
    const QJsonArray hops = contents->header.run.value(QStringLiteral("hops")).toArray();
    QCOMPARE(hops.size(), 2);
    const QString first = hops.at(0).toString();
    const QString target = hops.at(1).toString();
    QVERIFY2(first.startsWith(QLatin1String("v1.35.")) && target.startsWith(QLatin1String("v1.36.")),
             qPrintable(first + QLatin1Char(' ') + target));
    QVERIFY2(r.out.contains(QStringLiteral("Hop 1 of 2: the cluster's version → %1").arg(first)),
             qPrintable(r.out.left(2000)));
    QVERIFY2(r.out.contains(QStringLiteral("Hop 2 of 2: %1 → %2").arg(first, target)),
             qPrintable(r.out.right(3000)));
    QVERIFY2(r.out.contains(QStringLiteral("[hop 1/2 %1] worker-1: drain …").arg(first)),
             qPrintable(r.out.left(3000)));
    QVERIFY2(r.out.contains(QStringLiteral("[hop 2/2 %1] worker-1: drain …").arg(target)),
             qPrintable(r.out.right(3000)));
    QVERIFY2(r.out.contains(QStringLiteral("Run succeeded: 2 of 2 hops (%1, %2), ").arg(first, target)),
             qPrintable(r.out.right(2000)));
    for (const Node &n : snapshot(kubeconfig).nodes) {
        QCOMPARE(n.kubeletVersion, target);
        QVERIFY2(!n.unschedulable, qPrintable(n.name));
    }
    // Each node upgraded once per hop, to that hop's version, and verified at it; a lagging worker
    // (the scenario's worker-5 and worker-6) also at each minor below hop 1's first, one at a time
    // (a walk step's verification names its version).
    QHash<QString, QStringList> upgradedTo;
    int hopStarted = 0;
    for (const RunEvent &e : contents->events) {
        hopStarted += e.type == RunEvent::Type::HopStarted ? 1 : 0;
        if (e.type == RunEvent::Type::PhaseFinished && e.phase == RunPhase::Verify &&
            e.data.value(QStringLiteral("result")).toString() == QLatin1String("ok"))
            upgradedTo[e.node] << (e.data.contains(QStringLiteral("version"))
                                       ? e.data.value(QStringLiteral("version")).toString()
                                   : e.hop == 1 ? first
                                   : e.hop == 2 ? target
                                                : QStringLiteral("?"));
    }
    QCOMPARE(hopStarted, 2);
    for (const Node &n : before.nodes) {
        const QStringList seen = upgradedTo.value(n.name);
        QVERIFY2(seen.size() >= 2 && seen.mid(seen.size() - 2) == (QStringList{first, target}),
                 qPrintable(n.name + QLatin1Char(' ') + seen.join(QLatin1Char(','))));
        const int from = Version::parse(n.kubeletVersion).minor();
        for (qsizetype i = 0; i < seen.size(); ++i)
            QVERIFY2(Version::parse(seen.at(i)).minor() == from + int(i) + 1,
                     qPrintable(n.name + QLatin1Char(' ') + seen.join(QLatin1Char(','))));
    }
    QVERIFY2(upgradedTo.value(QStringLiteral("worker-6")).size() == 5,
             qPrintable(upgradedTo.value(QStringLiteral("worker-6")).join(QLatin1Char(','))));
    serve.terminate();
    if (!serve.waitForFinished(20000))
        serve.kill();
}

QTEST_GUILESS_MAIN(TestRunCli)
#include "tst_runcli.moc"
