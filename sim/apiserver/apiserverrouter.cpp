#include "sim/apiserver/apiserverrouter.h"

#include "sim/apiserver/apiserverconnection.h"
#include "sim/apiserver/apiservercontext.h"
#include "sim/apiserver/apiserverdiscovery.h"
#include "sim/apiserver/apiserverextras.h"
#include "sim/apiserver/apiserverhandlers.h"
#include "sim/apiserver/apiserverlist.h"
#include "sim/apiserver/apiserverwatch.h"

namespace Slipway {

namespace {

const QString NotFoundMessage = QStringLiteral("the server could not find the requested resource");

bool isTrue(const QString &value)
{
    return value == QLatin1String("true") || value == QLatin1String("1");
}

HttpResponse methodNotAllowed()
{
    return Http::error(405,
                       QStringLiteral("the server does not allow this method on the requested resource"));
}

HttpResponse plainText(int status, const QByteArray &text)
{
    HttpResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("text/plain; charset=utf-8");
    r.body = text;
    return r;
}

} // namespace

QString ResourceType::apiVersion() const
{
    const QLatin1String g(group);
    return g.isEmpty() ? QString(QLatin1String(version)) : g + QLatin1Char('/') + QLatin1String(version);
}

QStringList ResourceType::verbList() const
{
    return QString::fromLatin1(verbs).split(QLatin1Char(','));
}

const QList<ResourceType> &resourceTypes()
{
    static const char *const readOnly = "get,list,watch";
    static const QList<ResourceType> types{
        {ResourceKind::Namespace, "", "v1", "namespaces", "namespace", "Namespace", false, "ns", readOnly,
         ""},
        {ResourceKind::Node, "", "v1", "nodes", "node", "Node", false, "no", "get,list,patch,update,watch",
         ""},
        {ResourceKind::Pod, "", "v1", "pods", "pod", "Pod", true, "po", "delete,get,list,watch", "all"},
        {ResourceKind::Deployment, "apps", "v1", "deployments", "deployment", "Deployment", true, "deploy",
         readOnly, "all"},
        {ResourceKind::ReplicaSet, "apps", "v1", "replicasets", "replicaset", "ReplicaSet", true, "rs",
         readOnly, "all"},
        {ResourceKind::StatefulSet, "apps", "v1", "statefulsets", "statefulset", "StatefulSet", true, "sts",
         readOnly, "all"},
        {ResourceKind::DaemonSet, "apps", "v1", "daemonsets", "daemonset", "DaemonSet", true, "ds", readOnly,
         "all"},
        {ResourceKind::Job, "batch", "v1", "jobs", "job", "Job", true, "", readOnly, "all"},
        {ResourceKind::PodDisruptionBudget, "policy", "v1", "poddisruptionbudgets", "poddisruptionbudget",
         "PodDisruptionBudget", true, "pdb", readOnly, ""},
    };
    return types;
}

const ResourceType *findResourceType(const QString &group, const QString &version, const QString &plural)
{
    for (const ResourceType &t : resourceTypes()) {
        if (t.groupName() == group && QLatin1String(t.version) == version && t.resource() == plural)
            return &t;
    }
    return nullptr;
}

const ResourceType *findResourceType(ResourceKind kind)
{
    for (const ResourceType &t : resourceTypes()) {
        if (t.kind == kind)
            return &t;
    }
    return nullptr;
}

ApiRouter::ApiRouter(ApiServerContext *context)
    : m_context(context)
{}

void ApiRouter::route(const HttpRequest &request, ApiConnection *connection)
{
    if (request.method == "HEAD") {
        connection->respond(methodNotAllowed());
        return;
    }
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString first = segments.value(0);
    const bool get = request.method == "GET";

    if (first == QLatin1String("healthz") || first == QLatin1String("livez") ||
        first == QLatin1String("readyz")) {
        connection->respond(get ? plainText(200, QByteArrayLiteral("ok")) : methodNotAllowed());
        return;
    }
    if (first == QLatin1String("version") && segments.size() == 1) {
        connection->respond(get ? ApiDiscovery::version(m_context->simulator()) : methodNotAllowed());
        return;
    }

    if (ApiExtras::route(m_context, request, segments, connection))
        return; // events, services, creates, scale, unsupported subresources (issue 11)

    ResourcePath path;
    QStringList rest;
    if (first == QLatin1String("api")) {
        if (segments.size() == 1) {
            connection->respond(get ? ApiDiscovery::apiVersions(request.header(QByteArrayLiteral("host")))
                                    : methodNotAllowed());
            return;
        }
        path.version = segments.at(1);
        rest = segments.mid(2);
    } else if (first == QLatin1String("apis")) {
        if (segments.size() == 1) {
            connection->respond(get ? ApiDiscovery::groupList() : methodNotAllowed());
            return;
        }
        path.group = segments.at(1);
        if (segments.size() == 2) {
            const auto group = ApiDiscovery::group(path.group);
            connection->respond(!group ? Http::error(404, NotFoundMessage)
                                : get  ? *group
                                       : methodNotAllowed());
            return;
        }
        path.version = segments.at(2);
        rest = segments.mid(3);
    } else {
        connection->respond(Http::error(404, NotFoundMessage));
        return;
    }

    if (rest.isEmpty()) {
        const auto list =
            ApiDiscovery::resourceList(path.group, path.version, m_context->evictionVersions().value(0));
        connection->respond(!list ? Http::error(404, NotFoundMessage) : get ? *list : methodNotAllowed());
        return;
    }
    if (rest.first() == QLatin1String("watch")) {
        path.watchPrefix = true;
        rest.removeFirst();
    }
    QString resource;
    if (rest.value(0) == QLatin1String("namespaces") && rest.size() >= 3) {
        path.namespaceName = rest.at(1);
        rest = rest.mid(2);
    }
    resource = rest.value(0);
    path.name = rest.value(1);
    path.subresource = rest.value(2);
    path.type = findResourceType(path.group, path.version, resource);
    const bool tooDeep = rest.size() > 3;
    const bool scopeMismatch =
        path.type && ((!path.type->namespaced && !path.namespaceName.isEmpty()) ||
                      (path.type->namespaced && path.namespaceName.isEmpty() && !path.name.isEmpty()));
    if (!path.type || tooDeep || scopeMismatch || (path.watchPrefix && !path.subresource.isEmpty())) {
        connection->respond(Http::error(404, NotFoundMessage));
        return;
    }
    routeResource(request, path, connection);
}

void ApiRouter::routeResource(const HttpRequest &request, const ResourcePath &path, ApiConnection *connection)
{
    const QByteArray &method = request.method;
    const ResourceKind kind = path.type->kind;
    if (!path.subresource.isEmpty()) {
        if (kind == ResourceKind::Pod && path.subresource == QLatin1String("eviction") &&
            !m_context->evictionVersions().isEmpty()) {
            if (method == "POST")
                ApiHandlers::evictPod(m_context, request, path, connection);
            else
                connection->respond(methodNotAllowed());
            return;
        }
        connection->respond(Http::error(404, NotFoundMessage));
        return;
    }
    if (method == "GET") {
        const bool watch = path.watchPrefix || isTrue(request.queryValue(QStringLiteral("watch")));
        if (watch)
            startWatch(m_context, request, path, connection);
        else if (path.name.isEmpty())
            serveList(m_context, request, path, connection);
        else
            ApiHandlers::get(m_context, request, path, connection);
        return;
    }
    if (path.name.isEmpty()) {
        connection->respond(methodNotAllowed());
        return;
    }
    if (kind == ResourceKind::Node && method == "PATCH")
        ApiHandlers::patchNode(m_context, request, path, connection);
    else if (kind == ResourceKind::Node && method == "PUT")
        ApiHandlers::updateNode(m_context, request, path, connection);
    else if (kind == ResourceKind::Pod && method == "DELETE")
        ApiHandlers::deletePod(m_context, request, path, connection);
    else
        connection->respond(methodNotAllowed());
}

} // namespace Slipway
