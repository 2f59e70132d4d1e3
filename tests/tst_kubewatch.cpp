// Node and pod watches of the live-cluster client against the practice cluster's real API
// server: cordon/uncordon seen through the watch, 410 Gone re-lists, reconnects with backoff.
#include "kube/kubewatch.h"
#include "kubectltestsupport.h"
#include "practiceapifixture.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace Slipway;

class TestKubeWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("slipway.kube.debug=true"));
        QString error;
        QVERIFY2(m_practice.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_practice.stop(); }
    void watchSeesCordonAndUncordon();
    void watchRelistsAfterGone();
    void aPodFromKubectlRunAppearsInTheWatch();
    void watchReconnectsAfterTheServerWentAway();

private:
    PracticeApiFixture m_practice;
};

void TestKubeWatch::watchSeesCordonAndUncordon()
{
    auto api = m_practice.apiFor(m_practice.kubeconfig(m_practice.caLine, m_practice.tokenLine()));
    QVERIFY(api);
    QSignalSpy loaded(api.get(), &ClusterApi::snapshotLoaded);
    QSignalSpy nodeChanged(api.get(), &ClusterApi::nodeChanged);
    const int watchesBefore = m_practice.server->watchCount();
    api->startWatching();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_practice.server->watchCount(), watchesBefore + 2, 10000);
    const QString node = QStringLiteral("worker-2");
    QVERIFY(!api->snapshot().findNode(node)->unschedulable);

    auto lastChangeOf = [&](const QString &name) -> std::optional<Node> {
        for (qsizetype i = nodeChanged.size() - 1; i >= 0; --i) {
            const auto n = nodeChanged.at(i).at(1).value<Node>();
            if (n.name == name && nodeChanged.at(i).at(0).value<ObjectChange>() == ObjectChange::Modified)
                return n;
        }
        return std::nullopt;
    };

    QFuture<ClusterOperationResult> cordon = api->cordon(node);
    QTRY_VERIFY_WITH_TIMEOUT(cordon.isFinished(), 10000);
    QVERIFY2(cordon.result().ok(), qPrintable(cordon.result().error.describe()));
    QVERIFY(!cordon.result().alreadyDone);
    QVERIFY(m_practice.sim->snapshot().findNode(node)->unschedulable);
    QTRY_VERIFY_WITH_TIMEOUT(lastChangeOf(node) && lastChangeOf(node)->unschedulable, 10000);
    QVERIFY(api->snapshot().findNode(node)->unschedulable); // the kept snapshot follows the watch

    QFuture<ClusterOperationResult> again = api->cordon(node);
    QTRY_VERIFY_WITH_TIMEOUT(again.isFinished(), 10000);
    QVERIFY(again.result().ok());
    QVERIFY(again.result().alreadyDone); // "node/worker-2 already cordoned"

    QFuture<ClusterOperationResult> uncordon = api->uncordon(node);
    QTRY_VERIFY_WITH_TIMEOUT(uncordon.isFinished(), 10000);
    QVERIFY2(uncordon.result().ok(), qPrintable(uncordon.result().error.describe()));
    QVERIFY(!m_practice.sim->snapshot().findNode(node)->unschedulable);
    QTRY_VERIFY_WITH_TIMEOUT(lastChangeOf(node) && !lastChangeOf(node)->unschedulable, 10000);

    // A change made behind the client's back arrives through the watch too.
    m_practice.sim->updateNode(QStringLiteral("worker-1"), [](Node &n) {
        n.labels.insert(QStringLiteral("slipway.test/seen"), QStringLiteral("yes"));
    });
    QTRY_VERIFY_WITH_TIMEOUT(
        lastChangeOf(QStringLiteral("worker-1")) &&
            lastChangeOf(QStringLiteral("worker-1"))->labels.contains(QStringLiteral("slipway.test/seen")),
        10000);
    api->stopWatching();
    QTRY_COMPARE_WITH_TIMEOUT(m_practice.server->watchCount(), watchesBefore, 10000);
}

void TestKubeWatch::watchRelistsAfterGone()
{
    auto api = m_practice.apiFor(m_practice.kubeconfig(m_practice.caLine, m_practice.tokenLine()));
    QVERIFY(api);
    // Resource version 1 predates the simulator's retained history: the server answers 410, the
    // watch lists again and reports the difference to what it was told it knew.
    const ClusterSnapshot now = m_practice.sim->snapshot();
    QHash<QString, QString> known;
    for (const Node &n : now.nodes)
        known.insert(n.name, QStringLiteral("1"));
    known.remove(now.nodes.first().name);                                     // missing: reported as Added
    known.insert(QStringLiteral("decommissioned-node"), QStringLiteral("1")); // gone: reported as Deleted
    KubeWatch watch(api->client(), KubeResourceType::nodes());
    QSignalSpy relisted(&watch, &KubeWatch::relisted);
    QSignalSpy changed(&watch, &KubeWatch::objectChanged);
    watch.start(QStringLiteral("1"), known);
    QTRY_COMPARE_WITH_TIMEOUT(relisted.size(), 1, 10000);
    QCOMPARE(relisted.first().first().toInt(), int(now.nodes.size()) + 1);
    QStringList added, deleted;
    for (const auto &args : std::as_const(changed)) {
        const QString name = args.at(1)
                                 .toJsonObject()
                                 .value(QLatin1String("metadata"))
                                 .toObject()
                                 .value(QLatin1String("name"))
                                 .toString();
        if (args.at(0).value<ObjectChange>() == ObjectChange::Added)
            added << name;
        if (args.at(0).value<ObjectChange>() == ObjectChange::Deleted)
            deleted << name;
    }
    QCOMPARE(added, QStringList{now.nodes.first().name});
    QCOMPARE(deleted, QStringList{QStringLiteral("decommissioned-node")});
    // Then it watches from the new list's resourceVersion.
    QTRY_VERIFY_WITH_TIMEOUT(watch.isConnected() || m_practice.server->watchCount() > 0, 10000);
    const qsizetype before = changed.size();
    m_practice.sim->updateNode(now.nodes.last().name, [](Node &n) {
        n.labels.insert(QStringLiteral("after-relist"), QStringLiteral("1"));
    });
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() > before, 10000);
    QCOMPARE(changed.last().at(0).value<ObjectChange>(), ObjectChange::Modified);
}

// Students' kubectl goes through the same simulator, so the GUI's watches see it live (issue 11).
void TestKubeWatch::aPodFromKubectlRunAppearsInTheWatch()
{
    const QString kubectl = KubectlTest::findKubectl();
    if (kubectl.isEmpty())
        QSKIP("kubectl is not installed (not on PATH, not /usr/bin/kubectl)");
    auto api = m_practice.servedApi();
    QVERIFY(api);
    QSignalSpy loaded(api.get(), &ClusterApi::snapshotLoaded);
    QSignalSpy podChanged(api.get(), &ClusterApi::podChanged);
    api->startWatching();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
    // The watch starts from the list's resourceVersion, so nothing after the list is missed.

    QTemporaryDir home;
    const KubectlTest::Run run = KubectlTest::run(
        kubectl, home.path(), m_practice.servedKubeconfig,
        {QStringLiteral("run"), QStringLiteral("student-pod"), QStringLiteral("--image=nginx:1.27")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    auto seen = [&podChanged](ObjectChange change) {
        for (const QList<QVariant> &call : std::as_const(podChanged)) {
            const auto pod = call.at(1).value<Pod>();
            if (pod.name == QLatin1String("student-pod") && call.at(0).value<ObjectChange>() == change)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(seen(ObjectChange::Added), 10000);
    const QList<Pod> pods = api->snapshot().pods; // the kept snapshot follows the watch
    QVERIFY(std::any_of(pods.cbegin(), pods.cend(),
                        [](const Pod &p) { return p.key() == QLatin1String("default/student-pod"); }));
    api->stopWatching();
}

void TestKubeWatch::watchReconnectsAfterTheServerWentAway()
{
    auto api = m_practice.apiFor(m_practice.kubeconfig(m_practice.caLine, m_practice.tokenLine()));
    QVERIFY(api);
    KubeWatch watch(api->client(), KubeResourceType::nodes());
    QSignalSpy connected(&watch, &KubeWatch::connected);
    QSignalSpy disconnected(&watch, &KubeWatch::disconnected);
    QSignalSpy changed(&watch, &KubeWatch::objectChanged);
    watch.start(QString::number(m_practice.sim->resourceVersion()), {});
    m_practice.sim->updateNode(QStringLiteral("worker-1"), [](Node &n) {
        n.labels.insert(QStringLiteral("before-restart"), QStringLiteral("1"));
    });
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);

    // The API server goes away (connections cut, port closed) and comes back on the same port.
    const quint16 port = m_practice.server->serverPort();
    m_practice.server->close();
    QTRY_VERIFY_WITH_TIMEOUT(disconnected.size() >= 2, 10000); // the drop, then a refused reconnect
    const auto error = disconnected.last().first().value<ClusterError>();
    QCOMPARE(ClusterError::kindName(error.kind), ClusterError::kindName(ClusterError::Kind::Unreachable));
    QVERIFY(disconnected.last().at(1).toInt() > 0); // with a backoff delay
    QString listenError;
    QVERIFY2(m_practice.server->listen(QHostAddress::LocalHost, port, &listenError), qPrintable(listenError));

    // Changes made while it was away arrive once it is back (it resumes from its resourceVersion).
    m_practice.sim->updateNode(QStringLiteral("worker-1"), [](Node &n) {
        n.labels.insert(QStringLiteral("after-restart"), QStringLiteral("1"));
    });
    QTRY_VERIFY_WITH_TIMEOUT(connected.size() >= 2, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.cbegin(), changed.cend(),
                                         [](const QList<QVariant> &args) {
                                             return args.at(1)
                                                 .toJsonObject()
                                                 .value(QLatin1String("metadata"))
                                                 .toObject()
                                                 .value(QLatin1String("labels"))
                                                 .toObject()
                                                 .contains(QLatin1String("after-restart"));
                                         }),
                             10000);
}

QTEST_GUILESS_MAIN(TestKubeWatch)
#include "tst_kubewatch.moc"
