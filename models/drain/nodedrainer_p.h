#pragma once

// NodeDrainer's private state (nodedrainer.cpp, nodedrainerwait.cpp). Not installed API.

#include "models/clusterapi.h"
#include "models/clusterfutures.h"
#include "models/drain/drainfilters.h"
#include "models/drain/nodedrainer.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>

#include <functional>
#include <optional>
#include <unordered_map>

namespace Slipway {

class NodeCordoner;
class RunClock;

class NodeDrainer::Private
{
public:
    // One pod the drain evicts or deletes.
    struct PodState
    {
        Pod pod;          // as listed (its uid decides "gone" — a new uid means replaced)
        Pod fresh;        // the last one read back (deletionTimestamp, grace)
        int attempts = 0; // eviction POSTs sent
        bool accepted = false;
        bool deleted = false; // DELETE sent (delete path, override, deletePodNow)
        bool done = false;
        bool blocked = false; // a wait-started (disruption-budget) is open
        quint64 timer = 0;
        QString error; // kubectl's per-pod error text
        // When this drainer first saw the pod terminating, by its own clock. The diagnosis measures
        // from here: the server's deletionTimestamp is on the server's clock (a practice cluster's
        // virtual clock, or a skewed server), which cannot be compared with ours.
        std::optional<QDateTime> terminatingSeen;
        int serverErrors = 0; // passing 5xx answers to its evictions, retried (nodedrainerfaults.cpp)
    };

    Private(NodeDrainer *q, ClusterApi *api, RunClock *clock);

    NodeDrainer *q;
    ClusterApi *api;
    RunClock *clock;
    NodeCordoner *cordoner = nullptr;
    QString node;
    DrainOptions options;
    DrainOutcome outcome;
    bool running = false;
    bool cancelled = false;
    bool usingEviction = true;
    QString evictionVersion = QStringLiteral("v1");
    std::optional<QDateTime> deadline; // the global --timeout, from the start of evict/delete
    // By ns/name. A map whose elements stay where they are (std::unordered_map, not QHash):
    // the once-a-second read of each terminating pod holds on to its state (pollPod()).
    std::unordered_map<QString, PodState> pods;
    QStringList order;  // list order
    QStringList errors; // per-pod errors in the order they ended (kubectl's aggregate)
    int generation = 0; // bumped by start()/cancel(): stale callbacks do nothing

    // nodedrainer.cpp: the flow
    void start();
    void listAndFilter(const std::function<void(const DrainPodList &, const ClusterError &)> &done);
    void onFiltered(const DrainPodList &list, const ClusterError &error);
    void startDeletion(const QList<Pod> &toDelete);
    void failNode(const QString &error, const QStringList &errorLines);
    void finishOk();
    void finishWithPodErrors();
    void reportPendingAndFail(const QString &aggregate, const QStringList &errorLines);
    void finish();

    // nodedrainerevict.cpp: the eviction loop, the delete path, waiting for deletion
    void evict(const QString &key);
    void sendEviction(const QString &key);
    void onEvictionAnswer(const QString &key, const ClusterOperationResult &result);
    void onBlocked(const QString &key, const ClusterError &error);
    void retryLater(const QString &key);
    void deleteSequentially(int index);
    void deleteOne(const QString &key, const QString &why,
                   const std::function<void(const ClusterOperationResult &)> &done);
    void deleteAndWait(const QString &key, const QString &why); // DELETE, then wait until gone
    void pollPod(const QString &key);
    void pollPod(const QString &key, PodState &state);
    // nodedrainerfaults.cpp: lost answers and passing server errors
    static bool isLostAnswer(const ClusterError &error);
    static bool isTransientServerError(const ClusterError &error);
    bool onEvictionFault(const QString &key, const ClusterError &error);
    void checkLostEviction(const QString &key, const ClusterError &lost);
    void checkLostDelete(const QString &key, const QString &why,
                         std::function<void(const ClusterOperationResult &)> done,
                         const ClusterOperationResult &lost);
    void onPodRead(const QString &key, PodState &state, const PodResult &result);
    void podGone(const QString &key, const QString &replacedBy);
    void podFailed(const QString &key, const QString &error);
    void podEnded(const QString &key);
    void diagnoseBlocked(const QString &key, const std::optional<PodDisruptionBudget> &pdb);
    void diagnoseTerminating(const QString &key, PodState &state);
    bool pastDeadline() const;
    QString timeoutText() const;
    ClusterWriteOptions writeOptions() const;

    // Helpers
    template<typename T, typename F>
    void whenReady(QFuture<T> future, F done);
    void emitEvent(RunEvent::Type type, const QString &pod, const QString &message,
                   const QJsonObject &data = {});
    void out(const QString &line, bool isError = false) { Q_EMIT q->output(line, isError); }
    static QString errorText(const ClusterError &error);
    static QString podName(const QString &key) { return key.section(QLatin1Char('/'), 1); }
    static QString podNamespace(const QString &key) { return key.section(QLatin1Char('/'), 0, 0); }
};

// Runs `done(result)` on the drainer's thread unless the drain was restarted or cancelled since.
template<typename T, typename F>
void NodeDrainer::Private::whenReady(QFuture<T> future, F done)
{
    const int expected = generation;
    whenFinished(future, q, [this, expected, done](const T &result) mutable {
        if (expected == generation && running)
            done(result);
    });
}

} // namespace Slipway
