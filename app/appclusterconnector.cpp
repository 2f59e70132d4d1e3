#include "app/appclusterconnector.h"

#include "sim/apiserver/apiserverkubeconfig.h"
#include "kube/kubeclusterapi.h"
#include "kube/kubeconfig.h"
#include "kube/kubeconfigpaths.h"
#include "sim/apiserver/practicecluster.h"
#include "sim/scenario/scenarioloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace Slipway {

namespace {
// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS, so Tr::tr() strings are found at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::AppClusterConnector)
};
} // namespace

AppClusterConnector::AppClusterConnector(double practiceSpeed)
    : m_practiceSpeed(practiceSpeed)
{}

QStringList AppClusterConnector::practiceScenarios() const
{
    return ScenarioLoader::bundledScenarioNames();
}

QString AppClusterConnector::practiceTitle(const QString &scenario) const
{
    // The title line, read without a full load so that menus are cheap to build.
    QFile file(ScenarioLoader::bundledScenarioPath(scenario));
    if (!file.open(QIODevice::ReadOnly))
        return scenario;
    static const QRegularExpression re(QStringLiteral("^title:\\s*(.+)$"),
                                       QRegularExpression::MultilineOption);
    const auto match = re.match(QString::fromUtf8(file.readAll()));
    return match.hasMatch() ? match.captured(1).trimmed() : scenario;
}

OpenedCluster AppClusterConnector::openPractice(const QString &scenarioOrFile, PracticeSource source)
{
    OpenedCluster opened;
    opened.practice = true;
    opened.source = scenarioOrFile;
    const Result<LoadedScenario> loaded = source == PracticeSource::File
                                              ? ScenarioLoader::loadFile(scenarioOrFile)
                                              : ScenarioLoader::loadBundled(scenarioOrFile);
    if (!loaded.ok()) {
        opened.error = loaded.errorText();
        return opened;
    }
    QString error;
    std::unique_ptr<PracticeCluster> practice =
        PracticeCluster::start(loaded->snapshot, m_practiceSpeed, &error);
    if (!practice) {
        opened.error = error;
        return opened;
    }
    // Read back through the same client admins use on live clusters.
    const Result<KubeconfigSelection> selection =
        Kubeconfig::parseAndSelect(practice->kubeconfig(), Tr::tr("practice cluster kubeconfig"));
    if (!selection.ok()) {
        opened.error = selection.errorText();
        return opened;
    }
    // Trainers run kubectl against the same cluster the window shows.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                        QStringLiteral("/practice-cluster");
    const QString kubeconfigFile = dir + QStringLiteral("/gui-kubeconfig");
    if (QDir().mkpath(dir) && PracticeKubeconfig::write(kubeconfigFile, practice->kubeconfig(), &error))
        opened.kubectlKubeconfig = kubeconfigFile;
    auto api = std::make_unique<KubeClusterApi>(selection.value());
    practice.release()->setParent(api.get()); // the cluster lives as long as the connection to it
    opened.title = Tr::tr("%1 (practice cluster)").arg(loaded->snapshot.name);
    opened.clusterName = loaded->snapshot.name;
    opened.api = std::move(api);
    return opened;
}

Result<KubeconfigContexts> AppClusterConnector::contexts(const QString &kubeconfigPath) const
{
    using R = Result<KubeconfigContexts>;
    const KubeconfigPaths paths = KubeconfigPaths::fromEnvironment(kubeconfigPath);
    if (!paths.error.isEmpty())
        return R::failure(paths.error);
    const Result<Kubeconfig> config = Kubeconfig::load(paths.files);
    if (!config.ok())
        return R::failure(config);
    R contexts(KubeconfigContexts{config->contextNames(), config->currentContext()});
    contexts.append(config); // its warnings
    return contexts;
}

OpenedCluster AppClusterConnector::openKubeconfig(const QString &kubeconfigPath, const QString &context)
{
    OpenedCluster opened;
    opened.source = kubeconfigPath;
    const KubeconfigPaths paths = KubeconfigPaths::fromEnvironment(kubeconfigPath);
    if (!paths.error.isEmpty()) {
        opened.error = paths.error;
        return opened;
    }
    const Result<Kubeconfig> config = Kubeconfig::load(paths.files);
    const Result<KubeconfigSelection> selection =
        config.ok() ? config->select(context) : Result<KubeconfigSelection>::failure(config);
    if (!selection.ok()) {
        opened.error = selection.errorText();
        return opened;
    }
    opened.insecureTls = selection->insecureSkipTlsVerify;
    opened.warnings = config.warningLines();
    opened.title = selection->contextName;
    opened.clusterName = selection->contextName;
    opened.api = std::make_unique<KubeClusterApi>(selection.value());
    return opened;
}

} // namespace Slipway
