// The GUI's rehearsals on a worker thread (models/run/rehearser.h, sim/rehearsal/threadedrehearser.h):
// the play on a worker gives the same result as on the calling thread (the virtual time driver
// finds idle instants off the main thread too), the calling thread's event loop keeps running
// while it plays, progress arrives with the run's node count, and a cancel ends it at once,
// both through the flag the play looks at and through the rehearser.
#include "runchecks.h"

#include "models/run/rehearser.h"
#include "sim/rehearsal/rehearsal.h"
#include "sim/rehearsal/threadedrehearser.h"
#include "sim/engine/virtualtimedriver.h"
#include "sim/scenario/scenarioloader.h"

#include <QAbstractEventDispatcher>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QThread>
#include <QTest>
#include <QTimer>

using namespace Slipway;

namespace {

const QString kTarget = QStringLiteral("v1.35.0");

RehearsalRequest defaultRequest(bool clearing)
{
    RehearsalRequest request;
    request.snapshot = ScenarioLoader::loadBundled(QStringLiteral("default")).value().snapshot;
    request.source = QStringLiteral("the practice scenario \"default\"");
    request.spec.kind = RunKind::Upgrade;
    request.spec.target = Version::parse(kTarget);
    request.spec.drain.ignoreDaemonSets = true;
    if (clearing) {
        request.spec.drain.force = true;
        request.spec.drain.deleteEmptyDirData = true;
        request.spec.drain.overridePdbs = {QStringLiteral("billing/invoice-api")};
    }
    request.plan = practicePlan(request.snapshot, kTarget);
    return request;
}

QStringList blockerOptions(const RehearsalResult &r)
{
    QStringList out;
    for (const RehearsalBlocker &b : r.blockers)
        out << b.clearedBy;
    out.removeDuplicates();
    out.sort();
    return out;
}

} // namespace

class TestThreadedRehearser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { VirtualTimeDriver::prepareForOtherThreads(); } // before other threads
    void workerThreadGivesTheSameResultAndTheLoopKeepsRunning();
    void multiHopPlanIsReplannedForTheFirstHop();
    void planPageRequestPlaysEveryHopOfThePlan();
    void progressFalseCancelsThePlay();
    void cancelEndsTheRehearsalAtOnce();
    void cancelMidPlayStopsTheWorker();
    void workerThreadPostsWithoutGLib();
};

void TestThreadedRehearser::workerThreadGivesTheSameResultAndTheLoopKeepsRunning()
{
    const RehearsalRequest request = defaultRequest(true);
    const RehearsalReply here = ThreadedRehearser::rehearse(request);
    QCOMPARE(here.result.result, QStringLiteral("succeeded"));

    ThreadedRehearser rehearser;
    QSignalSpy finished(&rehearser, &Rehearser::finished);
    QSignalSpy progress(&rehearser, &Rehearser::progress);
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start();
    rehearser.start(request);
    QVERIFY(rehearser.isRunning());
    QVERIFY(finished.wait(120000));
    QVERIFY(!rehearser.isRunning());
    const auto reply = finished.first().first().value<RehearsalReply>();
    QVERIFY(!reply.cancelled);
    // Deterministic: the same virtual times, phases and evictions as on this thread.
    QCOMPARE(reply.result.result, here.result.result);
    QCOMPARE(reply.result.durationMs, here.result.durationMs);
    QCOMPARE(reply.result.events.size(), here.result.events.size());
    QCOMPARE(reply.result.evictions, here.result.evictions);
    QCOMPARE(reply.result.peakUnavailableNodes, here.result.peakUnavailableNodes);
    QCOMPARE(reply.result.nodes.size(), here.result.nodes.size());
    QCOMPARE(reply.copiedNodes, request.snapshot.nodes.size());
    QVERIFY(reply.reportText.contains(reply.result.nodes.first().name));
    // The loop ran while the worker played: the timer ticked and the last progress is whole.
    QVERIFY2(ticks > 0, qPrintable(QString::number(ticks)));
    QVERIFY(!progress.isEmpty());
    const auto last = progress.last().first().value<RehearsalProgress>();
    QCOMPARE(last.nodesTotal, int(request.snapshot.nodes.size()));
    QCOMPARE(last.nodesFinished, last.nodesTotal);
}

void TestThreadedRehearser::multiHopPlanIsReplannedForTheFirstHop()
{
    RehearsalRequest request = defaultRequest(false);
    // The plan page's plan goes as far as the user chose; a run takes its first hop only.
    request.spec.target = request.plan.path.first();
    const RehearsalReply reply = ThreadedRehearser::rehearse(request);
    QVERIFY(reply.result.rehearsable);
    QVERIFY(blockerOptions(reply.result).contains(QStringLiteral("--force")));
    QVERIFY(blockerOptions(reply.result).contains(QStringLiteral("--delete-emptydir-data")));
    QVERIFY(blockerOptions(reply.result).contains(QStringLiteral("--override-pdb billing/invoice-api")));
}

// The plan page's request (MainWindow::planRehearsalRequest): the plan's target over the plan's
// path, patch hop first, as the wizard runs it. The worker plays that plan as it is: one
// hop-started per hop, in the path's order, and every node done.
void TestThreadedRehearser::planPageRequestPlaysEveryHopOfThePlan()
{
    RehearsalRequest request = defaultRequest(true);
    PlanOptions options;
    options.target = QStringLiteral("v1.36");
    options.today = QDate(2026, 12, 2);
    options.includePatchHopFirst = true;
    request.plan = planUpgrade(request.snapshot, ReleaseCatalog::bundled(), options);
    QVERIFY2(request.plan.path.size() == 3, qPrintable(QString::number(request.plan.path.size())));
    QCOMPARE(request.plan.path.first().minor(), 34); // the patch hop: v1.34.3 → the newest v1.34
    request.spec.target = request.plan.target;
    request.spec.hops = request.plan.path;

    const RehearsalReply reply = ThreadedRehearser::rehearse(request);
    QVERIFY(reply.result.rehearsable);
    QCOMPARE(reply.result.result, QStringLiteral("succeeded"));
    QList<Version> started;
    for (const RunEvent &e : reply.result.events) {
        if (e.type == RunEvent::Type::HopStarted)
            started << Version::parse(e.data.value(QStringLiteral("target")).toString());
    }
    QCOMPARE(started, request.plan.path);
    QCOMPARE(reply.result.nodes.size(), request.snapshot.nodes.size());
    for (const RehearsalNode &node : reply.result.nodes)
        QVERIFY2(node.state == QLatin1String("done"), qPrintable(node.name + QLatin1Char(' ') + node.state));
}

void TestThreadedRehearser::progressFalseCancelsThePlay()
{
    int calls = 0;
    const RehearsalReply reply =
        ThreadedRehearser::rehearse(defaultRequest(true), [&calls](const RehearsalProgress &) {
            ++calls;
            return false;
        });
    QCOMPARE(calls, 1);
    QVERIFY(reply.cancelled);
    QCOMPARE(reply.result.result, QStringLiteral("cancelled"));
    QVERIFY(reply.result.hasBlockers()); // a cancelled rehearsal never passes for a clean one
}

void TestThreadedRehearser::cancelEndsTheRehearsalAtOnce()
{
    auto *rehearser = new ThreadedRehearser;
    QSignalSpy finished(rehearser, &Rehearser::finished);
    rehearser->start(defaultRequest(true));
    rehearser->cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<RehearsalReply>().cancelled);
    QVERIFY(!rehearser->isRunning());
    // A new rehearsal after the cancel is the one that reports; the cancelled one stays silent.
    rehearser->start(defaultRequest(false));
    QVERIFY(finished.wait(120000));
    QTest::qWait(200);
    QCOMPARE(finished.size(), 2);
    const auto reply = finished.last().first().value<RehearsalReply>();
    QVERIFY(!reply.cancelled);
    QCOMPARE(reply.result.result, QStringLiteral("failed"));
    // Deleting a rehearser mid-play cancels and waits for its thread.
    rehearser->start(defaultRequest(true));
    delete rehearser;
}

// An 80-node cluster plays for seconds: long enough to cancel it in the middle and see the worker
// thread end long before the play would have.
void TestThreadedRehearser::cancelMidPlayStopsTheWorker()
{
    const auto loaded =
        ScenarioLoader::loadFile(QStringLiteral(SLIPWAY_TEST_DATA_DIR "/scenarios/rehearsal-80-nodes.yaml"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    RehearsalRequest request;
    request.snapshot = loaded->snapshot;
    request.spec.kind = RunKind::Upgrade;
    request.spec.target = Version::parse(kTarget);
    request.spec.drain.ignoreDaemonSets = true;
    request.spec.drain.force = true;
    request.spec.drain.deleteEmptyDirData = true;
    request.plan = practicePlan(request.snapshot, kTarget);
    QElapsedTimer wall;
    wall.start();
    const RehearsalReply whole = ThreadedRehearser::rehearse(request);
    const qint64 wholeMs = wall.elapsed();
    QCOMPARE(whole.result.result, QStringLiteral("succeeded"));
    qInfo("the 80-node rehearsal takes %lld ms of wall time", wholeMs);

    ThreadedRehearser rehearser;
    QSignalSpy progress(&rehearser, &Rehearser::progress);
    QSignalSpy finished(&rehearser, &Rehearser::finished);
    wall.restart();
    rehearser.start(request);
    QVERIFY(progress.wait(wholeMs));
    const auto first = progress.first().first().value<RehearsalProgress>();
    QCOMPARE(first.nodesTotal, 80);
    QVERIFY(first.nodesFinished < first.nodesTotal);
    rehearser.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<RehearsalReply>().cancelled);
    // The worker thread notices within a progress interval and ends.
    QTRY_VERIFY_WITH_TIMEOUT(rehearser.findChildren<QThread *>().isEmpty(), 10000);
    const qint64 cancelledAfterMs = wall.elapsed();
    qInfo("cancelled: the worker ended %lld ms after the start", cancelledAfterMs);
    QVERIFY2(cancelledAfterMs < wholeMs, qPrintable(QString::number(cancelledAfterMs)));
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1); // nothing more from the cancelled play
}

void TestThreadedRehearser::workerThreadPostsWithoutGLib()
{
    // main() below starts as the GUI does: GLib's dispatcher on the main thread (when Qt was
    // built with it), Qt's own on the rehearsal's worker, where GLib's would make a system call
    // of every posted event (VirtualTimeDriver::preferQtEventDispatcher()).
    const auto name = [](QAbstractEventDispatcher *d) {
        return d ? QByteArray(d->metaObject()->className()) : QByteArray("none");
    };
    const QByteArray mainDispatcher = name(QAbstractEventDispatcher::instance());
    ThreadedRehearser rehearser;
    QByteArray workerDispatcher;
    rehearser.setProgressHook([&](const RehearsalProgress &, const std::atomic_bool &) {
        if (workerDispatcher.isEmpty())
            workerDispatcher = name(QAbstractEventDispatcher::instance());
    });
    QSignalSpy finished(&rehearser, &Rehearser::finished);
    rehearser.start(defaultRequest(false));
    QVERIFY(finished.wait(120000));
    QCOMPARE(workerDispatcher, QByteArray("QEventDispatcherUNIX"));
#if QT_CONFIG(glib)
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        QCOMPARE(mainDispatcher, QByteArray("QEventDispatcherGlib"));
#endif
    qInfo("dispatchers: main %s, rehearsal %s", mainDispatcher.constData(), workerDispatcher.constData());
}

int main(int argc, char **argv)
{
    VirtualTimeDriver::preferQtEventDispatcher(false); // as app/main.cpp does for the GUI
    QCoreApplication app(argc, argv);
    TestThreadedRehearser test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_threadedrehearser.moc"
