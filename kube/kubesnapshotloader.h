#pragma once

#include "models/clusterapi.h"
#include "kube/kubelist.h"

#include <QHash>
#include <QObject>
#include <QPointer>

template<typename T>
class QFutureWatcher;

namespace Slipway {

struct KubeSnapshotResult
{
    ClusterSnapshot snapshot;
    // Where node and pod watches start, and what they already know (key → resourceVersion).
    QString nodesResourceVersion;
    QString podsResourceVersion;
    QHash<QString, QString> nodeVersions;
    QHash<QString, QString> podVersions;
    QStringList warnings; // objects that could not be decoded, lists that were not allowed
};

// Builds a ClusterSnapshot from a live API server: GET /version (serverVersion = gitVersion,
// FACTS §7.1), nodes, pods (paginated), namespaces, Deployments, ReplicaSets, StatefulSets,
// DaemonSets, Jobs and PodDisruptionBudgets (policy/v1, else v1beta1), all in parallel;
// components via deriveComponentVersions() (FACTS §3.1). Each page is decoded on the thread pool
// as it arrives, so a 150,000-pod cluster is never held as JSON.
class KubeSnapshotLoader : public QObject
{
    Q_OBJECT
public:
    explicit KubeSnapshotLoader(KubeClient *client, QObject *parent = nullptr);
    ~KubeSnapshotLoader() override;

    void start();
    void abort();
    bool isRunning() const { return m_running; }

    // Decodes list items into a snapshot (thread-safe; used off the GUI thread).
    static KubeSnapshotResult build(const QString &name, const QJsonObject &version,
                                    const QList<KubeListResult> &lists);

Q_SIGNALS:
    void started();
    void progress(const QString &stage, int done, int total);
    void finished(const Slipway::KubeSnapshotResult &result);
    void failed(const Slipway::ClusterError &error);

private:
    struct DecodedPage;
    // build(), taking pages decoded while listing (KubeListResult::decoded) as they are.
    static KubeSnapshotResult assemble(const QString &name, const QJsonObject &version,
                                       QList<KubeListResult> lists);
    void startList(const KubeResourceType &type, int index);
    void onListFinished(int index, const KubeListResult &result);
    void stepDone(const QString &stage);
    void fail(const ClusterError &error);
    void maybeBuild();

    KubeClient *m_client;
    QList<QPointer<KubeList>> m_lists;
    QList<KubeListResult> m_results;
    QList<bool> m_listDone;
    QPointer<KubeCall> m_versionCall;
    QJsonObject m_version;
    bool m_versionDone = false;
    QStringList m_warnings;
    QFutureWatcher<KubeSnapshotResult> *m_watcher;
    int m_done = 0;
    bool m_running = false;
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::KubeSnapshotResult)
