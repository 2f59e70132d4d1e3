#pragma once

#include "sim/engine/simcontext.h"

#include <map>
#include <set>

namespace Slipway {

// kube-controller-manager's node lifecycle controller (FACTS §6): every 5 s it looks at the nodes;
// one whose kubelet stopped renewing its Lease for longer than --node-monitor-grace-period turns
// Ready=Unknown ("Kubelet stopped posting node status."). Pods on a node that is not Ready are
// marked not ready. Condition taints (not-ready/unreachable/unschedulable :NoSchedule) follow
// the node at once; the NoExecute not-ready/unreachable taints that make the taint eviction
// controller act are added through a per-zone rate limiter (one node per 10 s, slower or stopped
// when a zone is largely unhealthy, and not at all when every zone is down).
class NodeLifecycleController : public SimController
{
public:
    using SimController::SimController;

    // The version used when no kube-controller-manager mirror pod exists (managed clusters).
    void setFallbackVersion(const QString &version) { m_fallbackVersion = version; }
    // --node-monitor-grace-period of the newest kube-controller-manager: 50 s from v1.32, 40 s
    // before (FACTS §6).
    qint64 gracePeriodSeconds() const;
    std::optional<QDateTime> readyTransitionTime(const QString &node) const;

    // The node's kubelet stopped heart-beating.
    void kubeletStopped(const QString &node);

    void observe(const WatchEvent &event, const StoredObject *previous) override;
    bool hasWork() const override;
    void sync() override;

private:
    enum class ZoneState
    {
        Normal,
        PartialDisruption,
        FullDisruption
    };
    struct Zone
    {
        int ready = 0;
        int notReady = 0;
        ZoneState state = ZoneState::Normal;
        QStringList queue;      // nodes waiting for their NoExecute taint, FIFO
        qint64 nextTokenMs = 0; // token bucket with burst 1
        bool wakeScheduled = false;
    };

    static QString zoneKey(const Node &node);
    void monitorAt(const QString &node, const QDateTime &when);
    void monitor(const QString &node);
    void syncConditionTaints(const QString &node);
    void markPodsNotReady(const QString &node);
    void updateZoneStates();
    // Seconds between two taints in the zone; std::nullopt while tainting is stopped.
    std::optional<qint64> taintInterval(const Zone &zone) const;
    void enqueueTainting(const QString &node);
    void processTainter(const QString &zone);
    void removeNoExecuteTaints(const QString &node);

    std::map<QString, Zone> m_zones;
    QHash<QString, QString> m_nodeZone;      // counted zone of each node
    QHash<QString, bool> m_nodeCountedReady; // counted readiness of each node
    QHash<QString, QDateTime> m_readyTransition;
    std::set<QString> m_conditionTaintsDirty;
    std::set<QString> m_readinessChanged;
    std::set<QString> m_podsToCheck;
    bool m_zonesDirty = false;
    bool m_allFullyDisrupted = false;
    QString m_fallbackVersion;
    mutable std::optional<qint64> m_grace;
};

} // namespace Slipway
