#include "sim/apiserver/apiserverevents.h"

#include "sim/apiserver/apiserverconnection.h"
#include "sim/apiserver/apiservercontext.h"
#include "sim/apiserver/apiserverlist.h"
#include "sim/apiserver/apiserverselector.h"
#include "sim/apiserver/apiservertable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>

namespace Slipway::ApiEvents {

namespace {

constexpr qint64 DefaultWatchSeconds = 1800; // kube-apiserver's --min-request-timeout

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString microTime(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z"));
}

std::optional<QString> fieldValue(const SimEvent &e, const QString &field)
{
    // pkg/registry/core/event/strategy.go ToSelectableFields.
    static const QStringList supported{QStringLiteral("metadata.name"),
                                       QStringLiteral("metadata.namespace"),
                                       QStringLiteral("involvedObject.kind"),
                                       QStringLiteral("involvedObject.namespace"),
                                       QStringLiteral("involvedObject.name"),
                                       QStringLiteral("involvedObject.uid"),
                                       QStringLiteral("involvedObject.apiVersion"),
                                       QStringLiteral("involvedObject.resourceVersion"),
                                       QStringLiteral("involvedObject.fieldPath"),
                                       QStringLiteral("reason"),
                                       QStringLiteral("reportingComponent"),
                                       QStringLiteral("source"),
                                       QStringLiteral("type")};
    const QList<QString> values{e.name,
                                e.namespaceName,
                                e.kind,
                                e.objectNamespace,
                                e.objectName,
                                e.objectUid,
                                e.apiVersion,
                                QString(),
                                e.fieldPath,
                                e.reason,
                                e.reportingComponent,
                                e.sourceComponent,
                                e.type};
    const qsizetype i = supported.indexOf(field);
    if (i < 0)
        return std::nullopt;
    return values.at(i);
}

// Splits at unescaped `separator` and unescapes \\, \, and \= (fields.EscapeValue).
QStringList splitEscaped(const QString &text, QChar separator)
{
    QStringList out{QString()};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            out.last() += text.at(++i);
        } else if (c == separator) {
            out.append(QString());
        } else {
            out.last() += c;
        }
    }
    return out;
}

QJsonObject column(const char *name, const char *description, int priority = 0, const char *format = "")
{
    return {{QLatin1String("name"), QLatin1String(name)},
            {QLatin1String("type"), QStringLiteral("string")},
            {QLatin1String("format"), QLatin1String(format)},
            {QLatin1String("description"), QLatin1String(description)},
            {QLatin1String("priority"), priority}};
}

// pkg/printers/internalversion eventColumnDefinitions (the server always prints wide; kubectl
// hides the priority-1 columns without -o wide).
QJsonArray columns()
{
    return {column("Last Seen", "The time at which the most recent occurrence of this event was recorded."),
            column("Type", "Type of this event (Normal, Warning), new types could be added in the future"),
            column("Reason", "This should be a short, machine understandable string that gives the reason "
                             "for the transition into the object's current status."),
            column("Object", "The object that this event is about."),
            column("Subobject",
                   "If referring to a piece of an object instead of an entire object, this "
                   "string should contain a valid JSON/Go field access statement.",
                   1),
            column("Source",
                   "The component reporting this event. Should be a short machine understandable "
                   "string.",
                   1),
            column("Message", "A human-readable description of the status of this operation."),
            column("First Seen", "The time at which the event was first recorded.", 1),
            column("Count", "The number of times this event has occurred.", 1),
            column("Name", "Name must be unique within a namespace.", 1, "name")};
}

QString since(const QDateTime &t, const QDateTime &now)
{
    return t.isValid() ? ApiTable::humanDuration(t.secsTo(now)) : QStringLiteral("<unknown>");
}

QJsonArray cells(const SimEvent &e, const QDateTime &now)
{
    const QString first =
        since(e.firstTimestamp.isValid() ? e.firstTimestamp : e.eventTime.value_or(QDateTime()), now);
    const QString last = e.lastTimestamp.isValid() ? since(e.lastTimestamp, now) : first;
    // formatEventSource: source.component (and host), else reportingController (and instance).
    QString source = e.sourceComponent.isEmpty() ? e.reportingComponent : e.sourceComponent;
    const QString host = e.sourceComponent.isEmpty() ? QString() : e.sourceHost;
    if (!host.isEmpty())
        source += QStringLiteral(", ") + host;
    const QString target =
        e.objectName.isEmpty() ? e.kind.toLower() : e.kind.toLower() + QLatin1Char('/') + e.objectName;
    return {last, e.type, e.reason, target, e.fieldPath, source, e.message.trimmed(), first, e.count, e.name};
}

QJsonObject row(const SimEvent &e, const QDateTime &now, ApiTable::IncludeObject include)
{
    QJsonObject r{{QLatin1String("cells"), cells(e, now)}};
    const QJsonObject encoded = encode(e);
    if (include == ApiTable::IncludeObject::Object)
        r.insert(QLatin1String("object"), encoded);
    else if (include == ApiTable::IncludeObject::Metadata)
        r.insert(QLatin1String("object"),
                 QJsonObject{{QLatin1String("kind"), QStringLiteral("PartialObjectMetadata")},
                             {QLatin1String("apiVersion"), QStringLiteral("meta.k8s.io/v1")},
                             {QLatin1String("metadata"), encoded.value(QLatin1String("metadata"))}});
    return r;
}

struct Query
{
    LabelSelector labels;
    FieldFilter fields;
    Http::Negotiated negotiated;
    ApiTable::IncludeObject include = ApiTable::IncludeObject::Metadata;
    qint64 limit = 0;
    QString continueToken;
    QString resourceVersion;
    qint64 timeoutSeconds = 0;

    bool matches(const SimEvent &e) const
    {
        return (labels.isEmpty() || labels.matches({})) && fields.matches(e);
    }
};

std::optional<Query> parseQuery(const HttpRequest &request, HttpResponse *error)
{
    Query q;
    if (const QString text = request.queryValue(QStringLiteral("labelSelector")); !text.isEmpty()) {
        const auto labels = LabelSelector::parse(text);
        if (!labels.ok()) {
            *error = Http::error(400, labels.errorText());
            return std::nullopt;
        }
        q.labels = *labels;
    }
    const auto fields = FieldFilter::parse(request.queryValue(QStringLiteral("fieldSelector")));
    if (!fields.ok()) {
        *error = Http::error(400, fields.errorText());
        return std::nullopt;
    }
    q.fields = *fields;
    q.negotiated = Http::negotiate(request.header(QByteArrayLiteral("accept")), true);
    if (q.negotiated.representation == Http::Representation::Unsupported) {
        *error =
            Http::error(406, QStringLiteral("only the following media types are accepted: application/json, "
                                            "application/json;as=Table;v=v1;g=meta.k8s.io"));
        return std::nullopt;
    }
    const QString include = request.queryValue(QStringLiteral("includeObject"));
    q.include = include == QLatin1String("None")     ? ApiTable::IncludeObject::None
                : include == QLatin1String("Object") ? ApiTable::IncludeObject::Object
                                                     : ApiTable::IncludeObject::Metadata;
    q.limit = qMax<qint64>(0, request.queryValue(QStringLiteral("limit")).toLongLong());
    q.continueToken = request.queryValue(QStringLiteral("continue"));
    q.resourceVersion = request.queryValue(QStringLiteral("resourceVersion"));
    q.timeoutSeconds = request.queryValue(QStringLiteral("timeoutSeconds")).toLongLong();
    return q;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void serveList(ApiServerContext *context, const Query &q, const QString &namespaceName,
               ApiConnection *connection)
{
    EventRecorder *recorder = context->simulator()->events();
    QString startAfter;
    if (!q.continueToken.isEmpty()) {
        quint64 rv = 0;
        if (!decodeContinueToken(q.continueToken, &rv, &startAfter)) {
            connection->respond(
                Http::error(400, QStringLiteral("continue key is not valid: incorrect encoded "
                                                "start resourceVersion (version meta.k8s.io/v1)")));
            return;
        }
    }
    const quint64 rv = recorder->resourceVersion();
    QList<SimEvent> selected;
    QString continueToken;
    for (const SimEvent &e : recorder->list(namespaceName)) {
        if ((!startAfter.isEmpty() && e.key() <= startAfter) || !q.matches(e))
            continue;
        if (q.limit > 0 && selected.size() == q.limit) {
            continueToken = encodeContinueToken(qMax<quint64>(rv, 1), selected.last().key());
            break;
        }
        selected.append(e);
    }
    QJsonObject metadata{{QLatin1String("resourceVersion"), QString::number(rv)}};
    if (!continueToken.isEmpty())
        metadata.insert(QLatin1String("continue"), continueToken);
    const QDateTime now = context->now();
    if (q.negotiated.representation == Http::Representation::Table) {
        QJsonArray rows;
        for (const SimEvent &e : std::as_const(selected))
            rows.append(row(e, now, q.include));
        connection->respond(Http::jsonResponse(
            200, ApiTable::table(q.negotiated.tableApiVersion, columns(), rows, metadata)));
        return;
    }
    QJsonArray items;
    for (const SimEvent &e : std::as_const(selected))
        items.append(encode(e));
    connection->respond(Http::jsonResponse(200, {{QLatin1String("kind"), QStringLiteral("EventList")},
                                                 {QLatin1String("apiVersion"), QStringLiteral("v1")},
                                                 {QLatin1String("metadata"), metadata},
                                                 {QLatin1String("items"), items}}));
}

QByteArray typeName(WatchEventType type)
{
    switch (type) {
    case WatchEventType::Added:
        return QByteArrayLiteral("ADDED");
    case WatchEventType::Modified:
        return QByteArrayLiteral("MODIFIED");
    case WatchEventType::Deleted:
        return QByteArrayLiteral("DELETED");
    }
    return {};
}

// A watch on events: a chunked stream of {"type","object"} lines until timeoutSeconds or the
// client leaves. Events are small and their store is bounded, so no pacing is needed.
class EventWatch : public QObject
{
public:
    EventWatch(ApiServerContext *context, ApiConnection *connection, Query query, QString namespaceName)
        : QObject(connection)
        , m_context(context)
        , m_connection(connection)
        , m_query(std::move(query))
        , m_namespace(std::move(namespaceName))
    {}

    bool start()
    {
        EventRecorder *recorder = m_context->simulator()->events();
        QList<SimEventChange> initial;
        const QString rv = m_query.resourceVersion;
        if (rv.isEmpty() || rv == QLatin1String("0")) {
            for (const SimEvent &e : recorder->list(m_namespace))
                initial.append({WatchEventType::Added, e});
        } else {
            const auto changes = recorder->changesSince(rv.toULongLong());
            if (!changes)
                return false;
            initial = *changes;
        }
        m_connection->beginStream(200, QByteArrayLiteral("application/json"));
        for (const SimEventChange &c : std::as_const(initial))
            send(c);
        connect(recorder, &EventRecorder::changed, this, &EventWatch::send);
        const qint64 seconds = m_query.timeoutSeconds > 0 ? m_query.timeoutSeconds : DefaultWatchSeconds;
        QTimer::singleShot(std::chrono::seconds(seconds), this, [this] {
            if (m_connection && m_connection->isStreaming())
                m_connection->endStream();
            deleteLater();
        });
        return true;
    }

private:
    void send(const SimEventChange &change)
    {
        const SimEvent &e = change.event;
        if (!m_connection || !m_connection->isStreaming() ||
            (!m_namespace.isEmpty() && e.namespaceName != m_namespace) || !m_query.matches(e))
            return;
        QJsonObject object;
        if (m_query.negotiated.representation == Http::Representation::Table) {
            object =
                ApiTable::table(m_query.negotiated.tableApiVersion, m_firstTable ? columns() : QJsonArray(),
                                QJsonArray{row(e, m_context->now(), m_query.include)},
                                {{QLatin1String("resourceVersion"), QString::number(e.resourceVersion)}});
            m_firstTable = false;
        } else {
            object = encode(e);
        }
        m_connection->writeChunk("{\"type\":\"" + typeName(change.type) + "\",\"object\":" + compact(object) +
                                 "}\n");
    }

    ApiServerContext *m_context;
    QPointer<ApiConnection> m_connection;
    Query m_query;
    QString m_namespace;
    bool m_firstTable = true;
};

} // namespace

Result<FieldFilter> FieldFilter::parse(const QString &text)
{
    FieldFilter filter;
    if (text.trimmed().isEmpty())
        return filter;
    // Operators are found before unescaping, so split each term on its raw text first.
    for (const QString &rawTerm : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Term term;
        qsizetype at = rawTerm.indexOf(QLatin1String("!="));
        qsizetype width = 2;
        term.equals = at < 0;
        if (at < 0) {
            at = rawTerm.indexOf(QLatin1String("=="));
            if (at < 0) {
                at = rawTerm.indexOf(QLatin1Char('='));
                width = 1;
            }
        }
        if (at <= 0) {
            return Result<FieldFilter>::failure(
                QStringLiteral("invalid selector: '%1'; can't understand '%2'").arg(text, rawTerm));
        }
        term.field = rawTerm.left(at).trimmed();
        term.value = splitEscaped(rawTerm.mid(at + width), QChar(0)).join(QString());
        if (!fieldValue(SimEvent(), term.field)) {
            return Result<FieldFilter>::failure(
                QStringLiteral("field label not supported: %1").arg(term.field));
        }
        filter.m_terms.append(term);
    }
    return filter;
}

bool FieldFilter::matches(const SimEvent &event) const
{
    for (const Term &t : m_terms) {
        if ((fieldValue(event, t.field).value_or(QString()) == t.value) != t.equals)
            return false;
    }
    return true;
}

QJsonObject encode(const SimEvent &e)
{
    QJsonObject involved{{QLatin1String("kind"), e.kind},
                         {QLatin1String("name"), e.objectName},
                         {QLatin1String("uid"), e.objectUid},
                         {QLatin1String("apiVersion"), e.apiVersion}};
    if (!e.objectNamespace.isEmpty())
        involved.insert(QLatin1String("namespace"), e.objectNamespace);
    if (!e.fieldPath.isEmpty())
        involved.insert(QLatin1String("fieldPath"), e.fieldPath);
    QJsonObject source;
    if (!e.sourceComponent.isEmpty())
        source.insert(QLatin1String("component"), e.sourceComponent);
    if (!e.sourceHost.isEmpty())
        source.insert(QLatin1String("host"), e.sourceHost);
    QJsonObject o{{QLatin1String("kind"), QStringLiteral("Event")},
                  {QLatin1String("apiVersion"), QStringLiteral("v1")},
                  {QLatin1String("metadata"),
                   QJsonObject{{QLatin1String("name"), e.name},
                               {QLatin1String("namespace"), e.namespaceName},
                               {QLatin1String("uid"), e.uid},
                               {QLatin1String("resourceVersion"), QString::number(e.resourceVersion)},
                               {QLatin1String("creationTimestamp"), timeValue(e.creationTimestamp)}}},
                  {QLatin1String("involvedObject"), involved},
                  {QLatin1String("reason"), e.reason},
                  {QLatin1String("message"), e.message},
                  {QLatin1String("source"), source},
                  {QLatin1String("type"), e.type},
                  {QLatin1String("reportingComponent"), e.reportingComponent},
                  {QLatin1String("reportingInstance"), e.reportingInstance}};
    if (e.eventTime) {
        // Written through events.k8s.io (the scheduler): no first/last timestamps or count.
        o.insert(QLatin1String("firstTimestamp"), QJsonValue(QJsonValue::Null));
        o.insert(QLatin1String("lastTimestamp"), QJsonValue(QJsonValue::Null));
        o.insert(QLatin1String("eventTime"), microTime(*e.eventTime));
        o.insert(QLatin1String("action"), e.action);
        if (e.count > 1)
            o.insert(QLatin1String("series"),
                     QJsonObject{{QLatin1String("count"), e.count},
                                 {QLatin1String("lastObservedTime"), microTime(e.lastTimestamp)}});
    } else {
        o.insert(QLatin1String("firstTimestamp"), timeValue(e.firstTimestamp));
        o.insert(QLatin1String("lastTimestamp"), timeValue(e.lastTimestamp));
        o.insert(QLatin1String("count"), e.count);
        o.insert(QLatin1String("eventTime"), QJsonValue(QJsonValue::Null));
    }
    return o;
}

void serve(ApiServerContext *context, const HttpRequest &request, const QString &namespaceName,
           const QString &name, bool watch, ApiConnection *connection)
{
    if (request.method != "GET") {
        connection->respond(Http::statusResponse(
            405, QStringLiteral("MethodNotAllowed"),
            QStringLiteral("events are recorded by the practice cluster itself; the practice API server "
                           "does not accept %1 on events")
                .arg(QString::fromLatin1(request.method))));
        return;
    }
    HttpResponse error;
    auto query = parseQuery(request, &error);
    if (!query) {
        connection->respond(error);
        return;
    }
    if (!name.isEmpty() && !watch) {
        const auto e = context->simulator()->events()->get(namespaceName, name);
        if (!e) {
            connection->respond(Http::notFound({}, QStringLiteral("events"), name));
            return;
        }
        if (query->negotiated.representation == Http::Representation::Table)
            connection->respond(Http::jsonResponse(
                200,
                ApiTable::table(query->negotiated.tableApiVersion, columns(),
                                QJsonArray{row(*e, context->now(), query->include)},
                                {{QLatin1String("resourceVersion"), QString::number(e->resourceVersion)}})));
        else
            connection->respond(Http::jsonResponse(200, encode(*e)));
        return;
    }
    if (!watch) {
        serveList(context, *query, namespaceName, connection);
        return;
    }
    auto *stream = new EventWatch(context, connection, *query, namespaceName);
    if (!stream->start()) {
        delete stream;
        const QJsonObject status = Http::status(410, QStringLiteral("Expired"),
                                                QStringLiteral("too old resource version: %1 (%2)")
                                                    .arg(query->resourceVersion)
                                                    .arg(context->simulator()->events()->resourceVersion()));
        connection->beginStream(200, QByteArrayLiteral("application/json"));
        connection->writeChunk("{\"type\":\"ERROR\",\"object\":" + compact(status) + "}\n");
        connection->endStream();
    }
}

} // namespace Slipway::ApiEvents
