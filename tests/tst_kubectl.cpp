// Compatibility with the real kubectl: it talks to the practice API server (in-process, and
// `slipway serve-demo` as a user starts it) with the kubeconfig Slipway writes.
#include "kubectltestsupport.h"

#include "sim/apiserver/apiserverkubeconfig.h"
#include "sim/engine/virtualclock.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace ApiTest;
using namespace Slipway;
using KubectlTest::Run;

class TestKubectl : public KubectlTest::Fixture
{
    Q_OBJECT

    QProcessEnvironment environment() const { return KubectlTest::environment(m_home->path()); }

    QStringList podsOn(const QString &node, bool includeDaemonSets) const
    {
        QStringList out;
        for (const StoredObject &o : sim()->list(ResourceKind::Pod).items) {
            const auto controller = o.pod.controllerRef();
            const bool daemon = controller && controller->kind == QLatin1String("DaemonSet");
            if (o.pod.nodeName == node && (includeDaemonSets || !daemon))
                out.append(o.pod.key());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!findKubectlAndCredentials())
            QSKIP("kubectl is not installed (not on PATH, not /usr/bin/kubectl): install kubectl 1.30 or "
                  "newer to run the compatibility tests against the practice API server");
    }

    void init()
    {
        const QString error = startPractice();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup() { stopPractice(); }

    void getNodesShowsTheUsualColumns()
    {
        const Run r = kubectl({QStringLiteral("get"), QStringLiteral("nodes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.lines();
        QVERIFY(QRegularExpression(QStringLiteral("^NAME\\s+STATUS\\s+ROLES\\s+AGE\\s+VERSION$"))
                    .match(lines.value(0))
                    .hasMatch());
        QCOMPARE(lines.size(), 10);
        QStringList names;
        for (const QString &line : lines.mid(1))
            names.append(line.section(QLatin1Char(' '), 0, 0));
        QCOMPARE(names, (QStringList{QStringLiteral("cp-1"), QStringLiteral("cp-2"), QStringLiteral("cp-3"),
                                     QStringLiteral("worker-1"), QStringLiteral("worker-2"),
                                     QStringLiteral("worker-3"), QStringLiteral("worker-4"),
                                     QStringLiteral("worker-5"), QStringLiteral("worker-6")}));
        QVERIFY(QRegularExpression(QStringLiteral("^cp-1\\s+Ready\\s+control-plane\\s+\\S+\\s+v1\\.34\\.3$"))
                    .match(lines.at(1))
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("^worker-6\\s+Ready\\s+worker\\s+\\S+\\s+v1\\.31\\.9$"))
                    .match(lines.last())
                    .hasMatch());
    }

    void getPodsInAllNamespacesWide()
    {
        const Run r = kubectl({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-A"),
                               QStringLiteral("-o"), QStringLiteral("wide")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.lines();
        QVERIFY2(
            QRegularExpression(
                QStringLiteral("^NAMESPACE\\s+NAME\\s+READY\\s+STATUS\\s+RESTARTS\\s+AGE\\s+IP\\s+NODE\\s+"
                               "NOMINATED NODE\\s+READINESS GATES$"))
                .match(lines.value(0))
                .hasMatch(),
            qPrintable(lines.value(0)));
        QCOMPARE(lines.size() - 1, sim()->list(ResourceKind::Pod).items.size());
        const QRegularExpression etcd(
            QStringLiteral("^kube-system\\s+etcd-cp-1\\s+1/"
                           "1\\s+Running\\s+0\\s+\\S+\\s+[0-9.]+\\s+cp-1\\s+<none>\\s+<none>$"));
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
                            [&etcd](const QString &l) { return etcd.match(l).hasMatch(); }));
    }

    void cordonAndUncordon()
    {
        Run r = kubectl({QStringLiteral("cordon"), QStringLiteral("worker-1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("node/worker-1 cordoned"));
        QVERIFY(sim()->get(ResourceKind::Node, {}, QStringLiteral("worker-1"))->node.unschedulable);
        r = kubectl({QStringLiteral("get"), QStringLiteral("nodes"), QStringLiteral("worker-1")});
        QVERIFY(QRegularExpression(QStringLiteral("^worker-1\\s+Ready,SchedulingDisabled\\s+worker\\s"))
                    .match(r.lines().value(1))
                    .hasMatch());
        QCOMPARE(kubectl({QStringLiteral("cordon"), QStringLiteral("worker-1")}).out.trimmed(),
                 QStringLiteral("node/worker-1 already cordoned"));
        r = kubectl({QStringLiteral("uncordon"), QStringLiteral("worker-1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("node/worker-1 uncordoned"));
        QVERIFY(!sim()->get(ResourceKind::Node, {}, QStringLiteral("worker-1"))->node.unschedulable);
        r = kubectl({QStringLiteral("cordon"), QStringLiteral("ghost")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("nodes \"ghost\" not found")), qPrintable(r.err));
    }

    void drainEvictsAllButDaemonSetPods()
    {
        const QStringList before = podsOn(QStringLiteral("worker-1"), false);
        QVERIFY(!before.isEmpty());
        // Terminations and replacements happen in virtual time: run the clock fast.
        sim()->clock()->setSpeed(VirtualClock::kMaxSpeed);
        sim()->clock()->resume();
        const Run r =
            kubectl({QStringLiteral("drain"), QStringLiteral("worker-1"),
                     QStringLiteral("--ignore-daemonsets"), QStringLiteral("--delete-emptydir-data"),
                     QStringLiteral("--force"), QStringLiteral("--timeout=60s")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("node/worker-1 cordoned")));
        QVERIFY(r.out.contains(QLatin1String("node/worker-1 drained")));
        for (const QString &pod : before)
            QVERIFY2(r.out.contains(QStringLiteral("evicting pod ") + pod), qPrintable(pod));
        QVERIFY(r.err.contains(QLatin1String("ignoring DaemonSet-managed Pods")));
        QCOMPARE(podsOn(QStringLiteral("worker-1"), false), QStringList());
        QVERIFY(!podsOn(QStringLiteral("worker-1"), true).isEmpty()); // DaemonSet pods stay (FACTS §5.2)
        QVERIFY(sim()->get(ResourceKind::Node, {}, QStringLiteral("worker-1"))->node.unschedulable);
    }

    void drainWaitsForABudgetAndTimesOut()
    {
        // invoice-api has one replica and minAvailable 1, so its eviction is refused with 429
        // and kubectl retries every 5 s until its deadline (FACTS §5.3).
        QString node;
        for (const StoredObject &o : sim()->list(ResourceKind::Pod, QStringLiteral("billing")).items) {
            if (o.pod.name.startsWith(QLatin1String("invoice-api-")))
                node = o.pod.nodeName;
        }
        QVERIFY(!node.isEmpty());
        sim()->clock()->setSpeed(VirtualClock::kMaxSpeed);
        sim()->clock()->resume();
        const Run r = kubectl({QStringLiteral("drain"), node, QStringLiteral("--ignore-daemonsets"),
                               QStringLiteral("--delete-emptydir-data"), QStringLiteral("--force"),
                               QStringLiteral("--timeout=7s")});
        QVERIFY(r.finished);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("(will retry after 5s)")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("disruption budget")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("global timeout reached")));
        QVERIFY(!podsOn(node, false).filter(QStringLiteral("billing/invoice-api-")).isEmpty());
    }

    void aWrongTokenIsUnauthorized()
    {
        QSignalSpy handled(m_practice->server.get(), &ApiServer::requestHandled);
        const Run r =
            kubectl({QStringLiteral("get"), QStringLiteral("nodes"), QStringLiteral("--token=wrong")});
        QVERIFY(r.exitCode != 0);
        // kubectl's words for a 401; with a cold discovery cache it quotes client-go's generic
        // text, with a warm one the Status message "Unauthorized".
        QVERIFY2(r.err.contains(QLatin1String("error: You must be logged in to the server")),
                 qPrintable(r.err));
        QVERIFY(!handled.isEmpty());
        for (const QList<QVariant> &call : std::as_const(handled))
            QCOMPARE(call.at(2).toInt(), 401);
        QVERIFY(sim()->list(ResourceKind::Node).items.size() == 9);
    }

    void theClientCertificateContextWorks()
    {
        const Run get = kubectl({QStringLiteral("--context"), QStringLiteral("slipway-practice-cert"),
                                 QStringLiteral("get"), QStringLiteral("nodes"), QStringLiteral("-o"),
                                 QStringLiteral("name")});
        QVERIFY2(get.exitCode == 0, qPrintable(get.err));
        QCOMPARE(get.lines().size(), 9);
    }

    void jsonDumpPagedThroughSmallChunks()
    {
        // kubectl pages every list (--chunk-size, 500 by default); 7 forces several pages.
        const Run r =
            kubectl({QStringLiteral("get"), QStringLiteral("nodes,pods"), QStringLiteral("-A"),
                     QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--chunk-size=7")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject list = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(list.value(QLatin1String("kind")).toString(), QStringLiteral("List"));
        const qsizetype expected = 9 + sim()->list(ResourceKind::Pod).items.size();
        QCOMPARE(list.value(QLatin1String("items")).toArray().size(), expected);
        QStringList keys = names(list.value(QLatin1String("items")).toArray());
        keys.removeDuplicates();
        QCOMPARE(keys.size(), expected);
    }

    void getWatchShowsACordon()
    {
        QProcess watch;
        watch.setProcessEnvironment(environment());
        watch.start(m_kubectl, {QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("get"),
                                QStringLiteral("nodes"), QStringLiteral("-w")});
        QString out;
        auto read = [&] {
            return out += QString::fromUtf8(watch.readAllStandardOutput());
        };
        QTRY_VERIFY_WITH_TIMEOUT(read().count(QLatin1Char('\n')) >= 10, 30000);
        sim()->updateNode(QStringLiteral("worker-2"), [](Node &n) { n.unschedulable = true; });
        QTRY_VERIFY_WITH_TIMEOUT(
            QRegularExpression(QStringLiteral("\nworker-2\\s+Ready,SchedulingDisabled\\s"))
                .match(read())
                .hasMatch(),
            30000);
        watch.kill();
        watch.waitForFinished(5000);
    }

    void aFloodOfStrangersDoesNotStopKubectl()
    {
        // 1,000 connections: plain TCP that never starts TLS, TLS that sends garbage, TLS that idles.
        const quint16 port = m_practice->server->serverPort();
        std::vector<std::unique_ptr<QTcpSocket>> strangers;
        for (int i = 0; i < 1000; ++i) {
            if (i % 2 == 0) {
                auto s = std::make_unique<QTcpSocket>();
                s->connectToHost(QHostAddress::LocalHost, port);
                if (i % 4 == 0)
                    s->write("GET /api/v1/nodes HTTP/1.1\r\nnot TLS at all\r\n\r\n");
                strangers.push_back(std::move(s));
                continue;
            }
            auto s = std::make_unique<QSslSocket>();
            s->setPeerVerifyMode(QSslSocket::VerifyNone);
            if (i % 4 == 1) {
                QSslSocket *raw = s.get();
                connect(raw, &QSslSocket::encrypted, raw, [raw] { raw->write("\x01\x02 garbage \r\n\r\n"); });
            }
            s->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
            strangers.push_back(std::move(s));
        }
        QTest::qWait(1000);
        QElapsedTimer timer;
        timer.start();
        const Run r = kubectl({QStringLiteral("get"), QStringLiteral("nodes")}, 60000);
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.lines().size(), 10); // header and nine nodes
        qInfo("kubectl get nodes: %lld ms with 1,000 strangers; %d connections held by the server",
              timer.elapsed(), m_practice->server->connectionCount());
        QVERIFY(m_practice->server->connectionCount() <=
                m_practice->server->limits().maxUnauthenticatedConnections + 8);
    }

    void serveDemoEndToEnd()
    {
        const QString slipway = QStringLiteral(SLIPWAY_EXECUTABLE);
        QVERIFY2(QFile::exists(slipway), "build the slipway target first");
        QTemporaryDir dir;
        QProcess serve;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        serve.setProcessEnvironment(env);
        const QString kubeconfig = dir.filePath(QStringLiteral("kubeconfig"));
        serve.start(slipway, {QStringLiteral("serve-demo"), QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0"), QStringLiteral("--state-dir"),
                              dir.filePath(QStringLiteral("state")), QStringLiteral("--kubeconfig-out"),
                              kubeconfig, QStringLiteral("--speed"), QStringLiteral("10")});
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += QString::fromUtf8(serve.readAllStandardOutput())).contains(QLatin1String("Press Ctrl+C")),
            60000);
        const auto port =
            QRegularExpression(QStringLiteral("https://127\\.0\\.0\\.1:(\\d+) \\(port (\\d+)\\)")).match(out);
        QVERIFY2(port.hasMatch() && port.captured(1) == port.captured(2) && port.captured(1).toInt() > 0,
                 qPrintable(out));
        QCOMPARE(QFile::permissions(kubeconfig) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        for (const char *secret : {"ca.key", "server.key", "client.key", "token"})
            QVERIFY(QFile::exists(dir.filePath(QStringLiteral("state/") + QLatin1String(secret))));

        m_kubeconfig = kubeconfig;
        const Run r = kubectl(
            {QStringLiteral("get"), QStringLiteral("nodes"), QStringLiteral("-o"), QStringLiteral("name")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.lines().size(), 9);
        QVERIFY(!r.err.contains(QLatin1String("token")));

        serve.terminate(); // SIGTERM: a clean stop
        QTRY_VERIFY_WITH_TIMEOUT(serve.state() == QProcess::NotRunning, 20000);
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
        QVERIFY(QString::fromUtf8(serve.readAllStandardOutput()).contains(QLatin1String("Stopped.")));
        // The token never reaches a log.
        QFile token(dir.filePath(QStringLiteral("state/token")));
        QVERIFY(token.open(QIODevice::ReadOnly));
        QVERIFY(!QString::fromUtf8(serve.readAllStandardError())
                     .contains(QString::fromLatin1(token.readAll().trimmed())));

        QProcess refused;
        refused.setProcessEnvironment(env);
        refused.start(slipway,
                      {QStringLiteral("serve-demo"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0"),
                       QStringLiteral("--state-dir"), dir.filePath(QStringLiteral("state"))});
        QTRY_VERIFY_WITH_TIMEOUT(refused.state() == QProcess::NotRunning, 30000);
        QCOMPARE(refused.exitCode(), 1);
        QVERIFY(QString::fromUtf8(refused.readAllStandardError())
                    .contains(QLatin1String("refusing to listen on 0.0.0.0")));

        // A name must resolve, and only to loopback addresses (RFC 6761: .invalid never resolves).
        auto refusedWith = [&](const QStringList &arguments, const QString &message) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(slipway, QStringList{QStringLiteral("serve-demo"), QStringLiteral("--state-dir"),
                                         dir.filePath(QStringLiteral("state"))} +
                                 arguments);
            QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 30000);
            QCOMPARE(p.exitCode(), 1);
            const QString err = QString::fromUtf8(p.readAllStandardError());
            QVERIFY2(err.contains(message), qPrintable(err));
        };
        refusedWith({QStringLiteral("--listen"), QStringLiteral("no-such-host.invalid:0")},
                    QStringLiteral("is neither an IP address nor a name that resolves"));
        // A state directory others may read is refused before anything is served.
        QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("state")),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther));
        refusedWith({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
                    QStringLiteral("is open to other users (mode 0705)"));
    }
};

QTEST_GUILESS_MAIN(TestKubectl)
#include "tst_kubectl.moc"
