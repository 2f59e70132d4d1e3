// The upgrade planner: path one minor at a time (FACTS §1.1, §4), kubeadm plan tables
// (FACTS §3.3), steps in the documented order (FACTS §4), blockers for too-old kubelets
// (FACTS §1.3) and refusals. Commands and renderings: tst_planrender.cpp.
#include "models/plantext.h"
#include "models/releasecatalog.h"
#include "models/upgradeplanner.h"
#include "tests/testutils.h"

#include <QTest>

using namespace Slipway;
using namespace Slipway::TestUtils;

namespace {

QStringList pathOf(const UpgradePlan &p)
{
    QStringList out;
    for (const Version &v : p.path)
        out << v.toString();
    return out;
}

// "node:action" for each step of one hop (or all hops with -1)
QStringList stepKeys(const UpgradePlan &p, int hop = -1)
{
    QStringList out;
    for (const PlanStep &step : p.steps) {
        if (hop < 0 || step.hop == hop)
            out << (step.node.isEmpty() ? QString() : step.node + QLatin1Char(':')) +
                       stepActionName(step.action);
    }
    return out;
}

QStringList ruleIds(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.rule;
    return out;
}

} // namespace

class TestUpgradePlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void computePath_data();
    void computePath();
    void resolveTarget_data();
    void resolveTarget();
    void defaultPlanSteps();
    void haControlPlaneOrder();
    void tooOldKubeletsFirst();
    void courseOneElevenToOneThirteen();
    void refusals_data();
    void refusals();
    void alreadyUpToDate();
    void beyondCatalog();
    void managedClusterHasNoCommands();
    void finishesHalfUpgradedControlPlane();
    void notReadyControlPlane();
};

void TestUpgradePlanner::computePath_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("patchFirst");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("newest patch of the current minor first")
        << "v1.34.3"
        << "v1.35.8" << true << QStringList{s("v1.34.11"), s("v1.35.8")};
    QTest::addRow("without the patch hop") << "v1.34.3"
                                           << "v1.35.8" << false << QStringList{s("v1.35.8")};
    QTest::addRow("already at the newest patch") << "v1.34.11"
                                                 << "v1.35.8" << true << QStringList{s("v1.35.8")};
    QTest::addRow("course path 1.11 -> 1.12 -> 1.13")
        << "v1.11.3"
        << "v1.13.12" << true << QStringList{s("v1.11.10"), s("v1.12.10"), s("v1.13.12")};
    QTest::addRow("three minors, never skipping one")
        << "v1.32.13"
        << "v1.35.8" << true << QStringList{s("v1.33.13"), s("v1.34.11"), s("v1.35.8")};
    QTest::addRow("patch upgrade only") << "v1.35.2"
                                        << "v1.35.8" << true << QStringList{s("v1.35.8")};
    QTest::addRow("explicit older patch as target")
        << "v1.34.3"
        << "v1.35.2" << true << QStringList{s("v1.34.11"), s("v1.35.2")};
    QTest::addRow("same version") << "v1.35.8"
                                  << "v1.35.8" << true << QStringList{};
    QTest::addRow("downgrade gives no path") << "v1.35.8"
                                             << "v1.34.11" << true << QStringList{};
    QTest::addRow("beyond the catalog")
        << "v1.35.8"
        << "v1.38.0" << true << QStringList{s("v1.36.4"), s("v1.37.0"), s("v1.38.0")};
    QTest::addRow("EKS cluster version") << "v1.33.5-eks-1a2b"
                                         << "v1.34.11" << false << QStringList{s("v1.34.11")};
}

void TestUpgradePlanner::computePath()
{
    QFETCH(QString, current);
    QFETCH(QString, target);
    QFETCH(bool, patchFirst);
    const QList<Version> path = UpgradePlanner::computePath(Version::parse(current), Version::parse(target),
                                                            catalog(), d("2026-08-22"), patchFirst);
    QStringList got;
    for (const Version &v : path)
        got << v.toString();
    QTEST(got, "expected");
}

void TestUpgradePlanner::resolveTarget_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("current");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("rule");
    const QDate snap = d("2026-08-22");
    QTest::addRow("default: newest patch of the next minor") << ""
                                                             << "v1.34.3" << snap << "v1.35.8"
                                                             << "";
    QTest::addRow("default on the newest minor: its newest patch") << ""
                                                                   << "v1.36.1" << snap << "v1.36.4"
                                                                   << "";
    QTest::addRow("default when up to date") << ""
                                             << "v1.36.4" << snap << "v1.36.4"
                                             << "";
    QTest::addRow("default uses only patches released by today") << ""
                                                                 << "v1.34.3" << d("2026-03-01") << "v1.35.2"
                                                                 << "";
    QTest::addRow("a minor means its newest patch") << "1.35"
                                                    << "v1.33.1" << snap << "v1.35.8"
                                                    << "";
    QTest::addRow("a minor with v") << "v1.35"
                                    << "v1.33.1" << snap << "v1.35.8"
                                    << "";
    QTest::addRow("an exact patch") << "v1.35.3"
                                    << "v1.34.3" << snap << "v1.35.3"
                                    << "";
    QTest::addRow("a patch the catalog does not know") << "v1.35.99"
                                                       << "v1.34.3" << snap << "v1.35.99"
                                                       << "target-not-in-catalog";
    QTest::addRow("newer than the catalog") << "v1.37.1"
                                            << "v1.36.4" << snap << "v1.37.1"
                                            << "target-beyond-catalog";
    QTest::addRow("not a version") << "banana"
                                   << "v1.34.3" << snap << ""
                                   << "target-unparseable";
    QTest::addRow("a minor the catalog does not know") << "1.40"
                                                       << "v1.34.3" << snap << ""
                                                       << "target-minor-unknown";
}

void TestUpgradePlanner::resolveTarget()
{
    QFETCH(QString, text);
    QFETCH(QString, current);
    QFETCH(QDate, today);
    QFETCH(QString, rule);
    QList<Finding> findings;
    const Version v =
        UpgradePlanner::resolveTarget(text, Version::parse(current), catalog(), today, &findings);
    QTEST(v.isValid() ? v.toString() : QString(), "expected");
    QCOMPARE(ruleIds(findings), rule.isEmpty() ? QStringList() : QStringList{rule});
}

void TestUpgradePlanner::defaultPlanSteps()
{
    const UpgradePlan p = plan(smallCluster(), QString(), d("2026-08-22"));
    QVERIFY(p.isFeasible());
    QVERIFY(p.kubeadmManaged);
    QCOMPARE(p.target.toString(), s("v1.35.8"));
    QCOMPARE(pathOf(p), QStringList({s("v1.34.11"), s("v1.35.8")}));
    QCOMPARE(p.hops.size(), 2);
    QVERIFY(p.hops.at(0).patchOnly);
    QCOMPARE(p.hops.at(0).title, s("Upgrade to the latest version in the v1.34 series"));
    QCOMPARE(p.hops.at(1).title, s("Upgrade to the latest version in the v1.35 series"));

    // Patch hop: no repository switch (FACTS §4), no CNI step.
    QCOMPARE(stepKeys(p, 0), QStringList({s("cp-1:upgrade-kubeadm"),
                                          s("cp-1:kubeadm-upgrade-plan"),
                                          s("cp-1:kubeadm-upgrade-apply"),
                                          s("cp-1:drain"),
                                          s("cp-1:upgrade-kubelet"),
                                          s("cp-1:restart-kubelet"),
                                          s("cp-1:uncordon"),
                                          s("worker-1:upgrade-kubeadm"),
                                          s("worker-1:kubeadm-upgrade-node"),
                                          s("worker-1:drain"),
                                          s("worker-1:upgrade-kubelet"),
                                          s("worker-1:restart-kubelet"),
                                          s("worker-1:uncordon"),
                                          s("worker-2:upgrade-kubeadm"),
                                          s("worker-2:kubeadm-upgrade-node"),
                                          s("worker-2:drain"),
                                          s("worker-2:upgrade-kubelet"),
                                          s("worker-2:restart-kubelet"),
                                          s("worker-2:uncordon"),
                                          s("verify")}));
    // Minor hop: the repository moves to v1.35 on every node, the CNI is checked once.
    QCOMPARE(stepKeys(p, 1), QStringList({s("cp-1:switch-package-repository"),
                                          s("cp-1:upgrade-kubeadm"),
                                          s("cp-1:kubeadm-upgrade-plan"),
                                          s("cp-1:kubeadm-upgrade-apply"),
                                          s("cp-1:upgrade-cni"),
                                          s("cp-1:drain"),
                                          s("cp-1:upgrade-kubelet"),
                                          s("cp-1:restart-kubelet"),
                                          s("cp-1:uncordon"),
                                          s("worker-1:switch-package-repository"),
                                          s("worker-1:upgrade-kubeadm"),
                                          s("worker-1:kubeadm-upgrade-node"),
                                          s("worker-1:drain"),
                                          s("worker-1:upgrade-kubelet"),
                                          s("worker-1:restart-kubelet"),
                                          s("worker-1:uncordon"),
                                          s("worker-2:switch-package-repository"),
                                          s("worker-2:upgrade-kubeadm"),
                                          s("worker-2:kubeadm-upgrade-node"),
                                          s("worker-2:drain"),
                                          s("worker-2:upgrade-kubelet"),
                                          s("worker-2:restart-kubelet"),
                                          s("worker-2:uncordon"),
                                          s("verify")}));
    const PlanStep apply = p.steps.at(indexOf(p, s("cp-1"), StepAction::KubeadmUpgradeApply, 1));
    QCOMPARE(apply.commands, QStringList{s("sudo kubeadm upgrade apply v1.35.8")});
    const PlanStep drain = p.steps.at(indexOf(p, s("worker-2"), StepAction::Drain, 1));
    QCOMPARE(drain.host, StepHost::Kubectl);
    QCOMPARE(drain.commands, QStringList{s("kubectl drain worker-2 --ignore-daemonsets")});

    // The kubeadm tables of the minor hop (FACTS §3.3).
    const PlanHop &hop = p.hops.at(1);
    QCOMPARE(hop.kubeletChanges.size(), 3);
    QCOMPARE(hop.kubeletChanges.at(0),
             (ComponentChange{s("kubelet"), s("cp-1"), s("v1.34.11"), s("v1.35.8")}));
    QStringList components;
    for (const ComponentChange &c : hop.componentChanges)
        components << QStringList{c.component, c.node, c.current, c.target}.join(QLatin1Char(' '));
    QCOMPARE(components,
             QStringList({s("kube-apiserver cp-1 v1.34.11 v1.35.8"),
                          s("kube-controller-manager cp-1 v1.34.11 v1.35.8"),
                          s("kube-scheduler cp-1 v1.34.11 v1.35.8"), s("kube-proxy  v1.34.11 v1.35.8"),
                          s("CoreDNS  v1.12.1 v1.13.1"), s("etcd cp-1 3.6.10-0 3.6.10-0")}));
    // Nothing is out of policy after either hop.
    for (const PlanHop &h : p.hops)
        QVERIFY2(!hasErrors(h.findings), qPrintable(ruleIds(h.findings).join(QLatin1Char(','))));
}

void TestUpgradePlanner::haControlPlaneOrder()
{
    const ClusterSnapshot snapshot = ClusterBuilder()
                                         .controlPlane(s("cp-2"), s("v1.35.8"))
                                         .controlPlane(s("cp-1"), s("v1.35.8"))
                                         .controlPlane(s("cp-3"), s("v1.35.8"))
                                         .worker(s("worker-1"), s("v1.35.8"))
                                         .addons(s("v1.35.8"), s("v1.13.1"))
                                         .build();
    const UpgradePlan p = plan(snapshot, s("1.36"), d("2026-08-22"));
    QCOMPARE(pathOf(p), QStringList{s("v1.36.4")});
    // kubeadm upgrade apply on the first control-plane node only, upgrade node on the others.
    QVERIFY(indexOf(p, s("cp-1"), StepAction::KubeadmUpgradeApply, 0) >= 0);
    QCOMPARE(indexOf(p, s("cp-2"), StepAction::KubeadmUpgradeApply, 0), -1);
    QVERIFY(indexOf(p, s("cp-2"), StepAction::KubeadmUpgradeNode, 0) >= 0);
    QVERIFY(indexOf(p, s("cp-3"), StepAction::KubeadmUpgradeNode, 0) >= 0);
    // Every control-plane component is upgraded before any kubelet, so no kubelet is ever newer
    // than an apiserver (FACTS §1.1).
    const qsizetype lastControlPlane = indexOf(p, s("cp-3"), StepAction::KubeadmUpgradeNode, 0);
    for (const QString &node : {s("cp-1"), s("cp-2"), s("cp-3"), s("worker-1")})
        QVERIFY2(indexOf(p, node, StepAction::Drain, 0) > lastControlPlane, qPrintable(node));
    QCOMPARE(p.hops.at(0).title, s("Upgrade to the latest stable version"));
    QCOMPARE(p.hops.at(0).componentChanges.at(0).node, s("cp-1")); // rows sorted by node
}

void TestUpgradePlanner::tooOldKubeletsFirst()
{
    // 1.32 -> 1.35: worker-5 at 1.29 is allowed under 1.32 (n-3) but too old for 1.33.
    const ClusterSnapshot snapshot = ClusterBuilder()
                                         .controlPlane(s("cp-1"), s("v1.32.13"))
                                         .worker(s("worker-1"), s("v1.32.13"))
                                         .worker(s("worker-5"), s("v1.29.15"))
                                         .addons(s("v1.32.13"), s("v1.11.3"))
                                         .build();
    const UpgradePlan p = plan(snapshot, s("v1.35.8"), d("2026-08-22"));
    QVERIFY(p.isFeasible());
    QCOMPARE(pathOf(p), QStringList({s("v1.33.13"), s("v1.34.11"), s("v1.35.8")}));

    const QList<Finding> tooOld = findingsWithRule(p.findings, s("kubeadm-kubelet-too-old"));
    QCOMPARE(tooOld.size(), 1);
    QCOMPARE(tooOld.constFirst().node, s("worker-5"));
    QCOMPARE(tooOld.constFirst().fix, s("Upgrade the kubelet on worker-5 to v1.30 or newer before upgrading "
                                        "the control plane to v1.33.13."));

    // Blockers come first in hop 0 and bring worker-5 to 1.30 before the control plane moves.
    const qsizetype apply = indexOf(p, s("cp-1"), StepAction::KubeadmUpgradeApply, 0);
    QVERIFY(apply > 0);
    QStringList blockers;
    for (qsizetype i = 0; i < apply; ++i) {
        QVERIFY(p.steps.at(i).blocker || p.steps.at(i).node == QLatin1String("cp-1"));
        if (p.steps.at(i).blocker)
            blockers << p.steps.at(i).node + QLatin1Char(':') + stepActionName(p.steps.at(i).action);
    }
    QCOMPARE(blockers, QStringList({s("worker-5:switch-package-repository"), s("worker-5:upgrade-kubeadm"),
                                    s("worker-5:kubeadm-upgrade-node"), s("worker-5:drain"),
                                    s("worker-5:upgrade-kubelet"), s("worker-5:restart-kubelet"),
                                    s("worker-5:uncordon")}));
    QVERIFY(p.steps.at(indexOf(p, s("worker-5"), StepAction::UpgradeKubelet, 0))
                .commands.constFirst()
                .contains(s("kubelet='1.30.14-*'")));
    QVERIFY(indexOf(p, s("worker-1"), StepAction::Drain, 0) > apply);

    // Later in hop 0 worker-5 walks on one minor at a time: 1.31, 1.32, 1.33 under one drain.
    QStringList walked;
    int drains = 0;
    for (const PlanStep &step : p.steps) {
        if (step.hop != 0 || step.node != QLatin1String("worker-5") || step.blocker)
            continue;
        if (step.action == StepAction::UpgradeKubelet)
            walked << step.commands.constFirst().section(QLatin1Char('\''), 1, 1);
        drains += step.action == StepAction::Drain;
    }
    QCOMPARE(walked, QStringList({s("1.31.14-*"), s("1.32.13-*"), s("1.33.13-*")}));
    QCOMPARE(drains, 1);

    // No hop leaves anything outside the policy.
    for (const PlanHop &hop : p.hops) {
        for (const Finding &f : hop.findings)
            QVERIFY2(!f.rule.startsWith(s("kubelet")), qPrintable(f.message));
    }
}

void TestUpgradePlanner::courseOneElevenToOneThirteen()
{
    // The classic course: 1.11 -> 1.12 -> 1.13, planned as of late 2019. kubeadm 1.12 only
    // accepts kubelets one minor older (FACTS §1.3).
    const ClusterSnapshot snapshot = ClusterBuilder()
                                         .controlPlane(s("master"), s("v1.11.3"), s("3.2.18"))
                                         .worker(s("node01"), s("v1.10.13"))
                                         .addons(s("v1.11.3"), s("1.1.3"))
                                         .build();
    const UpgradePlan p = plan(snapshot, s("1.13"), d("2019-12-01"));
    QCOMPARE(pathOf(p), QStringList({s("v1.11.10"), s("v1.12.10"), s("v1.13.12")}));
    QCOMPARE(p.hops.at(1).from.toString(), s("v1.11.10"));
    QStringList rules = ruleIds(p.findings);
    QVERIFY(rules.contains(s("cluster-end-of-life")));
    QVERIFY(rules.contains(s("target-end-of-life")));
    QVERIFY(rules.contains(s("legacy-package-repository")));
    QVERIFY(rules.contains(s("kubeadm-kubelet-too-old"))); // node01 at 1.10 for a 1.12 control plane
    // The patch hop already walks node01 up to 1.11.10, so hop 1 needs no blocker.
    for (const PlanStep &step : p.steps)
        QVERIFY(!step.blocker);
    QVERIFY(indexOf(p, s("node01"), StepAction::UpgradeKubelet, 0) >
            indexOf(p, s("master"), StepAction::KubeadmUpgradeApply, 0));
    // etcd and CoreDNS that kubeadm 1.12 installs (FACTS §3.6)
    bool sawEtcd = false;
    for (const ComponentChange &c : p.hops.at(1).componentChanges) {
        if (c.component == QLatin1String("etcd")) {
            QCOMPARE(c.target, s("3.2.24"));
            sawEtcd = true;
        }
        if (c.component == QLatin1String("CoreDNS"))
            QCOMPARE(c.target, s("v1.2.2"));
    }
    QVERIFY(sawEtcd);
    for (const PlanHop &hop : p.hops)
        QVERIFY2(!hasErrors(hop.findings), qPrintable(ruleIds(hop.findings).join(QLatin1Char(','))));

    // As of early 2019 the same course uses the patches released by then.
    const UpgradePlan early = plan(snapshot, s("1.13"), d("2019-01-15"));
    QCOMPARE(pathOf(early), QStringList({s("v1.11.6"), s("v1.12.4"), s("v1.13.2")}));
}

void TestUpgradePlanner::refusals_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("rule");
    QTest::addRow("downgrade by a minor is refused") << "v1.34.11"
                                                     << "downgrade-refused";
    QTest::addRow("downgrade by a patch is refused") << "v1.35.2"
                                                     << "downgrade-refused";
    QTest::addRow("a minor-only target below the cluster") << "1.33"
                                                           << "downgrade-refused";
    QTest::addRow("not a version") << "latest"
                                   << "target-unparseable";
}

void TestUpgradePlanner::refusals()
{
    QFETCH(QString, target);
    QFETCH(QString, rule);
    const UpgradePlan p = plan(smallCluster(s("v1.35.8")), target, d("2026-08-22"));
    QVERIFY(p.refused);
    QVERIFY(!p.isFeasible());
    QVERIFY(p.path.isEmpty());
    QVERIFY(p.steps.isEmpty());
    const QList<Finding> matching = findingsWithRule(p.findings, rule);
    QCOMPARE(matching.size(), 1);
    QCOMPARE(matching.constFirst().severity, Finding::Severity::Error);
    QCOMPARE(p.findings.constFirst().rule, rule); // errors sort first
}

void TestUpgradePlanner::alreadyUpToDate()
{
    const UpgradePlan p = plan(smallCluster(s("v1.36.4")), QString(), d("2026-08-22"));
    QVERIFY(p.isUpToDate());
    QVERIFY(!p.isFeasible());
    QVERIFY(ruleIds(p.findings).contains(s("already-at-target")));
    QVERIFY(PlanText::render(p).contains(s("Awesome, you're up-to-date! Enjoy!")));

    // A lagging kubelet is still a reason for a hop, even with the control plane at the target.
    ClusterSnapshot lagging = smallCluster(s("v1.36.4"));
    lagging.nodes[2].kubeletVersion = s("v1.35.8");
    const UpgradePlan q = plan(lagging, QString(), d("2026-08-22"));
    QCOMPARE(pathOf(q), QStringList{s("v1.36.4")});
    QCOMPARE(stepKeys(q), QStringList({s("worker-2:switch-package-repository"), s("worker-2:upgrade-kubeadm"),
                                       s("worker-2:kubeadm-upgrade-node"), s("worker-2:drain"),
                                       s("worker-2:upgrade-kubelet"), s("worker-2:restart-kubelet"),
                                       s("worker-2:uncordon"), s("verify")}));
}

void TestUpgradePlanner::beyondCatalog()
{
    const UpgradePlan p = plan(smallCluster(s("v1.36.4")), s("v1.37.0"), d("2026-08-22"));
    QVERIFY(p.isFeasible());
    QCOMPARE(pathOf(p), QStringList{s("v1.37.0")});
    QVERIFY(ruleIds(p.findings).contains(s("target-beyond-catalog")));
    QVERIFY(ruleIds(p.hops.at(0).findings).contains(s("etcd-version-unknown")));
    QCOMPARE(p.hops.at(0).title, s("Upgrade to v1.37.0"));
}

void TestUpgradePlanner::managedClusterHasNoCommands()
{
    ClusterSnapshot eks;
    eks.serverVersion = s("v1.33.5-eks-1a2b3c4");
    Node n;
    n.name = s("ip-10-0-1-5.ec2.internal");
    n.kubeletVersion = s("v1.31.9-eks-5e6f7a8");
    eks.nodes << n;
    const UpgradePlan p = plan(eks, QString(), d("2026-08-22"), PatchHop::Skip);
    QVERIFY(!p.kubeadmManaged);
    QCOMPARE(pathOf(p), QStringList{s("v1.34.11")});
    QVERIFY(p.steps.isEmpty());
    QVERIFY(ruleIds(p.findings).contains(s("not-kubeadm-cluster")));
    // 1.31 kubelets are n-3 for 1.34: allowed, but the policy rule applies, not kubeadm's.
    QVERIFY(!ruleIds(p.findings).contains(s("kubeadm-kubelet-too-old")));
    QCOMPARE(p.hops.at(0).componentChanges.constFirst().current, s("v1.33.5-eks-1a2b3c4"));
}

void TestUpgradePlanner::finishesHalfUpgradedControlPlane()
{
    const ClusterSnapshot snapshot = ClusterBuilder()
                                         .controlPlane(s("cp-1"), s("v1.35.8"), s("3.6.10-0"), s("v1.34.11"))
                                         .controlPlane(s("cp-2"), s("v1.34.11"), s("3.6.10-0"))
                                         .worker(s("worker-1"), s("v1.34.11"))
                                         .addons(s("v1.34.11"), s("v1.12.1"))
                                         .build();
    const UpgradePlan p = plan(snapshot, QString(), d("2026-08-22"));
    QCOMPARE(p.clusterVersion.toString(), s("v1.35.8")); // kubeadm plans from the highest apiserver
    QCOMPARE(pathOf(p), QStringList({s("v1.35.8"), s("v1.36.4")}));
    QVERIFY(ruleIds(p.findings).contains(s("apiserver-versions-differ")));
    // Hop 0 finishes cp-2 with `kubeadm upgrade node`; no second `apply`.
    QCOMPARE(indexOf(p, s("cp-1"), StepAction::KubeadmUpgradeApply, 0), -1);
    QVERIFY(indexOf(p, s("cp-2"), StepAction::KubeadmUpgradeNode, 0) >= 0);
    QVERIFY(indexOf(p, s("cp-1"), StepAction::KubeadmUpgradeApply, 1) >= 0);
}

void TestUpgradePlanner::notReadyControlPlane()
{
    const ClusterSnapshot snapshot = ClusterBuilder()
                                         .controlPlane(s("cp-1"), s("v1.35.8"))
                                         .controlPlane(s("cp-2"), s("v1.35.8"))
                                         .worker(s("worker-1"), s("v1.35.8"))
                                         .notReady(s("cp-1"))
                                         .build();
    const UpgradePlan p = plan(snapshot, QString(), d("2026-08-22"));
    QVERIFY(ruleIds(p.findings).contains(s("control-plane-not-ready")));
    QVERIFY(ruleIds(p.findings).contains(s("node-not-ready")));
    // kubeadm upgrade apply goes to the Ready control-plane node.
    QVERIFY(indexOf(p, s("cp-2"), StepAction::KubeadmUpgradeApply, 0) >= 0);
    QVERIFY(indexOf(p, s("cp-1"), StepAction::KubeadmUpgradeNode, 0) >= 0);
}

QTEST_GUILESS_MAIN(TestUpgradePlanner)
#include "tst_upgradeplanner.moc"
