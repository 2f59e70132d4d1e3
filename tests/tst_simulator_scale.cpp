// The practice cluster at production size: 5,000 nodes and 150,000 pods load and answer lists
// quickly, and a node failure there costs work proportional to that node, not to the cluster.
#include "simulatortestsupport.h"

#include <ctime>

using namespace Slipway;
using namespace SimTest;

namespace {

constexpr int kControlPlanes = 5;
constexpr int kWorkers = 4995;
constexpr int kDeployments = 500;
constexpr int kReplicas = 280;
constexpr int kNamespaces = 50;
// Generous for Debug and sanitizer builds; a quadratic step would blow through them by far.
// Budgets of this process's CPU time, not wall time: on a machine shared with other builds and
// suites the wall clock measures their load (a listing took 4.1 s of wall time under a load
// average of 9 in a CI rehearsal), where the CPU time is what the simulator itself spent.
constexpr qint64 kLoadBudgetMs = 20000;
constexpr qint64 kListBudgetMs = 3000;

// CPU time used by this process (all its threads) since start(), in milliseconds.
class CpuTimer
{
public:
    void start() { m_startNs = nowNs(); }
    void restart() { start(); }
    qint64 elapsed() const { return (nowNs() - m_startNs) / 1000000; }

private:
    static qint64 nowNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    qint64 m_startNs = 0;
};

OwnerReference controllerRef(const Workload &w)
{
    return OwnerReference{w.kind == WorkloadKind::Job ? QStringLiteral("batch/v1")
                                                      : QStringLiteral("apps/v1"),
                          workloadKindName(w.kind), w.name, w.uid, true};
}

Pod podFor(const Workload &owner, const QString &name, const QString &node, const QDateTime &created)
{
    Pod p;
    p.namespaceName = owner.namespaceName;
    p.name = name;
    p.uid = QStringLiteral("uid-pod-") + owner.namespaceName + QLatin1Char('-') + name;
    p.labels = owner.selector;
    p.ownerReferences << controllerRef(owner);
    p.nodeName = node;
    p.containers << Container{
        owner.name, QStringLiteral("registry.example/app:1"), {10, 16LL * 1024 * 1024, 0}};
    p.creationTimestamp = created;
    return p;
}

// Like bench/bench_nodetable's generated scenario, built directly (the scenario expander's
// placement is not what is measured here).
ClusterSnapshot bigCluster()
{
    ClusterSnapshot s;
    s.name = QStringLiteral("big");
    s.serverVersion = QStringLiteral("v1.34.3");
    s.takenAt = QDateTime(QDate(2025, 9, 3), QTime(8, 0), Qt::UTC);
    const QDateTime created = s.takenAt.addDays(-30);
    QStringList workers;
    for (int i = 0; i < kControlPlanes + kWorkers; ++i) {
        Node n;
        const bool cp = i < kControlPlanes;
        n.name = cp ? QStringLiteral("cp-%1").arg(i + 1)
                    : QStringLiteral("worker-%1").arg(i - kControlPlanes + 1, 5, 10, QLatin1Char('0'));
        n.uid = QStringLiteral("uid-node-") + n.name;
        n.labels.insert(QStringLiteral("kubernetes.io/hostname"), n.name);
        n.labels.insert(QStringLiteral("topology.kubernetes.io/zone"),
                        QStringLiteral("zone-%1").arg(QLatin1Char(char('a' + i % 5))));
        if (cp) {
            n.labels.insert(QStringLiteral("node-role.kubernetes.io/control-plane"), QString());
            n.taints << Taint{QStringLiteral("node-role.kubernetes.io/control-plane"), QString(),
                              QStringLiteral("NoSchedule")};
        } else {
            workers << n.name;
        }
        n.kubeletVersion = QStringLiteral("v1.34.3");
        n.readyReason = QStringLiteral("KubeletReady");
        n.capacity = n.allocatable = {64000, 256LL << 30, 250};
        n.creationTimestamp = created;
        s.nodes << n;
        if (cp) {
            for (const QString &component :
                 {QStringLiteral("kube-apiserver"), QStringLiteral("kube-controller-manager"),
                  QStringLiteral("kube-scheduler"), QStringLiteral("etcd")}) {
                Pod p;
                p.namespaceName = QStringLiteral("kube-system");
                p.name = component + QLatin1Char('-') + n.name;
                p.uid = QStringLiteral("uid-") + p.name;
                p.labels = {{QStringLiteral("component"), component},
                            {QStringLiteral("tier"), QStringLiteral("control-plane")}};
                p.annotations.insert(QStringLiteral("kubernetes.io/config.mirror"), p.uid);
                p.nodeName = n.name;
                Toleration all;
                all.op = QStringLiteral("Exists");
                all.effect = QStringLiteral("NoExecute");
                p.tolerations << all;
                p.containers << Container{component,
                                          QStringLiteral("registry.k8s.io/%1:%2")
                                              .arg(component, component == QLatin1String("etcd")
                                                                  ? QStringLiteral("3.6.5-0")
                                                                  : QStringLiteral("v1.34.3")),
                                          {}};
                p.creationTimestamp = created;
                s.pods << p;
            }
        }
    }
    for (const QString &dsName : {QStringLiteral("cni"), QStringLiteral("kube-proxy")}) {
        Workload ds;
        ds.kind = WorkloadKind::DaemonSet;
        ds.namespaceName = QStringLiteral("kube-system");
        ds.name = dsName;
        ds.uid = QStringLiteral("uid-ds-") + dsName;
        ds.labels = ds.selector = {{QStringLiteral("k8s-app"), dsName}};
        ds.containers << Container{dsName, QStringLiteral("registry.k8s.io/%1:v1.34.3").arg(dsName), {}};
        ds.replicas = ds.readyReplicas = int(s.nodes.size());
        ds.creationTimestamp = created;
        s.workloads << ds;
        for (const Node &n : std::as_const(s.nodes)) {
            Pod p = podFor(ds, dsName + QLatin1Char('-') + n.name, n.name, created);
            p.containers = ds.containers;
            Toleration all;
            all.op = QStringLiteral("Exists");
            p.tolerations << all;
            s.pods << p;
        }
    }
    int placed = 0;
    for (int d = 0; d < kDeployments; ++d) {
        Workload dep;
        dep.kind = WorkloadKind::Deployment;
        dep.namespaceName = QStringLiteral("ns-%1").arg(d % kNamespaces);
        dep.name = QStringLiteral("app-%1").arg(d);
        dep.uid = QStringLiteral("uid-deploy-") + dep.name;
        dep.labels = dep.selector = {{QStringLiteral("app"), dep.name}};
        dep.containers << Container{
            dep.name, QStringLiteral("registry.example/app:1"), {10, 16LL * 1024 * 1024, 0}};
        dep.replicas = dep.readyReplicas = kReplicas;
        dep.creationTimestamp = created;
        Workload rs = dep;
        rs.kind = WorkloadKind::ReplicaSet;
        rs.name = dep.name + QStringLiteral("-5d8f7c9b4");
        rs.uid = QStringLiteral("uid-rs-") + dep.name;
        rs.selector.insert(QStringLiteral("pod-template-hash"), QStringLiteral("5d8f7c9b4"));
        rs.labels = rs.selector;
        rs.ownerReferences << controllerRef(dep);
        s.workloads << dep << rs;
        for (int r = 0; r < kReplicas; ++r)
            s.pods << podFor(rs, QStringLiteral("%1-%2").arg(rs.name).arg(r, 5, 10, QLatin1Char('0')),
                             workers.at(placed++ % workers.size()), created);
    }
    return s;
}

} // namespace

class TestSimulatorScale : public QObject
{
    Q_OBJECT
    ClusterSnapshot m_cluster;

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = bigCluster();
        QCOMPARE(m_cluster.nodes.size(), 5000);
        QCOMPARE(m_cluster.pods.size(), kControlPlanes * 4 + 2 * 5000 + kDeployments * kReplicas);
    }

    void loadsAndListsQuickly()
    {
        CpuTimer timer;
        timer.start();
        Simulator sim(m_cluster);
        const qint64 loadMs = timer.elapsed();
        qInfo("load: %lld ms of CPU", loadMs);
        QVERIFY2(loadMs < kLoadBudgetMs, qPrintable(QString::number(loadMs)));
        // One write per object: the controllers found the consistent cluster nothing to change.
        const int namespaces = 4 + kNamespaces;
        QCOMPARE(sim.resourceVersion(), quint64(namespaces + m_cluster.nodes.size() + m_cluster.pods.size() +
                                                m_cluster.workloads.size()));

        timer.restart();
        const SimList all = sim.list(ResourceKind::Pod);
        const qint64 listMs = timer.elapsed();
        qInfo("list all pods: %lld ms of CPU", listMs);
        QCOMPARE(all.items.size(), m_cluster.pods.size());
        QVERIFY2(listMs < kListBudgetMs, qPrintable(QString::number(listMs)));

        timer.restart();
        const SimList ns7 = sim.list(ResourceKind::Pod, QStringLiteral("ns-7"));
        for (int i = 0; i < 10000; ++i)
            QVERIFY(
                sim.get(ResourceKind::Pod, QStringLiteral("ns-7"),
                        QStringLiteral("app-7-5d8f7c9b4-%1").arg(i % kReplicas, 5, 10, QLatin1Char('0'))));
        const qint64 lookupMs = timer.elapsed();
        qInfo("one namespace and 10,000 gets: %lld ms of CPU", lookupMs);
        QCOMPARE(ns7.items.size(), kDeployments / kNamespaces * kReplicas);
        QVERIFY2(lookupMs < kListBudgetMs, qPrintable(QString::number(lookupMs)));
    }

    void aNodeFailureCostsWhatTheNodeHolds()
    {
        Simulator sim(m_cluster);
        const QString victim = QStringLiteral("worker-01234");
        const QList<Pod> onVictim = podsOnNode(sim, victim);
        QVERIFY(onVictim.size() > 20);
        CpuTimer timer;
        timer.start();
        sim.powerOffNode(victim);
        sim.clock()->advance(600); // Unknown, tainted, evicted, replaced, replacements Ready
        const qint64 ms = timer.elapsed();
        qInfo("node failure over 10 minutes: %lld ms of CPU", ms);
        QVERIFY2(ms < kListBudgetMs, qPrintable(QString::number(ms)));
        QCOMPARE(node(sim, victim).ready, ConditionStatus::Unknown);
        int replaced = 0;
        for (const Pod &p : onVictim) {
            const auto now = pod(sim, p.namespaceName, p.name);
            QVERIFY(now);
            if (p.controllerRef()->kind == QLatin1String("ReplicaSet")) {
                QVERIFY(now->deletionTimestamp);
                ++replaced;
            } else {
                QVERIFY(!now->deletionTimestamp); // DaemonSet pods stay
            }
        }
        QVERIFY(replaced > 20);
        QVERIFY(!sim.eventsSince(0)); // the initial state is not history
        const auto app = std::find_if(onVictim.cbegin(), onVictim.cend(), [](const Pod &p) {
            return p.namespaceName.startsWith(QStringLiteral("ns-"));
        });
        QVERIFY(app != onVictim.cend());
        const QString deployment = app->controllerRef()->name.section(QLatin1Char('-'), 0, 1);
        QCOMPARE(workload(sim, ResourceKind::Deployment, app->namespaceName, deployment).readyReplicas,
                 kReplicas);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorScale)
#include "tst_simulator_scale.moc"
