#pragma once

// The run options shared by `slipway upgrade`, `slipway maintain` and `slipway rehearse`
// (docs/runner.md "Command line", docs/rehearsal.md): one parser, one spec builder, one plan, so a
// rehearsal runs exactly what the real command would.

#include "app/clustercli.h"
#include "models/result.h"
#include "models/run/runspec.h"
#include "models/upgradeplan.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace Slipway {

// A QCommandLineOption with or without a value.
QCommandLineOption runOption(const QString &name, const QString &help, const QString &value = {},
                             const QString &defaultValue = {});

struct RunParser
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::RunCommand)

public:
    QString command;
    QCommandLineParser parser;
    ClusterCliOptions cluster;
    QCommandLineOption to =
        runOption(QStringLiteral("to"), tr("The version every node ends at, e.g. v1.35.0."), tr("version"));
    QCommandLineOption strategy = runOption(QStringLiteral("strategy"), tr("rolling, all-at-once or surge."),
                                            tr("strategy"), QStringLiteral("rolling"));
    QCommandLineOption maxUnavailable =
        runOption(QStringLiteral("max-unavailable"), tr("Rolling: nodes out of service at a time."),
                  QStringLiteral("N"), QStringLiteral("1"));
    QCommandLineOption soak =
        runOption(QStringLiteral("soak"), tr("Rolling: wait this long after each node (e.g. 5m)."),
                  tr("duration"), QStringLiteral("0"));
    QCommandLineOption surgeNodes =
        runOption(QStringLiteral("surge-nodes"), tr("Surge: new nodes that must join first."),
                  QStringLiteral("N"), QStringLiteral("1"));
    QCommandLineOption executor =
        runOption(QStringLiteral("executor"),
                  tr("manual, command or practice (default: practice on practice clusters, else manual)."),
                  tr("executor"));
    QCommandLineOption nodeCommand =
        runOption(QStringLiteral("node-command"),
                  tr("Command executor: a template with {node} and {version}."), tr("template"));
    QCommandLineOption maintainCommand = runOption(
        QStringLiteral("command"), tr("The maintenance command, a template with {node}."), tr("template"));
    QCommandLineOption reboot = runOption(
        QStringLiteral("reboot"), tr("The maintenance step reboots the node (verified by a new boot id)."));
    QCommandLineOption nodes =
        runOption(QStringLiteral("nodes"), tr("The nodes, comma separated, in the order to take them."),
                  QStringLiteral("N1,N2…"));
    QCommandLineOption yes = runOption(QStringLiteral("yes"), tr("Do not ask before each change."));
    QCommandLineOption dryRun = runOption(QStringLiteral("dry-run"),
                                          tr("Print the run order and the drain preview; change nothing."));
    QCommandLineOption journal = runOption(QStringLiteral("journal"),
                                           tr("The run's journal; an existing one is resumed."), tr("file"));
    QCommandLineOption gateNode =
        runOption(QStringLiteral("confirm-each-node"), tr("Ask before starting on each node."));
    QCommandLineOption gateUncordon =
        runOption(QStringLiteral("confirm-uncordon"), tr("Ask before uncordoning each node."));
    QCommandLineOption force =
        runOption(QStringLiteral("force"), tr("kubectl drain --force: also pods without a controller."));
    QCommandLineOption emptyDir =
        runOption(QStringLiteral("delete-emptydir-data"), tr("kubectl drain: also pods with emptyDir data."));
    QCommandLineOption grace = runOption(QStringLiteral("grace-period"),
                                         tr("kubectl drain: seconds each pod gets to stop (-1: its own)."),
                                         tr("seconds"), QStringLiteral("-1"));
    QCommandLineOption timeout = runOption(
        QStringLiteral("timeout"), tr("kubectl drain: give up on a node's drain after this long (0: never)."),
        tr("duration"), QStringLiteral("0s"));
    QCommandLineOption disableEviction = runOption(
        QStringLiteral("disable-eviction"), tr("kubectl drain: delete instead of evict (bypasses budgets)."));
    QCommandLineOption overridePdb =
        runOption(QStringLiteral("override-pdb"),
                  tr("When this budget blocks, delete its pods instead (recorded); repeatable."),
                  QStringLiteral("NAMESPACE/NAME"));
    QCommandLineOption pollMsecs = runOption(QStringLiteral("poll-interval"),
                                             tr("How often to look at the cluster while waiting, in ms."),
                                             QStringLiteral("ms"), QStringLiteral("1000"));
    QCommandLineOption lang =
        runOption(QStringLiteral("lang"), tr("User interface language."), tr("language"));
    QCommandLineOption verbose = runOption(QStringLiteral("verbose"), tr("Log debug messages to stderr."));

    // The options of `kinds` (upgrade: --to, --node-command; maintenance: --command, --reboot) plus
    // `extra` (a sub-command's own).
    RunParser(const QString &name, const QString &description, const QList<RunKind> &kinds,
              const QList<QCommandLineOption> &extra = {});
    // False (after printing why) on a parse error; --help prints and exits.
    bool parse(const QStringList &arguments);
};

// "error: …" on stderr; returns 1 (refused before anything changed).
int refuseRun(const QString &message);

// The spec from the command line (cluster-independent checks only). `practice` picks the default
// executor.
Result<RunSpec> runSpecFrom(const RunParser &p, RunKind kind, bool practice);

// The plan a run follows: the upgrade plan without the patch hop (one minor per run), or for
// maintenance the cluster's nodes and version.
UpgradePlan runPlanFor(const RunSpec &spec, const ClusterSnapshot &snapshot, const QString &target);

} // namespace Slipway
