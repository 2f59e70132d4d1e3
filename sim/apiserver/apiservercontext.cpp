#include "sim/apiserver/apiservercontext.h"

#include "models/kubejson.h"
#include "sim/engine/virtualclock.h"

#include <QDateTime>

#include <algorithm>
#include <numeric>

Q_LOGGING_CATEGORY(lcApiServer, "slipway.apiserver")

namespace Slipway {

namespace {

// Idle snapshots go after a minute (kubectl and Slipway's client page through lists in seconds);
// all cached snapshots together hold at most this many objects.
constexpr qint64 IdleLifetimeMs = 60 * 1000;
constexpr qsizetype MaxCachedObjects = 400000;

quint32 fnv1a(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

} // namespace

QString storageKey(const StoredObject &object)
{
    const QString ns = object.namespaceName();
    return ns.isEmpty() ? object.name() : ns + QLatin1Char('/') + object.name();
}

qsizetype ListSnapshot::indexAfter(const QString &key) const
{
    return std::upper_bound(keys.cbegin(), keys.cend(), key) - keys.cbegin();
}

ApiServerContext::ApiServerContext(Simulator *simulator, QObject *parent)
    : QObject(parent)
    , m_simulator(simulator)
{
    for (const StoredObject &o : m_simulator->list(ResourceKind::Node).items)
        m_nodeIPs.insert(o.node.name, o.node.internalIP);
    connect(m_simulator, &Simulator::changed, this, &ApiServerContext::onChanged);
}

ApiServerContext::~ApiServerContext() = default;

QDateTime ApiServerContext::now() const
{
    return m_simulator->clock()->now();
}

void ApiServerContext::onChanged(const WatchEvent &event)
{
    m_lastWrite.insert(int(event.object.kind), event.object.resourceVersion);
    if (event.type == WatchEventType::Deleted && event.object.kind == ResourceKind::Pod)
        m_jsonCache.remove(event.object);
    if (event.object.kind == ResourceKind::Node) {
        if (event.type == WatchEventType::Deleted)
            m_nodeIPs.remove(event.object.node.name);
        else
            m_nodeIPs.insert(event.object.node.name, event.object.node.internalIP);
    }
}

QString ApiServerContext::podIP(const Pod &pod) const
{
    if (pod.nodeName.isEmpty() || pod.phase == PodPhase::Pending)
        return {};
    if (pod.hostNetwork)
        return hostIP(pod.nodeName);
    // 10.244.0.0/16 is the pod network kubeadm's docs use with Flannel; one /24 per node.
    return QStringLiteral("10.244.%1.%2")
        .arg(fnv1a(pod.nodeName) % 256)
        .arg(2 + fnv1a(pod.uid + pod.name) % 250);
}

QJsonObject ApiServerContext::encode(const StoredObject &object, const QDateTime &now) const
{
    KubeJson::EncodeOptions options;
    options.resourceVersion = QString::number(object.resourceVersion);
    options.now = now;
    switch (object.kind) {
    case ResourceKind::Namespace:
        return KubeJson::encodeNamespace(object.namespaceObject, options);
    case ResourceKind::Node:
        return KubeJson::encodeNode(object.node, options);
    case ResourceKind::Pod:
        options.hostIP = hostIP(object.pod.nodeName);
        options.podIP = podIP(object.pod);
        return KubeJson::encodePod(object.pod, options);
    case ResourceKind::PodDisruptionBudget:
        return KubeJson::encodePodDisruptionBudget(object.pdb, options);
    case ResourceKind::Deployment:
    case ResourceKind::ReplicaSet:
    case ResourceKind::StatefulSet:
    case ResourceKind::DaemonSet:
    case ResourceKind::Job:
        return KubeJson::encodeWorkload(object.workload, options);
    }
    return {};
}

std::shared_ptr<const ListSnapshot> ApiServerContext::snapshot(ResourceKind kind,
                                                               const QString &namespaceName)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const quint64 lastWrite = m_lastWrite.value(int(kind));
    for (const auto &s : std::as_const(m_snapshots)) {
        if (s->kind == kind && s->namespaceName == namespaceName && s->resourceVersion >= lastWrite) {
            s->lastUsedMs = now;
            return s;
        }
    }
    SimList list = m_simulator->list(kind, namespaceName);
    prune(list.items.size());
    auto snapshot = std::make_shared<ListSnapshot>();
    snapshot->kind = kind;
    snapshot->namespaceName = namespaceName;
    snapshot->resourceVersion = list.resourceVersion;
    snapshot->lastUsedMs = now;
    QStringList keys;
    keys.reserve(list.items.size());
    for (const StoredObject &o : std::as_const(list.items))
        keys.append(storageKey(o));
    if (std::is_sorted(keys.cbegin(), keys.cend())) { // the simulator's store walks in key order
        snapshot->items = std::move(list.items);
        snapshot->keys = std::move(keys);
    } else {
        std::vector<qsizetype> order(size_t(list.items.size()));
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&keys](qsizetype a, qsizetype b) { return keys.at(a) < keys.at(b); });
        snapshot->items.reserve(list.items.size());
        snapshot->keys.reserve(list.items.size());
        for (const qsizetype i : order) {
            snapshot->items.append(std::move(list.items[i]));
            snapshot->keys.append(keys.at(i));
        }
    }
    m_snapshots.prepend(snapshot);
    return snapshot;
}

std::shared_ptr<const ListSnapshot>
ApiServerContext::snapshotAt(ResourceKind kind, const QString &namespaceName, quint64 resourceVersion) const
{
    for (const auto &s : m_snapshots) {
        if (s->kind == kind && s->namespaceName == namespaceName && s->resourceVersion == resourceVersion) {
            s->lastUsedMs = QDateTime::currentMSecsSinceEpoch();
            return s;
        }
    }
    return nullptr;
}

void ApiServerContext::prune(qsizetype incoming)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_snapshots.removeIf([now](const auto &s) { return now - s->lastUsedMs > IdleLifetimeMs; });
    // Per list: the newest snapshot and the most recently used older one (an open pagination).
    QHash<QString, int> perList;
    std::stable_sort(m_snapshots.begin(), m_snapshots.end(),
                     [](const auto &a, const auto &b) { return a->lastUsedMs > b->lastUsedMs; });
    m_snapshots.removeIf([&perList](const auto &s) {
        return ++perList[QString::number(int(s->kind)) + QLatin1Char('/') + s->namespaceName] > 2;
    });
    qsizetype total = incoming;
    for (const auto &s : std::as_const(m_snapshots))
        total += s->items.size();
    while (!m_snapshots.isEmpty() && total > MaxCachedObjects) {
        total -= m_snapshots.last()->items.size();
        m_snapshots.removeLast(); // streams still holding it keep it alive until they finish
    }
}

} // namespace Slipway
