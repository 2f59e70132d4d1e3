#include "kube/kubeclusterapi.h"
#include "kube/kubeconfigpaths.h"
#include "models/kubejson.h"
#include "kube/kubelog.h"
#include "kube/kubewatch.h"

#include <QCoreApplication>

namespace Slipway {

namespace {

template<typename T>
void upsert(QList<T> &list, const T &object, ObjectChange change)
{
    const auto it = std::find_if(list.begin(), list.end(), [&](const T &o) {
        return o.name == object.name && o.namespaceName == object.namespaceName;
    });
    if (change == ObjectChange::Deleted) {
        if (it != list.end())
            list.erase(it);
    } else if (it != list.end()) {
        *it = object;
    } else {
        list.append(object);
    }
}

} // namespace

KubeClusterApi::KubeClusterApi(const KubeconfigSelection &selection, const KubeClientOptions &options,
                               QObject *parent)
    : ClusterApi(parent)
    , m_client(new KubeClient(selection, options, this))
    , m_loader(new KubeSnapshotLoader(m_client, this))
    , m_nodeWatch(new KubeWatch(m_client, KubeResourceType::nodes(), this))
    , m_podWatch(new KubeWatch(m_client, KubeResourceType::pods(), this))
{
    connect(m_loader, &KubeSnapshotLoader::started, this, &ClusterApi::refreshStarted);
    connect(m_loader, &KubeSnapshotLoader::progress, this, &ClusterApi::refreshProgress);
    connect(m_loader, &KubeSnapshotLoader::finished, this, &KubeClusterApi::onSnapshot);
    connect(m_loader, &KubeSnapshotLoader::failed, this, [this](const ClusterError &error) {
        m_lastError = error;
        qCWarning(lcKube).noquote() << "refresh of" << displayName() << "failed:" << error.describe();
        setState(ClusterConnectionState::Failed);
        Q_EMIT refreshFailed(error);
    });
    for (KubeWatch *watch : {m_nodeWatch, m_podWatch}) {
        connect(watch, &KubeWatch::connected, this, [this] {
            if (m_watching)
                setState(ClusterConnectionState::Connected);
        });
        connect(watch, &KubeWatch::disconnected, this, [this](const ClusterError &error) {
            if (!m_watching)
                return;
            setState(ClusterConnectionState::Reconnecting);
            Q_EMIT warning(error);
        });
    }
    connect(m_nodeWatch, &KubeWatch::objectChanged, this, &KubeClusterApi::onNodeEvent);
    connect(m_podWatch, &KubeWatch::objectChanged, this, &KubeClusterApi::onPodEvent);
}

KubeClusterApi::~KubeClusterApi() = default;

Result<std::unique_ptr<KubeClusterApi>> KubeClusterApi::fromKubeconfig(const QString &explicitPath,
                                                                       const QString &context,
                                                                       const KubeClientOptions &options)
{
    using ApiResult = Result<std::unique_ptr<KubeClusterApi>>;
    const KubeconfigPaths paths = KubeconfigPaths::fromEnvironment(explicitPath);
    if (!paths.error.isEmpty())
        return ApiResult::failure(paths.error);
    Diagnostics diagnostics;
    for (const QString &missing : paths.missing)
        diagnostics.addWarning(QCoreApplication::translate("Slipway::KubeClusterApi",
                                                           "KUBECONFIG names %1, which does not exist.")
                                   .arg(missing));
    const Result<Kubeconfig> config = Kubeconfig::load(paths.files);
    diagnostics.append(config);
    if (!config.ok())
        return ApiResult::failure(diagnostics);
    const Result<KubeconfigSelection> selection = config->select(context);
    diagnostics.append(selection);
    if (!selection.ok())
        return ApiResult::failure(diagnostics);
    ApiResult result(std::make_unique<KubeClusterApi>(selection.value(), options));
    result.append(diagnostics);
    return result;
}

QString KubeClusterApi::displayName() const
{
    return m_client->contextName();
}

void KubeClusterApi::setState(ClusterConnectionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void KubeClusterApi::refresh()
{
    if (m_loader->isRunning())
        return;
    if (!m_hasSnapshot || m_state == ClusterConnectionState::Failed)
        setState(ClusterConnectionState::Connecting);
    m_loader->start();
}

void KubeClusterApi::onSnapshot(const KubeSnapshotResult &result)
{
    m_lastResult = result;
    m_hasSnapshot = true;
    m_warnings = result.warnings;
    m_lastError = {};
    for (const QString &w : result.warnings)
        qCInfo(lcKube).noquote() << w;
    setState(ClusterConnectionState::Connected);
    Q_EMIT snapshotLoaded(result.snapshot);
    if (m_watching)
        startWatches();
}

void KubeClusterApi::startWatching()
{
    if (m_watching)
        return;
    m_watching = true;
    if (m_hasSnapshot)
        startWatches();
    else
        refresh(); // onSnapshot() starts the watches
}

void KubeClusterApi::startWatches()
{
    // From the snapshot's resourceVersions, so no change between list and watch is missed.
    m_nodeWatch->start(m_lastResult.nodesResourceVersion, m_lastResult.nodeVersions);
    m_podWatch->start(m_lastResult.podsResourceVersion, m_lastResult.podVersions);
}

void KubeClusterApi::stopWatching()
{
    m_watching = false;
    m_nodeWatch->stop();
    m_podWatch->stop();
    if (m_state == ClusterConnectionState::Reconnecting)
        setState(m_hasSnapshot ? ClusterConnectionState::Connected : ClusterConnectionState::Disconnected);
}

void KubeClusterApi::onNodeEvent(ObjectChange change, const QJsonObject &object)
{
    const Result<Node> decoded = KubeJson::decodeNode(object);
    std::optional<Node> node; // a failed Result holds no value
    if (decoded.ok())
        node = decoded.value();
    if (!node && change == ObjectChange::Deleted) {
        node = Node();
        node->name =
            object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
    }
    if (!node) {
        ClusterError error;
        error.kind = ClusterError::Kind::MalformedResponse;
        error.address = m_client->serverAddress();
        error.verb = QStringLiteral("watch");
        error.resource = QStringLiteral("nodes");
        error.message = decoded.errorText();
        Q_EMIT warning(error);
        return;
    }
    QList<Node> &nodes = m_lastResult.snapshot.nodes;
    const auto it =
        std::find_if(nodes.begin(), nodes.end(), [&](const Node &n) { return n.name == node->name; });
    if (change == ObjectChange::Deleted) {
        if (it != nodes.end())
            nodes.erase(it);
    } else if (it != nodes.end()) {
        *it = *node;
    } else {
        nodes.append(*node);
    }
    Q_EMIT nodeChanged(change, *node);
}

void KubeClusterApi::onPodEvent(ObjectChange change, const QJsonObject &object)
{
    const Result<Pod> decoded = KubeJson::decodePod(object);
    std::optional<Pod> pod; // a failed Result holds no value
    if (decoded.ok())
        pod = decoded.value();
    if (!pod && change == ObjectChange::Deleted) {
        const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
        pod = Pod();
        pod->name = metadata.value(QLatin1String("name")).toString();
        pod->namespaceName = metadata.value(QLatin1String("namespace")).toString();
    }
    if (!pod) {
        ClusterError error;
        error.kind = ClusterError::Kind::MalformedResponse;
        error.address = m_client->serverAddress();
        error.verb = QStringLiteral("watch");
        error.resource = QStringLiteral("pods");
        error.message = decoded.errorText();
        Q_EMIT warning(error);
        return;
    }
    upsert(m_lastResult.snapshot.pods, *pod, change);
    Q_EMIT podChanged(change, *pod);
}

} // namespace Slipway
