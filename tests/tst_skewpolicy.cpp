// The version-skew policy by era (FACTS §1), support dates (FACTS §2), kubeadm's own rules
// (FACTS §1.3, §3.6) and managed-cluster version strings (FACTS §7.5).
#include "models/releasecatalog.h"
#include "models/skewpolicy.h"
#include "tests/testutils.h"

#include <QTest>

using namespace Slipway;
using namespace Slipway::TestUtils;

namespace {

// apiServers "v1.36.0,v1.35.0" (newest first) -> cp-1, cp-2; kubelets "v1.33.0,…" -> worker-1, …
ClusterSnapshot fromSpec(const QString &apiServers, const QString &kubelets, const QString &kubeProxy,
                         const QString &controllers)
{
    ClusterBuilder b;
    const QStringList versions = apiServers.split(QLatin1Char(','), Qt::SkipEmptyParts);
    // Control-plane kubelets and (unless given) controllers sit at the oldest apiserver, so that
    // each row tests only what it names.
    const QString oldest = versions.isEmpty() ? QString() : versions.constLast();
    int i = 0;
    for (const QString &version : versions) {
        const QString node = s("cp-%1").arg(++i);
        b.controlPlane(node, version.trimmed(), noEtcd(), oldest);
        b.component(s("kube-controller-manager"), node, controllers.isEmpty() ? oldest : controllers);
        b.component(s("kube-scheduler"), node, controllers.isEmpty() ? oldest : controllers);
    }
    i = 0;
    for (const QString &version : kubelets.split(QLatin1Char(','), Qt::KeepEmptyParts))
        b.worker(s("worker-%1").arg(++i), version.trimmed());
    if (!kubeProxy.isEmpty())
        b.component(s("kube-proxy"), QString(), kubeProxy);
    return b.build();
}

QStringList rules(const QList<Finding> &findings, Finding::Severity severity)
{
    QStringList out;
    for (const Finding &f : findings) {
        if (f.severity == severity && !out.contains(f.rule))
            out << f.rule;
    }
    out.sort();
    return out;
}

QStringList errors(const QList<Finding> &f)
{
    return rules(f, Finding::Severity::Error);
}

QStringList warnings(const QList<Finding> &f)
{
    return rules(f, Finding::Severity::Warning);
}

} // namespace

class TestSkewPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limitsByEra_data();
    void limitsByEra();
    void skew_data();
    void skew();
    void kubeletFindingDetails();
    void managedClusters_data();
    void managedClusters();
    void support_data();
    void support();
    void controlPlaneUpgrade_data();
    void controlPlaneUpgrade();
    void controlPlaneUpgradeFix();
    void addons_data();
    void addons();
    void kubectl_data();
    void kubectl();
    void evaluateSortsErrorsFirst();
};

void TestSkewPolicy::limitsByEra_data()
{
    QTest::addColumn<int>("controlPlane");
    QTest::addColumn<int>("nodeMinor");
    QTest::addColumn<int>("maxBehind");
    QTest::addColumn<int>("proxySkew");
    QTest::addRow("n-3 with a 1.36 control plane") << 36 << 33 << 3 << 3;
    QTest::addRow("n-3 from 1.28 control planes") << 28 << 25 << 3 << 3;
    QTest::addRow("below 1.25 only two, even at 1.28") << 28 << 24 << 2 << 2;
    QTest::addRow("below 1.25 only two, any control plane") << 36 << 24 << 2 << 2;
    QTest::addRow("n-2 era: 1.27 control plane") << 27 << 25 << 2 << 2;
    QTest::addRow("first policy (1.13)") << 13 << 11 << 2 << 2;
}

void TestSkewPolicy::limitsByEra()
{
    QFETCH(int, controlPlane);
    QFETCH(int, nodeMinor);
    QTEST(SkewPolicy::maxMinorsBehind(controlPlane, nodeMinor), "maxBehind");
    QTEST(SkewPolicy::maxKubeProxyKubeletSkew(controlPlane, nodeMinor), "proxySkew");
    // kubeadm: n-1 up to 1.28, n-3 from 1.29 (FACTS §1.3)
    QCOMPARE(SkewPolicy::kubeadmMaxKubeletSkew(28), 1);
    QCOMPARE(SkewPolicy::kubeadmMaxKubeletSkew(29), 3);
    QCOMPARE(SkewPolicy::minimumKubeletMinor(36), 33);
    QCOMPARE(SkewPolicy::minimumKubeletMinor(28), 25);
    QCOMPARE(SkewPolicy::minimumKubeletMinor(27), 25);
    QCOMPARE(SkewPolicy::minimumKubeletMinor(13), 11);
}

void TestSkewPolicy::skew_data()
{
    QTest::addColumn<QString>("apiServers");
    QTest::addColumn<QString>("kubelets");
    QTest::addColumn<QString>("kubeProxy");
    QTest::addColumn<QString>("controllers");
    QTest::addColumn<QStringList>("expectedErrors");
    QTest::addColumn<QStringList>("expectedWarnings");

    const QStringList none;
    const QStringList differ{s("apiserver-versions-differ")};
    // FACTS §1.1, every kube-apiserver at N = 1.36
    QTest::addRow("kubelet at N") << "v1.36.0"
                                  << "v1.36.0"
                                  << ""
                                  << "" << none << none;
    QTest::addRow("kubelet at N-3 is allowed, upgrade before the next control plane")
        << "v1.36.0"
        << "v1.33.0"
        << ""
        << "" << none << QStringList{s("kubelet-at-skew-limit")};
    QTest::addRow("kubelet at N-4 is too old") << "v1.36.0"
                                               << "v1.32.9"
                                               << ""
                                               << "" << QStringList{s("kubelet-too-old")} << none;
    QTest::addRow("kubelet newer than kube-apiserver")
        << "v1.35.8"
        << "v1.36.0"
        << ""
        << "" << QStringList{s("kubelet-newer-than-apiserver")} << none;
    QTest::addRow("kubelet one patch newer in the same minor is fine") << "v1.35.2"
                                                                       << "v1.35.8"
                                                                       << ""
                                                                       << "" << none << none;
    // FACTS §1.1 HA: apiservers at 1.36 and 1.35
    QTest::addRow("HA: kubelet at N is newer than the N-1 apiserver")
        << "v1.36.0,v1.35.0"
        << "v1.36.0"
        << ""
        << "" << QStringList{s("kubelet-newer-than-apiserver")} << differ;
    QTest::addRow("HA: kubelet at N-1 is allowed") << "v1.36.0,v1.35.0"
                                                   << "v1.35.0"
                                                   << ""
                                                   << "" << none << differ;
    QTest::addRow("HA: kubelet at N-3 is allowed")
        << "v1.36.0,v1.35.0"
        << "v1.33.0"
        << ""
        << "" << none << QStringList{s("apiserver-versions-differ"), s("kubelet-at-skew-limit")};
    QTest::addRow("HA: kubelet at N-4 is too old") << "v1.36.0,v1.35.0"
                                                   << "v1.32.0"
                                                   << ""
                                                   << "" << QStringList{s("kubelet-too-old")} << differ;
    QTest::addRow("HA: apiservers two minors apart")
        << "v1.36.0,v1.34.5"
        << "v1.34.5"
        << ""
        << "" << QStringList{s("apiserver-skew"), s("control-plane-component-too-old")} << none;
    QTest::addRow("HA: same minor, different patches") << "v1.36.1,v1.36.0"
                                                       << "v1.36.0"
                                                       << ""
                                                       << "" << none << differ;
    // The n-2 era (control planes before 1.28, FACTS §1.2)
    QTest::addRow("n-2 era: 1.25 kubelet under 1.27 is allowed and fine at 1.28 too") << "v1.27.16"
                                                                                      << "v1.25.16"
                                                                                      << ""
                                                                                      << "" << none << none;
    QTest::addRow("n-2 era: 1.24 kubelet under 1.26 must move before 1.27")
        << "v1.26.15"
        << "v1.24.17"
        << ""
        << "" << none << QStringList{s("kubelet-at-skew-limit")};
    QTest::addRow("below 1.25: a 1.24 kubelet three behind a 1.27 control plane is too old")
        << "v1.27.16"
        << "v1.24.17"
        << ""
        << "" << QStringList{s("kubelet-too-old")} << none;
    QTest::addRow("n-3 era: 1.25 kubelet under 1.28 is allowed")
        << "v1.28.15"
        << "v1.25.16"
        << ""
        << "" << none << QStringList{s("kubelet-at-skew-limit")};
    QTest::addRow("first policy (1.13): kubelet two behind is allowed")
        << "v1.13.12"
        << "v1.11.10"
        << ""
        << "" << none << QStringList{s("kubelet-at-skew-limit")};
    QTest::addRow("first policy (1.13): kubelet three behind is too old")
        << "v1.13.12"
        << "v1.10.13"
        << ""
        << "" << QStringList{s("kubelet-too-old")} << none;
    // kube-proxy (FACTS §1.1)
    QTest::addRow("kube-proxy three behind the kubelet is allowed") << "v1.36.0"
                                                                    << "v1.36.0"
                                                                    << "v1.33.0"
                                                                    << "" << none << none;
    QTest::addRow("kube-proxy four behind the apiserver and the kubelet")
        << "v1.36.0"
        << "v1.36.0"
        << "v1.32.0"
        << "" << QStringList{s("kube-proxy-kubelet-skew"), s("kube-proxy-too-old")} << none;
    QTest::addRow("kube-proxy newer than the apiserver")
        << "v1.35.0"
        << "v1.35.0"
        << "v1.36.0"
        << "" << QStringList{s("kube-proxy-newer-than-apiserver")} << none;
    QTest::addRow("kube-proxy three newer than its kubelet")
        << "v1.36.0"
        << "v1.33.0"
        << "v1.36.0"
        << "" << none << QStringList{s("kubelet-at-skew-limit")};
    QTest::addRow("kube-proxy newer than a HA N-1 apiserver")
        << "v1.36.0,v1.35.0"
        << "v1.35.0"
        << "v1.36.0"
        << "" << QStringList{s("kube-proxy-newer-than-apiserver")} << differ;
    QTest::addRow("n-2 era: kube-proxy two from the kubelet") << "v1.27.3"
                                                              << "v1.25.3"
                                                              << "v1.27.3"
                                                              << "" << none << none;
    // kube-controller-manager, kube-scheduler (FACTS §1.1)
    QTest::addRow("controllers one behind are allowed") << "v1.36.0"
                                                        << "v1.36.0"
                                                        << ""
                                                        << "v1.35.4" << none << none;
    QTest::addRow("controllers two behind are too old")
        << "v1.36.0"
        << "v1.36.0"
        << ""
        << "v1.34.4" << QStringList{s("control-plane-component-too-old")} << none;
    QTest::addRow("controllers newer than the apiserver")
        << "v1.35.0"
        << "v1.35.0"
        << ""
        << "v1.36.0" << QStringList{s("control-plane-component-newer-than-apiserver")} << none;
    QTest::addRow("HA: controllers at N are newer than the N-1 apiserver (N-1 only)")
        << "v1.36.0,v1.35.0"
        << "v1.35.0"
        << ""
        << "v1.36.0" << QStringList{s("control-plane-component-newer-than-apiserver")} << differ;
    QTest::addRow("HA: controllers at N-1 are allowed") << "v1.36.0,v1.35.0"
                                                        << "v1.35.0"
                                                        << ""
                                                        << "v1.35.0" << none << differ;
    // Unreadable versions
    QTest::addRow("kubelet reports no version") << "v1.36.0"
                                                << ""
                                                << ""
                                                << "" << none << QStringList{s("version-unparseable")};
    QTest::addRow("kubelet reports garbage") << "v1.36.0"
                                             << "v1.36.0,banana"
                                             << ""
                                             << "" << none << QStringList{s("version-unparseable")};
}

void TestSkewPolicy::skew()
{
    QFETCH(QString, apiServers);
    QFETCH(QString, kubelets);
    QFETCH(QString, kubeProxy);
    QFETCH(QString, controllers);
    const QList<Finding> findings =
        SkewPolicy::checkSkew(fromSpec(apiServers, kubelets, kubeProxy, controllers));
    QTEST(errors(findings), "expectedErrors");
    QTEST(warnings(findings), "expectedWarnings");
    for (const Finding &f : findings) {
        QVERIFY2(!f.message.isEmpty() && !f.fix.isEmpty(), qPrintable(f.rule));
        QVERIFY(!f.component.isEmpty());
    }
}

void TestSkewPolicy::kubeletFindingDetails()
{
    const ClusterSnapshot snapshot = ClusterBuilder()
                                         .controlPlane(s("cp-1"), s("v1.36.2"), noEtcd())
                                         .worker(s("worker-5"), s("v1.32.9"))
                                         .build();
    const QList<Finding> findings = findingsWithRule(SkewPolicy::checkSkew(snapshot), s("kubelet-too-old"));
    QCOMPARE(findings.size(), 1);
    const Finding &f = findings.constFirst();
    QCOMPARE(f.severity, Finding::Severity::Error);
    QCOMPARE(f.severityName(), s("error"));
    QCOMPARE(f.component, s("kubelet"));
    QCOMPARE(f.node, s("worker-5"));
    QCOMPARE(f.versions, QStringList({s("v1.32.9"), s("v1.36.2")}));
    QCOMPARE(f.allowedRange, s("v1.33\u2013v1.36"));
    QCOMPARE(f.message,
             s("The kubelet on worker-5 (v1.32.9) is 4 minor versions older than the newest kube-apiserver "
               "(v1.36.2); at most 3 are supported."));
    QCOMPARE(f.fix,
             s("Upgrade the kubelet on worker-5 to v1.33 or newer, one minor version at a time, draining the "
               "node first."));
}

void TestSkewPolicy::managedClusters_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QStringList>("kubelets");
    QTest::addColumn<QStringList>("expectedErrors");
    QTest::addColumn<QStringList>("expectedWarnings");
    const QStringList none;
    // FACTS §7.5: suffixes must not make a kubelet look newer or older than it is.
    QTest::addRow("EKS server and an n-3 EKS kubelet")
        << "v1.29.3-eks-adc7111" << QStringList{s("v1.29.3-eks-adc7111"), s("v1.26.15-eks-1a2b3c4")} << none
        << QStringList{s("kubelet-at-skew-limit")};
    QTest::addRow("GKE server and kubelet at the same version")
        << "v1.30.2-gke.1587003" << QStringList{s("v1.30.2-gke.1587003")} << none << none;
    QTest::addRow("GKE kubelet a patch ahead of the server")
        << "v1.30.2-gke.1587003" << QStringList{s("v1.30.3-gke.100")} << none << none;
    QTest::addRow("AKS plain kubelet") << "v1.29.7" << QStringList{s("v1.29.7")} << none << none;
    QTest::addRow("k3s build metadata")
        << "v1.29.6+k3s1" << QStringList{s("v1.29.6+k3s1"), s("v1.28.2+k3s1")} << none << none;
    QTest::addRow("RKE2 kubelet newer than the server")
        << "v1.28.5+rke2r1" << QStringList{s("v1.29.1+rke2r1")}
        << QStringList{s("kubelet-newer-than-apiserver")} << none;
    QTest::addRow("EKS kubelet four behind")
        << "v1.30.2-eks-1" << QStringList{s("v1.26.15-eks-1")} << QStringList{s("kubelet-too-old")} << none;
}

void TestSkewPolicy::managedClusters()
{
    QFETCH(QString, server);
    QFETCH(QStringList, kubelets);
    ClusterBuilder b;
    b.server(server);
    int i = 0;
    for (const QString &k : kubelets)
        b.worker(s("node-%1").arg(++i), k);
    const ClusterSnapshot snapshot = b.build();
    QVERIFY(!SkewPolicy::isKubeadmManaged(snapshot));
    QCOMPARE(SkewPolicy::clusterVersion(snapshot).raw(), server);
    const QList<Finding> findings = SkewPolicy::checkSkew(snapshot);
    QTEST(errors(findings), "expectedErrors");
    QTEST(warnings(findings), "expectedWarnings");
}

void TestSkewPolicy::support_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("messagePart");
    QTest::addRow("1.32 after its EOL") << "v1.32.13" << d("2026-03-01") << "cluster-end-of-life"
                                        << "2026-02-28";
    QTest::addRow("1.32 on its EOL day is maintenance")
        << "v1.32.13" << d("2026-02-28") << "cluster-maintenance-mode"
        << "2025-12-28";
    QTest::addRow("1.34 from 2026-08-27 is in maintenance mode")
        << "v1.34.11" << d("2026-08-27") << "cluster-maintenance-mode"
        << "2026-10-27";
    QTest::addRow("1.34 the day before maintenance") << "v1.34.11" << d("2026-08-26") << ""
                                                     << "";
    QTest::addRow("1.35.2 behind the newest patch") << "v1.35.2" << d("2026-08-22") << "cluster-patch-behind"
                                                    << "v1.35.8";
    QTest::addRow("1.35.2 was newest on 2026-03-01") << "v1.35.2" << d("2026-03-01") << ""
                                                     << "";
    QTest::addRow("1.18 out of the newest three before its EOL")
        << "v1.18.20" << d("2021-05-01") << "cluster-support-ending"
        << "2021-06-18";
    QTest::addRow("1.11 after EOL in 2019") << "v1.11.10" << d("2019-06-01") << "cluster-end-of-life"
                                            << "2019-05-01";
    QTest::addRow("EKS 1.29 after EOL") << "v1.29.15-eks-adc7111" << d("2025-03-12") << "cluster-end-of-life"
                                        << "2025-02-28";
    QTest::addRow("newer than the catalog") << "v1.37.0" << d("2026-08-22") << "version-not-in-catalog"
                                            << "2026-08-20";
}

void TestSkewPolicy::support()
{
    QFETCH(QString, version);
    QFETCH(QDate, today);
    QFETCH(QString, rule);
    QFETCH(QString, messagePart);
    const QList<Finding> findings = SkewPolicy::checkSupport(Version::parse(version), catalog(), today);
    if (rule.isEmpty()) {
        QVERIFY2(findings.isEmpty(), findings.isEmpty() ? "" : qPrintable(findings.constFirst().rule));
        return;
    }
    const QList<Finding> matching = findingsWithRule(findings, rule);
    QCOMPARE(matching.size(), 1);
    QVERIFY2(matching.constFirst().message.contains(messagePart), qPrintable(matching.constFirst().message));
    QCOMPARE(matching.constFirst().component, s("cluster"));
    QVERIFY(matching.constFirst().node.isEmpty());
}

void TestSkewPolicy::controlPlaneUpgrade_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("kubelet");
    QTest::addColumn<bool>("kubeadm");
    QTest::addColumn<QString>("rule");
    // kubeone#3010: kubeadm 1.28 refuses 1.26 kubelets although the policy allows them (FACTS §1.3)
    QTest::addRow("kubeadm 1.28 refuses 1.26 kubelets") << "v1.28.15"
                                                        << "v1.26.15" << true << "kubeadm-kubelet-too-old";
    QTest::addRow("the policy alone allows 1.26 kubelets at 1.28") << "v1.28.15"
                                                                   << "v1.26.15" << false << "";
    QTest::addRow("kubeadm 1.29 accepts n-3") << "v1.29.15"
                                              << "v1.26.15" << true << "";
    QTest::addRow("kubeadm 1.29 refuses n-4") << "v1.29.0"
                                              << "v1.25.16" << true << "kubeadm-kubelet-too-old";
    QTest::addRow("kubeadm 1.12 refuses 1.10 kubelets") << "v1.12.10"
                                                        << "v1.10.13" << true << "kubeadm-kubelet-too-old";
    QTest::addRow("managed control plane to 1.35 with a 1.31 kubelet")
        << "v1.35.8"
        << "v1.31.14" << false << "kubelet-too-old-for-target";
    QTest::addRow("n-2 era target: 1.25 kubelet is fine at 1.27") << "v1.27.16"
                                                                  << "v1.25.16" << false << "";
}

void TestSkewPolicy::controlPlaneUpgrade()
{
    QFETCH(QString, target);
    QFETCH(QString, kubelet);
    QFETCH(bool, kubeadm);
    QFETCH(QString, rule);
    const ClusterSnapshot snapshot = ClusterBuilder().worker(s("worker-1"), kubelet).build();
    const QList<Finding> findings =
        SkewPolicy::checkControlPlaneUpgrade(snapshot, Version::parse(target), kubeadm);
    QCOMPARE(findings.size(), rule.isEmpty() ? 0 : 1);
    if (!rule.isEmpty()) {
        QCOMPARE(findings.constFirst().rule, rule);
        QCOMPARE(findings.constFirst().node, s("worker-1"));
    }
}

void TestSkewPolicy::controlPlaneUpgradeFix()
{
    // The brief's own example: a 1.34 cluster going to 1.35 with worker-5 at 1.31.
    const ClusterSnapshot snapshot = ClusterBuilder()
                                         .controlPlane(s("cp-1"), s("v1.34.11"), noEtcd())
                                         .worker(s("worker-5"), s("v1.31.14"))
                                         .build();
    const QList<Finding> findings =
        SkewPolicy::checkControlPlaneUpgrade(snapshot, Version::parse(s("v1.35")), true);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.constFirst().severity, Finding::Severity::Error);
    QCOMPARE(
        findings.constFirst().fix,
        s("Upgrade the kubelet on worker-5 to v1.32 or newer before upgrading the control plane to v1.35."));
}

void TestSkewPolicy::addons_data()
{
    QTest::addColumn<QString>("etcd");
    QTest::addColumn<QString>("coreDns");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("1.33 -> 1.34 moves etcd to 3.6 and CoreDNS to v1.12.1")
        << "3.5.24-0"
        << "v1.12.0"
        << "v1.34.11" << QStringList{s("coredns-version"), s("etcd-minor-upgrade")};
    QTest::addRow("etcd patch upgrade within 3.5") << "3.5.16-0"
                                                   << "v1.12.0"
                                                   << "v1.33.13" << QStringList{s("etcd-version")};
    QTest::addRow("etcd newer than kubeadm ships") << "3.6.10-0"
                                                   << "v1.12.0"
                                                   << "v1.33.13" << QStringList{s("etcd-newer-than-kubeadm")};
    QTest::addRow("external etcd has no rows") << ""
                                               << "v1.13.1"
                                               << "v1.35.8" << QStringList{};
    QTest::addRow("beyond the catalog: kubeadm's nearest-version fallback")
        << "3.6.10-0"
        << "v1.14.2"
        << "v1.37.0" << QStringList{s("etcd-version-unknown")};
}

void TestSkewPolicy::addons()
{
    QFETCH(QString, etcd);
    QFETCH(QString, coreDns);
    QFETCH(QString, target);
    ClusterBuilder b;
    b.controlPlane(s("cp-1"), s("v1.33.13"), etcd);
    b.component(s("CoreDNS"), QString(), coreDns);
    QStringList got;
    const QList<Finding> findings = SkewPolicy::checkAddons(b.build(), catalog(), Version::parse(target));
    for (const Finding &f : findings)
        got << f.rule;
    got.sort();
    QTEST(got, "expected");
    for (const Finding &f : findings) {
        if (f.rule == QLatin1String("etcd-version-unknown"))
            QVERIFY(f.message.contains(s("falling back to the nearest etcd version (3.6.10-0)")));
    }
}

void TestSkewPolicy::kubectl_data()
{
    QTest::addColumn<QString>("apiServers");
    QTest::addColumn<QString>("client");
    QTest::addColumn<bool>("warns");
    QTest::addRow("kubectl one newer") << "v1.35.0"
                                       << "v1.36.1" << false;
    QTest::addRow("kubectl one older") << "v1.35.0"
                                       << "v1.34.1" << false;
    QTest::addRow("kubectl two newer") << "v1.35.0"
                                       << "v1.37.0" << true;
    QTest::addRow("HA 1.36/1.35: kubectl 1.37 is too new for the 1.35 instance") << "v1.36.0,v1.35.0"
                                                                                 << "v1.37.0" << true;
    QTest::addRow("HA 1.36/1.35: kubectl 1.34 is too old for the 1.36 instance") << "v1.36.0,v1.35.0"
                                                                                 << "v1.34.0" << true;
    QTest::addRow("HA 1.36/1.35: kubectl 1.35") << "v1.36.0,v1.35.0"
                                                << "v1.35.0" << false;
}

void TestSkewPolicy::kubectl()
{
    QFETCH(QString, apiServers);
    QFETCH(QString, client);
    QFETCH(bool, warns);
    const QList<Finding> findings = SkewPolicy::checkKubectl(
        Version::parse(client), fromSpec(apiServers, QString(), QString(), QString()));
    QCOMPARE(!findings.isEmpty(), warns);
}

void TestSkewPolicy::evaluateSortsErrorsFirst()
{
    const ClusterSnapshot snapshot = ClusterBuilder()
                                         .controlPlane(s("cp-1"), s("v1.32.4"), noEtcd())
                                         .worker(s("worker-1"), s("v1.29.3"))
                                         .worker(s("worker-2"), QString())
                                         .build();
    const QList<Finding> findings = SkewPolicy::evaluate(snapshot, catalog(), d("2026-08-22"));
    QVERIFY(findings.size() >= 3);
    QCOMPARE(findings.constFirst().rule, s("cluster-end-of-life"));
    for (qsizetype i = 1; i < findings.size(); ++i)
        QVERIFY(int(findings.at(i - 1).severity) <= int(findings.at(i).severity));
    QVERIFY(!findingsWithRule(findings, s("kubelet-at-skew-limit")).isEmpty());
    QVERIFY(!findingsWithRule(findings, s("version-unparseable")).isEmpty());
    QVERIFY(!findingsWithRule(findings, s("cluster-patch-behind")).isEmpty());
}

QTEST_GUILESS_MAIN(TestSkewPolicy)
#include "tst_skewpolicy.moc"
