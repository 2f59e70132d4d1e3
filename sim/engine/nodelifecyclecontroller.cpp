#include "sim/engine/nodelifecyclecontroller.h"

#include "models/componentversions.h"
#include "sim/engine/kubeconventions.h"
#include "sim/engine/kubeletfleet.h"
#include "sim/engine/simtiming.h"
#include "models/version.h"

namespace Slipway {

using namespace KubeConventions;
using namespace SimTiming;

namespace {

const QString kKubeSystem = QStringLiteral("kube-system");

bool hasTaint(const Node &node, const QString &key, const QString &effect)
{
    for (const Taint &t : node.taints) {
        if (t.key == key && t.effect == effect)
            return true;
    }
    return false;
}

void removeTaint(Node &node, const QString &key, const QString &effect)
{
    node.taints.removeIf([&](const Taint &t) { return t.key == key && t.effect == effect; });
}

void ensureTaint(Node &node, const QString &key, const QString &effect)
{
    if (!hasTaint(node, key, effect))
        node.taints << Taint{key, QString(), effect};
}

bool isKubeControllerManager(const Pod &pod)
{
    return pod.namespaceName == kKubeSystem &&
           pod.labels.value(QStringLiteral("component")) == QLatin1String("kube-controller-manager");
}

} // namespace

qint64 NodeLifecycleController::gracePeriodSeconds() const
{
    if (m_grace)
        return *m_grace;
    Version newest = Version::parse(m_fallbackVersion);
    const auto [first, last] = m_ctx.store.namespaceRange(ResourceKind::Pod, kKubeSystem);
    for (auto it = first; it != last; ++it) {
        const Pod &pod = it->second.pod;
        if (!isKubeControllerManager(pod) || pod.containers.isEmpty())
            continue;
        const Version v = Version::parse(imageTagToVersion(pod.containers.constFirst().image));
        if (v.isValid() && (!newest.isValid() || newest < v))
            newest = v;
    }
    // 50 s since v1.32 (kubernetes/kubernetes#126287), 40 s before (FACTS §6).
    const bool before132 =
        newest.isValid() && newest.major() == 1 && newest.minor() < kNodeMonitorGraceChangedInMinor;
    m_grace = before132 ? kNodeMonitorGraceSecondsBefore132 : kNodeMonitorGraceSeconds;
    return *m_grace;
}

std::optional<QDateTime> NodeLifecycleController::readyTransitionTime(const QString &node) const
{
    const auto it = m_readyTransition.constFind(node);
    return it == m_readyTransition.cend() ? std::nullopt : std::optional<QDateTime>(it.value());
}

QString NodeLifecycleController::zoneKey(const Node &node)
{
    // nodetopology.GetZoneKey: region and zone labels (current or legacy beta ones).
    auto label = [&](const char *current, const char *legacy) {
        const QString v = node.labels.value(QLatin1String(current));
        return v.isEmpty() ? node.labels.value(QLatin1String(legacy)) : v;
    };
    const QString region = label("topology.kubernetes.io/region", "failure-domain.beta.kubernetes.io/region");
    const QString zone = label("topology.kubernetes.io/zone", "failure-domain.beta.kubernetes.io/zone");
    return region.isEmpty() && zone.isEmpty() ? QString() : region + QLatin1Char(':') + zone;
}

void NodeLifecycleController::kubeletStopped(const QString &node)
{
    const QDateTime deadline = m_ctx.kubelets->lastHeartbeat(node).addSecs(gracePeriodSeconds());
    monitorAt(node, m_ctx.nextPeriodicAfter(deadline, kNodeMonitorPeriodSeconds));
}

void NodeLifecycleController::observe(const WatchEvent &event, const StoredObject *previous)
{
    const StoredObject &object = event.object;
    if (object.kind == ResourceKind::Pod) {
        if (isKubeControllerManager(object.pod))
            m_grace.reset();
        const bool newlyBound =
            !object.pod.nodeName.isEmpty() && (!previous || previous->pod.nodeName.isEmpty());
        if (event.type == WatchEventType::Deleted || !newlyBound || !object.pod.ready)
            return;
        const Node *node = m_ctx.store.node(object.pod.nodeName);
        if (node && node->ready != ConditionStatus::True)
            m_podsToCheck.insert(object.pod.key());
        return;
    }
    if (object.kind != ResourceKind::Node)
        return;
    const Node &node = object.node;
    // Zone bookkeeping (ComputeZoneState counts Ready=True against everything else).
    if (m_nodeZone.contains(node.name)) {
        Zone &old = m_zones[m_nodeZone.value(node.name)];
        (m_nodeCountedReady.value(node.name) ? old.ready : old.notReady) -= 1;
    }
    if (event.type == WatchEventType::Deleted) {
        m_nodeZone.remove(node.name);
        m_nodeCountedReady.remove(node.name);
        m_readyTransition.remove(node.name);
        m_zonesDirty = true;
        return;
    }
    const bool ready = node.ready == ConditionStatus::True;
    const QString zone = zoneKey(node);
    Zone &counted = m_zones[zone];
    (ready ? counted.ready : counted.notReady) += 1;
    if (m_nodeZone.value(node.name) != zone || m_nodeCountedReady.value(node.name) != ready || !previous)
        m_zonesDirty = true;
    m_nodeZone.insert(node.name, zone);
    m_nodeCountedReady.insert(node.name, ready);

    if (!previous) {
        m_readyTransition.insert(node.name,
                                 node.creationTimestamp.isValid() ? node.creationTimestamp : m_ctx.now());
        m_conditionTaintsDirty.insert(node.name);
        if (!ready)
            m_readinessChanged.insert(node.name);
        return;
    }
    if (previous->node.ready != node.ready) {
        m_readyTransition.insert(node.name, m_ctx.now());
        m_readinessChanged.insert(node.name);
        m_conditionTaintsDirty.insert(node.name);
    }
    if (previous->node.unschedulable != node.unschedulable)
        m_conditionTaintsDirty.insert(node.name);
}

bool NodeLifecycleController::hasWork() const
{
    return m_zonesDirty || !m_conditionTaintsDirty.empty() || !m_readinessChanged.empty() ||
           !m_podsToCheck.empty();
}

void NodeLifecycleController::sync()
{
    for (const QString &node : std::exchange(m_conditionTaintsDirty, {}))
        syncConditionTaints(node);
    if (std::exchange(m_zonesDirty, false))
        updateZoneStates();
    // The next monitor pass (every 5 s) sees the new readiness.
    const QDateTime nextPass = m_ctx.nextPeriodicAfter(m_ctx.now().addMSecs(-1), kNodeMonitorPeriodSeconds);
    for (const QString &node : std::exchange(m_readinessChanged, {}))
        monitorAt(node, nextPass);
    // Pods bound to a node that is not Ready are marked not ready at once (processPod).
    for (const QString &key : std::exchange(m_podsToCheck, {})) {
        const Pod *pod = m_ctx.store.pod(key);
        const Node *node = pod ? m_ctx.store.node(pod->nodeName) : nullptr;
        if (node && node->ready != ConditionStatus::True && pod->ready)
            m_ctx.store.updatePod(key, [](Pod &p) { p.ready = false; });
    }
}

void NodeLifecycleController::monitorAt(const QString &node, const QDateTime &when)
{
    m_ctx.at(when, [this, node] { monitor(node); });
}

void NodeLifecycleController::monitor(const QString &nodeName)
{
    const Node *node = m_ctx.store.node(nodeName);
    if (!node)
        return;
    if (!m_ctx.kubelets->isRunning(nodeName)) {
        const QDateTime deadline = m_ctx.kubelets->lastHeartbeat(nodeName).addSecs(gracePeriodSeconds());
        if (m_ctx.now() <= deadline) {
            monitorAt(nodeName, m_ctx.nextPeriodicAfter(deadline, kNodeMonitorPeriodSeconds));
            return;
        }
        if (node->ready != ConditionStatus::Unknown) {
            node = m_ctx.store.updateNode(nodeName, [](Node &n) {
                n.ready = ConditionStatus::Unknown;
                n.readyReason = QStringLiteral("NodeStatusUnknown");
            });
        }
    }
    if (node->ready != ConditionStatus::True) {
        markPodsNotReady(nodeName);
        enqueueTainting(nodeName);
    } else {
        removeNoExecuteTaints(nodeName); // markNodeAsReachable
    }
}

void NodeLifecycleController::syncConditionTaints(const QString &nodeName)
{
    // TaintNodesByCondition: NoSchedule taints mirror the Ready condition and spec.unschedulable.
    m_ctx.store.updateNode(nodeName, [](Node &n) {
        auto mirror = [&n](const QString &key, bool wanted) {
            if (wanted)
                ensureTaint(n, key, kEffectNoSchedule);
            else
                removeTaint(n, key, kEffectNoSchedule);
        };
        mirror(kTaintUnschedulable, n.unschedulable);
        mirror(kTaintNotReady, n.ready == ConditionStatus::False);
        mirror(kTaintUnreachable, n.ready == ConditionStatus::Unknown);
    });
}

void NodeLifecycleController::markPodsNotReady(const QString &node)
{
    for (const QString &key : m_ctx.store.podKeysOnNode(node)) {
        const Pod *pod = m_ctx.store.pod(key);
        if (pod && pod->ready && !pod->isFinished())
            m_ctx.store.updatePod(key, [](Pod &p) { p.ready = false; });
    }
}

void NodeLifecycleController::updateZoneStates()
{
    for (auto &[name, zone] : m_zones) {
        const int total = zone.ready + zone.notReady;
        if (total == 0)
            continue;
        if (zone.ready == 0)
            zone.state = ZoneState::FullDisruption;
        else if (zone.notReady > 2 && double(zone.notReady) / double(total) >= kUnhealthyZoneThreshold)
            zone.state = ZoneState::PartialDisruption;
        else
            zone.state = ZoneState::Normal;
    }
    // All zones fully disrupted: the controller assumes its own connectivity is broken, removes the
    // NoExecute taints and stops tainting until some node is Ready again (FACTS §6).
    bool allFull = false;
    for (const auto &[name, zone] : m_zones) {
        if (zone.ready + zone.notReady == 0)
            continue;
        if (zone.state != ZoneState::FullDisruption) {
            allFull = false;
            break;
        }
        allFull = true;
    }
    const bool wasAllFull = std::exchange(m_allFullyDisrupted, allFull);
    if (allFull && !wasAllFull) {
        for (const auto &[name, object] : m_ctx.store.objects(ResourceKind::Node))
            removeNoExecuteTaints(name);
        return;
    }
    if (!allFull && wasAllFull) {
        for (const auto &[name, object] : m_ctx.store.objects(ResourceKind::Node)) {
            if (object.node.ready != ConditionStatus::True)
                enqueueTainting(name);
        }
    }
    for (const auto &[name, zone] : m_zones) {
        if (!zone.queue.isEmpty())
            processTainter(name);
    }
}

std::optional<qint64> NodeLifecycleController::taintInterval(const Zone &zone) const
{
    if (m_allFullyDisrupted)
        return std::nullopt;
    switch (zone.state) {
    case ZoneState::Normal:
    case ZoneState::FullDisruption: // HealthyQPSFunc: the normal rate
        return kNodeEvictionIntervalSeconds;
    case ZoneState::PartialDisruption:
        // ReducedQPSFunc gets the zone's size: slower in big zones, stopped in small ones.
        if (zone.ready + zone.notReady > kLargeClusterSizeThreshold)
            return kSecondaryNodeEvictionIntervalSeconds;
        return std::nullopt;
    }
    return std::nullopt;
}

void NodeLifecycleController::enqueueTainting(const QString &nodeName)
{
    const Node *node = m_ctx.store.node(nodeName);
    if (!node || node->ready == ConditionStatus::True)
        return;
    const bool notReady = node->ready == ConditionStatus::False;
    const QString wanted = notReady ? kTaintNotReady : kTaintUnreachable;
    const QString opposite = notReady ? kTaintUnreachable : kTaintNotReady;
    if (hasTaint(*node, wanted, kEffectNoExecute) && !hasTaint(*node, opposite, kEffectNoExecute))
        return;
    const QString zone = zoneKey(*node);
    Zone &z = m_zones[zone];
    if (!z.queue.contains(nodeName))
        z.queue.append(nodeName);
    processTainter(zone);
}

void NodeLifecycleController::processTainter(const QString &zoneName)
{
    Zone &zone = m_zones[zoneName];
    while (!zone.queue.isEmpty()) {
        const std::optional<qint64> interval = taintInterval(zone);
        if (!interval)
            return; // resumed when the zone's state changes
        const qint64 nowMs = m_ctx.now().toMSecsSinceEpoch();
        if (nowMs < zone.nextTokenMs) {
            if (!zone.wakeScheduled) {
                zone.wakeScheduled = true;
                m_ctx.at(QDateTime::fromMSecsSinceEpoch(zone.nextTokenMs, Qt::UTC), [this, zoneName] {
                    m_zones[zoneName].wakeScheduled = false;
                    processTainter(zoneName);
                });
            }
            return;
        }
        const QString nodeName = zone.queue.takeFirst();
        const Node *node = m_ctx.store.node(nodeName);
        if (!node || node->ready == ConditionStatus::True)
            continue; // recovered meanwhile; no token used
        const bool notReady = node->ready == ConditionStatus::False;
        m_ctx.store.updateNode(nodeName, [notReady](Node &n) {
            removeTaint(n, notReady ? kTaintUnreachable : kTaintNotReady, kEffectNoExecute);
            ensureTaint(n, notReady ? kTaintNotReady : kTaintUnreachable, kEffectNoExecute);
        });
        zone.nextTokenMs = nowMs + *interval * 1000;
    }
}

void NodeLifecycleController::removeNoExecuteTaints(const QString &nodeName)
{
    m_ctx.store.updateNode(nodeName, [](Node &n) {
        removeTaint(n, kTaintNotReady, kEffectNoExecute);
        removeTaint(n, kTaintUnreachable, kEffectNoExecute);
    });
    if (const Node *node = m_ctx.store.node(nodeName))
        m_zones[zoneKey(*node)].queue.removeAll(nodeName);
}

} // namespace Slipway
