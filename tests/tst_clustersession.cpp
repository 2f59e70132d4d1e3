// The cluster session: watch events change its snapshot in place through name indexes, the
// per-node pod counts and kube-proxy versions follow incrementally, and observers hear of a
// burst once, with exactly the nodes it touched.
#include "models/clustersession.h"

#include <QSignalSpy>
#include <QTest>

using namespace Slipway;

namespace {

Node node(const QString &name, const QString &kubelet = QStringLiteral("v1.34.3"))
{
    Node n;
    n.name = name;
    n.kubeletVersion = kubelet;
    return n;
}

Pod pod(const QString &ns, const QString &name, const QString &nodeName)
{
    Pod p;
    p.namespaceName = ns;
    p.name = name;
    p.nodeName = nodeName;
    p.uid = ns + QLatin1Char('/') + name;
    return p;
}

Pod kubeProxy(const QString &nodeName, const QString &tag)
{
    Pod p = pod(QStringLiteral("kube-system"), QStringLiteral("kube-proxy-") + nodeName, nodeName);
    p.labels.insert(QStringLiteral("k8s-app"), QStringLiteral("kube-proxy"));
    p.containers << Container{
        QStringLiteral("kube-proxy"), QStringLiteral("registry.k8s.io/kube-proxy:") + tag, {}};
    return p;
}

ClusterSnapshot threeNodes()
{
    ClusterSnapshot s;
    s.name = QStringLiteral("lab");
    s.nodes << node(QStringLiteral("a")) << node(QStringLiteral("b")) << node(QStringLiteral("c"));
    s.pods << pod(QStringLiteral("default"), QStringLiteral("web-1"), QStringLiteral("a"))
           << pod(QStringLiteral("default"), QStringLiteral("web-2"), QStringLiteral("b"))
           << pod(QStringLiteral("default"), QStringLiteral("web-3"), QStringLiteral("b"))
           << kubeProxy(QStringLiteral("c"), QStringLiteral("v1.33.7"));
    return s;
}

// The session's indexes agree with a plain scan of its snapshot.
void verifyConsistent(const ClusterSession &session)
{
    const ClusterSnapshot &s = session.snapshot();
    const QHash<QString, int> counts = s.podCountByNode();
    for (const Node &n : s.nodes)
        QCOMPARE(session.podCount(n.name), counts.value(n.name));
    QSet<QString> keys;
    for (const Pod &p : s.pods)
        keys.insert(p.key());
    QCOMPARE(keys.size(), s.pods.size()); // no pod twice
}

} // namespace

class TestClusterSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derivesCountsAndProxyVersionsFromTheSnapshot()
    {
        ClusterSession session;
        QSignalSpy replaced(&session, &ClusterSession::snapshotReplaced);
        session.loadSnapshot(threeNodes());
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(session.podCount(QStringLiteral("a")), 1);
        QCOMPARE(session.podCount(QStringLiteral("b")), 2);
        QCOMPARE(session.podCount(QStringLiteral("c")), 1);
        QCOMPARE(session.kubeProxyVersion(QStringLiteral("c")), QStringLiteral("v1.33.7"));
        QCOMPARE(session.kubeProxyVersion(QStringLiteral("a")), QString()); // node field, empty here
    }

    void aBurstIsReportedOnceWithTheNodesItTouched()
    {
        ClusterSession session;
        session.setBatchInterval(10);
        session.loadSnapshot(threeNodes());
        QSignalSpy updated(&session, &ClusterSession::snapshotUpdated);

        // A pod moves from b to a (deleted on b, created on a), a new pod lands on c.
        session.applyPodEvent(ObjectChange::Deleted,
                              pod(QStringLiteral("default"), QStringLiteral("web-2"), QStringLiteral("b")));
        session.applyPodEvent(ObjectChange::Added,
                              pod(QStringLiteral("default"), QStringLiteral("web-4"), QStringLiteral("a")));
        session.applyPodEvent(ObjectChange::Added,
                              pod(QStringLiteral("default"), QStringLiteral("web-5"), QStringLiteral("c")));
        QCOMPARE(updated.size(), 0); // batched
        QTRY_COMPARE(updated.size(), 1);
        QStringList nodes = updated.at(0).at(0).toStringList();
        nodes.sort();
        QCOMPARE(nodes, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(updated.at(0).at(1).toStringList(), QStringList());
        QCOMPARE(updated.at(0).at(2).toBool(), false); // pods only: no re-plan
        QCOMPARE(session.podCount(QStringLiteral("a")), 2);
        QCOMPARE(session.podCount(QStringLiteral("b")), 1);
        QCOMPARE(session.podCount(QStringLiteral("c")), 2);
        verifyConsistent(session);
    }

    void removalsKeepTheIndexesRight()
    {
        ClusterSession session;
        session.loadSnapshot(threeNodes());
        // Remove from the middle and the front: the moved last elements must stay findable.
        session.applyPodEvent(ObjectChange::Deleted,
                              pod(QStringLiteral("default"), QStringLiteral("web-1"), QStringLiteral("a")));
        session.applyPodEvent(ObjectChange::Modified,
                              pod(QStringLiteral("default"), QStringLiteral("web-3"), QStringLiteral("a")));
        session.applyNodeEvent(ObjectChange::Deleted, node(QStringLiteral("a")));
        session.applyNodeEvent(ObjectChange::Modified, node(QStringLiteral("c"), QStringLiteral("v1.34.3")));
        QSignalSpy updated(&session, &ClusterSession::snapshotUpdated);
        session.flush();
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.at(0).at(1).toStringList(), QStringList{QStringLiteral("a")});
        QCOMPARE(updated.at(0).at(2).toBool(), true); // a node left: plan again
        QCOMPARE(session.snapshot().nodes.size(), 2);
        QVERIFY(session.snapshot().findNode(QStringLiteral("c")));
        QCOMPARE(session.podCount(QStringLiteral("b")), 1);
        verifyConsistent(session);
        // Deleting something unknown changes nothing and reports nothing.
        session.applyPodEvent(ObjectChange::Deleted,
                              pod(QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("b")));
        session.flush();
        QCOMPARE(updated.size(), 1);
    }

    void versionChangesAskForANewPlan_data()
    {
        QTest::addColumn<Node>("changed");
        QTest::addColumn<bool>("replan");
        Node kubelet = node(QStringLiteral("b"), QStringLiteral("v1.35.0"));
        Node cordoned = node(QStringLiteral("b"));
        cordoned.unschedulable = true;
        Node annotated = node(QStringLiteral("b"));
        annotated.annotations.insert(QStringLiteral("note"), QStringLiteral("x"));
        QTest::addRow("kubelet upgraded") << kubelet << true;
        QTest::addRow("cordoned") << cordoned << true;
        QTest::addRow("annotation only") << annotated << false;
    }

    void versionChangesAskForANewPlan()
    {
        QFETCH(Node, changed);
        QFETCH(bool, replan);
        ClusterSession session;
        session.loadSnapshot(threeNodes());
        QSignalSpy updated(&session, &ClusterSession::snapshotUpdated);
        session.applyNodeEvent(ObjectChange::Modified, changed);
        session.flush();
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.at(0).at(0).toStringList(), QStringList{QStringLiteral("b")});
        QCOMPARE(updated.at(0).at(2).toBool(), replan);
    }

    void aFullSnapshotDropsPendingEvents()
    {
        ClusterSession session;
        session.setBatchInterval(10);
        session.loadSnapshot(threeNodes());
        QSignalSpy updated(&session, &ClusterSession::snapshotUpdated);
        session.applyPodEvent(ObjectChange::Added,
                              pod(QStringLiteral("default"), QStringLiteral("late"), QStringLiteral("a")));
        session.loadSnapshot(threeNodes());
        QTest::qWait(50);
        QCOMPARE(updated.size(), 0);
        QCOMPARE(session.podCount(QStringLiteral("a")), 1);
    }
};

QTEST_GUILESS_MAIN(TestClusterSession)
#include "tst_clustersession.moc"
