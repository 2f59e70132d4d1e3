// Specification of the drain preview: kubectl's verdict per pod (FACTS §5.2), budgets, the last
// ready replica, and whether the evicted pods fit on the remaining schedulable nodes.
#include "models/disruption.h"
#include "models/drain/drainpreview.h"
#include "models/drain/drainpreviewtext.h"
#include "sim/scenario/scenarioloader.h"

#include <QRegularExpression>
#include <QTest>

using namespace Slipway;

namespace {

const ClusterSnapshot &bundled(const QString &name)
{
    static QHash<QString, ClusterSnapshot> cache;
    if (!cache.contains(name)) {
        const auto loaded = ScenarioLoader::loadBundled(name);
        Q_ASSERT(loaded.ok());
        cache.insert(name, loaded->snapshot);
    }
    return cache[name];
}

// kubectl-style flags: "--force --ignore-daemonsets --override-pdb=ns/name --disable-eviction".
DrainOptions optionsFrom(const QString &flags)
{
    DrainOptions o;
    for (const QString &flag : flags.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (flag == QLatin1String("--force"))
            o.force = true;
        else if (flag == QLatin1String("--ignore-daemonsets"))
            o.ignoreDaemonSets = true;
        else if (flag == QLatin1String("--delete-emptydir-data"))
            o.deleteEmptyDirData = true;
        else if (flag == QLatin1String("--disable-eviction"))
            o.disableEviction = true;
        else if (flag.startsWith(QLatin1String("--override-pdb=")))
            o.overridePdbs << flag.section(QLatin1Char('='), 1);
        else
            qFatal("unknown flag %s", qPrintable(flag));
    }
    return o;
}

// The pod whose name starts with `prefix` (generated suffixes differ per workload).
const DrainPodPreview *podStartingWith(const DrainNodePreview &preview, const QString &prefix)
{
    for (const DrainPodPreview &p : preview.pods) {
        if (p.podKey.startsWith(prefix))
            return &p;
    }
    return nullptr;
}

Node node(const QString &name, qint64 cpuMilli = 1000, qint64 memory = qint64(4) << 30)
{
    Node n;
    n.name = name;
    n.allocatable = Resources{cpuMilli, memory, 110};
    n.capacity = n.allocatable;
    return n;
}

// A Deployment `name` in namespace "app" with its ReplicaSet and one pod per entry of `nodes`.
void addDeployment(ClusterSnapshot &s, const QString &name, const QStringList &nodes, qint64 cpuMilli = 100)
{
    Workload deployment;
    deployment.namespaceName = QStringLiteral("app");
    deployment.name = name;
    deployment.replicas = int(nodes.size());
    deployment.selector = {{QStringLiteral("app"), name}};
    Workload rs = deployment;
    rs.kind = WorkloadKind::ReplicaSet;
    rs.name = name + QStringLiteral("-rs");
    rs.ownerReferences << OwnerReference{
        QStringLiteral("apps/v1"), QStringLiteral("Deployment"), name, {}, true};
    s.workloads << deployment << rs;
    for (int i = 0; i < nodes.size(); ++i) {
        Pod pod;
        pod.namespaceName = QStringLiteral("app");
        pod.name = rs.name + QLatin1Char('-') + QString::number(i);
        pod.labels = deployment.selector;
        pod.nodeName = nodes.at(i);
        pod.ownerReferences << OwnerReference{
            QStringLiteral("apps/v1"), QStringLiteral("ReplicaSet"), rs.name, {}, true};
        pod.containers << Container{name, QStringLiteral("nginx"), Resources{cpuMilli, 64 << 20, 0}};
        s.pods << pod;
    }
}

void addBudget(ClusterSnapshot &s, const QString &name, const QString &app, int minAvailable)
{
    PodDisruptionBudget pdb;
    pdb.namespaceName = QStringLiteral("app");
    pdb.name = name;
    pdb.selector = {{QStringLiteral("app"), app}};
    pdb.minAvailable = IntOrPercent{minAvailable, false};
    updatePdbStatus(pdb, s.pods);
    s.pdbs << pdb;
}

ClusterSnapshot threeNodes()
{
    ClusterSnapshot s;
    s.name = QStringLiteral("hand-built");
    s.nodes << node(QStringLiteral("n1")) << node(QStringLiteral("n2")) << node(QStringLiteral("n3"));
    return s;
}

} // namespace

class TestDrainPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledScenarios_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("flags");
        QTest::addColumn<QString>("pod"); // namespace/name prefix
        QTest::addColumn<DrainPodVerdict>("verdict");
        QTest::addColumn<QString>("reason"); // a part of the reason
        QTest::addColumn<QString>("cover");

        using V = DrainPodVerdict;
        const QString noController =
            QStringLiteral("Pods that declare no controller (use --force to override)");
        QTest::addRow("course's bare green pod is blocked without --force")
            << "cka-lecture"
            << "node02"
            << "--ignore-daemonsets"
            << "default/green" << V::Blocked << noController << "--force";
        QTest::addRow("course's bare green pod is downtime with --force")
            << "cka-lecture"
            << "node02"
            << "--ignore-daemonsets --force"
            << "default/green" << V::Downtime << "nothing recreates it"
            << "";
        QTest::addRow("DaemonSet pod without --ignore-daemonsets is blocked")
            << "cka-lecture"
            << "node02"
            << ""
            << "kube-system/weave-net-" << V::Blocked
            << "DaemonSet-managed Pods (use --ignore-daemonsets to ignore)"
            << "--ignore-daemonsets";
        QTest::addRow("DaemonSet pod with --ignore-daemonsets is skipped")
            << "cka-lecture"
            << "node02"
            << "--ignore-daemonsets"
            << "kube-system/weave-net-" << V::Skip << "ignoring DaemonSet-managed Pods"
            << "";
        QTest::addRow("static pod's mirror is skipped")
            << "cka-lecture"
            << "master"
            << ""
            << "kube-system/kube-apiserver-master" << V::Skip << "mirror pod"
            << "";
        QTest::addRow("replicated pod is evicted") << "cka-lecture"
                                                   << "node01"
                                                   << "--ignore-daemonsets"
                                                   << "default/blue-" << V::Evict << ""
                                                   << "";
        QTest::addRow("budget allowing 0 disruptions blocks, named with its numbers")
            << "default"
            << "worker-3"
            << "--ignore-daemonsets"
            << "billing/invoice-api-" << V::Blocked
            << "billing/invoice-api (minAvailable 1: 1 healthy, 1 desired, 0 disruptions allowed)"
            << "--override-pdb billing/invoice-api";
        QTest::addRow("overridden budget: deleted, and the single replica is downtime")
            << "default"
            << "worker-3"
            << "--ignore-daemonsets --override-pdb=billing/invoice-api"
            << "billing/invoice-api-" << V::Downtime
            << "the last ready replica of Deployment billing/invoice-api"
            << "";
        QTest::addRow("--disable-eviction bypasses the budget")
            << "default"
            << "worker-3"
            << "--ignore-daemonsets --disable-eviction"
            << "billing/invoice-api-" << V::Downtime << "last ready replica"
            << "";
        QTest::addRow("emptyDir without --delete-emptydir-data is blocked")
            << "default"
            << "worker-3"
            << "--ignore-daemonsets"
            << "kube-system/metrics-server-" << V::Blocked
            << "Pods with local storage (use --delete-emptydir-data to override)"
            << "--delete-emptydir-data";
        QTest::addRow("emptyDir with --delete-emptydir-data: single replica is downtime")
            << "default"
            << "worker-3"
            << "--ignore-daemonsets --delete-emptydir-data"
            << "kube-system/metrics-server-" << V::Downtime << "last ready replica"
            << "";
        QTest::addRow("the forgotten debug pod needs --force")
            << "default"
            << "worker-3"
            << "--ignore-daemonsets --delete-emptydir-data"
            << "default/debug-shell" << V::Blocked << noController << "--force";
        QTest::addRow("single-replica StatefulSet is downtime")
            << "default"
            << "worker-6"
            << "--ignore-daemonsets"
            << "monitoring/prometheus-0" << V::Downtime
            << "StatefulSet monitoring/prometheus (1 of 1 ready on this node)"
            << "";
        QTest::addRow("finished Job pod is removed without replacement")
            << "default"
            << "worker-2"
            << "--ignore-daemonsets"
            << "billing/db-migrate-" << V::Evict << "finished (Succeeded)"
            << "";
        QTest::addRow("budget with one disruption allowed lets one replica go")
            << "default"
            << "worker-1"
            << "--ignore-daemonsets"
            << "data/postgres-2" << V::Evict << ""
            << "";
    }

    void bundledScenarios()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, node);
        QFETCH(QString, flags);
        QFETCH(QString, pod);
        QFETCH(DrainPodVerdict, verdict);
        QFETCH(QString, reason);
        QFETCH(QString, cover);
        const DrainNodePreview preview =
            DrainPreview::previewNode(bundled(scenario), node, optionsFrom(flags));
        const DrainPodPreview *p = podStartingWith(preview, pod);
        QVERIFY2(p, qPrintable(DrainPreviewText::render(preview)));
        QCOMPARE(drainPodVerdictName(p->verdict), drainPodVerdictName(verdict));
        QVERIFY2(p->reason.contains(reason), qPrintable(p->reason));
        QCOMPARE(p->coverOption, cover);
        QCOMPARE(preview.drainable(), preview.count(DrainPodVerdict::Blocked) == 0);
    }

    void kubectlErrorsAndWarningsAreGroupedLikeKubectl()
    {
        const DrainNodePreview preview =
            DrainPreview::previewNode(bundled(QStringLiteral("cka-lecture")), QStringLiteral("node02"), {});
        QCOMPARE(preview.errors.size(), 2);
        QVERIFY(preview.errors.at(0).startsWith(QLatin1String(
            "cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/")));
        QCOMPARE(preview.errors.at(1),
                 QStringLiteral(
                     "cannot delete cannot delete Pods that declare no controller (use --force to override): "
                     "default/green")); // kubectl 1.32's words (docs/drain.md)
        QVERIFY(!preview.drainable());
    }

    void budgetsAreListedOnEveryPodTheySelect()
    {
        const DrainNodePreview preview =
            DrainPreview::previewNode(bundled(QStringLiteral("default")), QStringLiteral("worker-1"),
                                      optionsFrom(QStringLiteral("--ignore-daemonsets")));
        const DrainPodPreview *p = podStartingWith(preview, QStringLiteral("data/postgres-2"));
        QVERIFY(p);
        QCOMPARE(p->budgets.size(), 1);
        QCOMPARE(
            p->budgets.first().describe(),
            QStringLiteral("data/postgres (minAvailable 2: 3 healthy, 2 desired, 1 disruptions allowed)"));
    }

    void unknownNodeIsAnError()
    {
        const DrainNodePreview preview =
            DrainPreview::previewNode(bundled(QStringLiteral("default")), QStringLiteral("nope"), {});
        QCOMPARE(preview.error, QStringLiteral("nodes \"nope\" not found"));
        QVERIFY(!preview.drainable());
        QCOMPARE(preview.blockers().size(), 1);
    }

    void podSelectorNarrowsThePods()
    {
        DrainOptions options = optionsFrom(QStringLiteral("--ignore-daemonsets"));
        options.podSelector = QStringLiteral("run=blue");
        DrainNodePreview preview = DrainPreview::previewNode(bundled(QStringLiteral("cka-lecture")),
                                                             QStringLiteral("node02"), options);
        QCOMPARE(preview.pods.size(), 2);
        QVERIFY(preview.drainable()); // green is not selected
        options.podSelector = QStringLiteral("run in (blue");
        preview = DrainPreview::previewNode(bundled(QStringLiteral("cka-lecture")), QStringLiteral("node02"),
                                            options);
        QCOMPARE(preview.error, QStringLiteral("--pod-selector=run in (blue must be a valid label selector"));
        QVERIFY(preview.pods.isEmpty());
    }

    void podUnderSeveralBudgetsCannotBeEvicted()
    {
        ClusterSnapshot s = threeNodes();
        addDeployment(s, QStringLiteral("web"),
                      {QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3")});
        addBudget(s, QStringLiteral("web-a"), QStringLiteral("web"), 1);
        addBudget(s, QStringLiteral("web-b"), QStringLiteral("web"), 1);
        DrainNodePreview preview = DrainPreview::previewNode(s, QStringLiteral("n1"), {});
        QCOMPARE(preview.pods.size(), 1);
        const DrainPodPreview &p = preview.pods.first();
        QCOMPARE(p.verdict, DrainPodVerdict::Blocked);
        QVERIFY2(
            p.reason.contains(QLatin1String("selected by 2 PodDisruptionBudgets (app/web-a, app/web-b)")),
            qPrintable(p.reason));
        QVERIFY(p.reason.contains(QLatin1String("refuses to evict")));
        QCOMPARE(p.coverOption, QStringLiteral("--override-pdb app/web-a"));

        preview = DrainPreview::previewNode(s, QStringLiteral("n1"),
                                            optionsFrom(QStringLiteral("--disable-eviction")));
        QCOMPARE(preview.pods.first().verdict, DrainPodVerdict::Evict);
        QVERIFY(preview.pods.first().viaDelete);
    }

    void budgetWaitsForReplacementsOrForever()
    {
        ClusterSnapshot s = threeNodes();
        // Three replicas, two on n1; minAvailable 2 allows one disruption at a time.
        addDeployment(s, QStringLiteral("web"),
                      {QStringLiteral("n1"), QStringLiteral("n1"), QStringLiteral("n2")});
        addBudget(s, QStringLiteral("web"), QStringLiteral("web"), 2);
        DrainNodePreview preview = DrainPreview::previewNode(s, QStringLiteral("n1"), {});
        QCOMPARE(preview.pods.size(), 2);
        QCOMPARE(preview.pods.at(0).verdict, DrainPodVerdict::Evict);
        QCOMPARE(preview.pods.at(0).reason, QString());
        QCOMPARE(preview.pods.at(1).verdict, DrainPodVerdict::Evict);
        QVERIFY2(
            preview.pods.at(1).reason.startsWith(QLatin1String("waits for a replacement to become Ready")),
            qPrintable(preview.pods.at(1).reason));
        QVERIFY(preview.drainable());

        // With n2 and n3 cordoned, the first replacement stays Pending: the second pod waits forever.
        s.nodes[1].unschedulable = true;
        s.nodes[2].unschedulable = true;
        preview = DrainPreview::previewNode(s, QStringLiteral("n1"), {});
        QVERIFY(preview.pods.at(0).staysPending());
        QCOMPARE(preview.pods.at(0).pendingReason,
                 QStringLiteral("0/3 nodes are available: 3 node(s) were unschedulable."));
        QCOMPARE(preview.pods.at(1).verdict, DrainPodVerdict::Blocked);
        QVERIFY(preview.pods.at(1).reason.startsWith(
            QLatin1String("waits forever on PodDisruptionBudget app/web")));
        QCOMPARE(preview.pods.at(1).coverOption, QStringLiteral("--override-pdb app/web"));
    }

    void untoleratedTaintKeepsReplacementPending()
    {
        ClusterSnapshot s = threeNodes();
        s.nodes.removeLast();
        s.nodes[1].taints << Taint{QStringLiteral("dedicated"), QStringLiteral("gpu"),
                                   QStringLiteral("NoSchedule")};
        addDeployment(s, QStringLiteral("web"), {QStringLiteral("n1"), QStringLiteral("n2")});
        DrainNodePreview preview = DrainPreview::previewNode(s, QStringLiteral("n1"), {});
        QVERIFY(preview.pods.first().staysPending());
        QCOMPARE(preview.pods.first().pendingReason,
                 QStringLiteral("0/2 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, "
                                "1 node(s) were unschedulable."));
        QCOMPARE(preview.pendingCount(), 1);
        QCOMPARE(preview.blockers().size(), 1);
        QCOMPARE(preview.blockers().first().option, QString());

        s.pods[0].tolerations << Toleration{QStringLiteral("dedicated"), QStringLiteral("Equal"),
                                            QStringLiteral("gpu"), QStringLiteral("NoSchedule"),
                                            std::nullopt};
        preview = DrainPreview::previewNode(s, QStringLiteral("n1"), {});
        QCOMPARE(preview.pods.first().placedOn, QStringLiteral("n2"));
    }

    void fullNodesAndSelectorsAreRespected()
    {
        ClusterSnapshot s = threeNodes();
        s.nodes[2].labels.insert(QStringLiteral("disk"), QStringLiteral("ssd"));
        addDeployment(s, QStringLiteral("big"), {QStringLiteral("n2")}, 900); // n2 is nearly full
        addDeployment(s, QStringLiteral("web"), {QStringLiteral("n1"), QStringLiteral("n1")}, 300);
        // Both replacements go to the least allocated node, n3 (600 m of its 1000 m).
        DrainNodePreview preview = DrainPreview::previewNode(s, QStringLiteral("n1"), {});
        QCOMPARE(preview.pods.at(0).placedOn, QStringLiteral("n3"));
        QCOMPARE(preview.pods.at(1).placedOn, QStringLiteral("n3"));

        // At 600 m each, the second one fits nowhere.
        s.pods[1].containers[0].requests.cpuMilli = 600;
        s.pods[2].containers[0].requests.cpuMilli = 600;
        preview = DrainPreview::previewNode(s, QStringLiteral("n1"), {});
        QCOMPARE(preview.pods.at(0).placedOn, QStringLiteral("n3"));
        QVERIFY(preview.pods.at(1).staysPending());
        QCOMPARE(
            preview.pods.at(1).pendingReason,
            QStringLiteral("0/3 nodes are available: 1 node(s) were unschedulable, 2 Insufficient cpu."));

        s.pods[1].nodeSelector.insert(QStringLiteral("disk"), QStringLiteral("hdd"));
        preview = DrainPreview::previewNode(s, QStringLiteral("n1"), {});
        QCOMPARE(preview.pods.at(0).pendingReason,
                 QStringLiteral("0/3 nodes are available: 1 node(s) were unschedulable, "
                                "2 node(s) didn't match Pod's node affinity/selector."));
    }

    void notReadyNodesTakeNothing()
    {
        ClusterSnapshot s = threeNodes();
        s.nodes.removeLast();
        s.nodes[1].ready = ConditionStatus::Unknown;
        addDeployment(s, QStringLiteral("web"), {QStringLiteral("n1")});
        const DrainNodePreview preview = DrainPreview::previewNode(s, QStringLiteral("n1"), {});
        QCOMPARE(preview.pods.first().verdict, DrainPodVerdict::Downtime);
        QCOMPARE(preview.pods.first().pendingReason,
                 QStringLiteral("0/2 nodes are available: 1 node(s) had untolerated taint "
                                "{node.kubernetes.io/not-ready: }, 1 node(s) were unschedulable."));
    }

    void runKeepsEarlierNodesCordoned()
    {
        const ClusterSnapshot &s = bundled(QStringLiteral("cka-lecture"));
        const QStringList nodes{QStringLiteral("node01"), QStringLiteral("node02"), QStringLiteral("node03")};
        const DrainOptions options = optionsFrom(QStringLiteral("--ignore-daemonsets --force"));
        QList<DrainNodePreview> run = DrainPreview::previewRun(s, nodes, options);
        QCOMPARE(run.size(), 3);
        // node01's blue pods moved to node02 are drained again from there.
        QCOMPARE(run.at(1).count(DrainPodVerdict::Evict) + run.at(1).count(DrainPodVerdict::Downtime), 6);
        // With every worker cordoned, node03's pods have nowhere to go.
        QCOMPARE(run.at(2).pendingCount(), run.at(2).count(DrainPodVerdict::Downtime));
        QVERIFY(run.at(2).pendingCount() > 0);
        QVERIFY(!DrainPreview::blockers(run).isEmpty());

        // Rolling, one node at a time: each node is back before the next drains.
        run = DrainPreview::previewRun(s, nodes, options, 1);
        QCOMPARE(run.at(2).pendingCount(), 0);
        const QList<DrainBlocker> blockers = DrainPreview::blockers(run);
        QVERIFY2(blockers.isEmpty(), qPrintable(DrainPreviewText::blockers(blockers)));
    }

    void kubectlCordonsEveryNodeOfTheRunFirst()
    {
        const QStringList nodes{QStringLiteral("node01"), QStringLiteral("node02")};
        const auto run = DrainPreview::previewRun(bundled(QStringLiteral("cka-lecture")), nodes,
                                                  optionsFrom(QStringLiteral("--ignore-daemonsets --force")),
                                                  DrainPreview::AllCordonedFirst);
        for (const DrainPodPreview &p : run.first().pods) {
            if (p.replaced)
                QCOMPARE(p.placedOn, QStringLiteral("node03")); // node02 is cordoned already
        }
        QVERIFY(run.first().count(DrainPodVerdict::Evict) > 0);
    }

    void runBlockersNameTheOptionThatCoversThem()
    {
        const QList<DrainNodePreview> run =
            DrainPreview::previewRun(bundled(QStringLiteral("default")), {QStringLiteral("worker-3")},
                                     optionsFrom(QStringLiteral("--ignore-daemonsets")), 1);
        QStringList found;
        for (const DrainBlocker &b : DrainPreview::blockers(run)) {
            // Drop the generated "-<hash>-<suffix>" of Deployment pods.
            found << QString(b.podKey).remove(
                         QRegularExpression(QStringLiteral("-[a-z0-9]{10}-[a-z0-9]{5}$"))) +
                         QStringLiteral(" => ") + b.option;
        }
        found.sort();
        QCOMPARE(found,
                 QStringList({QStringLiteral("billing/invoice-api => --override-pdb billing/invoice-api"),
                              QStringLiteral("default/debug-shell => --force"),
                              QStringLiteral("kube-system/metrics-server => --delete-emptydir-data")}));
    }

    void textHasATableASummaryAndKubectlsLines()
    {
        const DrainNodePreview preview =
            DrainPreview::previewNode(bundled(QStringLiteral("cka-lecture")), QStringLiteral("node02"),
                                      optionsFrom(QStringLiteral("--ignore-daemonsets")));
        const QString text = DrainPreviewText::render(preview);
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0), QStringLiteral("Drain preview for node node02 (nothing is changed)"));
        QVERIFY(lines.at(1).startsWith(QLatin1String("POD ")));
        QVERIFY(lines.at(1).contains(QLatin1String("   WORKLOAD ")));
        QVERIFY(text.contains(QRegularExpression(
            QStringLiteral("\\ndefault/green +- +blocked +cannot delete cannot delete Pods "
                           "that declare no controller"))));
        QVERIFY(text.contains(QLatin1String("\n3 to evict (0 with downtime), 2 skipped, 1 blocked\n")));
        QVERIFY(text.contains(QLatin1String("\nWarning: ignoring DaemonSet-managed Pods: kube-system/")));
        QVERIFY(text.endsWith(
            QLatin1String("\nerror: cannot delete cannot delete Pods that declare no controller (use "
                          "--force to override): default/green\n")));
    }
};

QTEST_GUILESS_MAIN(TestDrainPreview)
#include "tst_drainpreview.moc"
