// The PDF report of a 5,000-node rolling upgrade: the run's events are generated synthetically
// (tests/timelinerunfixture.h: 50 nodes per wave, evictions, PDB waits, failed uncordons, cluster
// samples), written as a journal in the documented format (docs/run-events.md) with the real plan
// of a 5,000-node practice cluster in its header, then read back and turned into a PDF the way
// `slipway report --journal` does. Prints the time of each stage; the target is under 10 s for
// reading the journal and writing the PDF.
//
//   build/bench/bench_report                       # 5,000 nodes
//   build/bench/bench_report --nodes 500 --keep /tmp/run.pdf
#include "models/planjson.h"
#include "models/releasecatalog.h"
#include "models/run/runjournal.h"
#include "models/upgradeplanner.h"
#include "sim/scenario/scenarioloader.h"
#include "tests/timelinerunfixture.h"
#include "ui/report/reportwriter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>

using namespace Slipway;

namespace {

// 3 control-plane nodes and the rest workers, named like the fixture's nodes (node-0001 …).
QByteArray scenario(const QStringList &nodes)
{
    QByteArray y = "apiVersion: slipway/v1\nkind: Scenario\nname: big\n"
                   "defaults: {capacity: {cpu: \"64\", memory: 256Gi, pods: 250}}\nnodes:\n";
    for (int i = 0; i < nodes.size(); ++i) {
        y += "  - {name: " + nodes.at(i).toUtf8() + ", kubelet: " + (i % 10 == 9 ? "v1.33.7" : "v1.34.3");
        if (i < 3)
            y += ", controlPlane: {kube-apiserver: v1.34.3, kube-controller-manager: v1.34.3, "
                 "kube-scheduler: v1.34.3, etcd: 3.6.5-0}";
        y += "}\n";
    }
    y += "addons: {coredns: {version: v1.12.1}, kubeProxy: {version: v1.34.3}}\nworkloads:\n"
         "  - {kind: DaemonSet, namespace: kube-system, name: cni, tolerations: [{operator: Exists}]}\n";
    return y;
}

void report(const char *stage, const QElapsedTimer &timer)
{
    std::printf("%-44s %8.2f s\n", stage, double(timer.nsecsElapsed()) / 1e9);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption nodesOption(QStringLiteral("nodes"), QStringLiteral("Nodes in the run."),
                                         QStringLiteral("count"), QStringLiteral("5000"));
    const QCommandLineOption parallelOption(QStringLiteral("parallel"), QStringLiteral("Nodes per wave."),
                                            QStringLiteral("count"), QStringLiteral("50"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the PDF here."),
                                        QStringLiteral("file"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("en or ko."),
                                        QStringLiteral("lang"), QStringLiteral("en"));
    parser.addOptions({nodesOption, parallelOption, keepOption, langOption});
    parser.process(app);
    QLoggingCategory::setFilterRules(QStringLiteral("slipway.report.debug=true"));
    QTemporaryDir dir;

    QElapsedTimer timer;
    timer.start();
    TimelineFixture::RollingRunOptions run;
    run.nodes = TimelineFixture::manyNodes(parser.value(nodesOption).toInt());
    run.controlPlanes = {run.nodes.value(0), run.nodes.value(1), run.nodes.value(2)};
    run.parallel = parser.value(parallelOption).toInt();
    for (int i = 7; i < run.nodes.size(); i += 97)
        run.pdbWaitNodes.insert(run.nodes.at(i));
    for (int i = 11; i < run.nodes.size(); i += 331)
        run.failedUncordonNodes.insert(run.nodes.at(i));
    const QList<RunEvent> events = TimelineFixture::rollingRun(run);
    const Result<LoadedScenario> cluster =
        ScenarioLoader::loadFromString(scenario(run.nodes), QStringLiteral("big.yaml"));
    if (!cluster.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(cluster.errorText()));
        return 1;
    }
    PlanOptions planOptions;
    planOptions.today = QDate(2026, 12, 2);
    const UpgradePlan plan = planUpgrade(cluster->snapshot, ReleaseCatalog::bundled(), planOptions);
    report("generate events, cluster and plan", timer);

    timer.restart();
    const QString journalPath = dir.filePath(QStringLiteral("run.jsonl"));
    RunJournalHeader header;
    header.runId = QStringLiteral("bench");
    header.createdAt = events.constFirst().time;
    header.virtualClock = true;
    header.operatorName = QStringLiteral("bench@localhost");
    header.cluster.name = QStringLiteral("big");
    header.plan = PlanJson::toJson(plan);
    // The documented format line by line (RunJournal::append() would fsync every line: the
    // runner's crash safety, not what this benchmark measures).
    QFile file(journalPath);
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(journalPath));
        return 1;
    }
    file.write(QJsonDocument(header.toJson()).toJson(QJsonDocument::Compact) + '\n');
    for (const RunEvent &event : events)
        file.write(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact) + '\n');
    file.close();
    report("write the journal", timer);
    std::printf("%-44s %8lld events, %.1f MB\n", "journal", qlonglong(events.size()),
                double(QFileInfo(journalPath).size()) / 1e6);

    QElapsedTimer total;
    total.start();
    timer.restart();
    const Result<ReportSource> source = ReportSource::fromJournal(journalPath);
    if (!source.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(source.errorText()));
        return 1;
    }
    report("read the journal", timer);
    timer.restart();
    ReportOptions options;
    options.language = parser.value(langOption);
    const QString pdf =
        parser.isSet(keepOption) ? parser.value(keepOption) : dir.filePath(QStringLiteral("run.pdf"));
    QString error;
    if (!ReportWriter::write(source.value(), options, pdf, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    report("write the PDF", timer);
    report("journal to PDF (target < 10 s)", total);
    std::printf("%-44s %8.1f MB\n", "PDF", double(QFileInfo(pdf).size()) / 1e6);
    return 0;
}
