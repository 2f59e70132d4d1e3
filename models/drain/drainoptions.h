#pragma once

// kubectl drain's options and results as value types (FACTS §5.1–§5.4). Qt Core only.

#include <QList>
#include <QString>
#include <QStringList>

namespace Slipway {

struct DrainOptions
{
    enum class DryRun
    {
        None,
        Client, // print what would be evicted, send nothing
        Server, // send evictions/deletes with dryRun=All
    };

    bool force = false;              // pods without a controller, orphaned DaemonSet pods
    bool ignoreDaemonSets = false;   // DaemonSet pods are left running (runs always set it)
    bool deleteEmptyDirData = false; // pods with emptyDir volumes
    qint64 gracePeriodSeconds = -1;  // < 0: each pod's own terminationGracePeriodSeconds
    qint64 timeoutSeconds = 0;       // one global deadline for evict/delete-and-wait; 0 = none
    QString podSelector;             // label selector for the node's pods
    bool disableEviction = false;    // DELETE instead of Eviction (bypasses PDBs)
    qint64 skipWaitForDeleteTimeoutSeconds = 0;
    DryRun dryRun = DryRun::None;
    // Slipway's own: when one of these budgets ("ns/name") blocks an eviction, the pod is deleted
    // instead and an `override` event is recorded.
    QStringList overridePdbs;

    // Cordon: the caller cordoned the node already (a run's cordon phase), so the drain does not.
    bool alreadyCordoned = false;
    QString cordonReason; // recorded in the slipway.io/cordon-reason annotation when we cordon
    // Runs: evictions and DELETEs carry the pod's uid as a precondition (ClusterWriteOptions), so
    // no copy of a request can touch a replacement pod. Off for `slipway drain` (kubectl's bytes).
    bool uidPreconditions = false;
    QString by; // "user@host" for the cordon annotations and `override` events

    // kubectl's hidden library values, settable for tests only.
    qint64 evictRetryDelayMsecs = 5000; // EvictErrorRetryDelay
    qint64 deletePollMsecs = 1000;      // waitForDelete's poll interval
};

// What a finished (or failed) drain of one node did.
struct DrainOutcome
{
    QString node;
    bool ok = false;         // every selected pod is gone; the node stays cordoned
    bool timedOut = false;   // the global --timeout was reached
    bool cancelled = false;  // cancel() was called (pause/abort)
    QString error;           // kubectl's text: "cannot delete …" / "global timeout reached: 60s" …
    QStringList warnings;    // "ignoring DaemonSet-managed Pods: kube-system/kube-proxy-x" …
    QStringList evicted;     // ns/name, in the order they were confirmed gone
    QStringList deleted;     // ns/name deleted (DELETE path or an override)
    QStringList pendingPods; // ns/name still on the node when it ended unsuccessfully
    QStringList skipped;     // ns/name not waited for (--skip-wait-for-delete-timeout)
    // How kubectl prints this error last, after "There are pending nodes to be drained:": one line
    // per aggregated error, "Error from server (Reason): …" for a server error, else "error: …".
    QStringList errorLines;
};

} // namespace Slipway
