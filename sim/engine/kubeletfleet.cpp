#include "sim/engine/kubeletfleet.h"

#include "sim/engine/kubeconventions.h"
#include "sim/engine/nodelifecyclecontroller.h"
#include "sim/engine/simtiming.h"

namespace Slipway {

using namespace SimTiming;

namespace {

// A stable per-node phase for Lease renewals, so nodes don't all renew at the same instant.
qint64 leasePhaseMs(const QString &node)
{
    quint32 h = 2166136261u;
    for (const QChar c : node)
        h = (h ^ c.unicode()) * 16777619u;
    return qint64(h % kLeaseRenewSeconds) * 1000;
}

bool isBoundAndPending(const Pod &pod)
{
    return !pod.nodeName.isEmpty() && pod.phase == PodPhase::Pending && !pod.deletionTimestamp;
}

} // namespace

KubeletFleet::State &KubeletFleet::state(const QString &node)
{
    auto it = m_nodes.find(node);
    if (it == m_nodes.end()) {
        State s;
        s.phaseMs = leasePhaseMs(node);
        it = m_nodes.insert(node, s);
    }
    return it.value();
}

const KubeletFleet::State *KubeletFleet::findState(const QString &node) const
{
    const auto it = m_nodes.constFind(node);
    return it == m_nodes.cend() ? nullptr : &it.value();
}

void KubeletFleet::load()
{
    const qint64 grace = m_ctx.nodeLifecycle->gracePeriodSeconds();
    for (const auto &[name, object] : m_ctx.store.objects(ResourceKind::Node)) {
        State &s = state(name);
        if (object.node.ready == ConditionStatus::Unknown) {
            // Silent for longer than the grace period already.
            s.running = false;
            s.frozenHeartbeatMs = m_ctx.epoch.toMSecsSinceEpoch() - (grace + kLeaseRenewSeconds) * 1000;
        } else if (object.node.ready == ConditionStatus::False) {
            s.reportsNotReady = true;
        }
    }
}

bool KubeletFleet::isRunning(const QString &node) const
{
    const State *s = findState(node);
    return !s || s->running;
}

QDateTime KubeletFleet::lastHeartbeat(const QString &node) const
{
    const State *s = findState(node);
    if (s && !s->running)
        return QDateTime::fromMSecsSinceEpoch(s->frozenHeartbeatMs, Qt::UTC);
    // The renewal in (now - 10 s, now].
    const QDateTime window = m_ctx.now().addSecs(-kLeaseRenewSeconds);
    return m_ctx.nextPeriodicAfter(window, kLeaseRenewSeconds, s ? s->phaseMs : leasePhaseMs(node));
}

void KubeletFleet::observe(const WatchEvent &event, const StoredObject *previous)
{
    if (event.object.kind == ResourceKind::Node && event.type == WatchEventType::Deleted) {
        m_nodes.remove(event.object.node.name);
        return;
    }
    if (event.object.kind != ResourceKind::Pod || event.type == WatchEventType::Deleted)
        return;
    const Pod &pod = event.object.pod;
    const Pod *before = previous ? &previous->pod : nullptr;
    if (isBoundAndPending(pod) && (!before || before->nodeName.isEmpty()))
        m_toStart.insert(pod.key());
    if (pod.deletionTimestamp && (!before || before->deletionTimestamp != pod.deletionTimestamp))
        m_toTerminate.insert(pod.key());
}

bool KubeletFleet::hasWork() const
{
    return !m_toStart.empty() || !m_toTerminate.empty();
}

void KubeletFleet::sync()
{
    const std::set<QString> toStart = std::exchange(m_toStart, {});
    for (const QString &key : toStart) {
        const Pod *pod = m_ctx.store.pod(key);
        if (!pod || !isBoundAndPending(*pod) || !isRunning(pod->nodeName))
            continue;
        const QString uid = pod->uid;
        m_ctx.at(m_ctx.now().addSecs(m_ctx.timing.podStartSeconds),
                 [this, key, uid] { startContainers(key, uid); });
    }
    const std::set<QString> toTerminate = std::exchange(m_toTerminate, {});
    for (const QString &key : toTerminate) {
        const Pod *pod = m_ctx.store.pod(key);
        if (!pod || !pod->deletionTimestamp || !isRunning(pod->nodeName))
            continue; // a stopped kubelet confirms nothing; powerOn() finishes these
        const QString uid = pod->uid;
        m_ctx.at(*pod->deletionTimestamp, [this, key, uid] { finishTermination(key, uid); });
    }
}

void KubeletFleet::startContainers(const QString &podKey, const QString &uid)
{
    const Pod *pod = m_ctx.store.pod(podKey);
    if (!pod || pod->uid != uid || !isBoundAndPending(*pod) || !isRunning(pod->nodeName))
        return;
    m_ctx.store.updatePod(podKey, [](Pod &p) {
        p.phase = PodPhase::Running;
        p.ready = false;
    });
    scheduleReady(podKey, m_ctx.timing.podReadySeconds);
}

void KubeletFleet::scheduleReady(const QString &podKey, qint64 delaySeconds)
{
    const Pod *pod = m_ctx.store.pod(podKey);
    if (!pod)
        return;
    const QString uid = pod->uid;
    m_ctx.at(m_ctx.now().addSecs(delaySeconds), [this, podKey, uid] { markReady(podKey, uid); });
}

void KubeletFleet::expectReady(const QString &podKey, qint64 delaySeconds)
{
    scheduleReady(podKey, delaySeconds < 0 ? m_ctx.timing.podReadySeconds : delaySeconds);
}

void KubeletFleet::markReady(const QString &podKey, const QString &uid)
{
    const Pod *pod = m_ctx.store.pod(podKey);
    if (!pod || pod->uid != uid || pod->phase != PodPhase::Running || pod->deletionTimestamp || pod->ready)
        return;
    const State *s = findState(pod->nodeName);
    if (s && (!s->running || s->reportsNotReady))
        return; // restored when the kubelet reports Ready again
    m_ctx.store.updatePod(podKey, [](Pod &p) { p.ready = true; });
}

void KubeletFleet::finishTermination(const QString &podKey, const QString &uid)
{
    const Pod *pod = m_ctx.store.pod(podKey);
    if (!pod || pod->uid != uid || !pod->deletionTimestamp || !isRunning(pod->nodeName))
        return;
    if (m_ctx.now() < *pod->deletionTimestamp)
        return; // the grace period was extended meanwhile; its own timer follows
    // The kubelet's final DELETE with grace 0 removes the object.
    m_ctx.store.remove(ResourceKind::Pod, podKey);
}

void KubeletFleet::postReady(const QString &node, bool ready, const QString &newVersion)
{
    m_ctx.store.updateNode(node, [&](Node &n) {
        n.ready = ready ? ConditionStatus::True : ConditionStatus::False;
        n.readyReason = ready ? QStringLiteral("KubeletReady") : QStringLiteral("KubeletNotReady");
        if (!newVersion.isEmpty()) {
            n.kubeletVersion = newVersion;
            n.kubeProxyVersion = KubeConventions::reportedKubeProxyVersion(newVersion);
        }
    });
}

void KubeletFleet::powerOff(const QString &node)
{
    State &s = state(node);
    if (!s.running)
        return;
    s.frozenHeartbeatMs = lastHeartbeat(node).toMSecsSinceEpoch();
    s.running = false;
    ++s.generation;
    m_ctx.nodeLifecycle->kubeletStopped(node);
}

void KubeletFleet::powerOn(const QString &node)
{
    State &s = state(node);
    if (s.running)
        return;
    s.running = true;
    s.reportsNotReady = false;
    // A machine that boots gets a new boot id (status.nodeInfo.bootID, FACTS §7.2).
    ++s.boots;
    m_ctx.store.updateNode(node, [&](Node &n) { n.bootId = KubeConventions::newBootId(node, s.boots); });
    s.phaseMs =
        (m_ctx.now().toMSecsSinceEpoch() - m_ctx.epoch.toMSecsSinceEpoch()) % (kLeaseRenewSeconds * 1000);
    ++s.generation;
    postReady(node, true);
    for (const QString &key : m_ctx.store.podKeysOnNode(node)) {
        const Pod *pod = m_ctx.store.pod(key);
        if (!pod)
            continue;
        if (pod->deletionTimestamp) {
            // The containers died with the machine; the kubelet only confirms the deletion.
            m_ctx.store.remove(ResourceKind::Pod, key);
        } else if (pod->phase == PodPhase::Pending) {
            m_toStart.insert(key);
        } else if (pod->phase == PodPhase::Running) {
            // Containers restart after the power loss.
            m_ctx.store.updatePod(key, [](Pod &p) { p.ready = false; });
            scheduleReady(key, m_ctx.timing.podStartSeconds + m_ctx.timing.podReadySeconds);
        }
    }
}

void KubeletFleet::restart(const QString &node, const QString &newVersion, std::function<void()> done)
{
    State &s = state(node);
    if (!s.running)
        return;
    s.reportsNotReady = true;
    postReady(node, false);
    reportReadyAfter(node, m_ctx.timing.kubeletRestartNotReadySeconds, newVersion, std::move(done));
}

void KubeletFleet::join(const QString &node, qint64 readySeconds)
{
    State &s = state(node);
    s.running = true;
    s.reportsNotReady = true;
    s.phaseMs =
        (m_ctx.now().toMSecsSinceEpoch() - m_ctx.epoch.toMSecsSinceEpoch()) % (kLeaseRenewSeconds * 1000);
    reportReadyAfter(node, readySeconds, {}, {});
}

void KubeletFleet::reportReadyAfter(const QString &node, qint64 seconds, const QString &newVersion,
                                    std::function<void()> done)
{
    const quint64 generation = ++state(node).generation;
    m_ctx.at(m_ctx.now().addSecs(seconds), [this, node, newVersion, generation, done = std::move(done)] {
        const State *st = findState(node);
        if (!st || st->generation != generation || !st->running || !m_ctx.store.node(node))
            return; // powered off, restarted or deleted meanwhile
        state(node).reportsNotReady = false;
        postReady(node, true, newVersion);
        for (const QString &key : m_ctx.store.podKeysOnNode(node)) {
            const Pod *pod = m_ctx.store.pod(key);
            if (pod && pod->phase == PodPhase::Running && !pod->ready && !pod->deletionTimestamp)
                scheduleReady(key, m_ctx.timing.podReadySeconds);
            else if (pod && isBoundAndPending(*pod))
                m_toStart.insert(key);
        }
        if (done)
            done();
    });
}

} // namespace Slipway
