#pragma once

#include "models/clusterapi.h"
#include "kube/kubeclient.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QVariant>

#include <functional>
#include <optional>

template<typename T>
class QFutureWatcher;

namespace Slipway {

// The collection endpoints Slipway reads (FACTS §7), e.g. {Pod, "/api/v1/pods", "pods", "Pod"}.
struct KubeResourceType
{
    QString path;     // "/apis/apps/v1/deployments"
    QString resource; // "deployments.apps", for messages and RBAC sentences
    QString kind;     // item kind: list items carry no kind, so it is added back
    QString apiVersion;

    static KubeResourceType nodes();
    static KubeResourceType pods();
    static KubeResourceType namespaces();
    static KubeResourceType deployments();
    static KubeResourceType replicaSets();
    static KubeResourceType statefulSets();
    static KubeResourceType daemonSets();
    static KubeResourceType jobs();
    static KubeResourceType podDisruptionBudgets();        // policy/v1
    static KubeResourceType podDisruptionBudgetsV1beta1(); // servers before 1.21
};

struct KubeListResult
{
    QList<QJsonObject> items; // with kind and apiVersion set; empty with a page decoder
    QList<QVariant> decoded;  // with a page decoder: what it returned for each page, in order
    qsizetype itemCount = 0;  // items listed (also with a page decoder)
    QString resourceVersion;  // of the list, for a watch to start from
    int pages = 0;
    ClusterError error;
    bool ok() const { return error.ok(); }
};

// One page of a list, parsed off the GUI thread.
struct KubeListPage
{
    QList<QJsonObject> items;
    QString continueToken;
    QString resourceVersion;
    QString problem; // not a list
};
KubeListPage parseListPage(const QByteArray &body, const KubeResourceType &type);

// A list's metadata (continue token, resourceVersion) read from the start of a page without
// parsing its items, so that the next page can be requested while this one is parsed. Only the
// top-level "metadata" member before "items" is looked at (where every API server writes it);
// std::nullopt when it is not there.
struct KubeListMetadata
{
    QString continueToken;
    QString resourceVersion;
};
std::optional<KubeListMetadata> scanListMetadata(const QByteArray &body);

// Turns one page's items into the caller's values on the thread pool (e.g. decoded Pods), so that
// a big list is never held as JSON. Must be thread-safe; pages are decoded one at a time, in order.
using KubeListPageDecoder = std::function<QVariant(QList<QJsonObject> &&items)>;

// Lists every object of one type: GET with limit=<pageSize>, following metadata.continue
// (FACTS §5.1 --chunk-size 500). A 410 Gone for an expired continue token starts the list over
// once. Pages are parsed on the thread pool, two at a time, and handed over in order; the next
// page is requested as soon as this one's continue token is known, so the server prepares it while
// earlier ones are parsed. At most three pages wait or are parsed ahead, so memory stays bounded
// however slow parsing is.
class KubeList : public QObject
{
    Q_OBJECT
public:
    KubeList(KubeClient *client, const KubeResourceType &type, QObject *parent = nullptr);
    ~KubeList() override;

    const KubeResourceType &type() const { return m_type; }
    // Extra query items, e.g. fieldSelector=spec.nodeName=NODE.
    void setQuery(const QUrlQuery &query) { m_query = query; }
    // Decode each page on the thread pool; the result then carries `decoded` instead of `items`.
    void setPageDecoder(KubeListPageDecoder decoder) { m_decoder = std::move(decoder); }
    void start();
    void abort();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int itemsSoFar);
    void finished(const Slipway::KubeListResult &result);

private:
    static constexpr int MaxParallelParses = 2;
    static constexpr int MaxPagesAhead = 3; // received but not handed over yet
    // A list that goes on longer is refused: kube-apiserver's scalability limit is 150,000 pods.
    static constexpr qint64 MaxListObjects = 2000000;

    struct Body
    {
        QByteArray data;
        int sequence = 0;
        bool scanned = false; // its continue token was read before parsing
    };
    // A page parsed (and decoded) on the thread pool.
    struct ParsedPage
    {
        KubeListPage page;
        QVariant decoded;
        qsizetype itemCount = 0;
        int generation = 0;
        int sequence = 0;
        bool scanned = false;
    };

    void reset();
    void requestPage(const QString &continueToken);
    void onPage(const KubeResponse &response);
    void parseNext();
    void onParsed(QFutureWatcher<ParsedPage> *watcher);
    void deliver();
    void maybeRequestNext();
    void done(const ClusterError &error);
    // Checks a page's continue token and resourceVersion as they become known: a token seen before
    // (a list that would never end), too many pages, or pages of different resourceVersions (not
    // one consistent list; listed again once). False when the list ended or started over.
    bool checkPage(const QString &continueToken, const QString &resourceVersion);
    void failMalformed(const QString &problem);

    KubeClient *m_client;
    KubeResourceType m_type;
    QUrlQuery m_query;
    KubeListPageDecoder m_decoder;
    QPointer<KubeCall> m_call;
    QList<QFutureWatcher<ParsedPage> *> m_parses; // running on the thread pool
    QList<Body> m_bodies;                         // received, waiting for a parse to finish
    QMap<int, ParsedPage> m_parsed;               // parsed before an earlier page: handed over in order
    KubeListResult m_result;
    QString m_nextToken;         // continue token of a page not requested yet
    int m_received = 0;          // pages received since the list (re)started
    int m_delivered = 0;         // of those, handed over to m_result
    bool m_lastReceived = false; // the page without a continue token has arrived
    int m_generation = 0;        // bumped when the list starts over; older pages are dropped
    bool m_running = false;
    bool m_restarted = false;
    QSet<QByteArray> m_seenTokens; // SHA-256 of each continue token of this walk
    QString m_firstResourceVersion;
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::KubeListResult)
