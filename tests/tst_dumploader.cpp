#include "models/dumploader.h"
#include "models/kubejson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;

namespace {

QString dump(const char *name)
{
    return QStringLiteral(SLIPWAY_TEST_DATA_DIR "/dumps/") + QLatin1String(name);
}

const ComponentVersion *findComponent(const ClusterSnapshot &s, const QString &component,
                                      const QString &node = {})
{
    for (const ComponentVersion &c : s.components) {
        if (c.component == component && c.node == node)
            return &c;
    }
    return nullptr;
}

const Pod *findPod(const ClusterSnapshot &s, const QString &key)
{
    for (const Pod &p : s.pods) {
        if (p.key() == key)
            return &p;
    }
    return nullptr;
}

QByteArray listOf(const QJsonArray &items, const QString &kind = QStringLiteral("List"))
{
    return QJsonDocument(KubeJson::encodeList(QStringLiteral("v1"), kind, items, QString())).toJson();
}

QJsonObject minimalNode(const QString &name)
{
    Node n;
    n.name = name;
    n.kubeletVersion = QStringLiteral("v1.30.4");
    return KubeJson::encodeNode(n);
}

} // namespace

class TestDumpLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsKubeadmClusterMidUpgrade();
    void loadsEksClusterWithVersionFile();
    void eksWithoutVersionFileWarns();
    void loadsTypedNodeListFromTheApi();
    void loadsSingleObject();
    void mergesFilesAndSkipsDuplicates();
    void ignoresKindsItDoesNotUse();
    void keepsNamespacesWhenListed();

    void rejectsUnusableFiles_data();
    void rejectsUnusableFiles();
    void rejectsUnusableJson_data();
    void rejectsUnusableJson();
    void reportsMissingFile();
};

void TestDumpLoader::loadsKubeadmClusterMidUpgrade()
{
    const Result<ClusterSnapshot> result = DumpLoader::loadFiles({dump("kubeadm-mid-upgrade.json")});
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QVERIFY2(result.warningLines().isEmpty(), qPrintable(result.warningLines().join(QLatin1Char('\n'))));
    const ClusterSnapshot &s = result.value();
    QCOMPARE(s.name, QStringLiteral("kubeadm-mid-upgrade"));
    QVERIFY(s.takenAt.isValid());
    QCOMPARE(s.nodes.size(), 4);
    QCOMPARE(s.pods.size(), 20);
    QCOMPARE(s.workloads.size(), 8); // 2 Deployments, 3 ReplicaSets, StatefulSet, DaemonSet, Job
    QCOMPARE(s.pdbs.size(), 2);
    QVERIFY(s.namespaces.isEmpty()); // kubectl get ... does not list namespaces

    // Two API servers disagree; kubeadm takes the highest one (FACTS §3.1).
    QCOMPARE(s.serverVersion, QStringLiteral("v1.30.4"));
    QCOMPARE(s.findNode(QStringLiteral("cp-2"))->kubeletVersion, QStringLiteral("v1.29.8"));
    QVERIFY(s.findNode(QStringLiteral("worker-1"))->unschedulable);

    // Component table: static pods per control-plane node, then CoreDNS and kube-proxy.
    const ComponentVersion *apiserver1 =
        findComponent(s, QStringLiteral("kube-apiserver"), QStringLiteral("cp-1"));
    const ComponentVersion *apiserver2 =
        findComponent(s, QStringLiteral("kube-apiserver"), QStringLiteral("cp-2"));
    QVERIFY(apiserver1 && apiserver2);
    QCOMPARE(apiserver1->version, QStringLiteral("v1.30.4"));
    QCOMPARE(apiserver2->version, QStringLiteral("v1.29.8"));
    QCOMPARE(findComponent(s, QStringLiteral("etcd"), QStringLiteral("cp-1"))->version,
             QStringLiteral("3.5.12-0"));
    QCOMPARE(findComponent(s, QStringLiteral("kube-scheduler"), QStringLiteral("cp-2"))->version,
             QStringLiteral("v1.29.8"));
    QCOMPARE(findComponent(s, QStringLiteral("CoreDNS"))->version, QStringLiteral("v1.11.1"));
    QCOMPARE(findComponent(s, QStringLiteral("kube-proxy"))->version, QStringLiteral("v1.30.4"));
    QCOMPARE(s.components.size(), 4 * 2 + 2);

    const Pod *mirror = findPod(s, QStringLiteral("kube-system/etcd-cp-2"));
    QVERIFY(mirror);
    QVERIFY(mirror->isMirror());
    const Pod *db = findPod(s, QStringLiteral("shop/db-0"));
    QVERIFY(db);
    QVERIFY(db->hasEmptyDir());
    QCOMPARE(db->controllerRef()->kind, QStringLiteral("StatefulSet"));
    QCOMPARE(s.podsOnNode(QStringLiteral("worker-1")).size(), 4);
    QVERIFY(
        s.findWorkload(WorkloadKind::Job, QStringLiteral("shop"), QStringLiteral("nightly-report-28734120")));
}

void TestDumpLoader::loadsEksClusterWithVersionFile()
{
    const Result<ClusterSnapshot> result =
        DumpLoader::loadFiles({dump("eks-1.29.json"), dump("eks-1.29-version.json")});
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QVERIFY2(result.warningLines().isEmpty(), qPrintable(result.warningLines().join(QLatin1Char('\n'))));
    const ClusterSnapshot &s = result.value();
    QCOMPARE(s.name, QStringLiteral("eks-1.29"));
    // The server's /version wins; the kubectl client version in the same file is ignored.
    QCOMPARE(s.serverVersion, QStringLiteral("v1.29.3-eks-adc7111"));
    QCOMPARE(s.nodes.size(), 3);
    const Node *legacy = s.findNode(QStringLiteral("ip-10-0-3-141.us-west-2.compute.internal"));
    QVERIFY(legacy);
    QCOMPARE(legacy->kubeletVersion, QStringLiteral("v1.28.8-eks-ae9a62a"));
    QCOMPARE(legacy->ready, ConditionStatus::Unknown);
    QCOMPARE(legacy->readyReason, QStringLiteral("NodeStatusUnknown"));
    QCOMPARE(legacy->capacity.pods, 58);
    // Managed control plane: no static pods, only the add-ons (FACTS §7.4).
    QVERIFY(!findComponent(s, QStringLiteral("kube-apiserver"), QString()));
    QCOMPARE(s.components.size(), 2);
    QCOMPARE(findComponent(s, QStringLiteral("CoreDNS"))->version, QStringLiteral("v1.11.1-eksbuild.4"));
    QCOMPARE(findComponent(s, QStringLiteral("kube-proxy"))->version,
             QStringLiteral("v1.29.0-minimal-eksbuild.1"));
    const Pod *terminating = findPod(s, QStringLiteral("kube-system/coredns-54d6f577c6-wq5rt"));
    QVERIFY(terminating);
    QVERIFY(terminating->deletionTimestamp.has_value());
    QCOMPARE(terminating->deletionGracePeriodSeconds, 30);
    QVERIFY(!terminating->ready);
}

void TestDumpLoader::eksWithoutVersionFileWarns()
{
    const Result<ClusterSnapshot> result = DumpLoader::loadFiles({dump("eks-1.29.json")});
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QVERIFY(result.value().serverVersion.isEmpty());
    QCOMPARE(result.warningLines().size(), 1);
    QVERIFY2(result.warningLines().constFirst().contains(QLatin1String("server version is unknown")),
             qPrintable(result.warningLines().constFirst()));
    QVERIFY(result.warningLines().constFirst().contains(QLatin1String("kubectl version -o json")));
}

void TestDumpLoader::loadsTypedNodeListFromTheApi()
{
    const Result<ClusterSnapshot> result = DumpLoader::loadFiles({dump("nodelist-api.json")});
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.value().nodes.size(), 1);
    const Node &node = result.value().nodes.constFirst();
    QCOMPARE(node.name, QStringLiteral("k3s-server-0"));
    QCOMPARE(node.kubeletVersion, QStringLiteral("v1.29.6+k3s1"));
    QCOMPARE(node.architecture, QStringLiteral("arm64"));
    QCOMPARE(node.roles(), (QStringList{QStringLiteral("control-plane"), QStringLiteral("master")}));
}

void TestDumpLoader::loadsSingleObject()
{
    const QByteArray json = QJsonDocument(minimalNode(QStringLiteral("solo"))).toJson();
    const Result<ClusterSnapshot> result = DumpLoader::loadJson(json, QStringLiteral("/tmp/solo-node.json"));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.value().name, QStringLiteral("solo-node"));
    QCOMPARE(result.value().nodes.size(), 1);
    QVERIFY(!result.value().takenAt.isValid()); // no file, no time
}

void TestDumpLoader::mergesFilesAndSkipsDuplicates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString nodesPath = dir.filePath(QStringLiteral("nodes.json"));
    const QString podsPath = dir.filePath(QStringLiteral("pods.json"));
    Pod pod;
    pod.namespaceName = QStringLiteral("default");
    pod.name = QStringLiteral("web");
    pod.nodeName = QStringLiteral("node-a");
    pod.containers = {Container{QStringLiteral("nginx"), QStringLiteral("nginx:1.27.1"), {}}};
    QFile nodes(nodesPath);
    QVERIFY(nodes.open(QIODevice::WriteOnly));
    nodes.write(listOf({minimalNode(QStringLiteral("node-a")), minimalNode(QStringLiteral("node-b"))},
                       QStringLiteral("NodeList")));
    nodes.close();
    QFile pods(podsPath);
    QVERIFY(pods.open(QIODevice::WriteOnly));
    // The pods file repeats node-b, as `kubectl get nodes,pods` next to `kubectl get nodes` would.
    pods.write(listOf({KubeJson::encodePod(pod), minimalNode(QStringLiteral("node-b"))}));
    pods.close();

    const Result<ClusterSnapshot> result = DumpLoader::loadFiles({nodesPath, podsPath});
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.value().name, QStringLiteral("nodes"));
    QCOMPARE(result.value().nodes.size(), 2);
    QCOMPARE(result.value().pods.size(), 1);
    QCOMPARE(result.value().podsOnNode(QStringLiteral("node-a")).size(), 1);
    const QString warnings = result.warningLines().join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QLatin1String("appeared more than once, of which the first copy was kept: 1")),
             qPrintable(warnings));
}

void TestDumpLoader::ignoresKindsItDoesNotUse()
{
    QJsonArray items{minimalNode(QStringLiteral("node-a"))};
    for (int i = 0; i < 2; ++i)
        items.append(QJsonObject{
            {QLatin1String("apiVersion"), QStringLiteral("v1")},
            {QLatin1String("kind"), QStringLiteral("Service")},
            {QLatin1String("metadata"), QJsonObject{{QLatin1String("name"), QStringLiteral("svc")}}}});
    const Result<ClusterSnapshot> result = DumpLoader::loadJson(listOf(items), QStringLiteral("all.json"));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.warningLines().size(), 2); // ignored Services, unknown server version
    QVERIFY2(result.warningLines().constFirst().contains(
                 QLatin1String("ignored objects of kinds Slipway does not use: Service (2)")),
             qPrintable(result.warningLines().constFirst()));
}

void TestDumpLoader::keepsNamespacesWhenListed()
{
    Namespace terminating;
    terminating.name = QStringLiteral("old-shop");
    terminating.terminating = true;
    const Result<ClusterSnapshot> result = DumpLoader::loadJson(
        listOf({minimalNode(QStringLiteral("node-a")), KubeJson::encodeNamespace(terminating)}),
        QStringLiteral("ns.json"));
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QCOMPARE(result.value().namespaces.size(), 1);
    QCOMPARE(result.value().namespaces.constFirst(), terminating);
}

void TestDumpLoader::rejectsUnusableFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expectedParts");
    QTest::addRow("invalid JSON names byte offset, line and column")
        << QStringLiteral("invalid-json.json")
        << QStringList{QStringLiteral("invalid-json.json: invalid JSON at byte "),
                       QStringLiteral("(line 9, column 14)")};
    QTest::addRow("a List without nodes says what it holds and how to dump nodes")
        << QStringLiteral("no-nodes.json")
        << QStringList{
               QStringLiteral(
                   "no-nodes.json: no Node objects found (objects found by kind: Pod (1), Service (1))"),
               QStringLiteral("kubectl get nodes,pods")};
    QTest::addRow("an item of unexpected shape names its index")
        << QStringLiteral("unexpected-item.json")
        << QStringList{QStringLiteral(
               "unexpected-item.json: items[1]: expected a Kubernetes object, found an array")};
    QTest::addRow("a malformed pod names the item, the pod and the field")
        << QStringLiteral("bad-pod.json")
        << QStringList{
               QStringLiteral("bad-pod.json: items[1]: Pod \"shop/web-0\": "
                              "spec.containers[0].resources.requests.cpu: \"lots\" is not a quantity")};
}

void TestDumpLoader::rejectsUnusableFiles()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expectedParts);
    const Result<ClusterSnapshot> result = DumpLoader::loadFiles({dump(file.toUtf8().constData())});
    QVERIFY(!result.ok());
    for (const QString &part : expectedParts)
        QVERIFY2(result.errorText().contains(part),
                 qPrintable(QStringLiteral("actual error: ") + result.errorText()));
    // A failed load hands out nothing half-read.
    QVERIFY(!result.hasValue());
}

void TestDumpLoader::rejectsUnusableJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedError");
    QTest::addRow("empty file") << QByteArray(" \n") << QStringLiteral("x.json: the file is empty");
    QTest::addRow("YAML instead of JSON")
        << QByteArray("apiVersion: v1\nkind: List\nitems: []\n")
        << QStringLiteral("was it written with -o yaml instead of -o json?");
    QTest::addRow("truncated download")
        << QByteArray("{\n  \"kind\": \"List\",\n  \"items\": [\n")
        << QStringLiteral("x.json: invalid JSON at byte 33 (line 4, column 1)");
    QTest::addRow("top-level array") << QByteArray("[]") << QStringLiteral("x.json: expected a JSON object");
    QTest::addRow("object without kind")
        << QByteArray(R"({"metadata":{"name":"a"}})")
        << QStringLiteral("x.json: not a Kubernetes object: it has no \"kind\"");
    QTest::addRow("List items is an object") << QByteArray(R"({"kind":"List","items":{"a":1}})")
                                             << QStringLiteral("x.json: the List has no \"items\" array");
    QTest::addRow("item without kind in a plain List")
        << QByteArray(R"({"kind":"List","items":[{"metadata":{"name":"a"}}]})")
        << QStringLiteral("x.json: items[0]: not a Kubernetes object: it has no \"kind\"");
    QTest::addRow("item that is a number")
        << QByteArray(R"({"kind":"List","items":[7]})")
        << QStringLiteral("x.json: items[0]: expected a Kubernetes object, found a plain value");
    QTest::addRow("node item without a name")
        << QByteArray(R"({"kind":"List","items":[{"kind":"Node","apiVersion":"v1","metadata":{}}]})")
        << QStringLiteral("x.json: items[0]: Node: metadata.name: required field is missing");
    QTest::addRow("Deployment under an unknown apiVersion")
        << QByteArray(
               R"({"kind":"DeploymentList","items":[{"apiVersion":"apps/v2","metadata":{"name":"w","namespace":"d"}}]})")
        << QStringLiteral(
               "x.json: items[0]: Deployment \"d/w\": apiVersion: unsupported apiVersion \"apps/v2\"");
    QTest::addRow("empty List") << QByteArray(R"({"kind":"List","apiVersion":"v1","items":[]})")
                                << QStringLiteral(
                                       "x.json: no Node objects found (the input holds no objects)");
    QTest::addRow("version file alone") << QByteArray(R"({"serverVersion":{"gitVersion":"v1.30.4"}})")
                                        << QStringLiteral("x.json: no Node objects found");
    QTest::addRow("version body without gitVersion")
        << QByteArray(R"({"serverVersion":{"major":"1"}})")
        << QStringLiteral("x.json: version: gitVersion: required field is missing");
}

void TestDumpLoader::rejectsUnusableJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedError);
    const Result<ClusterSnapshot> result = DumpLoader::loadJson(json, QStringLiteral("x.json"));
    QVERIFY(!result.ok());
    QVERIFY2(result.errorText().contains(expectedError),
             qPrintable(QStringLiteral("actual error: ") + result.errorText()));
}

void TestDumpLoader::reportsMissingFile()
{
    const QString missing = dump("does-not-exist.json");
    const Result<ClusterSnapshot> result = DumpLoader::loadFiles({dump("kubeadm-mid-upgrade.json"), missing});
    QVERIFY(!result.ok());
    QVERIFY2(result.errorText().startsWith(missing + QStringLiteral(": cannot read the file")),
             qPrintable(result.errorText()));
    QVERIFY(!result.hasValue());
    QVERIFY(!DumpLoader::loadFiles({}).ok());
}

QTEST_GUILESS_MAIN(TestDumpLoader)
#include "tst_dumploader.moc"
