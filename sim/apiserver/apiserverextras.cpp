#include "sim/apiserver/apiserverextras.h"

#include "sim/apiserver/apiserverconnection.h"
#include "sim/apiserver/apiservercontext.h"
#include "sim/apiserver/apiservercreate.h"
#include "sim/apiserver/apiserverevents.h"
#include "sim/apiserver/apiserveropenapi.h"
#include "sim/apiserver/apiserverservices.h"

#include <QJsonObject>

namespace Slipway::ApiExtras {

namespace {

bool isTrue(const QString &value)
{
    return value == QLatin1String("true") || value == QLatin1String("1");
}

QJsonObject resource(const char *name, const char *singular, bool namespaced, const char *kind,
                     const QStringList &verbs, const QStringList &shortNames = {}, const QString &group = {},
                     const QString &version = {})
{
    QJsonObject r{{QLatin1String("name"), QLatin1String(name)},
                  {QLatin1String("singularName"), QLatin1String(singular)},
                  {QLatin1String("namespaced"), namespaced},
                  {QLatin1String("kind"), QLatin1String(kind)},
                  {QLatin1String("verbs"), QJsonArray::fromStringList(verbs)}};
    if (!shortNames.isEmpty())
        r.insert(QLatin1String("shortNames"), QJsonArray::fromStringList(shortNames));
    if (!group.isEmpty()) {
        r.insert(QLatin1String("group"), group);
        r.insert(QLatin1String("version"), version);
    }
    return r;
}

// /api/v1[/watch][/namespaces/NS]/events[/NAME]
bool routeEvents(ApiServerContext *context, const HttpRequest &request, QStringList rest,
                 ApiConnection *connection)
{
    bool watch = false;
    if (rest.value(0) == QLatin1String("watch")) {
        watch = true;
        rest.removeFirst();
    }
    QString ns;
    if (rest.value(0) == QLatin1String("namespaces") && rest.size() >= 3) {
        ns = rest.at(1);
        rest = rest.mid(2);
    }
    if (rest.value(0) != QLatin1String("events") || rest.size() > 2)
        return false;
    watch = watch || isTrue(request.queryValue(QStringLiteral("watch")));
    ApiEvents::serve(context, request, ns, rest.value(1), watch, connection);
    return true;
}

HttpResponse unsupported(int code, const QString &message)
{
    return Http::statusResponse(code, Http::reasonForCode(code), message);
}

// Subresources that need a container runtime or a network the simulator does not have.
std::optional<HttpResponse> unsupportedSubresource(const QString &resource, const QString &subresource)
{
    static const QHash<QString, QString> what{
        {QStringLiteral("log"), QStringLiteral("logs")},
        {QStringLiteral("exec"), QStringLiteral("exec")},
        {QStringLiteral("attach"), QStringLiteral("attach")},
        {QStringLiteral("portforward"), QStringLiteral("port-forward")},
        {QStringLiteral("proxy"), QStringLiteral("proxy")},
    };
    if (!what.contains(subresource) ||
        (resource != QLatin1String("pods") && subresource != QLatin1String("proxy")))
        return std::nullopt;
    return unsupported(405, QStringLiteral("%1 is not supported by Slipway's practice cluster: it simulates "
                                           "nodes and pods but runs no containers or network.")
                                .arg(what.value(subresource)));
}

std::optional<WorkloadKind> scalableKind(const QString &resource)
{
    if (resource == QLatin1String("deployments"))
        return WorkloadKind::Deployment;
    if (resource == QLatin1String("replicasets"))
        return WorkloadKind::ReplicaSet;
    if (resource == QLatin1String("statefulsets"))
        return WorkloadKind::StatefulSet;
    return std::nullopt;
}

// /api/v1/namespaces/NS/pods (POST), …/pods/NAME/<log|exec|…>, …/services/NAME/proxy
bool routeCore(ApiServerContext *context, const HttpRequest &request, const QStringList &rest,
               ApiConnection *connection)
{
    if (rest.value(0) != QLatin1String("namespaces") || rest.size() < 3) {
        if (rest.value(0) == QLatin1String("nodes") && rest.value(2) == QLatin1String("proxy")) {
            connection->respond(*unsupportedSubresource(QStringLiteral("nodes"), QStringLiteral("proxy")));
            return true;
        }
        return false;
    }
    const QString &ns = rest.at(1);
    const QString &resource = rest.at(2);
    if (resource == QLatin1String("pods") && rest.size() == 3 && request.method == "POST") {
        ApiCreate::createPod(context, request, ns, connection);
        return true;
    }
    if (rest.size() >= 5) {
        if (const auto answer = unsupportedSubresource(resource, rest.at(4))) {
            connection->respond(*answer);
            return true;
        }
    }
    return false;
}

// /apis/apps/v1/namespaces/NS/<deployments|replicasets|statefulsets> (POST) and …/NAME/scale
bool routeApps(ApiServerContext *context, const HttpRequest &request, const QStringList &rest,
               ApiConnection *connection)
{
    if (rest.value(0) != QLatin1String("namespaces") || rest.size() < 3)
        return false;
    const auto kind = scalableKind(rest.at(2));
    if (!kind)
        return false;
    if (rest.size() == 3 && request.method == "POST") {
        ApiCreate::createWorkload(context, request, *kind, rest.at(1), connection);
        return true;
    }
    if (rest.size() == 5 && rest.at(4) == QLatin1String("scale")) {
        ApiCreate::scale(context, request, *kind, rest.at(1), rest.at(3), connection);
        return true;
    }
    return false;
}

} // namespace

bool route(ApiServerContext *context, const HttpRequest &request, const QStringList &segments,
           ApiConnection *connection)
{
    const QString first = segments.value(0);
    if (first == QLatin1String("openapi")) {
        connection->respond(request.method == "GET"
                                ? ApiOpenApi::serve(segments)
                                : unsupported(405, QStringLiteral("OpenAPI documents are read-only.")));
        return true;
    }
    if (first == QLatin1String("apis") && segments.value(1).startsWith(QLatin1String("metrics.k8s.io"))) {
        connection->respond(unsupported(404, QStringLiteral("metrics are not available: the practice cluster "
                                                            "has no metrics-server (kubectl top is not "
                                                            "supported).")));
        return true;
    }
    if (first == QLatin1String("api") && segments.value(1) == QLatin1String("v1")) {
        const QStringList rest = segments.mid(2);
        return routeEvents(context, request, rest, connection) ||
               ApiServices::route(context, request, rest, connection) ||
               routeCore(context, request, rest, connection);
    }
    if (first == QLatin1String("apis") && segments.value(1) == QLatin1String("apps") &&
        segments.value(2) == QLatin1String("v1"))
        return routeApps(context, request, segments.mid(3), connection);
    return false;
}

QJsonArray discoveryResources(const QString &group, const QString &version)
{
    const QStringList scaleVerbs{QStringLiteral("get"), QStringLiteral("patch"), QStringLiteral("update")};
    if (group.isEmpty() && version == QLatin1String("v1"))
        return {resource("events", "event", true, "Event",
                         {QStringLiteral("create"), QStringLiteral("delete"),
                          QStringLiteral("deletecollection"), QStringLiteral("get"), QStringLiteral("list"),
                          QStringLiteral("patch"), QStringLiteral("update"), QStringLiteral("watch")},
                         {QStringLiteral("ev")}),
                resource("services", "service", true, "Service",
                         {QStringLiteral("get"), QStringLiteral("list"), QStringLiteral("watch")},
                         {QStringLiteral("svc")})};
    if (group == QLatin1String("apps") && version == QLatin1String("v1"))
        // kubectl scale finds the Scale kind through these (scale.NewDiscoveryScaleKindResolver).
        return {resource("deployments/scale", "", true, "Scale", scaleVerbs, {},
                         QStringLiteral("autoscaling"), QStringLiteral("v1")),
                resource("replicasets/scale", "", true, "Scale", scaleVerbs, {},
                         QStringLiteral("autoscaling"), QStringLiteral("v1")),
                resource("statefulsets/scale", "", true, "Scale", scaleVerbs, {},
                         QStringLiteral("autoscaling"), QStringLiteral("v1"))};
    return {};
}

} // namespace Slipway::ApiExtras
