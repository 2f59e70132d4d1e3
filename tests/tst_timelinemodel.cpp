// The timeline model: run events in, lanes of phase bars and cluster series out
// (docs/run-events.md "What readers derive").

#include "models/items/timelinemodel.h"
#include "tests/timelinerunfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Slipway;
using namespace Slipway::TimelineFixture;

namespace {

RollingRunOptions threeNodes()
{
    RollingRunOptions o;
    o.nodes = {QStringLiteral("cp-1"), QStringLiteral("worker-1"), QStringLiteral("worker-2")};
    o.controlPlanes = {QStringLiteral("cp-1")};
    return o;
}

struct BarView
{
    RunPhase phase;
    TimelineBarCategory category;
    bool isWait;
    TimelineBar::Result result;
    qint64 start;
    qint64 end;
    bool open;
};

// A lane's bars as the item model reports them (roles, not the C++ accessor).
QList<BarView> barsOf(const TimelineModel &model, const QString &node)
{
    const QModelIndex lane = model.index(model.rowOfNode(node), 0);
    QList<BarView> bars;
    for (int i = 0; i < model.rowCount(lane); ++i) {
        const QModelIndex bar = model.index(i, 0, lane);
        bars.append({RunPhase(bar.data(TimelineModel::PhaseRole).toInt()),
                     TimelineBarCategory(bar.data(TimelineModel::BarCategoryRole).toInt()),
                     bar.data(TimelineModel::IsWaitRole).toBool(),
                     TimelineBar::Result(bar.data(TimelineModel::BarResultRole).toInt()),
                     bar.data(TimelineModel::StartTimeRole).toDateTime().toMSecsSinceEpoch(),
                     bar.data(TimelineModel::EndTimeRole).toDateTime().toMSecsSinceEpoch(),
                     bar.data(TimelineModel::IsOpenRole).toBool()});
    }
    return bars;
}

QList<BarView> phaseBars(const QList<BarView> &bars)
{
    QList<BarView> out;
    for (const BarView &b : bars) {
        if (!b.isWait)
            out << b;
    }
    return out;
}

// Everything the model shows, role by role, as text: two models are equal when their dumps are.
QString dump(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QString out;
    const QList<int> roles = {Qt::DisplayRole,
                              TimelineModel::SortRole,
                              TimelineModel::LaneStateRole,
                              TimelineModel::BarCategoryRole,
                              TimelineModel::BarResultRole,
                              TimelineModel::IsOpenRole,
                              TimelineModel::MessageRole,
                              TimelineModel::PdbRole,
                              TimelineModel::WaitOutcomeRole};
    for (int r = 0; r < model.rowCount(parent); ++r) {
        for (int c = 0; c < model.columnCount(parent); ++c) {
            for (const int role : roles)
                out += model.index(r, c, parent).data(role).toString() + QLatin1Char('|');
        }
        out += QLatin1Char('\n') + dump(model, model.index(r, 0, parent));
    }
    return out;
}

RunEvent makeEvent(RunEvent::Type type, const QString &node, qint64 second,
                   std::optional<RunPhase> phase = {})
{
    RunEvent e;
    e.type = type;
    e.node = node;
    e.phase = phase;
    e.time = QDateTime(QDate(2026, 12, 2), QTime(4, 0), Qt::UTC).addSecs(second);
    return e;
}

} // namespace

class TstTimelineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rollingRunHasOneBarPerPhaseInOrder();
    void failedPhase_data();
    void failedPhase();
    void pdbWaitLiesInsideDrain();
    void otherWaitsAreNotBars();
    void openBarsEndAtNow();
    void runFinishedClosesOpenBars();
    void phaseRestartInterruptsTheOpenOne();
    void clusterSeriesAreStepFunctions();
    void journalBatchEqualsOneByOne();
    void oneEventTouchesOneLane();
    void lanesActiveInAWindow();
};

void TstTimelineModel::rollingRunHasOneBarPerPhaseInOrder()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    for (const RunEvent &e : rollingRun(threeNodes()))
        model.addEvent(e);

    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, TimelineModel::LabelColumn).data().toString(), QStringLiteral("worker-1"));
    const QList<RunPhase> expected = {RunPhase::Cordon, RunPhase::Drain, RunPhase::Upgrade, RunPhase::Verify,
                                      RunPhase::Uncordon};
    qint64 previousNodeEnd = 0;
    for (const QString &node : threeNodes().nodes) {
        const QList<BarView> bars = phaseBars(barsOf(model, node));
        QCOMPARE(bars.size(), expected.size());
        for (int i = 0; i < bars.size(); ++i) {
            QCOMPARE(bars.at(i).phase, expected.at(i));
            QCOMPARE(bars.at(i).result, TimelineBar::Result::Ok);
            QVERIFY(!bars.at(i).open);
            QVERIFY2(bars.at(i).start < bars.at(i).end, qPrintable(node));
            if (i > 0)
                QVERIFY2(bars.at(i - 1).end <= bars.at(i).start, qPrintable(node)); // no overlap
        }
        // Rolling, one at a time: a node starts after the previous one ended.
        QVERIFY(bars.constFirst().start > previousNodeEnd);
        previousNodeEnd = bars.constLast().end;
        const QModelIndex lane = model.index(model.rowOfNode(node), 0);
        QCOMPARE(lane.data(TimelineModel::LaneStateRole).toInt(), int(NodeRunState::Done));
    }
    QVERIFY(!model.isRunning());
    QCOMPARE(model.runResult(), QStringLiteral("succeeded"));
}

void TstTimelineModel::failedPhase_data()
{
    QTest::addColumn<bool>("uncordonFails");
    QTest::addColumn<QList<TimelineBarCategory>>("categories");
    QTest::addColumn<QString>("runResult");
    using C = TimelineBarCategory;
    QTest::addRow("a failed uncordon is a failed bar, then the retry's bar")
        << true << QList<C>{C::Cordon, C::Drain, C::Upgrade, C::Verify, C::Failed, C::Uncordon}
        << QStringLiteral("succeeded");
    QTest::addRow("a failed upgrade ends the lane with a failed bar")
        << false << QList<C>{C::Cordon, C::Drain, C::Failed} << QStringLiteral("failed");
}

void TstTimelineModel::failedPhase()
{
    QFETCH(bool, uncordonFails);
    QFETCH(QList<TimelineBarCategory>, categories);
    QFETCH(QString, runResult);
    RollingRunOptions o = threeNodes();
    (uncordonFails ? o.failedUncordonNodes : o.failedUpgradeNodes).insert(QStringLiteral("worker-1"));
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addEvents(rollingRun(o));

    const QList<BarView> bars = barsOf(model, QStringLiteral("worker-1"));
    QList<TimelineBarCategory> got;
    for (const BarView &b : bars)
        got << b.category;
    QCOMPARE(got, categories);
    const int failed = int(categories.indexOf(TimelineBarCategory::Failed));
    QCOMPARE(bars.at(failed).result, TimelineBar::Result::Failed);
    QCOMPARE(bars.at(failed).phase, uncordonFails ? RunPhase::Uncordon : RunPhase::Upgrade);
    const QModelIndex failedIndex =
        model.index(failed, 0, model.index(model.rowOfNode(QStringLiteral("worker-1")), 0));
    QVERIFY(!failedIndex.data(TimelineModel::MessageRole).toString().isEmpty());
    QVERIFY(failedIndex.data().toString().contains(QStringLiteral("failed")));
    QCOMPARE(model.runResult(), runResult);
    for (int i = 1; i < bars.size(); ++i)
        QVERIFY(bars.at(i - 1).end <= bars.at(i).start);
}

void TstTimelineModel::pdbWaitLiesInsideDrain()
{
    RollingRunOptions o = threeNodes();
    o.pdbWaitNodes = {QStringLiteral("worker-2")};
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addEvents(rollingRun(o));

    const QList<BarView> bars = barsOf(model, QStringLiteral("worker-2"));
    QCOMPARE(bars.size(), 6);
    const BarView drain = bars.at(1);
    const BarView wait = bars.at(2);
    QCOMPARE(drain.phase, RunPhase::Drain);
    QVERIFY(wait.isWait);
    QCOMPARE(wait.category, TimelineBarCategory::WaitingOnPdb);
    QCOMPARE(wait.phase, RunPhase::Drain);
    QVERIFY(drain.start <= wait.start && wait.end <= drain.end);
    QVERIFY(wait.end - wait.start >= 90'000);
    const QModelIndex waitIndex =
        model.index(2, 0, model.index(model.rowOfNode(QStringLiteral("worker-2")), 0));
    QCOMPARE(waitIndex.data(TimelineModel::PdbRole).toString(), QStringLiteral("billing/invoice-api"));
    QCOMPARE(waitIndex.data(TimelineModel::WaitOutcomeRole).toString(), QStringLiteral("resolved"));
    QCOMPARE(waitIndex.data(TimelineModel::PodRole).toString(),
             QStringLiteral("billing/invoice-api-7d9f8-bcdfg"));
    QVERIFY(waitIndex.data(TimelineModel::MessageRole)
                .toString()
                .contains(QStringLiteral("allows 0 disruptions")));
    // The lane's C++ accessor finds the wait on top of its drain.
    const TimelineLane &lane = model.lane(model.rowOfNode(QStringLiteral("worker-2")));
    QCOMPARE(lane.barAt((wait.start + wait.end) / 2, model.nowMs()), 2);
    QCOMPARE(lane.barAt(drain.start, model.nowMs()), 1);
    QCOMPARE(phaseBars(barsOf(model, QStringLiteral("worker-1"))).size(), 5); // no wait elsewhere
}

void TstTimelineModel::otherWaitsAreNotBars()
{
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString node = QStringLiteral("worker-1");
    RunEvent wait = makeEvent(RunEvent::Type::WaitStarted, node, 5);
    wait.data.insert(QLatin1String("reason"), QStringLiteral("node-ready"));
    RunEvent ended = makeEvent(RunEvent::Type::WaitEnded, node, 9);
    ended.data = wait.data;
    model.addEvents({makeEvent(RunEvent::Type::PhaseStarted, node, 1, RunPhase::Verify), wait, ended,
                     makeEvent(RunEvent::Type::PhaseFinished, node, 10, RunPhase::Verify)});
    QCOMPARE(model.rowCount(model.index(0, 0)), 1);
}

void TstTimelineModel::openBarsEndAtNow()
{
    const QList<RunEvent> run = rollingRun(threeNodes());
    // Cut the run in worker-1's drain.
    const auto drainStart = std::find_if(run.cbegin(), run.cend(), [](const RunEvent &e) {
        return e.type == RunEvent::Type::PhaseStarted && e.node == QLatin1String("worker-1") &&
               e.phase == RunPhase::Drain;
    });
    QVERIFY(drainStart != run.cend());
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addEvents(run.mid(0, drainStart - run.cbegin() + 2));
    QVERIFY(model.isRunning());

    const int row = model.rowOfNode(QStringLiteral("worker-1"));
    const QModelIndex lane = model.index(row, 0);
    const QModelIndex drain = model.index(1, 0, lane);
    QVERIFY(drain.data(TimelineModel::IsOpenRole).toBool());
    QVERIFY(lane.data(TimelineModel::IsOpenRole).toBool());
    QCOMPARE(drain.data(TimelineModel::EndTimeRole).toDateTime().toMSecsSinceEpoch(), model.nowMs());
    QCOMPARE(model.rowCount(model.index(model.rowOfNode(QStringLiteral("worker-2")), 0)), 0); // not started

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy nowChanged(&model, &TimelineModel::nowChanged);
    const QDateTime later = QDateTime::fromMSecsSinceEpoch(model.nowMs(), Qt::UTC).addSecs(30);
    model.setNow(later);
    QCOMPARE(nowChanged.count(), 1);
    QCOMPARE(drain.data(TimelineModel::EndTimeRole).toDateTime(), later);
    const bool drainAnnounced =
        std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant> &args) {
            const auto topLeft = args.at(0).value<QModelIndex>();
            return topLeft.parent() == lane && topLeft.row() == 1;
        });
    QVERIFY(drainAnnounced);
    // Closed bars did not move.
    QVERIFY(!model.index(0, 0, lane).data(TimelineModel::IsOpenRole).toBool());
    model.setNow(later.addSecs(-60)); // the clock never goes back
    QCOMPARE(nowChanged.count(), 1);
}

void TstTimelineModel::runFinishedClosesOpenBars()
{
    const QString node = QStringLiteral("worker-1");
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RunEvent finished = makeEvent(RunEvent::Type::RunFinished, {}, 40);
    finished.data.insert(QLatin1String("result"), QStringLiteral("aborted"));
    model.addEvents({makeEvent(RunEvent::Type::RunStarted, {}, 0),
                     makeEvent(RunEvent::Type::PhaseStarted, node, 1, RunPhase::Drain)});
    QVERIFY(model.lane(0).hasOpenBars());
    model.addEvent(finished);
    const QList<BarView> bars = barsOf(model, node);
    QCOMPARE(bars.size(), 1);
    QVERIFY(!bars.at(0).open);
    QCOMPARE(bars.at(0).result, TimelineBar::Result::Interrupted);
    QCOMPARE(bars.at(0).end - bars.at(0).start, 39'000);
    QCOMPARE(model.runResult(), QStringLiteral("aborted"));
}

void TstTimelineModel::phaseRestartInterruptsTheOpenOne()
{
    const QString node = QStringLiteral("worker-1");
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RunEvent finished = makeEvent(RunEvent::Type::PhaseFinished, node, 30, RunPhase::Drain);
    finished.data.insert(QLatin1String("result"), QStringLiteral("ok"));
    // A resumed run starts the drain again; a finish without a start still shows.
    model.addEvents({makeEvent(RunEvent::Type::PhaseStarted, node, 1, RunPhase::Drain),
                     makeEvent(RunEvent::Type::PhaseStarted, node, 20, RunPhase::Drain), finished,
                     makeEvent(RunEvent::Type::PhaseFinished, node, 50, RunPhase::Upgrade)});
    const QList<BarView> bars = barsOf(model, node);
    QCOMPARE(bars.size(), 3);
    QCOMPARE(bars.at(0).result, TimelineBar::Result::Interrupted);
    QCOMPARE(bars.at(0).end, bars.at(1).start);
    QCOMPARE(bars.at(1).result, TimelineBar::Result::Ok);
    QCOMPARE(bars.at(2).phase, RunPhase::Upgrade);
    QCOMPARE(bars.at(2).start, bars.at(2).end);
}

void TstTimelineModel::clusterSeriesAreStepFunctions()
{
    TimelineModel model;
    QAbstractItemModelTester tester(model.clusterSeries(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<RunEvent> run = rollingRun(threeNodes());
    model.addEvents(run);
    const int samples = int(std::count_if(
        run.cbegin(), run.cend(), [](const RunEvent &e) { return e.type == RunEvent::Type::ClusterSample; }));
    const ClusterSeriesModel *series = model.clusterSeries();
    QCOMPARE(series->rowCount(), samples);
    QCOMPARE(series->samples().constFirst().readyNodes, 3);
    QCOMPARE(series->samples().constFirst().schedulableNodes, 3);
    QCOMPARE(series->samples().constLast().schedulableNodes, 3);
    int minSchedulable = 3, minReady = 3, maxPending = 0;
    for (const ClusterSample &s : series->samples()) {
        minSchedulable = qMin(minSchedulable, s.schedulableNodes);
        minReady = qMin(minReady, s.readyNodes);
        maxPending = qMax(maxPending, s.pendingPods);
    }
    QCOMPARE(minSchedulable, 2); // one node cordoned at a time
    QCOMPARE(minReady, 2);
    QVERIFY(maxPending > 0);

    // Step function: the value in force between two samples is the earlier one's.
    const ClusterSample &second = series->samples().at(1);
    QCOMPARE(series->indexAt(second.timeMs), 1);
    QCOMPARE(series->indexAt(second.timeMs - 1), 0);
    QCOMPARE(series->indexAt(series->samples().constFirst().timeMs - 1), -1);
    QCOMPARE(
        series->index(1, ClusterSeriesModel::ReadyNodesColumn).data(ClusterSeriesModel::ValueRole).toInt(),
        second.readyNodes);

    // A sample lacking a key keeps the previous value.
    RunEvent partial = makeEvent(RunEvent::Type::ClusterSample, {}, 999'999);
    partial.data.insert(QLatin1String("pendingPods"), 7);
    model.addEvent(partial);
    QCOMPARE(series->samples().constLast().pendingPods, 7);
    QCOMPARE(series->samples().constLast().readyNodes, series->samples().at(samples - 1).readyNodes);
}

void TstTimelineModel::journalBatchEqualsOneByOne()
{
    RollingRunOptions o = defaultScenarioRun();
    o.parallel = 2;
    // Through the journal's codec, as a resumed run or the report would read it.
    QList<RunEvent> journal;
    for (const RunEvent &e : rollingRun(o)) {
        const QByteArray line = QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact);
        const Result<RunEvent> read = RunEvent::fromJson(QJsonDocument::fromJson(line).object());
        QVERIFY2(read.ok(), qPrintable(read.errorText()));
        journal << read.value();
    }
    TimelineModel batch;
    QAbstractItemModelTester batchTester(&batch, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy batchResets(&batch, &QAbstractItemModel::modelReset);
    batch.addEvents(journal);
    TimelineModel single;
    QAbstractItemModelTester singleTester(&single, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const RunEvent &e : std::as_const(journal))
        single.addEvent(e);

    QCOMPARE(batchResets.count(), 0);
    QCOMPARE(batch.rowCount(), 9);
    QCOMPARE(dump(batch), dump(single));
    QCOMPARE(dump(*batch.clusterSeries()), dump(*single.clusterSeries()));
    // Halves, too: a resumed run adds to what the journal held.
    TimelineModel halves;
    QAbstractItemModelTester halvesTester(&halves, QAbstractItemModelTester::FailureReportingMode::QtTest);
    halves.addEvents(journal.mid(0, journal.size() / 2));
    halves.addEvents(journal.mid(journal.size() / 2));
    QCOMPARE(dump(halves), dump(single));
}

void TstTimelineModel::oneEventTouchesOneLane()
{
    const QList<RunEvent> run = rollingRun(threeNodes());
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addEvents(run.mid(0, 1)); // run-started: three empty lanes
    QCOMPARE(model.rowCount(), 3);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QString node = QStringLiteral("worker-2");
    model.addEvent(makeEvent(RunEvent::Type::PhaseStarted, node, 100'000, RunPhase::Cordon));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(0).value<QModelIndex>(), model.index(2, 0));
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    inserted.clear();
    changed.clear();
    RunEvent finished = makeEvent(RunEvent::Type::PhaseFinished, node, 100'001, RunPhase::Cordon);
    finished.data.insert(QLatin1String("result"), QStringLiteral("ok"));
    model.addEvent(finished);
    QCOMPARE(inserted.count(), 0);
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const QModelIndex laneOf = topLeft.parent().isValid() ? topLeft.parent() : topLeft;
        QCOMPARE(laneOf.row(), 2);
    }
    QCOMPARE(reset.count(), 0);
}

void TstTimelineModel::lanesActiveInAWindow()
{
    TimelineModel model;
    const QList<RunEvent> run = rollingRun(threeNodes());
    model.addEvents(run);
    const TimelineLane &second = model.lane(1);
    const qint64 mid = (second.firstMs + second.lastEndMs) / 2;
    QCOMPARE(model.lanesActiveIn(mid, mid + 1), QList<int>{1});
    QCOMPARE(model.lanesActiveIn(model.firstMs(), model.nowMs()), (QList<int>{0, 1, 2}));
    QCOMPARE(model.lanesActiveIn(model.firstMs(), model.nowMs(), 1, 1), QList<int>{1});
    QCOMPARE(model.lanesActiveIn(model.nowMs() + 1, model.nowMs() + 2), QList<int>{});
}

QTEST_GUILESS_MAIN(TstTimelineModel)
#include "tst_timelinemodel.moc"
