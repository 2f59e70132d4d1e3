// Specification of the snapshot value types and what is derived from them.
#include "models/clustersnapshot.h"
#include "models/componentversions.h"
#include "models/disruption.h"
#include "models/texttable.h"

#include <QTest>

using namespace Slipway;

class TestClusterSnapshot : public QObject
{
    Q_OBJECT

private:
    static Pod pod(const QString &name, const LabelMap &labels, PodPhase phase = PodPhase::Running,
                   bool ready = true)
    {
        Pod p;
        p.namespaceName = QStringLiteral("db");
        p.name = name;
        p.labels = labels;
        p.phase = phase;
        p.ready = ready;
        return p;
    }

private Q_SLOTS:
    void rolesComeFromNodeRoleLabels()
    {
        Node n;
        n.labels = {{QStringLiteral("node-role.kubernetes.io/control-plane"), QString()},
                    {QStringLiteral("node-role.kubernetes.io/etcd"), QStringLiteral("true")},
                    {QStringLiteral("kubernetes.io/hostname"), QStringLiteral("a")}};
        QCOMPARE(n.roles(), (QStringList{QStringLiteral("control-plane"), QStringLiteral("etcd")}));
        QVERIFY(n.isControlPlane());
        Node legacy;
        legacy.labels = {{QStringLiteral("node-role.kubernetes.io/master"), QString()}};
        QVERIFY(legacy.isControlPlane()); // FACTS §7.3: accept both labels
        QVERIFY(Node().roles().isEmpty());
    }

    void tolerations_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("effect");
        QTest::addColumn<bool>("tolerated");
        // Taint under test: node-role.kubernetes.io/control-plane:NoSchedule
        const QString cp = QStringLiteral("node-role.kubernetes.io/control-plane");
        QTest::addRow("exists with the key")
            << cp << QStringLiteral("Exists") << QString() << QStringLiteral("NoSchedule") << true;
        QTest::addRow("exists without key tolerates all")
            << QString() << QStringLiteral("Exists") << QString() << QString() << true;
        QTest::addRow("other effect")
            << cp << QStringLiteral("Exists") << QString() << QStringLiteral("NoExecute") << false;
        QTest::addRow("equal with empty value")
            << cp << QStringLiteral("Equal") << QString() << QStringLiteral("NoSchedule") << true;
        QTest::addRow("equal with other value")
            << cp << QStringLiteral("Equal") << QStringLiteral("x") << QString() << false;
        QTest::addRow("other key") << QStringLiteral("dedicated") << QStringLiteral("Exists") << QString()
                                   << QString() << false;
    }

    void tolerations()
    {
        QFETCH(QString, key);
        QFETCH(QString, op);
        QFETCH(QString, value);
        QFETCH(QString, effect);
        QFETCH(bool, tolerated);
        Toleration t;
        t.key = key;
        t.op = op;
        t.value = value;
        t.effect = effect;
        QCOMPARE(t.tolerates(Taint{QStringLiteral("node-role.kubernetes.io/control-plane"), QString(),
                                   QStringLiteral("NoSchedule")}),
                 tolerated);
    }

    void podClassification()
    {
        Pod p = pod(QStringLiteral("a"), {});
        QVERIFY(!p.controllerRef());
        p.ownerReferences << OwnerReference{
            QStringLiteral("apps/v1"), QStringLiteral("ReplicaSet"), QStringLiteral("rs"), {}, false};
        QVERIFY(!p.controllerRef()); // an owner that is not the controller does not count (FACTS §5.2)
        p.ownerReferences << OwnerReference{
            QStringLiteral("apps/v1"), QStringLiteral("DaemonSet"), QStringLiteral("ds"), {}, true};
        QCOMPARE(p.controllerRef()->kind, QStringLiteral("DaemonSet"));
        QVERIFY(!p.isMirror());
        p.annotations.insert(QStringLiteral("kubernetes.io/config.mirror"), QStringLiteral("abc"));
        QVERIFY(p.isMirror());
        QVERIFY(!p.hasEmptyDir());
        p.volumes << Volume{QStringLiteral("cfg"), false} << Volume{QStringLiteral("tmp"), true};
        QVERIFY(p.hasEmptyDir());
        p.phase = PodPhase::Failed;
        QVERIFY(p.isFinished());
    }

    void intOrPercent_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("value");
        QTest::addColumn<bool>("percent");
        QTest::addRow("integer") << QStringLiteral("2") << true << 2 << false;
        QTest::addRow("percent") << QStringLiteral("50%") << true << 50 << true;
        QTest::addRow("over 100 percent") << QStringLiteral("150%") << false << 0 << false;
        QTest::addRow("negative") << QStringLiteral("-1") << false << 0 << false;
        QTest::addRow("words") << QStringLiteral("half") << false << 0 << false;
    }

    void intOrPercent()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, value);
        QFETCH(bool, percent);
        const auto parsed = IntOrPercent::parse(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(parsed->value, value);
            QCOMPARE(parsed->percent, percent);
            QCOMPARE(parsed->toString(), text);
        }
    }

    void imageTags_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("version");
        QTest::addRow("registry.k8s.io")
            << QStringLiteral("registry.k8s.io/kube-apiserver:v1.35.0") << QStringLiteral("v1.35.0");
        QTest::addRow("etcd") << QStringLiteral("registry.k8s.io/etcd:3.6.6-0") << QStringLiteral("3.6.6-0");
        QTest::addRow("kubeadm wrote + as _")
            << QStringLiteral("r/kube-apiserver:v1.30.2_k3s1") << QStringLiteral("v1.30.2+k3s1");
        QTest::addRow("registry with port")
            << QStringLiteral("localhost:5000/kube-proxy:v1.29.1") << QStringLiteral("v1.29.1");
        QTest::addRow("digest") << QStringLiteral("r/coredns:v1.11.3@sha256:abc")
                                << QStringLiteral("v1.11.3");
        QTest::addRow("no tag") << QStringLiteral("localhost:5000/kube-proxy") << QString();
    }

    void imageTags()
    {
        QFETCH(QString, image);
        QFETCH(QString, version);
        QCOMPARE(imageTagToVersion(image), version);
    }

    void componentsAreReadLikeKubeadm()
    {
        QList<Pod> pods;
        for (const QString &node : {QStringLiteral("cp-2"), QStringLiteral("cp-1")}) {
            Pod p = pod(QStringLiteral("kube-apiserver-") + node,
                        {{QStringLiteral("component"), QStringLiteral("kube-apiserver")},
                         {QStringLiteral("tier"), QStringLiteral("control-plane")}});
            p.namespaceName = QStringLiteral("kube-system");
            p.nodeName = node;
            p.containers << Container{QStringLiteral("kube-apiserver"),
                                      QStringLiteral("registry.k8s.io/kube-apiserver:v1.34.2"),
                                      {}};
            pods << p;
        }
        // A pod with the labels outside kube-system is ignored.
        Pod impostor = pods.constFirst();
        impostor.namespaceName = QStringLiteral("default");
        pods << impostor;
        Workload dns;
        dns.kind = WorkloadKind::Deployment;
        dns.namespaceName = QStringLiteral("kube-system");
        dns.name = QStringLiteral("coredns");
        dns.labels = {{QStringLiteral("k8s-app"), QStringLiteral("kube-dns")}};
        dns.containers << Container{
            QStringLiteral("coredns"), QStringLiteral("registry.k8s.io/coredns/coredns:v1.12.1"), {}};
        Workload proxy = dns;
        proxy.kind = WorkloadKind::DaemonSet;
        proxy.name = QStringLiteral("kube-proxy");
        proxy.labels = {{QStringLiteral("k8s-app"), QStringLiteral("kube-proxy")}};
        proxy.containers = {Container{
            QStringLiteral("kube-proxy"), QStringLiteral("registry.k8s.io/kube-proxy:v1.34.2"), {}}};

        const auto components = deriveComponentVersions(pods, {dns, proxy});
        QCOMPARE(components.size(), 4);
        QCOMPARE(components.at(0).node, QStringLiteral("cp-1")); // sorted by node
        QCOMPARE(components.at(1).node, QStringLiteral("cp-2"));
        QCOMPARE(components.at(2),
                 (ComponentVersion{QStringLiteral("CoreDNS"), QString(), QStringLiteral("v1.12.1"),
                                   QStringLiteral("registry.k8s.io/coredns/coredns:v1.12.1")}));
        QCOMPARE(components.at(3).component, QStringLiteral("kube-proxy"));
    }

    void pdbArithmetic_data()
    {
        QTest::addColumn<QString>("minAvailable");
        QTest::addColumn<QString>("maxUnavailable");
        QTest::addColumn<int>("healthy");
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("allowed");
        QTest::addRow("minAvailable 2 of 3 healthy") << QStringLiteral("2") << QString() << 3 << 3 << 1;
        QTest::addRow("minAvailable 2 with one down") << QStringLiteral("2") << QString() << 2 << 3 << 0;
        QTest::addRow("minAvailable 50%% of 3 rounds up to 2")
            << QStringLiteral("50%") << QString() << 3 << 3 << 1;
        QTest::addRow("maxUnavailable 1") << QString() << QStringLiteral("1") << 4 << 4 << 1;
        QTest::addRow("maxUnavailable 1 with one down") << QString() << QStringLiteral("1") << 3 << 4 << 0;
        QTest::addRow("maxUnavailable 0 never allows eviction")
            << QString() << QStringLiteral("0") << 3 << 3 << 0;
        QTest::addRow("minAvailable 100%% never allows eviction")
            << QStringLiteral("100%") << QString() << 2 << 2 << 0;
        QTest::addRow("single replica with minAvailable 1")
            << QStringLiteral("1") << QString() << 1 << 1 << 0;
    }

    void pdbArithmetic()
    {
        QFETCH(QString, minAvailable);
        QFETCH(QString, maxUnavailable);
        QFETCH(int, healthy);
        QFETCH(int, expected);
        QFETCH(int, allowed);
        PodDisruptionBudget pdb;
        pdb.namespaceName = QStringLiteral("db");
        pdb.selector = {{QStringLiteral("app"), QStringLiteral("pg")}};
        if (!minAvailable.isEmpty())
            pdb.minAvailable = IntOrPercent::parse(minAvailable);
        if (!maxUnavailable.isEmpty())
            pdb.maxUnavailable = IntOrPercent::parse(maxUnavailable);
        QList<Pod> pods;
        for (int i = 0; i < expected; ++i)
            pods << pod(QStringLiteral("pg-%1").arg(i), {{QStringLiteral("app"), QStringLiteral("pg")}},
                        PodPhase::Running, i < healthy);
        pods << pod(QStringLiteral("other"), {{QStringLiteral("app"), QStringLiteral("web")}});
        updatePdbStatus(pdb, pods);
        QCOMPARE(pdb.expectedPods, expected);
        QCOMPARE(pdb.currentHealthy, healthy);
        QCOMPARE(pdb.disruptionsAllowed, allowed);
        QCOMPARE(pdbsForPod(pods.constFirst(), {pdb}).size(), 1);
        QCOMPARE(pdbsForPod(pods.constLast(), {pdb}).size(), 0);
    }

    void textTableAlignsLikeTabwriter()
    {
        TextTable t({QStringLiteral("COMPONENT"), QStringLiteral("NODE"), QStringLiteral("CURRENT")});
        t.addRow({QStringLiteral("kube-apiserver"), QStringLiteral("cp-1"), QStringLiteral("v1.34.3")});
        t.addRow({QStringLiteral("kube-proxy"), QString(), QStringLiteral("1.34.3")});
        QCOMPARE(t.toString(), QStringLiteral("COMPONENT        NODE   CURRENT\n"
                                              "kube-apiserver   cp-1   v1.34.3\n"
                                              "kube-proxy              1.34.3\n"));
    }
};

QTEST_GUILESS_MAIN(TestClusterSnapshot)
#include "tst_clustersnapshot.moc"
