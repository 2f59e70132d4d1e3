#include "sim/apiserver/apiserverhandlers.h"

#include "sim/apiserver/apiserverconnection.h"
#include "sim/apiserver/apiservercontext.h"
#include "sim/apiserver/apiserverpatch.h"
#include "sim/apiserver/apiserverprotobuf.h"
#include "sim/apiserver/apiserverrouter.h"
#include "sim/apiserver/apiservertable.h"
#include "models/kubejson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Slipway::ApiHandlers {

namespace {

HttpResponse objectResponse(ApiServerContext *context, const HttpRequest &request, const StoredObject &object,
                            int status = 200)
{
    const QJsonObject encoded = context->encode(object);
    const Http::Negotiated negotiated = Http::negotiate(request.header(QByteArrayLiteral("accept")), true);
    if (negotiated.representation == Http::Representation::Unsupported)
        return Http::error(406,
                           QStringLiteral("only the following media types are accepted: application/json, "
                                          "application/json;as=Table;v=v1;g=meta.k8s.io"));
    if (negotiated.representation == Http::Representation::Table) {
        const QString include = request.queryValue(QStringLiteral("includeObject"));
        const ApiTable::IncludeObject mode = include == QLatin1String("None") ? ApiTable::IncludeObject::None
                                             : include == QLatin1String("Object")
                                                 ? ApiTable::IncludeObject::Object
                                                 : ApiTable::IncludeObject::Metadata;
        const QDateTime now = context->now();
        return Http::jsonResponse(
            status,
            ApiTable::table(negotiated.tableApiVersion, ApiTable::columnDefinitions(object.kind),
                            QJsonArray{ApiTable::row(object, encoded, *context, now, mode)},
                            {{QLatin1String("resourceVersion"), QString::number(object.resourceVersion)}}));
    }
    return Http::jsonResponse(status, encoded);
}

HttpResponse failure(const SimResult &result, const ResourcePath &path)
{
    QJsonObject details{{QLatin1String("name"), path.name}, {QLatin1String("kind"), path.type->resource()}};
    if (!path.group.isEmpty())
        details.insert(QLatin1String("group"), path.group);
    // Status causes: StatusCause.Type is serialized as "reason". The 429 of an eviction names the
    // budget and its numbers (FACTS §5.3).
    QJsonArray causes;
    for (const SimStatusCause &cause : result.causes)
        causes.append(
            QJsonObject{{QLatin1String("reason"), cause.type}, {QLatin1String("message"), cause.message}});
    if (causes.isEmpty() && result.httpStatus == 429)
        causes.append(QJsonObject{{QLatin1String("reason"), QStringLiteral("DisruptionBudget")},
                                  {QLatin1String("message"), result.message}});
    if (!causes.isEmpty())
        details.insert(QLatin1String("causes"), causes);
    const QString reason = result.reason.isEmpty() ? Http::reasonForCode(result.httpStatus) : result.reason;
    return Http::statusResponse(result.httpStatus, reason, result.message, details);
}

bool isDryRun(const HttpRequest &request, const QJsonObject &options)
{
    if (request.query.value(QStringLiteral("dryRun")).contains(QStringLiteral("All")))
        return true;
    return options.value(QLatin1String("dryRun")).toArray().contains(QJsonValue(QStringLiteral("All")));
}

std::optional<QJsonObject> parseBody(const HttpRequest &request, ApiConnection *connection, bool allowEmpty)
{
    if (request.body.trimmed().isEmpty() && allowEmpty)
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        connection->respond(
            Http::error(400, error.error != QJsonParseError::NoError
                                 ? QStringLiteral("the request body is not valid JSON: %1 at offset %2")
                                       .arg(error.errorString())
                                       .arg(error.offset)
                                 : QStringLiteral("the request body must be a JSON object")));
        return std::nullopt;
    }
    return doc.object();
}

// A DELETE's DeleteOptions: none, JSON, or protobuf as kubectl sends it (`kubectl drain
// --disable-eviction`).
std::optional<QJsonObject> parseDeleteOptions(const HttpRequest &request, ApiConnection *connection)
{
    const QByteArray type = request.contentType().split(';').constFirst().trimmed().toLower();
    if (request.body.isEmpty() || !ApiProtobuf::isProtobuf(type))
        return parseBody(request, connection, true);
    Result<QJsonObject> options = ApiProtobuf::decodeDeleteOptions(request.body);
    if (!options.ok()) {
        connection->respond(Http::error(400, options.errorText()));
        return std::nullopt;
    }
    return std::move(options).value();
}

// Preconditions of a DeleteOptions (also inside an Eviction): 409 Conflict when they fail.
std::optional<HttpResponse> checkPreconditions(const QJsonObject &options, const StoredObject &object)
{
    const QJsonObject pre = options.value(QLatin1String("preconditions")).toObject();
    const QString uid = pre.value(QLatin1String("uid")).toString();
    if (!uid.isEmpty() && uid != object.pod.uid)
        return Http::statusResponse(
            409, QStringLiteral("Conflict"),
            QStringLiteral("Precondition failed: UID in precondition: %1, UID in object meta: %2")
                .arg(uid, object.pod.uid));
    const QString rv = pre.value(QLatin1String("resourceVersion")).toString();
    if (!rv.isEmpty() && rv != QString::number(object.resourceVersion))
        return Http::statusResponse(409, QStringLiteral("Conflict"),
                                    QStringLiteral("Precondition failed: ResourceVersion in precondition: "
                                                   "%1, ResourceVersion in object meta: %2")
                                        .arg(rv)
                                        .arg(object.resourceVersion));
    return std::nullopt;
}

std::optional<qint64> gracePeriod(const QJsonObject &options, const HttpRequest &request)
{
    const QJsonValue fromBody = options.value(QLatin1String("gracePeriodSeconds"));
    if (fromBody.isDouble() && fromBody.toInteger(-1) >= 0)
        return fromBody.toInteger();
    bool ok = false;
    const qint64 fromQuery = request.queryValue(QStringLiteral("gracePeriodSeconds")).toLongLong(&ok);
    if (ok && fromQuery >= 0)
        return fromQuery;
    return std::nullopt; // the pod's terminationGracePeriodSeconds
}

// Validates the new state of a node (after a patch, or a PUT body) and writes what may change.
void writeNode(ApiServerContext *context, const HttpRequest &request, const ResourcePath &path,
               const StoredObject &current, const QJsonObject &desired, bool isPut, ApiConnection *connection)
{
    const QJsonObject meta = desired.value(QLatin1String("metadata")).toObject();
    const int nameError = isPut ? 400 : 422;
    if (meta.contains(QLatin1String("name")) && meta.value(QLatin1String("name")).toString() != path.name) {
        connection->respond(Http::error(
            nameError, QStringLiteral("the name of the object (%1) does not match the name on the URL (%2)")
                           .arg(meta.value(QLatin1String("name")).toString(), path.name)));
        return;
    }
    if (desired.contains(QLatin1String("kind")) &&
        desired.value(QLatin1String("kind")).toString() != QLatin1String("Node")) {
        connection->respond(Http::error(400, QStringLiteral("the object's kind must be Node, not \"%1\"")
                                                 .arg(desired.value(QLatin1String("kind")).toString())));
        return;
    }
    const QString rvText = meta.value(QLatin1String("resourceVersion")).toString();
    quint64 expected = 0;
    if (isPut && rvText.isEmpty()) {
        connection->respond(Http::statusResponse(
            422, QStringLiteral("Invalid"),
            QStringLiteral("Node \"%1\" is invalid: metadata.resourceVersion: Invalid value: "
                           "0x0: must be specified for an update")
                .arg(path.name)));
        return;
    }
    if (!rvText.isEmpty() && rvText != QString::number(current.resourceVersion)) {
        // A resourceVersion in a PUT, or one a patch sets, is an optimistic-concurrency precondition.
        bool ok = false;
        expected = rvText.toULongLong(&ok);
        if (!ok || expected == 0) {
            connection->respond(Http::error(
                400, QStringLiteral("metadata.resourceVersion: Invalid value: \"%1\"").arg(rvText)));
            return;
        }
    }
    const auto node = KubeJson::decodeNode(desired);
    if (!node.ok()) {
        connection->respond(Http::statusResponse(
            422, QStringLiteral("Invalid"),
            QStringLiteral("Node \"%1\" is invalid: %2").arg(path.name, node.errorText())));
        return;
    }
    const auto mutate = [&node](Node &n) {
        n.unschedulable = node->unschedulable;
        n.taints = node->taints;
        n.labels = node->labels;
        n.annotations = node->annotations;
    };
    if (isDryRun(request, {})) {
        if (expected != 0 && expected != current.resourceVersion) {
            connection->respond(Http::statusResponse(
                409, QStringLiteral("Conflict"),
                QStringLiteral("Operation cannot be fulfilled on nodes \"%1\": the object has "
                               "been modified; please apply your changes to the latest "
                               "version and try again")
                    .arg(path.name)));
            return;
        }
        StoredObject preview = current;
        mutate(preview.node);
        connection->respond(objectResponse(context, request, preview));
        return;
    }
    const SimResult result = context->simulator()->updateNode(path.name, mutate, expected);
    if (!result.ok()) {
        connection->respond(failure(result, path));
        return;
    }
    const auto written =
        result.object ? result.object : context->simulator()->get(ResourceKind::Node, {}, path.name);
    connection->respond(written ? objectResponse(context, request, *written)
                                : Http::notFound({}, path.type->resource(), path.name));
}

// Eviction under dryRun=All: the same decision the simulator makes, without acting on it
// (pending, finished and terminating pods bypass budgets; several budgets are a 500).
HttpResponse dryRunEviction(ApiServerContext *context, const StoredObject &pod)
{
    const Pod &p = pod.pod;
    if (p.deletionTimestamp || p.phase != PodPhase::Running)
        return Http::jsonResponse(201, Http::status(201, {}, {}));
    QList<PodDisruptionBudget> matching;
    for (const StoredObject &o :
         context->simulator()->list(ResourceKind::PodDisruptionBudget, p.namespaceName).items) {
        if (!o.pdb.selector.isEmpty() && selectorMatches(o.pdb.selector, p.labels))
            matching.append(o.pdb);
    }
    if (matching.size() > 1)
        return Http::statusResponse(
            500, QStringLiteral("InternalError"),
            QStringLiteral("This pod has more than one PodDisruptionBudget, which the eviction "
                           "subresource does not support."));
    if (matching.size() == 1 && matching.first().disruptionsAllowed <= 0)
        return Http::statusResponse(
            429, QStringLiteral("TooManyRequests"),
            QStringLiteral("Cannot evict pod as it would violate the pod's disruption budget."));
    return Http::jsonResponse(201, Http::status(201, {}, {}));
}

} // namespace

void get(ApiServerContext *context, const HttpRequest &request, const ResourcePath &path,
         ApiConnection *connection)
{
    const auto object = context->simulator()->get(path.type->kind, path.namespaceName, path.name);
    connection->respond(object ? objectResponse(context, request, *object)
                               : Http::notFound(path.group, path.type->resource(), path.name));
}

void patchNode(ApiServerContext *context, const HttpRequest &request, const ResourcePath &path,
               ApiConnection *connection)
{
    const auto type = ApiPatch::typeFromContentType(request.contentType());
    if (!type) {
        connection->respond(
            Http::error(415, QStringLiteral("the body of the request was in an unknown format - accepted "
                                            "media types include: application/json-patch+json, "
                                            "application/merge-patch+json, "
                                            "application/strategic-merge-patch+json")));
        return;
    }
    const auto current = context->simulator()->get(ResourceKind::Node, {}, path.name);
    if (!current) {
        connection->respond(Http::notFound({}, path.type->resource(), path.name));
        return;
    }
    const ApiPatch::Result patched = ApiPatch::apply(*type, context->encode(*current), request.body);
    if (!patched.ok()) {
        connection->respond(Http::error(patched.status, patched.message));
        return;
    }
    writeNode(context, request, path, *current, patched.object, false, connection);
}

void updateNode(ApiServerContext *context, const HttpRequest &request, const ResourcePath &path,
                ApiConnection *connection)
{
    const auto body = parseBody(request, connection, false);
    if (!body)
        return;
    const auto current = context->simulator()->get(ResourceKind::Node, {}, path.name);
    if (!current) {
        connection->respond(Http::notFound({}, path.type->resource(), path.name));
        return;
    }
    writeNode(context, request, path, *current, *body, true, connection);
}

void deletePod(ApiServerContext *context, const HttpRequest &request, const ResourcePath &path,
               ApiConnection *connection)
{
    const auto options = parseDeleteOptions(request, connection);
    if (!options)
        return;
    const auto pod = context->simulator()->get(ResourceKind::Pod, path.namespaceName, path.name);
    if (!pod) {
        connection->respond(Http::notFound({}, path.type->resource(), path.name));
        return;
    }
    if (const auto conflict = checkPreconditions(*options, *pod)) {
        connection->respond(*conflict);
        return;
    }
    if (isDryRun(request, *options)) {
        connection->respond(objectResponse(context, request, *pod));
        return;
    }
    const SimResult result =
        context->simulator()->deletePod(path.namespaceName, path.name, gracePeriod(*options, request));
    if (!result.ok()) {
        connection->respond(failure(result, path));
        return;
    }
    connection->respond(objectResponse(context, request, result.object ? *result.object : *pod));
}

void evictPod(ApiServerContext *context, const HttpRequest &request, const ResourcePath &path,
              ApiConnection *connection)
{
    const auto eviction = parseBody(request, connection, false);
    if (!eviction)
        return;
    const QString apiVersion = eviction->value(QLatin1String("apiVersion")).toString();
    const QString kind = eviction->value(QLatin1String("kind")).toString();
    context->evictionReceived(apiVersion);
    const QStringList served = context->evictionVersions();
    if (kind != QLatin1String("Eviction") || !apiVersion.startsWith(QLatin1String("policy/")) ||
        !served.contains(apiVersion.mid(7))) {
        QStringList names;
        for (const QString &v : served)
            names << QStringLiteral("policy/") + v;
        connection->respond(Http::error(400, QStringLiteral("the body must be an Eviction in %1, not "
                                                            "kind \"%2\" apiVersion \"%3\"")
                                                 .arg(names.join(QStringLiteral(" or ")), kind, apiVersion)));
        return;
    }
    const QJsonObject meta = eviction->value(QLatin1String("metadata")).toObject();
    if (meta.value(QLatin1String("name")).toString() != path.name) {
        connection->respond(
            Http::error(400, QStringLiteral("name in URL does not match name in Eviction object")));
        return;
    }
    const QString ns = meta.value(QLatin1String("namespace")).toString();
    if (!ns.isEmpty() && ns != path.namespaceName) {
        connection->respond(
            Http::error(400, QStringLiteral("the namespace of the provided object does not match the "
                                            "namespace sent on the request")));
        return;
    }
    const QJsonObject options = eviction->value(QLatin1String("deleteOptions")).toObject();
    const auto pod = context->simulator()->get(ResourceKind::Pod, path.namespaceName, path.name);
    if (!pod) {
        connection->respond(Http::notFound({}, path.type->resource(), path.name));
        return;
    }
    // NamespaceLifecycle admission: nothing new (an Eviction is created) in a terminating
    // namespace; kubectl drain waits or retries on this cause (FACTS §5.3).
    const auto nsObject = context->simulator()->get(ResourceKind::Namespace, {}, path.namespaceName);
    if (nsObject && nsObject->namespaceObject.terminating) {
        const QJsonObject details{
            {QLatin1String("name"), path.name},
            {QLatin1String("kind"), QStringLiteral("pods")},
            {QLatin1String("causes"),
             QJsonArray{
                 QJsonObject{{QLatin1String("reason"), QStringLiteral("NamespaceTerminating")},
                             {QLatin1String("message"),
                              QStringLiteral("namespace %1 is being terminated").arg(path.namespaceName)},
                             {QLatin1String("field"), QStringLiteral("metadata.namespace")}}}}};
        connection->respond(Http::statusResponse(
            403, QStringLiteral("Forbidden"),
            QStringLiteral(
                "pods \"%1\" is forbidden: unable to create new content in namespace %2 because it is "
                "being terminated")
                .arg(path.name, path.namespaceName),
            details));
        return;
    }
    if (const auto conflict = checkPreconditions(options, *pod)) {
        connection->respond(*conflict);
        return;
    }
    if (isDryRun(request, options)) {
        connection->respond(dryRunEviction(context, *pod));
        return;
    }
    const SimResult result =
        context->simulator()->evictPod(path.namespaceName, path.name, gracePeriod(options, request));
    if (!result.ok()) {
        connection->respond(failure(result, path));
        return;
    }
    connection->respond(Http::jsonResponse(201, Http::status(201, {}, {})));
}

} // namespace Slipway::ApiHandlers
