#include "app/clustercli.h"

#include "kube/kubeclusterapi.h"
#include "kube/kubeconfig.h"
#include "sim/apiserver/practicecluster.h"
#include "sim/engine/virtualclock.h"
#include "sim/scenario/scenarioloader.h"

#include <QCoreApplication>

namespace Slipway {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ClusterCli)
};

} // namespace

ClusterCliOptions::ClusterCliOptions()
    : kubeconfig(QStringLiteral("kubeconfig"),
                 Tr::tr("The kubeconfig file (default: KUBECONFIG, then ~/.kube/config)."), Tr::tr("file"))
    , context(QStringLiteral("context"), Tr::tr("The kubeconfig context (default: current-context)."),
              Tr::tr("name"))
    , demo(QStringLiteral("demo"),
           Tr::tr("Act on a practice cluster started in this process: --demo [SCENARIO] (default, "
                  "cka-lecture)."),
           Tr::tr("scenario"))
    , scenarioFile(QStringLiteral("scenario-file"), Tr::tr("Act on a practice cluster from a scenario file."),
                   Tr::tr("file"))
    , speed(QStringLiteral("speed"),
            Tr::tr("How fast the practice cluster's clock runs, 1 to 600 times real time (default: 1)."),
            Tr::tr("factor"), QStringLiteral("1"))
    , requestTimeout(QStringLiteral("request-timeout"), requestTimeoutHelp(), Tr::tr("duration"))
{}

QString ClusterCliOptions::requestTimeoutHelp()
{
    return Tr::tr("Give up on one server request after this long, its retries included, like kubectl "
                  "(e.g. 30s, 2m; 0 means no limit; default: 30 s per attempt, 60 s in all).");
}

QStringList ClusterCliOptions::prepareArguments(const QStringList &arguments, const QStringList &booleanFlags)
{
    const QStringList bundled = ScenarioLoader::bundledScenarioNames();
    QStringList prepared;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--demo")) {
            const QString next = arguments.value(i + 1);
            if (bundled.contains(next)) {
                prepared << QStringLiteral("--demo=") + next;
                ++i;
            } else {
                prepared << QStringLiteral("--demo=default");
            }
            continue;
        }
        bool handled = false;
        for (const QString &flag : booleanFlags) {
            const QString prefix = QStringLiteral("--") + flag + QLatin1Char('=');
            if (!a.startsWith(prefix))
                continue;
            const QString value = a.mid(prefix.size());
            if (value == QLatin1String("true"))
                prepared << QStringLiteral("--") + flag;
            else if (value != QLatin1String("false"))
                prepared << a; // the parser reports it
            handled = true;
        }
        if (!handled)
            prepared << a;
    }
    return prepared;
}

CliCluster::~CliCluster()
{
    m_api.reset(); // the client first: the practice cluster's server outlives its connections
}

ClusterApi *CliCluster::api() const
{
    return m_api.get();
}

Result<std::unique_ptr<CliCluster>> CliCluster::open(const QCommandLineParser &parser,
                                                     const ClusterCliOptions &o)
{
    using R = Result<std::unique_ptr<CliCluster>>;
    const bool practice = parser.isSet(o.demo) || parser.isSet(o.scenarioFile);
    if (practice && (parser.isSet(o.kubeconfig) || parser.isSet(o.context)))
        return R::failure(Tr::tr("give only one cluster: --kubeconfig/--context, --demo or --scenario-file"));
    if (parser.isSet(o.demo) && parser.isSet(o.scenarioFile))
        return R::failure(Tr::tr("give only one of --demo and --scenario-file"));
    KubeClientOptions clientOptions;
    if (parser.isSet(o.requestTimeout)) {
        const Result<qint64> timeout = parseRequestTimeout(parser.value(o.requestTimeout));
        if (!timeout.ok())
            return R::failure(timeout.errorText());
        applyRequestTimeout(clientOptions, *timeout);
    }
    std::unique_ptr<CliCluster> cluster(new CliCluster);
    if (!practice) {
        Result<std::unique_ptr<KubeClusterApi>> opened = KubeClusterApi::fromKubeconfig(
            parser.value(o.kubeconfig), parser.value(o.context), clientOptions);
        R result;
        result.append(opened); // its warnings, and its errors if any
        if (!opened.ok())
            return result;
        cluster->m_api = std::move(opened).value();
        cluster->m_displayName = cluster->m_api->displayName();
        result.setValue(std::move(cluster));
        return result;
    }
    bool speedOk = false;
    const double speed = parser.value(o.speed).toDouble(&speedOk);
    if (!speedOk || speed < VirtualClock::kMinSpeed || speed > VirtualClock::kMaxSpeed)
        return R::failure(
            Tr::tr("--speed must be a number from 1 to 600, not \"%1\"").arg(parser.value(o.speed)));
    const Result<LoadedScenario> loaded = parser.isSet(o.scenarioFile)
                                              ? ScenarioLoader::loadFile(parser.value(o.scenarioFile))
                                              : ScenarioLoader::loadBundled(parser.value(o.demo));
    if (!loaded.ok())
        return R::failure(loaded.errorText());
    QString error;
    cluster->m_practice = PracticeCluster::start(loaded->snapshot, speed, &error);
    if (!cluster->m_practice)
        return R::failure(error);
    // Through the same HTTPS client as a live cluster (ARCHITECTURE "One idea").
    const Result<KubeconfigSelection> selection =
        Kubeconfig::parseAndSelect(cluster->m_practice->kubeconfig(), Tr::tr("practice cluster kubeconfig"));
    if (!selection.ok())
        return R::failure(selection.errorText());
    cluster->m_api = std::make_unique<KubeClusterApi>(selection.value(), clientOptions);
    cluster->m_displayName = Tr::tr("%1 (practice cluster)").arg(loaded->snapshot.name);
    return cluster;
}

} // namespace Slipway
