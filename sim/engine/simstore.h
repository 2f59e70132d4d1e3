#pragma once

#include "sim/engine/simtiming.h"
#include "sim/engine/simulator.h"

#include <QHash>
#include <QSet>

#include <array>
#include <deque>
#include <functional>
#include <map>

namespace Slipway {

// The practice cluster's API storage: objects per kind in key order (etcd's order, so a list is a
// walk and a namespace is a contiguous range), one global resourceVersion counter, the watch
// history, and the indexes controllers need (pods by node and by owner, requests per node).
// Writes notify one listener synchronously; the listener must not write back.
class SimStore
{
public:
    using Listener = std::function<void(const WatchEvent &event, const StoredObject *previous)>;
    using ObjectMap = std::map<QString, StoredObject>;

    // "namespace/name" for namespaced kinds, "name" for cluster-scoped ones.
    static QString keyOf(const StoredObject &object);
    static QString keyOf(ResourceKind kind, const QString &namespaceName, const QString &name);
    static bool isNamespaced(ResourceKind kind);
    static ResourceKind kindOf(WorkloadKind kind);

    void setListener(Listener listener) { m_listener = std::move(listener); }
    quint64 resourceVersion() const { return m_resourceVersion; }

    const StoredObject *find(ResourceKind kind, const QString &key) const;
    const Pod *pod(const QString &key) const;
    const Node *node(const QString &name) const;
    const Workload *workload(WorkloadKind kind, const QString &key) const;
    const ObjectMap &objects(ResourceKind kind) const { return m_objects[index(kind)]; }
    // The objects of one namespace: [first, second) in key order.
    std::pair<ObjectMap::const_iterator, ObjectMap::const_iterator> namespaceRange(ResourceKind kind,
                                                                                   const QString &ns) const;
    SimList list(ResourceKind kind, const QString &namespaceName) const;

    // Writes. Each bumps the resourceVersion, records a watch event and notifies the listener.
    const StoredObject &create(StoredObject object);
    // Stores the object under its key; no write (and nullptr) when it is missing. Unchanged
    // objects are not written (an update that changes nothing keeps its resourceVersion).
    const StoredObject *replace(StoredObject object);
    bool remove(ResourceKind kind, const QString &key);

    // Copy-mutate-replace helpers; they return the stored value (nullptr when missing).
    template<typename F>
    const Pod *updatePod(const QString &key, F &&mutate)
    {
        const StoredObject *current = find(ResourceKind::Pod, key);
        if (!current)
            return nullptr;
        StoredObject copy = *current;
        mutate(copy.pod);
        return &replace(std::move(copy))->pod;
    }
    template<typename F>
    const Node *updateNode(const QString &name, F &&mutate)
    {
        const StoredObject *current = find(ResourceKind::Node, name);
        if (!current)
            return nullptr;
        StoredObject copy = *current;
        mutate(copy.node);
        return &replace(std::move(copy))->node;
    }
    template<typename F>
    const Workload *updateWorkload(WorkloadKind kind, const QString &key, F &&mutate)
    {
        const StoredObject *current = find(kindOf(kind), key);
        if (!current)
            return nullptr;
        StoredObject copy = *current;
        mutate(copy.workload);
        return &replace(std::move(copy))->workload;
    }

    // Indexes. Lists are sorted so that controllers act in a reproducible order.
    QStringList podKeysOnNode(const QString &node) const;
    QStringList podKeysOwnedBy(const QString &controllerUid) const;
    // The same keys unsorted, for counting (no copy, no sort: a big ReplicaSet is counted often).
    const QSet<QString> &podKeySetOwnedBy(const QString &controllerUid) const;
    // Counts of the pods a controller owns, kept with every write (a ReplicaSet or StatefulSet is
    // synced on each change of one of its pods; recounting would cost its size each time).
    struct OwnedPodCounts
    {
        int active = 0;       // no deletionTimestamp, not Succeeded/Failed
        int activeReady = 0;  // active and Ready
        int runningReady = 0; // no deletionTimestamp, Running and Ready
    };
    // Per node, the pods of a controller bound there and not terminating (the scheduler's spread).
    const QHash<QString, int> &boundPodsByNode(const QString &controllerUid) const;
    OwnedPodCounts ownedPodCounts(const QString &controllerUid) const
    {
        return m_ownedCounts.value(controllerUid);
    }
    QStringList replicaSetKeysOwnedBy(const QString &deploymentUid) const;
    // Requests of the pods bound to the node that still hold resources (not Succeeded/Failed),
    // with `pods` counting them, as the scheduler accounts for them.
    Resources requestedOn(const QString &node) const { return m_requested.value(node); }
    // What a run samples (ClusterCounts), kept with every write so that a sample never walks the pods.
    struct SampleCounts
    {
        int readyNodes = 0;
        int schedulableNodes = 0;      // Ready and not cordoned
        int pendingPods = 0;           // Pending and not being deleted
        int workloadsBelowDesired = 0; // Deployments, StatefulSets and DaemonSets
    };
    const SampleCounts &sampleCounts() const { return m_sampleCounts; }

    // Watch history (FACTS: a watch from a compacted resourceVersion gets 410 Gone).
    std::optional<QList<WatchEvent>> eventsSince(quint64 resourceVersion) const;
    // Drops the history: the state so far is the initial state, not a change anyone can watch.
    void compactHistory();
    // While off, writes keep no history and notify nobody (bulk loading of the initial state).
    void setRecording(bool on) { m_recording = on; }
    // At most `limit` changes are kept (older ones are compacted at once); 0 keeps none.
    void setHistoryLimit(int limit);

private:
    static constexpr int kKindCount = int(ResourceKind::PodDisruptionBudget) + 1;
    static int index(ResourceKind kind) { return int(kind); }
    void record(WatchEventType type, const StoredObject &object, const StoredObject *previous);
    void indexObject(const StoredObject &object, bool add);
    void countOwned(const Pod &pod, const QString &ownerUid, int sign);
    void countBound(const Pod &pod, const QString &ownerUid, int sign);

    std::array<ObjectMap, kKindCount> m_objects;                    // key order, for lists
    std::array<QHash<QString, StoredObject *>, kKindCount> m_byKey; // O(1) lookups (map nodes are stable)
    QHash<QString, QSet<QString>> m_podsByNode;
    QHash<QString, QSet<QString>> m_podsByOwner;
    QHash<QString, OwnedPodCounts> m_ownedCounts;
    QHash<QString, QHash<QString, int>> m_boundByOwner;
    QHash<QString, QSet<QString>> m_replicaSetsByOwner;
    QHash<QString, Resources> m_requested;
    SampleCounts m_sampleCounts;
    std::deque<WatchEvent> m_history;
    int m_historyLimit = SimTiming::kWatchHistoryLimit;
    quint64 m_resourceVersion = 0;
    quint64 m_compactedVersion = 0; // events up to here are gone
    Listener m_listener;
    bool m_recording = true;
};

} // namespace Slipway
