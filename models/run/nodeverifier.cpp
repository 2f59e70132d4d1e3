#include "models/run/nodeverifier.h"

#include "models/clusterapi.h"
#include "models/clusterfutures.h"
#include "models/run/runclock.h"

namespace Slipway {

namespace {

// The static pods kubeadm upgrades on every control-plane node (FACTS §3.5, §7.4); etcd has its
// own version line and is left out.
const QStringList kComponents{QStringLiteral("kube-apiserver"), QStringLiteral("kube-controller-manager"),
                              QStringLiteral("kube-scheduler")};

QString imageTag(const QString &image)
{
    const qsizetype slash = image.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = image.lastIndexOf(QLatin1Char(':'));
    return colon > slash ? image.mid(colon + 1).replace(QLatin1Char('_'), QLatin1Char('+')) : QString();
}

} // namespace

NodeVerifier::NodeVerifier(ClusterApi *api, RunClock *clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
{}

QString NodeVerifier::nodeProblem(const VerifyCriteria &c, const Node &node)
{
    if (node.ready != ConditionStatus::True)
        return QCoreApplication::translate("Slipway::NodeVerifier", "%1 is not Ready (%2).")
            .arg(node.name, conditionStatusName(node.ready));
    if (c.kind == RunKind::Upgrade && Version::parse(node.kubeletVersion) != c.target)
        return QCoreApplication::translate("Slipway::NodeVerifier", "The kubelet on %1 reports %2, not %3.")
            .arg(node.name, node.kubeletVersion, c.target.toString());
    if (c.kind == RunKind::Maintenance && !c.bootIdBefore.isEmpty() && node.bootId == c.bootIdBefore)
        return QCoreApplication::translate("Slipway::NodeVerifier",
                                           "%1 has not rebooted yet (status.nodeInfo.bootID is unchanged).")
            .arg(node.name);
    return {};
}

QString NodeVerifier::staticPodProblem(const VerifyCriteria &c, const QList<Pod> &pods)
{
    for (const QString &component : kComponents) {
        const Pod *found = nullptr;
        for (const Pod &pod : pods) {
            if (pod.labels.value(QStringLiteral("component")) == component)
                found = &pod;
        }
        if (!found)
            return QCoreApplication::translate("Slipway::NodeVerifier", "No %1 static pod runs on %2.")
                .arg(component, c.node);
        const QString tag =
            found->containers.isEmpty() ? QString() : imageTag(found->containers.first().image);
        if (Version::parse(tag) != c.target || !found->ready)
            return QCoreApplication::translate("Slipway::NodeVerifier",
                                               "%1 on %2 runs %3, not %4 (Ready: %5).")
                .arg(component, c.node, tag, c.target.toString(),
                     found->ready ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    return {};
}

void NodeVerifier::start(const VerifyCriteria &criteria)
{
    m_criteria = criteria;
    m_running = true;
    m_lastProblem.clear();
    m_startedMs = m_clock->now().toMSecsSinceEpoch();
    m_deadlineMs = criteria.timeoutSeconds > 0 ? m_startedMs + criteria.timeoutSeconds * 1000 : 0;
    poll();
}

void NodeVerifier::cancel()
{
    m_running = false;
    if (m_timer)
        m_clock->cancel(m_timer);
    m_timer = 0;
    disconnect(m_snapshotConnection);
    disconnect(m_failedConnection);
}

void NodeVerifier::again(const QString &problem, bool readFailed)
{
    if (!m_running)
        return;
    if (m_criteria.once && !readFailed) {
        m_running = false;
        Q_EMIT finished(false, problem);
        return;
    }
    if (problem != m_lastProblem) {
        m_lastProblem = problem;
        Q_EMIT waiting(problem);
    }
    if (m_deadlineMs > 0 && m_clock->now().toMSecsSinceEpoch() >= m_deadlineMs) {
        m_running = false;
        Q_EMIT finished(false, tr("%1 did not verify within %2 s: %3")
                                   .arg(m_criteria.node)
                                   .arg(m_criteria.timeoutSeconds)
                                   .arg(problem));
        return;
    }
    m_timer = m_clock->callAfter(m_criteria.pollMsecs, this, [this] { poll(); });
}

void NodeVerifier::poll()
{
    whenFinished(m_api->getNode(m_criteria.node), this, [this](const NodeResult &result) {
        if (!m_running)
            return;
        if (!result.ok() || !result.node)
            return again(result.error.describe(), true);
        const QString problem = nodeProblem(m_criteria, *result.node);
        if (!problem.isEmpty())
            return again(problem);
        if (m_criteria.kind == RunKind::Upgrade && m_criteria.controlPlane)
            return checkStaticPods();
        m_running = false;
        Q_EMIT finished(true, {});
    });
}

void NodeVerifier::checkStaticPods()
{
    whenFinished(m_api->listPodsOnNode(m_criteria.node, QStringLiteral("tier=control-plane")), this,
                 [this](const PodListResult &result) {
                     if (!m_running)
                         return;
                     if (!result.ok())
                         return again(result.error.describe());
                     const QString problem = staticPodProblem(m_criteria, result.pods);
                     if (!problem.isEmpty())
                         return again(problem);
                     checkServerVersion();
                 });
}

void NodeVerifier::checkServerVersion()
{
    // /version follows the newest kube-apiserver (FACTS §7.1); read with a refresh.
    disconnect(m_snapshotConnection);
    disconnect(m_failedConnection);
    m_snapshotConnection =
        connect(m_api, &ClusterApi::snapshotLoaded, this, [this](const ClusterSnapshot &s) {
            disconnect(m_snapshotConnection);
            disconnect(m_failedConnection);
            if (!m_running)
                return;
            const Version server = Version::parse(s.serverVersion);
            if (!server.isValid() || server < m_criteria.target)
                return again(tr("/version reports %1, not yet %2.")
                                 .arg(s.serverVersion, m_criteria.target.toString()));
            m_running = false;
            Q_EMIT finished(true, {});
        });
    m_failedConnection = connect(m_api, &ClusterApi::refreshFailed, this, [this](const ClusterError &error) {
        disconnect(m_snapshotConnection);
        disconnect(m_failedConnection);
        again(error.describe());
    });
    m_api->refresh();
}

} // namespace Slipway
