#pragma once

// The cluster-API seam (shared ARCHITECTURE.md "One idea"): everything Slipway reads from or does
// to a cluster goes through ClusterApi. kube/ implements it for live clusters (KubeClusterApi),
// sim/ for the in-process practice cluster. Qt Core only.

#include "models/clustersnapshot.h"

#include <QFuture>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Slipway {

// Why a call to a cluster failed, as data. describe() turns it into one sentence for people;
// no field ever holds a token, key or password.
struct ClusterError
{
    enum class Kind
    {
        None,
        Config,            // kubeconfig problem (message says which file/context/field)
        Credentials,       // token file, client certificate or exec plugin failed
        Unreachable,       // connection refused, host not found, connection lost (address)
        Timeout,           // no answer in time (address)
        Tls,               // certificate verification or handshake failed (tlsProblem)
        Unauthorized,      // 401 (user, authMethod)
        Forbidden,         // 403 (verb, resource)
        NotFound,          // 404
        Conflict,          // 409
        Gone,              // 410, a watch or continue token expired
        TooManyRequests,   // 429, e.g. an eviction a PodDisruptionBudget forbids (FACTS §5.3)
        ServerError,       // 5xx and other HTTP errors, with the Status message
        MalformedResponse, // the body was not the JSON we expected
        Cancelled,         // the client went away before an answer came
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString address;  // https://host:port of the API server (or the proxy)
    QString verb;     // get, list, watch, patch, create, delete (RBAC verbs)
    QString resource; // nodes, pods, pods/eviction, deployments.apps …
    QString namespaceName;
    QString name;
    QString user;                  // kubeconfig user entry name
    QString authMethod;            // "bearer token", "client certificate", "exec plugin kubelogin" …
    QString tlsProblem;            // what was wrong with the server certificate
    bool caFromKubeconfig = false; // the CA that failed to verify came from the kubeconfig
    QString reason;                // Status.reason (NotFound, TooManyRequests …)
    QString message;               // Status.message or our own detail; already redacted
    QStringList causes; // Status.details.causes[].reason (StatusCause.Type), e.g. NamespaceTerminating
    int retryAfterSeconds = 0;

    bool ok() const { return kind == Kind::None; }
    // "ns/name" or "name" or empty.
    QString objectName() const;
    // A sentence saying what went wrong and what to do, e.g. "The API server https://10.0.0.1:6443
    // rejected the credentials of user "admin" (bearer token) with 401 Unauthorized …".
    QString describe() const;
    static QString kindName(Kind kind);
};

// The result of a write (cordon, uncordon, evict, delete).
struct ClusterOperationResult
{
    QString operation; // "cordon", "uncordon", "evict", "delete"
    QString target;    // node name or "ns/pod"
    ClusterError error;
    bool alreadyDone = false; // cordon of a cordoned node, delete of a gone pod (FACTS §5.4/§5.5)
    bool ok() const { return error.ok(); }
};

// How a write is sent (FACTS §5.1, §5.3): the DeleteOptions of an eviction or DELETE, a server
// dry run (`dryRun=All`, nothing changes), and the Eviction's policy group version.
struct ClusterWriteOptions
{
    std::optional<qint64> gracePeriodSeconds;       // sent only when set and >= 0; else the pod's own
    bool dryRun = false;                            // server dry run: dryRun=All
    QString evictionVersion = QStringLiteral("v1"); // "v1" or "v1beta1" (policy/…)
    // Evictions and pod DELETEs: deleteOptions.preconditions.uid, so that a copy of the request
    // (an HTTP client resending it after a lost connection) can never hit a replacement pod of
    // the same name: the server answers 409 Conflict instead. Empty: not sent (kubectl's body).
    QString preconditionUid = QString();
};

// A node change as one strategic merge PATCH (FACTS §5.5): spec.unschedulable and/or annotations.
struct NodePatch
{
    std::optional<bool> unschedulable; // true, or false sent as null (omitempty)
    LabelMap setAnnotations;
    QStringList removeAnnotations; // sent as null
    bool isEmpty() const { return !unschedulable && setAnnotations.isEmpty() && removeAnnotations.isEmpty(); }
};

// Which eviction API the server has, as kubectl's CheckEvictionSupport finds it in the discovery
// of /api/v1 (FACTS §5.2 step 6).
enum class EvictionSupport
{
    None, // no pods/eviction: kubectl deletes instead
    PolicyV1beta1,
    PolicyV1,
};

// Results of the reads a drain makes. `error` is set (and the value empty) on failure; a missing
// object is error.kind NotFound with the server's message (e.g. `pods "x" not found`).
struct PodListResult
{
    QList<Pod> pods;
    ClusterError error;
    bool ok() const { return error.ok(); }
};
struct PodResult
{
    std::optional<Pod> pod;
    ClusterError error;
    bool ok() const { return error.ok(); }
};
struct NodeResult
{
    std::optional<Node> node;
    ClusterError error;
    bool ok() const { return error.ok(); }
};
struct WorkloadResult
{
    std::optional<Workload> workload;
    ClusterError error;
    bool ok() const { return error.ok(); }
};
struct PdbListResult
{
    QList<PodDisruptionBudget> pdbs;
    ClusterError error;
    bool ok() const { return error.ok(); }
};
struct EvictionSupportResult
{
    EvictionSupport support = EvictionSupport::None;
    ClusterError error;
    bool ok() const { return error.ok(); }
};

// What a run samples every few seconds (models/run/clustersampler.h): five counts and, when asked
// for, the nodes, read without a copy of every pod (a 150,000-pod cluster is sampled hundreds of
// times in a rehearsal).
struct ClusterCounts
{
    int readyNodes = 0;
    int schedulableNodes = 0; // Ready and not cordoned
    int totalNodes = 0;
    int pendingPods = 0; // Pending and not being deleted
    // Deployments, StatefulSets and DaemonSets with fewer ready replicas than desired (ReplicaSets
    // count through their Deployments; Jobs run to completion).
    int workloadsBelowDesired = 0;
    std::optional<QList<Node>> nodes; // only when the read asked for them

    static ClusterCounts of(const ClusterSnapshot &snapshot, bool withNodes);
};

enum class ClusterConnectionState
{
    Disconnected, // nothing loaded yet, or stopped
    Connecting,   // first refresh in flight
    Connected,    // snapshot loaded (and watches running, if started)
    Reconnecting, // a watch dropped; retrying with backoff
    Failed,       // the last refresh failed; lastError() says why
};

enum class ObjectChange
{
    Added,
    Modified,
    Deleted
};

// The seam. All calls return at once; results arrive as signals or futures on the object's thread.
class ClusterApi : public QObject
{
    Q_OBJECT
public:
    explicit ClusterApi(QObject *parent = nullptr);
    ~ClusterApi() override;

    // Context or scenario name, for titles and reports.
    virtual QString displayName() const = 0;
    virtual ClusterConnectionState state() const = 0;
    virtual ClusterError lastError() const = 0;

    // Reads everything once and emits snapshotLoaded() or refreshFailed(). A refresh while one is
    // running is ignored.
    virtual void refresh() = 0;
    // A read for periodic samples: countsLoaded() with the counts (and the nodes when `withNodes`),
    // or refreshFailed(). The default is a refresh(), whose snapshotLoaded() has the counts too, so
    // a sampler takes both signals (every snapshot is a sample). An implementation that can count
    // without listing every pod overrides it (SimClusterApi). Like a refresh, a read while one is
    // running is ignored: that one answers.
    virtual void refreshCounts(bool withNodes)
    {
        Q_UNUSED(withNodes);
        refresh();
    }
    // Starts node and pod watches from the last snapshot (refreshes first if there is none);
    // nodeChanged()/podChanged() follow until stopWatching().
    virtual void startWatching() = 0;
    virtual void stopWatching() = 0;

    // Node operations (FACTS §5.3–§5.5). gracePeriodSeconds: std::nullopt uses the pod's own.
    // cordon/uncordon read the node and patch spec.unschedulable only when it differs (kubectl's
    // UpdateIfRequired); alreadyDone says it did not.
    QFuture<ClusterOperationResult> cordon(const QString &node) { return setUnschedulable(node, true, {}); }
    QFuture<ClusterOperationResult> uncordon(const QString &node)
    {
        return setUnschedulable(node, false, {});
    }
    virtual QFuture<ClusterOperationResult> setUnschedulable(const QString &node, bool unschedulable,
                                                             const ClusterWriteOptions &options) = 0;
    QFuture<ClusterOperationResult> evictPod(const QString &namespaceName, const QString &name,
                                             std::optional<qint64> gracePeriodSeconds)
    {
        return evictPod(namespaceName, name, ClusterWriteOptions{gracePeriodSeconds});
    }
    QFuture<ClusterOperationResult> deletePod(const QString &namespaceName, const QString &name,
                                              std::optional<qint64> gracePeriodSeconds)
    {
        return deletePod(namespaceName, name, ClusterWriteOptions{gracePeriodSeconds});
    }
    // POST …/pods/<name>/eviction (policy options.evictionVersion). 404 is alreadyDone; 429, 403
    // and 500 come back as errors with the Status (reason, message, causes in `reason`).
    virtual QFuture<ClusterOperationResult> evictPod(const QString &namespaceName, const QString &name,
                                                     const ClusterWriteOptions &options) = 0;
    // DELETE …/pods/<name> with DeleteOptions; 404 is alreadyDone.
    virtual QFuture<ClusterOperationResult> deletePod(const QString &namespaceName, const QString &name,
                                                      const ClusterWriteOptions &options) = 0;
    // One strategic merge PATCH of the node (unschedulable and annotations), no read first.
    virtual QFuture<ClusterOperationResult> patchNode(const QString &node, const NodePatch &patch,
                                                      const ClusterWriteOptions &options) = 0;

    // Fresh reads from the server, not from the snapshot (a drain must see the pods as they are).
    // The pods on one node in all namespaces: fieldSelector=spec.nodeName=<node>, the label
    // selector as given, pages of 500 following continue tokens (FACTS §5.2 step 2).
    virtual QFuture<PodListResult> listPodsOnNode(const QString &node, const QString &labelSelector) = 0;
    virtual QFuture<PodResult> getPod(const QString &namespaceName, const QString &name) = 0;
    // The same read for a caller that only wants the answer: calls `done(result)` on `context`'s
    // thread on a later turn of its event loop, unless `context` was destroyed first — what
    // whenFinished(getPod(…), context, done) does (models/clusterfutures.h), which is the default.
    // A drain reads every evicted pod once a second (millions of reads in a rehearsal at
    // production size); an in-process api answers at the same turns without a future.
    virtual void readPod(const QString &namespaceName, const QString &name, QObject *context,
                         std::function<void(const PodResult &)> done);
    virtual QFuture<NodeResult> getNode(const QString &name) = 0;
    // A controller object (apps/v1 or batch/v1), e.g. a DaemonSet for kubectl's DaemonSet filter.
    virtual QFuture<WorkloadResult> getWorkload(WorkloadKind kind, const QString &namespaceName,
                                                const QString &name) = 0;
    // PodDisruptionBudgets of one namespace, or of all when namespaceName is empty.
    virtual QFuture<PdbListResult> listPodDisruptionBudgets(const QString &namespaceName) = 0;
    // kubectl's CheckEvictionSupport: discovery of /api/v1 for pods/eviction (FACTS §5.2).
    virtual QFuture<EvictionSupportResult> evictionSupport() = 0;

Q_SIGNALS:
    void stateChanged(Slipway::ClusterConnectionState state);
    void refreshStarted();
    // stage: a short sentence ("Listing pods (1,500 so far)"); done/total in steps, total 0 = unknown.
    void refreshProgress(const QString &stage, int done, int total);
    void snapshotLoaded(const Slipway::ClusterSnapshot &snapshot);
    void countsLoaded(const Slipway::ClusterCounts &counts);
    void refreshFailed(const Slipway::ClusterError &error);
    void nodeChanged(Slipway::ObjectChange change, const Slipway::Node &node);
    void podChanged(Slipway::ObjectChange change, const Slipway::Pod &pod);
    // Problems that don't end anything (a watch reconnecting, a skipped list).
    void warning(const Slipway::ClusterError &error);
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::ClusterError)
Q_DECLARE_METATYPE(Slipway::ClusterCounts)
Q_DECLARE_METATYPE(Slipway::ClusterOperationResult)
Q_DECLARE_METATYPE(Slipway::ClusterConnectionState)
Q_DECLARE_METATYPE(Slipway::ObjectChange)
Q_DECLARE_METATYPE(Slipway::PodListResult)
Q_DECLARE_METATYPE(Slipway::PodResult)
Q_DECLARE_METATYPE(Slipway::NodeResult)
Q_DECLARE_METATYPE(Slipway::WorkloadResult)
Q_DECLARE_METATYPE(Slipway::PdbListResult)
Q_DECLARE_METATYPE(Slipway::EvictionSupportResult)
Q_DECLARE_METATYPE(Slipway::Node)
Q_DECLARE_METATYPE(Slipway::Pod)
