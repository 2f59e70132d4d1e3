// Rendering a plan: the exact package commands (FACTS §4), kubeadm's table layout (FACTS §3.3,
// §3.4), the text output and the JSON contract of docs/plan-json.md.
#include "models/planjson.h"
#include "models/plantext.h"
#include "models/releasecatalog.h"
#include "models/upgradecommands.h"
#include "models/upgradeplanner.h"
#include "tests/testutils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace Slipway;
using namespace Slipway::TestUtils;

class TestPlanRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void packageCommands_data();
    void packageCommands();
    void tabwriterMatchesKubeadm();
    void textRendering();
    void jsonContract();
};

void TestPlanRender::packageCommands_data()
{
    QTest::addColumn<PackageFamily>("family");
    QTest::addColumn<StepAction>("action");
    QTest::addColumn<QStringList>("commands");
    QTest::addRow("Debian: kubeadm, held")
        << PackageFamily::Debian << StepAction::UpgradeKubeadm
        << QStringList{s("sudo apt-mark unhold kubeadm && sudo apt-get update && sudo "
                         "apt-get install -y kubeadm='1.35.8-*' && sudo apt-mark hold "
                         "kubeadm"),
                       s("kubeadm version")};
    QTest::addRow("Debian: kubelet and kubectl")
        << PackageFamily::Debian << StepAction::UpgradeKubelet
        << QStringList{s("sudo apt-mark unhold kubelet kubectl && sudo apt-get "
                         "update && sudo apt-get install -y kubelet='1.35.8-*' "
                         "kubectl='1.35.8-*' && sudo apt-mark hold kubelet "
                         "kubectl")};
    QTest::addRow("Debian: pkgs.k8s.io repository per minor")
        << PackageFamily::Debian << StepAction::SwitchRepository
        << QStringList{s("echo 'deb [signed-by=/etc/apt/keyrings/kubernetes-apt-keyring.gpg] "
                         "https://pkgs.k8s.io/core:/stable:/v1.35/deb/ /' | sudo tee "
                         "/etc/apt/sources.list.d/kubernetes.list")};
    QTest::addRow("RHEL: kubeadm with --disableexcludes")
        << PackageFamily::Rhel << StepAction::UpgradeKubeadm
        << QStringList{s("sudo yum install -y kubeadm-'1.35.8-*' --disableexcludes=kubernetes"),
                       s("kubeadm version")};
    QTest::addRow("RHEL: kubelet and kubectl")
        << PackageFamily::Rhel << StepAction::UpgradeKubelet
        << QStringList{s("sudo yum install -y kubelet-'1.35.8-*' "
                         "kubectl-'1.35.8-*' --disableexcludes=kubernetes")};
    QTest::addRow("RHEL: repository file")
        << PackageFamily::Rhel << StepAction::SwitchRepository
        << QStringList{
               s("cat <<EOF | sudo tee /etc/yum.repos.d/kubernetes.repo\n[kubernetes]\nname=Kubernetes\n"
                 "baseurl=https://pkgs.k8s.io/core:/stable:/v1.35/rpm/\nenabled=1\ngpgcheck=1\n"
                 "gpgkey=https://pkgs.k8s.io/core:/stable:/v1.35/rpm/repodata/repomd.xml.key\n"
                 "exclude=kubelet kubeadm kubectl cri-tools kubernetes-cni\nEOF")};
}

void TestPlanRender::packageCommands()
{
    QFETCH(PackageFamily, family);
    QFETCH(StepAction, action);
    const UpgradePlan p =
        plan(smallCluster(s("v1.34.11")), s("v1.35.8"), d("2026-08-22"), PatchHop::First, family);
    QCOMPARE(p.packageFamily, family);
    const qsizetype i = indexOf(p, s("worker-1"), action, 0);
    QVERIFY(i >= 0);
    QTEST(p.steps.at(i).commands, "commands");
    QCOMPARE(UpgradeCommands::kubeadmUpgradeApply(Version::parse(s("v1.36.0-rc.1"))),
             QStringList{s("sudo kubeadm upgrade apply v1.36.0-rc.1 --allow-release-candidate-upgrades")});
    QCOMPARE(UpgradeCommands::drain(s("odd name")),
             QStringList{s("kubectl drain 'odd name' --ignore-daemonsets")});
}

void TestPlanRender::tabwriterMatchesKubeadm()
{
    // The HA example of FACTS §3.4, byte for byte.
    const QStringList header{s("COMPONENT"), s("NODE"), s("CURRENT"), s("TARGET")};
    QList<QStringList> rows;
    for (const char *c : {"kube-apiserver", "kube-controller-manager", "kube-scheduler"}) {
        rows << QStringList{s(c), s("k8s-controlplane01"), s("v1.32.4"), s("v1.33.0")};
        rows << QStringList{s(c), s("k8s-controlplane02"), s("v1.32.4"), s("v1.33.0")};
    }
    rows << QStringList{s("kube-proxy"), QString(), s("1.32.4"), s("v1.33.0")};
    rows << QStringList{s("CoreDNS"), QString(), s("v1.11.3"), s("v1.12.0")};
    rows << QStringList{s("etcd"), s("k8s-controlplane01"), s("3.5.16-0"), s("3.5.21-0")};
    rows << QStringList{s("etcd"), s("k8s-controlplane02"), s("3.5.16-0"), s("3.5.21-0")};
    const QString expected = s("COMPONENT                 NODE                 CURRENT    TARGET\n"
                               "kube-apiserver            k8s-controlplane01   v1.32.4    v1.33.0\n"
                               "kube-apiserver            k8s-controlplane02   v1.32.4    v1.33.0\n"
                               "kube-controller-manager   k8s-controlplane01   v1.32.4    v1.33.0\n"
                               "kube-controller-manager   k8s-controlplane02   v1.32.4    v1.33.0\n"
                               "kube-scheduler            k8s-controlplane01   v1.32.4    v1.33.0\n"
                               "kube-scheduler            k8s-controlplane02   v1.32.4    v1.33.0\n"
                               "kube-proxy                                     1.32.4     v1.33.0\n"
                               "CoreDNS                                        v1.11.3    v1.12.0\n"
                               "etcd                      k8s-controlplane01   3.5.16-0   3.5.21-0\n"
                               "etcd                      k8s-controlplane02   3.5.16-0   3.5.21-0\n");
    std::sort(rows.begin(), rows.begin() + 6); // kubeadm lists each component's nodes together
    QCOMPARE(PlanText::table(header, rows), expected);
    // minwidth 10 with short cells
    QCOMPARE(PlanText::table(header, {{s("kubelet"), s("cp"), s("v1.32.4"), s("v1.33.0")}}),
             s("COMPONENT   NODE      CURRENT   TARGET\nkubelet     cp        v1.32.4   v1.33.0\n"));
}

void TestPlanRender::textRendering()
{
    const UpgradePlan p = plan(smallCluster(), QString(), d("2026-08-22"));
    const QString text = PlanText::render(p);
    for (const QString &line :
         {s("[upgrade/versions] Cluster version: 1.34.3\n"),
          s("[upgrade/versions] Target version: v1.35.8\n"),
          s("[upgrade/versions] Latest version in the v1.34 series: v1.34.11\n"),
          s("Components that must be upgraded manually after you have upgraded the control plane with "
            "'kubeadm "
            "upgrade apply':\n"),
          s("Upgrade to the latest version in the v1.34 series:\n"), s("\n\tkubeadm upgrade apply v1.35.8\n"),
          s("Note: Before you can perform this upgrade, you have to update kubeadm to v1.35.8.\n"),
          QString(s("\n") + QString(69, QLatin1Char('_')) + s("\n")),
          s("kubelet     worker-2   v1.34.3   v1.34.11\n"),
          s("       $ kubectl drain worker-1 --ignore-daemonsets\n")}) {
        QVERIFY2(text.contains(line), qPrintable(line));
    }
    QVERIFY(text.indexOf(s("Findings:")) > text.indexOf(s("\tkubeadm upgrade apply v1.35.8")));
    QVERIFY(text.indexOf(s("Steps:")) > text.indexOf(s("Findings:")));
}

void TestPlanRender::jsonContract()
{
    const ClusterSnapshot snapshot = ClusterBuilder()
                                         .controlPlane(s("cp-1"), s("v1.34.3"), s("3.6.4-0"))
                                         .worker(s("worker-5"), s("v1.31.14"))
                                         .addons(s("v1.34.3"), s("v1.12.1"))
                                         .build();
    const UpgradePlan p = plan(snapshot, QString(), d("2026-08-22"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(PlanJson::render(p), &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString()));
    const QJsonObject o = doc.object();
    QCOMPARE(o.value(s("schemaVersion")).toInt(), 1);
    QCOMPARE(o.value(s("cluster")).toObject().value(s("version")).toString(), s("v1.34.3"));
    const QJsonArray apis = o.value(s("cluster")).toObject().value(s("apiServers")).toArray();
    QCOMPARE(apis.size(), 1);
    QCOMPARE(apis.at(0).toObject().value(s("node")).toString(), s("cp-1"));
    QCOMPARE(apis.at(0).toObject().value(s("version")).toString(), s("v1.34.3"));
    QCOMPARE(o.value(s("target")).toString(), s("v1.35.8"));
    QCOMPARE(o.value(s("path")).toArray(), QJsonArray({s("v1.34.11"), s("v1.35.8")}));
    QVERIFY(o.value(s("feasible")).toBool());

    const QJsonArray components = o.value(s("components")).toArray();
    QVERIFY(!components.isEmpty());
    for (const QJsonValue &c : components) {
        for (const char *key : {"component", "node", "current", "target"})
            QVERIFY2(c.toObject().value(s(key)).isString(), key);
    }
    bool sawBlockerFinding = false;
    for (const QJsonValue &f : o.value(s("findings")).toArray()) {
        const QJsonObject fo = f.toObject();
        for (const char *key : {"severity", "rule", "component", "node", "message", "fix"})
            QVERIFY2(fo.value(s(key)).isString(), key);
        QVERIFY(
            QStringList({s("error"), s("warning"), s("info")}).contains(fo.value(s("severity")).toString()));
        sawBlockerFinding = sawBlockerFinding ||
                            (fo.value(s("rule")).toString() == s("kubeadm-kubelet-too-old") &&
                             fo.value(s("node")).toString() == s("worker-5") && fo.value(s("hop")).isNull());
    }
    QVERIFY(sawBlockerFinding);
    const QJsonArray nodes = o.value(s("nodes")).toArray();
    QCOMPARE(nodes.size(), 2);
    const QJsonObject cp = nodes.at(0).toObject();
    QCOMPARE(cp.value(s("name")).toString(), s("cp-1"));
    QCOMPARE(cp.value(s("roles")).toArray(), QJsonArray{s("control-plane")});
    QCOMPARE(cp.value(s("kubelet")).toString(), s("v1.34.3"));
    QCOMPARE(cp.value(s("kubeProxy")).toString(), s("v1.34.3"));
    QCOMPARE(cp.value(s("ready")).toString(), s("True"));
    QCOMPARE(cp.value(s("unschedulable")).toBool(true), false);
    const QJsonArray steps = o.value(s("steps")).toArray();
    QCOMPARE(steps.size(), p.steps.size());
    const QJsonObject first = steps.at(0).toObject();
    QCOMPARE(first.value(s("hop")).toInt(-1), 0);
    QVERIFY(first.value(s("node")).isString());
    QVERIFY(first.value(s("action")).isString());
    QVERIFY(first.value(s("commands")).isArray());
    QCOMPARE(o.value(s("hops")).toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestPlanRender)
#include "tst_planrender.moc"
