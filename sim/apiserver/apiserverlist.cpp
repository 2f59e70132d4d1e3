#include "sim/apiserver/apiserverlist.h"

#include "sim/apiserver/apiserverconnection.h"
#include "sim/apiserver/apiservercontext.h"
#include "sim/apiserver/apiserverrouter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace Slipway {

namespace {

// Small lists go out in one response with a Content-Length; bigger ones are streamed.
constexpr size_t StreamThreshold = 100;
constexpr qsizetype SliceBytes = 64 * 1024;
constexpr qint64 SliceMs = 5;

QByteArray compact(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

bool parseBool(const HttpRequest &request, const QString &name, bool *value, HttpResponse *error)
{
    if (!request.hasQuery(name))
        return true;
    const QString text = request.queryValue(name);
    if (text == QLatin1String("true") || text == QLatin1String("1") || text.isEmpty()) {
        *value = true;
    } else if (text == QLatin1String("false") || text == QLatin1String("0")) {
        *value = false;
    } else {
        *error = Http::error(
            400, QStringLiteral("%1: Invalid value: \"%2\": must be true or false").arg(name, text));
        return false;
    }
    return true;
}

bool parseCount(const HttpRequest &request, const QString &name, qint64 *value, HttpResponse *error)
{
    if (!request.hasQuery(name) || request.queryValue(name).isEmpty())
        return true;
    bool ok = false;
    *value = request.queryValue(name).toLongLong(&ok);
    if (!ok || *value < 0) {
        *error = Http::error(400, QStringLiteral("%1: Invalid value: \"%2\": must be a non-negative integer")
                                      .arg(name, request.queryValue(name)));
        return false;
    }
    return true;
}

} // namespace

bool ListOptions::matches(const StoredObject &object) const
{
    return (labelSelector.isEmpty() || labelSelector.matches(objectLabels(object))) &&
           (fieldSelector.isEmpty() || fieldSelector.matches(object));
}

std::optional<ListOptions> parseListOptions(const HttpRequest &request, const ResourcePath &path,
                                            HttpResponse *error)
{
    ListOptions o;
    if (const QString text = request.queryValue(QStringLiteral("labelSelector")); !text.isEmpty()) {
        const auto selector = LabelSelector::parse(text);
        if (!selector.ok()) {
            *error = Http::error(400, selector.errorText());
            return std::nullopt;
        }
        o.labelSelector = *selector;
    }
    QString fields = request.queryValue(QStringLiteral("fieldSelector"));
    if (path.watchPrefix && !path.name.isEmpty()) // the deprecated /watch/<resource>/<name> form
        fields = QStringLiteral("metadata.name=") + path.name +
                 (fields.isEmpty() ? QString() : QLatin1Char(',') + fields);
    if (!fields.isEmpty()) {
        const auto selector = FieldSelector::parse(fields, path.type->kind);
        if (!selector.ok()) {
            *error = Http::error(400, selector.errorText());
            return std::nullopt;
        }
        o.fieldSelector = *selector;
    }
    if (!parseCount(request, QStringLiteral("limit"), &o.limit, error) ||
        !parseCount(request, QStringLiteral("timeoutSeconds"), &o.timeoutSeconds, error) ||
        !parseBool(request, QStringLiteral("allowWatchBookmarks"), &o.allowWatchBookmarks, error) ||
        !parseBool(request, QStringLiteral("sendInitialEvents"), &o.sendInitialEvents, error))
        return std::nullopt;
    o.continueToken = request.queryValue(QStringLiteral("continue"));
    o.resourceVersion = request.queryValue(QStringLiteral("resourceVersion"));
    if (!o.resourceVersion.isEmpty()) {
        bool ok = false;
        o.resourceVersion.toULongLong(&ok);
        if (!ok) {
            *error = Http::error(
                400, QStringLiteral("resourceVersion: Invalid value: \"%1\": must be a non-negative integer")
                         .arg(o.resourceVersion));
            return std::nullopt;
        }
    }
    if (!o.continueToken.isEmpty() && !o.resourceVersion.isEmpty() &&
        o.resourceVersion != QLatin1String("0")) {
        *error = Http::error(
            400, QStringLiteral("specifying resource version is not allowed when using continue"));
        return std::nullopt;
    }
    const QString include = request.queryValue(QStringLiteral("includeObject"));
    if (include == QLatin1String("None")) {
        o.includeObject = ApiTable::IncludeObject::None;
    } else if (include == QLatin1String("Object")) {
        o.includeObject = ApiTable::IncludeObject::Object;
    } else if (!include.isEmpty() && include != QLatin1String("Metadata")) {
        *error = Http::error(
            400, QStringLiteral("includeObject: Unsupported value: \"%1\": supported values: \"None\", "
                                "\"Metadata\", \"Object\"")
                     .arg(include));
        return std::nullopt;
    }
    o.negotiated = Http::negotiate(request.header(QByteArrayLiteral("accept")), true);
    if (o.negotiated.representation == Http::Representation::Unsupported) {
        *error =
            Http::error(406, QStringLiteral("only the following media types are accepted: application/json, "
                                            "application/json;as=Table;v=v1;g=meta.k8s.io"));
        return std::nullopt;
    }
    return o;
}

QString encodeContinueToken(quint64 resourceVersion, const QString &lastKey)
{
    const QJsonObject token{{QLatin1String("v"), QStringLiteral("meta.k8s.io/v1")},
                            {QLatin1String("rv"), qint64(resourceVersion)},
                            {QLatin1String("start"), QString(lastKey + QChar(0))}};
    return QString::fromLatin1(
        compact(token).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeContinueToken(const QString &token, quint64 *resourceVersion, QString *startAfterKey)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &parseError);
    const QJsonObject o = doc.object();
    const qint64 rv = o.value(QLatin1String("rv")).toInteger(-1);
    QString start = o.value(QLatin1String("start")).toString();
    if (parseError.error != QJsonParseError::NoError ||
        o.value(QLatin1String("v")).toString() != QLatin1String("meta.k8s.io/v1") || rv <= 0 ||
        !start.endsWith(QChar(0)))
        return false;
    start.chop(1);
    *resourceVersion = quint64(rv);
    *startAfterKey = start;
    return true;
}

QByteArray encodeListItem(const ApiServerContext &context, const StoredObject &object,
                          const ListOptions &options, const QDateTime &now)
{
    if (options.negotiated.representation != Http::Representation::Table) {
        if (object.kind == ResourceKind::Pod) { // the big lists; a pod's JSON does not depend on `now`
            return context.jsonCache().json(object, context.hostIP(object.pod.nodeName),
                                            [&] { return compact(context.encode(object, now)); });
        }
        return compact(context.encode(object, now));
    }
    const QJsonObject encoded =
        options.includeObject == ApiTable::IncludeObject::None ? QJsonObject() : context.encode(object, now);
    return compact(ApiTable::row(object, encoded, context, now, options.includeObject));
}

void serveList(ApiServerContext *context, const HttpRequest &request, const ResourcePath &path,
               ApiConnection *connection)
{
    HttpResponse error;
    const auto options = parseListOptions(request, path, &error);
    if (!options) {
        connection->respond(error);
        return;
    }
    const ResourceKind kind = path.type->kind;
    std::shared_ptr<const ListSnapshot> snapshot;
    qsizetype start = 0;
    if (!options->continueToken.isEmpty()) {
        quint64 rv = 0;
        QString after;
        if (!decodeContinueToken(options->continueToken, &rv, &after)) {
            connection->respond(
                Http::error(400, QStringLiteral("continue key is not valid: the token is not one this "
                                                "server issued; start a new list without it")));
            return;
        }
        snapshot = context->snapshotAt(kind, path.namespaceName, rv);
        if (!snapshot) {
            if (!context->simulator()->eventsSince(rv)) {
                connection->respond(Http::error(
                    410,
                    QStringLiteral(
                        "The provided continue parameter is too old to display a consistent list result. "
                        "You can start a new list without the continue parameter.")));
                return;
            }
            // Still in the history but no longer cached: continue over the current state, like an
            // inconsistent continuation of kube-apiserver.
            snapshot = context->snapshot(kind, path.namespaceName);
        }
        start = snapshot->indexAfter(after);
    } else {
        snapshot = context->snapshot(kind, path.namespaceName);
    }

    std::vector<qsizetype> selection;
    qsizetype lastScanned = snapshot->items.size() - 1;
    const bool filtered = !options->labelSelector.isEmpty() || !options->fieldSelector.isEmpty();
    for (qsizetype i = start; i < snapshot->items.size(); ++i) {
        if (options->matches(snapshot->items.at(i)))
            selection.push_back(i);
        if (options->limit > 0 && qint64(selection.size()) == options->limit) {
            lastScanned = i;
            break;
        }
    }
    QJsonObject metadata{{QLatin1String("resourceVersion"), QString::number(snapshot->resourceVersion)}};
    if (lastScanned < snapshot->items.size() - 1) {
        metadata.insert(QLatin1String("continue"),
                        encodeContinueToken(snapshot->resourceVersion, snapshot->keys.at(lastScanned)));
        if (!filtered)
            metadata.insert(QLatin1String("remainingItemCount"), snapshot->items.size() - 1 - lastScanned);
    }

    QByteArray head;
    if (options->negotiated.representation == Http::Representation::Table) {
        head = "{\"kind\":\"Table\",\"apiVersion\":\"" + options->negotiated.tableApiVersion.toLatin1() +
               "\",\"metadata\":" + compact(metadata) +
               ",\"columnDefinitions\":" + compact(ApiTable::columnDefinitions(kind)) + ",\"rows\":[";
    } else {
        head = "{\"kind\":\"" + path.type->listKind().toLatin1() + "\",\"apiVersion\":\"" +
               path.type->apiVersion().toLatin1() + "\",\"metadata\":" + compact(metadata) + ",\"items\":[";
    }
    const QByteArray tail = QByteArrayLiteral("]}\n");

    if (selection.size() <= StreamThreshold) {
        const QDateTime now = context->now();
        HttpResponse response;
        response.body = head;
        for (size_t i = 0; i < selection.size(); ++i) {
            if (i > 0)
                response.body += ',';
            response.body += encodeListItem(*context, snapshot->items.at(selection[i]), *options, now);
        }
        response.body += tail;
        connection->respond(response);
        return;
    }
    auto *stream = new ListStream(context, connection, snapshot, std::move(selection), *options, head, tail);
    stream->start();
}

ListStream::ListStream(ApiServerContext *context, ApiConnection *connection,
                       std::shared_ptr<const ListSnapshot> snapshot, std::vector<qsizetype> selection,
                       ListOptions options, QByteArray head, QByteArray tail)
    : QObject(connection)
    , m_context(context)
    , m_connection(connection)
    , m_snapshot(std::move(snapshot))
    , m_selection(std::move(selection))
    , m_options(std::move(options))
    , m_head(std::move(head))
    , m_tail(std::move(tail))
    , m_now(context->now())
{
    connect(connection, &ApiConnection::drained, this, &ListStream::pump);
}

void ListStream::start()
{
    m_connection->beginStream(200, QByteArrayLiteral("application/json"));
    m_connection->writeChunk(m_head);
    pump();
}

QByteArray ListStream::encodeItem(qsizetype index) const
{
    return encodeListItem(*m_context, m_snapshot->items.at(index), m_options, m_now);
}

void ListStream::pump()
{
    m_pumpScheduled = false;
    if (!m_connection || m_connection->isClosing() || !m_connection->isStreaming()) {
        deleteLater();
        return;
    }
    if (m_connection->bufferedBytes() >= ApiConnection::HighWaterBytes)
        return; // resumed by drained()
    QByteArray chunk;
    QElapsedTimer slice;
    slice.start();
    while (m_next < m_selection.size() && chunk.size() < SliceBytes && slice.elapsed() < SliceMs) {
        if (m_next > 0)
            chunk += ',';
        chunk += encodeItem(m_selection[m_next++]);
    }
    m_connection->writeChunk(chunk);
    if (m_next == m_selection.size()) {
        m_connection->writeChunk(m_tail);
        m_connection->endStream();
        deleteLater();
        disconnect(m_connection, nullptr, this, nullptr);
        return;
    }
    // Yield to the event loop so other clients are served between slices.
    if (!m_pumpScheduled && m_connection->bufferedBytes() < ApiConnection::HighWaterBytes) {
        m_pumpScheduled = true;
        QTimer::singleShot(0, this, &ListStream::pump);
    }
}

} // namespace Slipway
