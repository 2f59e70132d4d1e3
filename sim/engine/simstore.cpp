#include "sim/engine/simstore.h"

#include <algorithm>

namespace Slipway {

namespace {

bool sameContent(const StoredObject &a, const StoredObject &b)
{
    switch (a.kind) {
    case ResourceKind::Namespace:
        return a.namespaceObject == b.namespaceObject;
    case ResourceKind::Node:
        return a.node == b.node;
    case ResourceKind::Pod:
        return a.pod == b.pod;
    case ResourceKind::PodDisruptionBudget:
        return a.pdb == b.pdb;
    case ResourceKind::Deployment:
    case ResourceKind::ReplicaSet:
    case ResourceKind::StatefulSet:
    case ResourceKind::DaemonSet:
    case ResourceKind::Job:
        return a.workload == b.workload;
    }
    return false;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

void addTo(Resources &total, const Resources &r, int sign)
{
    total.cpuMilli += sign * r.cpuMilli;
    total.memoryBytes += sign * r.memoryBytes;
    total.pods += sign * r.pods;
}

} // namespace

bool SimStore::isNamespaced(ResourceKind kind)
{
    return kind != ResourceKind::Namespace && kind != ResourceKind::Node;
}

ResourceKind SimStore::kindOf(WorkloadKind kind)
{
    switch (kind) {
    case WorkloadKind::Deployment:
        return ResourceKind::Deployment;
    case WorkloadKind::ReplicaSet:
        return ResourceKind::ReplicaSet;
    case WorkloadKind::StatefulSet:
        return ResourceKind::StatefulSet;
    case WorkloadKind::DaemonSet:
        return ResourceKind::DaemonSet;
    case WorkloadKind::Job:
        return ResourceKind::Job;
    }
    return ResourceKind::Deployment;
}

QString SimStore::keyOf(ResourceKind kind, const QString &namespaceName, const QString &name)
{
    return isNamespaced(kind) ? namespaceName + QLatin1Char('/') + name : name;
}

QString SimStore::keyOf(const StoredObject &object)
{
    return keyOf(object.kind, object.namespaceName(), object.name());
}

const StoredObject *SimStore::find(ResourceKind kind, const QString &key) const
{
    return m_byKey[index(kind)].value(key, nullptr);
}

const Pod *SimStore::pod(const QString &key) const
{
    const StoredObject *o = find(ResourceKind::Pod, key);
    return o ? &o->pod : nullptr;
}

const Node *SimStore::node(const QString &name) const
{
    const StoredObject *o = find(ResourceKind::Node, name);
    return o ? &o->node : nullptr;
}

const Workload *SimStore::workload(WorkloadKind kind, const QString &key) const
{
    const StoredObject *o = find(kindOf(kind), key);
    return o ? &o->workload : nullptr;
}

std::pair<SimStore::ObjectMap::const_iterator, SimStore::ObjectMap::const_iterator>
SimStore::namespaceRange(ResourceKind kind, const QString &ns) const
{
    // Keys "ns/…" sort between "ns/" and "ns0" ('0' follows '/').
    const ObjectMap &map = m_objects[index(kind)];
    return {map.lower_bound(ns + QLatin1Char('/')), map.lower_bound(ns + QLatin1Char('0'))};
}

SimList SimStore::list(ResourceKind kind, const QString &namespaceName) const
{
    SimList result;
    result.resourceVersion = m_resourceVersion;
    const ObjectMap &map = m_objects[index(kind)];
    auto [first, last] = std::make_pair(map.cbegin(), map.cend());
    if (isNamespaced(kind) && !namespaceName.isEmpty())
        std::tie(first, last) = namespaceRange(kind, namespaceName);
    result.items.reserve(qsizetype(std::distance(first, last)));
    for (auto it = first; it != last; ++it)
        result.items.append(it->second);
    return result;
}

const StoredObject &SimStore::create(StoredObject object)
{
    const QString key = keyOf(object);
    if (find(object.kind, key))
        return *replace(std::move(object));
    object.resourceVersion = ++m_resourceVersion;
    const int kind = index(object.kind);
    auto [it, inserted] = m_objects[kind].emplace(key, std::move(object));
    Q_UNUSED(inserted);
    m_byKey[kind].insert(key, &it->second);
    indexObject(it->second, true);
    record(WatchEventType::Added, it->second, nullptr);
    return it->second;
}

const StoredObject *SimStore::replace(StoredObject object)
{
    StoredObject *current = m_byKey[index(object.kind)].value(keyOf(object), nullptr);
    if (!current)
        return nullptr;
    if (sameContent(*current, object))
        return current;
    const StoredObject previous = *current;
    indexObject(previous, false);
    object.resourceVersion = ++m_resourceVersion;
    *current = std::move(object);
    indexObject(*current, true);
    record(WatchEventType::Modified, *current, &previous);
    return current;
}

bool SimStore::remove(ResourceKind kind, const QString &key)
{
    ObjectMap &map = m_objects[index(kind)];
    const auto it = map.find(key);
    if (it == map.end())
        return false;
    const StoredObject previous = it->second;
    map.erase(it);
    m_byKey[index(kind)].remove(key);
    indexObject(previous, false);
    StoredObject last = previous;
    last.resourceVersion = ++m_resourceVersion; // the deletion's resourceVersion
    record(WatchEventType::Deleted, last, &previous);
    return true;
}

QStringList SimStore::podKeysOnNode(const QString &node) const
{
    return sorted(m_podsByNode.value(node));
}

QStringList SimStore::podKeysOwnedBy(const QString &controllerUid) const
{
    return sorted(m_podsByOwner.value(controllerUid));
}

const QSet<QString> &SimStore::podKeySetOwnedBy(const QString &controllerUid) const
{
    static const QSet<QString> none;
    const auto it = m_podsByOwner.constFind(controllerUid);
    return it == m_podsByOwner.constEnd() ? none : *it;
}

const QHash<QString, int> &SimStore::boundPodsByNode(const QString &controllerUid) const
{
    static const QHash<QString, int> none;
    const auto it = m_boundByOwner.constFind(controllerUid);
    return it == m_boundByOwner.constEnd() ? none : *it;
}

QStringList SimStore::replicaSetKeysOwnedBy(const QString &deploymentUid) const
{
    return sorted(m_replicaSetsByOwner.value(deploymentUid));
}

std::optional<QList<WatchEvent>> SimStore::eventsSince(quint64 resourceVersion) const
{
    if (resourceVersion < m_compactedVersion)
        return std::nullopt;
    QList<WatchEvent> result;
    const auto first =
        std::upper_bound(m_history.cbegin(), m_history.cend(), resourceVersion,
                         [](quint64 rv, const WatchEvent &e) { return rv < e.object.resourceVersion; });
    result.reserve(qsizetype(std::distance(first, m_history.cend())));
    for (auto it = first; it != m_history.cend(); ++it)
        result.append(*it);
    return result;
}

void SimStore::compactHistory()
{
    m_history.clear();
    m_compactedVersion = m_resourceVersion;
}

void SimStore::setHistoryLimit(int limit)
{
    m_historyLimit = std::max(0, limit);
    while (int(m_history.size()) > m_historyLimit) {
        m_compactedVersion = m_history.front().object.resourceVersion;
        m_history.pop_front();
    }
    if (m_historyLimit == 0)
        m_compactedVersion = m_resourceVersion;
}

void SimStore::record(WatchEventType type, const StoredObject &object, const StoredObject *previous)
{
    if (!m_recording)
        return;
    if (m_historyLimit == 0) {
        // No history: every version up to this write is compacted; the listener still hears it.
        m_compactedVersion = object.resourceVersion;
        if (m_listener)
            m_listener(WatchEvent{type, object}, previous);
        return;
    }
    m_history.push_back(WatchEvent{type, object});
    while (int(m_history.size()) > m_historyLimit) {
        m_compactedVersion = m_history.front().object.resourceVersion;
        m_history.pop_front();
    }
    if (m_listener)
        m_listener(m_history.back(), previous);
}

void SimStore::countOwned(const Pod &pod, const QString &ownerUid, int sign)
{
    const bool active = !pod.deletionTimestamp && !pod.isFinished();
    const bool runningReady = !pod.deletionTimestamp && pod.phase == PodPhase::Running && pod.ready;
    if (!active && !runningReady)
        return;
    OwnedPodCounts &c = m_ownedCounts[ownerUid];
    c.active += active ? sign : 0;
    c.activeReady += active && pod.ready ? sign : 0;
    c.runningReady += runningReady ? sign : 0;
    if (c.active == 0 && c.activeReady == 0 && c.runningReady == 0)
        m_ownedCounts.remove(ownerUid);
}

void SimStore::countBound(const Pod &pod, const QString &ownerUid, int sign)
{
    if (pod.nodeName.isEmpty() || pod.deletionTimestamp)
        return;
    QHash<QString, int> &byNode = m_boundByOwner[ownerUid];
    int &n = byNode[pod.nodeName];
    n += sign;
    if (n == 0) {
        byNode.remove(pod.nodeName);
        if (byNode.isEmpty())
            m_boundByOwner.remove(ownerUid);
    }
}

void SimStore::indexObject(const StoredObject &object, bool add)
{
    const QString key = keyOf(object);
    auto update = [&](QHash<QString, QSet<QString>> &index, const QString &bucket) {
        if (bucket.isEmpty())
            return;
        if (add) {
            index[bucket].insert(key);
            return;
        }
        const auto it = index.find(bucket);
        if (it == index.end())
            return;
        it->remove(key);
        if (it->isEmpty())
            index.erase(it);
    };
    const int sign = add ? 1 : -1;
    if (object.kind == ResourceKind::Node) {
        const bool ready = object.node.ready == ConditionStatus::True;
        m_sampleCounts.readyNodes += ready ? sign : 0;
        m_sampleCounts.schedulableNodes += ready && !object.node.unschedulable ? sign : 0;
    } else if (object.kind == ResourceKind::Deployment || object.kind == ResourceKind::StatefulSet ||
               object.kind == ResourceKind::DaemonSet) {
        m_sampleCounts.workloadsBelowDesired +=
            object.workload.readyReplicas < object.workload.replicas ? sign : 0;
    }
    if (object.kind == ResourceKind::Pod) {
        const Pod &pod = object.pod;
        m_sampleCounts.pendingPods += pod.phase == PodPhase::Pending && !pod.deletionTimestamp ? sign : 0;
        update(m_podsByNode, pod.nodeName);
        if (const auto ref = pod.controllerRef()) {
            update(m_podsByOwner, ref->uid);
            countOwned(pod, ref->uid, add ? 1 : -1);
            countBound(pod, ref->uid, add ? 1 : -1);
        }
        if (!pod.nodeName.isEmpty() && !pod.isFinished())
            addTo(m_requested[pod.nodeName], pod.totalRequests(), add ? 1 : -1);
    } else if (object.kind == ResourceKind::ReplicaSet) {
        for (const OwnerReference &ref : object.workload.ownerReferences) {
            if (ref.controller)
                update(m_replicaSetsByOwner, ref.uid);
        }
    }
}

} // namespace Slipway
