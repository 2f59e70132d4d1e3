// Specification of the practice-cluster scenario loader (docs/scenario-format.md).
#include "models/componentversions.h"
#include "sim/scenario/scenarioloader.h"

#include <QDir>
#include <QSet>
#include <QTest>

using namespace Slipway;

class TestScenarioLoader : public QObject
{
    Q_OBJECT

private:
    static QByteArray minimal(const QByteArray &extra = {}, const QByteArray &nodes = {})
    {
        QByteArray yaml = "apiVersion: slipway/v1\nkind: Scenario\nname: t\n"
                          "nodes:\n"
                          "  - name: cp\n"
                          "    kubelet: v1.34.1\n"
                          "    controlPlane: {kube-apiserver: v1.34.1, kube-controller-manager: v1.34.1, "
                          "kube-scheduler: v1.34.1, etcd: 3.6.4-0}\n"
                          "  - name: w1\n"
                          "    kubelet: v1.34.1\n";
        return yaml + nodes + extra;
    }

private Q_SLOTS:
    void bundledScenariosAreListed()
    {
        const QStringList names = ScenarioLoader::bundledScenarioNames();
        QCOMPARE(names.value(0), QStringLiteral("default"));
        QVERIFY(names.contains(QStringLiteral("cka-lecture")));
    }

    void defaultScenario()
    {
        const auto result = ScenarioLoader::loadBundled(QStringLiteral("default"));
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        const ClusterSnapshot &s = result->snapshot;
        QCOMPARE(s.nodes.size(), 9);
        int controlPlanes = 0;
        QMap<QString, int> kubelets;
        for (const Node &n : s.nodes) {
            controlPlanes += n.isControlPlane() ? 1 : 0;
            ++kubelets[n.kubeletVersion.left(5)];
        }
        QCOMPARE(controlPlanes, 3);
        QCOMPARE(kubelets.value(QStringLiteral("v1.34")), 7);
        QCOMPARE(kubelets.value(QStringLiteral("v1.33")), 1);
        QCOMPARE(kubelets.value(QStringLiteral("v1.31")), 1);
        // About 60 pods, every one of them placed (the scenario fits its nodes).
        QVERIFY2(s.pods.size() >= 55 && s.pods.size() <= 70, qPrintable(QString::number(s.pods.size())));
        for (const Pod &p : s.pods)
            QVERIFY2(!p.nodeName.isEmpty(), qPrintable(p.key() + QStringLiteral(" was not scheduled")));
        QCOMPARE(s.serverVersion, QStringLiteral("v1.34.3"));

        // The kinds of pods a drain lesson needs.
        auto pod = [&s](const QString &ns, const QString &prefix) {
            for (const Pod &p : s.pods)
                if (p.namespaceName == ns && p.name.startsWith(prefix))
                    return p;
            return Pod{};
        };
        QVERIFY(pod(QStringLiteral("kube-system"), QStringLiteral("kube-apiserver-cp-1")).isMirror());
        QCOMPARE(pod(QStringLiteral("kube-system"), QStringLiteral("calico-node")).controllerRef()->kind,
                 QStringLiteral("DaemonSet"));
        QCOMPARE(pod(QStringLiteral("shop"), QStringLiteral("storefront")).controllerRef()->kind,
                 QStringLiteral("ReplicaSet"));
        QCOMPARE(pod(QStringLiteral("data"), QStringLiteral("postgres-0")).controllerRef()->kind,
                 QStringLiteral("StatefulSet"));
        QVERIFY(pod(QStringLiteral("shop"), QStringLiteral("session-cache")).hasEmptyDir());
        const Pod debug = pod(QStringLiteral("default"), QStringLiteral("debug-shell"));
        QVERIFY(!debug.controllerRef());
        QCOMPARE(debug.nodeName, QStringLiteral("worker-3"));
        const Pod job = pod(QStringLiteral("billing"), QStringLiteral("db-migrate"));
        QCOMPARE(job.phase, PodPhase::Succeeded);
        QCOMPARE(job.controllerRef()->kind, QStringLiteral("Job"));

        // etcd and CoreDNS as kubeadm 1.34 ships them (FACTS §3.6).
        QStringList etcd, dns;
        for (const auto &c : s.components) {
            if (c.component == QLatin1String("etcd"))
                etcd << c.version;
            if (c.component == QLatin1String("CoreDNS"))
                dns << c.version;
        }
        QCOMPARE(etcd, QStringList(3, QStringLiteral("3.6.5-0")));
        QCOMPARE(dns, QStringList{QStringLiteral("v1.12.1")});

        // The postgres PDB allows exactly one disruption (3 healthy, minAvailable 2).
        const auto pdb = std::find_if(s.pdbs.cbegin(), s.pdbs.cend(),
                                      [](const auto &p) { return p.name == QLatin1String("postgres"); });
        QVERIFY(pdb != s.pdbs.cend());
        QCOMPARE(pdb->expectedPods, 3);
        QCOMPARE(pdb->disruptionsAllowed, 1);
    }

    void ckaLectureScenario()
    {
        const auto result = ScenarioLoader::loadBundled(QStringLiteral("cka-lecture"));
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        const ClusterSnapshot &s = result->snapshot;
        QCOMPARE(s.nodes.size(), 4);
        for (const Node &n : s.nodes)
            QCOMPARE(n.kubeletVersion, QStringLiteral("v1.11.3"));
        QCOMPARE(s.findNode(QStringLiteral("master"))->roles(), QStringList{QStringLiteral("master")});
        QVERIFY(s.findNode(QStringLiteral("master"))->isControlPlane());
        QSet<QString> blueNodes;
        int blue = 0;
        for (const Pod &p : s.pods) {
            if (p.labels.value(QStringLiteral("run")) == QLatin1String("blue")) {
                ++blue;
                blueNodes.insert(p.nodeName);
            }
        }
        QCOMPARE(blue, 6);
        // Spread over the three workers, never on the tainted master.
        QCOMPARE(blueNodes, (QSet<QString>{QStringLiteral("node01"), QStringLiteral("node02"),
                                           QStringLiteral("node03")}));
        const auto green = std::find_if(s.pods.cbegin(), s.pods.cend(),
                                        [](const Pod &p) { return p.name == QLatin1String("green"); });
        QVERIFY(green != s.pods.cend());
        QVERIFY(!green->controllerRef());
        // 4 static pods + kube-proxy×4 + weave-net×4 + CoreDNS×2 + blue×6 + green
        QCOMPARE(s.pods.size(), 4 + 4 + 4 + 2 + 6 + 1);
    }

    void expansionIsDeterministic()
    {
        const auto a = ScenarioLoader::loadBundled(QStringLiteral("default"));
        const auto b = ScenarioLoader::loadBundled(QStringLiteral("default"));
        QCOMPARE(a->snapshot.pods, b->snapshot.pods);
        QCOMPARE(a->snapshot.nodes, b->snapshot.nodes);
    }

    void schedulerHonoursRequestsAndSelectors()
    {
        const QByteArray yaml =
            minimal("workloads:\n"
                    "  - {kind: Deployment, name: big, replicas: 3, requests: {cpu: \"3\"}}\n"
                    "  - {kind: Deployment, name: picky, replicas: 1, nodeSelector: {disk: ssd}}\n");
        const auto result = ScenarioLoader::loadFromString(yaml, QStringLiteral("t.yaml"));
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        int pending = 0;
        for (const Pod &p : result->snapshot.pods) {
            if (p.name.startsWith(QLatin1String("big-"))) {
                // Only w1 is schedulable (cp is tainted); it has room for one 3-CPU pod of its 4.
                if (p.nodeName.isEmpty()) {
                    ++pending;
                    QCOMPARE(p.phase, PodPhase::Pending);
                } else {
                    QCOMPARE(p.nodeName, QStringLiteral("w1"));
                }
            }
            if (p.name.startsWith(QLatin1String("picky-")))
                QVERIFY(p.nodeName.isEmpty());
        }
        QCOMPARE(pending, 2);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");

        QTest::addRow("YAML syntax error names file and line")
            << QByteArray("apiVersion: slipway/v1\nkind: Scenario\nname: [unclosed\n")
            << QStringLiteral("bad.yaml:4:1: YAML syntax error");
        QTest::addRow("unknown field with a suggestion")
            << minimal("workloads:\n  - kind: Deployment\n    name: web\n    replica: 3\n")
            << QStringLiteral("bad.yaml:13:5: workloads[0].replica: unknown field \"replica\" (did you mean "
                              "\"replicas\"?)");
        QTest::addRow("mistyped number")
            << minimal("workloads:\n  - kind: Deployment\n    name: web\n    replicas: three\n")
            << QStringLiteral("bad.yaml:13:15: workloads[0].replicas: must be a whole number from 0 to "
                              "100000, got \"three\"");
        QTest::addRow("mistyped boolean")
            << minimal({}, "    unschedulable: maybe\n")
            << QStringLiteral("bad.yaml:10:20: nodes[1].unschedulable: must be true or false, got \"maybe\"");
        QTest::addRow("bad quantity") << minimal({}, "    capacity: {cpu: lots}\n")
                                      << QStringLiteral("bad.yaml:10:21: nodes[1].capacity.cpu: is not a CPU "
                                                        "quantity (like \"2\" or \"500m\"): \"lots\"");
        QTest::addRow("duplicate node name")
            << minimal({}, "  - name: w1\n    kubelet: v1.34.1\n")
            << QStringLiteral(
                   "bad.yaml:10:11: nodes[2].name: duplicate node name \"w1\" (first defined at line 8)");
        QTest::addRow("duplicate workload")
            << minimal("workloads:\n  - {kind: Deployment, name: web}\n  - {kind: Deployment, name: web}\n")
            << QStringLiteral("bad.yaml:12:30: workloads[1].name: duplicate Deployment \"default/web\" "
                              "(first defined at line 11)");
        QTest::addRow("reference to an unknown node")
            << minimal("workloads:\n  - kind: Pod\n    name: green\n    node: node09\n")
            << QStringLiteral("bad.yaml:11: workloads[0].nodes: Pod \"default/green\" refers to unknown node "
                              "\"node09\"");
        QTest::addRow("missing required field")
            << minimal({}, "  - name: w2\n")
            << QStringLiteral("bad.yaml:10:5: nodes[2].kubelet: required field is missing");
        QTest::addRow("unknown workload kind")
            << minimal("workloads:\n  - {kind: CronJob, name: nightly}\n")
            << QStringLiteral("workloads[0].kind: unknown kind \"CronJob\"");
        QTest::addRow("PDB with both fields")
            << minimal("podDisruptionBudgets:\n  - {name: x, selector: {app: x}, minAvailable: 1, "
                       "maxUnavailable: 1}\n")
            << QStringLiteral("podDisruptionBudgets[0]: set either minAvailable or maxUnavailable, not both");
        QTest::addRow("wrong kind of document")
            << QByteArray("apiVersion: v1\nkind: Config\n")
            << QStringLiteral("bad.yaml:1:13: apiVersion: must be \"slipway/v1\", got \"v1\"");
        QTest::addRow("list where a mapping belongs")
            << minimal({}, "    labels: [a, b]\n")
            << QStringLiteral("bad.yaml:10:13: nodes[1].labels: must be a mapping of names to values");
        QTest::addRow("no nodes") << QByteArray(
                                         "apiVersion: slipway/v1\nkind: Scenario\nname: empty\nnodes: []\n")
                                  << QStringLiteral("nodes: a scenario needs at least one node");
    }

    void badFiles()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        const auto result = ScenarioLoader::loadFromString(yaml, QStringLiteral("bad.yaml"));
        QVERIFY(!result.ok());
        const QString all = result.errorText();
        QVERIFY2(all.contains(expected),
                 qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(expected, all)));
        QVERIFY(!result.hasValue());
    }

    // The places are kept apart (docs/architecture.md "Errors"), not only in the text.
    void errorsCarryTheirPlace()
    {
        const auto result =
            ScenarioLoader::loadFromString(minimal({}, "    labels: [a, b]\n"), QStringLiteral("bad.yaml"));
        QCOMPARE(result.errors().size(), 1);
        const Diagnostic error = result.errors().constFirst();
        QCOMPARE(error.file, QStringLiteral("bad.yaml"));
        QCOMPARE(error.line, 10);
        QCOMPARE(error.column, 13);
        QCOMPARE(error.where, QStringLiteral("nodes[1].labels"));
        QCOMPARE(error.message, QStringLiteral("must be a mapping of names to values"));

        const auto unreadable = ScenarioLoader::loadFile(QStringLiteral("/nonexistent/dir/x.yaml"));
        QCOMPARE(unreadable.errors().constFirst().file,
                 QDir::toNativeSeparators(QStringLiteral("/nonexistent/dir/x.yaml")));
    }

    void missingFileAndUnknownScenario()
    {
        auto result = ScenarioLoader::loadFile(QStringLiteral("/nonexistent/dir/x.yaml"));
        QVERIFY(!result.ok());
        QVERIFY(result.errorLines().constFirst().startsWith(
            QStringLiteral("/nonexistent/dir/x.yaml: cannot read the scenario file")));
        result = ScenarioLoader::loadBundled(QStringLiteral("nope"));
        QVERIFY(result.errorLines().constFirst().contains(
            QStringLiteral("no bundled practice scenario named \"nope\"")));
        QVERIFY(result.errorLines().constFirst().contains(QStringLiteral("cka-lecture")));
    }

    void fileFixtureLoads()
    {
        const auto result =
            ScenarioLoader::loadFile(QStringLiteral(SLIPWAY_TEST_DATA_DIR "/scenarios/three-nodes.yaml"));
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        QCOMPARE(result->snapshot.nodes.size(), 3);
        const Node *cordoned = result->snapshot.findNode(QStringLiteral("n2"));
        QVERIFY(cordoned->unschedulable);
        QCOMPARE(result->snapshot.findNode(QStringLiteral("n3"))->ready, ConditionStatus::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestScenarioLoader)
#include "tst_scenarioloader.moc"
