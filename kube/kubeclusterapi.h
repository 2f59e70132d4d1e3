#pragma once

#include "models/clusterapi.h"
#include "models/result.h"
#include "kube/kubeclient.h"
#include "kube/kubesnapshotloader.h"

#include <QPointer>

#include <memory>

namespace Slipway {

class KubeWatch;

// The live cluster behind the ClusterApi seam: a KubeClient for one kubeconfig context, the
// snapshot loader, node and pod watches, and the node operations of kubectl cordon/drain
// (FACTS §5.3–§5.5).
class KubeClusterApi : public ClusterApi
{
    Q_OBJECT
public:
    explicit KubeClusterApi(const KubeconfigSelection &selection, const KubeClientOptions &options = {},
                            QObject *parent = nullptr);
    ~KubeClusterApi() override;

    // kubectl's way in one call: KubeconfigPaths (--kubeconfig, KUBECONFIG, ~/.kube/config),
    // Kubeconfig::load() and select(context).
    static Result<std::unique_ptr<KubeClusterApi>> fromKubeconfig(const QString &explicitPath,
                                                                  const QString &context,
                                                                  const KubeClientOptions &options = {});

    KubeClient *client() const { return m_client; }
    // The last snapshot, kept current by watch events for nodes and pods (components are derived
    // again on the next refresh()).
    ClusterSnapshot snapshot() const { return m_lastResult.snapshot; }
    QStringList lastWarnings() const { return m_warnings; }
    bool isWatching() const { return m_watching; }

    QString displayName() const override;
    ClusterConnectionState state() const override { return m_state; }
    ClusterError lastError() const override { return m_lastError; }
    void refresh() override;
    void startWatching() override;
    void stopWatching() override;
    // Node operations and fresh reads (kubeclusterapinodeops.cpp).
    using ClusterApi::deletePod;
    using ClusterApi::evictPod;
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
    QFuture<NodeResult> getNode(const QString &name) override;
    QFuture<WorkloadResult> getWorkload(WorkloadKind kind, const QString &namespaceName,
                                        const QString &name) override;
    QFuture<PdbListResult> listPodDisruptionBudgets(const QString &namespaceName) override;
    QFuture<EvictionSupportResult> evictionSupport() override;

private:
    void setState(ClusterConnectionState state);
    void onSnapshot(const KubeSnapshotResult &result);
    void startWatches();
    void onNodeEvent(ObjectChange change, const QJsonObject &object);
    void onPodEvent(ObjectChange change, const QJsonObject &object);
    // An error for an answer that is not the object expected.
    ClusterError malformed(const QString &verb, const QString &resource, const QString &problem) const;

    KubeClient *m_client;
    KubeSnapshotLoader *m_loader;
    KubeWatch *m_nodeWatch;
    KubeWatch *m_podWatch;
    KubeSnapshotResult m_lastResult;
    bool m_hasSnapshot = false;
    QStringList m_warnings;
    ClusterConnectionState m_state = ClusterConnectionState::Disconnected;
    ClusterError m_lastError;
    bool m_watching = false;
};

} // namespace Slipway
