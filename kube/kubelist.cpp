#include "kubelist.h"
#include "kubelog.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace Slipway {

namespace {

KubeResourceType type(const char *path, const char *resource, const char *kind, const char *apiVersion)
{
    return {QLatin1String(path), QLatin1String(resource), QLatin1String(kind), QLatin1String(apiVersion)};
}

} // namespace

KubeResourceType KubeResourceType::nodes() { return type("/api/v1/nodes", "nodes", "Node", "v1"); }
KubeResourceType KubeResourceType::pods() { return type("/api/v1/pods", "pods", "Pod", "v1"); }
KubeResourceType KubeResourceType::namespaces() { return type("/api/v1/namespaces", "namespaces", "Namespace", "v1"); }
KubeResourceType KubeResourceType::deployments()
{
    return type("/apis/apps/v1/deployments", "deployments.apps", "Deployment", "apps/v1");
}
KubeResourceType KubeResourceType::replicaSets()
{
    return type("/apis/apps/v1/replicasets", "replicasets.apps", "ReplicaSet", "apps/v1");
}
KubeResourceType KubeResourceType::statefulSets()
{
    return type("/apis/apps/v1/statefulsets", "statefulsets.apps", "StatefulSet", "apps/v1");
}
KubeResourceType KubeResourceType::daemonSets()
{
    return type("/apis/apps/v1/daemonsets", "daemonsets.apps", "DaemonSet", "apps/v1");
}
KubeResourceType KubeResourceType::jobs() { return type("/apis/batch/v1/jobs", "jobs.batch", "Job", "batch/v1"); }
KubeResourceType KubeResourceType::podDisruptionBudgets()
{
    return type("/apis/policy/v1/poddisruptionbudgets", "poddisruptionbudgets.policy", "PodDisruptionBudget", "policy/v1");
}
KubeResourceType KubeResourceType::podDisruptionBudgetsV1beta1()
{
    return type("/apis/policy/v1beta1/poddisruptionbudgets", "poddisruptionbudgets.policy", "PodDisruptionBudget",
                "policy/v1beta1");
}

KubeListPage parseListPage(const QByteArray &body, const KubeResourceType &type)
{
    KubeListPage page;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject()) {
        page.problem = QCoreApplication::translate("Slipway::KubeList", "the list is not JSON (%1 at offset %2)")
                           .arg(error.errorString())
                           .arg(error.offset);
        return page;
    }
    const QJsonObject list = doc.object();
    if (!list.value(QLatin1String("items")).isArray() && !list.value(QLatin1String("items")).isNull()) {
        page.problem = QCoreApplication::translate("Slipway::KubeList", "the answer has no items array (kind \"%1\")")
                           .arg(list.value(QLatin1String("kind")).toString());
        return page;
    }
    const QJsonObject metadata = list.value(QLatin1String("metadata")).toObject();
    page.continueToken = metadata.value(QLatin1String("continue")).toString();
    page.resourceVersion = metadata.value(QLatin1String("resourceVersion")).toString();
    const QString apiVersion = list.value(QLatin1String("apiVersion")).toString(type.apiVersion);
    const QJsonArray items = list.value(QLatin1String("items")).toArray();
    page.items.reserve(items.size());
    for (const QJsonValue &value : items) {
        QJsonObject item = value.toObject();
        if (!item.contains(QLatin1String("kind")))
            item.insert(QStringLiteral("kind"), type.kind);
        if (!item.contains(QLatin1String("apiVersion")))
            item.insert(QStringLiteral("apiVersion"), apiVersion);
        page.items.append(item);
    }
    return page;
}

KubeList::KubeList(KubeClient *client, const KubeResourceType &type, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_type(type)
    , m_watcher(new QFutureWatcher<KubeListPage>(this))
{
    connect(m_watcher, &QFutureWatcher<KubeListPage>::finished, this, &KubeList::onParsed);
}

KubeList::~KubeList()
{
    if (m_call)
        m_call->disconnect(this);
    abort();
    m_watcher->waitForFinished();
}

void KubeList::start()
{
    if (m_running)
        return;
    m_running = true;
    m_restarted = false;
    m_result = {};
    requestPage({});
}

void KubeList::abort()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_call)
        m_call->abort();
}

void KubeList::requestPage(const QString &continueToken)
{
    KubeRequest r;
    r.path = m_type.path;
    r.query = m_query;
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(m_client->options().pageSize));
    if (!continueToken.isEmpty())
        r.query.addQueryItem(QStringLiteral("continue"), QString::fromLatin1(QUrl::toPercentEncoding(continueToken)));
    r.verb = QStringLiteral("list");
    r.resource = m_type.resource;
    m_call = m_client->send(r);
    connect(m_call, &KubeCall::finished, this, &KubeList::onPage);
}

void KubeList::onPage(const KubeResponse &response)
{
    m_call = nullptr;
    if (!m_running)
        return;
    if (response.error.kind == ClusterError::Kind::Gone && m_result.pages > 0 && !m_restarted) {
        // The continue token expired (410): list again from the start, as client-go's pager does.
        qCInfo(lcKube) << "continue token for" << m_type.resource << "expired; listing again";
        m_restarted = true;
        m_result.items.clear();
        m_result.pages = 0;
        requestPage({});
        return;
    }
    if (!response.ok()) {
        done(response.error);
        return;
    }
    const KubeResourceType type = m_type;
    m_watcher->setFuture(QtConcurrent::run([body = response.body, type] { return parseListPage(body, type); }));
}

void KubeList::onParsed()
{
    if (!m_running)
        return;
    const KubeListPage page = m_watcher->result();
    if (!page.problem.isEmpty()) {
        ClusterError error;
        error.kind = ClusterError::Kind::MalformedResponse;
        error.address = m_client->serverAddress();
        error.verb = QStringLiteral("list");
        error.resource = m_type.resource;
        error.message = page.problem;
        done(error);
        return;
    }
    m_result.items += page.items;
    m_result.resourceVersion = page.resourceVersion;
    ++m_result.pages;
    Q_EMIT progress(int(m_result.items.size()));
    if (!page.continueToken.isEmpty()) {
        requestPage(page.continueToken);
        return;
    }
    done({});
}

void KubeList::done(const ClusterError &error)
{
    m_running = false;
    m_result.error = error;
    if (!error.ok())
        m_result.items.clear();
    Q_EMIT finished(m_result);
}

} // namespace Slipway
