// KubeClient's typed requests: paths, bodies and descriptions of the calls Slipway makes.
#include "kube/kubeclient.h"

#include <QJsonArray>
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

QString nodePath(const QString &name)
{
    return QStringLiteral("/api/v1/nodes/") + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QJsonObject deleteOptions(const ClusterWriteOptions &write)
{
    QJsonObject options;
    // Only a non-negative grace period is sent; otherwise the pod's own applies (FACTS §5.1).
    if (write.gracePeriodSeconds && *write.gracePeriodSeconds >= 0)
        options.insert(QStringLiteral("gracePeriodSeconds"), double(*write.gracePeriodSeconds));
    if (write.dryRun)
        options.insert(QStringLiteral("dryRun"), QJsonArray{QStringLiteral("All")});
    if (!write.preconditionUid.isEmpty())
        options.insert(QStringLiteral("preconditions"),
                       QJsonObject{{QStringLiteral("uid"), write.preconditionUid}});
    return options;
}

void addDryRun(KubeRequest &r, const ClusterWriteOptions &options)
{
    // A server dry run: the server validates and answers, nothing is stored (FACTS §5.1).
    if (options.dryRun)
        r.query.addQueryItem(QStringLiteral("dryRun"), QStringLiteral("All"));
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

KubeCall *KubeClient::getWorkload(WorkloadKind kind, const QString &namespaceName, const QString &name)
{
    const QString plural = workloadKindName(kind).toLower() + QLatin1Char('s');
    const QString group = kind == WorkloadKind::Job ? QStringLiteral("batch") : QStringLiteral("apps");
    KubeRequest r;
    r.path = QStringLiteral("/apis/%1/v1/namespaces/%2/%3/%4")
                 .arg(group, QString::fromLatin1(QUrl::toPercentEncoding(namespaceName)), plural,
                      QString::fromLatin1(QUrl::toPercentEncoding(name)));
    r.verb = QStringLiteral("get");
    r.resource = plural + QLatin1Char('.') + group;
    r.namespaceName = namespaceName;
    r.name = name;
    return send(r);
}

KubeCall *KubeClient::getCoreV1Discovery()
{
    KubeRequest r;
    r.path = QStringLiteral("/api/v1");
    r.verb = QStringLiteral("get");
    r.resource = QStringLiteral("/api/v1");
    return send(r);
}

KubeCall *KubeClient::patchNodeUnschedulable(const QString &name, bool unschedulable)
{
    NodePatch patch;
    patch.unschedulable = unschedulable;
    return patchNode(name, patch, {});
}

KubeCall *KubeClient::patchNode(const QString &name, const NodePatch &patch,
                                const ClusterWriteOptions &options)
{
    // kubectl cordon/uncordon: a strategic merge patch; omitempty turns false into null (FACTS §5.5).
    QJsonObject body;
    if (patch.unschedulable) {
        body.insert(QStringLiteral("spec"),
                    QJsonObject{{QStringLiteral("unschedulable"),
                                 *patch.unschedulable ? QJsonValue(true) : QJsonValue(QJsonValue::Null)}});
    }
    QJsonObject annotations;
    for (auto it = patch.setAnnotations.cbegin(); it != patch.setAnnotations.cend(); ++it)
        annotations.insert(it.key(), it.value());
    for (const QString &key : patch.removeAnnotations)
        annotations.insert(key, QJsonValue::Null);
    if (!annotations.isEmpty())
        body.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("annotations"), annotations}});
    KubeRequest r;
    r.method = QByteArrayLiteral("PATCH");
    r.path = nodePath(name);
    addDryRun(r, options);
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.contentType = QByteArrayLiteral("application/strategic-merge-patch+json");
    r.verb = QStringLiteral("patch");
    r.resource = QStringLiteral("nodes");
    r.name = name;
    return send(r);
}

KubeCall *KubeClient::evictPod(const QString &namespaceName, const QString &name,
                               const ClusterWriteOptions &write)
{
    // POST policy/v1 Eviction (FACTS §5.3); 429 and 500 are answers for the caller, not retried here.
    const QString version = write.evictionVersion.isEmpty() ? QStringLiteral("v1") : write.evictionVersion;
    QJsonObject eviction{
        {QStringLiteral("apiVersion"), QString(QStringLiteral("policy/") + version)},
        {QStringLiteral("kind"), QStringLiteral("Eviction")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("namespace"), namespaceName}}}};
    const QJsonObject options = deleteOptions(write);
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
    r.retryConnectionLoss = false;
    return send(r);
}

KubeCall *KubeClient::deletePod(const QString &namespaceName, const QString &name,
                                const ClusterWriteOptions &write)
{
    KubeRequest r;
    r.method = QByteArrayLiteral("DELETE");
    r.path = podPath(namespaceName, name);
    const QJsonObject options = deleteOptions(write);
    if (!options.isEmpty())
        r.body = QJsonDocument(options).toJson(QJsonDocument::Compact); // dryRun travels in the body
    r.verb = QStringLiteral("delete");
    r.resource = QStringLiteral("pods");
    r.namespaceName = namespaceName;
    r.name = name;
    r.retryConnectionLoss = false;
    return send(r);
}

} // namespace Slipway
