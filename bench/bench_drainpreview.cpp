// How long the drain preview takes on a production-sized cluster (the dialog recomputes it on
// every option change, off the GUI thread). The scenario comes from bench/gen-big-scenario.py:
//   python3 bench/gen-big-scenario.py -o /tmp/big.yaml && build/bench/bench_drainpreview
// (SLIPWAY_BIG_SCENARIO names another file.)
#include "models/drain/drainpreview.h"
#include "sim/scenario/scenarioloader.h"

#include <QTest>

using namespace Slipway;

class BenchDrainPreview : public QObject
{
    Q_OBJECT
    ClusterSnapshot m_snapshot;
    DrainOptions m_options;

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = qEnvironmentVariable("SLIPWAY_BIG_SCENARIO", QStringLiteral("/tmp/big.yaml"));
        if (!QFile::exists(path))
            QSKIP(qPrintable(
                QStringLiteral("%1 is missing: python3 bench/gen-big-scenario.py -o %1").arg(path)));
        const auto result = ScenarioLoader::loadFile(path);
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        m_snapshot = result->snapshot;
        m_options.ignoreDaemonSets = true;
        m_options.deleteEmptyDirData = true;
        m_options.force = true;
        qInfo("snapshot: %lld nodes, %lld pods", qlonglong(m_snapshot.nodes.size()),
              qlonglong(m_snapshot.pods.size()));
    }

    void previewOneNode()
    {
        const QString node = m_snapshot.nodes.at(m_snapshot.nodes.size() / 2).name;
        DrainNodePreview preview;
        QBENCHMARK
        {
            preview = DrainPreview::previewNode(m_snapshot, node, m_options);
        }
        qInfo("%s: %lld pods", qPrintable(node), qlonglong(preview.pods.size()));
    }

    void previewTenNodeRun()
    {
        QStringList nodes;
        for (int i = 0; i < 10; ++i)
            nodes << m_snapshot.nodes.at(m_snapshot.nodes.size() - 1 - i).name;
        QBENCHMARK
        {
            const auto run = DrainPreview::previewRun(m_snapshot, nodes, m_options, 1);
            QCOMPARE(run.size(), 10);
        }
    }
};

QTEST_GUILESS_MAIN(BenchDrainPreview)
#include "bench_drainpreview.moc"
