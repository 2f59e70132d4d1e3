#pragma once

// CONTRACT between the simulator core (sim/simulator*.cpp, controllers) and its users (the
// Kubernetes API server in sim/apiserver*, the GUI, tests). Keep signatures stable; extend by
// adding. The implementation lives in simulator.cpp and the controller files.

#include "models/clustersnapshot.h"
#include "sim/engine/simtiming.h"

#include <QObject>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

namespace Slipway {

class VirtualClock;
class EventRecorder;
struct ClusterCounts;

enum class ResourceKind
{
    Namespace,
    Node,
    Pod,
    Deployment,
    ReplicaSet,
    StatefulSet,
    DaemonSet,
    Job,
    PodDisruptionBudget
};
QString resourceKindName(ResourceKind kind); // "Node", "Pod", …

enum class WatchEventType
{
    Added,
    Modified,
    Deleted
};

// One stored object: exactly one of the members is meaningful, chosen by `kind`.
struct StoredObject
{
    ResourceKind kind = ResourceKind::Node;
    quint64 resourceVersion = 0; // the global counter value of the object's last write
    Namespace namespaceObject;
    Node node;
    Pod pod;
    Workload workload; // Deployment, ReplicaSet, StatefulSet, DaemonSet, Job
    PodDisruptionBudget pdb;

    QString namespaceName() const; // empty for cluster-scoped kinds
    QString name() const;
};

struct WatchEvent
{
    WatchEventType type = WatchEventType::Added;
    StoredObject object; // for Deleted: the last state, with the deletion's resourceVersion
};

// One entry of a Status' details.causes (e.g. the PDB that refused an eviction).
struct SimStatusCause
{
    QString type;    // "DisruptionBudget"
    QString message; // "The disruption budget postgres needs 2 healthy pods and has 2 currently"
};

// The outcome of a write, shaped like a Kubernetes API response.
struct SimResult
{
    int httpStatus = 200; // 200, 201, 404, 409, 422, 429, 500 …
    QString reason;       // Status reason: NotFound, Conflict, Invalid, TooManyRequests, InternalError …
    QString message;      // Status message, in the API server's own words
    std::optional<StoredObject> object; // the object after the write, when there is one
    QList<SimStatusCause> causes;       // Status details.causes (added by the simulator core)
    QString detailsKind; // Status details.kind ("pods") and .name, when the error names an object
    QString detailsName;
    bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
};

// A list at one consistent point in time.
struct SimList
{
    QList<StoredObject> items;
    quint64 resourceVersion = 0; // the store's version when listed
};

// The practice cluster: an in-memory API store plus controllers that act like Kubernetes'
// (scheduler, ReplicaSet/Deployment, StatefulSet, DaemonSet, Job, disruption controller, node
// lifecycle with taint-based eviction, kubelets, node upgrade agent), all on a virtual clock.
// All methods must be called on the thread that owns the simulator (the GUI or server thread).
class Simulator : public QObject
{
    Q_OBJECT
public:
    // Takes the expanded scenario as its initial state. The clock starts paused at
    // snapshot.takenAt (or now when invalid) with speed 1.
    explicit Simulator(const ClusterSnapshot &initial, QObject *parent = nullptr);
    ~Simulator() override;

    VirtualClock *clock() const;

    // ---- reads ----
    ClusterSnapshot snapshot() const; // everything now, as value types
    // The counts a run samples, and the nodes when `withNodes`, without a copy of the pods.
    ClusterCounts counts(bool withNodes) const;
    quint64 resourceVersion() const;  // the store's current version
    QString serverGitVersion() const; // /version: follows the newest kube-apiserver
    SimList list(ResourceKind kind, const QString &namespaceName = {}) const; // empty ns: all
    std::optional<StoredObject> get(ResourceKind kind, const QString &namespaceName,
                                    const QString &name) const;
    // One pod, without copying the rest of its stored object.
    std::optional<Pod> pod(const QString &namespaceName, const QString &name) const;
    // The PodDisruptionBudgets of one namespace (all when empty), in key order, without copying
    // their stored objects (a drain looks them up at every 429).
    QList<PodDisruptionBudget> podDisruptionBudgets(const QString &namespaceName) const;
    // Events newer than `resourceVersion`, oldest first; std::nullopt when that version is
    // older than the retained history (the API server answers 410 Gone).
    std::optional<QList<WatchEvent>> eventsSince(quint64 resourceVersion) const;

    // ---- writes with API semantics (resourceVersion bumps, events emitted) ----
    // Applies `mutate` to the node's spec/metadata (unschedulable, labels, annotations, taints).
    // `expectedResourceVersion` > 0 gives 409 Conflict when stale (PUT semantics).
    SimResult updateNode(const QString &name, const std::function<void(Node &)> &mutate,
                         quint64 expectedResourceVersion = 0);
    // DELETE pod: graceful (deletionTimestamp set, kubelet stops it after the grace period) unless
    // gracePeriodSeconds == 0. std::nullopt: the pod's own terminationGracePeriodSeconds.
    SimResult deletePod(const QString &namespaceName, const QString &name,
                        std::optional<qint64> gracePeriodSeconds);
    // POST pods/<name>/eviction (FACTS §5.3): 201 when allowed (then deleted like deletePod),
    // 404 unknown pod, 429 TooManyRequests when a PDB has disruptionsAllowed == 0 (message like
    // the API server's "Cannot evict pod as it would violate the pod's disruption budget."),
    // 500 when several PDBs select the pod; pending or terminating pods bypass PDBs.
    SimResult evictPod(const QString &namespaceName, const QString &name,
                       std::optional<qint64> gracePeriodSeconds);

    // ---- trainer operations ----
    void powerOffNode(const QString &name); // kubelet stops heart-beating
    void powerOnNode(const QString &name);
    void rebootNode(const QString &name, qint64 downSeconds);
    // Node upgrade agent: kubelet restart (NotReady for a few seconds), then the new
    // kubeletVersion; on control-plane nodes the static pods' images change too
    // (`firstControlPlane` = kubeadm upgrade apply, otherwise kubeadm upgrade node).
    SimResult upgradeNode(const QString &name, const QString &version, bool firstControlPlane);

    // ---- time ----
    // Runs controllers for everything due up to the clock's now. Called by the clock's timer when
    // running; tests call clock()->advance(seconds), which calls this.
    void reconcile();

    // ---- additions by the simulator core ----
    // Notes on the calls above: the watch history starts empty at the loaded state's
    // resourceVersion (eventsSince() of anything older is std::nullopt: list, then watch from the
    // list's version); evictPod()'s 500 carries no reason, like the API server's bare Status; the
    // 429 names the budget in `causes` ("The disruption budget postgres needs 2 healthy pods and
    // has 2 currently"). Slots connected to changed() must not write back synchronously.
    QDateTime now() const; // clock()->now()
    // Node status details the value types don't carry (the API server's condition timestamps):
    // the kubelet's last Lease renewal and the Ready condition's last transition.
    std::optional<QDateTime> nodeLastHeartbeat(const QString &name) const;
    std::optional<QDateTime> nodeReadyTransitionTime(const QString &name) const;
    bool isNodePoweredOn(const QString &name) const;
    bool isNodeUpgrading(const QString &name) const;
    // --node-monitor-grace-period of the newest kube-controller-manager: 50 s from v1.32, 40 s
    // before (FACTS §6).
    qint64 nodeMonitorGracePeriodSeconds() const;

    // ---- additions for students' kubectl (issue 11) ----
    // The Events the cluster's components record (sim/engine/eventrecorder.h); it lives as long
    // as the simulator. Events start when the loaded scenario has settled.
    EventRecorder *events() const;
    // POST pods, after admission (uid, creationTimestamp, DefaultTolerationSeconds): 201 with the
    // pod; 404 when the namespace does not exist, 409 AlreadyExists when the name is taken. The
    // pod starts Pending; the scheduler binds it unless spec.nodeName is set.
    SimResult createPod(const Pod &pod);
    // POST of a Deployment, ReplicaSet or StatefulSet: 201; the controllers create the rest.
    SimResult createWorkload(const Workload &workload);
    // The scale subresource: sets spec.replicas of a Deployment, ReplicaSet or StatefulSet.
    // `expectedResourceVersion` > 0 gives 409 Conflict when stale.
    SimResult scaleWorkload(WorkloadKind kind, const QString &namespaceName, const QString &name,
                            int replicas, quint64 expectedResourceVersion = 0);

    // ---- additions for surge runs (issue 8) ----
    // A new machine joins (what `kubeadm join` does): its kubelet registers the Node as given
    // (uid, creationTimestamp and a boot id are the server's), NotReady, schedulable, and reports
    // Ready `readySeconds` later. 201 with the node; 409 AlreadyExists when the name is taken.
    SimResult addNode(const Node &node, qint64 readySeconds);
    // DELETE node (`kubectl delete node`): the object goes at once; its kubelet (powered off
    // first by whoever retires the machine) does not register again. Pods still bound to it are
    // force-deleted by the pod garbage collector 40 s later (its orphan quarantine). 404 unknown.
    SimResult deleteNode(const QString &name);
    // ---- additions for the lessons (issue 11) ----
    // Whether kube-apiserver answers: false while no kube-apiserver static pod is Ready, i.e. while
    // a single master's kube-apiserver restarts during `kubeadm upgrade apply` or a reboot (until
    // its readiness probe passes). An instance on a powered-off node is not modelled as down.
    // Always true for clusters without kube-apiserver static pods (managed clusters).
    bool isApiServerAvailable() const;

    // ---- additions for in-process runs (docs/in-process-runs.md) ----
    // The pods bound to `node` (spec.nodeName), in key order, from the store's index by node:
    // never a scan of every pod.
    QList<Pod> podsOnNode(const QString &node) const;

    // ---- additions for rehearsals (issue 14) ----
    // How long image pulls, pod start-up and node upgrades take from now on (sim/engine/simtiming.h).
    void setTimingModel(const SimTimingModel &timing);
    SimTimingModel timingModel() const;
    // How many changes eventsSince() keeps (default SimTiming::kWatchHistoryLimit). 0 keeps none:
    // every older resourceVersion is compacted (eventsSince() answers std::nullopt, a watch 410
    // Gone), and a write costs no copy of the object into the history. For a simulator no API
    // server serves (a rehearsal's); changed() is emitted as before.
    void setWatchHistoryLimit(int limit);
    // Whether the components record Events (events(); default on). Off, nothing is recorded from
    // then on, which changes nothing else: Events are only served to kubectl. For a simulator no
    // API server serves (a rehearsal's), where recording was a tenth of the run's CPU.
    void setEventRecording(bool on);

Q_SIGNALS:
    void changed(const Slipway::WatchEvent &event); // every write, in resourceVersion order
    // isApiServerAvailable() changed (the practice API server stops and starts listening).
    void apiServerAvailabilityChanged(bool available);
    // The node upgrade agent finished: the kubelet runs `version` and reports Ready again.
    void nodeUpgradeFinished(const QString &node, const QString &version);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::WatchEvent)
