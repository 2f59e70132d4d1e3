#pragma once

#include "sim/apiserver/apiserverhttp.h"
#include "sim/apiserver/apiserverselector.h"
#include "sim/apiserver/apiservertable.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace Slipway {

class ApiConnection;
class ApiServerContext;
struct ListSnapshot;
struct ResourcePath;
struct ResourceType;

// The query parameters of list and watch requests (metav1.ListOptions), validated.
struct ListOptions
{
    LabelSelector labelSelector;
    FieldSelector fieldSelector;
    qint64 limit = 0;
    QString continueToken;
    QString resourceVersion;
    qint64 timeoutSeconds = 0;
    bool allowWatchBookmarks = false;
    bool sendInitialEvents = false;
    Http::Negotiated negotiated;
    ApiTable::IncludeObject includeObject = ApiTable::IncludeObject::Metadata;

    bool matches(const StoredObject &object) const;
};

// Parses and validates; on failure `error` holds the 400/406 Status answer.
std::optional<ListOptions> parseListOptions(const HttpRequest &request, const ResourcePath &path,
                                            HttpResponse *error);

// Continue tokens look like the API server's (base64url of {"v":"meta.k8s.io/v1","rv":N,"start":key+"\0"}).
QString encodeContinueToken(quint64 resourceVersion, const QString &lastKey);
bool decodeContinueToken(const QString &token, quint64 *resourceVersion, QString *startAfterKey);

// GET of a collection: JSON list or Table, paginated with limit/continue, written item by item
// (never one huge QJsonDocument) and, when large, as a chunked stream that follows the client's
// pace and yields to other connections between slices.
void serveList(ApiServerContext *context, const HttpRequest &request, const ResourcePath &path,
               ApiConnection *connection);

class ListStream : public QObject
{
    Q_OBJECT
public:
    ListStream(ApiServerContext *context, ApiConnection *connection,
               std::shared_ptr<const ListSnapshot> snapshot, std::vector<qsizetype> selection,
               ListOptions options, QByteArray head, QByteArray tail);
    void start();

private:
    void pump();
    QByteArray encodeItem(qsizetype index) const;

    ApiServerContext *m_context;
    QPointer<ApiConnection> m_connection;
    std::shared_ptr<const ListSnapshot> m_snapshot;
    std::vector<qsizetype> m_selection;
    ListOptions m_options;
    QByteArray m_head;
    QByteArray m_tail;
    QDateTime m_now;
    size_t m_next = 0;
    bool m_pumpScheduled = false;
};

// Encodes one object for a list or watch event in the negotiated representation (JSON object,
// or a Table row).
QByteArray encodeListItem(const ApiServerContext &context, const StoredObject &object,
                          const ListOptions &options, const QDateTime &now);

} // namespace Slipway
