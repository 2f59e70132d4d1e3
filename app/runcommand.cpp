// slipway upgrade / maintain / rollback (docs/runner.md "Command line").
#include "app/runcommand.h"

#include "app/clustercli.h"
#include "app/nodecommands.h"
#include "app/runconsole.h"
#include "kube/kubeclient.h"
#include "kube/kubeclusterapi.h"
#include "models/drain/drainpreview.h"
#include "models/drain/drainpreviewtext.h"
#include "models/releasecatalog.h"
#include "models/run/runclock.h"
#include "models/run/runjournal.h"
#include "models/run/runorder.h"
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

int refuse(const QString &message)
{
    RunConsole::print(QStringLiteral("error: ") + message, true);
    return 1;
}

QCommandLineOption option(const QString &name, const QString &help, const QString &value = {},
                          const QString &defaultValue = {})
{
    return value.isEmpty() ? QCommandLineOption(name, help)
                           : QCommandLineOption(name, help, value, defaultValue);
}

struct RunParser
{
    QString command;
    QCommandLineParser parser;
    ClusterCliOptions cluster;
    QCommandLineOption to = option(
        QStringLiteral("to"), Tr::tr("The version every node ends at, e.g. v1.35.0."), Tr::tr("version"));
    QCommandLineOption strategy = option(QStringLiteral("strategy"), Tr::tr("rolling, all-at-once or surge."),
                                         Tr::tr("strategy"), QStringLiteral("rolling"));
    QCommandLineOption maxUnavailable =
        option(QStringLiteral("max-unavailable"), Tr::tr("Rolling: nodes out of service at a time."),
               QStringLiteral("N"), QStringLiteral("1"));
    QCommandLineOption soak =
        option(QStringLiteral("soak"), Tr::tr("Rolling: wait this long after each node (e.g. 5m)."),
               Tr::tr("duration"), QStringLiteral("0"));
    QCommandLineOption surgeNodes =
        option(QStringLiteral("surge-nodes"), Tr::tr("Surge: new nodes that must join first."),
               QStringLiteral("N"), QStringLiteral("1"));
    QCommandLineOption executor =
        option(QStringLiteral("executor"),
               Tr::tr("manual, command or practice (default: practice on practice clusters, else manual)."),
               Tr::tr("executor"));
    QCommandLineOption nodeCommand =
        option(QStringLiteral("node-command"),
               Tr::tr("Command executor: a template with {node} and {version}."), Tr::tr("template"));
    QCommandLineOption maintainCommand =
        option(QStringLiteral("command"), Tr::tr("The maintenance command, a template with {node}."),
               Tr::tr("template"));
    QCommandLineOption reboot =
        option(QStringLiteral("reboot"),
               Tr::tr("The maintenance step reboots the node (verified by a new boot id)."));
    QCommandLineOption nodes =
        option(QStringLiteral("nodes"), Tr::tr("The nodes, comma separated, in the order to take them."),
               QStringLiteral("N1,N2…"));
    QCommandLineOption yes = option(QStringLiteral("yes"), Tr::tr("Do not ask before each change."));
    QCommandLineOption dryRun = option(QStringLiteral("dry-run"),
                                       Tr::tr("Print the run order and the drain preview; change nothing."));
    QCommandLineOption journal = option(
        QStringLiteral("journal"), Tr::tr("The run's journal; an existing one is resumed."), Tr::tr("file"));
    QCommandLineOption gateNode =
        option(QStringLiteral("confirm-each-node"), Tr::tr("Ask before starting on each node."));
    QCommandLineOption gateUncordon =
        option(QStringLiteral("confirm-uncordon"), Tr::tr("Ask before uncordoning each node."));
    QCommandLineOption force =
        option(QStringLiteral("force"), Tr::tr("kubectl drain --force: also pods without a controller."));
    QCommandLineOption emptyDir = option(QStringLiteral("delete-emptydir-data"),
                                         Tr::tr("kubectl drain: also pods with emptyDir data."));
    QCommandLineOption grace = option(QStringLiteral("grace-period"),
                                      Tr::tr("kubectl drain: seconds each pod gets to stop (-1: its own)."),
                                      Tr::tr("seconds"), QStringLiteral("-1"));
    QCommandLineOption timeout =
        option(QStringLiteral("timeout"),
               Tr::tr("kubectl drain: give up on a node's drain after this long (0: never)."),
               Tr::tr("duration"), QStringLiteral("0s"));
    QCommandLineOption disableEviction =
        option(QStringLiteral("disable-eviction"),
               Tr::tr("kubectl drain: delete instead of evict (bypasses budgets)."));
    QCommandLineOption overridePdb =
        option(QStringLiteral("override-pdb"),
               Tr::tr("When this budget blocks, delete its pods instead (recorded); repeatable."),
               QStringLiteral("NAMESPACE/NAME"));
    QCommandLineOption pollMsecs = option(QStringLiteral("poll-interval"),
                                          Tr::tr("How often to look at the cluster while waiting, in ms."),
                                          QStringLiteral("ms"), QStringLiteral("1000"));
    QCommandLineOption lang =
        option(QStringLiteral("lang"), Tr::tr("User interface language."), Tr::tr("language"));
    QCommandLineOption verbose = option(QStringLiteral("verbose"), Tr::tr("Log debug messages to stderr."));

    RunParser(const QString &name, const QString &description, RunKind kind)
        : command(name)
    {
        parser.setApplicationDescription(description);
        parser.addHelpOption();
        parser.addOptions(cluster.all());
        parser.addOptions({strategy, maxUnavailable,  soak,        surgeNodes,   executor, nodes,    yes,
                           dryRun,   journal,         gateNode,    gateUncordon, force,    emptyDir, grace,
                           timeout,  disableEviction, overridePdb, pollMsecs,    lang,     verbose});
        parser.addOptions(kind == RunKind::Upgrade ? QList<QCommandLineOption>{to, nodeCommand}
                                                   : QList<QCommandLineOption>{maintainCommand, reboot});
        parser.addPositionalArgument(name, Tr::tr("The sub-command."), name);
    }

    bool parse(const QStringList &arguments)
    {
        const QStringList prepared = ClusterCliOptions::prepareArguments(
            arguments,
            {QStringLiteral("force"), QStringLiteral("delete-emptydir-data"),
             QStringLiteral("disable-eviction"), QStringLiteral("yes"), QStringLiteral("dry-run")});
        if (!parser.parse(prepared)) {
            refuse(parser.errorText() + QLatin1Char('\n') +
                   Tr::tr("See 'slipway %1 --help' for usage.").arg(command));
            return false;
        }
        if (parser.isSet(QStringLiteral("help")))
            parser.showHelp(0);
        if (parser.positionalArguments().size() > 1) {
            refuse(Tr::tr("unexpected argument \"%1\"; see 'slipway %2 --help'")
                       .arg(parser.positionalArguments().at(1), command));
            return false;
        }
        return true;
    }
};

bool parseDrainOptions(const RunParser &p, DrainOptions *o, QString *error)
{
    o->force = p.parser.isSet(p.force);
    o->deleteEmptyDirData = p.parser.isSet(p.emptyDir);
    o->disableEviction = p.parser.isSet(p.disableEviction);
    o->ignoreDaemonSets = true;
    bool ok = false;
    o->gracePeriodSeconds = p.parser.value(p.grace).toLongLong(&ok);
    if (!ok) {
        *error =
            Tr::tr("--grace-period must be a number of seconds, not \"%1\"").arg(p.parser.value(p.grace));
        return false;
    }
    const auto timeout = parseGoDuration(p.parser.value(p.timeout), error);
    if (!timeout)
        return false;
    o->timeoutSeconds = *timeout;
    for (const QString &pdb : p.parser.values(p.overridePdb)) {
        if (pdb.count(QLatin1Char('/')) != 1 || pdb.startsWith(QLatin1Char('/')) ||
            pdb.endsWith(QLatin1Char('/'))) {
            *error = Tr::tr("--override-pdb takes NAMESPACE/NAME, not \"%1\"").arg(pdb);
            return false;
        }
        o->overridePdbs << pdb;
    }
    return true;
}

// The spec from the command line (cluster-independent checks only). `practice` picks the default
// executor.
Result<RunSpec> specFrom(const RunParser &p, RunKind kind, bool practice)
{
    using R = Result<RunSpec>;
    RunSpec s;
    s.kind = kind;
    if (kind == RunKind::Upgrade)
        s.target = Version::parse(p.parser.value(p.to));
    QString error;
    if (!parseDrainOptions(p, &s.drain, &error))
        return R::failure(error);
    const auto strategy = runStrategyFromName(p.parser.value(p.strategy));
    if (!strategy)
        return R::failure(Tr::tr("--strategy must be rolling, all-at-once or surge, not \"%1\"")
                              .arg(p.parser.value(p.strategy)));
    s.strategy = *strategy;
    bool ok = false;
    s.maxUnavailable = p.parser.value(p.maxUnavailable).toInt(&ok);
    if (!ok)
        return R::failure(
            Tr::tr("--max-unavailable must be a number, not \"%1\"").arg(p.parser.value(p.maxUnavailable)));
    s.surgeNodes = p.parser.value(p.surgeNodes).toInt(&ok);
    if (!ok)
        return R::failure(
            Tr::tr("--surge-nodes must be a number, not \"%1\"").arg(p.parser.value(p.surgeNodes)));
    const auto soak = parseGoDuration(p.parser.value(p.soak), &error);
    if (!soak)
        return R::failure(QStringLiteral("--soak: ") + error);
    s.soakSeconds = *soak;
    if (p.parser.isSet(p.nodes))
        s.nodes = p.parser.value(p.nodes).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString templ =
        kind == RunKind::Upgrade ? p.parser.value(p.nodeCommand) : p.parser.value(p.maintainCommand);
    s.commandTemplate = templ;
    s.reboot = kind == RunKind::Maintenance && p.parser.isSet(p.reboot);
    QString executor = p.parser.value(p.executor);
    if (executor.isEmpty())
        executor = !templ.isEmpty() ? QStringLiteral("command")
                   : practice       ? QStringLiteral("practice")
                                    : QStringLiteral("manual");
    const auto e = runExecutorFromName(executor);
    if (!e)
        return R::failure(Tr::tr("--executor must be manual, command or practice, not \"%1\"").arg(executor));
    s.executor = *e;
    if (kind == RunKind::Maintenance && s.nodes.isEmpty())
        return R::failure(Tr::tr("slipway maintain needs --nodes N1,N2…"));
    if (kind == RunKind::Maintenance && !templ.isEmpty() && s.reboot && s.executor == RunExecutor::Practice)
        return R::failure(Tr::tr("give either --command or --reboot"));
    s.gates.beforeEachNode = p.parser.isSet(p.gateNode);
    s.gates.beforeEachUncordon = p.parser.isSet(p.gateUncordon);
    s.journalPath = p.parser.value(p.journal);
    s.operatorName = currentOperatorName();
    if (const QStringList problems = s.problems(); !problems.isEmpty())
        return R::failure(problems.join(QLatin1Char('\n')));
    return s;
}

std::optional<ClusterSnapshot> readSnapshot(ClusterApi *api)
{
    QEventLoop loop;
    std::optional<ClusterSnapshot> snapshot;
    QObject::connect(api, &ClusterApi::snapshotLoaded, &loop, [&](const ClusterSnapshot &s) {
        snapshot = s;
        loop.quit();
    });
    QObject::connect(api, &ClusterApi::refreshFailed, &loop, [&](const ClusterError &e) {
        refuse(e.describe());
        loop.quit();
    });
    api->refresh();
    loop.exec();
    return snapshot;
}

UpgradePlan planFor(const RunSpec &spec, const ClusterSnapshot &snapshot, const QString &target)
{
    if (spec.kind == RunKind::Maintenance) {
        UpgradePlan plan;
        plan.nodes = snapshot.nodes;
        plan.clusterVersion = Version::parse(snapshot.serverVersion);
        return plan;
    }
    PlanOptions options;
    options.target = target;
    options.today = QDate::currentDate();
    options.includePatchHopFirst = false; // a run goes straight to its target, one minor at a time
    return planUpgrade(snapshot, ReleaseCatalog::bundled(), options);
}

// The drain pre-flight (models/drain/drainpreview.h): blockers the options do not cover stop the
// run before anything changes, each naming the option that would cover it.
UpgradeRunner::PreflightHook preflight(const ClusterSnapshot &snapshot)
{
    return [snapshot](const RunSpec &spec, const QStringList &order) {
        const int maxCordoned =
            spec.strategy == RunStrategy::AllAtOnce ? int(order.size()) : spec.maxUnavailable;
        QStringList out;
        for (const DrainBlocker &b :
             DrainPreview::blockers(DrainPreview::previewRun(snapshot, order, spec.drain, maxCordoned)))
            out << Tr::tr("%1: %2%3")
                       .arg(b.node, b.what,
                            b.option.isEmpty() ? QString() : Tr::tr(" (%1 would cover it)").arg(b.option));
        return out;
    };
}

int dryRun(const RunSpec &spec, const UpgradePlan &plan, const ClusterSnapshot &snapshot)
{
    const Result<RunOrder> order = RunOrder::compute(spec, plan);
    if (!order.ok())
        return refuse(order.errorText());
    RunConsole::print(Tr::tr("Run order (%1, %2): %3")
                          .arg(runStrategyName(spec.strategy), runExecutorName(spec.executor),
                               order->nodes.join(QStringLiteral(", "))));
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
    RunParser p(name, description, kind);
    if (!p.parse(arguments))
        return 1;
    if (kind == RunKind::Upgrade && !p.parser.isSet(p.to) && !p.parser.isSet(p.journal))
        return refuse(Tr::tr("slipway upgrade needs --to VERSION"));
    const QString journalPath = p.parser.value(p.journal);
    const bool resuming = !journalPath.isEmpty() && QFileInfo::exists(journalPath);
    if (resuming) {
        // Refuse a foreign or damaged journal before connecting to anything.
        const auto contents = RunJournal::read(journalPath);
        if (!contents.ok())
            return refuse(contents.errorText());
    }
    const bool yes = p.parser.isSet(p.yes);
    if (!yes && !p.parser.isSet(p.dryRun) && !RunConsole::stdinIsTerminal())
        return refuse(Tr::tr("refusing to change the cluster without --yes: there is no terminal to ask on. "
                             "Run it on a terminal, or add --yes."));
    QString error;
    QStringList warnings;
    auto cluster = CliCluster::open(p.parser, p.cluster, &error, &warnings);
    for (const QString &w : std::as_const(warnings))
        RunConsole::print(QStringLiteral("Warning: ") + w, true);
    if (!cluster)
        return refuse(error);
    Result<RunSpec> spec =
        resuming ? Result<RunSpec>(RunSpec()) : specFrom(p, kind, isPractice(cluster.get()));
    if (!spec.ok())
        return refuse(spec.errorText());
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
        const UpgradePlan plan = planFor(*spec, *snapshot, p.parser.value(p.to));
        if (kind == RunKind::Upgrade)
            spec->target = plan.target.isValid() ? plan.target : Version::parse(p.parser.value(p.to));
        if (p.parser.isSet(p.dryRun))
            return dryRun(*spec, plan, *snapshot);
        runner.setPreflightHook(preflight(*snapshot));
        started = runner.start(*spec, plan, clusterInfo(cluster.get(), *snapshot));
        if (!started.hasErrors())
            RunConsole::print(Tr::tr("Journal: %1").arg(runner.journalPath()));
    }
    for (const QString &w : started.warningLines())
        RunConsole::print(QStringLiteral("Warning: ") + w, true);
    if (started.hasErrors())
        return refuse(started.errorText());
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
        return refuse(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (!parser.isSet(journal))
        return refuse(Tr::tr("slipway rollback needs --journal FILE"));
    const auto contents = RunJournal::read(parser.value(journal));
    if (!contents.ok())
        return refuse(contents.errorText());
    QString error;
    auto open = CliCluster::open(parser, cluster, &error);
    if (!open)
        return refuse(error);
    WallRunClock clock;
    UpgradeRunner runner(open->api(), &clock);
    RunConsole console(&runner, true);
    const Diagnostics d = runner.rollbackFromJournal(parser.value(journal));
    if (d.hasErrors())
        return refuse(d.errorText());
    const int code = console.exec();
    return console.outcome().leftCordoned.isEmpty() ? 0 : std::max(code, 2);
}

} // namespace Slipway
