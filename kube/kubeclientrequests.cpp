// KubeClient's typed requests: paths, bodies and descriptions of the calls Slipway makes.
#include "kube/kubeclient.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Slipway {

namespace {

QString podPath(const QString &namespaceName, const QString &name)
{
    return QStringLiteral("/api/v1/namespaces/%1/pods/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(namespaceName)),
             QString::fromLatin1(QUrl::toPercentEncoding(name)));
}

QJsonObject deleteOptions(std::optional<qint64> gracePeriodSeconds)
{
    QJsonObject options;
    // Only a non-negative grace period is sent; otherwise the pod's own applies (FACTS §5.1).
    if (gracePeriodSeconds && *gracePeriodSeconds >= 0)
        options.insert(QStringLiteral("gracePeriodSeconds"), double(*gracePeriodSeconds));
    return options;
}

} // namespace

KubeCall *KubeClient::getVersion()
{
    KubeRequest r;
    r.path = QStringLiteral("/version");
    r.verb = QStringLiteral("get");
    r.resource = QStringLiteral("/version");
    return send(r);
}

KubeCall *KubeClient::getNode(const QString &name)
{
    KubeRequest r;
    r.path = QStringLiteral("/api/v1/nodes/") + QString::fromLatin1(QUrl::toPercentEncoding(name));
    r.verb = QStringLiteral("get");
    r.resource = QStringLiteral("nodes");
    r.name = name;
    return send(r);
}

KubeCall *KubeClient::getPod(const QString &namespaceName, const QString &name)
{
    KubeRequest r;
    r.path = podPath(namespaceName, name);
    r.verb = QStringLiteral("get");
    r.resource = QStringLiteral("pods");
    r.namespaceName = namespaceName;
    r.name = name;
    return send(r);
}

KubeCall *KubeClient::patchNodeUnschedulable(const QString &name, bool unschedulable)
{
    // kubectl cordon/uncordon: a strategic merge patch; omitempty turns false into null (FACTS §5.5).
    const QJsonObject spec{
        {QStringLiteral("unschedulable"), unschedulable ? QJsonValue(true) : QJsonValue(QJsonValue::Null)}};
    KubeRequest r;
    r.method = QByteArrayLiteral("PATCH");
    r.path = QStringLiteral("/api/v1/nodes/") + QString::fromLatin1(QUrl::toPercentEncoding(name));
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("spec"), spec}}).toJson(QJsonDocument::Compact);
    r.contentType = QByteArrayLiteral("application/strategic-merge-patch+json");
    r.verb = QStringLiteral("patch");
    r.resource = QStringLiteral("nodes");
    r.name = name;
    return send(r);
}

KubeCall *KubeClient::evictPod(const QString &namespaceName, const QString &name,
                               std::optional<qint64> gracePeriodSeconds)
{
    // POST policy/v1 Eviction (FACTS §5.3); 429 and 500 are answers for the caller, not retried here.
    QJsonObject eviction{
        {QStringLiteral("apiVersion"), QStringLiteral("policy/v1")},
        {QStringLiteral("kind"), QStringLiteral("Eviction")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), namespaceName}}}};
    const QJsonObject options = deleteOptions(gracePeriodSeconds);
    if (!options.isEmpty())
        eviction.insert(QStringLiteral("deleteOptions"), options);
    KubeRequest r;
    r.method = QByteArrayLiteral("POST");
    r.path = podPath(namespaceName, name) + QStringLiteral("/eviction");
    r.body = QJsonDocument(eviction).toJson(QJsonDocument::Compact);
    r.verb = QStringLiteral("create");
    r.resource = QStringLiteral("pods/eviction");
    r.namespaceName = namespaceName;
    r.name = name;
    r.retryServerErrors = false;
    r.retryTooManyRequests = false;
    return send(r);
}

KubeCall *KubeClient::deletePod(const QString &namespaceName, const QString &name,
                                std::optional<qint64> gracePeriodSeconds)
{
    KubeRequest r;
    r.method = QByteArrayLiteral("DELETE");
    r.path = podPath(namespaceName, name);
    const QJsonObject options = deleteOptions(gracePeriodSeconds);
    if (!options.isEmpty())
        r.body = QJsonDocument(options).toJson(QJsonDocument::Compact);
    r.verb = QStringLiteral("delete");
    r.resource = QStringLiteral("pods");
    r.namespaceName = namespaceName;
    r.name = name;
    return send(r);
}

} // namespace Slipway
