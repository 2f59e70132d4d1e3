#include "kube/kubewatch.h"
#include "kube/kubelog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

namespace Slipway {

namespace {

QString keyOf(const QJsonObject &object)
{
    const QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
    const QString ns = metadata.value(QLatin1String("namespace")).toString();
    const QString name = metadata.value(QLatin1String("name")).toString();
    return ns.isEmpty() ? name : ns + QLatin1Char('/') + name;
}

QString resourceVersionOf(const QJsonObject &object)
{
    return object.value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("resourceVersion"))
        .toString();
}

// A DELETED object known only by its key (after a re-list): metadata with name and namespace.
QJsonObject stubFor(const QString &key, const KubeResourceType &type)
{
    QJsonObject metadata;
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        metadata.insert(QStringLiteral("namespace"), key.left(slash));
        metadata.insert(QStringLiteral("name"), key.mid(slash + 1));
    } else {
        metadata.insert(QStringLiteral("name"), key);
    }
    return {{QStringLiteral("kind"), type.kind},
            {QStringLiteral("apiVersion"), type.apiVersion},
            {QStringLiteral("metadata"), metadata}};
}

} // namespace

KubeWatch::KubeWatch(KubeClient *client, const KubeResourceType &type, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_type(type)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_relistNext)
            relist();
        else
            connectStream();
    });
}

KubeWatch::~KubeWatch()
{
    stop();
}

void KubeWatch::start(const QString &resourceVersion, const QHash<QString, QString> &known)
{
    stop();
    m_running = true;
    m_resourceVersion = resourceVersion;
    m_known = known;
    m_backoffMs = 0;
    if (m_resourceVersion.isEmpty())
        relist();
    else
        connectStream();
}

void KubeWatch::stop()
{
    m_running = false;
    m_connected = false;
    m_retryTimer->stop();
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
    if (m_list) {
        m_list->disconnect(this);
        m_list->abort();
        m_list->deleteLater();
    }
}

void KubeWatch::connectStream()
{
    if (!m_running)
        return;
    KubeRequest r;
    r.path = m_type.path;
    r.query.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
    r.query.addQueryItem(QStringLiteral("resourceVersion"), m_resourceVersion);
    r.query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    r.query.addQueryItem(QStringLiteral("timeoutSeconds"),
                         QString::number(m_client->options().watchTimeoutSeconds));
    r.verb = QStringLiteral("watch");
    r.resource = m_type.resource;
    r.streaming = true;
    m_gone = false;
    m_call = m_client->send(r);
    m_connectedFor.start();
    connect(m_call, &KubeCall::lineReceived, this, &KubeWatch::onLine);
    connect(m_call, &KubeCall::finished, this, &KubeWatch::onStreamFinished);
}

KubeWatchEvent parseWatchEvent(const QByteArray &line)
{
    const QJsonObject json = QJsonDocument::fromJson(line).object();
    KubeWatchEvent event;
    event.type = json.value(QLatin1String("type")).toString();
    event.object = json.value(QLatin1String("object")).toObject();
    if (event.type == QLatin1String("ERROR"))
        event.errorCode = event.object.value(QLatin1String("code")).toInt();
    else
        event.resourceVersion = resourceVersionOf(event.object);
    return event;
}

void KubeWatch::onLine(const QByteArray &line)
{
    if (!m_connected) {
        m_connected = true;
        Q_EMIT connected();
    }
    const KubeWatchEvent event = parseWatchEvent(line);
    if (event.type == QLatin1String("ERROR")) {
        // A Status; 410 means our resourceVersion is too old (FACTS: watch semantics).
        if (event.errorCode == 410)
            m_gone = true;
        qCInfo(lcKube) << "watch" << m_type.resource << "error event" << event.errorCode
                       << event.object.value(QLatin1String("reason")).toString();
        return;
    }
    if (!event.resourceVersion.isEmpty())
        m_resourceVersion = event.resourceVersion;
    m_backoffMs = 0; // the stream works
    if (event.type == QLatin1String("ADDED"))
        apply(ObjectChange::Added, event.object);
    else if (event.type == QLatin1String("MODIFIED"))
        apply(ObjectChange::Modified, event.object);
    else if (event.type == QLatin1String("DELETED"))
        apply(ObjectChange::Deleted, event.object);
    // BOOKMARK: only the resourceVersion, taken above.
}

void KubeWatch::apply(ObjectChange change, const QJsonObject &object)
{
    QJsonObject withKind = object;
    if (!withKind.contains(QLatin1String("kind")))
        withKind.insert(QStringLiteral("kind"), m_type.kind);
    if (!withKind.contains(QLatin1String("apiVersion")))
        withKind.insert(QStringLiteral("apiVersion"), m_type.apiVersion);
    const QString key = keyOf(object);
    if (change == ObjectChange::Deleted)
        m_known.remove(key);
    else
        m_known.insert(key, resourceVersionOf(object));
    Q_EMIT objectChanged(change, withKind);
}

void KubeWatch::onStreamFinished(const KubeResponse &response)
{
    m_call = nullptr;
    const bool wasConnected = m_connected;
    m_connected = false;
    if (!m_running)
        return;
    if (m_gone || response.error.kind == ClusterError::Kind::Gone) {
        qCInfo(lcKube) << "watch" << m_type.resource << "resourceVersion" << m_resourceVersion
                       << "expired; listing again";
        relist();
        return;
    }
    if (response.ok()) {
        // The server ended the watch (timeoutSeconds): go on from where we are; back off only when
        // streams end at once, so a misbehaving server is not hammered.
        if (wasConnected || m_connectedFor.elapsed() > 1000) {
            connectStream();
            return;
        }
        ClusterError error;
        error.kind = ClusterError::Kind::Unreachable;
        error.address = m_client->serverAddress();
        error.verb = QStringLiteral("watch");
        error.resource = m_type.resource;
        error.message = QCoreApplication::translate("Slipway::KubeWatch", "the watch ended at once");
        scheduleRetry(error, false);
        return;
    }
    if (response.error.kind == ClusterError::Kind::Cancelled)
        return;
    scheduleRetry(response.error, false);
}

void KubeWatch::scheduleRetry(const ClusterError &error, bool relistNext)
{
    const KubeClientOptions &o = m_client->options();
    m_backoffMs = m_backoffMs == 0 ? o.initialBackoffMs : qMin(m_backoffMs * 2, o.maxBackoffMs);
    int delay = qMax(1, int(m_backoffMs * (0.8 + 0.4 * QRandomGenerator::global()->generateDouble())));
    if (error.retryAfterSeconds > 0)
        delay = qMin(error.retryAfterSeconds * 1000, o.maxBackoffMs);
    m_relistNext = relistNext;
    qCWarning(lcKube).noquote() << QStringLiteral("watch of %1 failed (%2); retrying in %3 ms")
                                       .arg(m_type.resource, ClusterError::kindName(error.kind))
                                       .arg(delay);
    Q_EMIT disconnected(error, delay);
    m_retryTimer->start(delay);
}

void KubeWatch::relist()
{
    if (!m_running)
        return;
    if (m_list) {
        m_list->disconnect(this);
        m_list->deleteLater();
    }
    m_list = new KubeList(m_client, m_type, this);
    connect(m_list, &KubeList::finished, this, &KubeWatch::onRelisted);
    m_list->start();
}

void KubeWatch::onRelisted(const KubeListResult &result)
{
    if (m_list)
        m_list->deleteLater();
    m_list = nullptr;
    if (!m_running)
        return;
    if (!result.ok()) {
        scheduleRetry(result.error, true);
        return;
    }
    // Emit what changed while we were not watching.
    int changes = 0;
    QHash<QString, QString> seen;
    for (const QJsonObject &item : result.items) {
        const QString key = keyOf(item);
        const QString version = resourceVersionOf(item);
        seen.insert(key, version);
        const auto known = m_known.constFind(key);
        if (known == m_known.cend()) {
            apply(ObjectChange::Added, item);
            ++changes;
        } else if (known.value() != version) {
            apply(ObjectChange::Modified, item);
            ++changes;
        }
    }
    const QStringList knownKeys = m_known.keys();
    for (const QString &key : knownKeys) {
        if (!seen.contains(key)) {
            apply(ObjectChange::Deleted, stubFor(key, m_type));
            ++changes;
        }
    }
    m_resourceVersion = result.resourceVersion;
    Q_EMIT relisted(changes);
    connectStream();
}

} // namespace Slipway
