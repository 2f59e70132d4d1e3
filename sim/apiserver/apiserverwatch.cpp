#include "sim/apiserver/apiserverwatch.h"

#include "sim/apiserver/apiserverconnection.h"
#include "sim/apiserver/apiservercontext.h"
#include "sim/apiserver/apiserverrouter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

namespace Slipway {

namespace {

constexpr qint64 DefaultTimeoutSeconds = 1800;
constexpr int BookmarkIntervalMs = 60 * 1000;
constexpr size_t MaxQueuedEvents = 20000; // about 22 MB of StoredObjects
constexpr qsizetype SliceBytes = 64 * 1024;
constexpr qint64 SliceMs = 5;

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

QByteArray eventLine(const QByteArray &type, const QByteArray &object)
{
    return "{\"type\":\"" + type + "\",\"object\":" + object + "}\n";
}

} // namespace

void startWatch(ApiServerContext *context, const HttpRequest &request, const ResourcePath &path,
                ApiConnection *connection)
{
    HttpResponse error;
    auto options = parseListOptions(request, path, &error);
    if (!options) {
        connection->respond(error);
        return;
    }
    if (context->watchCount() >= context->maxWatches()) {
        HttpResponse busy = Http::statusResponse(
            429, QStringLiteral("TooManyRequests"),
            QStringLiteral("too many watches are open (%1, the practice server's limit); close some and "
                           "try again")
                .arg(context->maxWatches()));
        busy.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
        connection->respond(busy);
        return;
    }
    const QString rv = options->resourceVersion;
    auto *watch = new WatchStream(context, connection, path, *options);
    if (rv.isEmpty() || rv == QLatin1String("0")) {
        watch->startFromNow();
        return;
    }
    if (!watch->startAfter(rv.toULongLong())) {
        delete watch;
        // The watch cache's answer: a 200 stream with one ERROR event carrying 410 Expired.
        const QJsonObject status = Http::status(410, QStringLiteral("Expired"),
                                                QStringLiteral("too old resource version: %1 (%2)")
                                                    .arg(rv)
                                                    .arg(context->simulator()->resourceVersion()));
        connection->beginStream(200, QByteArrayLiteral("application/json"));
        connection->writeChunk(
            eventLine(QByteArrayLiteral("ERROR"), QJsonDocument(status).toJson(QJsonDocument::Compact)));
        connection->endStream();
    }
}

WatchStream::WatchStream(ApiServerContext *context, ApiConnection *connection, const ResourcePath &path,
                         ListOptions options)
    : QObject(connection)
    , m_context(context)
    , m_connection(connection)
    , m_type(path.type)
    , m_namespace(path.namespaceName)
    , m_options(std::move(options))
{
    m_context->watchStarted();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &WatchStream::finish);
    connect(&m_bookmarks, &QTimer::timeout, this, [this] {
        m_queue.push_back({QByteArrayLiteral("BOOKMARK"), StoredObject()});
        schedulePump();
    });
    connect(connection, &ApiConnection::drained, this, &WatchStream::pump);
}

WatchStream::~WatchStream()
{
    m_context->watchEnded();
}

void WatchStream::begin()
{
    m_connection->beginStream(200, QByteArrayLiteral("application/json"));
    const qint64 seconds = m_options.timeoutSeconds > 0 ? m_options.timeoutSeconds : DefaultTimeoutSeconds;
    m_timeout.start(std::chrono::seconds(seconds));
    if (m_options.allowWatchBookmarks)
        m_bookmarks.start(BookmarkIntervalMs);
    connect(m_context->simulator(), &Simulator::changed, this, &WatchStream::onChanged);
    schedulePump();
}

void WatchStream::startFromNow()
{
    m_initial = m_context->snapshot(m_type->kind, m_namespace);
    m_lastResourceVersion = m_initial->resourceVersion;
    m_seenComplete = true;
    if (!m_options.labelSelector.isEmpty() || !m_options.fieldSelector.isEmpty()) {
        // Known before the initial events are written, so changes queued behind them are classified right.
        for (const StoredObject &o : m_initial->items) {
            if (m_options.matches(o))
                m_seen.insert(storageKey(o));
        }
    }
    m_initialEndBookmark = m_options.sendInitialEvents;
    begin();
}

bool WatchStream::startAfter(quint64 resourceVersion)
{
    const auto events = m_context->simulator()->eventsSince(resourceVersion);
    if (!events)
        return false;
    m_lastResourceVersion = resourceVersion;
    for (const WatchEvent &e : *events)
        onChanged(e);
    begin();
    return true;
}

void WatchStream::onChanged(const WatchEvent &event)
{
    const StoredObject &o = event.object;
    if (o.kind != m_type->kind || (!m_namespace.isEmpty() && o.namespaceName() != m_namespace))
        return;
    offer(event.type, o);
}

void WatchStream::offer(WatchEventType type, const StoredObject &object)
{
    if (m_finished)
        return;
    const bool filtered = !m_options.labelSelector.isEmpty() || !m_options.fieldSelector.isEmpty();
    const bool matches = m_options.matches(object);
    QByteArray sendAs;
    if (!filtered) {
        sendAs = typeName(type);
    } else {
        // An object that starts or stops matching the selector is ADDED or DELETED for this
        // watcher, as the API server's filtered watches report it.
        const QString key = storageKey(object);
        const bool seen = m_seen.contains(key);
        if (type == WatchEventType::Deleted) {
            if (seen || matches)
                sendAs = typeName(type);
            m_seen.remove(key);
        } else if (matches) {
            sendAs = type == WatchEventType::Added || (!seen && m_seenComplete)
                         ? typeName(WatchEventType::Added)
                         : typeName(WatchEventType::Modified);
            m_seen.insert(key);
        } else if (seen) {
            sendAs = typeName(WatchEventType::Deleted);
            m_seen.remove(key);
        }
    }
    if (sendAs.isEmpty())
        return;
    if (m_queue.size() >= MaxQueuedEvents) {
        // The client does not keep up: drop it, as the API server drops slow watchers.
        if (m_connection)
            m_connection->abort();
        return;
    }
    m_queue.push_back({sendAs, object});
    schedulePump();
}

void WatchStream::schedulePump()
{
    if (m_pumpScheduled || m_finished)
        return;
    m_pumpScheduled = true;
    QTimer::singleShot(0, this, &WatchStream::pump);
}

QByteArray WatchStream::bookmark(quint64 resourceVersion, bool initialEventsEnd) const
{
    QJsonObject metadata{{QLatin1String("resourceVersion"), QString::number(resourceVersion)}};
    if (initialEventsEnd)
        metadata.insert(QLatin1String("annotations"),
                        QJsonObject{{QLatin1String("k8s.io/initial-events-end"), QStringLiteral("true")}});
    const QJsonObject object{{QLatin1String("kind"), QLatin1String(m_type->kindName)},
                             {QLatin1String("apiVersion"), m_type->apiVersion()},
                             {QLatin1String("metadata"), metadata}};
    return eventLine(QByteArrayLiteral("BOOKMARK"), QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray WatchStream::encode(const Pending &event)
{
    m_lastResourceVersion = qMax(m_lastResourceVersion, event.object.resourceVersion);
    const QDateTime now = m_context->now();
    if (m_options.negotiated.representation != Http::Representation::Table)
        return eventLine(event.type, encodeListItem(*m_context, event.object, m_options, now));
    const QJsonObject encoded = m_context->encode(event.object, now);
    const QJsonObject row = ApiTable::row(event.object, encoded, *m_context, now, m_options.includeObject);
    const QJsonArray columns = m_firstTable ? ApiTable::columnDefinitions(m_type->kind) : QJsonArray();
    m_firstTable = false;
    const QJsonObject table =
        ApiTable::table(m_options.negotiated.tableApiVersion, columns, QJsonArray{row},
                        {{QLatin1String("resourceVersion"), QString::number(event.object.resourceVersion)}});
    return eventLine(event.type, QJsonDocument(table).toJson(QJsonDocument::Compact));
}

void WatchStream::pump()
{
    m_pumpScheduled = false;
    if (m_finished || !m_connection || m_connection->isClosing() || !m_connection->isStreaming())
        return;
    if (m_connection->bufferedBytes() >= ApiConnection::HighWaterBytes)
        return; // resumed by drained()
    QByteArray chunk;
    QElapsedTimer slice;
    slice.start();
    auto room = [&] {
        return chunk.size() < SliceBytes && slice.elapsed() < SliceMs;
    };
    while (m_initial && room()) {
        if (m_initialNext >= m_initial->items.size()) {
            if (m_initialEndBookmark)
                chunk += bookmark(m_initial->resourceVersion, true);
            m_initial.reset();
            break;
        }
        const StoredObject &o = m_initial->items.at(m_initialNext++);
        if (m_options.matches(o))
            chunk += encode({QByteArrayLiteral("ADDED"), o});
    }
    while (!m_initial && !m_queue.empty() && room()) {
        const Pending event = std::move(m_queue.front());
        m_queue.pop_front();
        if (event.type == "BOOKMARK")
            chunk += bookmark(qMax(m_lastResourceVersion, m_context->simulator()->resourceVersion()), false);
        else
            chunk += encode(event);
    }
    m_connection->writeChunk(chunk);
    if (m_initial || !m_queue.empty())
        schedulePump();
}

void WatchStream::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_bookmarks.stop();
    disconnect(m_context->simulator(), nullptr, this, nullptr);
    if (m_connection && m_connection->isStreaming())
        m_connection->endStream();
    deleteLater();
}

} // namespace Slipway
