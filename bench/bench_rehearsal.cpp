// A rehearsal at production size (issue 14: 5,000 nodes / 150,000 pods copied and rehearsed
// through a rolling upgrade in under a minute). The scenario comes from bench/gen-big-scenario.py:
//   python3 bench/gen-big-scenario.py -o /tmp/big.yaml && build/bench/bench_rehearsal
// SLIPWAY_BIG_SCENARIO names another file; SLIPWAY_BENCH_MAX_UNAVAILABLE the rolling width
// (default 250, 5 % of the nodes); SLIPWAY_BENCH_NODES limits the run to the first N workers.
#include "models/releasecatalog.h"
#include "models/upgradeplanner.h"
#include "sim/rehearsal/practicecopy.h"
#include "sim/rehearsal/rehearsal.h"
#include "sim/rehearsal/rehearsalreport.h"
#include "sim/scenario/scenarioloader.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Slipway;

class BenchRehearsal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rollingUpgradeOfABigCluster()
    {
        const QString path = qEnvironmentVariable("SLIPWAY_BIG_SCENARIO", QStringLiteral("/tmp/big.yaml"));
        if (!QFile::exists(path))
            QSKIP(qPrintable(
                QStringLiteral("%1 is missing: python3 bench/gen-big-scenario.py -o %1").arg(path)));
        QElapsedTimer total;
        total.start();
        QElapsedTimer step;
        step.start();
        const auto loaded = ScenarioLoader::loadFile(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
        const qint64 loadMs = step.restart();
        PracticeCopySummary summary;
        const ClusterSnapshot copy = PracticeCopy::make(loaded->snapshot, &summary);
        const qint64 copyMs = step.restart();

        RehearsalOptions options;
        options.spec.kind = RunKind::Upgrade;
        options.spec.executor = RunExecutor::Practice;
        options.spec.maxUnavailable = qEnvironmentVariableIntValue("SLIPWAY_BENCH_MAX_UNAVAILABLE");
        if (options.spec.maxUnavailable <= 0)
            options.spec.maxUnavailable = 250;
        options.spec.drain.ignoreDaemonSets = true;
        options.spec.drain.force = true;
        options.spec.drain.deleteEmptyDirData = true;
        options.spec.operatorName = QStringLiteral("bench@local");
        const int limit = qEnvironmentVariableIntValue("SLIPWAY_BENCH_NODES");
        if (limit > 0) {
            for (const Node &n : copy.nodes) {
                if (n.isControlPlane() || options.spec.nodes.size() < limit + 3)
                    options.spec.nodes << n.name;
            }
        }
        PlanOptions plan;
        plan.target = QStringLiteral("v1.35.0");
        plan.today = QDate(2026, 12, 2);
        plan.includePatchHopFirst = false;
        options.plan = planUpgrade(copy, ReleaseCatalog::bundled(), plan);
        options.spec.target = options.plan.target;
        const qint64 planMs = step.restart();
        const RehearsalResult r = Rehearsal::play(copy, options);
        const qint64 playMs = step.restart();
        qInfo("copy: %d nodes, %d pods, %d workloads (load %lld ms, copy %lld ms, plan %lld ms)",
              summary.nodes, summary.pods, summary.workloads, loadMs, copyMs, planMs);
        qInfo("rehearsal: rolling %d, %s, %lld nodes, %s of virtual time, %d evictions, %lld events, "
              "peak unavailable %d, %lld pods Pending at some point; played in %lld ms",
              options.spec.maxUnavailable, qPrintable(r.result), qlonglong(r.nodes.size()),
              qPrintable(RehearsalReport::duration(r.durationMs)), r.evictions, qlonglong(r.events.size()),
              r.peakUnavailableNodes, qlonglong(r.pendingPods.size()), playMs);
        qInfo("total (load + copy + plan + rehearsal): %lld ms", total.elapsed());
        QVERIFY2(r.rehearsable, qPrintable(r.notRehearsable));
    }
};

QTEST_GUILESS_MAIN(BenchRehearsal)
#include "bench_rehearsal.moc"
