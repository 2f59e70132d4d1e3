#pragma once

#include "sim/engine/simulator.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <deque>
#include <functional>
#include <map>
#include <optional>

namespace Slipway {

// One core/v1 Event as the practice cluster's components record it (what `kubectl get events`
// and the Events section of `kubectl describe` show).
struct SimEvent
{
    QString namespaceName; // "default" for events about cluster-scoped objects (nodes)
    QString name;          // "<involved object name>.<16 hex digits>", like client-go's recorder
    QString uid;
    quint64 resourceVersion = 0; // the recorder's own counter (events are their own resource)
    QDateTime creationTimestamp;

    // involvedObject
    QString kind; // Node, Pod, ReplicaSet, Deployment, …
    QString apiVersion;
    QString objectNamespace; // empty for nodes
    QString objectName;
    QString objectUid; // kubelet node events use the node's name, as the real kubelet does
    QString fieldPath; // "spec.containers{nginx}" for container events

    QString type = QStringLiteral("Normal"); // Normal or Warning
    QString reason;
    QString message;
    QString sourceComponent; // source.component: kubelet, node-controller, … (empty for new-API events)
    QString sourceHost;
    QDateTime firstTimestamp; // invalid for events written through events.k8s.io (the scheduler's)
    QDateTime lastTimestamp;
    std::optional<QDateTime> eventTime; // set for the scheduler's events.k8s.io events
    int count = 1;
    QString reportingComponent;
    QString reportingInstance;
    QString action;

    QString key() const { return namespaceName + QLatin1Char('/') + name; }
};

struct SimEventChange
{
    WatchEventType type = WatchEventType::Added;
    SimEvent event;
};

// The practice cluster's Events: what kubelets, the scheduler and the controllers would record.
// Most are derived from the store's writes as they happen (observe(): cordon → NodeNotSchedulable,
// binding → Scheduled, Unschedulable → FailedScheduling, graceful deletion on a live kubelet →
// Killing, Ready lost → NodeNotReady on the node and on its pods, controller-created pods →
// SuccessfulCreate, ReplicaSet scaling → ScalingReplicaSet); controllers whose intent a write
// cannot show record directly (taint eviction → TaintManagerEviction).
//
// Memory is bounded like the API server's own event storage: events expire an hour after their
// last occurrence (kube-apiserver's --event-ttl default), and at most kMaxPerNamespace are kept per
// namespace (oldest dropped first), so a class running for hours does not grow without limit.
// Repeated events (same object, reason, message and source) are aggregated into one with a
// growing count, as client-go's EventCorrelator does.
class EventRecorder : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxPerNamespace = 1000;
    static constexpr qint64 kTtlSeconds = 3600;
    static constexpr int kHistoryLimit = 5000; // watch history (older versions: 410 Expired)

    using Clock = std::function<QDateTime()>;
    using KubeletCheck = std::function<bool(const QString &node)>;
    using NodeLookup = std::function<const Node *(const QString &node)>;
    EventRecorder(Clock clock, KubeletCheck kubeletRunning, NodeLookup node, QObject *parent = nullptr);

    // Derives events from one store write (called before the write is published).
    void observe(const WatchEvent &event, const StoredObject *previous);

    // Records (or aggregates) one event about `object` at now().
    void record(const SimEvent &event);
    // Convenience: an event about a pod from a controller (no host).
    void recordForPod(const Pod &pod, const QString &type, const QString &reason, const QString &message,
                      const QString &component);

    quint64 resourceVersion() const { return m_resourceVersion; }
    // All events (one namespace, or all when empty), in storage order ("namespace/name").
    QList<SimEvent> list(const QString &namespaceName = {}) const;
    std::optional<SimEvent> get(const QString &namespaceName, const QString &name) const;
    // Changes after `resourceVersion`, oldest first; nullopt when it is older than the history.
    std::optional<QList<SimEventChange>> changesSince(quint64 resourceVersion) const;

Q_SIGNALS:
    void changed(const Slipway::SimEventChange &change);

private:
    void emitChange(WatchEventType type, const SimEvent &event);
    void expire();
    void observeNode(const Node &node, const Node *previous);
    void observePod(const Pod &pod, const Pod *previous, bool created);
    void observeReplicaSet(const Workload &rs, const Workload *previous);
    SimEvent nodeEvent(const Node &node, const QString &reason, const QString &component) const;
    SimEvent podEvent(const Pod &pod) const;
    SimEvent workloadEvent(const Workload &w) const;

    Clock m_clock;
    KubeletCheck m_kubeletRunning;
    NodeLookup m_node;
    std::map<QString, SimEvent> m_events;              // key order, for lists
    QHash<QString, std::deque<QString>> m_byNamespace; // keys, oldest first
    QHash<QString, QString> m_aggregate;               // correlation key -> event key
    std::deque<SimEventChange> m_history;
    quint64 m_resourceVersion = 0;
    quint64 m_compactedVersion = 0;
    quint64 m_counter = 0;
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::SimEventChange)
