#include "sim/apiserver/apiservercreate.h"

#include "sim/apiserver/apiserverconnection.h"
#include "sim/apiserver/apiservercontext.h"
#include "sim/apiserver/apiserverpatch.h"
#include "sim/apiserver/apiserverprotobuf.h"
#include "models/kubejson.h"
#include "sim/engine/simstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Slipway::ApiCreate {

namespace {

QString resourceOf(WorkloadKind kind)
{
    return workloadKindName(kind).toLower() + QLatin1Char('s');
}

HttpResponse resultResponse(const SimResult &result)
{
    QJsonObject details;
    if (!result.detailsName.isEmpty())
        details.insert(QLatin1String("name"), result.detailsName);
    if (!result.detailsKind.isEmpty())
        details.insert(QLatin1String("kind"), result.detailsKind);
    const QString reason = result.reason.isEmpty() ? Http::reasonForCode(result.httpStatus) : result.reason;
    return Http::statusResponse(result.httpStatus, reason, result.message, details);
}

bool isDryRun(const HttpRequest &request)
{
    return request.query.value(QStringLiteral("dryRun")).contains(QStringLiteral("All"));
}

std::optional<QJsonObject> parseObject(const HttpRequest &request, ApiConnection *connection)
{
    const QByteArray type = request.contentType();
    if (ApiProtobuf::isProtobuf(type)) {
        Result<QJsonObject> decoded = ApiProtobuf::decodeWorkload(request.body);
        if (!decoded.ok()) {
            connection->respond(Http::error(415, decoded.errorText()));
            return std::nullopt;
        }
        return std::move(decoded).value();
    }
    if (!type.isEmpty() && type != "application/json") {
        // kube-apiserver's answer to a media type it does not decode.
        connection->respond(
            Http::error(415, QStringLiteral("the body of the request was in an unknown format - "
                                            "accepted media types include: application/json")));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        connection->respond(Http::error(400, QStringLiteral("the request body is not a JSON object: %1")
                                                 .arg(error.error != QJsonParseError::NoError
                                                          ? error.errorString()
                                                          : QStringLiteral("not an object"))));
        return std::nullopt;
    }
    return doc.object();
}

// The body's metadata.namespace must match the URL's (empty takes the URL's).
bool checkNamespace(const QJsonObject &object, const QString &namespaceName, ApiConnection *connection)
{
    const QString ns =
        object.value(QLatin1String("metadata")).toObject().value(QLatin1String("namespace")).toString();
    if (ns.isEmpty() || ns == namespaceName)
        return true;
    connection->respond(Http::error(400, QStringLiteral("the namespace of the provided object does not match "
                                                        "the namespace sent on the request")));
    return false;
}

// The API server fills metadata.namespace from the URL.
QJsonObject withNamespace(QJsonObject object, const QString &namespaceName)
{
    QJsonObject meta = object.value(QLatin1String("metadata")).toObject();
    meta.insert(QLatin1String("namespace"), namespaceName);
    object.insert(QLatin1String("metadata"), meta);
    return object;
}

HttpResponse invalid(const QString &kind, const QString &name, const QString &message)
{
    return Http::statusResponse(422, QStringLiteral("Invalid"),
                                QStringLiteral("%1 \"%2\" is invalid: %3").arg(kind, name, message));
}

QString selectorText(const LabelMap &selector)
{
    QStringList parts;
    for (auto it = selector.cbegin(); it != selector.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value());
    return parts.join(QLatin1Char(','));
}

// autoscaling/v1 Scale of a workload.
QJsonObject scaleObject(const StoredObject &object)
{
    const Workload &w = object.workload;
    return {{QLatin1String("kind"), QStringLiteral("Scale")},
            {QLatin1String("apiVersion"), QStringLiteral("autoscaling/v1")},
            {QLatin1String("metadata"),
             QJsonObject{
                 {QLatin1String("name"), w.name},
                 {QLatin1String("namespace"), w.namespaceName},
                 {QLatin1String("uid"), w.uid},
                 {QLatin1String("resourceVersion"), QString::number(object.resourceVersion)},
                 {QLatin1String("creationTimestamp"), w.creationTimestamp.toUTC().toString(Qt::ISODate)}}},
            {QLatin1String("spec"), QJsonObject{{QLatin1String("replicas"), w.replicas}}},
            {QLatin1String("status"), QJsonObject{{QLatin1String("replicas"), w.replicas},
                                                  {QLatin1String("selector"), selectorText(w.selector)}}}};
}

} // namespace

void createPod(ApiServerContext *context, const HttpRequest &request, const QString &namespaceName,
               ApiConnection *connection)
{
    const auto body = parseObject(request, connection);
    if (!body || !checkNamespace(*body, namespaceName, connection))
        return;
    auto pod = KubeJson::decodePod(withNamespace(*body, namespaceName));
    if (!pod.ok()) {
        connection->respond(Http::statusResponse(422, QStringLiteral("Invalid"), pod.errorText()));
        return;
    }
    pod->namespaceName = namespaceName;
    if (pod->containers.isEmpty()) {
        connection->respond(
            invalid(QStringLiteral("Pod"), pod->name, QStringLiteral("spec.containers: Required value")));
        return;
    }
    for (const Container &c : std::as_const(pod->containers)) {
        if (c.image.isEmpty()) {
            connection->respond(invalid(QStringLiteral("Pod"), pod->name,
                                        QStringLiteral("spec.containers[0].image: Required value")));
            return;
        }
    }
    if (isDryRun(request)) {
        StoredObject preview;
        preview.kind = ResourceKind::Pod;
        preview.pod = *pod;
        preview.pod.phase = PodPhase::Pending;
        preview.pod.ready = false;
        connection->respond(Http::jsonResponse(201, context->encode(preview)));
        return;
    }
    const SimResult result = context->simulator()->createPod(*pod);
    connection->respond(result.ok() && result.object
                            ? Http::jsonResponse(201, context->encode(*result.object))
                            : resultResponse(result));
}

void createWorkload(ApiServerContext *context, const HttpRequest &request, WorkloadKind kind,
                    const QString &namespaceName, ApiConnection *connection)
{
    const auto body = parseObject(request, connection);
    if (!body || !checkNamespace(*body, namespaceName, connection))
        return;
    auto workload = KubeJson::decodeWorkload(withNamespace(*body, namespaceName));
    if (!workload.ok()) {
        connection->respond(Http::statusResponse(422, QStringLiteral("Invalid"), workload.errorText()));
        return;
    }
    const QString kindName = workloadKindName(kind);
    if (workload->kind != kind) {
        connection->respond(Http::error(400, QStringLiteral("the object's kind must be %1, not \"%2\"")
                                                 .arg(kindName, workloadKindName(workload->kind))));
        return;
    }
    workload->namespaceName = namespaceName;
    if (workload->selector.isEmpty()) {
        connection->respond(
            invalid(kindName, workload->name, QStringLiteral("spec.selector: Required value")));
        return;
    }
    if (workload->containers.isEmpty()) {
        connection->respond(invalid(kindName, workload->name,
                                    QStringLiteral("spec.template.spec.containers: Required value")));
        return;
    }
    if (workload->replicas < 0) {
        connection->respond(
            invalid(kindName, workload->name,
                    QStringLiteral("spec.replicas: Invalid value: %1: must be greater than or "
                                   "equal to 0")
                        .arg(workload->replicas)));
        return;
    }
    if (isDryRun(request)) {
        StoredObject preview;
        preview.kind = SimStore::kindOf(kind);
        preview.workload = *workload;
        preview.workload.readyReplicas = 0;
        connection->respond(Http::jsonResponse(201, context->encode(preview)));
        return;
    }
    const SimResult result = context->simulator()->createWorkload(*workload);
    connection->respond(result.ok() && result.object
                            ? Http::jsonResponse(201, context->encode(*result.object))
                            : resultResponse(result));
}

void scale(ApiServerContext *context, const HttpRequest &request, WorkloadKind kind,
           const QString &namespaceName, const QString &name, ApiConnection *connection)
{
    Simulator *sim = context->simulator();
    const auto current = sim->get(SimStore::kindOf(kind), namespaceName, name);
    if (!current) {
        connection->respond(Http::notFound(QStringLiteral("apps"), resourceOf(kind), name));
        return;
    }
    if (request.method == "GET") {
        connection->respond(Http::jsonResponse(200, scaleObject(*current)));
        return;
    }
    QJsonObject desired;
    if (request.method == "PATCH") {
        const auto type = ApiPatch::typeFromContentType(request.contentType());
        if (!type) {
            connection->respond(
                Http::error(415, QStringLiteral("the body of the request was in an unknown format - "
                                                "accepted media types include: "
                                                "application/json-patch+json, "
                                                "application/merge-patch+json, "
                                                "application/strategic-merge-patch+json")));
            return;
        }
        const ApiPatch::Result patched = ApiPatch::apply(*type, scaleObject(*current), request.body);
        if (!patched.ok()) {
            connection->respond(Http::error(patched.status, patched.message));
            return;
        }
        desired = patched.object;
    } else if (request.method == "PUT") {
        const auto body = parseObject(request, connection);
        if (!body)
            return;
        desired = *body;
    } else {
        connection->respond(Http::error(405, QStringLiteral("the server does not allow this method on the "
                                                            "requested resource")));
        return;
    }
    const QJsonValue replicas =
        desired.value(QLatin1String("spec")).toObject().value(QLatin1String("replicas"));
    if (!replicas.isDouble() || replicas.toDouble() != double(replicas.toInteger())) {
        connection->respond(invalid(QStringLiteral("Scale.apps"), name,
                                    QStringLiteral("spec.replicas: Invalid value: must be an integer")));
        return;
    }
    const quint64 expected = request.method == "PUT" ? desired.value(QLatin1String("metadata"))
                                                           .toObject()
                                                           .value(QLatin1String("resourceVersion"))
                                                           .toString()
                                                           .toULongLong()
                                                     : 0;
    if (isDryRun(request)) {
        StoredObject preview = *current;
        preview.workload.replicas = int(replicas.toInteger());
        connection->respond(Http::jsonResponse(200, scaleObject(preview)));
        return;
    }
    const SimResult result =
        sim->scaleWorkload(kind, namespaceName, name, int(replicas.toInteger()), expected);
    if (!result.ok()) {
        connection->respond(resultResponse(result));
        return;
    }
    const auto after = sim->get(SimStore::kindOf(kind), namespaceName, name);
    connection->respond(Http::jsonResponse(200, scaleObject(after ? *after : *current)));
}

} // namespace Slipway::ApiCreate
