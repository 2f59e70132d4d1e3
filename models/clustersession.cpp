#include "models/clustersession.h"

#include "models/componentversions.h"

#include <QTimer>

namespace Slipway {

namespace {

bool isKubeProxy(const Pod &pod)
{
    return pod.namespaceName == QLatin1String("kube-system") &&
           pod.labels.value(QStringLiteral("k8s-app")) == QLatin1String("kube-proxy") &&
           !pod.containers.isEmpty();
}

bool counts(const Pod &pod)
{
    return !pod.nodeName.isEmpty() && !pod.isFinished();
}

// What the plan and the findings read from a node: a change here means "plan again".
bool sameVersions(const Node &a, const Node &b)
{
    return a.kubeletVersion == b.kubeletVersion && a.kubeProxyVersion == b.kubeProxyVersion &&
           a.ready == b.ready && a.unschedulable == b.unschedulable && a.labels == b.labels;
}

// Removes element `at` by moving the last one into its place (O(1)); returns the key of the
// element that moved, if any, so its index entry can follow.
template<typename T, typename KeyOf>
void swapRemove(QList<T> &list, QHash<QString, qsizetype> &index, qsizetype at, KeyOf keyOf)
{
    const qsizetype last = list.size() - 1;
    if (at != last) {
        list[at] = std::move(list[last]);
        index.insert(keyOf(list.at(at)), at);
    }
    list.removeLast();
}

} // namespace

ClusterSession::ClusterSession(QObject *parent)
    : QObject(parent)
    , m_batchTimer(new QTimer(this))
{
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(200);
    connect(m_batchTimer, &QTimer::timeout, this, &ClusterSession::flush);
}

ClusterSession::~ClusterSession()
{
    close();
}

void ClusterSession::adopt(OpenedCluster opened)
{
    close();
    m_api = std::move(opened.api);
    m_info = std::move(opened);
    if (!m_api)
        return;
    ClusterApi *api = m_api.get();
    connect(api, &ClusterApi::snapshotLoaded, this, &ClusterSession::loadSnapshot);
    connect(api, &ClusterApi::refreshFailed, this, &ClusterSession::refreshFailed);
    connect(api, &ClusterApi::stateChanged, this, &ClusterSession::stateChanged);
    connect(api, &ClusterApi::nodeChanged, this, &ClusterSession::applyNodeEvent);
    connect(api, &ClusterApi::podChanged, this, &ClusterSession::applyPodEvent);
    connect(api, &ClusterApi::refreshProgress, this,
            [this](const QString &stage) { Q_EMIT progress(stage); });
    connect(api, &ClusterApi::warning, this, &ClusterSession::warning);
    api->refresh();
}

void ClusterSession::close()
{
    m_batchTimer->stop();
    // Stop the connection (and a practice cluster with it) before the state goes away.
    m_api.reset();
    m_info = OpenedCluster();
    m_snapshot = ClusterSnapshot();
    m_watching = false;
    m_touchedNodes.clear();
    m_removedNodes.clear();
    m_versionsChanged = false;
    rebuildIndexes();
}

void ClusterSession::refresh()
{
    if (m_api)
        m_api->refresh();
}

const Node *ClusterSession::node(const QString &name) const
{
    const auto it = m_nodeIndex.constFind(name);
    return it == m_nodeIndex.cend() ? nullptr : &m_snapshot.nodes.at(*it);
}

QString ClusterSession::kubeProxyVersion(const QString &node) const
{
    const auto it = m_proxyVersion.constFind(node);
    if (it != m_proxyVersion.cend())
        return *it;
    const auto n = m_nodeIndex.constFind(node);
    return n == m_nodeIndex.cend() ? QString() : m_snapshot.nodes.at(*n).kubeProxyVersion;
}

void ClusterSession::setBatchInterval(int msecs)
{
    m_batchTimer->setInterval(msecs);
}

void ClusterSession::loadSnapshot(const ClusterSnapshot &snapshot)
{
    m_batchTimer->stop();
    m_touchedNodes.clear();
    m_removedNodes.clear();
    m_versionsChanged = false;
    m_snapshot = snapshot;
    if (!m_info.clusterName.isEmpty())
        m_snapshot.name = m_info.clusterName;
    // The snapshot is shared with the api's copy; detach now, while loading, so the first watch
    // event afterwards does not pay for copying every pod.
    m_snapshot.nodes.detach();
    m_snapshot.pods.detach();
    rebuildIndexes();
    Q_EMIT snapshotReplaced(m_snapshot);
    if (!m_watching && m_api) {
        m_watching = true;
        m_api->startWatching();
    }
}

void ClusterSession::rebuildIndexes()
{
    m_nodeIndex.clear();
    m_podIndex.clear();
    m_podCount.clear();
    m_proxyVersion.clear();
    m_nodeIndex.reserve(m_snapshot.nodes.size());
    m_podIndex.reserve(m_snapshot.pods.size());
    for (qsizetype i = 0; i < m_snapshot.nodes.size(); ++i)
        m_nodeIndex.insert(m_snapshot.nodes.at(i).name, i);
    for (qsizetype i = 0; i < m_snapshot.pods.size(); ++i) {
        const Pod &pod = m_snapshot.pods.at(i);
        m_podIndex.insert(pod.key(), i);
        countPod(pod, +1);
    }
}

void ClusterSession::countPod(const Pod &pod, int delta)
{
    if (!counts(pod))
        return;
    int &count = m_podCount[pod.nodeName];
    count += delta;
    if (isKubeProxy(pod)) {
        if (delta > 0)
            m_proxyVersion.insert(pod.nodeName, imageTagToVersion(pod.containers.constFirst().image));
        else
            m_proxyVersion.remove(pod.nodeName);
    }
}

void ClusterSession::touch(const QString &node)
{
    if (node.isEmpty())
        return;
    m_touchedNodes.insert(node);
    if (!m_batchTimer->isActive())
        m_batchTimer->start();
}

void ClusterSession::applyNodeEvent(ObjectChange change, const Node &node)
{
    const auto it = m_nodeIndex.constFind(node.name);
    if (change == ObjectChange::Deleted) {
        if (it == m_nodeIndex.cend())
            return;
        const qsizetype at = *it;
        m_nodeIndex.erase(it);
        swapRemove(m_snapshot.nodes, m_nodeIndex, at, [](const Node &n) { return n.name; });
        m_removedNodes.insert(node.name);
        m_touchedNodes.remove(node.name);
        m_versionsChanged = true;
        if (!m_batchTimer->isActive())
            m_batchTimer->start();
        return;
    }
    if (it == m_nodeIndex.cend()) {
        m_nodeIndex.insert(node.name, m_snapshot.nodes.size());
        m_snapshot.nodes.append(node);
        m_removedNodes.remove(node.name);
        m_versionsChanged = true;
    } else {
        Node &existing = m_snapshot.nodes[*it];
        if (existing == node)
            return;
        m_versionsChanged = m_versionsChanged || !sameVersions(existing, node);
        existing = node;
    }
    touch(node.name);
}

void ClusterSession::applyPodEvent(ObjectChange change, const Pod &pod)
{
    const QString key = pod.key();
    const auto it = m_podIndex.constFind(key);
    if (it != m_podIndex.cend()) {
        const Pod &old = m_snapshot.pods.at(*it);
        touch(old.nodeName);
        countPod(old, -1);
    }
    if (change == ObjectChange::Deleted) {
        if (it == m_podIndex.cend())
            return;
        const qsizetype at = *it;
        m_podIndex.erase(it);
        swapRemove(m_snapshot.pods, m_podIndex, at, [](const Pod &p) { return p.key(); });
        return;
    }
    if (it == m_podIndex.cend()) {
        m_podIndex.insert(key, m_snapshot.pods.size());
        m_snapshot.pods.append(pod);
    } else {
        m_snapshot.pods[*it] = pod;
    }
    countPod(pod, +1);
    touch(pod.nodeName);
}

void ClusterSession::flush()
{
    m_batchTimer->stop();
    if (m_touchedNodes.isEmpty() && m_removedNodes.isEmpty())
        return;
    QStringList nodes;
    nodes.reserve(m_touchedNodes.size());
    for (const QString &name : std::as_const(m_touchedNodes)) {
        if (m_nodeIndex.contains(name))
            nodes << name;
    }
    const QStringList removed(m_removedNodes.cbegin(), m_removedNodes.cend());
    const bool versions = m_versionsChanged;
    m_touchedNodes.clear();
    m_removedNodes.clear();
    m_versionsChanged = false;
    Q_EMIT snapshotUpdated(nodes, removed, versions);
}

} // namespace Slipway
