// NodeDrainer and NodeCordoner over real HTTPS against the practice API server (FACTS §5.2–§5.6):
// kubectl's TestDrain table with and without eviction, a PDB-blocked drain that times out, the
// StatefulSet pod that comes back under its name, server dry run, overrides, and the budgets'
// minimum checked on every change the simulator makes.
#include "practiceapifixture.h"

#include "models/drain/drainfilters.h"
#include "models/drain/nodecordoner.h"
#include "models/drain/nodedrainer.h"
#include "models/run/runclock.h"
#include "sim/engine/virtualclock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Slipway;

Q_DECLARE_METATYPE(Slipway::DrainOptions)

namespace {

QByteArray scenario(const QByteArray &workloads, const QByteArray &pdbs = {})
{
    QByteArray yaml =
        "apiVersion: slipway/v1\nkind: Scenario\nname: drain\ncreatedAt: \"2025-09-03T08:00:00Z\"\n"
        "defaults:\n  capacity: {cpu: \"8\", memory: 32Gi, pods: 110}\n"
        "  allocatable: {cpu: \"8\", memory: 32Gi, pods: 110}\n"
        "nodes:\n"
        "  - name: cp-1\n    roles: [control-plane]\n    kubelet: v1.34.3\n"
        "    controlPlane: {kube-apiserver: v1.34.3, kube-controller-manager: v1.34.3, "
        "kube-scheduler: v1.34.3, etcd: 3.6.5-0}\n"
        "  - {name: node, kubelet: v1.34.3}\n"
        "  - {name: other, kubelet: v1.34.3}\n";
    if (!workloads.isEmpty())
        yaml += "workloads:\n" + workloads;
    if (!pdbs.isEmpty())
        yaml += "podDisruptionBudgets:\n" + pdbs;
    return yaml;
}

DrainOptions fast(bool force = false, bool ignoreDs = false, bool emptyDir = false)
{
    DrainOptions o;
    o.force = force;
    o.ignoreDaemonSets = ignoreDs;
    o.deleteEmptyDirData = emptyDir;
    o.evictRetryDelayMsecs = 100;
    o.deletePollMsecs = 50;
    o.by = QStringLiteral("tester@test");
    return o;
}

struct DrainRun
{
    bool finished = false;
    DrainOutcome outcome;
    QStringList out;
    QStringList err;
    QList<RunEvent> events;
    QList<std::pair<QString, bool>> diagnoses; // sentence, stuck

    int count(RunEvent::Type type, const QString &pod = {}) const
    {
        return int(std::count_if(events.cbegin(), events.cend(), [&](const RunEvent &e) {
            return e.type == type && (pod.isEmpty() || e.pod == pod);
        }));
    }
};

} // namespace

class TestNodeDrainer : public QObject
{
    Q_OBJECT

    PracticeApiFixture m_fx;
    std::unique_ptr<KubeClusterApi> m_api;
    WallRunClock m_clock;
    // Every pod uid the simulator marked for deletion, with how often (each pod goes once).
    QHash<QString, int> m_terminations;
    QStringList m_budgetViolations;

    Simulator *sim() const { return m_fx.sim.get(); }

    bool setUp(const QByteArray &workloads, const QByteArray &pdbs = {})
    {
        tearDown();
        QString error;
        if (!m_fx.start(&error, ScenarioLoader::loadFromString(scenario(workloads, pdbs),
                                                               QStringLiteral("drain.yaml")))) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        watchSimulator();
        sim()->clock()->setSpeed(VirtualClock::kMaxSpeed);
        sim()->clock()->resume();
        m_api = m_fx.servedApi();
        return m_api != nullptr;
    }

    void tearDown()
    {
        m_api.reset();
        if (m_fx.server)
            m_fx.stop();
        m_terminations.clear();
        m_budgetViolations.clear();
    }

    // No budget may go below its minimum through a drain: checked at every write. The minimum is
    // taken against the pods each budget expected before the drain (the workloads' scale): the
    // simulator's expectedPods also counts a replacement while the old pod terminates.
    static int scaled(const IntOrPercent &v, int total)
    {
        return v.percent ? (v.value * total + 99) / 100 : v.value;
    }

    void watchSimulator()
    {
        QHash<QString, int> minimum;
        for (const StoredObject &o : sim()->list(ResourceKind::PodDisruptionBudget).items) {
            const PodDisruptionBudget &pdb = o.pdb;
            const int scale = pdb.expectedPods;
            const int least = pdb.minAvailable
                                  ? scaled(*pdb.minAvailable, scale)
                                  : scale - scaled(pdb.maxUnavailable.value_or(IntOrPercent()), scale);
            // A budget that starts below its minimum is not the drain's doing.
            minimum.insert(pdb.key(), qMin(least, pdb.currentHealthy));
        }
        QHash<QString, bool> terminating;
        connect(sim(), &Simulator::changed, this, [this, minimum, terminating](const WatchEvent &) mutable {
            for (const StoredObject &o : sim()->list(ResourceKind::PodDisruptionBudget).items) {
                if (o.pdb.currentHealthy < minimum.value(o.pdb.key()))
                    m_budgetViolations << QStringLiteral("%1 has %2 healthy, needs %3")
                                              .arg(o.pdb.key())
                                              .arg(o.pdb.currentHealthy)
                                              .arg(minimum.value(o.pdb.key()));
            }
            for (const StoredObject &o : sim()->list(ResourceKind::Pod).items) {
                if (o.pod.deletionTimestamp && !terminating.value(o.pod.uid)) {
                    terminating.insert(o.pod.uid, true);
                    ++m_terminations[o.pod.key() + QLatin1Char(' ') + o.pod.uid];
                }
            }
        });
    }

    DrainRun drain(const QString &node, const DrainOptions &options,
                   const std::function<void(NodeDrainer *, DrainRun &)> &during = {})
    {
        DrainRun run;
        NodeDrainer drainer(m_api.get(), &m_clock);
        connect(&drainer, &NodeDrainer::output, this,
                [&run](const QString &line, bool isError) { (isError ? run.err : run.out) << line; });
        connect(&drainer, &NodeDrainer::event, this, [&run](const RunEvent &e) { run.events << e; });
        connect(&drainer, &NodeDrainer::diagnosis, this,
                [&run](const QString &, const QString &sentence, bool stuck) {
                    run.diagnoses << std::pair{sentence, stuck};
                });
        connect(&drainer, &NodeDrainer::finished, this, [&run, this](const DrainOutcome &outcome) {
            run.outcome = outcome;
            run.finished = true;
            // "Drained" only when the pods are really gone: check at this very moment.
            for (const QString &key : outcome.evicted + outcome.deleted) {
                const auto pod = sim()->get(ResourceKind::Pod, key.section(QLatin1Char('/'), 0, 0),
                                            key.section(QLatin1Char('/'), 1));
                if (pod && m_terminations.contains(key + QLatin1Char(' ') + pod->pod.uid))
                    run.err << QStringLiteral("TEST: %1 reported gone but still there").arg(key);
            }
        });
        drainer.start(node, options);
        if (during)
            during(&drainer, run);
        QDeadlineTimer deadline(45000);
        while (!run.finished && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return run;
    }

    QStringList podsOn(const QString &node, bool daemonSets = true) const
    {
        QStringList pods;
        for (const StoredObject &o : sim()->list(ResourceKind::Pod).items) {
            const auto ref = o.pod.controllerRef();
            if (o.pod.nodeName == node && !o.pod.deletionTimestamp &&
                (daemonSets || !ref || ref->kind != QLatin1String("DaemonSet")))
                pods << o.pod.key();
        }
        return pods;
    }

    bool cordoned(const QString &node) const
    {
        const auto o = sim()->get(ResourceKind::Node, {}, node);
        return o && o->node.unschedulable;
    }

private Q_SLOTS:
    void cleanup() { tearDown(); }

    void kubectlTestDrain_data();
    void kubectlTestDrain();
    void pdbBlockedDrainTimesOut();
    void overridePdbDeletesInstead();
    void deletePodNowIsAnOverride();
    void disableEvictionNowEndsTheStuckDiagnosis();
    void statefulSetPodComesBackWithANewUid();
    void serverDryRunChangesNothing();
    void evictionVersionFollowsDiscovery_data();
    void evictionVersionFollowsDiscovery();
    void budgetsNeverDropBelowTheirMinimum();
    void cordonAndUncordon();
    void unknownNode();
};

void TestNodeDrainer::kubectlTestDrain_data()
{
    QTest::addColumn<QByteArray>("workloads");
    QTest::addColumn<DrainOptions>("options");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("message"); // error, or a warning line's start
    QTest::addColumn<QStringList>("gone");

    const QByteArray rs = "  - {kind: Deployment, name: web, replicas: 1, node: node}\n";
    const QByteArray ds = "  - {kind: DaemonSet, name: agent}\n";
    const QByteArray naked = "  - {kind: Pod, name: bar, node: node}\n";
    const QByteArray nakedEmptyDir = "  - {kind: Pod, name: bar, node: node, emptyDir: true}\n";
    const QByteArray jobEmptyDir =
        "  - {kind: Job, name: batch, node: node, emptyDir: true, phase: Running}\n";
    const QByteArray doneJobEmptyDir =
        "  - {kind: Job, name: batch, node: node, emptyDir: true, phase: Succeeded}\n";
    const QString noController = DrainFilterText::unmanagedFatal();

    for (const bool disable : {false, true}) {
        auto opts = [disable](DrainOptions o) {
            o.disableEviction = disable;
            return o;
        };
        const char *mode = disable ? " (delete)" : " (evict)";
        QTest::addRow("1/10 RS pod%s", mode)
            << rs << opts(fast()) << true << QString() << QStringList{QStringLiteral("default/web-")};
        QTest::addRow("2 DS pod fails%s", mode)
            << ds << opts(fast()) << false
            << QStringLiteral(
                   "cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): default/agent-")
            << QStringList();
        QTest::addRow("4/11 naked pod fails%s", mode)
            << naked << opts(fast()) << false
            << QStringLiteral("cannot delete %1: default/bar").arg(noController) << QStringList();
        QTest::addRow("5/12 naked pod with --force%s", mode)
            << naked << opts(fast(true)) << true
            << QStringLiteral("Warning: deleting Pods that declare no controller: default/bar")
            << QStringList{QStringLiteral("default/bar")};
        QTest::addRow("6 DS pod with --ignore-daemonsets%s", mode)
            << ds + rs << opts(fast(false, true)) << true
            << QStringLiteral("Warning: ignoring DaemonSet-managed Pods: default/agent-")
            << QStringList{QStringLiteral("default/web-")};
        QTest::addRow("8 Job pod with emptyDir, --force --delete-emptydir-data%s", mode)
            << jobEmptyDir << opts(fast(true, false, true)) << true << QString()
            << QStringList{QStringLiteral("default/batch-")};
        QTest::addRow("9 finished Job pod with emptyDir%s", mode)
            << doneJobEmptyDir << opts(fast()) << true << QString()
            << QStringList{QStringLiteral("default/batch-")};
        QTest::addRow("13 naked pod with emptyDir, --force only%s", mode)
            << nakedEmptyDir << opts(fast(true)) << false
            << QStringLiteral("cannot delete Pods with local storage (use --delete-emptydir-data to "
                              "override): default/bar")
            << QStringList();
        QTest::addRow("15 naked pod with emptyDir, --force --delete-emptydir-data%s", mode)
            << nakedEmptyDir << opts(fast(true, false, true)) << true << QString()
            << QStringList{QStringLiteral("default/bar")};
        QTest::addRow("16 no pods%s", mode)
            << QByteArray() << opts(fast()) << true << QString() << QStringList();
    }
}

void TestNodeDrainer::kubectlTestDrain()
{
    QFETCH(QByteArray, workloads);
    QFETCH(DrainOptions, options);
    QFETCH(bool, ok);
    QFETCH(QString, message);
    QFETCH(QStringList, gone);

    QVERIFY(setUp(workloads));
    const QStringList before = podsOn(QStringLiteral("node"));
    const DrainRun run = drain(QStringLiteral("node"), options);
    QVERIFY(run.finished);
    QCOMPARE(run.outcome.ok, ok);
    QVERIFY(cordoned(QStringLiteral("node"))); // the node always ends cordoned
    QCOMPARE(run.out.constFirst(), QStringLiteral("node/node cordoned"));
    const QString all = (run.out + run.err).join(QLatin1Char('\n'));
    if (!message.isEmpty())
        QVERIFY2(all.contains(message), qPrintable(all));
    if (!ok) {
        QCOMPARE(run.count(RunEvent::Type::Intent), 1); // the cordon only: nothing evicted
        QCOMPARE(podsOn(QStringLiteral("node")), before);
        QVERIFY(run.err.constLast().startsWith(
            QStringLiteral("error: unable to drain node \"node\" due to error: ")));
        return;
    }
    QCOMPARE(run.out.constLast(), QStringLiteral("node/node drained"));
    QStringList reported = run.outcome.evicted + run.outcome.deleted;
    QCOMPARE(reported.size(), gone.size());
    for (int i = 0; i < gone.size(); ++i)
        QVERIFY2(reported.at(i).startsWith(gone.at(i)), qPrintable(reported.join(QLatin1Char(','))));
    for (const QString &key : reported) {
        QVERIFY(!podsOn(QStringLiteral("node")).contains(key));
        // Evicted or deleted, never both, and at most once (TestDrain's further checks).
        const int evictions = run.count(RunEvent::Type::EvictionAttempt, key);
        const int deletions = run.count(RunEvent::Type::PodDeleted, key);
        QCOMPARE(evictions + deletions, 1);
        QCOMPARE(deletions == 1, options.disableEviction);
        QVERIFY(run.out.contains(
            QStringLiteral("pod/%1 %2")
                .arg(key.section(QLatin1Char('/'), 1),
                     options.disableEviction ? QStringLiteral("deleted") : QStringLiteral("evicted"))));
    }
    QVERIFY2(run.err.filter(QStringLiteral("TEST:")).isEmpty(), qPrintable(run.err.join(QLatin1Char('\n'))));
}

void TestNodeDrainer::pdbBlockedDrainTimesOut()
{
    QVERIFY(setUp(
        "  - {kind: Deployment, namespace: billing, name: invoice-api, replicas: 1, node: node}\n",
        "  - {namespace: billing, name: invoice-api, selector: {app: invoice-api}, minAvailable: 1}\n"));
    DrainOptions options = fast();
    options.timeoutSeconds = 1;
    const DrainRun run = drain(QStringLiteral("node"), options);
    QVERIFY(run.finished);
    QVERIFY(!run.outcome.ok);
    QVERIFY(run.outcome.timedOut);
    QVERIFY(cordoned(QStringLiteral("node")));
    const QString pod = run.outcome.pendingPods.value(0);
    QVERIFY(pod.startsWith(QStringLiteral("billing/invoice-api-")));
    const QString name = pod.section(QLatin1Char('/'), 1);
    const QString timeout =
        QStringLiteral("error when evicting pods/\"%1\" -n \"billing\": global timeout reached: 1s")
            .arg(name);
    QCOMPARE(run.outcome.error, timeout);
    QCOMPARE(run.outcome.errorLines, QStringList{timeout});
    QVERIFY(run.err.contains(
        QStringLiteral("error when evicting pods/\"%1\" -n \"billing\" (will retry after 5s): Cannot "
                       "evict pod as it would violate the pod's disruption budget.")
            .arg(name)));
    QVERIFY(run.err.contains(
        QStringLiteral("There are pending pods in node \"node\" when an error occurred: %1").arg(timeout)));
    QCOMPARE(run.err.constLast(),
             QStringLiteral("error: unable to drain node \"node\" due to error: %1, continuing command...")
                 .arg(timeout));
    // The budget is named, with its numbers, and it can never be satisfied: stuck.
    QVERIFY(!run.diagnoses.isEmpty());
    QVERIFY2(run.diagnoses.constLast().first.startsWith(
                 QStringLiteral("retrying on PDB billing/invoice-api: needs 1 healthy, has 1")),
             qPrintable(run.diagnoses.constLast().first));
    QVERIFY(run.diagnoses.constLast().second);
    QCOMPARE(run.count(RunEvent::Type::WaitStarted), 1);
    QCOMPARE(run.count(RunEvent::Type::WaitEnded), 1);
    const auto blocked = std::find_if(run.events.cbegin(), run.events.cend(), [](const RunEvent &e) {
        return e.type == RunEvent::Type::EvictionAttempt;
    });
    QCOMPARE(blocked->data.value(QStringLiteral("pdb")).toString(), QStringLiteral("billing/invoice-api"));
    QCOMPARE(blocked->data.value(QStringLiteral("httpStatus")).toInt(), 429);
    QVERIFY(run.count(RunEvent::Type::EvictionAttempt) >= 2); // retried
    QVERIFY(podsOn(QStringLiteral("node")).contains(pod));
}

void TestNodeDrainer::overridePdbDeletesInstead()
{
    QVERIFY(setUp(
        "  - {kind: Deployment, namespace: billing, name: invoice-api, replicas: 1, node: node}\n",
        "  - {namespace: billing, name: invoice-api, selector: {app: invoice-api}, minAvailable: 1}\n"));
    DrainOptions options = fast();
    options.overridePdbs = {QStringLiteral("billing/invoice-api")};
    const DrainRun run = drain(QStringLiteral("node"), options);
    QVERIFY(run.outcome.ok);
    QCOMPARE(run.outcome.deleted.size(), 1);
    QCOMPARE(run.count(RunEvent::Type::Override), 1);
    const auto override = std::find_if(run.events.cbegin(), run.events.cend(),
                                       [](const RunEvent &e) { return e.type == RunEvent::Type::Override; });
    QCOMPARE(override->data.value(QStringLiteral("kind")).toString(), QStringLiteral("override-pdb"));
    QCOMPARE(override->data.value(QStringLiteral("target")).toString(),
             QStringLiteral("billing/invoice-api"));
    QCOMPARE(override->data.value(QStringLiteral("by")).toString(), QStringLiteral("tester@test"));
}

void TestNodeDrainer::deletePodNowIsAnOverride()
{
    QVERIFY(setUp("  - {kind: Deployment, name: solo, replicas: 1, node: node}\n",
                  "  - {namespace: default, name: solo, selector: {app: solo}, minAvailable: 1}\n"));
    const DrainRun run = drain(QStringLiteral("node"), fast(), [this](NodeDrainer *drainer, DrainRun &live) {
        QTRY_VERIFY_WITH_TIMEOUT(!live.diagnoses.isEmpty(), 20000);
        QVERIFY(live.diagnoses.constLast().second); // stuck: the budget never allows a disruption
        const QString pod = podsOn(QStringLiteral("node")).constFirst();
        drainer->deletePodNow(pod, QStringLiteral("tester@test"));
        // At once, not after the DELETE's answer: the pod no longer needs the user (a run page
        // still showing "needs you" offered the same escape hatch a second time).
        QVERIFY2(!live.diagnoses.constLast().second, qPrintable(live.diagnoses.constLast().first));
    });
    QVERIFY(run.outcome.ok);
    QCOMPARE(run.outcome.deleted.size(), 1);
    const auto override = std::find_if(run.events.cbegin(), run.events.cend(),
                                       [](const RunEvent &e) { return e.type == RunEvent::Type::Override; });
    QVERIFY(override != run.events.cend());
    QCOMPARE(override->data.value(QStringLiteral("kind")).toString(), QStringLiteral("delete-pod"));
    QVERIFY(run.out.contains(
        QStringLiteral("pod/%1 deleted").arg(run.outcome.deleted.constFirst().section(QLatin1Char('/'), 1))));
}

// Disable eviction on a drain stuck on a budget: every blocked pod's diagnosis stops saying
// "stuck" at once, whether it waits for its next attempt or its eviction request is on its way,
// and the drain deletes them.
void TestNodeDrainer::disableEvictionNowEndsTheStuckDiagnosis()
{
    QVERIFY(setUp("  - {kind: Deployment, name: solo, replicas: 1, node: node}\n",
                  "  - {namespace: default, name: solo, selector: {app: solo}, minAvailable: 1}\n"));
    const DrainRun run = drain(QStringLiteral("node"), fast(), [](NodeDrainer *drainer, DrainRun &live) {
        QTRY_VERIFY_WITH_TIMEOUT(!live.diagnoses.isEmpty(), 20000);
        QVERIFY(live.diagnoses.constLast().second);
        drainer->disableEvictionNow(QStringLiteral("tester@test"));
        QVERIFY2(!live.diagnoses.constLast().second, qPrintable(live.diagnoses.constLast().first));
    });
    QVERIFY(run.outcome.ok);
    QCOMPARE(run.outcome.deleted.size(), 1);
    QCOMPARE(run.count(RunEvent::Type::Override), 1);
    // Never "stuck" again after the override.
    const auto overridden = std::find_if(run.diagnoses.cbegin(), run.diagnoses.cend(),
                                         [](const std::pair<QString, bool> &d) { return !d.second; });
    QVERIFY(overridden != run.diagnoses.cend());
    for (auto it = overridden; it != run.diagnoses.cend(); ++it)
        QVERIFY2(!it->second, qPrintable(it->first));
}

void TestNodeDrainer::statefulSetPodComesBackWithANewUid()
{
    QVERIFY(setUp(
        "  - {kind: StatefulSet, name: db, replicas: 1, node: node, terminationGracePeriodSeconds: 1}\n"));
    DrainOptions options = fast();
    options.deletePollMsecs = 1500; // the StatefulSet recreates db-0 between two polls
    const DrainRun run = drain(QStringLiteral("node"), options);
    QVERIFY(run.outcome.ok);
    QCOMPARE(run.outcome.evicted, QStringList{QStringLiteral("default/db-0")});
    const auto gone = std::find_if(run.events.cbegin(), run.events.cend(),
                                   [](const RunEvent &e) { return e.type == RunEvent::Type::PodGone; });
    QVERIFY(gone != run.events.cend());
    const QString replacedBy = gone->data.value(QStringLiteral("replacedBy")).toString();
    QVERIFY2(!replacedBy.isEmpty(), "db-0 should have come back under its name before the next poll");
    QVERIFY(replacedBy != gone->data.value(QStringLiteral("uid")).toString());
    const auto now = sim()->get(ResourceKind::Pod, QStringLiteral("default"), QStringLiteral("db-0"));
    QVERIFY(now);
    QCOMPARE(now->pod.nodeName, QStringLiteral("other")); // not back on the cordoned node
}

void TestNodeDrainer::serverDryRunChangesNothing()
{
    QVERIFY(setUp("  - {kind: Deployment, name: web, replicas: 2, node: node}\n"
                  "  - {kind: Pod, name: bar, node: node}\n"));
    for (const bool disable : {false, true}) {
        DrainOptions options = fast(true);
        options.dryRun = DrainOptions::DryRun::Server;
        options.disableEviction = disable;
        const quint64 version = sim()->resourceVersion();
        const QStringList before = podsOn(QStringLiteral("node"));
        const DrainRun run = drain(QStringLiteral("node"), options);
        QVERIFY(run.outcome.ok);
        QCOMPARE(run.out.constFirst(), QStringLiteral("node/node cordoned (server dry run)"));
        QCOMPARE(run.out.constLast(), QStringLiteral("node/node drained (server dry run)"));
        QVERIFY(!cordoned(QStringLiteral("node")));
        QCOMPARE(podsOn(QStringLiteral("node")), before);
        QCOMPARE(run.count(RunEvent::Type::Intent), 0);
        QVERIFY(m_terminations.isEmpty());
        Q_UNUSED(version);
    }
}

// CheckEvictionSupport (FACTS §5.2 step 6): the drainer evicts with the policy version /api/v1
// discovery names for pods/eviction — policy/v1beta1 on a server before 1.22 — and DELETEs each pod
// when the server has no eviction subresource, as kubectl does (FACTS §5.4). Checked on what the
// server received: the Eviction bodies' apiVersion, and the POST/DELETE requests it answered.
void TestNodeDrainer::evictionVersionFollowsDiscovery_data()
{
    QTest::addColumn<QStringList>("served");
    QTest::addColumn<QString>("expected"); // the Eviction apiVersion sent; empty: DELETE
    QTest::addRow("v1 and v1beta1") << QStringList{QStringLiteral("v1"), QStringLiteral("v1beta1")}
                                    << QStringLiteral("policy/v1");
    QTest::addRow("v1beta1 only") << QStringList{QStringLiteral("v1beta1")}
                                  << QStringLiteral("policy/v1beta1");
    QTest::addRow("no eviction subresource") << QStringList() << QString();
}

void TestNodeDrainer::evictionVersionFollowsDiscovery()
{
    QFETCH(QStringList, served);
    QFETCH(QString, expected);
    QVERIFY(setUp("  - {kind: Deployment, name: web, replicas: 2, node: node}\n"));
    m_fx.server->setEvictionVersions(served);
    QStringList evictPosts, podDeletes, refused;
    connect(m_fx.server.get(), &ApiServer::requestHandled, this,
            [&](const QString &method, const QString &path, int status) {
                if (status >= 400 && method != QLatin1String("GET")) // a GET of a gone pod is 404
                    refused << QStringLiteral("%1 %2 %3").arg(method, path).arg(status);
                if (method == QLatin1String("POST") && path.endsWith(QLatin1String("/eviction")))
                    evictPosts << path;
                if (method == QLatin1String("DELETE") && path.contains(QLatin1String("/pods/")))
                    podDeletes << path;
            });
    const QStringList before = podsOn(QStringLiteral("node"));
    QCOMPARE(before.size(), 2);
    const DrainRun run = drain(QStringLiteral("node"), fast());
    QVERIFY2(run.outcome.ok, qPrintable(run.err.join(QLatin1Char('\n'))));
    QCOMPARE(run.out.constLast(), QStringLiteral("node/node drained"));
    QVERIFY(podsOn(QStringLiteral("node")).isEmpty());
    QVERIFY2(refused.isEmpty(), qPrintable(refused.join(QLatin1Char('\n'))));
    const QHash<QString, int> received = m_fx.server->evictionsReceived();
    if (expected.isEmpty()) {
        QVERIFY(received.isEmpty());
        QVERIFY(evictPosts.isEmpty());
        QCOMPARE(podDeletes.size(), 2);
        QCOMPARE(run.outcome.deleted.size(), 2);
        QCOMPARE(run.count(RunEvent::Type::EvictionAttempt), 0);
        for (const RunEvent &e : run.events) {
            if (e.type == RunEvent::Type::PodDeleted)
                QCOMPARE(e.data.value(QStringLiteral("why")).toString(), QStringLiteral("no-eviction-api"));
        }
        for (const QString &pod : before)
            QVERIFY(run.out.contains(QStringLiteral("pod/%1 deleted").arg(pod.section(QLatin1Char('/'), 1))));
    } else {
        QCOMPARE(received, (QHash<QString, int>{{expected, 2}}));
        QCOMPARE(evictPosts.size(), 2);
        QVERIFY(podDeletes.isEmpty());
        QCOMPARE(run.outcome.evicted.size(), 2);
        for (const RunEvent &e : run.events) {
            if (e.type == RunEvent::Type::EvictionAttempt)
                QCOMPARE(QStringLiteral("policy/") + e.data.value(QStringLiteral("policyVersion")).toString(),
                         expected);
        }
        for (const QString &pod : before)
            QVERIFY(run.out.contains(QStringLiteral("pod/%1 evicted").arg(pod.section(QLatin1Char('/'), 1))));
    }
}

void TestNodeDrainer::budgetsNeverDropBelowTheirMinimum()
{
    // The default scenario's busiest workers, drained one after another like a run does.
    QString error;
    tearDown();
    QVERIFY(m_fx.start(&error));
    watchSimulator();
    sim()->clock()->setSpeed(VirtualClock::kMaxSpeed);
    sim()->clock()->resume();
    m_api = m_fx.servedApi();
    for (const char *node : {"worker-1", "worker-4", "worker-5"}) {
        const DrainRun run = drain(QString::fromLatin1(node), fast(true, true, true));
        QVERIFY2(run.outcome.ok, qPrintable((run.out + run.err).join(QLatin1Char('\n'))));
        QCOMPARE(podsOn(QString::fromLatin1(node), false), QStringList());
    }
    QVERIFY2(m_budgetViolations.isEmpty(), qPrintable(m_budgetViolations.join(QLatin1Char('\n'))));
    for (auto it = m_terminations.cbegin(); it != m_terminations.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
}

void TestNodeDrainer::cordonAndUncordon()
{
    QVERIFY(setUp({}));
    NodeCordoner cordoner(m_api.get(), &m_clock);
    QStringList lines;
    QList<RunEvent> events;
    connect(&cordoner, &NodeCordoner::output, this, [&](const QString &line, bool) { lines << line; });
    connect(&cordoner, &NodeCordoner::event, this, [&](const RunEvent &e) { events << e; });
    QSignalSpy finished(&cordoner, &NodeCordoner::finished);
    auto outcome = [&] {
        if (!finished.wait(10000))
            return CordonOutcome();
        return finished.takeFirst().at(0).value<CordonOutcome>();
    };
    CordonOptions options;
    options.reason = QStringLiteral("kernel update");
    options.by = QStringLiteral("tester@test");

    cordoner.cordon(QStringLiteral("node"), options);
    QCOMPARE(outcome().result, QStringLiteral("cordoned"));
    const Node node = sim()->get(ResourceKind::Node, {}, QStringLiteral("node"))->node;
    QVERIFY(node.unschedulable);
    QCOMPARE(node.annotations.value(CordonAnnotation::reason()), QStringLiteral("kernel update"));
    QCOMPARE(node.annotations.value(CordonAnnotation::by()), QStringLiteral("tester@test"));
    QVERIFY(QDateTime::fromString(node.annotations.value(CordonAnnotation::at()), Qt::ISODate).isValid());
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).type, RunEvent::Type::Intent);
    QCOMPARE(events.at(1).type, RunEvent::Type::Cordon);

    cordoner.cordon(QStringLiteral("node"), options);
    QCOMPARE(outcome().result, QStringLiteral("already-cordoned"));
    cordoner.uncordon(QStringLiteral("node"), options);
    QCOMPARE(outcome().result, QStringLiteral("uncordoned"));
    const Node after = sim()->get(ResourceKind::Node, {}, QStringLiteral("node"))->node;
    QVERIFY(!after.unschedulable);
    QVERIFY(!after.annotations.contains(CordonAnnotation::by()));
    QVERIFY(!after.annotations.contains(CordonAnnotation::reason()));
    cordoner.uncordon(QStringLiteral("node"), options);
    QCOMPARE(outcome().result, QStringLiteral("already-uncordoned"));
    QCOMPARE(lines,
             (QStringList{QStringLiteral("node/node cordoned"), QStringLiteral("node/node already cordoned"),
                          QStringLiteral("node/node uncordoned"),
                          QStringLiteral("node/node already uncordoned")}));

    // Cordoned by someone else (no annotation): left so unless forced.
    QVERIFY(sim()->updateNode(QStringLiteral("other"), [](Node &n) { n.unschedulable = true; }).ok());
    cordoner.uncordon(QStringLiteral("other"), options);
    QCOMPARE(outcome().result, QStringLiteral("left-cordoned"));
    QVERIFY(cordoned(QStringLiteral("other")));
    options.force = true;
    events.clear();
    cordoner.uncordon(QStringLiteral("other"), options);
    QCOMPARE(outcome().result, QStringLiteral("uncordoned"));
    QVERIFY(!cordoned(QStringLiteral("other")));
    QCOMPARE(events.constFirst().type, RunEvent::Type::Override);
    QCOMPARE(events.constFirst().data.value(QStringLiteral("kind")).toString(),
             QStringLiteral("uncordon-foreign"));
}

void TestNodeDrainer::unknownNode()
{
    QVERIFY(setUp({}));
    const DrainRun run = drain(QStringLiteral("nope"), fast());
    QVERIFY(run.finished);
    QVERIFY(!run.outcome.ok);
    QCOMPARE(run.outcome.errorLines,
             QStringList{QStringLiteral("Error from server (NotFound): nodes \"nope\" not found")});
    QVERIFY(run.events.isEmpty());
}

QTEST_GUILESS_MAIN(TestNodeDrainer)
#include "tst_nodedrainer.moc"
