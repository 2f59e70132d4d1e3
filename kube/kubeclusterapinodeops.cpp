// KubeClusterApi's node operations and the fresh reads a drain makes (FACTS §5.2–§5.5).
#include "kube/kubeclusterapi.h"
#include "kube/kubelist.h"
#include "models/kubejson.h"

#include <QJsonArray>
#include <QPromise>

#include <memory>

namespace Slipway {

namespace {

template<typename T>
std::shared_ptr<QPromise<T>> newPromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

template<typename T>
void fulfil(const std::shared_ptr<QPromise<T>> &promise, const T &result)
{
    promise->addResult(result);
    promise->finish();
}

ClusterOperationResult operation(const char *name, const QString &target)
{
    ClusterOperationResult result;
    result.operation = QString::fromLatin1(name);
    result.target = target;
    return result;
}

// One GET whose object is decoded by `decode` into T's optional member.
template<typename T, typename Decoded>
QFuture<T> getObject(KubeClusterApi *api, KubeCall *call, Result<Decoded> (*decode)(const QJsonObject &),
                     std::optional<Decoded> T::*member,
                     const std::function<ClusterError(const QString &)> &malformed)
{
    const auto promise = newPromise<T>();
    QObject::connect(call, &KubeCall::finished, api, [=](const KubeResponse &response) {
        T result;
        if (!response.ok()) {
            result.error = response.error;
        } else {
            Result<Decoded> decoded = decode(response.json);
            if (decoded.ok())
                result.*member = std::move(decoded).value();
            else
                result.error = malformed(decoded.errorText());
        }
        fulfil(promise, result);
    });
    return promise->future();
}

} // namespace

ClusterError KubeClusterApi::malformed(const QString &verb, const QString &resource,
                                       const QString &problem) const
{
    ClusterError error;
    error.kind = ClusterError::Kind::MalformedResponse;
    error.address = m_client->serverAddress();
    error.verb = verb;
    error.resource = resource;
    error.message = problem;
    return error;
}

QFuture<ClusterOperationResult> KubeClusterApi::setUnschedulable(const QString &node, bool unschedulable,
                                                                 const ClusterWriteOptions &options)
{
    // kubectl: read the node, patch only when spec.unschedulable differs (FACTS §5.5).
    const auto promise = newPromise<ClusterOperationResult>();
    ClusterOperationResult result = operation(unschedulable ? "cordon" : "uncordon", node);
    KubeCall *get = m_client->getNode(node);
    connect(get, &KubeCall::finished, this,
            [this, promise, result, node, unschedulable, options](const KubeResponse &response) mutable {
                if (!response.ok()) {
                    result.error = response.error;
                    fulfil(promise, result);
                    return;
                }
                const bool current = response.json.value(QLatin1String("spec"))
                                         .toObject()
                                         .value(QLatin1String("unschedulable"))
                                         .toBool();
                if (current == unschedulable) {
                    result.alreadyDone = true; // "node/<name> already cordoned"
                    fulfil(promise, result);
                    return;
                }
                NodePatch patch;
                patch.unschedulable = unschedulable;
                KubeCall *call = m_client->patchNode(node, patch, options);
                connect(call, &KubeCall::finished, this,
                        [promise, result](const KubeResponse &patched) mutable {
                            result.error = patched.error;
                            fulfil(promise, result);
                        });
            });
    return promise->future();
}

QFuture<ClusterOperationResult> KubeClusterApi::patchNode(const QString &node, const NodePatch &patch,
                                                          const ClusterWriteOptions &options)
{
    const auto promise = newPromise<ClusterOperationResult>();
    ClusterOperationResult result = operation("patch", node);
    KubeCall *call = m_client->patchNode(node, patch, options);
    connect(call, &KubeCall::finished, this, [promise, result](const KubeResponse &response) mutable {
        result.error = response.error;
        fulfil(promise, result);
    });
    return promise->future();
}

QFuture<ClusterOperationResult> KubeClusterApi::evictPod(const QString &namespaceName, const QString &name,
                                                         const ClusterWriteOptions &options)
{
    const auto promise = newPromise<ClusterOperationResult>();
    ClusterOperationResult result = operation("evict", namespaceName + QLatin1Char('/') + name);
    KubeCall *call = m_client->evictPod(namespaceName, name, options);
    connect(call, &KubeCall::finished, this, [promise, result](const KubeResponse &response) mutable {
        // 404: the pod is gone already, which is what eviction wanted (FACTS §5.3). 429, 403 and
        // 500 are returned to the caller, who retries after 5 s or gives up like kubectl drain.
        if (response.error.kind == ClusterError::Kind::NotFound)
            result.alreadyDone = true;
        result.error = response.error.kind == ClusterError::Kind::NotFound ? ClusterError() : response.error;
        fulfil(promise, result);
    });
    return promise->future();
}

QFuture<ClusterOperationResult> KubeClusterApi::deletePod(const QString &namespaceName, const QString &name,
                                                          const ClusterWriteOptions &options)
{
    const auto promise = newPromise<ClusterOperationResult>();
    ClusterOperationResult result = operation("delete", namespaceName + QLatin1Char('/') + name);
    KubeCall *call = m_client->deletePod(namespaceName, name, options);
    connect(call, &KubeCall::finished, this, [promise, result](const KubeResponse &response) mutable {
        if (response.error.kind == ClusterError::Kind::NotFound)
            result.alreadyDone = true; // NotFound is ignored on the delete path (FACTS §5.4)
        else
            result.error = response.error;
        fulfil(promise, result);
    });
    return promise->future();
}

QFuture<PodListResult> KubeClusterApi::listPodsOnNode(const QString &node, const QString &labelSelector)
{
    // GET /api/v1/pods?fieldSelector=spec.nodeName=<node>&labelSelector=…&limit=500 (FACTS §5.2).
    const auto promise = newPromise<PodListResult>();
    auto *list = new KubeList(m_client, KubeResourceType::pods(), this);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fieldSelector"), QStringLiteral("spec.nodeName=") + node);
    if (!labelSelector.isEmpty())
        query.addQueryItem(QStringLiteral("labelSelector"), labelSelector);
    list->setQuery(query);
    connect(list, &KubeList::finished, this, [this, promise, list](const KubeListResult &listed) {
        list->deleteLater();
        PodListResult result;
        result.error = listed.error;
        for (const QJsonObject &item : listed.items) {
            if (!result.ok())
                break;
            Result<Pod> pod = KubeJson::decodePod(item);
            if (pod.ok())
                result.pods.append(std::move(pod).value());
            else
                result.error = malformed(QStringLiteral("list"), QStringLiteral("pods"), pod.errorText());
        }
        if (!result.ok())
            result.pods.clear();
        fulfil(promise, result);
    });
    list->start();
    return promise->future();
}

QFuture<PodResult> KubeClusterApi::getPod(const QString &namespaceName, const QString &name)
{
    return getObject<PodResult, Pod>(
        this, m_client->getPod(namespaceName, name), &KubeJson::decodePod, &PodResult::pod,
        [this](const QString &p) { return malformed(QStringLiteral("get"), QStringLiteral("pods"), p); });
}

QFuture<NodeResult> KubeClusterApi::getNode(const QString &name)
{
    return getObject<NodeResult, Node>(
        this, m_client->getNode(name), &KubeJson::decodeNode, &NodeResult::node,
        [this](const QString &p) { return malformed(QStringLiteral("get"), QStringLiteral("nodes"), p); });
}

QFuture<WorkloadResult> KubeClusterApi::getWorkload(WorkloadKind kind, const QString &namespaceName,
                                                    const QString &name)
{
    return getObject<WorkloadResult, Workload>(
        this, m_client->getWorkload(kind, namespaceName, name), &KubeJson::decodeWorkload,
        &WorkloadResult::workload, [this, kind](const QString &p) {
            return malformed(QStringLiteral("get"), workloadKindName(kind), p);
        });
}

QFuture<PdbListResult> KubeClusterApi::listPodDisruptionBudgets(const QString &namespaceName)
{
    const auto promise = newPromise<PdbListResult>();
    KubeResourceType type = KubeResourceType::podDisruptionBudgets();
    if (!namespaceName.isEmpty()) {
        type.path = QStringLiteral("/apis/policy/v1/namespaces/%1/poddisruptionbudgets")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(namespaceName)));
    }
    auto *list = new KubeList(m_client, type, this);
    connect(list, &KubeList::finished, this, [this, promise, list](const KubeListResult &listed) {
        list->deleteLater();
        PdbListResult result;
        result.error = listed.error;
        for (const QJsonObject &item : listed.items) {
            Result<PodDisruptionBudget> pdb = KubeJson::decodePodDisruptionBudget(item);
            if (pdb.ok())
                result.pdbs.append(std::move(pdb).value());
            else if (result.ok())
                result.error = malformed(QStringLiteral("list"),
                                         QStringLiteral("poddisruptionbudgets.policy"), pdb.errorText());
        }
        fulfil(promise, result);
    });
    list->start();
    return promise->future();
}

QFuture<EvictionSupportResult> KubeClusterApi::evictionSupport()
{
    // kubectl's CheckEvictionSupport: the first /api/v1 resource named pods/eviction of kind
    // Eviction with a group and a version gives the policy version (FACTS §5.2 step 6).
    const auto promise = newPromise<EvictionSupportResult>();
    KubeCall *call = m_client->getCoreV1Discovery();
    connect(call, &KubeCall::finished, this, [promise](const KubeResponse &response) {
        EvictionSupportResult result;
        result.error = response.error;
        const QJsonArray resources = response.json.value(QLatin1String("resources")).toArray();
        for (const QJsonValue &value : resources) {
            const QJsonObject r = value.toObject();
            const QString group = r.value(QLatin1String("group")).toString();
            const QString version = r.value(QLatin1String("version")).toString();
            if (r.value(QLatin1String("name")).toString() != QLatin1String("pods/eviction") ||
                r.value(QLatin1String("kind")).toString() != QLatin1String("Eviction") || group.isEmpty() ||
                version.isEmpty())
                continue;
            result.support =
                version == QLatin1String("v1") ? EvictionSupport::PolicyV1 : EvictionSupport::PolicyV1beta1;
            break;
        }
        fulfil(promise, result);
    });
    return promise->future();
}

} // namespace Slipway
