#include "models/kubejson.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Slipway;

Q_DECLARE_METATYPE(Slipway::Node)
Q_DECLARE_METATYPE(Slipway::Pod)
Q_DECLARE_METATYPE(Slipway::Workload)
Q_DECLARE_METATYPE(Slipway::PodDisruptionBudget)
Q_DECLARE_METATYPE(Slipway::PodPhase)
Q_DECLARE_METATYPE(Slipway::WorkloadKind)

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s in %s", qPrintable(error.errorString()), json.constData());
    return doc.object();
}

QString pretty(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

// The JSON value at a dotted path such as "status.nodeInfo.kubeletVersion" or "spec.taints[0].key".
QJsonValue at(const QJsonObject &root, const QString &path)
{
    QJsonValue v = root;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        QString name = part;
        int index = -1;
        const qsizetype bracket = part.indexOf(QLatin1Char('['));
        if (bracket >= 0) {
            name = part.left(bracket);
            index = part.mid(bracket + 1).chopped(1).toInt();
        }
        v = v.toObject().value(name);
        if (index >= 0)
            v = v.toArray().at(index);
    }
    return v;
}

// The condition of `type` in an encoded status.conditions array.
QJsonObject conditionOf(const QJsonObject &object, const QString &type)
{
    for (const QJsonValue &c : at(object, QStringLiteral("status.conditions")).toArray()) {
        if (c.toObject().value(QLatin1String("type")).toString() == type)
            return c.toObject();
    }
    return {};
}

Node controlPlaneNode()
{
    Node n;
    n.name = QStringLiteral("cp-1");
    n.uid = QStringLiteral("5b1b0e8e-1d0a-4a8e-9f59-2b8c6a3f0c11");
    n.labels = {{QStringLiteral("kubernetes.io/hostname"), QStringLiteral("cp-1")},
                {QStringLiteral("node-role.kubernetes.io/control-plane"), QString()}};
    n.annotations = {{QStringLiteral("node.alpha.kubernetes.io/ttl"), QStringLiteral("0")}};
    n.taints = {Taint{QStringLiteral("node-role.kubernetes.io/control-plane"), QString(),
                      QStringLiteral("NoSchedule")}};
    n.ready = ConditionStatus::True;
    n.readyReason = QStringLiteral("KubeletReady");
    n.kubeletVersion = QStringLiteral("v1.30.4");
    n.kubeProxyVersion = QStringLiteral("v1.30.4");
    n.containerRuntimeVersion = QStringLiteral("containerd://1.7.12");
    n.osImage = QStringLiteral("Ubuntu 22.04.4 LTS");
    n.kernelVersion = QStringLiteral("5.15.0-105-generic");
    n.operatingSystem = QStringLiteral("linux");
    n.architecture = QStringLiteral("arm64");
    n.internalIP = QStringLiteral("192.168.56.11");
    n.capacity = Resources{4000, qint64(16) << 30, 110};
    n.allocatable = Resources{3800, qint64(15) << 30, 110};
    n.creationTimestamp = utc("2024-01-15T09:12:44Z");
    return n;
}

Pod statefulPod()
{
    Pod p;
    p.namespaceName = QStringLiteral("shop");
    p.name = QStringLiteral("db-0");
    p.uid = QStringLiteral("0e7d9c64-5f3a-4c1b-8e2d-7a6b5c4d3e2f");
    p.labels = {{QStringLiteral("app"), QStringLiteral("db")}};
    p.annotations = {
        {QStringLiteral("kubectl.kubernetes.io/restartedAt"), QStringLiteral("2024-08-01T00:00:00Z")}};
    p.ownerReferences = {OwnerReference{QStringLiteral("apps/v1"), QStringLiteral("StatefulSet"),
                                        QStringLiteral("db"),
                                        QStringLiteral("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"), true}};
    p.nodeName = QStringLiteral("worker-1");
    p.nodeSelector = {{QStringLiteral("kubernetes.io/os"), QStringLiteral("linux")}};
    p.tolerations = {Toleration{QStringLiteral("node.kubernetes.io/unreachable"), QStringLiteral("Exists"),
                                QString(), QStringLiteral("NoExecute"), 300},
                     Toleration{QStringLiteral("dedicated"), QStringLiteral("Equal"), QStringLiteral("db"),
                                QStringLiteral("NoSchedule"), std::nullopt}};
    p.containers = {Container{QStringLiteral("postgres"), QStringLiteral("postgres:16.4"),
                              Resources{500, qint64(1) << 30, 0}},
                    Container{QStringLiteral("exporter"),
                              QStringLiteral("prometheuscommunity/postgres-exporter:v0.15.0"), Resources{}}};
    p.volumes = {Volume{QStringLiteral("data"), false}, Volume{QStringLiteral("dshm"), true}};
    p.terminationGracePeriodSeconds = 60;
    p.priorityClassName = QStringLiteral("business-critical");
    p.hostNetwork = false;
    p.phase = PodPhase::Running;
    p.ready = true;
    p.creationTimestamp = utc("2024-08-20T10:00:00Z");
    return p;
}

Workload workload(WorkloadKind kind)
{
    Workload w;
    w.kind = kind;
    w.namespaceName = QStringLiteral("kube-system");
    w.name = QStringLiteral("coredns");
    w.uid = QStringLiteral("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
    w.labels = {{QStringLiteral("k8s-app"), QStringLiteral("kube-dns")}};
    w.selector = {{QStringLiteral("k8s-app"), QStringLiteral("kube-dns")}};
    w.replicas = 3;
    w.readyReplicas = 2;
    w.containers = {Container{QStringLiteral("coredns"),
                              QStringLiteral("registry.k8s.io/coredns/coredns:v1.11.1"),
                              Resources{100, 70 << 20, 0}}};
    w.creationTimestamp = utc("2024-01-15T09:13:02Z");
    return w;
}

} // namespace

class TestKubeJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nodeRoundTrip_data();
    void nodeRoundTrip();
    void podRoundTrip_data();
    void podRoundTrip();
    void workloadRoundTrip_data();
    void workloadRoundTrip();
    void pdbRoundTrip_data();
    void pdbRoundTrip();
    void namespaceRoundTrip();
    void versionInfo_data();
    void versionInfo();
    void versionInfoRoundTrip();

    void encodedNodeIsWhatKubectlReads();
    void encodedUnreachableNodeReportsUnknown();
    void encodedPodIsWhatKubectlReads();
    void encodedPodStatusFollowsPhase_data();
    void encodedPodStatusFollowsPhase();
    void encodedWorkloadStatus_data();
    void encodedWorkloadStatus();
    void encodedPdbIntOrPercent();
    void encodedListCarriesResourceVersion();

    void decodesRealKubectlOutput();
    void decodesTypedListItemsWithoutKind();
    void timestamps_data();
    void timestamps();

    void rejectsMalformedObjects_data();
    void rejectsMalformedObjects();
    void warnsAboutLossySelectors_data();
    void warnsAboutLossySelectors();

private:
    QJsonArray m_fixtureItems;
};

void TestKubeJson::nodeRoundTrip_data()
{
    QTest::addColumn<Node>("node");
    QTest::addRow("ready control-plane node with a taint") << controlPlaneNode();
    Node cordoned = controlPlaneNode();
    cordoned.unschedulable = true;
    cordoned.taints << Taint{QStringLiteral("node.kubernetes.io/unschedulable"), QString(),
                             QStringLiteral("NoSchedule")};
    QTest::addRow("cordoned node") << cordoned;
    Node notReady = controlPlaneNode();
    notReady.ready = ConditionStatus::False;
    notReady.readyReason = QStringLiteral("KubeletNotReady");
    QTest::addRow("NotReady node") << notReady;
    Node unknown = controlPlaneNode();
    unknown.ready = ConditionStatus::Unknown;
    unknown.readyReason = QStringLiteral("NodeStatusUnknown");
    unknown.taints = {
        Taint{QStringLiteral("node.kubernetes.io/unreachable"), QString(), QStringLiteral("NoExecute")}};
    QTest::addRow("unreachable node") << unknown;
    Node eks = controlPlaneNode();
    eks.kubeletVersion = QStringLiteral("v1.29.3-eks-adc7111");
    eks.kubeProxyVersion.clear(); // empty from kubelet 1.33 on (FACTS §7.2)
    eks.labels.clear();
    eks.annotations.clear();
    eks.taints.clear();
    eks.capacity.memoryBytes = 1000000000; // decimal "1G"
    eks.allocatable.cpuMilli = 3920;
    QTest::addRow("EKS node without labels and a decimal memory size") << eks;
    Node bare;
    bare.name = QStringLiteral("bare");
    bare.ready = ConditionStatus::Unknown;
    bare.readyReason = QStringLiteral("NodeStatusUnknown");
    bare.operatingSystem.clear();
    bare.architecture.clear();
    QTest::addRow("minimal node with empty node info") << bare;
}

void TestKubeJson::nodeRoundTrip()
{
    QFETCH(Node, node);
    const QJsonObject json = KubeJson::encodeNode(node, {QStringLiteral("4711"), {}, {}, {}, {}});
    const auto decoded = KubeJson::decodeNode(json);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorText()));
    QVERIFY2(*decoded == node, qPrintable(pretty(json)));
}

void TestKubeJson::podRoundTrip_data()
{
    QTest::addColumn<Pod>("pod");
    QTest::addRow("StatefulSet pod with emptyDir and tolerations") << statefulPod();
    Pod terminating = statefulPod();
    terminating.deletionTimestamp = utc("2024-08-20T14:03:17Z");
    terminating.deletionGracePeriodSeconds = 60;
    terminating.ready = false;
    QTest::addRow("terminating pod") << terminating;
    Pod mirror = statefulPod();
    mirror.namespaceName = QStringLiteral("kube-system");
    mirror.name = QStringLiteral("kube-apiserver-cp-1");
    mirror.annotations = {{QStringLiteral("kubernetes.io/config.mirror"), QStringLiteral("3c5a6f2e")}};
    mirror.ownerReferences = {OwnerReference{QStringLiteral("v1"), QStringLiteral("Node"),
                                             QStringLiteral("cp-1"), QStringLiteral("5b1b0e8e"), true}};
    mirror.hostNetwork = true;
    mirror.priorityClassName = QStringLiteral("system-node-critical");
    QTest::addRow("static mirror pod on the host network") << mirror;
    Pod pending = statefulPod();
    pending.nodeName.clear();
    pending.phase = PodPhase::Pending;
    pending.ready = false;
    QTest::addRow("pending pod the scheduler has not seen") << pending;
    pending.statusReason = QStringLiteral("Unschedulable");
    pending.statusMessage = QStringLiteral("0/9 nodes are available: 9 Insufficient cpu.");
    QTest::addRow("pending pod the scheduler cannot place") << pending;
    Pod succeeded = statefulPod();
    succeeded.phase = PodPhase::Succeeded;
    succeeded.ready = false;
    succeeded.ownerReferences = {OwnerReference{QStringLiteral("batch/v1"), QStringLiteral("Job"),
                                                QStringLiteral("nightly-28734120"), QStringLiteral("77"),
                                                true}};
    QTest::addRow("completed Job pod") << succeeded;
    Pod failed = statefulPod();
    failed.phase = PodPhase::Failed;
    failed.ready = false;
    failed.ownerReferences.clear();
    QTest::addRow("failed bare pod") << failed;
    Pod unknownPhase = statefulPod();
    unknownPhase.phase = PodPhase::Unknown;
    QTest::addRow("pod in phase Unknown") << unknownPhase;
    Pod runningNotReady = statefulPod();
    runningNotReady.ready = false;
    runningNotReady.terminationGracePeriodSeconds = 0;
    QTest::addRow("running but not ready, zero grace period") << runningNotReady;
}

void TestKubeJson::podRoundTrip()
{
    QFETCH(Pod, pod);
    KubeJson::EncodeOptions options;
    options.resourceVersion = QStringLiteral("99");
    options.hostIP = QStringLiteral("192.168.56.21");
    options.podIP = QStringLiteral("10.244.3.20");
    const QJsonObject json = KubeJson::encodePod(pod, options);
    const auto decoded = KubeJson::decodePod(json);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorText()));
    QVERIFY2(*decoded == pod, qPrintable(pretty(json)));
}

void TestKubeJson::workloadRoundTrip_data()
{
    QTest::addColumn<Workload>("workload");
    QTest::addRow("Deployment") << workload(WorkloadKind::Deployment);
    Workload rs = workload(WorkloadKind::ReplicaSet);
    rs.name = QStringLiteral("coredns-7db6d8ff4d");
    rs.selector.insert(QStringLiteral("pod-template-hash"), QStringLiteral("7db6d8ff4d"));
    rs.ownerReferences = {OwnerReference{QStringLiteral("apps/v1"), QStringLiteral("Deployment"),
                                         QStringLiteral("coredns"), QStringLiteral("1c2d"), true}};
    QTest::addRow("ReplicaSet owned by a Deployment") << rs;
    QTest::addRow("StatefulSet") << workload(WorkloadKind::StatefulSet);
    QTest::addRow("DaemonSet") << workload(WorkloadKind::DaemonSet);
    QTest::addRow("Job") << workload(WorkloadKind::Job);
    Workload scaledDown = workload(WorkloadKind::Deployment);
    scaledDown.replicas = 0;
    scaledDown.readyReplicas = 0;
    QTest::addRow("Deployment scaled to zero") << scaledDown;
}

void TestKubeJson::workloadRoundTrip()
{
    QFETCH(Workload, workload);
    const QJsonObject json = KubeJson::encodeWorkload(workload);
    const auto decoded = KubeJson::decodeWorkload(json);
    QVERIFY2(decoded.ok(), qPrintable(decoded.errorText()));
    QVERIFY2(*decoded == workload, qPrintable(pretty(json)));
}

void TestKubeJson::pdbRoundTrip_data()
{
    QTest::addColumn<PodDisruptionBudget>("pdb");
    PodDisruptionBudget minAvailable;
    minAvailable.namespaceName = QStringLiteral("shop");
    minAvailable.name = QStringLiteral("web");
    minAvailable.uid = QStringLiteral("6a5b4c3d");
    minAvailable.selector = {{QStringLiteral("app"), QStringLiteral("web")}};
    minAvailable.minAvailable = IntOrPercent{2, false};
    minAvailable.currentHealthy = 3;
    minAvailable.desiredHealthy = 2;
    minAvailable.expectedPods = 3;
    minAvailable.disruptionsAllowed = 1;
    QTest::addRow("minAvailable as a count") << minAvailable;
    PodDisruptionBudget percent = minAvailable;
    percent.minAvailable.reset();
    percent.maxUnavailable = IntOrPercent{50, true};
    QTest::addRow("maxUnavailable as a percentage") << percent;
    PodDisruptionBudget zero = minAvailable;
    zero.minAvailable.reset();
    zero.maxUnavailable = IntOrPercent{0, false};
    zero.disruptionsAllowed = 0;
    QTest::addRow("maxUnavailable 0 blocks every eviction") << zero;
    PodDisruptionBudget everything = minAvailable;
    everything.selector.clear();
    QTest::addRow("empty selector") << everything;
}

void TestKubeJson::pdbRoundTrip()
{
    QFETCH(PodDisruptionBudget, pdb);
    for (const QString &apiVersion : {QStringLiteral("policy/v1"), QStringLiteral("policy/v1beta1")}) {
        if (apiVersion == QLatin1String("policy/v1beta1") && pdb.selector.isEmpty())
            continue; // means "no pods" there; covered by warnsAboutLossySelectors
        KubeJson::EncodeOptions options;
        options.pdbApiVersion = apiVersion;
        const QJsonObject json = KubeJson::encodePodDisruptionBudget(pdb, options);
        QCOMPARE(json.value(QLatin1String("apiVersion")).toString(), apiVersion);
        const auto decoded = KubeJson::decodePodDisruptionBudget(json);
        QVERIFY2(decoded.ok(), qPrintable(decoded.errorText()));
        QVERIFY2(*decoded == pdb, qPrintable(pretty(json)));
    }
}

void TestKubeJson::namespaceRoundTrip()
{
    Namespace ns;
    ns.name = QStringLiteral("shop");
    ns.uid = QStringLiteral("42");
    ns.labels = {{QStringLiteral("kubernetes.io/metadata.name"), QStringLiteral("shop")}};
    ns.creationTimestamp = utc("2024-02-01T11:00:00Z");
    for (bool terminating : {false, true}) {
        ns.terminating = terminating;
        ns.deletionTimestamp = terminating ? std::optional(utc("2024-08-20T14:00:00Z")) : std::nullopt;
        const QJsonObject json = KubeJson::encodeNamespace(ns);
        QCOMPARE(at(json, QStringLiteral("status.phase")).toString(),
                 terminating ? QStringLiteral("Terminating") : QStringLiteral("Active"));
        const auto decoded = KubeJson::decodeNamespace(json);
        QVERIFY2(decoded.ok(), qPrintable(decoded.errorText()));
        QVERIFY2(*decoded == ns, qPrintable(pretty(json)));
    }
}

void TestKubeJson::versionInfo_data()
{
    QTest::addColumn<QString>("gitVersion");
    QTest::addColumn<QString>("major");
    QTest::addColumn<QString>("minor");
    // hack/lib/version.sh adds '+' to minor for a pre-release part; EKS reports "29+" (FACTS §7.1).
    QTest::addRow("upstream release")
        << QStringLiteral("v1.31.7") << QStringLiteral("1") << QStringLiteral("31");
    QTest::addRow("EKS pre-release suffix")
        << QStringLiteral("v1.29.3-eks-adc7111") << QStringLiteral("1") << QStringLiteral("29+");
    QTest::addRow("GKE pre-release suffix")
        << QStringLiteral("v1.30.2-gke.1587003") << QStringLiteral("1") << QStringLiteral("30+");
    QTest::addRow("k3s build metadata only")
        << QStringLiteral("v1.29.6+k3s1") << QStringLiteral("1") << QStringLiteral("29");
    QTest::addRow("not a version") << QStringLiteral("devel") << QString() << QString();
}

void TestKubeJson::versionInfo()
{
    QFETCH(QString, gitVersion);
    QFETCH(QString, major);
    QFETCH(QString, minor);
    const VersionInfo info = VersionInfo::fromGitVersion(gitVersion);
    QCOMPARE(info.gitVersion, gitVersion);
    QCOMPARE(info.major, major);
    QCOMPARE(info.minor, minor);
}

void TestKubeJson::versionInfoRoundTrip()
{
    VersionInfo info = VersionInfo::fromGitVersion(QStringLiteral("v1.29.3-eks-adc7111"));
    info.gitCommit = QStringLiteral("b6bf1fc0c4fbd73d8d0bd0e8d2e4a4a1b0c0e7a9");
    info.buildDate = QStringLiteral("2024-03-21T23:25:47Z");
    info.goVersion = QStringLiteral("go1.21.8");
    const QJsonObject json = KubeJson::encodeVersionInfo(info);
    QCOMPARE(json.value(QLatin1String("minor")).toString(), QStringLiteral("29+"));
    QCOMPARE(KubeJson::decodeVersionInfo(json).optional(), info);
    // `kubectl version -o json` nests the server's answer.
    const QJsonObject kubectl{
        {QLatin1String("clientVersion"),
         KubeJson::encodeVersionInfo(VersionInfo::fromGitVersion(QStringLiteral("v1.32.2")))},
        {QLatin1String("serverVersion"), json}};
    QCOMPARE(KubeJson::decodeVersionInfo(kubectl).optional(), info);
    const auto noGitVersion =
        KubeJson::decodeVersionInfo(QJsonObject{{QLatin1String("major"), QStringLiteral("1")}});
    QVERIFY(!noGitVersion.ok());
    QVERIFY2(noGitVersion.errorText().contains(QLatin1String("gitVersion")),
             qPrintable(noGitVersion.errorText()));
}

void TestKubeJson::encodedNodeIsWhatKubectlReads()
{
    Node node = controlPlaneNode();
    KubeJson::EncodeOptions options;
    options.resourceVersion = QStringLiteral("1234");
    options.now = utc("2024-08-20T14:00:00Z");
    QJsonObject json = KubeJson::encodeNode(node, options);
    QCOMPARE(at(json, QStringLiteral("apiVersion")).toString(), QStringLiteral("v1"));
    QCOMPARE(at(json, QStringLiteral("kind")).toString(), QStringLiteral("Node"));
    QCOMPARE(at(json, QStringLiteral("metadata.name")).toString(), QStringLiteral("cp-1"));
    QCOMPARE(at(json, QStringLiteral("metadata.resourceVersion")).toString(), QStringLiteral("1234"));
    QCOMPARE(at(json, QStringLiteral("metadata.creationTimestamp")).toString(),
             QStringLiteral("2024-01-15T09:12:44Z"));
    QVERIFY(!at(json, QStringLiteral("metadata"))
                 .toObject()
                 .contains(QLatin1String("namespace"))); // cluster-scoped
    QVERIFY(
        !at(json, QStringLiteral("spec")).toObject().contains(QLatin1String("unschedulable"))); // omitempty
    QCOMPARE(at(json, QStringLiteral("spec.taints[0].key")).toString(),
             QStringLiteral("node-role.kubernetes.io/control-plane"));
    QCOMPARE(at(json, QStringLiteral("spec.taints[0].effect")).toString(), QStringLiteral("NoSchedule"));
    QVERIFY(!at(json, QStringLiteral("spec.taints[0]")).toObject().contains(QLatin1String("value")));
    // Quantities are strings, in the units the kubelet reports.
    QCOMPARE(at(json, QStringLiteral("status.capacity.cpu")), QJsonValue(QStringLiteral("4")));
    QCOMPARE(at(json, QStringLiteral("status.capacity.memory")), QJsonValue(QStringLiteral("16Gi")));
    QCOMPARE(at(json, QStringLiteral("status.capacity.pods")), QJsonValue(QStringLiteral("110")));
    QCOMPARE(at(json, QStringLiteral("status.allocatable.cpu")), QJsonValue(QStringLiteral("3800m")));
    const QJsonObject ready = conditionOf(json, QStringLiteral("Ready"));
    QCOMPARE(ready.value(QLatin1String("status")).toString(), QStringLiteral("True"));
    QCOMPARE(ready.value(QLatin1String("reason")).toString(), QStringLiteral("KubeletReady"));
    QCOMPARE(ready.value(QLatin1String("lastHeartbeatTime")).toString(),
             QStringLiteral("2024-08-20T14:00:00Z"));
    QCOMPARE(conditionOf(json, QStringLiteral("MemoryPressure")).value(QLatin1String("status")).toString(),
             QStringLiteral("False"));
    QCOMPARE(at(json, QStringLiteral("status.addresses[0].type")).toString(), QStringLiteral("InternalIP"));
    QCOMPARE(at(json, QStringLiteral("status.addresses[0].address")).toString(),
             QStringLiteral("192.168.56.11"));
    QCOMPARE(at(json, QStringLiteral("status.daemonEndpoints.kubeletEndpoint.Port")).toInt(), 10250);
    const QJsonObject info = at(json, QStringLiteral("status.nodeInfo")).toObject();
    QCOMPARE(info.value(QLatin1String("kubeletVersion")).toString(), QStringLiteral("v1.30.4"));
    QCOMPARE(info.value(QLatin1String("kubeProxyVersion")).toString(), QStringLiteral("v1.30.4"));
    QCOMPARE(info.value(QLatin1String("containerRuntimeVersion")).toString(),
             QStringLiteral("containerd://1.7.12"));
    QCOMPARE(info.value(QLatin1String("osImage")).toString(), QStringLiteral("Ubuntu 22.04.4 LTS"));
    QCOMPARE(info.value(QLatin1String("kernelVersion")).toString(), QStringLiteral("5.15.0-105-generic"));
    QCOMPARE(info.value(QLatin1String("operatingSystem")).toString(), QStringLiteral("linux"));
    QCOMPARE(info.value(QLatin1String("architecture")).toString(), QStringLiteral("arm64"));

    node.unschedulable = true;
    json = KubeJson::encodeNode(node, options);
    QCOMPARE(at(json, QStringLiteral("spec.unschedulable")), QJsonValue(true));
}

void TestKubeJson::encodedUnreachableNodeReportsUnknown()
{
    Node node = controlPlaneNode();
    node.ready = ConditionStatus::Unknown;
    node.readyReason.clear(); // the encoder fills in the node controller's reason
    const QJsonObject json = KubeJson::encodeNode(node);
    // The node lifecycle controller marks every condition Unknown (FACTS §6).
    for (const QString &type : {QStringLiteral("Ready"), QStringLiteral("MemoryPressure"),
                                QStringLiteral("DiskPressure"), QStringLiteral("PIDPressure")}) {
        const QJsonObject c = conditionOf(json, type);
        QCOMPARE(c.value(QLatin1String("status")).toString(), QStringLiteral("Unknown"));
        QCOMPARE(c.value(QLatin1String("reason")).toString(), QStringLiteral("NodeStatusUnknown"));
    }
    // Without `now`, condition times fall back to the creation time rather than null.
    QCOMPARE(conditionOf(json, QStringLiteral("Ready")).value(QLatin1String("lastTransitionTime")).toString(),
             QStringLiteral("2024-01-15T09:12:44Z"));
}

void TestKubeJson::encodedPodIsWhatKubectlReads()
{
    Pod pod = statefulPod();
    pod.deletionTimestamp = utc("2024-08-20T14:03:17Z");
    pod.deletionGracePeriodSeconds = 60;
    KubeJson::EncodeOptions options;
    options.resourceVersion = QStringLiteral("77");
    options.hostIP = QStringLiteral("192.168.56.21");
    const QJsonObject json = KubeJson::encodePod(pod, options);
    QCOMPARE(at(json, QStringLiteral("kind")).toString(), QStringLiteral("Pod"));
    QCOMPARE(at(json, QStringLiteral("metadata.namespace")).toString(), QStringLiteral("shop"));
    QCOMPARE(at(json, QStringLiteral("metadata.deletionTimestamp")).toString(),
             QStringLiteral("2024-08-20T14:03:17Z"));
    QCOMPARE(at(json, QStringLiteral("metadata.deletionGracePeriodSeconds")).toInt(), 60);
    QCOMPARE(at(json, QStringLiteral("metadata.ownerReferences[0].kind")).toString(),
             QStringLiteral("StatefulSet"));
    QCOMPARE(at(json, QStringLiteral("metadata.ownerReferences[0].controller")), QJsonValue(true));
    QCOMPARE(at(json, QStringLiteral("spec.nodeName")).toString(), QStringLiteral("worker-1"));
    QCOMPARE(at(json, QStringLiteral("spec.terminationGracePeriodSeconds")).toInt(), 60);
    QCOMPARE(at(json, QStringLiteral("spec.restartPolicy")).toString(), QStringLiteral("Always"));
    QCOMPARE(at(json, QStringLiteral("spec.containers[0].resources.requests.cpu")),
             QJsonValue(QStringLiteral("500m")));
    QCOMPARE(at(json, QStringLiteral("spec.containers[0].resources.requests.memory")),
             QJsonValue(QStringLiteral("1Gi")));
    QCOMPARE(at(json, QStringLiteral("spec.containers[1].resources")), QJsonValue(QJsonObject()));
    // kubectl drain looks for the presence of emptyDir (FACTS §5.2): an object, even when empty.
    QCOMPARE(at(json, QStringLiteral("spec.volumes[1].emptyDir")), QJsonValue(QJsonObject()));
    QVERIFY(!at(json, QStringLiteral("spec.volumes[0]")).toObject().contains(QLatin1String("emptyDir")));
    QCOMPARE(at(json, QStringLiteral("spec.tolerations[0].operator")).toString(), QStringLiteral("Exists"));
    QCOMPARE(at(json, QStringLiteral("spec.tolerations[0].tolerationSeconds")).toInt(), 300);
    QVERIFY(!at(json, QStringLiteral("spec.tolerations[1]"))
                 .toObject()
                 .contains(QLatin1String("tolerationSeconds")));
    QVERIFY(!at(json, QStringLiteral("spec")).toObject().contains(QLatin1String("hostNetwork")));
    QCOMPARE(at(json, QStringLiteral("status.phase")).toString(), QStringLiteral("Running"));
    QCOMPARE(at(json, QStringLiteral("status.hostIP")).toString(), QStringLiteral("192.168.56.21"));
    QVERIFY(!at(json, QStringLiteral("status")).toObject().contains(QLatin1String("podIP")));
    QCOMPARE(conditionOf(json, QStringLiteral("Ready")).value(QLatin1String("status")).toString(),
             QStringLiteral("True"));
    const QJsonObject cs = at(json, QStringLiteral("status.containerStatuses[0]")).toObject();
    QCOMPARE(cs.value(QLatin1String("name")).toString(), QStringLiteral("postgres"));
    QCOMPARE(cs.value(QLatin1String("image")).toString(), QStringLiteral("postgres:16.4"));
    QCOMPARE(cs.value(QLatin1String("ready")), QJsonValue(true));
    QCOMPARE(cs.value(QLatin1String("started")), QJsonValue(true));
    QCOMPARE(cs.value(QLatin1String("restartCount")).toInt(-1), 0);
    QVERIFY(cs.value(QLatin1String("state")).toObject().contains(QLatin1String("running")));
    QCOMPARE(at(json, QStringLiteral("status.qosClass")).toString(), QStringLiteral("Burstable"));
}

void TestKubeJson::encodedPodStatusFollowsPhase_data()
{
    QTest::addColumn<PodPhase>("phase");
    QTest::addColumn<bool>("ready");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("reason");
    QTest::addRow("pending pod waits in ContainerCreating")
        << PodPhase::Pending << false << QStringLiteral("waiting") << QStringLiteral("ContainerCreating");
    QTest::addRow("running pod") << PodPhase::Running << true << QStringLiteral("running") << QString();
    QTest::addRow("succeeded pod terminated with Completed")
        << PodPhase::Succeeded << false << QStringLiteral("terminated") << QStringLiteral("Completed");
    QTest::addRow("failed pod terminated with Error")
        << PodPhase::Failed << false << QStringLiteral("terminated") << QStringLiteral("Error");
}

void TestKubeJson::encodedPodStatusFollowsPhase()
{
    QFETCH(PodPhase, phase);
    QFETCH(bool, ready);
    QFETCH(QString, state);
    QFETCH(QString, reason);
    Pod pod = statefulPod();
    pod.phase = phase;
    pod.ready = ready;
    const QJsonObject json = KubeJson::encodePod(pod);
    const QJsonObject cs = at(json, QStringLiteral("status.containerStatuses[0]")).toObject();
    const QJsonObject stateObject = cs.value(QLatin1String("state")).toObject();
    QCOMPARE(stateObject.keys(), QStringList{state});
    QCOMPARE(stateObject.value(state).toObject().value(QLatin1String("reason")).toString(), reason);
    QCOMPARE(cs.value(QLatin1String("ready")).toBool(), ready);
    QCOMPARE(cs.value(QLatin1String("started")).toBool(), phase == PodPhase::Running);
}

void TestKubeJson::encodedWorkloadStatus_data()
{
    QTest::addColumn<WorkloadKind>("kind");
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<QString>("desiredField");
    QTest::addColumn<QString>("readyField");
    QTest::addRow("Deployment") << WorkloadKind::Deployment << QStringLiteral("apps/v1")
                                << QStringLiteral("spec.replicas") << QStringLiteral("status.readyReplicas");
    QTest::addRow("ReplicaSet") << WorkloadKind::ReplicaSet << QStringLiteral("apps/v1")
                                << QStringLiteral("spec.replicas") << QStringLiteral("status.readyReplicas");
    QTest::addRow("StatefulSet") << WorkloadKind::StatefulSet << QStringLiteral("apps/v1")
                                 << QStringLiteral("spec.replicas") << QStringLiteral("status.readyReplicas");
    QTest::addRow("DaemonSet") << WorkloadKind::DaemonSet << QStringLiteral("apps/v1")
                               << QStringLiteral("status.desiredNumberScheduled")
                               << QStringLiteral("status.numberReady");
    QTest::addRow("Job") << WorkloadKind::Job << QStringLiteral("batch/v1")
                         << QStringLiteral("spec.parallelism") << QStringLiteral("status.ready");
}

void TestKubeJson::encodedWorkloadStatus()
{
    QFETCH(WorkloadKind, kind);
    QFETCH(QString, apiVersion);
    QFETCH(QString, desiredField);
    QFETCH(QString, readyField);
    const QJsonObject json = KubeJson::encodeWorkload(workload(kind));
    QCOMPARE(at(json, QStringLiteral("apiVersion")).toString(), apiVersion);
    QCOMPARE(at(json, QStringLiteral("kind")).toString(), workloadKindName(kind));
    QCOMPARE(at(json, desiredField).toInt(-1), 3);
    QCOMPARE(at(json, readyField).toInt(-1), 2);
    QCOMPARE(at(json, QStringLiteral("spec.selector.matchLabels.k8s-app")).toString(),
             QStringLiteral("kube-dns"));
    // The template must carry labels the selector matches, or the API would reject it.
    QCOMPARE(at(json, QStringLiteral("spec.template.metadata.labels.k8s-app")).toString(),
             QStringLiteral("kube-dns"));
    QCOMPARE(at(json, QStringLiteral("spec.template.spec.containers[0].image")).toString(),
             QStringLiteral("registry.k8s.io/coredns/coredns:v1.11.1"));
    QCOMPARE(at(json, QStringLiteral("spec.template.spec.restartPolicy")).toString(),
             kind == WorkloadKind::Job ? QStringLiteral("Never") : QStringLiteral("Always"));
}

void TestKubeJson::encodedPdbIntOrPercent()
{
    PodDisruptionBudget pdb;
    pdb.namespaceName = QStringLiteral("shop");
    pdb.name = QStringLiteral("web");
    pdb.selector = {{QStringLiteral("app"), QStringLiteral("web")}};
    pdb.minAvailable = IntOrPercent{2, false};
    pdb.disruptionsAllowed = 1;
    pdb.expectedPods = 3;
    QJsonObject json = KubeJson::encodePodDisruptionBudget(pdb);
    QCOMPARE(at(json, QStringLiteral("apiVersion")).toString(), QStringLiteral("policy/v1"));
    QCOMPARE(at(json, QStringLiteral("spec.minAvailable")), QJsonValue(2)); // an int, not "2"
    QVERIFY(!at(json, QStringLiteral("spec")).toObject().contains(QLatin1String("maxUnavailable")));
    QCOMPARE(at(json, QStringLiteral("status.disruptionsAllowed")).toInt(-1), 1);
    QCOMPARE(at(json, QStringLiteral("status.expectedPods")).toInt(-1), 3);
    QCOMPARE(at(json, QStringLiteral("status.currentHealthy")).toInt(-1),
             0); // required field, written even when 0
    QCOMPARE(conditionOf(json, QStringLiteral("DisruptionAllowed")).value(QLatin1String("status")).toString(),
             QStringLiteral("True"));
    pdb.minAvailable.reset();
    pdb.maxUnavailable = IntOrPercent{25, true};
    json = KubeJson::encodePodDisruptionBudget(pdb);
    QCOMPARE(at(json, QStringLiteral("spec.maxUnavailable")), QJsonValue(QStringLiteral("25%")));
}

void TestKubeJson::encodedListCarriesResourceVersion()
{
    const QJsonArray items{KubeJson::encodeNode(controlPlaneNode())};
    QJsonObject list =
        KubeJson::encodeList(QStringLiteral("v1"), QStringLiteral("NodeList"), items, QStringLiteral("900"));
    QCOMPARE(at(list, QStringLiteral("kind")).toString(), QStringLiteral("NodeList"));
    QCOMPARE(at(list, QStringLiteral("metadata.resourceVersion")).toString(), QStringLiteral("900"));
    QVERIFY(!at(list, QStringLiteral("metadata")).toObject().contains(QLatin1String("continue")));
    QCOMPARE(at(list, QStringLiteral("items")).toArray().size(), 1);
    list = KubeJson::encodeList(QStringLiteral("v1"), QStringLiteral("PodList"), {}, QStringLiteral("900"),
                                QStringLiteral("eyJ2IjoibWV0YS5rOHMuaW8vdjEifQ"));
    QCOMPARE(at(list, QStringLiteral("metadata.continue")).toString(),
             QStringLiteral("eyJ2IjoibWV0YS5rOHMuaW8vdjEifQ"));
}

// Objects as `kubectl get ... -o json` writes them, with all the fields we don't model.
void TestKubeJson::decodesRealKubectlOutput()
{
    QFile file(QStringLiteral(SLIPWAY_TEST_DATA_DIR "/dumps/kubeadm-mid-upgrade.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QJsonArray items =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("items")).toArray();
    QVERIFY(!items.isEmpty());
    auto item = [&items](const QString &kind, const QString &name) {
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("kind")).toString() == kind &&
                o.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString() == name)
                return o;
        }
        qFatal("fixture lacks %s %s", qPrintable(kind), qPrintable(name));
    };

    const auto cp = KubeJson::decodeNode(item(QStringLiteral("Node"), QStringLiteral("cp-1")));
    QVERIFY2(cp.ok(), qPrintable(cp.errorText()));
    QCOMPARE(cp->kubeletVersion, QStringLiteral("v1.30.4"));
    QCOMPARE(cp->ready, ConditionStatus::True);
    QCOMPARE(cp->readyReason, QStringLiteral("KubeletReady"));
    QVERIFY(cp->isControlPlane());
    QCOMPARE(cp->taints, (QList<Taint>{{QStringLiteral("node-role.kubernetes.io/control-plane"), QString(),
                                        QStringLiteral("NoSchedule")}}));
    QCOMPARE(cp->capacity, (Resources{2000, qint64(4013036) * 1024, 110}));
    QCOMPARE(cp->allocatable.memoryBytes, qint64(3910636) * 1024);
    QCOMPARE(cp->internalIP, QStringLiteral("192.168.56.11"));
    QCOMPARE(cp->osImage, QStringLiteral("Ubuntu 22.04.4 LTS"));
    QCOMPARE(cp->creationTimestamp, utc("2024-01-15T09:12:44Z"));
    QVERIFY(!cp->unschedulable);

    const auto worker = KubeJson::decodeNode(item(QStringLiteral("Node"), QStringLiteral("worker-1")));
    QVERIFY2(worker.ok(), qPrintable(worker.errorText()));
    QVERIFY(worker->unschedulable);
    QCOMPARE(worker->taints.constFirst().key, QStringLiteral("node.kubernetes.io/unschedulable"));

    const auto apiserver =
        KubeJson::decodePod(item(QStringLiteral("Pod"), QStringLiteral("kube-apiserver-cp-1")));
    QVERIFY2(apiserver.ok(), qPrintable(apiserver.errorText()));
    QVERIFY(apiserver->isMirror());
    QVERIFY(apiserver->hostNetwork);
    QCOMPARE(apiserver->controllerRef()->kind, QStringLiteral("Node"));
    QCOMPARE(apiserver->priorityClassName, QStringLiteral("system-node-critical"));
    QCOMPARE(apiserver->containers.constFirst().image,
             QStringLiteral("registry.k8s.io/kube-apiserver:v1.30.4"));
    QCOMPARE(apiserver->containers.constFirst().requests.cpuMilli, 250);
    QCOMPARE(apiserver->tolerations, (QList<Toleration>{{QString(), QStringLiteral("Exists"), QString(),
                                                         QStringLiteral("NoExecute"), std::nullopt}}));

    const auto db = KubeJson::decodePod(item(QStringLiteral("Pod"), QStringLiteral("db-0")));
    QVERIFY2(db.ok(), qPrintable(db.errorText()));
    QCOMPARE(db->volumes, (QList<Volume>{{QStringLiteral("data"), false}, {QStringLiteral("dshm"), true}}));
    QVERIFY(db->hasEmptyDir());
    QCOMPARE(db->terminationGracePeriodSeconds, 60);
    QCOMPARE(db->totalRequests().memoryBytes, qint64(1) << 30);

    const auto job =
        KubeJson::decodePod(item(QStringLiteral("Pod"), QStringLiteral("nightly-report-28734120-4jq7n")));
    QVERIFY2(job.ok(), qPrintable(job.errorText()));
    QCOMPARE(job->phase, PodPhase::Succeeded);
    QVERIFY(!job->ready);
    QVERIFY(job->isFinished());

    const auto pending =
        KubeJson::decodePod(item(QStringLiteral("Pod"), QStringLiteral("web-5d8f7c9b6-pending")));
    QVERIFY2(pending.ok(), qPrintable(pending.errorText()));
    QCOMPARE(pending->phase, PodPhase::Pending);
    QVERIFY(pending->nodeName.isEmpty());
    QCOMPARE(pending->statusReason, QStringLiteral("Unschedulable"));
    QVERIFY2(pending->statusMessage.startsWith(QLatin1String("0/4 nodes are available")),
             qPrintable(pending->statusMessage));
    QVERIFY(job->statusReason.isEmpty()); // scheduled pods carry no scheduler verdict

    const auto dns =
        KubeJson::decodePod(item(QStringLiteral("Pod"), QStringLiteral("coredns-7db6d8ff4d-8pkvz")));
    QVERIFY2(dns.ok(), qPrintable(dns.errorText()));
    QCOMPARE(dns->tolerations.size(), 4);
    QCOMPARE(dns->tolerations.at(0).op, QStringLiteral("Exists"));
    QCOMPARE(dns->tolerations.at(1).op, QStringLiteral("Equal")); // operator omitted: the API default
    QCOMPARE(dns->tolerations.at(2).tolerationSeconds, 300);
    QCOMPARE(dns->nodeSelector.value(QStringLiteral("kubernetes.io/os")), QStringLiteral("linux"));

    const auto proxy =
        KubeJson::decodeWorkload(item(QStringLiteral("DaemonSet"), QStringLiteral("kube-proxy")));
    QVERIFY2(proxy.ok(), qPrintable(proxy.errorText()));
    QCOMPARE(proxy->kind, WorkloadKind::DaemonSet);
    QCOMPARE(proxy->replicas, 4);
    QCOMPARE(proxy->readyReplicas, 4);

    const auto web = KubeJson::decodeWorkload(item(QStringLiteral("Deployment"), QStringLiteral("web")));
    QVERIFY2(web.ok(), qPrintable(web.errorText()));
    QCOMPARE(web->replicas, 3);
    QCOMPARE(web->readyReplicas, 2);
    QCOMPARE(web->selector, (LabelMap{{QStringLiteral("app"), QStringLiteral("web")}}));

    const auto oldRs =
        KubeJson::decodeWorkload(item(QStringLiteral("ReplicaSet"), QStringLiteral("coredns-76f75df574")));
    QVERIFY2(oldRs.ok(), qPrintable(oldRs.errorText()));
    QCOMPARE(oldRs->replicas, 0); // an explicit 0, not the default 1
    QCOMPARE(oldRs->ownerReferences.constFirst().name, QStringLiteral("coredns"));

    const auto cronJob =
        KubeJson::decodeWorkload(item(QStringLiteral("Job"), QStringLiteral("nightly-report-28734120")));
    QVERIFY2(cronJob.ok(), qPrintable(cronJob.errorText()));
    QCOMPARE(cronJob->replicas, 1);
    QCOMPARE(cronJob->readyReplicas, 0);

    const auto dbPdb = KubeJson::decodePodDisruptionBudget(
        item(QStringLiteral("PodDisruptionBudget"), QStringLiteral("db")));
    QVERIFY2(dbPdb.ok(), qPrintable(dbPdb.errorText()));
    QCOMPARE(dbPdb->selector, (LabelMap{{QStringLiteral("app"), QStringLiteral("db")}})); // "app In (db)"
    QVERIFY2(dbPdb.warnings().isEmpty(), qPrintable(dbPdb.warningLines().join(QLatin1Char('\n'))));
    QCOMPARE(dbPdb->maxUnavailable, (IntOrPercent{50, true}));
    QCOMPARE(dbPdb->minAvailable, std::nullopt);
    QCOMPARE(dbPdb->disruptionsAllowed, 1);

    // Every object of the fixture survives decode -> encode -> decode unchanged.
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        const QString kind = o.value(QLatin1String("kind")).toString();
        if (kind == QLatin1String("Node")) {
            const auto once = KubeJson::decodeNode(o);
            QVERIFY2(once.ok(), qPrintable(once.errorText()));
            QCOMPARE(KubeJson::decodeNode(KubeJson::encodeNode(*once)).optional(), once.optional());
        } else if (kind == QLatin1String("Pod")) {
            const auto once = KubeJson::decodePod(o);
            QVERIFY2(once.ok(), qPrintable(once.errorText()));
            QCOMPARE(KubeJson::decodePod(KubeJson::encodePod(*once)).optional(), once.optional());
        } else if (kind == QLatin1String("PodDisruptionBudget")) {
            const auto once = KubeJson::decodePodDisruptionBudget(o);
            QVERIFY2(once.ok(), qPrintable(once.errorText()));
            QCOMPARE(
                KubeJson::decodePodDisruptionBudget(KubeJson::encodePodDisruptionBudget(*once)).optional(),
                once.optional());
        } else {
            const auto once = KubeJson::decodeWorkload(o);
            QVERIFY2(once.ok(), qPrintable(once.errorText()));
            QCOMPARE(KubeJson::decodeWorkload(KubeJson::encodeWorkload(*once)).optional(), once.optional());
        }
    }
}

void TestKubeJson::decodesTypedListItemsWithoutKind()
{
    // A NodeList straight from GET /api/v1/nodes: its items carry neither kind nor apiVersion.
    QJsonObject node = KubeJson::encodeNode(controlPlaneNode());
    node.remove(QLatin1String("kind"));
    node.remove(QLatin1String("apiVersion"));
    QCOMPARE(KubeJson::decodeNode(node).optional(), controlPlaneNode());
}

void TestKubeJson::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::addRow("metav1.Time in UTC")
        << QStringLiteral("2024-03-01T10:00:00Z") << utc("2024-03-01T10:00:00Z");
    QTest::addRow("MicroTime with fraction")
        << QStringLiteral("2024-08-20T13:41:07.520816Z") << utc("2024-08-20T13:41:07.520Z");
    QTest::addRow("numeric offset") << QStringLiteral("2024-03-01T12:00:00+02:00")
                                    << utc("2024-03-01T10:00:00Z");
    QTest::addRow("lower-case separators")
        << QStringLiteral("2024-03-01t10:00:00z") << utc("2024-03-01T10:00:00Z");
    QTest::addRow("local time without offset is not RFC 3339")
        << QStringLiteral("2024-03-01T10:00:00") << QDateTime();
    QTest::addRow("date only") << QStringLiteral("2024-03-01") << QDateTime();
    QTest::addRow("month 13") << QStringLiteral("2024-13-01T10:00:00Z") << QDateTime();
    QTest::addRow("words") << QStringLiteral("yesterday at noon, UTC") << QDateTime();
}

void TestKubeJson::timestamps()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = KubeJson::parseTimestamp(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestKubeJson::rejectsMalformedObjects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedError");

    QTest::addRow("node without metadata.name")
        << QByteArray(R"({"kind":"Node","metadata":{"uid":"1"}})")
        << QStringLiteral("Node: metadata.name: required field is missing");
    QTest::addRow("node without metadata") << QByteArray(R"({"kind":"Node","status":{}})")
                                           << QStringLiteral("Node: metadata: required field is missing");
    QTest::addRow("metadata is a string")
        << QByteArray(R"({"kind":"Node","metadata":"cp-1"})")
        << QStringLiteral("Node: metadata: expected an object, found the string \"cp-1\"");
    QTest::addRow("empty node name") << QByteArray(R"({"kind":"Node","metadata":{"name":""}})")
                                     << QStringLiteral("Node: metadata.name: must not be empty");
    QTest::addRow("labels given as a list")
        << QByteArray(R"({"kind":"Node","metadata":{"name":"n1","labels":["a"]}})")
        << QStringLiteral("Node \"n1\": metadata.labels: expected an object, found an array");
    QTest::addRow("label value is a number")
        << QByteArray(R"({"kind":"Node","metadata":{"name":"n1","labels":{"team":7}}})")
        << QStringLiteral("Node \"n1\": metadata.labels.team: expected a string, found the number 7");
    QTest::addRow("creationTimestamp is not RFC 3339")
        << QByteArray(R"({"kind":"Node","metadata":{"name":"n1","creationTimestamp":"yesterday"}})")
        << QStringLiteral("Node \"n1\": metadata.creationTimestamp: \"yesterday\" is not an RFC 3339 time");
    QTest::addRow("taint without effect")
        << QByteArray(
               R"({"kind":"Node","metadata":{"name":"n1"},"spec":{"taints":[{"key":"a","effect":"NoSchedule"},{"key":"b"}]}})")
        << QStringLiteral("Node \"n1\": spec.taints[1].effect: required field is missing");
    QTest::addRow("taint with an unknown effect")
        << QByteArray(
               R"({"kind":"Node","metadata":{"name":"n1"},"spec":{"taints":[{"key":"a","effect":"NoWay"}]}})")
        << QStringLiteral("Node \"n1\": spec.taints[0].effect: \"NoWay\" is not a taint effect");
    QTest::addRow("unschedulable given as a string")
        << QByteArray(R"({"kind":"Node","metadata":{"name":"n1"},"spec":{"unschedulable":"true"}})")
        << QStringLiteral("Node \"n1\": spec.unschedulable: expected a boolean, found the string \"true\"");
    QTest::addRow("node Ready status is not a condition status")
        << QByteArray(
               R"({"kind":"Node","metadata":{"name":"n1"},"status":{"conditions":[{"type":"Ready","status":"Yes"}]}})")
        << QStringLiteral("Node \"n1\": status.conditions[Ready].status: \"Yes\" is not a condition status");
    QTest::addRow("node memory capacity is not a quantity")
        << QByteArray(R"({"kind":"Node","metadata":{"name":"n1"},"status":{"capacity":{"memory":"16 GB"}}})")
        << QStringLiteral("Node \"n1\": status.capacity.memory: \"16 GB\" is not a quantity");
    QTest::addRow("decoding a Pod as a Node")
        << QByteArray(R"({"kind":"Pod","apiVersion":"v1","metadata":{"name":"web","namespace":"shop"}})")
        << QStringLiteral("Node \"shop/web\": kind: expected kind Node, found \"Pod\"");
    QTest::addRow("pod without namespace")
        << QByteArray(R"({"kind":"Pod","metadata":{"name":"web-0"},"spec":{"containers":[]}})")
        << QStringLiteral("Pod \"web-0\": metadata.namespace: required field is missing");
    QTest::addRow("pod without spec")
        << QByteArray(R"({"kind":"Pod","metadata":{"name":"web-0","namespace":"shop"}})")
        << QStringLiteral("Pod \"shop/web-0\": spec: required field is missing");
    QTest::addRow("pod containers given as a string")
        << QByteArray(
               R"({"kind":"Pod","metadata":{"name":"web-0","namespace":"shop"},"spec":{"containers":"nginx"}})")
        << QStringLiteral(
               "Pod \"shop/web-0\": spec.containers: expected an array, found the string \"nginx\"");
    QTest::addRow("container is not an object")
        << QByteArray(
               R"({"kind":"Pod","metadata":{"name":"web-0","namespace":"shop"},"spec":{"containers":[42]}})")
        << QStringLiteral("Pod \"shop/web-0\": spec.containers[0]: expected an object, found the number 42");
    QTest::addRow("container without name")
        << QByteArray(
               R"({"kind":"Pod","metadata":{"name":"web-0","namespace":"shop"},"spec":{"containers":[{"image":"nginx"}]}})")
        << QStringLiteral("Pod \"shop/web-0\": spec.containers[0].name: required field is missing");
    QTest::addRow("cpu request is not a quantity")
        << QByteArray(
               R"({"kind":"Pod","metadata":{"name":"web-0","namespace":"shop"},"spec":{"containers":[{"name":"a"},)"
               R"({"name":"b","resources":{"requests":{"cpu":"lots"}}}]}})")
        << QStringLiteral(
               "Pod \"shop/web-0\": spec.containers[1].resources.requests.cpu: \"lots\" is not a quantity");
    QTest::addRow("negative grace period")
        << QByteArray(
               R"({"kind":"Pod","metadata":{"name":"web-0","namespace":"shop"},"spec":{"containers":[],)"
               R"("terminationGracePeriodSeconds":-5}})")
        << QStringLiteral("Pod \"shop/web-0\": spec.terminationGracePeriodSeconds: -5 is out of range");
    QTest::addRow("toleration with an unknown operator")
        << QByteArray(
               R"({"kind":"Pod","metadata":{"name":"web-0","namespace":"shop"},"spec":{"containers":[],)"
               R"("tolerations":[{"key":"a","operator":"Matches"}]}})")
        << QStringLiteral(
               "Pod \"shop/web-0\": spec.tolerations[0].operator: \"Matches\" is not a toleration operator");
    QTest::addRow("volume without name")
        << QByteArray(
               R"({"kind":"Pod","metadata":{"name":"web-0","namespace":"shop"},"spec":{"containers":[],)"
               R"("volumes":[{"emptyDir":{}}]}})")
        << QStringLiteral("Pod \"shop/web-0\": spec.volumes[0].name: required field is missing");
    QTest::addRow("ownerReference without kind")
        << QByteArray(R"({"kind":"Pod","metadata":{"name":"web-0","namespace":"shop","ownerReferences":)"
                      R"([{"apiVersion":"apps/v1","name":"web","uid":"1"}]},"spec":{"containers":[]}})")
        << QStringLiteral("Pod \"shop/web-0\": metadata.ownerReferences[0].kind: required field is missing");
    QTest::addRow("pod phase is unknown")
        << QByteArray(
               R"({"kind":"Pod","metadata":{"name":"web-0","namespace":"shop"},"spec":{"containers":[]},)"
               R"("status":{"phase":"Crashing"}})")
        << QStringLiteral("Pod \"shop/web-0\": status.phase: \"Crashing\" is not a pod phase");
    QTest::addRow("replicas given as a string")
        << QByteArray(
               R"({"kind":"Deployment","apiVersion":"apps/v1","metadata":{"name":"web","namespace":"shop"},)"
               R"("spec":{"replicas":"3","template":{"spec":{"containers":[]}}}})")
        << QStringLiteral(
               "Deployment \"shop/web\": spec.replicas: expected an integer, found the string \"3\"");
    QTest::addRow("fractional replicas")
        << QByteArray(R"({"kind":"StatefulSet","metadata":{"name":"db","namespace":"shop"},)"
                      R"("spec":{"replicas":2.5,"template":{"spec":{"containers":[]}}}})")
        << QStringLiteral(
               "StatefulSet \"shop/db\": spec.replicas: expected an integer, found the number 2.5");
    QTest::addRow("replicas beyond int32")
        << QByteArray(R"({"kind":"ReplicaSet","metadata":{"name":"web-1","namespace":"shop"},)"
                      R"("spec":{"replicas":3000000000,"template":{"spec":{"containers":[]}}}})")
        << QStringLiteral("ReplicaSet \"shop/web-1\": spec.replicas: 3000000000 is out of range");
    QTest::addRow("deployment without pod template")
        << QByteArray(
               R"({"kind":"Deployment","metadata":{"name":"web","namespace":"shop"},"spec":{"replicas":3}})")
        << QStringLiteral("Deployment \"shop/web\": spec.template: required field is missing");
    QTest::addRow("daemonset status count is a string")
        << QByteArray(R"({"kind":"DaemonSet","metadata":{"name":"kube-proxy","namespace":"kube-system"},)"
                      R"("spec":{"template":{"spec":{"containers":[]}}},"status":{"numberReady":"4"}})")
        << QStringLiteral("DaemonSet \"kube-system/kube-proxy\": status.numberReady: expected an integer");
    QTest::addRow("deployment under the core apiVersion")
        << QByteArray(
               R"({"kind":"Deployment","apiVersion":"v1","metadata":{"name":"web","namespace":"shop"}})")
        << QStringLiteral(
               "Deployment \"shop/web\": apiVersion: unsupported apiVersion \"v1\" for Deployment");
    QTest::addRow("CronJob is not a workload we read")
        << QByteArray(
               R"({"kind":"CronJob","apiVersion":"batch/v1","metadata":{"name":"nightly","namespace":"shop"}})")
        << QStringLiteral("Workload \"nightly\": kind: \"CronJob\" is not a workload kind");
    QTest::addRow("workload without kind")
        << QByteArray(R"({"metadata":{"name":"web","namespace":"shop"}})")
        << QStringLiteral("Workload \"web\": kind: missing; expected Deployment");
    QTest::addRow("selector matchLabels value is a bool")
        << QByteArray(R"({"kind":"PodDisruptionBudget","metadata":{"name":"web","namespace":"shop"},)"
                      R"("spec":{"selector":{"matchLabels":{"app":true}}}})")
        << QStringLiteral("PodDisruptionBudget \"shop/web\": spec.selector.matchLabels.app: expected a "
                          "string, found a boolean");
    QTest::addRow("minAvailable above a hundred percent")
        << QByteArray(R"({"kind":"PodDisruptionBudget","metadata":{"name":"web","namespace":"shop"},)"
                      R"("spec":{"minAvailable":"150%"}})")
        << QStringLiteral("PodDisruptionBudget \"shop/web\": spec.minAvailable: \"150%\" is neither a count "
                          "nor a percentage");
    QTest::addRow("maxUnavailable given as a boolean")
        << QByteArray(R"({"kind":"PodDisruptionBudget","metadata":{"name":"web","namespace":"shop"},)"
                      R"("spec":{"maxUnavailable":false}})")
        << QStringLiteral("PodDisruptionBudget \"shop/web\": spec.maxUnavailable: expected an integer or a "
                          "percentage string");
    QTest::addRow("PodDisruptionBudget under extensions")
        << QByteArray(
               R"({"kind":"PodDisruptionBudget","apiVersion":"extensions/v1beta1","metadata":{"name":"web","namespace":"shop"}})")
        << QStringLiteral("unsupported apiVersion \"extensions/v1beta1\" for PodDisruptionBudget");
    QTest::addRow("namespace phase given as a number")
        << QByteArray(R"({"kind":"Namespace","metadata":{"name":"shop"},"status":{"phase":1}})")
        << QStringLiteral("Namespace \"shop\": status.phase: expected a string, found the number 1");
}

void TestKubeJson::rejectsMalformedObjects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedError);
    const QJsonObject object = parseObject(json);
    const QString kind = object.value(QLatin1String("kind")).toString();
    const QString metaName =
        object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    QString error;
    bool decoded = true;
    auto decode = [&](const auto &result) {
        decoded = result.ok();
        error = result.errorText();
    };
    // A Pod fed to decodeNode tests the kind check; everything else goes to its own decoder.
    if (kind == QLatin1String("Node") || (kind == QLatin1String("Pod") && metaName == QLatin1String("web")))
        decode(KubeJson::decodeNode(object));
    else if (kind == QLatin1String("Pod"))
        decode(KubeJson::decodePod(object));
    else if (kind == QLatin1String("Namespace"))
        decode(KubeJson::decodeNamespace(object));
    else if (kind == QLatin1String("PodDisruptionBudget"))
        decode(KubeJson::decodePodDisruptionBudget(object));
    else
        decode(KubeJson::decodeWorkload(object));
    QVERIFY2(!decoded, "a malformed object was accepted");
    QVERIFY2(error.contains(expectedError), qPrintable(QStringLiteral("actual error: ") + error));
}

void TestKubeJson::warnsAboutLossySelectors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedWarning");
    QTest::addRow("NotIn expression cannot be represented")
        << QByteArray(
               R"({"kind":"PodDisruptionBudget","apiVersion":"policy/v1","metadata":{"name":"web","namespace":"shop"},)"
               R"("spec":{"selector":{"matchLabels":{"app":"web"},"matchExpressions":)"
               R"([{"key":"tier","operator":"NotIn","values":["canary"]}]}}})")
        << QStringLiteral("PodDisruptionBudget \"shop/web\": selector expression \"tier NotIn (canary)\" is "
                          "not supported");
    QTest::addRow("In with several values cannot be represented")
        << QByteArray(
               R"({"kind":"Deployment","apiVersion":"apps/v1","metadata":{"name":"web","namespace":"shop"},)"
               R"("spec":{"selector":{"matchExpressions":[{"key":"app","operator":"In","values":["web","api"]}]},)"
               R"("template":{"spec":{"containers":[]}}}})")
        << QStringLiteral(
               "Deployment \"shop/web\": selector expression \"app In (web, api)\" is not supported");
    QTest::addRow("empty policy/v1beta1 selector matches nothing there")
        << QByteArray(
               R"({"kind":"PodDisruptionBudget","apiVersion":"policy/v1beta1","metadata":{"name":"web","namespace":"shop"},)"
               R"("spec":{"minAvailable":1}})")
        << QStringLiteral("PodDisruptionBudget \"shop/web\": has an empty selector, which in policy/v1beta1 "
                          "matches no pods");
}

void TestKubeJson::warnsAboutLossySelectors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedWarning);
    const QJsonObject object = parseObject(json);
    Diagnostics messages;
    bool decoded = false;
    auto decode = [&](const auto &result) {
        decoded = result.ok();
        messages.append(result);
    };
    if (object.value(QLatin1String("kind")).toString() == QLatin1String("Deployment"))
        decode(KubeJson::decodeWorkload(object));
    else
        decode(KubeJson::decodePodDisruptionBudget(object));
    QVERIFY2(decoded, qPrintable(messages.errorText())); // lossy, but usable
    const QStringList warnings = messages.warningLines();
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.constFirst().startsWith(expectedWarning), qPrintable(warnings.constFirst()));
}

QTEST_GUILESS_MAIN(TestKubeJson)
#include "tst_kubejson.moc"
