// The run options shared by slipway upgrade, maintain and rehearse (app/runoptions.h).
#include "app/runoptions.h"

#include "app/nodecommands.h"
#include "app/runconsole.h"
#include "models/releasecatalog.h"
#include "models/upgradeplanner.h"

namespace Slipway {

namespace {

using Tr = RunParser;

} // namespace

QCommandLineOption runOption(const QString &name, const QString &help, const QString &value,
                             const QString &defaultValue)
{
    return value.isEmpty() ? QCommandLineOption(name, help)
                           : QCommandLineOption(name, help, value, defaultValue);
}

int refuseRun(const QString &message)
{
    RunConsole::print(QStringLiteral("error: ") + message, true);
    return 1;
}

RunParser::RunParser(const QString &name, const QString &description, const QList<RunKind> &kinds,
                     const QList<QCommandLineOption> &extra)
    : command(name)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOptions(cluster.all());
    parser.addOptions({strategy, maxUnavailable,  soak,        surgeNodes,   executor, nodes,    yes,
                       dryRun,   journal,         gateNode,    gateUncordon, force,    emptyDir, grace,
                       timeout,  disableEviction, overridePdb, pollMsecs,    lang,     verbose});
    if (kinds.contains(RunKind::Upgrade))
        parser.addOptions({to, nodeCommand});
    if (kinds.contains(RunKind::Maintenance))
        parser.addOptions({maintainCommand, reboot});
    parser.addOptions(extra);
    parser.addPositionalArgument(name, Tr::tr("The sub-command."), name);
}

bool RunParser::parse(const QStringList &arguments)
{
    const QStringList prepared = ClusterCliOptions::prepareArguments(
        arguments, {QStringLiteral("force"), QStringLiteral("delete-emptydir-data"),
                    QStringLiteral("disable-eviction"), QStringLiteral("yes"), QStringLiteral("dry-run")});
    if (!parser.parse(prepared)) {
        refuseRun(parser.errorText() + QLatin1Char('\n') +
                  Tr::tr("See 'slipway %1 --help' for usage.").arg(command));
        return false;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.positionalArguments().size() > 1) {
        refuseRun(Tr::tr("unexpected argument \"%1\"; see 'slipway %2 --help'")
                      .arg(parser.positionalArguments().at(1), command));
        return false;
    }
    return true;
}

namespace {

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
    const Result<qint64> timeout = parseGoDuration(p.parser.value(p.timeout));
    if (!timeout.ok()) {
        *error = timeout.errorText();
        return false;
    }
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

} // namespace

Result<RunSpec> runSpecFrom(const RunParser &p, RunKind kind, bool practice)
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
    const Result<qint64> soak = parseGoDuration(p.parser.value(p.soak));
    if (!soak.ok())
        return R::failure(QStringLiteral("--soak: ") + soak.errorText());
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

UpgradePlan runPlanFor(const RunSpec &spec, const ClusterSnapshot &snapshot, const QString &target)
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

} // namespace Slipway
