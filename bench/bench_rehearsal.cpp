// A rehearsal at production size (issue 14: 5,000 nodes / 150,000 pods copied and rehearsed
// through a rolling upgrade in under a minute). The scenario comes from bench/gen-big-scenario.py:
//   python3 bench/gen-big-scenario.py -o /tmp/big.yaml && build/bench/bench_rehearsal
// SLIPWAY_BIG_SCENARIO names another file; SLIPWAY_BENCH_MAX_UNAVAILABLE the rolling width
// (default 250, 5 % of the nodes); SLIPWAY_BENCH_NODES limits the run to the first N workers.
// `bench_rehearsal preparation` times only what comes before the run (load, copy, plan, the
// simulator, the pre-flight drain preview), which is quick even at 5,000 nodes.
#include "models/releasecatalog.h"
#include "models/run/runorder.h"
#include "models/run/runpreflight.h"
#include "models/upgradeplanner.h"
#include "sim/engine/simulator.h"
#include "sim/engine/virtualtimedriver.h"
#include "sim/rehearsal/practicecopy.h"
#include "sim/rehearsal/rehearsal.h"
#include "sim/rehearsal/rehearsalreport.h"
#include "sim/scenario/scenarioloader.h"

#include <QElapsedTimer>
#include <QTest>

#include <sys/resource.h>

using namespace Slipway;

namespace {

// User + system CPU time of the process so far.
qint64 cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) {
        return qint64(t.tv_sec) * 1000 + t.tv_usec / 1000;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// Wall and CPU time of one step; on a shared machine the CPU time is the steadier figure.
class Stopwatch
{
public:
    Stopwatch()
        : m_cpu(cpuMs())
    {
        m_wall.start();
    }
    // "1234 ms (987 ms CPU)" since the start or the last lap.
    QByteArray lap()
    {
        const qint64 cpu = cpuMs();
        const QByteArray text =
            QByteArray::number(m_wall.restart()) + " ms (" + QByteArray::number(cpu - m_cpu) + " ms CPU)";
        m_cpu = cpu;
        return text;
    }

private:
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

} // namespace

class BenchRehearsal : public QObject
{
    Q_OBJECT

private:
    // The scenario loaded, copied and planned, as the rehearsal gets it; false when skipped or failed.
    bool prepare(ClusterSnapshot *copy, RehearsalOptions *options)
    {
        const QString path = qEnvironmentVariable("SLIPWAY_BIG_SCENARIO", QStringLiteral("/tmp/big.yaml"));
        if (!QFile::exists(path)) {
            QTest::qSkip(
                qPrintable(
                    QStringLiteral("%1 is missing: python3 bench/gen-big-scenario.py -o %1").arg(path)),
                __FILE__, __LINE__);
            return false;
        }
        Stopwatch step;
        const auto loaded = ScenarioLoader::loadFile(path);
        if (!loaded.ok()) {
            QTest::qFail(qPrintable(loaded.errorText()), __FILE__, __LINE__);
            return false;
        }
        const QByteArray load = step.lap();
        PracticeCopySummary summary;
        *copy = PracticeCopy::make(loaded->snapshot, &summary);
        const QByteArray copied = step.lap();

        options->spec.kind = RunKind::Upgrade;
        options->spec.executor = RunExecutor::Practice;
        options->spec.maxUnavailable = qEnvironmentVariableIntValue("SLIPWAY_BENCH_MAX_UNAVAILABLE");
        if (options->spec.maxUnavailable <= 0)
            options->spec.maxUnavailable = 250;
        options->spec.drain.ignoreDaemonSets = true;
        options->spec.drain.force = true;
        options->spec.drain.deleteEmptyDirData = true;
        options->spec.operatorName = QStringLiteral("bench@local");
        const int limit = qEnvironmentVariableIntValue("SLIPWAY_BENCH_NODES");
        if (limit > 0) {
            for (const Node &n : copy->nodes) {
                if (n.isControlPlane() || options->spec.nodes.size() < limit + 3)
                    options->spec.nodes << n.name;
            }
        }
        PlanOptions plan;
        plan.target = QStringLiteral("v1.35.0");
        plan.today = QDate(2026, 12, 2);
        plan.includePatchHopFirst = false;
        options->plan = planUpgrade(*copy, ReleaseCatalog::bundled(), plan);
        options->spec.target = options->plan.target;
        qInfo("copy: %d nodes, %d pods, %d workloads; load %s, copy %s, plan %s", summary.nodes, summary.pods,
              summary.workloads, load.constData(), copied.constData(), step.lap().constData());
        return true;
    }

private Q_SLOTS:
    // What comes before the run, step by step (the run itself: rollingUpgradeOfABigCluster).
    void preparation()
    {
        Stopwatch total;
        ClusterSnapshot copy;
        RehearsalOptions options;
        if (!prepare(&copy, &options))
            return;
        Stopwatch step;
        {
            Simulator sim(copy);
            qInfo("simulator of the copy: %s", step.lap().constData());
        }
        qInfo("simulator destroyed: %s", step.lap().constData());
        const RunSpec spec = options.spec;
        const Result<RunOrder> order = RunOrder::compute(spec, options.plan);
        QVERIFY2(order.ok(), qPrintable(order.errorText()));
        qInfo("run order: %s (%lld nodes)", step.lap().constData(), qlonglong(order->nodes.size()));
        const QList<DrainBlocker> blockers = RunPreflight::blockers(copy, spec, order->nodes);
        qInfo("pre-flight drain preview: %s (rolling %d, %lld blockers)", step.lap().constData(),
              spec.maxUnavailable, qlonglong(blockers.size()));
        qInfo("total: %s", total.lap().constData());
    }

    void rollingUpgradeOfABigCluster()
    {
        Stopwatch total;
        ClusterSnapshot copy;
        RehearsalOptions options;
        if (!prepare(&copy, &options))
            return;
        Stopwatch step;
        const RehearsalResult r = Rehearsal::play(copy, options);
        const QByteArray played = step.lap();
        qInfo("rehearsal: rolling %d, %s, %lld nodes, %s of virtual time, %d evictions, %lld events, "
              "peak unavailable %d, %lld pods Pending at some point; played in %s",
              options.spec.maxUnavailable, qPrintable(r.result), qlonglong(r.nodes.size()),
              qPrintable(RehearsalReport::duration(r.durationMs)), r.evictions, qlonglong(r.events.size()),
              r.peakUnavailableNodes, qlonglong(r.pendingPods.size()), played.constData());
        qInfo("play (wall): setup %lld ms, pre-flight drain preview %lld ms, run and report %lld ms",
              r.setupMs, r.preflightMs, r.wallMs - r.setupMs - r.preflightMs);
        qInfo("total (load + copy + plan + rehearsal): %s", total.lap().constData());
        QVERIFY2(r.rehearsable, qPrintable(r.notRehearsable));
    }
};

int main(int argc, char **argv)
{
    // As `slipway rehearse` runs (app/main.cpp): Qt's own event dispatcher, not GLib's.
    VirtualTimeDriver::preferQtEventDispatcher(true);
    QCoreApplication app(argc, argv);
    BenchRehearsal bench;
    return QTest::qExec(&bench, argc, argv);
}
#include "bench_rehearsal.moc"
