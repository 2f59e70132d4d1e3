#include "sim/rehearsal/rehearsalwatch.h"

#include "sim/engine/simulator.h"
#include "sim/engine/virtualclock.h"

#include <algorithm>

namespace Slipway {

namespace {

bool watched(WorkloadKind kind)
{
    // ReplicaSets count through their Deployments; Jobs run to completion.
    return kind == WorkloadKind::Deployment || kind == WorkloadKind::StatefulSet ||
           kind == WorkloadKind::DaemonSet;
}

bool unschedulablePending(const Pod &pod)
{
    return pod.nodeName.isEmpty() && pod.phase == PodPhase::Pending && !pod.deletionTimestamp &&
           pod.statusReason == QLatin1String("Unschedulable");
}

} // namespace

RehearsalWatch::RehearsalWatch(Simulator *simulator, qint64 startMs)
    : m_sim(simulator)
    , m_startMs(startMs)
{
    for (const StoredObject &o : m_sim->list(ResourceKind::Node).items)
        onNode(o.node);
    for (ResourceKind kind : {ResourceKind::Deployment, ResourceKind::StatefulSet, ResourceKind::DaemonSet}) {
        for (const StoredObject &o : m_sim->list(kind).items)
            onWorkload(o.workload);
    }
    for (const StoredObject &o : m_sim->list(ResourceKind::Pod).items) {
        if (unschedulablePending(o.pod))
            onPod(o.pod, false);
    }
    connect(m_sim, &Simulator::changed, this, &RehearsalWatch::onChanged);
}

qint64 RehearsalWatch::now() const
{
    return m_sim->clock()->nowMSecs() - m_startMs;
}

void RehearsalWatch::onChanged(const WatchEvent &event)
{
    const StoredObject &o = event.object;
    switch (o.kind) {
    case ResourceKind::Node:
        if (event.type == WatchEventType::Deleted)
            m_unavailable.remove(o.node.name); // a retired machine is no longer part of the cluster
        else
            onNode(o.node);
        break;
    case ResourceKind::Pod:
        onPod(o.pod, event.type == WatchEventType::Deleted);
        break;
    case ResourceKind::Deployment:
    case ResourceKind::StatefulSet:
    case ResourceKind::DaemonSet:
        onWorkload(o.workload);
        break;
    default:
        break;
    }
}

void RehearsalWatch::onNode(const Node &node)
{
    if (node.unschedulable || node.ready != ConditionStatus::True)
        m_unavailable.insert(node.name);
    else
        m_unavailable.remove(node.name);
    if (m_unavailable.size() > m_peak) {
        m_peak = int(m_unavailable.size());
        m_peakAt = std::max<qint64>(0, now());
    }
}

void RehearsalWatch::onPod(const Pod &pod, bool deleted)
{
    const QString key = pod.key();
    const auto open = m_openPending.constFind(key);
    const bool pending = !deleted && unschedulablePending(pod);
    if (pending && open == m_openPending.constEnd()) {
        RehearsalPendingPod row;
        row.pod = key;
        if (const auto owner = pod.controllerRef())
            row.owner = owner->kind + QLatin1Char(' ') + pod.namespaceName + QLatin1Char('/') + owner->name;
        row.why = pod.statusMessage;
        row.sinceMs = std::max<qint64>(0, now());
        m_openPending.insert(key, int(m_pending.size()));
        m_pending << row;
    } else if (pending) {
        m_pending[*open].why = pod.statusMessage; // the scheduler's latest word
    } else if (open != m_openPending.constEnd()) {
        m_pending[*open].untilMs = std::max<qint64>(0, now());
        m_openPending.erase(open);
    }
}

void RehearsalWatch::onWorkload(const Workload &w)
{
    if (!watched(w.kind))
        return;
    const QString key = workloadKindName(w.kind) + QLatin1Char(' ') + w.key();
    WorkloadState &s = m_workloads[key];
    const qint64 t = std::max<qint64>(0, now());
    s.row.workload = key;
    s.row.desired = w.replicas;
    const bool below = w.readyReplicas < w.replicas;
    const bool zero = below && w.readyReplicas == 0;
    if (below && s.belowSince < 0) {
        s.belowSince = t;
        s.row.lowestReady = w.readyReplicas;
    }
    if (below)
        s.row.lowestReady = std::min(s.row.lowestReady, w.readyReplicas);
    if (!below && s.belowSince >= 0) {
        s.row.belowMs += t - s.belowSince;
        s.belowSince = -1;
    }
    if (zero && s.zeroSince < 0)
        s.zeroSince = t;
    if (!zero && s.zeroSince >= 0) {
        s.row.zeroMs += t - s.zeroSince;
        s.zeroSince = -1;
    }
}

void RehearsalWatch::finish(RehearsalResult *result)
{
    disconnect(m_sim, nullptr, this, nullptr);
    const qint64 t = std::max<qint64>(0, now());
    result->pendingPods = m_pending;
    result->peakUnavailableNodes = m_peak;
    result->peakUnavailableAtMs = m_peakAt;
    QStringList keys = m_workloads.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        WorkloadState s = m_workloads.value(key);
        if (s.belowSince >= 0)
            s.row.belowMs += t - s.belowSince;
        if (s.zeroSince >= 0)
            s.row.zeroMs += t - s.zeroSince;
        if (s.row.belowMs > 0 || s.belowSince >= 0)
            result->workloadsBelowDesired << s.row;
    }
}

} // namespace Slipway
