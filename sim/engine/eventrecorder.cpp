#include "sim/engine/eventrecorder.h"

#include "sim/engine/kubeconventions.h"

namespace Slipway {

namespace {

const QString kKubelet = QStringLiteral("kubelet");
const QString kNodeController = QStringLiteral("node-controller");
const QString kScheduler = QStringLiteral("default-scheduler");
const QString kWarning = QStringLiteral("Warning");

// client-go's EventCorrelator aggregates by source, involved object, type, reason and message.
QString correlationKey(const SimEvent &e)
{
    return QStringList{e.sourceComponent, e.sourceHost, e.reportingComponent, e.kind, e.objectNamespace,
                       e.objectName,      e.objectUid,  e.fieldPath,          e.type, e.reason,
                       e.message}
        .join(QChar(0x1f));
}

QDateTime lastSeen(const SimEvent &e)
{
    return e.lastTimestamp.isValid() ? e.lastTimestamp : e.eventTime.value_or(e.creationTimestamp);
}

QString controllerComponent(const QString &kind)
{
    if (kind == QLatin1String("ReplicaSet"))
        return QStringLiteral("replicaset-controller");
    if (kind == QLatin1String("StatefulSet"))
        return QStringLiteral("statefulset-controller");
    if (kind == QLatin1String("DaemonSet"))
        return QStringLiteral("daemonset-controller");
    if (kind == QLatin1String("Job"))
        return QStringLiteral("job-controller");
    return {};
}

} // namespace

EventRecorder::EventRecorder(Clock clock, KubeletCheck kubeletRunning, NodeLookup node, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_kubeletRunning(std::move(kubeletRunning))
    , m_node(std::move(node))
{
    qRegisterMetaType<Slipway::SimEventChange>();
}

void EventRecorder::observe(const WatchEvent &event, const StoredObject *previous)
{
    if (event.type == WatchEventType::Deleted)
        return;
    const StoredObject &o = event.object;
    switch (o.kind) {
    case ResourceKind::Node:
        observeNode(o.node, previous ? &previous->node : nullptr);
        break;
    case ResourceKind::Pod:
        observePod(o.pod, previous ? &previous->pod : nullptr, event.type == WatchEventType::Added);
        break;
    case ResourceKind::ReplicaSet:
        observeReplicaSet(o.workload, previous ? &previous->workload : nullptr);
        break;
    default:
        break;
    }
}

SimEvent EventRecorder::nodeEvent(const Node &node, const QString &reason, const QString &component) const
{
    SimEvent e;
    e.kind = QStringLiteral("Node");
    e.apiVersion = QStringLiteral("v1");
    e.objectName = node.name;
    // The kubelet refers to its node by name as the uid; the node controller uses the real uid
    // (kubectl describe node searches for both).
    e.objectUid = component == kKubelet ? node.name : node.uid;
    e.reason = reason;
    e.message = QStringLiteral("Node %1 status is now: %2").arg(node.name, reason);
    e.sourceComponent = component;
    if (component == kKubelet)
        e.sourceHost = node.name;
    return e;
}

SimEvent EventRecorder::podEvent(const Pod &pod) const
{
    SimEvent e;
    e.kind = QStringLiteral("Pod");
    e.apiVersion = QStringLiteral("v1");
    e.objectNamespace = pod.namespaceName;
    e.objectName = pod.name;
    e.objectUid = pod.uid;
    return e;
}

SimEvent EventRecorder::workloadEvent(const Workload &w) const
{
    SimEvent e;
    e.kind = workloadKindName(w.kind);
    e.apiVersion = w.kind == WorkloadKind::Job ? QStringLiteral("batch/v1") : QStringLiteral("apps/v1");
    e.objectNamespace = w.namespaceName;
    e.objectName = w.name;
    e.objectUid = w.uid;
    return e;
}

void EventRecorder::observeNode(const Node &node, const Node *previous)
{
    if (!previous)
        return;
    const bool kubeletUp = m_kubeletRunning(node.name);
    // kubelet_node_status.go recordNodeSchedulableEvent: the kubelet reports what it sees in
    // spec.unschedulable (a powered-off kubelet sees nothing).
    if (previous->unschedulable != node.unschedulable && kubeletUp)
        record(nodeEvent(node,
                         node.unschedulable ? QStringLiteral("NodeNotSchedulable")
                                            : QStringLiteral("NodeSchedulable"),
                         kKubelet));
    if (previous->ready == node.ready)
        return;
    if (node.ready == ConditionStatus::True)
        record(nodeEvent(node, QStringLiteral("NodeReady"), kKubelet));
    else if (previous->ready == ConditionStatus::True)
        // Unknown: the node lifecycle controller saw the Lease expire; False: the kubelet says so.
        record(nodeEvent(node, QStringLiteral("NodeNotReady"),
                         node.ready == ConditionStatus::Unknown ? kNodeController : kKubelet));
}

void EventRecorder::observePod(const Pod &pod, const Pod *previous, bool created)
{
    const auto controller = pod.controllerRef();
    if (created && controller && !pod.isMirror()) {
        const QString component = controllerComponent(controller->kind);
        if (!component.isEmpty()) {
            SimEvent e;
            e.kind = controller->kind;
            e.apiVersion = controller->apiVersion;
            e.objectNamespace = pod.namespaceName;
            e.objectName = controller->name;
            e.objectUid = controller->uid;
            e.reason = QStringLiteral("SuccessfulCreate");
            e.message = controller->kind == QLatin1String("StatefulSet")
                            ? QStringLiteral("create Pod %1 in StatefulSet %2 successful")
                                  .arg(pod.name, controller->name)
                            : QStringLiteral("Created pod: %1").arg(pod.name);
            e.sourceComponent = component;
            record(e);
        }
    }
    const bool bound =
        previous ? previous->nodeName.isEmpty() && !pod.nodeName.isEmpty()
                 : !pod.nodeName.isEmpty() && controller && controller->kind == QLatin1String("DaemonSet");
    if (bound) {
        // The scheduler writes through events.k8s.io: eventTime and reportingController, no source.
        SimEvent e = podEvent(pod);
        e.reason = QStringLiteral("Scheduled");
        e.message = QStringLiteral("Successfully assigned %1/%2 to %3")
                        .arg(pod.namespaceName, pod.name, pod.nodeName);
        e.reportingComponent = kScheduler;
        e.reportingInstance = kScheduler;
        e.action = QStringLiteral("Binding");
        e.eventTime = m_clock();
        record(e);
    }
    if (pod.nodeName.isEmpty() && pod.statusReason == QLatin1String("Unschedulable") &&
        (!previous || previous->statusReason != pod.statusReason ||
         previous->statusMessage != pod.statusMessage)) {
        SimEvent e = podEvent(pod);
        e.type = kWarning;
        e.reason = QStringLiteral("FailedScheduling");
        e.message = pod.statusMessage;
        e.reportingComponent = kScheduler;
        e.reportingInstance = kScheduler;
        e.action = QStringLiteral("Scheduling");
        e.eventTime = m_clock();
        record(e);
    }
    if (!previous)
        return;
    // The kubelet stops the containers of a pod being deleted gracefully (kuberuntime
    // killContainer), if it is running to see the deletion.
    if (!previous->deletionTimestamp && pod.deletionTimestamp && !pod.nodeName.isEmpty() &&
        !pod.isFinished() && m_kubeletRunning(pod.nodeName)) {
        for (const Container &c : pod.containers) {
            SimEvent e = podEvent(pod);
            e.fieldPath = QStringLiteral("spec.containers{%1}").arg(c.name);
            e.reason = QStringLiteral("Killing");
            e.message = QStringLiteral("Stopping container %1").arg(c.name);
            e.sourceComponent = kKubelet;
            e.sourceHost = pod.nodeName;
            record(e);
        }
    }
    // MarkPodsNotReady: the node lifecycle controller flips Ready on the pods of a lost node.
    if (previous->ready && !pod.ready && !pod.nodeName.isEmpty() && !pod.deletionTimestamp) {
        const Node *node = m_node(pod.nodeName);
        if (node && node->ready == ConditionStatus::Unknown) {
            SimEvent e = podEvent(pod);
            e.type = kWarning;
            e.reason = QStringLiteral("NodeNotReady");
            e.message = QStringLiteral("Node is not ready");
            e.sourceComponent = kNodeController;
            record(e);
        }
    }
}

void EventRecorder::observeReplicaSet(const Workload &rs, const Workload *previous)
{
    const int from = previous ? previous->replicas : 0;
    if (from == rs.replicas)
        return;
    for (const OwnerReference &ref : rs.ownerReferences) {
        if (!ref.controller || ref.kind != QLatin1String("Deployment"))
            continue;
        SimEvent e;
        e.kind = ref.kind;
        e.apiVersion = ref.apiVersion;
        e.objectNamespace = rs.namespaceName;
        e.objectName = ref.name;
        e.objectUid = ref.uid;
        e.reason = QStringLiteral("ScalingReplicaSet");
        e.message = QStringLiteral("Scaled %1 replica set %2 from %3 to %4")
                        .arg(rs.replicas > from ? QStringLiteral("up") : QStringLiteral("down"), rs.name)
                        .arg(from)
                        .arg(rs.replicas);
        e.sourceComponent = QStringLiteral("deployment-controller");
        record(e);
    }
}

void EventRecorder::recordForPod(const Pod &pod, const QString &type, const QString &reason,
                                 const QString &message, const QString &component)
{
    SimEvent e = podEvent(pod);
    e.type = type;
    e.reason = reason;
    e.message = message;
    e.sourceComponent = component;
    record(e);
}

void EventRecorder::record(const SimEvent &event)
{
    const QDateTime now = m_clock();
    expire();
    const QString correlation = correlationKey(event);
    const auto existing = m_aggregate.constFind(correlation);
    if (existing != m_aggregate.cend()) {
        const auto it = m_events.find(existing.value());
        if (it != m_events.end()) {
            SimEvent &e = it->second;
            ++e.count;
            // Core events move lastTimestamp; for the scheduler's events.k8s.io events it is the
            // series' lastObservedTime (see the API server's encoding).
            e.lastTimestamp = now;
            e.resourceVersion = ++m_resourceVersion;
            emitChange(WatchEventType::Modified, e);
            return;
        }
    }
    SimEvent e = event;
    e.namespaceName = e.objectNamespace.isEmpty() ? QStringLiteral("default") : e.objectNamespace;
    // client-go names events "<object>.<UnixNano in hex>"; the counter keeps names unique when
    // several events happen at the same virtual instant.
    const quint64 nanos = quint64(now.toMSecsSinceEpoch()) * 1000000ull + (++m_counter % 1000000ull);
    e.name = e.objectName + QLatin1Char('.') + QString::number(nanos, 16);
    e.uid = KubeConventions::uidFor(QStringLiteral("event/") + e.namespaceName + QLatin1Char('/') + e.name);
    e.creationTimestamp = now;
    if (!e.eventTime) {
        e.firstTimestamp = now;
        e.lastTimestamp = now;
    }
    e.count = 1;
    e.resourceVersion = ++m_resourceVersion;
    m_events.insert_or_assign(e.key(), e);
    m_aggregate.insert(correlation, e.key());
    std::deque<QString> &keys = m_byNamespace[e.namespaceName];
    keys.push_back(e.key());
    emitChange(WatchEventType::Added, e);
    while (keys.size() > size_t(kMaxPerNamespace)) {
        const auto it = m_events.find(keys.front());
        keys.pop_front();
        if (it == m_events.end())
            continue;
        SimEvent dropped = std::move(it->second);
        m_events.erase(it);
        m_aggregate.remove(correlationKey(dropped));
        dropped.resourceVersion = ++m_resourceVersion;
        emitChange(WatchEventType::Deleted, dropped);
    }
}

void EventRecorder::expire()
{
    const QDateTime cutoff = m_clock().addSecs(-kTtlSeconds);
    for (auto ns = m_byNamespace.begin(); ns != m_byNamespace.end(); ++ns) {
        std::deque<QString> &keys = ns.value();
        while (!keys.empty()) {
            const auto it = m_events.find(keys.front());
            if (it != m_events.end() && lastSeen(it->second) >= cutoff)
                break;
            keys.pop_front();
            if (it == m_events.end())
                continue;
            SimEvent dropped = std::move(it->second);
            m_events.erase(it);
            m_aggregate.remove(correlationKey(dropped));
            dropped.resourceVersion = ++m_resourceVersion;
            emitChange(WatchEventType::Deleted, dropped);
        }
    }
}

void EventRecorder::emitChange(WatchEventType type, const SimEvent &event)
{
    SimEventChange change{type, event};
    m_history.push_back(change);
    while (m_history.size() > size_t(kHistoryLimit)) {
        m_compactedVersion = m_history.front().event.resourceVersion;
        m_history.pop_front();
    }
    Q_EMIT changed(change);
}

QList<SimEvent> EventRecorder::list(const QString &namespaceName) const
{
    QList<SimEvent> out;
    for (const auto &[key, e] : m_events) {
        if (namespaceName.isEmpty() || e.namespaceName == namespaceName)
            out.append(e);
    }
    return out;
}

std::optional<SimEvent> EventRecorder::get(const QString &namespaceName, const QString &name) const
{
    const auto it = m_events.find(namespaceName + QLatin1Char('/') + name);
    return it == m_events.end() ? std::nullopt : std::optional<SimEvent>(it->second);
}

std::optional<QList<SimEventChange>> EventRecorder::changesSince(quint64 resourceVersion) const
{
    if (resourceVersion < m_compactedVersion)
        return std::nullopt;
    QList<SimEventChange> out;
    for (const SimEventChange &c : m_history) {
        if (c.event.resourceVersion > resourceVersion)
            out.append(c);
    }
    return out;
}

} // namespace Slipway
