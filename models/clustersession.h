#pragma once

// The open cluster as a data object (hotspot's PerfParser beside ResultsPage): it owns the
// ClusterApi, keeps the current snapshot, applies watch events to it in O(1) each through name
// indexes, keeps what the node table derives from pods (pod count and kube-proxy version per
// node) up to date incrementally, and tells its observers in batches. Windows and pages only
// observe it. Qt Core only.

#include "models/clusterconnector.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class QTimer;

namespace Slipway {

class ClusterSession : public QObject
{
    Q_OBJECT
public:
    explicit ClusterSession(QObject *parent = nullptr);
    ~ClusterSession() override;

    // Takes over an opened cluster (its api must be set), connects to it and refreshes. The
    // previous cluster, if any, is closed first.
    void adopt(OpenedCluster opened);
    void close();
    void refresh();

    ClusterApi *api() const { return m_api.get(); }
    bool isOpen() const { return m_api != nullptr; }
    // What was opened (title, source, practice or not …); `api` is always null here.
    const OpenedCluster &info() const { return m_info; }
    const ClusterSnapshot &snapshot() const { return m_snapshot; }

    // The node by name in O(1) (nullptr when there is none).
    const Node *node(const QString &name) const;
    // Derived per node from the pods on it (finished pods do not count).
    int podCount(const QString &node) const { return m_podCount.value(node); }
    // The kube-proxy pod's image version on the node, else the node's deprecated field (FACTS §7.2).
    QString kubeProxyVersion(const QString &node) const;

    // How long watch events are collected before observers hear of them (default 200 ms).
    void setBatchInterval(int msecs);
    // Applies collected watch events now (tests, and before a run reads the snapshot).
    void flush();

    // What the api's signals call, public for tests and benchmarks: a full snapshot, and one
    // watch event applied at once (reported with the next batch).
    void loadSnapshot(const ClusterSnapshot &snapshot);
    void applyNodeEvent(ObjectChange change, const Node &node);
    void applyPodEvent(ObjectChange change, const Pod &pod);

Q_SIGNALS:
    // A full snapshot was loaded (first load or refresh).
    void snapshotReplaced(const Slipway::ClusterSnapshot &snapshot);
    // Watch events were applied. `nodes`: the nodes whose table row may have changed (the node
    // itself, or its pods); `removedNodes`: nodes that are gone; `versionsChanged`: a node's
    // versions or readiness changed, so plans and findings should be recomputed.
    void snapshotUpdated(const QStringList &nodes, const QStringList &removedNodes, bool versionsChanged);
    void stateChanged(Slipway::ClusterConnectionState state);
    void refreshFailed(const Slipway::ClusterError &error);
    void progress(const QString &stage);
    void warning(const Slipway::ClusterError &error);

private:
    void rebuildIndexes();
    void countPod(const Pod &pod, int delta);
    void touch(const QString &node);

    std::unique_ptr<ClusterApi> m_api;
    OpenedCluster m_info;
    ClusterSnapshot m_snapshot;
    bool m_watching = false;

    QHash<QString, qsizetype> m_nodeIndex; // name → position in m_snapshot.nodes
    QHash<QString, qsizetype> m_podIndex;  // ns/name → position in m_snapshot.pods
    QHash<QString, int> m_podCount;
    QHash<QString, QString> m_proxyVersion;

    QTimer *m_batchTimer;
    QSet<QString> m_touchedNodes;
    QSet<QString> m_removedNodes;
    bool m_versionsChanged = false;
};

} // namespace Slipway
