#pragma once

#include "sim/apiserver/apiserverlist.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <deque>
#include <memory>

namespace Slipway {

class ApiConnection;
class ApiServerContext;
struct ListSnapshot;
struct ResourcePath;
struct ResourceType;

// GET …?watch=true: a chunked stream with one JSON event per line,
// {"type":"ADDED|MODIFIED|DELETED|BOOKMARK|ERROR","object":…}.
// - no resourceVersion (or "0"): ADDED for every current object, then changes;
// - resourceVersion=N: the changes after N, or an ERROR event with a 410 Expired Status when N is
//   older than the simulator's history (what client-go's reflector expects before it re-lists);
// - labelSelector / fieldSelector: objects that stop matching arrive as DELETED;
// - timeoutSeconds ends the stream cleanly (default 30 minutes, kube-apiserver's
//   --min-request-timeout); allowWatchBookmarks sends a BOOKMARK every minute;
// - Table watches (kubectl get -w) carry one-row Tables, with column definitions only in the first.
// A client that stops reading is dropped rather than buffered without bound.
void startWatch(ApiServerContext *context, const HttpRequest &request, const ResourcePath &path,
                ApiConnection *connection);

class WatchStream : public QObject
{
    Q_OBJECT
public:
    WatchStream(ApiServerContext *context, ApiConnection *connection, const ResourcePath &path,
                ListOptions options);
    ~WatchStream() override;

    void startFromNow();
    // false: the version is too old (the caller answers with an expired event).
    bool startAfter(quint64 resourceVersion);

private:
    struct Pending
    {
        QByteArray type; // ADDED, MODIFIED, DELETED, BOOKMARK
        StoredObject object;
    };

    void begin();
    void onChanged(const WatchEvent &event);
    void offer(WatchEventType type, const StoredObject &object);
    void schedulePump();
    void pump();
    void finish();
    QByteArray encode(const Pending &event);
    QByteArray bookmark(quint64 resourceVersion, bool initialEventsEnd) const;

    ApiServerContext *m_context;
    QPointer<ApiConnection> m_connection;
    const ResourceType *m_type;
    QString m_namespace;
    ListOptions m_options;
    std::shared_ptr<const ListSnapshot> m_initial;
    qsizetype m_initialNext = 0;
    bool m_initialEndBookmark = false;
    std::deque<Pending> m_queue;
    QSet<QString> m_seen;        // keys of objects the client has as matching (selector watches)
    bool m_seenComplete = false; // m_seen holds every matching object (watch from now)
    quint64 m_lastResourceVersion = 0;
    bool m_firstTable = true;
    bool m_pumpScheduled = false;
    bool m_finished = false;
    QTimer m_timeout;
    QTimer m_bookmarks;
};

} // namespace Slipway
