// Specification of the practice cluster's node life cycle (FACTS §6: heartbeats, Ready=Unknown,
// taint-based eviction after 300 s, what happens to each kind of pod) and of the node upgrade
// agent (FACTS §3.5, §7.2, §7.4).
#include "models/releasecatalog.h"
#include "models/run/practicetrigger.h"
#include "simulatortestsupport.h"

#include <QSignalSpy>

using namespace Slipway;
using namespace SimTest;

namespace {

const QString kUnreachable = QStringLiteral("node.kubernetes.io/unreachable");
const QString kNotReady = QStringLiteral("node.kubernetes.io/not-ready");
const QString kNoExecute = QStringLiteral("NoExecute");
const QString kNoSchedule = QStringLiteral("NoSchedule");

// On w1: a Deployment pod, StatefulSet pod db-0, a bare pod and DaemonSet pods.
const QByteArray kWorkloads =
    "  - {kind: DaemonSet, namespace: kube-system, name: cni, image: cni:1, tolerations: [{operator: "
    "Exists}]}\n"
    "  - {kind: Deployment, namespace: shop, name: web, replicas: 2, nodes: [w1, w2]}\n"
    "  - {kind: StatefulSet, namespace: data, name: db, replicas: 2, nodes: [w1, w2]}\n"
    "  - {kind: Pod, namespace: default, name: debug, node: w1}\n";

std::optional<Pod> onNode(const Simulator &sim, const QString &node, const QString &ns, const QString &prefix)
{
    for (const Pod &p : podsOnNode(sim, node)) {
        if (p.namespaceName == ns && p.name.startsWith(prefix))
            return p;
    }
    return std::nullopt;
}

QString imageOf(const Simulator &sim, const QString &ns, const QString &podName)
{
    const auto p = pod(sim, ns, podName);
    return p && !p->containers.isEmpty() ? p->containers.constFirst().image : QString();
}

} // namespace

class TestSimulatorNodeLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nodeDownTimeline_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<qint64>("grace");
        QTest::addRow("v1.34 control plane: 50 s grace") << QByteArray("v1.34.3") << qint64(50);
        QTest::addRow("v1.31 control plane: 40 s grace") << QByteArray("v1.31.9") << qint64(40);
    }

    void nodeDownTimeline()
    {
        QFETCH(QByteArray, version);
        QFETCH(qint64, grace);
        auto sim = loadYaml(labScenario(version, kWorkloads));
        QVERIFY(sim);
        QCOMPARE(sim->nodeMonitorGracePeriodSeconds(), grace);
        const QString w1 = QStringLiteral("w1");
        const Pod web = *onNode(*sim, w1, QStringLiteral("shop"), QStringLiteral("web-"));
        const Pod db = *onNode(*sim, w1, QStringLiteral("data"), QStringLiteral("db-0"));
        const Pod debug = *onNode(*sim, w1, QStringLiteral("default"), QStringLiteral("debug"));
        const Pod cni = *onNode(*sim, w1, QStringLiteral("kube-system"), QStringLiteral("cni-"));
        const Pod proxy = *onNode(*sim, w1, QStringLiteral("kube-system"), QStringLiteral("kube-proxy-"));

        sim->powerOffNode(w1);
        QVERIFY(!sim->isNodePoweredOn(w1));
        const QDateTime heartbeat = *sim->nodeLastHeartbeat(w1);
        QVERIFY(heartbeat <= sim->now() && heartbeat > sim->now().addSecs(-10)); // Lease renewed every 10 s

        // Ready until the grace period has passed, Unknown at the next 5 s monitor pass.
        advanceTo(*sim, heartbeat.addSecs(grace));
        QCOMPARE(node(*sim, w1).ready, ConditionStatus::True);
        QVERIFY(pod(*sim, QStringLiteral("shop"), web.name)->ready);
        sim->clock()->advance(5);
        const Node down = node(*sim, w1);
        QCOMPARE(down.ready, ConditionStatus::Unknown);
        QCOMPARE(down.readyReason, QStringLiteral("NodeStatusUnknown"));
        QVERIFY(hasTaint(down, kUnreachable, kNoSchedule));
        QVERIFY(hasTaint(down, kUnreachable, kNoExecute));
        for (const Pod &p : podsOnNode(*sim, w1)) {
            QVERIFY2(!p.ready, qPrintable(p.key())); // MarkPodsNotReady
            QCOMPARE(p.phase, PodPhase::Running);
        }
        const QDateTime unknownAt = *sim->nodeReadyTransitionTime(w1);
        QVERIFY(unknownAt > heartbeat.addSecs(grace) && unknownAt <= heartbeat.addSecs(grace + 5));

        // The default 300 s tolerations run out.
        advanceTo(*sim, unknownAt.addSecs(299));
        QVERIFY(!pod(*sim, QStringLiteral("shop"), web.name)->deletionTimestamp);
        QVERIFY(!pod(*sim, QStringLiteral("default"), debug.name)->deletionTimestamp);
        sim->clock()->advance(1);
        for (const Pod &victim : {web, db, debug}) {
            const auto now = pod(*sim, victim.namespaceName, victim.name);
            QVERIFY2(now && now->uid == victim.uid && now->deletionTimestamp, qPrintable(victim.key()));
            QCOMPARE(*now->deletionTimestamp, unknownAt.addSecs(300 + victim.terminationGracePeriodSeconds));
        }
        // DaemonSet pods tolerate unreachable forever.
        QVERIFY(!pod(*sim, QStringLiteral("kube-system"), cni.name)->deletionTimestamp);
        QVERIFY(!pod(*sim, QStringLiteral("kube-system"), proxy.name)->deletionTimestamp);

        // The ReplicaSet replaces its pod on another node at once.
        QList<Pod> activeWeb;
        for (const Pod &p : pods(*sim, QStringLiteral("shop"), QStringLiteral("web-"))) {
            if (!p.deletionTimestamp)
                activeWeb << p;
        }
        QCOMPARE(activeWeb.size(), 2);
        for (const Pod &p : std::as_const(activeWeb))
            QVERIFY2(!p.nodeName.isEmpty() && p.nodeName != w1,
                     qPrintable(p.name + QStringLiteral(" on ") + p.nodeName));
        sim->clock()->advance(5);
        QCOMPARE(workload(*sim, ResourceKind::Deployment, QStringLiteral("shop"), QStringLiteral("web"))
                     .readyReplicas,
                 2);

        // An hour later: the kubelet never confirmed, so the deleted pods hang in Terminating; the
        // bare pod has no successor and db-0's identity stays taken.
        sim->clock()->advance(3600);
        QCOMPARE(node(*sim, w1).ready, ConditionStatus::Unknown);
        QCOMPARE(pod(*sim, QStringLiteral("data"), db.name)->uid, db.uid);
        QVERIFY(pod(*sim, QStringLiteral("data"), db.name)->deletionTimestamp);
        QCOMPARE(pods(*sim, QStringLiteral("data"), QStringLiteral("db-")).size(), 2);
        QCOMPARE(pods(*sim, QStringLiteral("default")).size(), 1);
        QCOMPARE(pod(*sim, QStringLiteral("kube-system"), cni.name)->uid, cni.uid);

        // Power back: the kubelet finishes the deletions, the StatefulSet gets db-0 back.
        sim->powerOnNode(w1);
        QVERIFY(sim->isNodePoweredOn(w1));
        QCOMPARE(node(*sim, w1).ready, ConditionStatus::True);
        QVERIFY(!hasTaint(node(*sim, w1), kUnreachable, kNoSchedule));
        QVERIFY(!pod(*sim, QStringLiteral("default"), debug.name));
        QVERIFY(!pod(*sim, QStringLiteral("shop"), web.name));
        const auto newDb = pod(*sim, QStringLiteral("data"), db.name);
        QVERIFY(newDb && newDb->uid != db.uid && !newDb->deletionTimestamp);
        sim->clock()->advance(5); // the next monitor pass removes the NoExecute taint
        QVERIFY(!hasTaint(node(*sim, w1), kUnreachable, kNoExecute));
        sim->clock()->advance(10);
        QVERIFY(pod(*sim, QStringLiteral("data"), db.name)->ready);
        QVERIFY(pod(*sim, QStringLiteral("kube-system"), cni.name)->ready);
        QCOMPARE(pods(*sim, QStringLiteral("default")).size(), 0); // bare pods are gone for good
    }

    void shortRebootEvictsNothing()
    {
        auto sim = loadYaml(labScenario("v1.34.3", kWorkloads));
        QVERIFY(sim);
        const QString w2 = QStringLiteral("w2");
        QSignalSpy changed(sim.get(), &Simulator::changed);
        const QList<Pod> before = podsOnNode(*sim, w2);
        const QDateTime t0 = sim->now();
        sim->rebootNode(w2, 30);
        QVERIFY(!sim->isNodePoweredOn(w2));
        advanceTo(*sim, t0.addSecs(30));
        QVERIFY(sim->isNodePoweredOn(w2));
        for (const Pod &p : podsOnNode(*sim, w2))
            QVERIFY2(!p.ready, qPrintable(p.key())); // containers restart after the power loss
        sim->clock()->advance(600);
        for (const Pod &p : before) {
            const auto now = pod(*sim, p.namespaceName, p.name);
            QVERIFY2(now && now->uid == p.uid && !now->deletionTimestamp && now->ready, qPrintable(p.key()));
        }
        for (const QVariantList &args : std::as_const(changed)) {
            const auto e = args.constFirst().value<WatchEvent>();
            QVERIFY(e.object.kind != ResourceKind::Node || e.object.node.ready == ConditionStatus::True);
        }
    }

    void terminationWaitsForAPoweredOffKubelet()
    {
        auto sim = loadYaml(labScenario("v1.34.3", kWorkloads));
        QVERIFY(sim);
        const Pod web = *onNode(*sim, QStringLiteral("w1"), QStringLiteral("shop"), QStringLiteral("web-"));
        const QDateTime t0 = sim->now();
        QVERIFY(sim->deletePod(web.namespaceName, web.name, std::nullopt).ok());
        sim->clock()->advance(10);
        sim->powerOffNode(QStringLiteral("w1"));
        advanceTo(*sim, t0.addSecs(web.terminationGracePeriodSeconds + 30));
        const auto stuck = pod(*sim, web.namespaceName, web.name);
        QVERIFY2(stuck && stuck->uid == web.uid, "a powered-off kubelet confirms no deletion");
        sim->powerOnNode(QStringLiteral("w1"));
        QVERIFY(!pod(*sim, web.namespaceName, web.name));
    }

    void adminTaintsEvictWhatDoesNotTolerateThem()
    {
        const QByteArray workloads =
            kWorkloads + "  - {kind: DaemonSet, namespace: kube-system, name: logger, image: logger:1}\n";
        auto sim = loadYaml(labScenario("v1.34.3", workloads));
        QVERIFY(sim);
        const Pod logger1 =
            *onNode(*sim, QStringLiteral("w1"), QStringLiteral("kube-system"), QStringLiteral("logger-"));
        const Pod logger2 =
            *onNode(*sim, QStringLiteral("w2"), QStringLiteral("kube-system"), QStringLiteral("logger-"));
        const Pod cni =
            *onNode(*sim, QStringLiteral("w1"), QStringLiteral("kube-system"), QStringLiteral("cni-"));
        const Pod debug = *pod(*sim, QStringLiteral("default"), QStringLiteral("debug"));
        // NoSchedule keeps new pods away but running DaemonSet pods stay.
        QVERIFY(
            sim->updateNode(
                   QStringLiteral("w2"),
                   [](Node &n) {
                       n.taints << Taint{QStringLiteral("maintenance"), QStringLiteral("soon"), kNoSchedule};
                   })
                .ok());
        QVERIFY(!pod(*sim, QStringLiteral("kube-system"), logger2.name)->deletionTimestamp);
        // NoExecute evicts at once whatever does not tolerate it, DaemonSet pods included.
        QVERIFY(
            sim->updateNode(
                   QStringLiteral("w1"),
                   [](Node &n) {
                       n.taints << Taint{QStringLiteral("maintenance"), QStringLiteral("now"), kNoExecute};
                   })
                .ok());
        QVERIFY(pod(*sim, QStringLiteral("default"), debug.name)->deletionTimestamp);
        QVERIFY(pod(*sim, QStringLiteral("kube-system"), logger1.name)->deletionTimestamp);
        QVERIFY(
            !pod(*sim, QStringLiteral("kube-system"), cni.name)->deletionTimestamp); // tolerates everything
        sim->clock()->advance(60);
        QVERIFY(
            !onNode(*sim, QStringLiteral("w1"), QStringLiteral("kube-system"), QStringLiteral("logger-")));
        QCOMPARE(
            workload(*sim, ResourceKind::DaemonSet, QStringLiteral("kube-system"), QStringLiteral("logger"))
                .replicas,
            1);
    }

    void noExecuteTaintsAreRateLimitedPerZone()
    {
        // worker-1 and worker-4 form zone-a; with both down the zone is fully disrupted, which
        // keeps the normal rate because other zones are healthy: one node per 10 s.
        auto sim = loadBundled(QStringLiteral("default"));
        QVERIFY(sim);
        QHash<QString, QDateTime> tainted;
        connect(sim.get(), &Simulator::changed, this, [&](const WatchEvent &e) {
            if (e.object.kind == ResourceKind::Node && hasTaint(e.object.node, kUnreachable, kNoExecute) &&
                !tainted.contains(e.object.node.name))
                tainted.insert(e.object.node.name, sim->now());
        });
        sim->powerOffNode(QStringLiteral("worker-1"));
        sim->powerOffNode(QStringLiteral("worker-4"));
        sim->clock()->advance(120);
        QCOMPARE(tainted.size(), 2);
        QDateTime detected1 = *sim->nodeReadyTransitionTime(QStringLiteral("worker-1"));
        QDateTime detected4 = *sim->nodeReadyTransitionTime(QStringLiteral("worker-4"));
        QString first = QStringLiteral("worker-1"), second = QStringLiteral("worker-4");
        if (detected4 < detected1) {
            std::swap(first, second);
            std::swap(detected1, detected4);
        }
        QCOMPARE(tainted.value(first), detected1);
        QCOMPARE(tainted.value(second), std::max(detected4, detected1.addSecs(10)));
    }

    void noEvictionsWhenEveryZoneIsDown()
    {
        // All nodes of the only zone unreachable: the controller suspects itself and evicts nothing.
        auto sim = loadBundled(QStringLiteral("cka-lecture"));
        QVERIFY(sim);
        for (const char *n : {"master", "node01", "node02", "node03"})
            sim->powerOffNode(QLatin1String(n));
        sim->clock()->advance(900);
        for (const StoredObject &o : sim->list(ResourceKind::Node).items) {
            QCOMPARE(o.node.ready, ConditionStatus::Unknown);
            QVERIFY(!hasTaint(o.node, kUnreachable, kNoExecute));
            QVERIFY(hasTaint(o.node, kUnreachable, kNoSchedule));
        }
        for (const StoredObject &o : sim->list(ResourceKind::Pod).items)
            QVERIFY2(!o.pod.deletionTimestamp, qPrintable(o.pod.key()));
    }

    // ---- node upgrade agent ----
    void kubeletUpgrade_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("kubeProxyVersion");
        QTest::addRow("from 1.33 the kubelet leaves kubeProxyVersion empty")
            << QStringLiteral("v1.34.3") << QString();
        QTest::addRow("below 1.33 it reports its own version")
            << QStringLiteral("v1.32.5") << QStringLiteral("v1.32.5");
    }

    void kubeletUpgrade()
    {
        QFETCH(QString, version);
        QFETCH(QString, kubeProxyVersion);
        auto sim = loadBundled(QStringLiteral("default"));
        QVERIFY(sim);
        const QString w6 = QStringLiteral("worker-6");
        QCOMPARE(node(*sim, w6).kubeProxyVersion, QStringLiteral("v1.31.9"));
        const QList<Pod> before = podsOnNode(*sim, w6);
        QSignalSpy finished(sim.get(), &Simulator::nodeUpgradeFinished);
        const SimResult r = sim->upgradeNode(w6, version, false);
        QCOMPARE(r.httpStatus, 200);
        QVERIFY(sim->isNodeUpgrading(w6));
        QCOMPARE(node(*sim, w6).ready, ConditionStatus::True);
        sim->clock()->advance(5); // the kubelet restarts: NotReady for a few seconds
        QCOMPARE(node(*sim, w6).ready, ConditionStatus::False);
        QCOMPARE(node(*sim, w6).readyReason, QStringLiteral("KubeletNotReady"));
        QCOMPARE(node(*sim, w6).kubeletVersion, QStringLiteral("v1.31.9"));
        sim->clock()->advance(4);
        QCOMPARE(node(*sim, w6).ready, ConditionStatus::False);
        sim->clock()->advance(1);
        const Node upgraded = node(*sim, w6);
        QCOMPARE(upgraded.ready, ConditionStatus::True);
        QCOMPARE(upgraded.kubeletVersion, version);
        QCOMPARE(upgraded.kubeProxyVersion, kubeProxyVersion);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst(), (QVariantList{w6, version}));
        QVERIFY(!sim->isNodeUpgrading(w6));
        sim->clock()->advance(10);
        QVERIFY(!hasTaint(node(*sim, w6), kNotReady, kNoSchedule));
        QVERIFY(!hasTaint(node(*sim, w6), kNotReady, kNoExecute));
        for (const Pod &p : before) {
            const auto now = pod(*sim, p.namespaceName, p.name);
            QVERIFY2(now && now->uid == p.uid && now->ready == p.ready && !now->deletionTimestamp,
                     qPrintable(p.key()));
        }
    }

    void controlPlaneUpgrade()
    {
        auto sim = loadBundled(QStringLiteral("default"));
        QVERIFY(sim);
        const QString ks = QStringLiteral("kube-system");
        const QString etcd =
            QStringLiteral("registry.k8s.io/etcd:") + ReleaseCatalog::bundled().etcdFor(35).raw();
        const QString coreDns = QStringLiteral("registry.k8s.io/coredns/coredns:") +
                                ReleaseCatalog::bundled().coreDnsFor(35).raw();
        QVERIFY(etcd.endsWith(QStringLiteral("-0")) && coreDns.endsWith(QStringLiteral(":v1.13.1")));
        const QString oldApiserverUid = pod(*sim, ks, QStringLiteral("kube-apiserver-cp-1"))->uid;

        QCOMPARE(sim->upgradeNode(QStringLiteral("cp-1"), QStringLiteral("v1.35.0"), true).httpStatus, 200);
        sim->clock()->advance(10); // kubeadm upgrade apply: etcd first
        QCOMPARE(imageOf(*sim, ks, QStringLiteral("etcd-cp-1")), etcd);
        QCOMPARE(imageOf(*sim, ks, QStringLiteral("kube-apiserver-cp-1")),
                 QStringLiteral("registry.k8s.io/kube-apiserver:v1.34.3"));
        QCOMPARE(sim->serverGitVersion(), QStringLiteral("v1.34.3"));
        sim->clock()->advance(10);
        const Pod apiserver = *pod(*sim, ks, QStringLiteral("kube-apiserver-cp-1"));
        QCOMPARE(apiserver.containers.constFirst().image,
                 QStringLiteral("registry.k8s.io/kube-apiserver:v1.35.0"));
        QVERIFY(apiserver.uid != oldApiserverUid); // a new mirror pod
        QVERIFY(apiserver.isMirror());
        QCOMPARE(sim->serverGitVersion(), QStringLiteral("v1.35.0"));
        sim->clock()->advance(60);
        QCOMPARE(imageOf(*sim, ks, QStringLiteral("kube-scheduler-cp-1")),
                 QStringLiteral("registry.k8s.io/kube-scheduler:v1.35.0"));
        QCOMPARE(imageOf(*sim, ks, QStringLiteral("kube-controller-manager-cp-2")),
                 QStringLiteral("registry.k8s.io/kube-controller-manager:v1.34.3"));
        QCOMPARE(node(*sim, QStringLiteral("cp-1")).kubeletVersion, QStringLiteral("v1.35.0"));
        // Since v1.28 the add-ons wait for the last control-plane instance.
        auto addons = [&] {
            return QStringList{workload(*sim, ResourceKind::Deployment, ks, QStringLiteral("coredns"))
                                   .containers.constFirst()
                                   .image,
                               workload(*sim, ResourceKind::DaemonSet, ks, QStringLiteral("kube-proxy"))
                                   .containers.constFirst()
                                   .image};
        };
        const QStringList oldAddons{QStringLiteral("registry.k8s.io/coredns/coredns:v1.12.1"),
                                    QStringLiteral("registry.k8s.io/kube-proxy:v1.34.3")};
        QCOMPARE(addons(), oldAddons);
        QCOMPARE(sim->upgradeNode(QStringLiteral("cp-2"), QStringLiteral("v1.35.0"), false).httpStatus, 200);
        sim->clock()->advance(60);
        QCOMPARE(addons(), oldAddons);
        QCOMPARE(sim->upgradeNode(QStringLiteral("cp-3"), QStringLiteral("v1.35.0"), false).httpStatus, 200);
        sim->clock()->advance(40);
        QCOMPARE(addons(), (QStringList{coreDns, QStringLiteral("registry.k8s.io/kube-proxy:v1.35.0")}));

        // The add-ons roll out: kube-proxy one node at a time, CoreDNS through a new ReplicaSet.
        sim->clock()->advance(1800);
        const ClusterSnapshot s = sim->snapshot();
        QCOMPARE(s.serverVersion, QStringLiteral("v1.35.0"));
        for (const ComponentVersion &c : s.components) {
            if (c.component == QLatin1String("etcd"))
                QCOMPARE(c.image, etcd);
            else if (c.component == QLatin1String("CoreDNS"))
                QCOMPARE(c.version, QStringLiteral("v1.13.1"));
            else
                QCOMPARE(c.version, QStringLiteral("v1.35.0"));
        }
        int proxies = 0;
        for (const Pod &p : pods(*sim, ks, QStringLiteral("kube-proxy-"))) {
            ++proxies;
            QCOMPARE(p.containers.constFirst().image, QStringLiteral("registry.k8s.io/kube-proxy:v1.35.0"));
            QVERIFY(p.ready);
        }
        QCOMPARE(proxies, 9);
        const QList<Pod> dns = pods(*sim, ks, QStringLiteral("coredns-"));
        QCOMPARE(dns.size(), 2);
        for (const Pod &p : dns) {
            QCOMPARE(p.containers.constFirst().image, coreDns);
            QVERIFY(p.ready);
        }
        QCOMPARE(workload(*sim, ResourceKind::Deployment, ks, QStringLiteral("coredns")).readyReplicas, 2);
    }

    void addonsFollowTheKubeadmRuleOfTheTargetVersion_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("afterFirst");
        QTest::addRow("before 1.28: upgrade apply upgrades the add-ons at once")
            << QStringLiteral("v1.27.16") << true;
        QTest::addRow("since 1.28: only after the last control-plane instance")
            << QStringLiteral("v1.28.15") << false;
    }

    void addonsFollowTheKubeadmRuleOfTheTargetVersion()
    {
        QFETCH(QString, target);
        QFETCH(bool, afterFirst);
        const QByteArray secondControlPlane =
            "  - {name: cp-2, roles: [control-plane], kubelet: v1.27.10, controlPlane: {kube-apiserver: "
            "v1.27.10, kube-controller-manager: v1.27.10, kube-scheduler: v1.27.10}}\n";
        auto sim = loadYaml(labScenario("v1.27.10", {}, secondControlPlane));
        QVERIFY(sim);
        auto proxyImage = [&] {
            return workload(*sim, ResourceKind::DaemonSet, QStringLiteral("kube-system"),
                            QStringLiteral("kube-proxy"))
                .containers.constFirst()
                .image;
        };
        const QString upgraded = QStringLiteral("registry.k8s.io/kube-proxy:") + target;
        QCOMPARE(sim->upgradeNode(QStringLiteral("cp-1"), target, true).httpStatus, 200);
        sim->clock()->advance(60);
        QCOMPARE(proxyImage() == upgraded, afterFirst);
        QCOMPARE(sim->upgradeNode(QStringLiteral("cp-2"), target, false).httpStatus, 200);
        sim->clock()->advance(60);
        QCOMPARE(proxyImage(), upgraded);
    }

    void vendorVersionsKeepTheirBuildMetadata()
    {
        auto sim = loadYaml(labScenario());
        QVERIFY(sim);
        QVERIFY(sim->upgradeNode(QStringLiteral("cp-1"), QStringLiteral("v1.35.1+rke2r1"), true).ok());
        sim->clock()->advance(60);
        QCOMPARE(imageOf(*sim, QStringLiteral("kube-system"), QStringLiteral("kube-apiserver-cp-1")),
                 QStringLiteral("registry.k8s.io/kube-apiserver:v1.35.1_rke2r1"));
        QCOMPARE(sim->serverGitVersion(), QStringLiteral("v1.35.1+rke2r1"));
        QCOMPARE(node(*sim, QStringLiteral("cp-1")).kubeletVersion, QStringLiteral("v1.35.1+rke2r1"));
    }

    void upgradeRefusals()
    {
        auto sim = loadYaml(labScenario());
        QVERIFY(sim);
        QCOMPARE(sim->upgradeNode(QStringLiteral("w9"), QStringLiteral("v1.35.0"), false).httpStatus, 404);
        QCOMPARE(sim->upgradeNode(QStringLiteral("w1"), QStringLiteral("1.35"), false).httpStatus, 422);
        const SimResult apply = sim->upgradeNode(QStringLiteral("w1"), QStringLiteral("v1.35.0"), true);
        QCOMPARE(apply.httpStatus, 422);
        QVERIFY2(apply.message.contains(QStringLiteral("kubeadm upgrade node")), qPrintable(apply.message));
        sim->powerOffNode(QStringLiteral("w2"));
        QCOMPARE(sim->upgradeNode(QStringLiteral("w2"), QStringLiteral("v1.35.0"), false).httpStatus, 409);
        QVERIFY(sim->upgradeNode(QStringLiteral("w3"), QStringLiteral("v1.35.0"), false).ok());
        QCOMPARE(sim->upgradeNode(QStringLiteral("w3"), QStringLiteral("v1.35.0"), false).httpStatus, 409);
        QCOMPARE(node(*sim, QStringLiteral("w1")).kubeletVersion, QStringLiteral("v1.34.3"));
    }

    // The node agent's surge and retire requests (docs/practice-cluster-simulator.md "Surge
    // nodes"): a new machine registers NotReady, tainted not-ready, and is Ready, schedulable and
    // running its DaemonSet pods 30 s later; a retired worker's Node is deleted and its remaining
    // pods go with the pod garbage collector 40 s later; the same request twice adds nothing.
    void surgeNodesJoinAndRetiredNodesGo()
    {
        namespace PT = PracticeTrigger;
        auto sim = loadBundled(QStringLiteral("default"));
        QVERIFY(sim);
        const auto request = [&](int count, const QString &version) {
            sim->updateNode(QStringLiteral("cp-1"), [&](Node &n) {
                n.annotations.insert(PT::kSurgeToken, QStringLiteral("run1.surge"));
                n.annotations.insert(PT::kSurgeNodes, QString::number(count));
                n.annotations.insert(PT::kSurgeVersion, version);
                n.annotations.insert(PT::kSurgeTemplates, QStringLiteral("worker-2,worker-3"));
            });
            QCoreApplication::processEvents(); // the agent answers from the event loop
        };
        request(1, QStringLiteral("v1.36.0")); // newer than the API server: refused
        QVERIFY(node(*sim, QStringLiteral("cp-1"))
                    .annotations.value(PT::kSurgeStatus)
                    .contains(QLatin1String("failed")));
        QVERIFY(!sim->get(ResourceKind::Node, {}, QStringLiteral("worker-7")));
        sim->updateNode(QStringLiteral("cp-1"), [](Node &n) { n.annotations.remove(PT::kSurgeStatus); });
        request(1, QStringLiteral("v1.34.3"));
        const Node joined = node(*sim, QStringLiteral("worker-7"));
        QCOMPARE(joined.ready, ConditionStatus::False);
        QVERIFY(!joined.unschedulable);
        QCOMPARE(joined.labels.value(QStringLiteral("topology.kubernetes.io/zone")),
                 QStringLiteral("zone-b"));
        QCOMPARE(joined.labels.value(QStringLiteral("kubernetes.io/hostname")), QStringLiteral("worker-7"));
        QVERIFY(joined.roles().contains(QLatin1String("worker")));
        QCOMPARE(joined.annotations.value(PT::kSurgeOf), QStringLiteral("run1.surge"));
        sim->clock()->advance(10);
        QVERIFY(hasTaint(node(*sim, QStringLiteral("worker-7")),
                         QStringLiteral("node.kubernetes.io/not-ready"), QStringLiteral("NoSchedule")));
        sim->clock()->advance(30);
        QCOMPARE(node(*sim, QStringLiteral("worker-7")).ready, ConditionStatus::True);
        QVERIFY(!hasTaint(node(*sim, QStringLiteral("worker-7")),
                          QStringLiteral("node.kubernetes.io/not-ready"), QStringLiteral("NoSchedule")));
        QVERIFY(!podsOnNode(*sim, QStringLiteral("worker-7")).isEmpty()); // kube-proxy at least
        request(1, QStringLiteral("v1.34.3")); // sent again (a resumed run): nothing more
        request(2, QStringLiteral("v1.34.3"));
        QVERIFY(sim->get(ResourceKind::Node, {}, QStringLiteral("worker-8")));
        QVERIFY(!sim->get(ResourceKind::Node, {}, QStringLiteral("worker-9")));
        QCOMPARE(node(*sim, QStringLiteral("worker-8"))
                     .labels.value(QStringLiteral("topology.kubernetes.io/zone")),
                 QStringLiteral("zone-c"));

        // Retire: refused while schedulable, done once cordoned.
        const auto retire = [&] {
            sim->updateNode(QStringLiteral("worker-2"), [](Node &n) {
                n.annotations.insert(PT::kRetire, QStringLiteral("run1.worker-2.retire"));
            });
            QCoreApplication::processEvents();
        };
        retire();
        QVERIFY(node(*sim, QStringLiteral("worker-2"))
                    .annotations.value(PT::kRetireStatus)
                    .contains(QLatin1String("schedulable")));
        sim->updateNode(QStringLiteral("worker-2"), [](Node &n) {
            n.unschedulable = true;
            n.annotations.remove(PT::kRetireStatus);
        });
        retire();
        QVERIFY(!sim->get(ResourceKind::Node, {}, QStringLiteral("worker-2")));
        QVERIFY(!podsOnNode(*sim, QStringLiteral("worker-2")).isEmpty());
        sim->clock()->advance(41);
        QVERIFY(podsOnNode(*sim, QStringLiteral("worker-2")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimulatorNodeLifecycle)
#include "tst_simulator_nodelifecycle.moc"
