// What students type in the CKA chapter (issue 11), with the real kubectl against the practice API
// server: events (get, watch, describe), scale, rollout status, run, create deployment, delete,
// cluster-info, and clear answers for what the practice cluster does not offer.
#include "kubectltestsupport.h"

#include "sim/apiserver/apiserverkubeconfig.h"
#include "sim/engine/eventrecorder.h"
#include "sim/engine/virtualclock.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace ApiTest;
using namespace Slipway;
using KubectlTest::Run;

class TestKubectlStudents : public KubectlTest::Fixture
{
    Q_OBJECT

    static bool hasLine(const Run &r, const QString &pattern)
    {
        const QRegularExpression re(pattern);
        const QStringList lines = r.lines();
        return std::any_of(lines.cbegin(), lines.cend(),
                           [&re](const QString &l) { return re.match(l).hasMatch(); });
    }

    QString aPodOf(const QString &ns, const QString &prefix) const
    {
        for (const StoredObject &o : sim()->list(ResourceKind::Pod, ns).items) {
            if (o.pod.name.startsWith(prefix) && o.pod.phase == PodPhase::Running && !o.pod.deletionTimestamp)
                return o.pod.name;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!findKubectlAndCredentials())
            QSKIP("kubectl is not installed (not on PATH, not /usr/bin/kubectl)");
    }

    void init()
    {
        const QString error = startPractice();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup() { stopPractice(); }

    void cordonShowsInEventsAndDescribe()
    {
        Run r = kubectl({QStringLiteral("cordon"), QStringLiteral("worker-1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = kubectl({QStringLiteral("get"), QStringLiteral("events"), QStringLiteral("-A")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^NAMESPACE\\s+LAST SEEN\\s+TYPE\\s+REASON\\s+OBJECT\\s+MESSAGE$"))
                     .match(r.lines().value(0))
                     .hasMatch(),
                 qPrintable(r.out));
        QVERIFY2(
            hasLine(r, QStringLiteral("^default\\s+\\S+\\s+Normal\\s+NodeNotSchedulable\\s+node/worker-1\\s+"
                                      "Node worker-1 status is now: NodeNotSchedulable$")),
            qPrintable(r.out));

        r = kubectl({QStringLiteral("uncordon"), QStringLiteral("worker-1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = kubectl({QStringLiteral("describe"), QStringLiteral("node"), QStringLiteral("worker-1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString events = r.out.mid(r.out.indexOf(QLatin1String("\nEvents:")));
        QVERIFY2(QRegularExpression(
                     QStringLiteral("Normal\\s+NodeNotSchedulable\\s+\\S+\\s+kubelet\\s+Node worker-1 "
                                    "status is now: NodeNotSchedulable"))
                     .match(events)
                     .hasMatch(),
                 qPrintable(r.out));
        QVERIFY2(events.contains(QLatin1String("Node worker-1 status is now: NodeSchedulable")),
                 qPrintable(events));
        // Another node's events stay out of this node's section (the involvedObject field selector).
        QVERIFY(sim()->updateNode(QStringLiteral("worker-2"), [](Node &n) { n.unschedulable = true; }).ok());
        r = kubectl({QStringLiteral("describe"), QStringLiteral("node"), QStringLiteral("worker-1")});
        QVERIFY(!r.out.contains(QLatin1String("worker-2 status")));
        r = kubectl({QStringLiteral("get"), QStringLiteral("events"), QStringLiteral("-A"),
                     QStringLiteral("--field-selector"), QStringLiteral("involvedObject.name=worker-2")});
        QCOMPARE(r.lines().size(), 2);
        r = kubectl({QStringLiteral("get"), QStringLiteral("events"), QStringLiteral("--field-selector"),
                     QStringLiteral("spec.nothing=1")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("field label not supported: spec.nothing")), qPrintable(r.err));
    }

    void eventsWatchStreamsNewOnes()
    {
        QSignalSpy handled(m_practice->server.get(), &ApiServer::requestHandled);
        QProcess watch;
        watch.setProcessEnvironment(KubectlTest::environment(m_home->path()));
        watch.start(m_kubectl, {QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("get"),
                                QStringLiteral("events"), QStringLiteral("-A"), QStringLiteral("--watch")});
        QVERIFY(watch.waitForStarted());
        // Wait until kubectl has listed and started its watch (two requests on /api/v1/events).
        auto eventRequests = [&handled] {
            return std::count_if(handled.cbegin(), handled.cend(), [](const QList<QVariant> &call) {
                return call.at(1).toString().startsWith(QLatin1String("/api/v1/events"));
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(eventRequests() >= 2, 30000);
        QString out;
        QVERIFY(sim()->updateNode(QStringLiteral("worker-3"), [](Node &n) { n.unschedulable = true; }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += QString::fromUtf8(watch.readAllStandardOutput()))
                .contains(QLatin1String("Node worker-3 status is now: NodeNotSchedulable")),
            30000);
        QVERIFY2(QRegularExpression(
                     QStringLiteral("default\\s+\\S+\\s+Normal\\s+NodeNotSchedulable\\s+node/worker-3"))
                     .match(out)
                     .hasMatch(),
                 qPrintable(out));
        watch.kill();
        watch.waitForFinished(5000);
    }

    void deletePodKillsItsContainers()
    {
        const QString pod = aPodOf(QStringLiteral("shop"), QStringLiteral("catalog-api-"));
        QVERIFY(!pod.isEmpty());
        sim()->clock()->setSpeed(VirtualClock::kMaxSpeed);
        sim()->clock()->resume();
        Run r = kubectl({QStringLiteral("delete"), QStringLiteral("pod"), pod, QStringLiteral("-n"),
                         QStringLiteral("shop")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("pod \"%1\" deleted").arg(pod));
        QVERIFY(!sim()->get(ResourceKind::Pod, QStringLiteral("shop"), pod));
        r = kubectl({QStringLiteral("get"), QStringLiteral("events"), QStringLiteral("-n"),
                     QStringLiteral("shop"), QStringLiteral("-o"), QStringLiteral("wide")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(hasLine(r, QStringLiteral(
                                "\\s+Normal\\s+Killing\\s+pod/%1\\s+spec.containers\\{\\S+\\}\\s+kubelet, "
                                "worker-\\d\\s+Stopping container ")
                                .arg(QRegularExpression::escape(pod))),
                 qPrintable(r.out));
        // The ReplicaSet replaced it: SuccessfulCreate on the ReplicaSet, Scheduled on the new pod.
        QVERIFY2(hasLine(r, QStringLiteral("\\s+Normal\\s+SuccessfulCreate\\s+replicaset/catalog-api-\\S+\\s+"
                                           "replicaset-controller\\s+Created pod: catalog-api-")),
                 qPrintable(r.out));
        QVERIFY2(hasLine(r, QStringLiteral(
                                "\\s+Normal\\s+Scheduled\\s+pod/catalog-api-\\S+\\s+default-scheduler\\s+"
                                "Successfully assigned shop/catalog-api-\\S+ to ")),
                 qPrintable(r.out));
    }

    void scaleChangesThePodCountAndRolloutStatusCompletes()
    {
        const QString ns = QStringLiteral("shop");
        auto activePods = [this, &ns](const QString &prefix) {
            int n = 0;
            for (const StoredObject &o : sim()->list(ResourceKind::Pod, ns).items)
                n += o.pod.name.startsWith(prefix) && !o.pod.deletionTimestamp ? 1 : 0;
            return n;
        };
        QCOMPARE(activePods(QStringLiteral("catalog-api-")), 4);
        Run r = kubectl({QStringLiteral("scale"), QStringLiteral("deployment"), QStringLiteral("catalog-api"),
                         QStringLiteral("-n"), ns, QStringLiteral("--replicas"), QStringLiteral("6")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("deployment.apps/catalog-api scaled"));
        QCOMPARE(sim()->get(ResourceKind::Deployment, ns, QStringLiteral("catalog-api"))->workload.replicas,
                 6);
        QCOMPARE(activePods(QStringLiteral("catalog-api-")), 6);
        sim()->clock()->setSpeed(VirtualClock::kMaxSpeed);
        sim()->clock()->resume();
        r = kubectl({QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("deployment"),
                     QStringLiteral("catalog-api"), QStringLiteral("-n"), ns,
                     QStringLiteral("--timeout=60s")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(
            r.out.trimmed().endsWith(QLatin1String("deployment \"catalog-api\" successfully rolled out")),
            qPrintable(r.out));
        QCOMPARE(
            sim()->get(ResourceKind::Deployment, ns, QStringLiteral("catalog-api"))->workload.readyReplicas,
            6);
        r = kubectl({QStringLiteral("get"), QStringLiteral("events"), QStringLiteral("-n"), ns});
        QVERIFY2(
            hasLine(r, QStringLiteral("Normal\\s+ScalingReplicaSet\\s+deployment/catalog-api\\s+Scaled up "
                                      "replica set catalog-api-\\S+ from 4 to 6$")),
            qPrintable(r.out));
        // Down again, through the same subresource.
        r = kubectl({QStringLiteral("scale"), QStringLiteral("deploy/catalog-api"), QStringLiteral("-n"), ns,
                     QStringLiteral("--replicas=2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(activePods(QStringLiteral("catalog-api-")), 2);
        r = kubectl({QStringLiteral("scale"), QStringLiteral("deployment"), QStringLiteral("nothing-here"),
                     QStringLiteral("-n"), ns, QStringLiteral("--replicas=2")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("deployments.apps \"nothing-here\" not found")),
                 qPrintable(r.err));
    }

    void runCreatesAPodTheSchedulerPlaces()
    {
        Run r =
            kubectl({QStringLiteral("run"), QStringLiteral("nginx"), QStringLiteral("--image=nginx:1.27")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("pod/nginx created"));
        const auto pod = sim()->get(ResourceKind::Pod, QStringLiteral("default"), QStringLiteral("nginx"));
        QVERIFY(pod);
        QVERIFY(!pod->pod.nodeName.isEmpty()); // bound by the scheduler at once
        QCOMPARE(pod->pod.labels.value(QStringLiteral("run")), QStringLiteral("nginx"));
        sim()->clock()->advance(10); // the kubelet starts it
        r = kubectl({QStringLiteral("get"), QStringLiteral("pod"), QStringLiteral("nginx")});
        QVERIFY2(QRegularExpression(QStringLiteral("^nginx\\s+1/1\\s+Running\\s+0\\s"))
                     .match(r.lines().value(1))
                     .hasMatch(),
                 qPrintable(r.out));
        r = kubectl({QStringLiteral("describe"), QStringLiteral("pod"), QStringLiteral("nginx")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(QRegularExpression(
                     QStringLiteral("Normal\\s+Scheduled\\s+\\S+\\s+default-scheduler\\s+Successfully "
                                    "assigned default/nginx to %1")
                         .arg(pod->pod.nodeName))
                     .match(r.out)
                     .hasMatch(),
                 qPrintable(r.out));
        r = kubectl({QStringLiteral("run"), QStringLiteral("nginx"), QStringLiteral("--image=nginx:1.27")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("pods \"nginx\" already exists")), qPrintable(r.err));
        r = kubectl({QStringLiteral("run"), QStringLiteral("x"), QStringLiteral("--image=nginx"),
                     QStringLiteral("-n"), QStringLiteral("nowhere")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("namespaces \"nowhere\" not found")), qPrintable(r.err));
    }

    void createDeploymentRollsOut()
    {
        Run r = kubectl({QStringLiteral("create"), QStringLiteral("deployment"), QStringLiteral("hello"),
                         QStringLiteral("--image=nginx:1.27"), QStringLiteral("--replicas=3")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), QStringLiteral("deployment.apps/hello created"));
        sim()->clock()->setSpeed(VirtualClock::kMaxSpeed);
        sim()->clock()->resume();
        r = kubectl({QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("deployment"),
                     QStringLiteral("hello"), QStringLiteral("--timeout=60s")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.trimmed().endsWith(QLatin1String("deployment \"hello\" successfully rolled out")),
                 qPrintable(r.out));
        int running = 0;
        for (const StoredObject &o : sim()->list(ResourceKind::Pod, QStringLiteral("default")).items)
            running +=
                o.pod.name.startsWith(QLatin1String("hello-")) && o.pod.phase == PodPhase::Running ? 1 : 0;
        QCOMPARE(running, 3);
        r = kubectl({QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("hello")});
        QVERIFY2(QRegularExpression(QStringLiteral("^hello\\s+3/3\\s+3\\s+3\\s"))
                     .match(r.lines().value(1))
                     .hasMatch(),
                 qPrintable(r.out));
    }

    void clusterInfoPrintsTheServer()
    {
        Run r = kubectl({QStringLiteral("cluster-info")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString out = r.out;
        out.remove(QRegularExpression(QStringLiteral("\\x1b\\[[0-9;]*m"))); // its colours
        const QString url = m_practice->server->url().toString();
        QVERIFY2(out.contains(QStringLiteral("Kubernetes control plane is running at %1\n").arg(url)),
                 qPrintable(out));
        QVERIFY2(
            out.contains(QStringLiteral("CoreDNS is running at %1/api/v1/namespaces/kube-system/services/"
                                        "kube-dns:dns/proxy")
                             .arg(url)),
            qPrintable(out));
        r = kubectl({QStringLiteral("get"), QStringLiteral("svc"), QStringLiteral("-A")});
        QVERIFY2(
            hasLine(r, QStringLiteral(
                           "^default\\s+kubernetes\\s+ClusterIP\\s+10\\.96\\.0\\.1\\s+<none>\\s+443/TCP\\s")),
            qPrintable(r.out));
        QVERIFY2(hasLine(r, QStringLiteral(
                                "^kube-system\\s+kube-dns\\s+ClusterIP\\s+10\\.96\\.0\\.10\\s+<none>\\s+"
                                "53/UDP,53/TCP,9153/TCP\\s")),
                 qPrintable(r.out));
    }

    void unsupportedCommandsSaySo()
    {
        const QString pod = aPodOf(QStringLiteral("shop"), QStringLiteral("catalog-api-"));
        Run r = kubectl({QStringLiteral("logs"), pod, QStringLiteral("-n"), QStringLiteral("shop")}, 30000);
        QVERIFY(r.finished);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("logs is not supported by Slipway's practice cluster")),
                 qPrintable(r.err));
        r = kubectl({QStringLiteral("exec"), pod, QStringLiteral("-n"), QStringLiteral("shop"),
                     QStringLiteral("--"), QStringLiteral("ls")},
                    30000);
        QVERIFY(r.finished);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("not supported by Slipway's practice cluster")),
                 qPrintable(r.err));
        r = kubectl({QStringLiteral("top"), QStringLiteral("nodes")}, 30000);
        QVERIFY(r.finished);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("Metrics API not available")), qPrintable(r.err));
    }

    void explainNodeAndPod()
    {
        Run r = kubectl({QStringLiteral("explain"), QStringLiteral("node")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QLatin1String("KIND:       Node\nVERSION:    v1\n")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("  spec\t<NodeSpec>\n")), qPrintable(r.out));
        r = kubectl({QStringLiteral("explain"), QStringLiteral("node.spec.unschedulable")});
        QVERIFY2(r.out.contains(QLatin1String("FIELD: unschedulable <boolean>")), qPrintable(r.out + r.err));
        r = kubectl({QStringLiteral("explain"), QStringLiteral("pods.spec.containers")});
        QVERIFY2(r.out.contains(QLatin1String("FIELD: containers <[]Container>")), qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("  name\t<string> -required-\n")), qPrintable(r.out));
        r = kubectl({QStringLiteral("explain"), QStringLiteral("node.spec.nothing")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("field \"nothing\" does not exist")), qPrintable(r.err));
    }

    // The same commands as a student types them against `slipway serve-demo`.
    void againstServeDemo()
    {
        const QString slipway = QStringLiteral(SLIPWAY_EXECUTABLE);
        QVERIFY2(QFile::exists(slipway), "build the slipway target first");
        QTemporaryDir dir;
        QProcess serve;
        QProcessEnvironment env = KubectlTest::environment(m_home->path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        serve.setProcessEnvironment(env);
        m_kubeconfig = dir.filePath(QStringLiteral("kubeconfig"));
        serve.start(slipway, {QStringLiteral("serve-demo"), QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0"), QStringLiteral("--state-dir"),
                              dir.filePath(QStringLiteral("state")), QStringLiteral("--kubeconfig-out"),
                              m_kubeconfig, QStringLiteral("--speed"), QStringLiteral("600")});
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += QString::fromUtf8(serve.readAllStandardOutput())).contains(QLatin1String("Press Ctrl+C")),
            60000);
        const auto served = QRegularExpression(QStringLiteral("(https://127\\.0\\.0\\.1:\\d+)")).match(out);
        QVERIFY2(served.hasMatch(), qPrintable(out));

        // kubectl get events -A --watch: whatever it has not listed yet it must stream (the Killing
        // at the end certainly comes through the watch).
        QProcess watch;
        watch.setProcessEnvironment(KubectlTest::environment(m_home->path()));
        watch.start(m_kubectl, {QStringLiteral("--kubeconfig"), m_kubeconfig, QStringLiteral("get"),
                                QStringLiteral("events"), QStringLiteral("-A"), QStringLiteral("--watch")});
        QVERIFY(watch.waitForStarted());

        Run r = kubectl({QStringLiteral("cordon"), QStringLiteral("worker-4")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = kubectl({QStringLiteral("get"), QStringLiteral("events"), QStringLiteral("-A")});
        QVERIFY2(hasLine(r, QStringLiteral(
                                "^default\\s+\\S+\\s+Normal\\s+NodeNotSchedulable\\s+node/worker-4\\s")),
                 qPrintable(r.out + r.err));
        r = kubectl({QStringLiteral("describe"), QStringLiteral("node"), QStringLiteral("worker-4")});
        QVERIFY2(r.out.mid(r.out.indexOf(QLatin1String("\nEvents:")))
                     .contains(QLatin1String("NodeNotSchedulable")),
                 qPrintable(r.out));
        r = kubectl({QStringLiteral("run"), QStringLiteral("nginx"), QStringLiteral("--image=nginx:1.27")});
        QCOMPARE(r.out.trimmed(), QStringLiteral("pod/nginx created"));
        QTRY_VERIFY_WITH_TIMEOUT(kubectl({QStringLiteral("get"), QStringLiteral("pod"),
                                          QStringLiteral("nginx"), QStringLiteral("--no-headers")})
                                     .out.contains(QLatin1String(" Running ")),
                                 30000);
        r = kubectl({QStringLiteral("describe"), QStringLiteral("pod"), QStringLiteral("nginx")});
        QVERIFY2(r.out.contains(QLatin1String("Successfully assigned default/nginx to ")), qPrintable(r.out));
        r = kubectl({QStringLiteral("create"), QStringLiteral("deployment"), QStringLiteral("hello"),
                     QStringLiteral("--image=nginx:1.27"), QStringLiteral("--replicas=2")});
        QCOMPARE(r.out.trimmed(), QStringLiteral("deployment.apps/hello created"));
        r = kubectl({QStringLiteral("scale"), QStringLiteral("deployment"), QStringLiteral("hello"),
                     QStringLiteral("--replicas"), QStringLiteral("4")});
        QCOMPARE(r.out.trimmed(), QStringLiteral("deployment.apps/hello scaled"));
        r = kubectl({QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("deployment"),
                     QStringLiteral("hello"), QStringLiteral("--timeout=60s")});
        QVERIFY2(r.out.contains(QLatin1String("deployment \"hello\" successfully rolled out")),
                 qPrintable(r.out + r.err));
        r = kubectl({QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("hello"),
                     QStringLiteral("--no-headers")});
        QVERIFY2(r.out.startsWith(QLatin1String("hello   4/4")), qPrintable(r.out));
        r = kubectl({QStringLiteral("delete"), QStringLiteral("pod"), QStringLiteral("nginx")});
        QCOMPARE(r.out.trimmed(), QStringLiteral("pod \"nginx\" deleted"));
        r = kubectl({QStringLiteral("cluster-info")});
        QVERIFY2(r.out.contains(served.captured(1)), qPrintable(r.out));
        r = kubectl({QStringLiteral("logs"), QStringLiteral("-l"), QStringLiteral("app=hello")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QLatin1String("not supported by Slipway's practice cluster")),
                 qPrintable(r.err));

        QString streamed;
        QTRY_VERIFY_WITH_TIMEOUT(
            (streamed += QString::fromUtf8(watch.readAllStandardOutput())).contains(QLatin1String("Killing")),
            30000);
        for (const char *reason :
             {"NodeNotSchedulable", "Scheduled", "SuccessfulCreate", "ScalingReplicaSet"})
            QVERIFY2(streamed.contains(QLatin1String(reason)), reason);
        watch.kill();
        watch.waitForFinished(5000);
        serve.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(serve.state() == QProcess::NotRunning, 20000);
        QCOMPARE(serve.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestKubectlStudents)
#include "tst_kubectl_students.moc"
