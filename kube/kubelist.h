#pragma once

#include "clusterapi.h"
#include "kubeclient.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

template<typename T>
class QFutureWatcher;

namespace Slipway {

// The collection endpoints Slipway reads (FACTS §7), e.g. {Pod, "/api/v1/pods", "pods", "Pod"}.
struct KubeResourceType
{
    QString path;     // "/apis/apps/v1/deployments"
    QString resource; // "deployments.apps", for messages and RBAC sentences
    QString kind;     // item kind: list items carry no kind, so it is added back
    QString apiVersion;

    static KubeResourceType nodes();
    static KubeResourceType pods();
    static KubeResourceType namespaces();
    static KubeResourceType deployments();
    static KubeResourceType replicaSets();
    static KubeResourceType statefulSets();
    static KubeResourceType daemonSets();
    static KubeResourceType jobs();
    static KubeResourceType podDisruptionBudgets(); // policy/v1
    static KubeResourceType podDisruptionBudgetsV1beta1(); // servers before 1.21
};

struct KubeListResult
{
    QList<QJsonObject> items; // with kind and apiVersion set
    QString resourceVersion;  // of the list, for a watch to start from
    int pages = 0;
    ClusterError error;
    bool ok() const { return error.ok(); }
};

// One page of a list, parsed off the GUI thread.
struct KubeListPage
{
    QList<QJsonObject> items;
    QString continueToken;
    QString resourceVersion;
    QString problem; // not a list
};
KubeListPage parseListPage(const QByteArray &body, const KubeResourceType &type);

// Lists every object of one type: GET with limit=<pageSize>, following metadata.continue
// (FACTS §5.1 --chunk-size 500). A 410 Gone for an expired continue token starts the list over
// once. Pages are parsed on the thread pool.
class KubeList : public QObject
{
    Q_OBJECT
public:
    KubeList(KubeClient *client, const KubeResourceType &type, QObject *parent = nullptr);
    ~KubeList() override;

    const KubeResourceType &type() const { return m_type; }
    // Extra query items, e.g. fieldSelector=spec.nodeName=NODE.
    void setQuery(const QUrlQuery &query) { m_query = query; }
    void start();
    void abort();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int itemsSoFar);
    void finished(const Slipway::KubeListResult &result);

private:
    void requestPage(const QString &continueToken);
    void onPage(const KubeResponse &response);
    void onParsed();
    void done(const ClusterError &error);

    KubeClient *m_client;
    KubeResourceType m_type;
    QUrlQuery m_query;
    QPointer<KubeCall> m_call;
    QFutureWatcher<KubeListPage> *m_watcher;
    KubeListResult m_result;
    bool m_running = false;
    bool m_restarted = false;
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::KubeListResult)
