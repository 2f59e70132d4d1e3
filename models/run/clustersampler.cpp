#include "models/run/clustersampler.h"

#include "models/clusterapi.h"
#include "models/run/runclock.h"

namespace Slipway {

ClusterSampler::ClusterSampler(ClusterApi *api, RunClock *clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
{
    connect(m_api, &ClusterApi::snapshotLoaded, this, &ClusterSampler::onSnapshot);
    connect(m_api, &ClusterApi::refreshFailed, this, [this] {
        if (m_running)
            schedule();
    });
}

QJsonObject ClusterSampler::sample(const ClusterSnapshot &s)
{
    int ready = 0;
    int schedulable = 0;
    for (const Node &n : s.nodes) {
        ready += n.ready == ConditionStatus::True ? 1 : 0;
        schedulable += n.ready == ConditionStatus::True && !n.unschedulable ? 1 : 0;
    }
    int pending = 0;
    for (const Pod &p : s.pods)
        pending += p.phase == PodPhase::Pending && !p.deletionTimestamp ? 1 : 0;
    int below = 0;
    for (const Workload &w : s.workloads) {
        // ReplicaSets are counted through their Deployments; Jobs run to completion.
        if (w.kind == WorkloadKind::Deployment || w.kind == WorkloadKind::StatefulSet ||
            w.kind == WorkloadKind::DaemonSet)
            below += w.readyReplicas < w.replicas ? 1 : 0;
    }
    return QJsonObject{{QStringLiteral("readyNodes"), ready},
                       {QStringLiteral("schedulableNodes"), schedulable},
                       {QStringLiteral("totalNodes"), int(s.nodes.size())},
                       {QStringLiteral("pendingPods"), pending},
                       {QStringLiteral("workloadsBelowDesired"), below}};
}

void ClusterSampler::start()
{
    m_running = true;
    m_last = {};
    m_api->refresh();
}

void ClusterSampler::stop()
{
    m_running = false;
    if (m_timer)
        m_clock->cancel(m_timer);
    m_timer = 0;
}

void ClusterSampler::onSnapshot(const ClusterSnapshot &snapshot)
{
    if (!m_running)
        return;
    Q_EMIT snapshotSeen(snapshot);
    const QJsonObject data = sample(snapshot);
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
            m_api->refresh();
    });
}

} // namespace Slipway
