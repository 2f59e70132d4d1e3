// The practice cluster's Events (sim/engine/eventrecorder.h): what a lost node records (NodeNotReady
// on the node and its pods, TaintManagerEviction after the 300 s toleration, no Killing from a
// powered-off kubelet), aggregation, and the bounds that keep a long class's memory in check.
#include "simulatortestsupport.h"

#include "sim/engine/eventrecorder.h"

#include <QSignalSpy>

using namespace Slipway;

class TestEventRecorder : public QObject
{
    Q_OBJECT

    static QList<SimEvent> about(const Simulator &sim, const QString &name, const QString &reason)
    {
        QList<SimEvent> out;
        for (const SimEvent &e : sim.events()->list()) {
            if (e.objectName == name && e.reason == reason)
                out.append(e);
        }
        return out;
    }

    static QString podOn(const Simulator &sim, const QString &node, const QString &prefix)
    {
        for (const StoredObject &o : sim.list(ResourceKind::Pod).items) {
            if (o.pod.nodeName == node && o.pod.name.startsWith(prefix))
                return o.pod.name;
        }
        return {};
    }

private Q_SLOTS:
    void aFreshClusterHasNoEvents()
    {
        auto sim = SimTest::loadBundled(QStringLiteral("default"));
        QVERIFY(sim);
        QVERIFY(sim->events()->list().isEmpty());
        QCOMPARE(sim->events()->resourceVersion(), quint64(0));
    }

    void aLostNodeRecordsWhatTheControllersDo()
    {
        auto sim = SimTest::loadBundled(QStringLiteral("default"));
        QVERIFY(sim);
        const QString node = QStringLiteral("worker-1");
        const QString pod = podOn(*sim, node, QStringLiteral("storefront-"));
        QVERIFY(!pod.isEmpty());
        sim->powerOffNode(node);
        sim->clock()->advance(sim->nodeMonitorGracePeriodSeconds() + 15);

        const QList<SimEvent> nodeEvents = about(*sim, node, QStringLiteral("NodeNotReady"));
        QCOMPARE(nodeEvents.size(), 1);
        QCOMPARE(nodeEvents.first().sourceComponent, QStringLiteral("node-controller"));
        QCOMPARE(nodeEvents.first().namespaceName, QStringLiteral("default"));
        QCOMPARE(nodeEvents.first().objectUid, sim->get(ResourceKind::Node, {}, node)->node.uid);
        QCOMPARE(nodeEvents.first().message, QStringLiteral("Node worker-1 status is now: NodeNotReady"));
        const QList<SimEvent> podEvents = about(*sim, pod, QStringLiteral("NodeNotReady"));
        QCOMPARE(podEvents.size(), 1);
        QCOMPARE(podEvents.first().type, QStringLiteral("Warning"));
        QCOMPARE(podEvents.first().message, QStringLiteral("Node is not ready"));
        QVERIFY(about(*sim, pod, QStringLiteral("TaintManagerEviction")).isEmpty());

        sim->clock()->advance(310);
        const QList<SimEvent> evicted = about(*sim, pod, QStringLiteral("TaintManagerEviction"));
        QCOMPARE(evicted.size(), 1);
        QCOMPARE(evicted.first().sourceComponent, QStringLiteral("taint-eviction-controller"));
        QCOMPARE(evicted.first().message, QStringLiteral("Marking for deletion Pod shop/%1").arg(pod));
        // Its kubelet is off: nobody stops the containers, so no Killing.
        QVERIFY(about(*sim, pod, QStringLiteral("Killing")).isEmpty());
        // Its replacement was created and scheduled elsewhere.
        bool created = false;
        for (const SimEvent &e : sim->events()->list(QStringLiteral("shop")))
            created = created || (e.reason == QLatin1String("SuccessfulCreate") &&
                                  e.kind == QLatin1String("ReplicaSet"));
        QVERIFY(created);

        sim->powerOnNode(node);
        sim->clock()->advance(20);
        QCOMPARE(about(*sim, node, QStringLiteral("NodeReady")).size(), 1);
    }

    void repeatedEventsAreAggregated()
    {
        auto sim = SimTest::loadBundled(QStringLiteral("default"));
        QVERIFY(sim);
        QSignalSpy changes(sim->events(), &EventRecorder::changed);
        for (int i = 0; i < 3; ++i) {
            sim->updateNode(QStringLiteral("worker-2"), [](Node &n) { n.unschedulable = true; });
            sim->updateNode(QStringLiteral("worker-2"), [](Node &n) { n.unschedulable = false; });
        }
        const QList<SimEvent> cordons =
            about(*sim, QStringLiteral("worker-2"), QStringLiteral("NodeNotSchedulable"));
        QCOMPARE(cordons.size(), 1);
        QCOMPARE(cordons.first().count, 3);
        QCOMPARE(changes.size(), 6); // two ADDED, four MODIFIED
        const auto history = sim->events()->changesSince(0);
        QVERIFY(history);
        QCOMPARE(history->size(), 6);
        QCOMPARE(history->last().type, WatchEventType::Modified);
    }

    void theStoreIsBounded()
    {
        auto sim = SimTest::loadBundled(QStringLiteral("default"));
        QVERIFY(sim);
        EventRecorder *events = sim->events();
        for (int i = 0; i < EventRecorder::kHistoryLimit + 10; ++i) {
            SimEvent e;
            e.kind = QStringLiteral("Pod");
            e.apiVersion = QStringLiteral("v1");
            e.objectNamespace = QStringLiteral("shop");
            e.objectName = QStringLiteral("p-%1").arg(i);
            e.reason = QStringLiteral("Test");
            e.message = QStringLiteral("event %1").arg(i);
            events->record(e);
        }
        const QList<SimEvent> kept = events->list(QStringLiteral("shop"));
        QCOMPARE(kept.size(), EventRecorder::kMaxPerNamespace);
        QVERIFY(events->get(QStringLiteral("shop"), kept.first().name).has_value());
        for (const SimEvent &e : kept)
            QVERIFY2(e.objectName != QLatin1String("p-0"), "the oldest event was dropped first");
        // An hour after their last occurrence they expire (kube-apiserver's --event-ttl).
        sim->clock()->advance(EventRecorder::kTtlSeconds + 1);
        SimEvent fresh;
        fresh.kind = QStringLiteral("Pod");
        fresh.objectNamespace = QStringLiteral("shop");
        fresh.objectName = QStringLiteral("later");
        fresh.reason = QStringLiteral("Test");
        events->record(fresh);
        QCOMPARE(events->list(QStringLiteral("shop")).size(), 1);
        // The watch history is bounded too: a version from before it is gone (410 for watchers).
        QVERIFY(!events->changesSince(1).has_value());
    }
};

QTEST_GUILESS_MAIN(TestEventRecorder)
#include "tst_eventrecorder.moc"
