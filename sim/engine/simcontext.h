#pragma once

#include "sim/engine/podtemplates.h"
#include "sim/engine/simstore.h"
#include "sim/engine/simtiming.h"

#include <QDateTime>

#include <functional>
#include <set>
#include <utility>

namespace Slipway {

class VirtualClock;
class EventRecorder;
class KubeletFleet;
class NodeLifecycleController;
class SimScheduler;

// The outcome of a DELETE on a pod.
struct PodDeletion
{
    bool found = false;
    bool removed = false; // gone at once (grace 0, never scheduled, or finished)
    StoredObject object;  // the pod after the call (for `removed`: its last state)
};

// What the practice cluster's controllers share: the API store, virtual time, the pod templates
// of the workload controllers, and the pod writes that follow the API server's rules.
class SimContext
{
public:
    SimStore store;
    PodTemplates templates;
    VirtualClock *clock = nullptr;
    QObject *timerOwner = nullptr;     // timers die with it (the simulator)
    std::function<void()> settle;      // lets every controller act on what changed
    QDateTime epoch;                   // the simulator's start; periodic work is aligned to it
    SimScheduler *scheduler = nullptr; // owned by the simulator
    KubeletFleet *kubelets = nullptr;
    NodeLifecycleController *nodeLifecycle = nullptr;
    EventRecorder *events = nullptr; // null while the initial state settles
    SimTimingModel timing;           // kubelet and upgrade durations (Simulator::setTimingModel)

    QDateTime now() const;
    // Runs `action` once virtual time reaches `due`, then lets the controllers settle.
    void at(const QDateTime &due, std::function<void()> action);
    // The first instant strictly after `after` on a `periodSeconds` grid aligned to the epoch.
    QDateTime nextPeriodicAfter(const QDateTime &after, qint64 periodSeconds, qint64 offsetMs = 0) const;

    // Deterministic identities: the same run always produces the same uids and names.
    QString newUid(const QString &seed);
    // generateName: "<prefix>-<5 characters>" that no pod in the namespace uses yet.
    QString generatePodName(const QString &namespaceName, const QString &prefix);

    // POST pods, after admission: uid, creationTimestamp, the DefaultTolerationSeconds
    // tolerations (FACTS §6). The pod starts Pending and unscheduled unless nodeName is set.
    const Pod *createPod(Pod pod);
    // DELETE pods/<name> (FACTS §5.4): sets deletionTimestamp = now + grace and leaves the rest to
    // the kubelet; grace 0, unscheduled and finished pods are removed at once. A second DELETE
    // can only shorten the grace period. std::nullopt grace: the pod's own.
    PodDeletion deletePod(const QString &key, std::optional<qint64> gracePeriodSeconds);

private:
    quint64 m_identityCounter = 0;
};

// The keys (namespace/name) a controller still has to sync, like client-go's work queue without
// rate limiting: observe() adds, sync() takes them all, each once and in key order.
class PendingKeys
{
public:
    void add(const QString &key) { m_keys.insert(key); }
    bool isEmpty() const { return m_keys.empty(); }
    std::set<QString> takeAll() { return std::exchange(m_keys, {}); }

private:
    std::set<QString> m_keys;
};

// "namespace/name" of the pod's controller when it is a `kind` (ReplicaSet, Job…), else empty.
QString controllerKey(const Pod &pod, const QString &kind);

// One controller of the practice cluster. observe() sees every write (and must not write);
// sync() acts on what it noted, at the current virtual instant.
class SimController
{
public:
    explicit SimController(SimContext &context)
        : m_ctx(context)
    {}
    virtual ~SimController() = default;
    SimController(const SimController &) = delete;
    SimController &operator=(const SimController &) = delete;

    virtual void observe(const WatchEvent &event, const StoredObject *previous) = 0;
    virtual bool hasWork() const = 0;
    virtual void sync() = 0;

protected:
    SimContext &m_ctx;
};

} // namespace Slipway
