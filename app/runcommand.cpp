// slipway upgrade / maintain / rollback (docs/runner.md "Command line").
#include "app/runcommand.h"

#include "app/clustercli.h"
#include "app/nodecommands.h"
#include "app/runconsole.h"
#include "app/runoptions.h"
#include "kube/kubeclient.h"
#include "kube/kubeclusterapi.h"
#include "models/drain/drainpreview.h"
#include "models/drain/drainpreviewtext.h"
#include "models/releasecatalog.h"
#include "models/run/runclock.h"
#include "models/run/runjournal.h"
#include "models/run/runorder.h"
#include "models/run/runpreflight.h"
#include "models/run/upgraderunner.h"
#include "models/upgradeplanner.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>

namespace Slipway {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::RunCommand)
};

std::optional<ClusterSnapshot> readSnapshot(ClusterApi *api)
{
    QEventLoop loop;
    std::optional<ClusterSnapshot> snapshot;
    QObject::connect(api, &ClusterApi::snapshotLoaded, &loop, [&](const ClusterSnapshot &s) {
        snapshot = s;
        loop.quit();
    });
    QObject::connect(api, &ClusterApi::refreshFailed, &loop, [&](const ClusterError &e) {
        refuseRun(e.describe());
        loop.quit();
    });
    api->refresh();
    loop.exec();
    return snapshot;
}

int dryRun(const RunSpec &spec, const UpgradePlan &plan, const ClusterSnapshot &snapshot)
{
    const Result<RunOrder> order = RunOrder::compute(spec, plan);
    if (!order.ok())
        return refuseRun(order.errorText());
    RunConsole::print(Tr::tr("Run order (%1, %2): %3")
                          .arg(runStrategyName(spec.strategy), runExecutorName(spec.executor),
                               order->nodes.join(QStringLiteral(", "))));
    if (order->hops.size() > 1) {
        QStringList hops;
        for (const Version &v : order->hops)
            hops << v.toString();
        RunConsole::print(Tr::tr("Hops, one minor at a time, each a full pass in this order: %1")
                              .arg(hops.join(QStringLiteral(" → "))));
    }
    const auto previews = DrainPreview::previewRun(snapshot, order->nodes, spec.drain, spec.maxUnavailable);
    RunConsole::print(DrainPreviewText::renderRun(previews));
    const QString blockers = DrainPreviewText::blockers(DrainPreview::blockers(previews));
    if (!blockers.isEmpty())
        RunConsole::print(blockers);
    RunConsole::print(Tr::tr("Dry run: nothing was changed."));
    return 0;
}

RunClusterInfo clusterInfo(CliCluster *cluster, const ClusterSnapshot &snapshot)
{
    RunClusterInfo info;
    info.name = snapshot.name;
    info.context = cluster->practice() ? QString() : cluster->displayName();
    info.server = cluster->kubeApi() ? cluster->kubeApi()->client()->serverAddress() : QString();
    return info;
}

// The practice cluster started by --demo/--scenario-file in this process; against `slipway
// serve-demo` give --executor practice (its kubeconfig looks like any other).
bool isPractice(CliCluster *cluster)
{
    return cluster->practice() != nullptr;
}

int runRun(const QStringList &arguments, RunKind kind, const QString &description)
{
    const QString name = kind == RunKind::Upgrade ? QStringLiteral("upgrade") : QStringLiteral("maintain");
    RunParser p(name, description, {kind});
    if (!p.parse(arguments))
        return 1;
    if (kind == RunKind::Upgrade && !p.parser.isSet(p.to) && !p.parser.isSet(p.journal))
        return refuseRun(Tr::tr("slipway upgrade needs --to VERSION"));
    const QString journalPath = p.parser.value(p.journal);
    const bool resuming = !journalPath.isEmpty() && QFileInfo::exists(journalPath);
    if (resuming) {
        // Refuse a foreign or damaged journal before connecting to anything.
        const auto contents = RunJournal::read(journalPath);
        if (!contents.ok())
            return refuseRun(contents.errorText());
    }
    const bool yes = p.parser.isSet(p.yes);
    if (!yes && !p.parser.isSet(p.dryRun) && !RunConsole::stdinIsTerminal())
        return refuseRun(
            Tr::tr("refusing to change the cluster without --yes: there is no terminal to ask on. "
                   "Run it on a terminal, or add --yes."));
    Result<std::unique_ptr<CliCluster>> opened = CliCluster::open(p.parser, p.cluster);
    for (const QString &w : opened.warningLines())
        RunConsole::print(QStringLiteral("Warning: ") + w, true);
    if (!opened.ok())
        return refuseRun(opened.errorText());
    const std::unique_ptr<CliCluster> cluster = std::move(opened).value();
    Result<RunSpec> spec =
        resuming ? Result<RunSpec>(RunSpec()) : runSpecFrom(p, kind, isPractice(cluster.get()));
    if (!spec.ok())
        return refuseRun(spec.errorText());
    spec->gates.beforeEachMutation = !yes;
    WallRunClock clock;
    UpgradeRunner runner(cluster->api(), &clock);
    runner.setPollInterval(p.parser.value(p.pollMsecs).toLongLong());
    RunConsole console(&runner, yes);
    Diagnostics started;
    if (resuming) {
        RunConsole::print(Tr::tr("Resuming the run in %1").arg(journalPath));
        started = runner.resumeFromJournal(journalPath);
    } else {
        const auto snapshot = readSnapshot(cluster->api());
        if (!snapshot)
            return 1;
        // `maintain` has no --to: asking the parser for it prints a warning.
        const UpgradePlan plan =
            runPlanFor(*spec, *snapshot, kind == RunKind::Upgrade ? p.parser.value(p.to) : QString());
        if (kind == RunKind::Upgrade)
            spec->target = plan.target.isValid() ? plan.target : Version::parse(p.parser.value(p.to));
        if (p.parser.isSet(p.dryRun))
            return dryRun(*spec, plan, *snapshot);
        runner.setPreflightHook(RunPreflight::hook(*snapshot));
        started = runner.start(*spec, plan, clusterInfo(cluster.get(), *snapshot));
        if (!started.hasErrors())
            RunConsole::print(Tr::tr("Journal: %1").arg(runner.journalPath()));
    }
    for (const QString &w : started.warningLines())
        RunConsole::print(QStringLiteral("Warning: ") + w, true);
    if (started.hasErrors())
        return refuseRun(started.errorText());
    return console.exec();
}

} // namespace

int runUpgradeCommand(const QStringList &arguments)
{
    return runRun(
        arguments, RunKind::Upgrade,
        Tr::tr("Upgrade the cluster node by node: control plane first, then workers; cordon, drain, "
               "upgrade, verify and uncordon each, with a crash-safe journal."));
}

int runMaintainCommand(const QStringList &arguments)
{
    return runRun(
        arguments, RunKind::Maintenance,
        Tr::tr("Maintain nodes one by one: cordon, drain, the maintenance command or a reboot, verify "
               "(Ready, and a new boot id after a reboot) and uncordon, with a crash-safe journal."));
}

int runRollbackCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    ClusterCliOptions cluster;
    parser.setApplicationDescription(
        Tr::tr("Uncordon every node an interrupted or aborted run cordoned, as its "
               "journal records; nodes cordoned by someone else stay cordoned."));
    parser.addHelpOption();
    parser.addOptions(cluster.all());
    const QCommandLineOption journal(QStringLiteral("journal"), Tr::tr("The run's journal."), Tr::tr("file"));
    const QCommandLineOption lang(QStringLiteral("lang"), Tr::tr("User interface language."),
                                  Tr::tr("language"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), Tr::tr("Log debug messages to stderr."));
    parser.addOptions({journal, lang, verbose});
    if (!parser.parse(ClusterCliOptions::prepareArguments(arguments)))
        return refuseRun(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (!parser.isSet(journal))
        return refuseRun(Tr::tr("slipway rollback needs --journal FILE"));
    const auto contents = RunJournal::read(parser.value(journal));
    if (!contents.ok())
        return refuseRun(contents.errorText());
    const Result<std::unique_ptr<CliCluster>> open = CliCluster::open(parser, cluster);
    if (!open.ok())
        return refuseRun(open.errorText());
    WallRunClock clock;
    UpgradeRunner runner(open.value()->api(), &clock);
    RunConsole console(&runner, true);
    const Diagnostics d = runner.rollbackFromJournal(parser.value(journal));
    if (d.hasErrors())
        return refuseRun(d.errorText());
    const int code = console.exec();
    return console.outcome().leftCordoned.isEmpty() ? 0 : std::max(code, 2);
}

} // namespace Slipway
