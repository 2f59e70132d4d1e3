// `slipway drain` against `kubectl drain` (the real one, /usr/bin/kubectl): the same flags against
// two identical practice API servers must leave identical clusters and print the same lines
// (kubectl evicts in parallel, so lines are compared as sets). Includes --disable-eviction, whose
// protobuf DELETE bodies the practice server reads like a real API server.
#include "practiceapifixture.h"

#include "sim/engine/virtualclock.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Slipway;

namespace {

struct Run
{
    int exitCode = -1;
    QStringList out;
    QStringList err;
};

} // namespace

class TestDrainCli : public QObject
{
    Q_OBJECT

    QString m_kubectl;
    QTemporaryDir m_home;

    Run run(const QString &program, const QStringList &arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.remove(QStringLiteral("KUBECONFIG"));
        p.setProcessEnvironment(env);
        p.start(program, arguments);
        QSignalSpy finished(&p, &QProcess::finished);
        // The servers run in this thread: keep the event loop going while the process works.
        if (!finished.wait(60000)) {
            p.kill();
            p.waitForFinished(5000);
        }
        Run r;
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        r.err = QString::fromUtf8(p.readAllStandardError()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return r;
    }

    static bool start(PracticeApiFixture &fx)
    {
        QString error;
        if (!fx.start(&error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        // Paused clocks would never let a pod finish terminating; both run at the same speed.
        fx.sim->clock()->setSpeed(VirtualClock::kMaxSpeed);
        fx.sim->clock()->resume();
        return true;
    }

    // What the drain leaves behind that must not depend on the tool: cordon state, and which pods
    // that existed before are gone or still on the node.
    static QStringList state(const Simulator &sim, const QString &node, const QStringList &before)
    {
        QStringList lines;
        const auto n = sim.get(ResourceKind::Node, {}, node);
        lines << QStringLiteral("unschedulable=%1").arg(n && n->node.unschedulable);
        for (const QString &key : before) {
            const auto pod = sim.get(ResourceKind::Pod, key.section(QLatin1Char('/'), 0, 0),
                                     key.section(QLatin1Char('/'), 1));
            lines << key + (pod && !pod->pod.deletionTimestamp ? QStringLiteral(" stays")
                                                               : QStringLiteral(" gone"));
        }
        return lines;
    }

    static QStringList podsOn(const Simulator &sim, const QString &node)
    {
        QStringList pods;
        for (const StoredObject &o : sim.list(ResourceKind::Pod).items) {
            if (o.pod.nodeName == node)
                pods << o.pod.key();
        }
        return pods;
    }

    // Sorted lines; inside an aggregated error "[a, b]" and a "Warning: a; b" line the parts are
    // sorted too: kubectl groups both in Go maps, so their order changes from run to run.
    static QStringList sorted(QStringList lines)
    {
        static const QRegularExpression aggregate(QStringLiteral("\\[(.*)\\]"));
        static const QRegularExpression separator(QStringLiteral(", (?=cannot delete )"));
        static const QString warning = QStringLiteral("Warning: ");
        for (QString &line : lines) {
            // The warnings are grouped in a Go map too: "Warning: a; b" comes in either order.
            if (line.startsWith(warning)) {
                QStringList parts = line.mid(warning.size()).split(QStringLiteral("; "));
                parts.sort();
                line = warning + parts.join(QStringLiteral("; "));
                continue;
            }
            const auto match = aggregate.match(line);
            if (!match.hasMatch())
                continue;
            QStringList parts = match.captured(1).split(separator);
            parts.sort();
            line.replace(match.capturedStart(1), match.capturedLength(1), parts.join(QStringLiteral(", ")));
        }
        // How often a blocked eviction is retried before --timeout depends on timing; which lines
        // appear does not.
        lines.removeDuplicates();
        lines.sort();
        return lines;
    }

    // The sorted lines of both tools are equal; when not, both are printed whole (a count alone
    // does not say which line is extra).
    static bool sameLines(const QStringList &slipway, const QStringList &kubectl, const char *stream)
    {
        if (sorted(slipway) == sorted(kubectl))
            return true;
        qWarning("%s of slipway:\n  %s", stream, qPrintable(slipway.join(QStringLiteral("\n  "))));
        qWarning("%s of kubectl:\n  %s", stream, qPrintable(kubectl.join(QStringLiteral("\n  "))));
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (m_kubectl.isEmpty())
            QSKIP("kubectl is not installed: the side-by-side comparison needs the real kubectl");
        QLoggingCategory::setFilterRules(QStringLiteral("slipway.apiserver.debug=false"));
    }

    void sameClusterSameLines_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<int>("exitCode");
        const QString ds = QStringLiteral("--ignore-daemonsets");
        const QString emptyDir = QStringLiteral("--delete-emptydir-data");
        QTest::addRow("errors: DaemonSet, naked pod, local storage")
            << QStringLiteral("worker-3") << QStringList() << 1;
        QTest::addRow("evict") << QStringLiteral("worker-2") << QStringList{ds, emptyDir} << 0;
        QTest::addRow("--disable-eviction (protobuf DELETE)")
            << QStringLiteral("worker-2") << QStringList{ds, emptyDir, QStringLiteral("--disable-eviction")}
            << 0;
        QTest::addRow("--dry-run=client")
            << QStringLiteral("worker-1") << QStringList{ds, emptyDir, QStringLiteral("--dry-run=client")}
            << 0;
        QTest::addRow("--dry-run=server")
            << QStringLiteral("worker-1") << QStringList{ds, emptyDir, QStringLiteral("--dry-run=server")}
            << 0;
        QTest::addRow("PDB blocks until --timeout")
            << QStringLiteral("worker-3")
            << QStringList{ds, emptyDir, QStringLiteral("--force"), QStringLiteral("--timeout=3s")} << 1;
        QTest::addRow("--pod-selector")
            << QStringLiteral("worker-2")
            << QStringList{ds, emptyDir, QStringLiteral("--pod-selector=app=grafana")} << 0;
        QTest::addRow("unknown node") << QStringLiteral("nope") << QStringList() << 1;
    }

    void sameClusterSameLines()
    {
        QFETCH(QString, node);
        QFETCH(QStringList, flags);
        QFETCH(int, exitCode);

        PracticeApiFixture forSlipway;
        PracticeApiFixture forKubectl;
        QVERIFY(start(forSlipway));
        QVERIFY(start(forKubectl));
        const QStringList before = podsOn(*forSlipway.sim, node);
        QCOMPARE(podsOn(*forKubectl.sim, node), before);

        const QStringList arguments = QStringList{QStringLiteral("drain"), node} + flags;
        const Run slipway =
            run(QStringLiteral(SLIPWAY_EXECUTABLE),
                arguments + QStringList{QStringLiteral("--kubeconfig"), forSlipway.servedKubeconfig});
        const Run kubectl = run(
            m_kubectl, QStringList{QStringLiteral("--kubeconfig"), forKubectl.servedKubeconfig} + arguments);

        QCOMPARE(slipway.exitCode, exitCode);
        QCOMPARE(kubectl.exitCode, exitCode);
        QVERIFY(sameLines(slipway.out, kubectl.out, "stdout"));
        QVERIFY(sameLines(slipway.err, kubectl.err, "stderr"));
        QCOMPARE(state(*forSlipway.sim, node, before), state(*forKubectl.sim, node, before));
        forSlipway.stop();
        forKubectl.stop();
    }

    void cordonAndUncordonLikeKubectl()
    {
        PracticeApiFixture forSlipway;
        PracticeApiFixture forKubectl;
        QVERIFY(start(forSlipway));
        QVERIFY(start(forKubectl));
        for (const QString &command : {QStringLiteral("cordon"), QStringLiteral("cordon"),
                                       QStringLiteral("uncordon"), QStringLiteral("uncordon")}) {
            const QStringList arguments{command, QStringLiteral("worker-1")};
            const Run slipway =
                run(QStringLiteral(SLIPWAY_EXECUTABLE),
                    arguments + QStringList{QStringLiteral("--kubeconfig"), forSlipway.servedKubeconfig});
            const Run kubectl =
                run(m_kubectl,
                    QStringList{QStringLiteral("--kubeconfig"), forKubectl.servedKubeconfig} + arguments);
            QCOMPARE(slipway.out, kubectl.out);
            QCOMPARE(slipway.exitCode, kubectl.exitCode);
        }
        forSlipway.stop();
        forKubectl.stop();
    }

    // A request that fails and is answered on a retry is not kubectl's business on stderr
    // (kubectl logs retries only at -v 4 and up): the kubectl-exact commands keep their streams
    // kubectl's and show the retries with --verbose.
    void retriesAreQuietUnlessVerbose()
    {
        PracticeApiFixture fx;
        QVERIFY(start(fx));
        ApiServerFaults faults;
        faults.errorRate = 0.5; // 500 or 503 with Retry-After: 1 for half the requests
        faults.seed = 3;
        fx.server->setFaults(faults);
        const QStringList kubeconfig{QStringLiteral("--kubeconfig"), fx.servedKubeconfig};
        const QRegularExpression retrying(QStringLiteral("retrying in \\d+ ms"));

        const Run quiet = run(QStringLiteral(SLIPWAY_EXECUTABLE),
                              QStringList{QStringLiteral("cordon"), QStringLiteral("worker-1")} + kubeconfig);
        QCOMPARE(quiet.exitCode, 0);
        QCOMPARE(quiet.out, QStringList{QStringLiteral("node/worker-1 cordoned")});
        QCOMPARE(quiet.err, QStringList());

        const Run verbose = run(
            QStringLiteral(SLIPWAY_EXECUTABLE),
            QStringList{QStringLiteral("uncordon"), QStringLiteral("worker-1"), QStringLiteral("--verbose")} +
                kubeconfig);
        QCOMPARE(verbose.exitCode, 0);
        QCOMPARE(verbose.out, QStringList{QStringLiteral("node/worker-1 uncordoned")});
        // With half the requests failing, a discovery, GET and PATCH run sees retries.
        QVERIFY2(verbose.err.join(QLatin1Char('\n')).contains(retrying),
                 qPrintable(verbose.err.join(QLatin1Char('\n'))));
        fx.stop();
    }
};

QTEST_GUILESS_MAIN(TestDrainCli)
#include "tst_drain_cli.moc"
