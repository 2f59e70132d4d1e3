// Specification of the practice cluster's core: the API store and its watch history, the virtual
// clock, the scheduler and the workload controllers. The eviction API:
// tst_simulator_eviction.cpp; node failures and upgrades: tst_simulator_nodelifecycle.cpp.
#include "sim/engine/eventrecorder.h"
#include "simulatortestsupport.h"

#include <QSignalSpy>

using namespace Slipway;
using namespace SimTest;

class TestSimulator : public QObject
{
    Q_OBJECT

private:
    // Nodes for the scheduler: cp-1 (control-plane taint), w1 cordoned, w2 labelled disk=ssd,
    // w3 tainted dedicated=gpu:NoSchedule; one pod "probe" placed on w2 by the scenario.
    static QByteArray schedulingScenario(const QByteArray &probe)
    {
        return "apiVersion: slipway/v1\nkind: Scenario\nname: sched\ncreatedAt: \"2025-09-03T08:00:00Z\"\n"
               "defaults:\n  capacity: {cpu: \"4\", memory: 16Gi, pods: 110}\n  allocatable: {cpu: \"4\", "
               "memory: 16Gi, pods: 110}\n"
               "nodes:\n"
               "  - {name: cp-1, roles: [control-plane], kubelet: v1.34.3, controlPlane: {kube-apiserver: "
               "v1.34.3}}\n"
               "  - {name: w1, kubelet: v1.34.3, unschedulable: true}\n"
               "  - {name: w2, kubelet: v1.34.3, labels: {disk: ssd}}\n"
               "  - {name: w3, kubelet: v1.34.3, taints: [{key: dedicated, value: gpu, effect: "
               "NoSchedule}]}\n"
               "workloads:\n"
               "  - {kind: Deployment, namespace: apps, name: probe, replicas: 1, nodes: [w2]" +
               probe + "}\n";
    }

    // Deletes the scenario's probe pod at once and returns its replacement.
    static std::optional<Pod> replaceProbe(Simulator &sim)
    {
        const QList<Pod> before = pods(sim, QStringLiteral("apps"), QStringLiteral("probe-"));
        if (before.size() != 1 || !sim.deletePod(QStringLiteral("apps"), before.constFirst().name, 0).ok())
            return std::nullopt;
        const QList<Pod> after = pods(sim, QStringLiteral("apps"), QStringLiteral("probe-"));
        if (after.size() != 1 || after.constFirst().uid == before.constFirst().uid)
            return std::nullopt;
        return after.constFirst();
    }

private Q_SLOTS:
    // ---- virtual clock ----
    void clockStartsPausedAtTheSnapshotTime()
    {
        auto sim = loadBundled(QStringLiteral("default"));
        QVERIFY(sim);
        // The default scenario is observed an hour after its last workload was created.
        QCOMPARE(sim->now(), QDateTime(QDate(2025, 9, 4), QTime(11, 0), Qt::UTC));
        QVERIFY(!sim->clock()->isRunning());
        QCOMPARE(sim->clock()->speed(), 1.0);
    }

    void clockSpeedIsClamped_data()
    {
        QTest::addColumn<double>("requested");
        QTest::addColumn<double>("expected");
        QTest::addRow("below real time is real time") << 0.5 << 1.0;
        QTest::addRow("one minute per second") << 60.0 << 60.0;
        QTest::addRow("ten minutes per second is the maximum") << 600.0 << 600.0;
        QTest::addRow("faster is clamped") << 5000.0 << 600.0;
    }

    void clockSpeedIsClamped()
    {
        QFETCH(double, requested);
        QFETCH(double, expected);
        VirtualClock clock(QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
        clock.setSpeed(30);
        clock.setSpeed(requested);
        QCOMPARE(clock.speed(), expected);
    }

    void clockStepRunsTimersInOrderAtTheirInstants()
    {
        const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        VirtualClock clock(start);
        QObject owner;
        QStringList log;
        auto record = [&](const QString &what) {
            return [&, what] {
                log << QStringLiteral("%1@%2").arg(what).arg(start.secsTo(clock.now()));
            };
        };
        clock.callAt(start.addSecs(30), &owner, record(QStringLiteral("c")));
        clock.callAt(start.addSecs(10), &owner, record(QStringLiteral("a")));
        clock.callAt(start.addSecs(10), &owner, [&] {
            log << QStringLiteral("b@%1").arg(start.secsTo(clock.now()));
            // Work scheduled on the way runs in the same step, at its own instant.
            clock.callAt(clock.now().addSecs(5), &owner, record(QStringLiteral("b2")));
        });
        const quint64 cancelled = clock.callAt(start.addSecs(20), &owner, record(QStringLiteral("never")));
        clock.cancel(cancelled);
        clock.callAt(start.addSecs(90), &owner, record(QStringLiteral("later")));
        QSignalSpy times(&clock, &VirtualClock::timeChanged);

        clock.advance(60);
        QCOMPARE(log, (QStringList{QStringLiteral("a@10"), QStringLiteral("b@10"), QStringLiteral("b2@15"),
                                   QStringLiteral("c@30")}));
        QCOMPARE(clock.now(), start.addSecs(60));
        QCOMPARE(times.size(), 4); // 10, 15, 30, 60
        QCOMPARE(times.constLast().constFirst().toDateTime(), start.addSecs(60));
        QVERIFY(clock.nextDue());
        QCOMPARE(*clock.nextDue(), start.addSecs(90));
        clock.advance(-30); // never backwards
        QCOMPARE(clock.now(), start.addSecs(60));
    }

    void clockRunsInRealTimeUntilPaused()
    {
        const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        VirtualClock clock(start);
        QObject owner;
        bool fired = false;
        clock.callAt(start.addSecs(30), &owner, [&] { fired = true; });
        clock.setSpeed(600);
        QSignalSpy running(&clock, &VirtualClock::runningChanged);
        clock.resume();
        QVERIFY(clock.isRunning());
        // 600×: a minute of cluster time in about 100 ms.
        QTRY_VERIFY_WITH_TIMEOUT(clock.now() >= start.addSecs(60), 5000);
        QVERIFY(fired);
        clock.pause();
        QVERIFY(!clock.isRunning());
        QCOMPARE(running.size(), 2);
        const QDateTime paused = clock.now();
        QTest::qWait(300);
        QCOMPARE(clock.now(), paused);
    }

    // ---- store, lists and watch history ----
    void listsAreConsistentAndOrdered()
    {
        auto sim = loadBundled(QStringLiteral("default"));
        QVERIFY(sim);
        const SimList nodes = sim->list(ResourceKind::Node);
        QCOMPARE(nodes.items.size(), 9);
        QCOMPARE(nodes.resourceVersion, sim->resourceVersion());
        QCOMPARE(nodes.items.constFirst().name(), QStringLiteral("cp-1"));
        const SimList postgres = sim->list(ResourceKind::Pod, QStringLiteral("data"));
        QStringList names;
        for (const StoredObject &o : postgres.items)
            names << o.name();
        QCOMPARE(names, (QStringList{QStringLiteral("postgres-0"), QStringLiteral("postgres-1"),
                                     QStringLiteral("postgres-2")}));
        for (const StoredObject &o : postgres.items)
            QVERIFY(o.resourceVersion > 0 && o.resourceVersion <= sim->resourceVersion());
        // Namespaces come from the objects, plus the ones kube-apiserver creates.
        for (const char *ns : {"default", "kube-system", "kube-public", "kube-node-lease", "shop", "data",
                               "billing", "ingress-nginx"})
            QVERIFY2(sim->get(ResourceKind::Namespace, QString(), QLatin1String(ns)), ns);
        QVERIFY(!sim->get(ResourceKind::Pod, QStringLiteral("data"), QStringLiteral("postgres-9")));
        QCOMPARE(sim->serverGitVersion(), QStringLiteral("v1.34.3"));
        // Every pod got the DefaultTolerationSeconds tolerations at admission (FACTS §6).
        const Pod db = *pod(*sim, QStringLiteral("data"), QStringLiteral("postgres-0"));
        int defaults = 0;
        for (const Toleration &t : db.tolerations)
            defaults += t.tolerationSeconds == 300 && t.effect == QLatin1String("NoExecute") ? 1 : 0;
        QCOMPARE(defaults, 2);
    }

    void everyWriteIsAWatchEventInResourceVersionOrder()
    {
        auto sim = loadBundled(QStringLiteral("default"));
        QVERIFY(sim);
        const quint64 start = sim->resourceVersion();
        QCOMPARE(sim->eventsSince(start)->size(), 0);
        QVERIFY2(!sim->eventsSince(start - 1), "the initial state is not history");
        QSignalSpy changed(sim.get(), &Simulator::changed);

        const SimResult cordon =
            sim->updateNode(QStringLiteral("worker-1"), [](Node &n) { n.unschedulable = true; });
        QCOMPARE(cordon.httpStatus, 200);
        const QString victim =
            pods(*sim, QStringLiteral("shop"), QStringLiteral("storefront-")).constFirst().name;
        QVERIFY(sim->deletePod(QStringLiteral("shop"), victim, 0).ok());

        const auto events = sim->eventsSince(start);
        QVERIFY(events);
        QCOMPARE(events->size(), changed.size());
        QVERIFY(events->size() >= 4); // cordon, its taint, the deletion, the replacement
        quint64 previous = start;
        for (const WatchEvent &e : *events) {
            QVERIFY(e.object.resourceVersion > previous);
            previous = e.object.resourceVersion;
        }
        QCOMPARE(previous, sim->resourceVersion());
        QCOMPARE(events->constFirst().type, WatchEventType::Modified);
        QCOMPARE(events->constFirst().object.node.name, QStringLiteral("worker-1"));
        QVERIFY(events->constFirst().object.node.unschedulable);
        // Cordoning adds the unschedulable taint (TaintNodesByCondition).
        QVERIFY(hasTaint(node(*sim, QStringLiteral("worker-1")),
                         QStringLiteral("node.kubernetes.io/unschedulable"), QStringLiteral("NoSchedule")));
        const auto deleted = std::find_if(events->cbegin(), events->cend(), [&](const WatchEvent &e) {
            return e.type == WatchEventType::Deleted && e.object.name() == victim;
        });
        QVERIFY(deleted != events->cend());
        QCOMPARE(deleted->object.kind, ResourceKind::Pod);
        // Only what came after a version.
        const auto tail = sim->eventsSince(events->at(1).object.resourceVersion);
        QCOMPARE(tail->size(), events->size() - 2);
    }

    void tooOldResourceVersionsAreGone()
    {
        auto sim = loadYaml(labScenario());
        QVERIFY(sim);
        const quint64 start = sim->resourceVersion();
        for (int i = 0; i <= 10000; ++i) {
            const SimResult r = sim->updateNode(QStringLiteral("w1"), [i](Node &n) {
                n.labels.insert(QStringLiteral("step"), QString::number(i));
            });
            QVERIFY(r.ok());
        }
        QCOMPARE(sim->resourceVersion(), start + 10001);
        QVERIFY2(!sim->eventsSince(start), "10,001 writes later the first is compacted (410 Gone)");
        QCOMPARE(sim->eventsSince(sim->resourceVersion() - 10000)->size(), 10000);
        QVERIFY(!sim->eventsSince(sim->resourceVersion() - 10001));
    }

    // A simulator no API server serves (a rehearsal's) keeps no history: every older version is
    // compacted (410 Gone), the current one watches from now, and changed() still tells every write.
    void noWatchHistoryCompactsEveryOlderVersion()
    {
        auto sim = loadYaml(labScenario());
        QVERIFY(sim);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(
                sim->updateNode(QStringLiteral("w1"),
                                [i](Node &n) { n.labels.insert(QStringLiteral("step"), QString::number(i)); })
                    .ok());
        }
        const quint64 kept = sim->resourceVersion();
        QCOMPARE(sim->eventsSince(kept - 3)->size(), 3);
        sim->setWatchHistoryLimit(0);
        QVERIFY2(!sim->eventsSince(kept - 1), "the history kept so far is dropped");
        QCOMPARE(sim->eventsSince(kept)->size(), 0);
        QSignalSpy changed(sim.get(), &Simulator::changed);
        QVERIFY(sim->updateNode(QStringLiteral("w1"), [](Node &n) { n.unschedulable = true; }).ok());
        QVERIFY(changed.size() >= 1); // the cordon (and its taint)
        const auto cordon = changed.constFirst().constFirst().value<WatchEvent>();
        QCOMPARE(cordon.object.resourceVersion, kept + 1);
        QVERIFY(cordon.object.node.unschedulable);
        QVERIFY(!sim->eventsSince(kept));
        QCOMPARE(sim->eventsSince(sim->resourceVersion())->size(), 0);
        // A limit again keeps what comes from then on.
        sim->setWatchHistoryLimit(10);
        const quint64 from = sim->resourceVersion();
        QVERIFY(sim->updateNode(QStringLiteral("w1"), [](Node &n) { n.unschedulable = false; }).ok());
        QVERIFY(sim->eventsSince(from));
        QVERIFY(!sim->eventsSince(from - 1));
    }

    // Event recording off (a rehearsal's simulator): writes record nothing, and on again they do.
    void eventRecordingCanBeTurnedOff()
    {
        auto sim = loadYaml(labScenario());
        QVERIFY(sim);
        const quint64 before = sim->events()->resourceVersion();
        sim->setEventRecording(false);
        QVERIFY(sim->updateNode(QStringLiteral("w1"), [](Node &n) { n.unschedulable = true; }).ok());
        QCOMPARE(sim->events()->resourceVersion(), before);
        sim->setEventRecording(true);
        QVERIFY(sim->updateNode(QStringLiteral("w1"), [](Node &n) { n.unschedulable = false; }).ok());
        QVERIFY2(sim->events()->resourceVersion() > before, "the uncordon's NodeSchedulable");
    }

    void staleUpdatesConflictAndUnknownObjectsAreNotFound()
    {
        auto sim = loadYaml(labScenario());
        QVERIFY(sim);
        const quint64 seen = sim->get(ResourceKind::Node, QString(), QStringLiteral("w1"))->resourceVersion;
        QVERIFY(sim->updateNode(
                       QStringLiteral("w1"),
                       [](Node &n) { n.labels.insert(QStringLiteral("a"), QStringLiteral("1")); }, seen)
                    .ok());
        const SimResult stale = sim->updateNode(
            QStringLiteral("w1"), [](Node &n) { n.unschedulable = true; }, seen);
        QCOMPARE(stale.httpStatus, 409);
        QCOMPARE(stale.reason, QStringLiteral("Conflict"));
        QCOMPARE(stale.message,
                 QStringLiteral(
                     "Operation cannot be fulfilled on nodes \"w1\": the object has been modified; please "
                     "apply your changes to the latest version and try again"));
        QVERIFY(!node(*sim, QStringLiteral("w1")).unschedulable);
        // Status and identity are the server's: a client cannot set them.
        QVERIFY(sim->updateNode(QStringLiteral("w1"),
                                [](Node &n) {
                                    n.kubeletVersion = QStringLiteral("v9.9.9");
                                    n.ready = ConditionStatus::False;
                                })
                    .ok());
        QCOMPARE(node(*sim, QStringLiteral("w1")).kubeletVersion, QStringLiteral("v1.34.3"));
        QCOMPARE(node(*sim, QStringLiteral("w1")).ready, ConditionStatus::True);

        const SimResult missing =
            sim->evictPod(QStringLiteral("default"), QStringLiteral("nope"), std::nullopt);
        QCOMPARE(missing.httpStatus, 404);
        QCOMPARE(missing.reason, QStringLiteral("NotFound"));
        QCOMPARE(missing.message, QStringLiteral("pods \"nope\" not found"));
        QCOMPARE(sim->deletePod(QStringLiteral("default"), QStringLiteral("nope"), std::nullopt).httpStatus,
                 404);
        QCOMPARE(sim->updateNode(QStringLiteral("w9"), {}).message, QStringLiteral("nodes \"w9\" not found"));
    }

    // ---- scheduler ----
    void schedulerFiltersNodes_data()
    {
        QTest::addColumn<QByteArray>("probe");
        QTest::addColumn<QString>("expectedNode"); // empty: stays Pending
        QTest::addColumn<QString>("expectedMessage");
        const QByteArray exactlyCp1 = ", nodeSelector: {kubernetes.io/hostname: cp-1}";
        QTest::addRow("a plain pod skips the control plane, the cordoned and the tainted node")
            << QByteArray() << QStringLiteral("w2") << QString();
        QTest::addRow("the control-plane toleration admits cp-1")
            << exactlyCp1 + ", tolerations: [{key: node-role.kubernetes.io/control-plane, operator: Exists, "
                            "effect: NoSchedule}]"
            << QStringLiteral("cp-1") << QString();
        QTest::addRow("a matching toleration admits the tainted node")
            << QByteArray(", nodeSelector: {kubernetes.io/hostname: w3}, tolerations: [{key: dedicated, "
                          "operator: Equal, value: gpu, effect: NoSchedule}]")
            << QStringLiteral("w3") << QString();
        QTest::addRow("a pod tolerating everything even lands on the cordoned node")
            << QByteArray(", nodeSelector: {kubernetes.io/hostname: w1}, tolerations: [{operator: Exists}]")
            << QStringLiteral("w1") << QString();
        QTest::addRow("the cordoned node refuses the others")
            << QByteArray(", nodeSelector: {kubernetes.io/hostname: w1}, tolerations: [{key: "
                          "node-role.kubernetes.io/control-plane, operator: "
                          "Exists}, {key: dedicated, operator: Exists}]")
            << QString()
            << QStringLiteral("0/4 nodes are available: 1 node(s) were unschedulable, 3 node(s) didn't match "
                              "Pod's node affinity/selector.");
        QTest::addRow("no node has the label")
            << QByteArray(", nodeSelector: {disk: nvme}") << QString()
            << QStringLiteral("0/4 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, "
                              "1 node(s) had untolerated "
                              "taint {dedicated: gpu}, 1 node(s) had untolerated taint "
                              "{node-role.kubernetes.io/control-plane: }, 1 "
                              "node(s) were unschedulable.");
        QTest::addRow("insufficient cpu")
            << QByteArray(", requests: {cpu: \"5\"}") << QString()
            << QStringLiteral("0/4 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint "
                              "{dedicated: gpu}, 1 node(s) "
                              "had untolerated taint {node-role.kubernetes.io/control-plane: }, 1 node(s) "
                              "were unschedulable.");
        QTest::addRow("insufficient cpu and memory")
            << QByteArray(", requests: {cpu: \"5\", memory: 20Gi}, tolerations: [{operator: Exists}]")
            << QString()
            << QStringLiteral("0/4 nodes are available: 4 Insufficient cpu, 4 Insufficient memory.");
    }

    void schedulerFiltersNodes()
    {
        QFETCH(QByteArray, probe);
        QFETCH(QString, expectedNode);
        QFETCH(QString, expectedMessage);
        auto sim = loadYaml(schedulingScenario(probe));
        QVERIFY(sim);
        const auto replacement = replaceProbe(*sim);
        QVERIFY(replacement);
        QCOMPARE(replacement->nodeName, expectedNode);
        QCOMPARE(replacement->statusMessage, expectedMessage);
        QCOMPARE(replacement->statusReason,
                 expectedNode.isEmpty() ? QStringLiteral("Unschedulable") : QString());
        QCOMPARE(replacement->phase, PodPhase::Pending);
        sim->clock()->advance(60);
        const Pod later = *pod(*sim, QStringLiteral("apps"), replacement->name);
        QCOMPARE(later.phase, expectedNode.isEmpty() ? PodPhase::Pending : PodPhase::Running);
        QCOMPARE(later.ready, !expectedNode.isEmpty());
    }

    void pendingPodIsScheduledWhenItsNodeIsUncordoned()
    {
        auto sim = loadYaml(schedulingScenario(", nodeSelector: {kubernetes.io/hostname: w1}"));
        QVERIFY(sim);
        const auto pending = replaceProbe(*sim);
        QVERIFY(pending);
        QVERIFY(pending->nodeName.isEmpty());
        sim->clock()->advance(300);
        QVERIFY(pod(*sim, QStringLiteral("apps"), pending->name)->nodeName.isEmpty());
        QVERIFY(sim->updateNode(QStringLiteral("w1"), [](Node &n) { n.unschedulable = false; }).ok());
        QVERIFY(!hasTaint(node(*sim, QStringLiteral("w1")),
                          QStringLiteral("node.kubernetes.io/unschedulable"), QStringLiteral("NoSchedule")));
        const Pod bound = *pod(*sim, QStringLiteral("apps"), pending->name);
        QCOMPARE(bound.nodeName, QStringLiteral("w1"));
        QVERIFY(bound.statusMessage.isEmpty());
    }

    // ---- workload controllers ----
    void replicaSetReplacesADeletedPod()
    {
        auto sim = loadBundled(QStringLiteral("default"));
        QVERIFY(sim);
        const QList<Pod> before = pods(*sim, QStringLiteral("shop"), QStringLiteral("storefront-"));
        QCOMPARE(before.size(), 8);
        const Pod victim = before.at(3);
        const QDateTime t0 = sim->now();
        const SimResult r = sim->deletePod(QStringLiteral("shop"), victim.name, std::nullopt);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.object->pod.deletionTimestamp.value_or(QDateTime()),
                 t0.addSecs(30)); // its own grace period
        QCOMPARE(r.object->pod.deletionGracePeriodSeconds.value_or(-1), qint64(30));

        QList<Pod> active;
        std::optional<Pod> fresh;
        for (const Pod &p : pods(*sim, QStringLiteral("shop"), QStringLiteral("storefront-"))) {
            if (!p.deletionTimestamp)
                active << p;
            if (std::none_of(before.cbegin(), before.cend(), [&](const Pod &b) { return b.name == p.name; }))
                fresh = p;
        }
        QCOMPARE(active.size(), 8);
        QVERIFY(fresh);
        QVERIFY(fresh->name.startsWith(victim.controllerRef()->name + QLatin1Char('-')));
        QVERIFY(fresh->uid != victim.uid);
        QCOMPARE(fresh->controllerRef()->uid, victim.controllerRef()->uid);
        QCOMPARE(fresh->phase, PodPhase::Pending);
        QVERIFY(!fresh->nodeName.isEmpty());
        QCOMPARE(fresh->creationTimestamp, t0);

        sim->clock()->advance(2);
        QCOMPARE(pod(*sim, QStringLiteral("shop"), fresh->name)->phase, PodPhase::Running);
        QVERIFY(!pod(*sim, QStringLiteral("shop"), fresh->name)->ready);
        sim->clock()->advance(3);
        QVERIFY(pod(*sim, QStringLiteral("shop"), fresh->name)->ready);
        QCOMPARE(
            workload(*sim, ResourceKind::ReplicaSet, QStringLiteral("shop"), victim.controllerRef()->name)
                .readyReplicas,
            8);
        QCOMPARE(
            workload(*sim, ResourceKind::Deployment, QStringLiteral("shop"), QStringLiteral("storefront"))
                .readyReplicas,
            8);

        // The old pod terminates for its grace period, then the kubelet removes it.
        advanceTo(*sim, t0.addSecs(29));
        QVERIFY(pod(*sim, QStringLiteral("shop"), victim.name));
        sim->clock()->advance(1);
        QVERIFY(!pod(*sim, QStringLiteral("shop"), victim.name));
        QCOMPARE(pods(*sim, QStringLiteral("shop"), QStringLiteral("storefront-")).size(), 8);
    }

    void statefulSetKeepsAtMostOnePodPerIdentity()
    {
        auto sim = loadBundled(QStringLiteral("default"));
        QVERIFY(sim);
        const QString data = QStringLiteral("data");
        const Pod old = *pod(*sim, data, QStringLiteral("postgres-1"));
        const QDateTime t0 = sim->now();
        QVERIFY(sim->deletePod(data, old.name, std::nullopt).ok());
        // postgres-2 is force-deleted too: OrderedReady recreates it only after postgres-1.
        QVERIFY(sim->deletePod(data, QStringLiteral("postgres-2"), 0).ok());
        for (int second : {0, 60, 119}) {
            advanceTo(*sim, t0.addSecs(second));
            const Pod now = *pod(*sim, data, old.name);
            QCOMPARE(now.uid, old.uid);
            QCOMPARE(now.deletionTimestamp.value_or(QDateTime()), t0.addSecs(120));
            QCOMPARE(pods(*sim, data, QStringLiteral("postgres-")).size(), 2);
        }
        advanceTo(*sim, t0.addSecs(120));
        const Pod successor = *pod(*sim, data, old.name);
        QVERIFY(successor.uid != old.uid);
        QVERIFY(!successor.deletionTimestamp);
        QCOMPARE(successor.labels.value(QStringLiteral("statefulset.kubernetes.io/pod-name")), old.name);
        QCOMPARE(successor.labels.value(QStringLiteral("apps.kubernetes.io/pod-index")), QStringLiteral("1"));
        QCOMPARE(workload(*sim, ResourceKind::StatefulSet, data, QStringLiteral("postgres")).readyReplicas,
                 1);
        QVERIFY(!pod(*sim, data, QStringLiteral("postgres-2")));
        sim->clock()->advance(5); // postgres-1 Ready: now postgres-2
        QVERIFY(pod(*sim, data, old.name)->ready);
        QVERIFY(pod(*sim, data, QStringLiteral("postgres-2")));
        sim->clock()->advance(5);
        QCOMPARE(workload(*sim, ResourceKind::StatefulSet, data, QStringLiteral("postgres")).readyReplicas,
                 3);
    }

    void daemonSetPodsIgnoreCordons()
    {
        auto sim = loadBundled(QStringLiteral("default"));
        QVERIFY(sim);
        QVERIFY(sim->updateNode(QStringLiteral("worker-2"), [](Node &n) { n.unschedulable = true; }).ok());
        Pod calico;
        for (const Pod &p : podsOnNode(*sim, QStringLiteral("worker-2"))) {
            if (p.name.startsWith(QStringLiteral("calico-node-")))
                calico = p;
        }
        QVERIFY(!calico.name.isEmpty());
        QVERIFY(sim->deletePod(QStringLiteral("kube-system"), calico.name, 0).ok());
        QList<Pod> replacements;
        for (const Pod &p : podsOnNode(*sim, QStringLiteral("worker-2"))) {
            if (p.name.startsWith(QStringLiteral("calico-node-")))
                replacements << p;
        }
        QCOMPARE(replacements.size(), 1);
        QVERIFY(replacements.constFirst().uid != calico.uid);
        sim->clock()->advance(5);
        QCOMPARE(workload(*sim, ResourceKind::DaemonSet, QStringLiteral("kube-system"),
                          QStringLiteral("calico-node"))
                     .readyReplicas,
                 9);
    }

    void completedJobPodsStaySucceeded()
    {
        auto sim = loadBundled(QStringLiteral("default"));
        QVERIFY(sim);
        const QList<Pod> before =
            pods(*sim, QStringLiteral("billing"), QStringLiteral("db-migrate-20251110-"));
        QCOMPARE(before.size(), 1);
        QCOMPARE(before.constFirst().phase, PodPhase::Succeeded);
        sim->clock()->advance(3600);
        const QList<Pod> after =
            pods(*sim, QStringLiteral("billing"), QStringLiteral("db-migrate-20251110-"));
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.constFirst().uid, before.constFirst().uid);
        QCOMPARE(after.constFirst().phase, PodPhase::Succeeded);
        // Deleting a finished pod is immediate, and a complete Job starts nothing new.
        QVERIFY(sim->deletePod(QStringLiteral("billing"), before.constFirst().name, std::nullopt).ok());
        QCOMPARE(pods(*sim, QStringLiteral("billing"), QStringLiteral("db-migrate-20251110-")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
