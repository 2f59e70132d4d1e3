#include "kube/kubelist.h"
#include "kube/kubelog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace Slipway {

namespace {

KubeResourceType type(const char *path, const char *resource, const char *kind, const char *apiVersion)
{
    return {QLatin1String(path), QLatin1String(resource), QLatin1String(kind), QLatin1String(apiVersion)};
}

} // namespace

KubeResourceType KubeResourceType::nodes()
{
    return type("/api/v1/nodes", "nodes", "Node", "v1");
}
KubeResourceType KubeResourceType::pods()
{
    return type("/api/v1/pods", "pods", "Pod", "v1");
}
KubeResourceType KubeResourceType::namespaces()
{
    return type("/api/v1/namespaces", "namespaces", "Namespace", "v1");
}
KubeResourceType KubeResourceType::deployments()
{
    return type("/apis/apps/v1/deployments", "deployments.apps", "Deployment", "apps/v1");
}
KubeResourceType KubeResourceType::replicaSets()
{
    return type("/apis/apps/v1/replicasets", "replicasets.apps", "ReplicaSet", "apps/v1");
}
KubeResourceType KubeResourceType::statefulSets()
{
    return type("/apis/apps/v1/statefulsets", "statefulsets.apps", "StatefulSet", "apps/v1");
}
KubeResourceType KubeResourceType::daemonSets()
{
    return type("/apis/apps/v1/daemonsets", "daemonsets.apps", "DaemonSet", "apps/v1");
}
KubeResourceType KubeResourceType::jobs()
{
    return type("/apis/batch/v1/jobs", "jobs.batch", "Job", "batch/v1");
}
KubeResourceType KubeResourceType::podDisruptionBudgets()
{
    return type("/apis/policy/v1/poddisruptionbudgets", "poddisruptionbudgets.policy", "PodDisruptionBudget",
                "policy/v1");
}
KubeResourceType KubeResourceType::podDisruptionBudgetsV1beta1()
{
    return type("/apis/policy/v1beta1/poddisruptionbudgets", "poddisruptionbudgets.policy",
                "PodDisruptionBudget", "policy/v1beta1");
}

KubeListPage parseListPage(const QByteArray &body, const KubeResourceType &type)
{
    KubeListPage page;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject()) {
        page.problem =
            QCoreApplication::translate("Slipway::KubeList", "the list is not JSON (%1 at offset %2)")
                .arg(error.errorString())
                .arg(error.offset);
        return page;
    }
    const QJsonObject list = doc.object();
    if (!list.value(QLatin1String("items")).isArray() && !list.value(QLatin1String("items")).isNull()) {
        page.problem =
            QCoreApplication::translate("Slipway::KubeList", "the answer has no items array (kind \"%1\")")
                .arg(list.value(QLatin1String("kind")).toString());
        return page;
    }
    const QJsonObject metadata = list.value(QLatin1String("metadata")).toObject();
    page.continueToken = metadata.value(QLatin1String("continue")).toString();
    page.resourceVersion = metadata.value(QLatin1String("resourceVersion")).toString();
    const QString apiVersion = list.value(QLatin1String("apiVersion")).toString(type.apiVersion);
    const QJsonArray items = list.value(QLatin1String("items")).toArray();
    page.items.reserve(items.size());
    for (const QJsonValue &value : items) {
        QJsonObject item = value.toObject();
        if (!item.contains(QLatin1String("kind")))
            item.insert(QStringLiteral("kind"), type.kind);
        if (!item.contains(QLatin1String("apiVersion")))
            item.insert(QStringLiteral("apiVersion"), apiVersion);
        page.items.append(item);
    }
    return page;
}

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(const char *d, qsizetype n, qsizetype i)
{
    while (i < n && isSpace(d[i]))
        ++i;
    return i;
}

// `i` is at a '"'; returns the index after the closing quote, or -1.
qsizetype skipString(const char *d, qsizetype n, qsizetype i)
{
    for (++i; i < n; ++i) {
        if (d[i] == '\\')
            ++i;
        else if (d[i] == '"')
            return i + 1;
    }
    return -1;
}

// Returns the index after the JSON value starting at `i`, or -1.
qsizetype skipValue(const char *d, qsizetype n, qsizetype i)
{
    if (i >= n)
        return -1;
    if (d[i] == '"')
        return skipString(d, n, i);
    if (d[i] == '{' || d[i] == '[') {
        int depth = 0;
        while (i < n) {
            const char c = d[i];
            if (c == '"') {
                i = skipString(d, n, i);
                if (i < 0)
                    return -1;
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
            ++i;
        }
        return -1;
    }
    while (i < n && !isSpace(d[i]) && d[i] != ',' && d[i] != '}' && d[i] != ']')
        ++i;
    return i;
}

} // namespace

std::optional<KubeListMetadata> scanListMetadata(const QByteArray &body)
{
    const char *d = body.constData();
    const qsizetype n = body.size();
    qsizetype i = skipSpace(d, n, 0);
    if (i >= n || d[i] != '{')
        return std::nullopt;
    i = skipSpace(d, n, i + 1);
    while (i < n && d[i] == '"') {
        const qsizetype keyEnd = skipString(d, n, i);
        if (keyEnd < 0)
            return std::nullopt;
        const QByteArrayView key(d + i + 1, keyEnd - i - 2);
        i = skipSpace(d, n, keyEnd);
        if (i >= n || d[i] != ':')
            return std::nullopt;
        i = skipSpace(d, n, i + 1);
        if (key == "items")
            return std::nullopt; // metadata after the items: the parse will tell
        const qsizetype valueEnd = skipValue(d, n, i);
        if (valueEnd < 0)
            return std::nullopt;
        if (key == "metadata") {
            const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(d + i, valueEnd - i));
            if (!doc.isObject())
                return std::nullopt;
            const QJsonObject metadata = doc.object();
            return KubeListMetadata{metadata.value(QLatin1String("continue")).toString(),
                                    metadata.value(QLatin1String("resourceVersion")).toString()};
        }
        i = skipSpace(d, n, valueEnd);
        if (i >= n || d[i] != ',')
            return std::nullopt;
        i = skipSpace(d, n, i + 1);
    }
    return std::nullopt;
}

KubeList::KubeList(KubeClient *client, const KubeResourceType &type, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_type(type)
{}

KubeList::~KubeList()
{
    if (m_call)
        m_call->disconnect(this);
    abort();
    for (QFutureWatcher<ParsedPage> *watcher : std::as_const(m_parses))
        watcher->waitForFinished();
}

void KubeList::start()
{
    if (m_running)
        return;
    m_running = true;
    m_restarted = false;
    reset();
    requestPage({});
}

void KubeList::reset()
{
    ++m_generation; // pages still being parsed belong to the old list
    m_result = {};
    m_bodies.clear();
    m_parsed.clear();
    m_nextToken.clear();
    m_received = 0;
    m_delivered = 0;
    m_lastReceived = false;
    m_seenTokens.clear();
    m_firstResourceVersion.clear();
}

void KubeList::abort()
{
    if (!m_running)
        return;
    m_running = false;
    m_bodies.clear();
    m_parsed.clear();
    if (KubeCall *call = m_call) {
        m_call = nullptr;
        call->disconnect(this);
        call->abort();
    }
}

void KubeList::requestPage(const QString &continueToken)
{
    KubeRequest r;
    r.path = m_type.path;
    r.query = m_query;
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(m_client->options().pageSize));
    if (!continueToken.isEmpty())
        r.query.addQueryItem(QStringLiteral("continue"),
                             QString::fromLatin1(QUrl::toPercentEncoding(continueToken)));
    r.verb = QStringLiteral("list");
    r.resource = m_type.resource;
    r.parseJsonBody = false; // parsed on the thread pool
    m_call = m_client->send(r);
    connect(m_call, &KubeCall::finished, this, &KubeList::onPage);
}

void KubeList::onPage(const KubeResponse &response)
{
    m_call = nullptr;
    if (!m_running)
        return;
    if (response.error.kind == ClusterError::Kind::Gone && m_received > 0 && !m_restarted) {
        // The continue token expired (410): list again from the start, as client-go's pager does.
        qCInfo(lcKube) << "continue token for" << m_type.resource << "expired; listing again";
        m_restarted = true;
        reset();
        requestPage({});
        return;
    }
    if (!response.ok()) {
        done(response.error);
        return;
    }
    Body body{response.body, m_received++, false};
    if (const auto metadata = scanListMetadata(body.data)) {
        body.scanned = true;
        if (!checkPage(metadata->continueToken, metadata->resourceVersion))
            return;
        if (metadata->continueToken.isEmpty())
            m_lastReceived = true;
        else
            m_nextToken = metadata->continueToken;
    }
    m_bodies.append(body);
    parseNext();
    maybeRequestNext();
}

void KubeList::parseNext()
{
    while (m_parses.size() < MaxParallelParses && !m_bodies.isEmpty()) {
        const Body body = m_bodies.takeFirst();
        auto *watcher = new QFutureWatcher<ParsedPage>(this);
        m_parses.append(watcher);
        connect(watcher, &QFutureWatcher<ParsedPage>::finished, this, [this, watcher] { onParsed(watcher); });
        watcher->setFuture(
            QtConcurrent::run([body, type = m_type, decoder = m_decoder, generation = m_generation] {
                ParsedPage parsed;
                parsed.page = parseListPage(body.data, type);
                parsed.itemCount = parsed.page.items.size();
                parsed.generation = generation;
                parsed.sequence = body.sequence;
                parsed.scanned = body.scanned;
                if (decoder && parsed.page.problem.isEmpty())
                    parsed.decoded = decoder(std::exchange(parsed.page.items, {}));
                return parsed;
            }));
    }
}

void KubeList::maybeRequestNext()
{
    // One page in flight and a few waiting or parsed ahead: memory stays bounded.
    if (!m_running || m_call || m_nextToken.isEmpty() || m_received - m_delivered >= MaxPagesAhead)
        return;
    requestPage(std::exchange(m_nextToken, QString()));
}

void KubeList::onParsed(QFutureWatcher<ParsedPage> *watcher)
{
    m_parses.removeOne(watcher);
    watcher->deleteLater();
    if (!m_running)
        return;
    ParsedPage parsed = watcher->result();
    if (parsed.generation != m_generation) { // parsed for a list that started over since
        parseNext();
        maybeRequestNext();
        return;
    }
    if (!parsed.page.problem.isEmpty()) {
        failMalformed(parsed.page.problem);
        return;
    }
    m_parsed.insert(parsed.sequence, parsed);
    const int generation = m_generation;
    deliver();
    if (!m_running || generation != m_generation)
        return; // ended or started over while handing over
    parseNext();
    maybeRequestNext();
    if (m_lastReceived && m_delivered == m_received)
        done({});
}

void KubeList::deliver()
{
    for (auto it = m_parsed.find(m_delivered); it != m_parsed.end(); it = m_parsed.find(m_delivered)) {
        ParsedPage parsed = std::move(it.value());
        m_parsed.erase(it);
        ++m_delivered;
        if (m_decoder)
            m_result.decoded.append(std::move(parsed.decoded));
        else
            m_result.items += parsed.page.items;
        m_result.itemCount += parsed.itemCount;
        m_result.resourceVersion = parsed.page.resourceVersion;
        ++m_result.pages;
        if (!parsed.scanned) { // its continue token is known only now
            if (!checkPage(parsed.page.continueToken, parsed.page.resourceVersion))
                return;
            if (parsed.page.continueToken.isEmpty())
                m_lastReceived = true;
            else
                m_nextToken = parsed.page.continueToken;
        }
        Q_EMIT progress(int(m_result.itemCount));
    }
}

bool KubeList::checkPage(const QString &continueToken, const QString &resourceVersion)
{
    if (!resourceVersion.isEmpty() && m_firstResourceVersion.isEmpty())
        m_firstResourceVersion = resourceVersion;
    if (!resourceVersion.isEmpty() && resourceVersion != m_firstResourceVersion) {
        const QString problem =
            tr("its pages belong to different resourceVersions (%1, then %2), so they are not one "
               "consistent list")
                .arg(m_firstResourceVersion.left(40), resourceVersion.left(40));
        if (m_restarted) {
            failMalformed(problem);
            return false;
        }
        qCInfo(lcKube).noquote() << m_type.resource << "list:" << problem << "- listing again";
        m_restarted = true;
        if (KubeCall *call = m_call) {
            m_call = nullptr;
            call->disconnect(this);
            call->abort();
        }
        reset();
        requestPage({});
        return false;
    }
    if (continueToken.isEmpty())
        return true;
    const QByteArray digest = QCryptographicHash::hash(continueToken.toUtf8(), QCryptographicHash::Sha256);
    if (m_seenTokens.contains(digest)) {
        failMalformed(tr("it sent the same continue token twice, so following it would never end the list"));
        return false;
    }
    const qint64 maxPages = qMax<qint64>(1000, MaxListObjects / qMax(1, m_client->options().pageSize));
    if (m_seenTokens.size() >= maxPages) {
        failMalformed(tr("it sent more than %1 pages (of %2 objects each) without ending the list")
                          .arg(maxPages)
                          .arg(m_client->options().pageSize));
        return false;
    }
    m_seenTokens.insert(digest);
    return true;
}

void KubeList::failMalformed(const QString &problem)
{
    ClusterError error;
    error.kind = ClusterError::Kind::MalformedResponse;
    error.address = m_client->serverAddress();
    error.verb = QStringLiteral("list");
    error.resource = m_type.resource;
    error.message = problem;
    done(error);
}

void KubeList::done(const ClusterError &error)
{
    m_running = false;
    m_bodies.clear();
    m_parsed.clear();
    if (KubeCall *call = m_call) {
        m_call = nullptr;
        call->disconnect(this);
        call->abort();
    }
    // Handed over, not kept: the receiver holds the only copy of a big list.
    KubeListResult result = std::exchange(m_result, {});
    result.error = error;
    if (!error.ok()) {
        result.items.clear();
        result.decoded.clear();
        result.itemCount = 0;
    }
    Q_EMIT finished(result);
}

} // namespace Slipway
