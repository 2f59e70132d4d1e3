// kubectl drain's pod filter chain (FACTS §5.2, the filter cases of §5.6 TestDrain and
// filter_test.go TestSkipDeletedFilter) as a data-driven table.
#include "models/drain/drainfilters.h"

#include <QTest>

using namespace Slipway;
using Reason = DrainFilterResult::Reason;

Q_DECLARE_METATYPE(Slipway::Pod)
Q_DECLARE_METATYPE(Slipway::DrainOptions)
Q_DECLARE_METATYPE(Slipway::DaemonSetLookup)
Q_DECLARE_METATYPE(Slipway::DrainFilterResult::Reason)

namespace {

const QDateTime Now = QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);

Pod pod(const QString &ownerKind = {}, PodPhase phase = PodPhase::Running, bool emptyDir = false)
{
    Pod p;
    p.namespaceName = QStringLiteral("default");
    p.name = QStringLiteral("bar");
    p.uid = QStringLiteral("uid-bar");
    p.phase = phase;
    if (!ownerKind.isEmpty()) {
        OwnerReference ref;
        ref.kind = ownerKind;
        ref.apiVersion = ownerKind == QLatin1String("Job")                     ? QStringLiteral("batch/v1")
                         : ownerKind == QLatin1String("ReplicationController") ? QStringLiteral("v1")
                                                                               : QStringLiteral("apps/v1");
        ref.name = QStringLiteral("owner");
        ref.controller = true;
        p.ownerReferences << ref;
    }
    if (emptyDir)
        p.volumes << Volume{QStringLiteral("scratch"), true};
    return p;
}

DrainOptions flags(bool force, bool ignoreDs, bool emptyDir)
{
    DrainOptions o;
    o.force = force;
    o.ignoreDaemonSets = ignoreDs;
    o.deleteEmptyDirData = emptyDir;
    return o;
}

DaemonSetLookup dsExists()
{
    return {DaemonSetLookup::Result::Exists, {}};
}

} // namespace

class TestDrainFilters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filterChain_data();
    void filterChain();
    void lookupOnlyForLiveDaemonSetPods();
    void skipDeleted_data();
    void skipDeleted();
    void aggregation();
};

void TestDrainFilters::filterChain_data()
{
    QTest::addColumn<Pod>("pod");
    QTest::addColumn<DrainOptions>("options");
    QTest::addColumn<DaemonSetLookup>("daemonSet");
    QTest::addColumn<bool>("remove");
    QTest::addColumn<DrainFilterResult::Reason>("reason");
    QTest::addColumn<QString>("message");

    const QString noController = DrainFilterText::unmanagedFatal();
    const auto rs = pod(QStringLiteral("ReplicaSet"));
    QTest::addRow("1 RC pod is evicted") << pod(QStringLiteral("ReplicationController")) << DrainOptions()
                                         << DaemonSetLookup() << true << Reason::Okay << QString();
    QTest::addRow("2 DS pod without --ignore-daemonsets fails")
        << pod(QStringLiteral("DaemonSet")) << DrainOptions() << dsExists() << false << Reason::Error
        << DrainFilterText::daemonSetFatal();
    QTest::addRow("3 finished DS pod is deleted")
        << pod(QStringLiteral("DaemonSet"), PodPhase::Succeeded) << DrainOptions() << DaemonSetLookup()
        << true << Reason::Okay << QString();
    QTest::addRow("4 orphaned pod (no owner) fails")
        << pod() << DrainOptions() << DaemonSetLookup() << false << Reason::Error << noController;
    QTest::addRow("5 orphaned pod with --force, warning")
        << pod() << flags(true, false, false) << DaemonSetLookup() << true << Reason::Warning
        << DrainFilterText::unmanagedWarning();
    QTest::addRow("6 DS pod with --ignore-daemonsets is kept")
        << pod(QStringLiteral("DaemonSet")) << flags(false, true, false) << dsExists() << false
        << Reason::Warning << DrainFilterText::daemonSetWarning();
    QTest::addRow("7 DS pod with emptyDir: the DS filter wins")
        << pod(QStringLiteral("DaemonSet"), PodPhase::Running, true) << flags(false, true, false)
        << dsExists() << false << Reason::Warning << DrainFilterText::daemonSetWarning();
    // The local-storage warning is dropped by the later unreplicated filter (kubectl's TODO).
    QTest::addRow("8 Job pod with emptyDir, --force --delete-emptydir-data")
        << pod(QStringLiteral("Job"), PodPhase::Running, true) << flags(true, false, true)
        << DaemonSetLookup() << true << Reason::Okay << QString();
    QTest::addRow("9 finished Job pod with emptyDir")
        << pod(QStringLiteral("Job"), PodPhase::Succeeded, true) << DrainOptions() << DaemonSetLookup()
        << true << Reason::Okay << QString();
    QTest::addRow("10 RS pod") << rs << DrainOptions() << DaemonSetLookup() << true << Reason::Okay
                               << QString();
    QTest::addRow("11 naked pod fails")
        << pod() << DrainOptions() << DaemonSetLookup() << false << Reason::Error << noController;
    QTest::addRow("12 naked pod with --force")
        << pod() << flags(true, false, false) << DaemonSetLookup() << true << Reason::Warning
        << DrainFilterText::unmanagedWarning();
    QTest::addRow("13 naked pod with emptyDir, --force only fails")
        << pod({}, PodPhase::Running, true) << flags(true, false, false) << DaemonSetLookup() << false
        << Reason::Error << DrainFilterText::localStorageFatal();
    QTest::addRow("14 failed naked pod with emptyDir")
        << pod({}, PodPhase::Failed, true) << DrainOptions() << DaemonSetLookup() << true << Reason::Okay
        << QString();
    QTest::addRow("15 naked pod with emptyDir, --force --delete-emptydir-data")
        << pod({}, PodPhase::Running, true) << flags(true, false, true) << DaemonSetLookup() << true
        << Reason::Warning << DrainFilterText::unmanagedWarning();
    QTest::addRow("RS pod with emptyDir and --delete-emptydir-data: warning dropped")
        << pod(QStringLiteral("ReplicaSet"), PodPhase::Running, true) << flags(false, false, true)
        << DaemonSetLookup() << true << Reason::Okay << QString();
    QTest::addRow("RS pod with emptyDir fails without the flag")
        << pod(QStringLiteral("ReplicaSet"), PodPhase::Running, true) << DrainOptions() << DaemonSetLookup()
        << false << Reason::Error << DrainFilterText::localStorageFatal();

    const QString notFound = QStringLiteral("daemonsets.apps \"owner\" not found");
    // The DaemonSet filter's warning for an orphaned pod is overwritten by the later filters'
    // Okay: only the last status is kept (FACTS §5.2 step 3).
    QTest::addRow("orphaned DS pod (DaemonSet gone) with --force is deleted")
        << pod(QStringLiteral("DaemonSet")) << flags(true, false, false)
        << DaemonSetLookup{DaemonSetLookup::Result::NotFound, notFound} << true << Reason::Okay << QString();
    QTest::addRow("orphaned DS pod without --force: API error")
        << pod(QStringLiteral("DaemonSet")) << flags(false, true, false)
        << DaemonSetLookup{DaemonSetLookup::Result::NotFound, notFound} << false << Reason::Error << notFound;
    QTest::addRow("DaemonSet lookup fails otherwise: its error even with --force")
        << pod(QStringLiteral("DaemonSet")) << flags(true, true, false)
        << DaemonSetLookup{DaemonSetLookup::Result::Failed, QStringLiteral("boom")} << false << Reason::Error
        << QStringLiteral("boom");

    Pod mirror = pod();
    mirror.annotations.insert(QStringLiteral("kubernetes.io/config.mirror"), QStringLiteral("abc"));
    QTest::addRow("mirror pod is skipped silently")
        << mirror << DrainOptions() << DaemonSetLookup() << false << Reason::Skip << QString();
    Pod mirrorWithEmptyDir = mirror;
    mirrorWithEmptyDir.volumes << Volume{QStringLiteral("x"), true};
    QTest::addRow("mirror filter runs before local storage")
        << mirrorWithEmptyDir << DrainOptions() << DaemonSetLookup() << false << Reason::Skip << QString();
}

void TestDrainFilters::filterChain()
{
    QFETCH(Pod, pod);
    QFETCH(DrainOptions, options);
    QFETCH(DaemonSetLookup, daemonSet);
    QFETCH(bool, remove);
    QFETCH(DrainFilterResult::Reason, reason);
    QFETCH(QString, message);

    const DrainFilterResult result = filterPodForDrain(pod, options, Now, daemonSet);
    QCOMPARE(result.remove, remove);
    QCOMPARE(result.reason, reason);
    QCOMPARE(result.message, message);
}

void TestDrainFilters::lookupOnlyForLiveDaemonSetPods()
{
    QVERIFY(needsDaemonSetLookup(pod(QStringLiteral("DaemonSet"))));
    QVERIFY(!needsDaemonSetLookup(pod(QStringLiteral("DaemonSet"), PodPhase::Failed)));
    QVERIFY(!needsDaemonSetLookup(pod(QStringLiteral("ReplicaSet"))));
    QVERIFY(!needsDaemonSetLookup(pod()));
}

void TestDrainFilters::skipDeleted_data()
{
    QTest::addColumn<int>("ageSeconds"); // -1: no deletionTimestamp
    QTest::addColumn<qint64>("skipTimeout");
    QTest::addColumn<bool>("remove");
    // filter_test.go TestSkipDeletedFilter with --skip-wait-for-delete-timeout=20
    QTest::addRow("not deleting") << -1 << qint64(20) << true;
    QTest::addRow("deleted 1 s ago") << 1 << qint64(20) << true;
    QTest::addRow("deleted 20 s ago (not older)") << 20 << qint64(20) << true;
    QTest::addRow("deleted 100 s ago") << 100 << qint64(20) << false;
    QTest::addRow("timeout 0 never skips") << 100 << qint64(0) << true;
}

void TestDrainFilters::skipDeleted()
{
    QFETCH(int, ageSeconds);
    QFETCH(qint64, skipTimeout);
    QFETCH(bool, remove);
    Pod p = pod(QStringLiteral("ReplicaSet"));
    if (ageSeconds >= 0)
        p.deletionTimestamp = Now.addSecs(-ageSeconds);
    DrainOptions options;
    options.skipWaitForDeleteTimeoutSeconds = skipTimeout;
    const DrainFilterResult result = filterPodForDrain(p, options, Now);
    QCOMPARE(result.remove, remove);
    QCOMPARE(result.reason, remove ? Reason::Okay : Reason::Skip);
}

void TestDrainFilters::aggregation()
{
    // kubectl's PodDeleteList: errors grouped by message, warnings joined by "; ".
    DrainPodList list;
    const DrainOptions options = flags(true, true, false);
    auto add = [&](const QString &ns, const QString &name, Pod p) {
        p.namespaceName = ns;
        p.name = name;
        list.items << DrainPodDecision{p, filterPodForDrain(p, options, Now, dsExists())};
    };
    add(QStringLiteral("kube-flannel"), QStringLiteral("flannel-1"), pod(QStringLiteral("DaemonSet")));
    add(QStringLiteral("default"), QStringLiteral("naked"), pod());
    add(QStringLiteral("kube-system"), QStringLiteral("kube-proxy-1"), pod(QStringLiteral("DaemonSet")));
    add(QStringLiteral("default"), QStringLiteral("web-1"), pod(QStringLiteral("ReplicaSet")));
    add(QStringLiteral("default"), QStringLiteral("cache-0"),
        pod(QStringLiteral("StatefulSet"), PodPhase::Running, true));

    QCOMPARE(list.warnings(), QStringLiteral("ignoring DaemonSet-managed Pods: kube-flannel/flannel-1, "
                                             "kube-system/kube-proxy-1; deleting Pods that declare no "
                                             "controller: default/naked"));
    QCOMPARE(list.errors(),
             QStringList{QStringLiteral("cannot delete Pods with local storage (use "
                                        "--delete-emptydir-data to override): default/cache-0")});
    QStringList toDelete;
    for (const Pod &p : list.podsToDelete())
        toDelete << p.key();
    QCOMPARE(toDelete, (QStringList{QStringLiteral("default/naked"), QStringLiteral("default/web-1")}));

    QCOMPARE(aggregateErrors({QStringLiteral("a")}), QStringLiteral("a"));
    QCOMPARE(aggregateErrors({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("a")}),
             QStringLiteral("[a, b]"));
}

QTEST_GUILESS_MAIN(TestDrainFilters)
#include "tst_drainfilters.moc"
