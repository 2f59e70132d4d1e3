#pragma once

// The cluster-API seam (shared ARCHITECTURE.md "One idea"): everything Slipway reads from or does
// to a cluster goes through ClusterApi. kube/ implements it for live clusters (KubeClusterApi),
// sim/ for the in-process practice cluster. Qt Core only.

#include "models/clustersnapshot.h"

#include <QFuture>
#include <QMetaType>
#include <QObject>
#include <QString>

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
    // Starts node and pod watches from the last snapshot (refreshes first if there is none);
    // nodeChanged()/podChanged() follow until stopWatching().
    virtual void startWatching() = 0;
    virtual void stopWatching() = 0;

    // Node operations (FACTS §5.3–§5.5). gracePeriodSeconds: std::nullopt uses the pod's own.
    virtual QFuture<ClusterOperationResult> cordon(const QString &node) = 0;
    virtual QFuture<ClusterOperationResult> uncordon(const QString &node) = 0;
    virtual QFuture<ClusterOperationResult> evictPod(const QString &namespaceName, const QString &name,
                                                     std::optional<qint64> gracePeriodSeconds) = 0;
    virtual QFuture<ClusterOperationResult> deletePod(const QString &namespaceName, const QString &name,
                                                      std::optional<qint64> gracePeriodSeconds) = 0;

Q_SIGNALS:
    void stateChanged(Slipway::ClusterConnectionState state);
    void refreshStarted();
    // stage: a short sentence ("Listing pods (1,500 so far)"); done/total in steps, total 0 = unknown.
    void refreshProgress(const QString &stage, int done, int total);
    void snapshotLoaded(const Slipway::ClusterSnapshot &snapshot);
    void refreshFailed(const Slipway::ClusterError &error);
    void nodeChanged(Slipway::ObjectChange change, const Slipway::Node &node);
    void podChanged(Slipway::ObjectChange change, const Slipway::Pod &pod);
    // Problems that don't end anything (a watch reconnecting, a skipped list).
    void warning(const Slipway::ClusterError &error);
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::ClusterError)
Q_DECLARE_METATYPE(Slipway::ClusterOperationResult)
Q_DECLARE_METATYPE(Slipway::ClusterConnectionState)
Q_DECLARE_METATYPE(Slipway::ObjectChange)
Q_DECLARE_METATYPE(Slipway::Node)
Q_DECLARE_METATYPE(Slipway::Pod)
