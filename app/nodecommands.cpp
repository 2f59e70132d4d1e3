// slipway cordon / uncordon / drain: kubectl's commands through NodeCordoner and NodeDrainer.
#include "app/nodecommands.h"

#include "app/clustercli.h"
#include "kube/kubeclusterapi.h"
#include "models/clusterfutures.h"
#include "models/drain/drainpreview.h"
#include "models/drain/drainpreviewtext.h"
#include "models/drain/nodecordoner.h"
#include "models/drain/nodedrainer.h"
#include "models/run/runclock.h"
#include "models/run/runspec.h"
#include "models/labelselector.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

namespace Slipway {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::NodeCommands)
};

// kubectl's stdout and stderr, line by line and flushed, so the two streams interleave as they
// would on a terminal.
void print(const QString &line, bool isError)
{
    static QTextStream out(stdout);
    static QTextStream err(stderr);
    QTextStream &stream = isError ? err : out;
    stream << line << '\n';
    stream.flush();
}

int fail(const QString &message)
{
    print(QStringLiteral("error: ") + message, true);
    return 1;
}

// The parts every node command shares: the cluster options, --selector, --dry-run, help.
struct NodeCommandParser
{
    QString command;
    QCommandLineParser parser;
    ClusterCliOptions cluster;
    QCommandLineOption selector{{QStringLiteral("l"), QStringLiteral("selector")},
                                Tr::tr("Selector (label query) to filter on nodes."),
                                Tr::tr("selector")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"), Tr::tr("none, client or server."),
                              Tr::tr("strategy"), QStringLiteral("none")};
    QCommandLineOption lang{QStringLiteral("lang"), Tr::tr("User interface language."), Tr::tr("language")};
    QCommandLineOption verbose{QStringLiteral("verbose"), Tr::tr("Log debug messages to stderr.")};

    explicit NodeCommandParser(const QString &name, const QString &description)
        : command(name)
    {
        parser.setApplicationDescription(description);
        parser.addHelpOption();
        parser.addOptions(cluster.all());
        parser.addOptions({selector, dryRun, lang, verbose});
        parser.addPositionalArgument(name, Tr::tr("The sub-command."), name);
        parser.addPositionalArgument(QStringLiteral("node"), Tr::tr("The node(s)."), QStringLiteral("NODE…"));
    }

    // Parses; on --help prints and exits, on a bad option returns false with kubectl-like text.
    bool parse(const QStringList &arguments, const QStringList &booleanFlags)
    {
        const QStringList prepared = ClusterCliOptions::prepareArguments(arguments, booleanFlags);
        if (!parser.parse(prepared)) {
            fail(parser.errorText() + QLatin1Char('\n') +
                 Tr::tr("See 'slipway %1 --help' for usage.").arg(command));
            return false;
        }
        if (parser.isSet(QStringLiteral("help")))
            parser.showHelp(0);
        return true;
    }

    QStringList nodes() const { return parser.positionalArguments().mid(1); }

    std::optional<DrainOptions::DryRun> dryRunStrategy() const
    {
        const QString value = parser.value(dryRun);
        if (value == QLatin1String("none"))
            return DrainOptions::DryRun::None;
        if (value == QLatin1String("client"))
            return DrainOptions::DryRun::Client;
        if (value == QLatin1String("server"))
            return DrainOptions::DryRun::Server;
        fail(QStringLiteral("Invalid dry-run value (%1). Must be \"none\", \"server\", or \"client\".")
                 .arg(value));
        return std::nullopt;
    }
};

// One full read of the cluster, or std::nullopt after printing why it failed.
std::optional<ClusterSnapshot> loadSnapshot(CliCluster *cluster)
{
    QEventLoop loop;
    std::optional<ClusterSnapshot> loaded;
    KubeClusterApi *api = cluster->kubeApi();
    QObject::connect(api, &ClusterApi::snapshotLoaded, &loop, [&](const ClusterSnapshot &snapshot) {
        loaded = snapshot;
        loop.quit();
    });
    QObject::connect(api, &ClusterApi::refreshFailed, &loop, [&](const ClusterError &e) {
        fail(e.describe());
        loop.quit();
    });
    api->refresh();
    loop.exec();
    return loaded;
}

// Node names from the arguments, or from --selector (kubectl's resource builder).
std::optional<QStringList> resolveNodes(NodeCommandParser &p, CliCluster *cluster)
{
    const QStringList names = p.nodes();
    if (!p.parser.isSet(p.selector)) {
        if (names.isEmpty()) {
            fail(QStringLiteral("USAGE: %1 NODE [flags]\nSee 'slipway %1 --help' for help and examples")
                     .arg(p.command));
            return std::nullopt;
        }
        return names;
    }
    if (!names.isEmpty()) {
        fail(QStringLiteral(
                 "cannot specify both a node name and a --selector option\nSee 'slipway %1 --help' for help "
                 "and examples")
                 .arg(p.command));
        return std::nullopt;
    }
    const auto selector = LabelSelector::parse(p.parser.value(p.selector));
    if (!selector.ok()) {
        fail(selector.errorText());
        return std::nullopt;
    }
    const auto snapshot = loadSnapshot(cluster);
    if (!snapshot)
        return std::nullopt;
    QStringList matching;
    for (const Node &node : snapshot->nodes) {
        if (selector->matches(node.labels))
            matching << node.name;
    }
    return matching;
}

std::unique_ptr<CliCluster> openCluster(const NodeCommandParser &p)
{
    Result<std::unique_ptr<CliCluster>> cluster = CliCluster::open(p.parser, p.cluster);
    for (const QString &w : cluster.warningLines())
        print(QStringLiteral("Warning: ") + w, true);
    if (!cluster.ok()) {
        fail(cluster.errorText());
        return nullptr;
    }
    return std::move(cluster).value();
}

// Cordons or uncordons each node in turn, printing kubectl's lines; false after the first error.
bool cordonAll(ClusterApi *api, RunClock *clock, const QStringList &nodes, bool cordon,
               const CordonOptions &options, QStringList *leftCordoned = nullptr)
{
    NodeCordoner cordoner(api, clock);
    QObject::connect(&cordoner, &NodeCordoner::output, &cordoner, &print);
    for (const QString &node : nodes) {
        QEventLoop loop;
        CordonOutcome outcome;
        QObject::connect(&cordoner, &NodeCordoner::finished, &loop, [&](const CordonOutcome &o) {
            outcome = o;
            loop.quit();
        });
        cordon ? cordoner.cordon(node, options) : cordoner.uncordon(node, options);
        loop.exec();
        if (!outcome.ok()) {
            print(outcome.errorLine, true);
            return false;
        }
        if (leftCordoned && outcome.result == QLatin1String("left-cordoned"))
            *leftCordoned << node;
    }
    return true;
}

int runCordonOrUncordon(const QStringList &arguments, bool cordon)
{
    const QString name = cordon ? QStringLiteral("cordon") : QStringLiteral("uncordon");
    NodeCommandParser p(
        name, cordon ? Tr::tr("Mark nodes as unschedulable, as `kubectl cordon` does, and record "
                              "why, who and when in the node's slipway.io/cordon-* annotations.")
                     : Tr::tr("Mark nodes as schedulable, as `kubectl uncordon` does. A node "
                              "cordoned outside Slipway is left cordoned unless --force is given."));
    const QCommandLineOption reason(QStringLiteral("reason"), Tr::tr("Why the node is cordoned (recorded)."),
                                    Tr::tr("text"));
    const QCommandLineOption force(
        QStringLiteral("force"), Tr::tr("Uncordon a node that was cordoned outside Slipway too (recorded)."));
    p.parser.addOption(cordon ? reason : force);
    if (!p.parse(arguments, {QStringLiteral("force")}))
        return 1;
    const auto dryRun = p.dryRunStrategy();
    if (!dryRun)
        return 1;
    const auto cluster = openCluster(p);
    if (!cluster)
        return 1;
    const auto nodes = resolveNodes(p, cluster.get());
    if (!nodes)
        return 1;
    WallRunClock clock;
    CordonOptions options;
    options.reason = cordon ? p.parser.value(reason) : QString();
    options.by = currentOperatorName();
    options.force = !cordon && p.parser.isSet(force);
    options.dryRun = *dryRun;
    QStringList leftCordoned;
    if (!cordonAll(cluster->api(), &clock, *nodes, cordon, options, &leftCordoned))
        return 1;
    return leftCordoned.isEmpty() ? 0 : 1;
}

// The drain flags (FACTS §5.1) on top of the shared ones.
struct DrainFlags
{
    QCommandLineOption force{QStringLiteral("force"),
                             Tr::tr("Continue even if there are pods that do not declare a controller.")};
    QCommandLineOption ignoreDaemonSets{QStringLiteral("ignore-daemonsets"),
                                        Tr::tr("Ignore DaemonSet-managed pods.")};
    QCommandLineOption deleteEmptyDir{
        QStringLiteral("delete-emptydir-data"),
        Tr::tr("Continue even if there are pods using emptyDir (local data that will "
               "be deleted when the node is drained).")};
    QCommandLineOption gracePeriod{
        QStringLiteral("grace-period"),
        Tr::tr("Period of time in seconds given to each pod to terminate gracefully. If "
               "negative, the default value specified in the pod will be used."),
        Tr::tr("seconds"), QStringLiteral("-1")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               Tr::tr("The length of time to wait before giving up, zero means infinite."),
                               Tr::tr("duration"), QStringLiteral("0s")};
    QCommandLineOption podSelector{QStringLiteral("pod-selector"),
                                   Tr::tr("Label selector to filter pods on the node."), Tr::tr("selector")};
    QCommandLineOption disableEviction{
        QStringLiteral("disable-eviction"),
        Tr::tr("Force drain to use delete, even if eviction is supported. This will "
               "bypass checking PodDisruptionBudgets, use with caution.")};
    QCommandLineOption skipWait{
        QStringLiteral("skip-wait-for-delete-timeout"),
        Tr::tr("If pod DeletionTimestamp older than N seconds, skip waiting for the pod. "
               "Seconds must be greater than 0 to skip."),
        Tr::tr("seconds"), QStringLiteral("0")};
    QCommandLineOption overridePdb{
        QStringLiteral("override-pdb"),
        Tr::tr("When this PodDisruptionBudget (NAMESPACE/NAME) blocks an eviction, delete "
               "the pod instead (recorded as an override; repeatable)."),
        Tr::tr("namespace/name")};
    QCommandLineOption reason{QStringLiteral("reason"), Tr::tr("Why the node is cordoned (recorded)."),
                              Tr::tr("text"), QStringLiteral("drain")};
    QCommandLineOption preview{
        QStringLiteral("preview"),
        Tr::tr("Print what draining would do with these flags — per pod evict, skip, blocked or downtime, "
               "the PodDisruptionBudgets with their numbers, and where the evicted pods would fit — and "
               "change nothing (docs/drain-preview.md).")};

    QList<QCommandLineOption> all() const
    {
        return {force,           ignoreDaemonSets, deleteEmptyDir, gracePeriod, timeout, podSelector,
                disableEviction, skipWait,         overridePdb,    reason,      preview};
    }
    static QStringList booleans()
    {
        return {QStringLiteral("force"), QStringLiteral("ignore-daemonsets"),
                QStringLiteral("delete-emptydir-data"), QStringLiteral("disable-eviction"),
                QStringLiteral("preview")};
    }
};

// kubectl's Complete/Validate: the flags as DrainOptions, or std::nullopt after printing the error.
std::optional<DrainOptions> drainOptions(const NodeCommandParser &p, const DrainFlags &f)
{
    DrainOptions o;
    const QCommandLineParser &parser = p.parser;
    o.force = parser.isSet(f.force);
    o.ignoreDaemonSets = parser.isSet(f.ignoreDaemonSets);
    o.deleteEmptyDirData = parser.isSet(f.deleteEmptyDir);
    o.disableEviction = parser.isSet(f.disableEviction);
    bool ok = false;
    o.gracePeriodSeconds = parser.value(f.gracePeriod).toLongLong(&ok);
    if (!ok) {
        fail(QStringLiteral("invalid argument \"%1\" for \"--grace-period\" flag")
                 .arg(parser.value(f.gracePeriod)));
        return std::nullopt;
    }
    o.skipWaitForDeleteTimeoutSeconds = parser.value(f.skipWait).toLongLong(&ok);
    if (!ok) {
        fail(QStringLiteral("invalid argument \"%1\" for \"--skip-wait-for-delete-timeout\" flag")
                 .arg(parser.value(f.skipWait)));
        return std::nullopt;
    }
    const Result<qint64> timeout = parseGoDuration(parser.value(f.timeout));
    if (!timeout.ok()) {
        fail(QStringLiteral("invalid argument \"%1\" for \"--timeout\" flag: %2")
                 .arg(parser.value(f.timeout), timeout.errorText()));
        return std::nullopt;
    }
    o.timeoutSeconds = *timeout;
    o.podSelector = parser.value(f.podSelector);
    if (!LabelSelector::parse(o.podSelector).ok()) {
        // kubectl prints its placeholder literally (FACTS §5.1).
        fail(QStringLiteral("--pod-selector=<pod_selector> must be a valid label selector"));
        return std::nullopt;
    }
    for (const QString &pdb : parser.values(f.overridePdb)) {
        if (pdb.count(QLatin1Char('/')) != 1 || pdb.startsWith(QLatin1Char('/')) ||
            pdb.endsWith(QLatin1Char('/'))) {
            fail(Tr::tr("--override-pdb takes NAMESPACE/NAME of a PodDisruptionBudget, not \"%1\"").arg(pdb));
            return std::nullopt;
        }
        o.overridePdbs << pdb;
    }
    const auto dryRun = p.dryRunStrategy();
    if (!dryRun)
        return std::nullopt;
    o.dryRun = *dryRun;
    o.cordonReason = parser.value(f.reason);
    o.by = currentOperatorName();
    o.alreadyCordoned = true; // the command cordons every node first, as kubectl does
    return o;
}

// kubectl's builder reads every node before anything changes: an unknown node stops it.
bool nodesExist(ClusterApi *api, const QStringList &nodes)
{
    for (const QString &node : nodes) {
        QEventLoop loop;
        NodeResult result;
        whenFinished(api->getNode(node), &loop, [&](const NodeResult &r) {
            result = r;
            loop.quit();
        });
        loop.exec();
        if (!result.ok()) {
            print(NodeCordoner::serverErrorLine(result.error), true);
            return false;
        }
    }
    return true;
}

// drain --preview: one read, the preview as text, nothing changed (exit 0 even when it shows
// blockers: it answered the question). Several nodes are previewed as kubectl drains them: all
// cordoned first, then one after another.
int printPreview(CliCluster *cluster, const QStringList &nodes, const DrainOptions &options)
{
    const auto snapshot = loadSnapshot(cluster);
    if (!snapshot)
        return 1;
    if (nodes.size() == 1) {
        print(
            DrainPreviewText::render(DrainPreview::previewNode(*snapshot, nodes.first(), options)).chopped(1),
            false);
    } else {
        const auto run = DrainPreview::previewRun(*snapshot, nodes, options, DrainPreview::AllCordonedFirst);
        print(DrainPreviewText::renderRun(run).chopped(1), false);
    }
    return 0;
}

DrainOutcome drainOne(ClusterApi *api, RunClock *clock, const QString &node, const DrainOptions &options)
{
    NodeDrainer drainer(api, clock);
    QObject::connect(&drainer, &NodeDrainer::output, &drainer, &print);
    QEventLoop loop;
    DrainOutcome outcome;
    QObject::connect(&drainer, &NodeDrainer::finished, &loop, [&](const DrainOutcome &o) {
        outcome = o;
        loop.quit();
    });
    drainer.start(node, options);
    loop.exec();
    return outcome;
}

} // namespace

int runDrainCommand(const QStringList &arguments)
{
    NodeCommandParser p(
        QStringLiteral("drain"),
        Tr::tr("Drain nodes in preparation for maintenance, exactly as `kubectl drain` does: cordon, "
               "then evict (or delete) every pod but mirror pods and, with --ignore-daemonsets, "
               "DaemonSet pods, respecting PodDisruptionBudgets, and wait until they are gone."));
    const DrainFlags flags;
    p.parser.addOptions(flags.all());
    if (!p.parse(arguments, DrainFlags::booleans()))
        return 1;
    const auto options = drainOptions(p, flags);
    if (!options)
        return 1;
    const auto cluster = openCluster(p);
    if (!cluster)
        return 1;
    const auto nodes = resolveNodes(p, cluster.get());
    if (!nodes || !nodesExist(cluster->api(), *nodes))
        return 1;
    if (p.parser.isSet(flags.preview))
        return printPreview(cluster.get(), *nodes, *options);
    WallRunClock clock;
    CordonOptions cordon;
    cordon.reason = options->cordonReason;
    cordon.by = options->by;
    cordon.dryRun = options->dryRun;
    if (!cordonAll(cluster->api(), &clock, *nodes, true, cordon))
        return 1;
    for (qsizetype i = 0; i < nodes->size(); ++i) {
        const DrainOutcome outcome = drainOne(cluster->api(), &clock, nodes->at(i), *options);
        if (outcome.ok)
            continue;
        print(QStringLiteral("There are pending nodes to be drained:"), true);
        for (const QString &node : nodes->mid(i))
            print(QLatin1Char(' ') + node, true);
        for (const QString &line : outcome.errorLines)
            print(line, true);
        return 1;
    }
    return 0;
}

int runCordonCommand(const QStringList &arguments)
{
    return runCordonOrUncordon(arguments, true);
}

int runUncordonCommand(const QStringList &arguments)
{
    return runCordonOrUncordon(arguments, false);
}

} // namespace Slipway
