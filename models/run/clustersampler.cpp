#include "models/run/clustersampler.h"

#include "models/clusterapi.h"
#include "models/run/runclock.h"

namespace Slipway {

ClusterSampler::ClusterSampler(ClusterApi *api, RunClock *clock, bool withNodes, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
    , m_withNodes(withNodes)
{
    connect(m_api, &ClusterApi::snapshotLoaded, this,
            [this](const ClusterSnapshot &snapshot) { onCounts(ClusterCounts::of(snapshot, m_withNodes)); });
    connect(m_api, &ClusterApi::countsLoaded, this, &ClusterSampler::onCounts);
    connect(m_api, &ClusterApi::refreshFailed, this, [this] {
        if (m_running)
            schedule();
    });
}

QJsonObject ClusterSampler::sample(const ClusterCounts &s)
{
    return QJsonObject{{QStringLiteral("readyNodes"), s.readyNodes},
                       {QStringLiteral("schedulableNodes"), s.schedulableNodes},
                       {QStringLiteral("totalNodes"), s.totalNodes},
                       {QStringLiteral("pendingPods"), s.pendingPods},
                       {QStringLiteral("workloadsBelowDesired"), s.workloadsBelowDesired}};
}

void ClusterSampler::start()
{
    m_running = true;
    m_last = {};
    m_api->refreshCounts(m_withNodes);
}

void ClusterSampler::stop()
{
    m_running = false;
    if (m_timer)
        m_clock->cancel(m_timer);
    m_timer = 0;
}

void ClusterSampler::onCounts(const ClusterCounts &s)
{
    if (!m_running)
        return;
    Q_EMIT countsSeen(s);
    const QJsonObject data = sample(s);
    if (data != m_last) {
        m_last = data;
        Q_EMIT sampled(data);
    }
    schedule();
}

void ClusterSampler::schedule()
{
    if (m_timer)
        m_clock->cancel(m_timer);
    m_timer = m_clock->callAfter(kIntervalMsecs, this, [this] {
        m_timer = 0;
        if (m_running)
            m_api->refreshCounts(m_withNodes);
    });
}

} // namespace Slipway
