#pragma once

// The cluster-API seam (models/clusterapi.h) over a Simulator in the same process, for runs on the
// virtual clock (docs/in-process-runs.md): rehearsals, lessons and the runner's tests play
// UpgradeRunner against it with no HTTPS and no JSON. Reads answer from the store as the API server
// would (fresh); writes go through Simulator::updateNode/evictPod/deletePod and fail with the
// ClusterErrors KubeClusterApi gives for the same Status (429 with the budget's message and its
// DisruptionBudget cause, 404 as alreadyDone, 403 NamespaceTerminating). Every future finishes on a
// later turn of the event loop, never inside the call, so callers behave as they do over HTTPS.

#include "models/clusterapi.h"

#include <QPointer>

#include <functional>

namespace Slipway {

class Simulator;
struct SimResult;
struct WatchEvent;

class SimClusterApi : public ClusterApi
{
    Q_OBJECT
public:
    // `simulator` must outlive this object. `name` is displayName(); empty: the snapshot's name.
    explicit SimClusterApi(Simulator *simulator, const QString &name = {}, QObject *parent = nullptr);
    ~SimClusterApi() override;

    Simulator *simulator() const { return m_sim; }

    QString displayName() const override;
    ClusterConnectionState state() const override { return m_state; }
    ClusterError lastError() const override { return {}; }
    void refresh() override;
    // Counts from the store's indexes, the nodes only when asked: no copy of the pods. One read is
    // in flight at a time, as with refresh(): a refresh() meanwhile makes it a full one (both
    // callers get its snapshotLoaded()), a sample read meanwhile is answered by it.
    void refreshCounts(bool withNodes) override;
    void startWatching() override;
    void stopWatching() override;

    QFuture<ClusterOperationResult> setUnschedulable(const QString &node, bool unschedulable,
                                                     const ClusterWriteOptions &options) override;
    QFuture<ClusterOperationResult> evictPod(const QString &namespaceName, const QString &name,
                                             const ClusterWriteOptions &options) override;
    QFuture<ClusterOperationResult> deletePod(const QString &namespaceName, const QString &name,
                                              const ClusterWriteOptions &options) override;
    QFuture<ClusterOperationResult> patchNode(const QString &node, const NodePatch &patch,
                                              const ClusterWriteOptions &options) override;
    QFuture<PodListResult> listPodsOnNode(const QString &node, const QString &labelSelector) override;
    QFuture<PodResult> getPod(const QString &namespaceName, const QString &name) override;
    // Two queued calls, as getPod() and whenFinished() make, without the futures.
    void readPod(const QString &namespaceName, const QString &name, QObject *context,
                 std::function<void(const PodResult &)> done) override;
    QFuture<NodeResult> getNode(const QString &name) override;
    QFuture<WorkloadResult> getWorkload(WorkloadKind kind, const QString &namespaceName,
                                        const QString &name) override;
    QFuture<PdbListResult> listPodDisruptionBudgets(const QString &namespaceName) override;
    QFuture<EvictionSupportResult> evictionSupport() override;

    // How many requests came in (reads and writes), and how many of them were writes.
    quint64 requestCount() const { return m_requests; }
    quint64 writeCount() const { return m_writes; }

    // The ClusterError KubeClusterApi reports for the same Status: kind from the HTTP status,
    // the Status reason and message, and the causes' types.
    static ClusterError errorFor(const SimResult &result, const QString &verb, const QString &resource,
                                 const QString &namespaceName, const QString &name);

private:
    // Runs `work` on a later turn of the event loop and finishes the future with its result.
    template<typename T>
    QFuture<T> later(std::function<T()> work);
    void onChanged(const WatchEvent &event);
    PodResult podNow(const QString &namespaceName, const QString &name) const;

    Simulator *m_sim;
    QString m_name;
    ClusterConnectionState m_state = ClusterConnectionState::Disconnected;
    QMetaObject::Connection m_watch;
    void read(bool full, bool withNodes);
    bool m_reading = false;   // a read is queued
    bool m_readFull = false;  // it answers with snapshotLoaded()
    bool m_readNodes = false; // else countsLoaded(), with the nodes
    quint64 m_requests = 0;
    quint64 m_writes = 0;
};

} // namespace Slipway
