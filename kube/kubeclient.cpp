#include "kube/kubeclient.h"
#include "kube/execcredential.h"
#include "kube/kubelog.h"
#include "kube/kubeproxyfactory.h"
#include "models/clustererrorkind.h"
#include "kube/secretredaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTimer>

namespace Slipway {

namespace {

// `neverSent`: the connection was refused or the host not found, so nothing reached the server.
bool isRetryable(const ClusterError &error, const KubeRequest &request, bool neverSent)
{
    switch (error.kind) {
    case ClusterError::Kind::Unreachable:
    case ClusterError::Kind::Timeout:
        // A write that is not idempotent may have been carried out before the answer was lost;
        // its caller checks the object and decides (docs/runner.md "Faults").
        return request.retryConnectionLoss || neverSent;
    case ClusterError::Kind::ServerError:
        // 501 Not Implemented will not change; other 5xx may (FACTS §5.3 excludes evictions).
        return request.retryServerErrors && error.httpStatus >= 500 && error.httpStatus != 501;
    case ClusterError::Kind::TooManyRequests:
        return request.retryTooManyRequests;
    default:
        return false;
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------
// KubeCall

KubeCall::KubeCall(KubeClient *client, const KubeRequest &request)
    : QObject(client)
    , m_client(client)
    , m_request(request)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_reply) {
            m_timedOut = true;
            m_reply->abort();
        }
    });
    if (ExecCredentialPlugin *plugin = m_client->m_exec) {
        connect(plugin, &ExecCredentialPlugin::credentialReady, this, [this] {
            if (!m_waitingForCredential)
                return;
            m_waitingForCredential = false;
            sendWithCredentials();
        });
        connect(plugin, &ExecCredentialPlugin::failed, this, [this](const ClusterError &error) {
            if (!m_waitingForCredential)
                return;
            m_waitingForCredential = false;
            KubeResponse response;
            response.error = error;
            response.error.address = m_client->serverAddress();
            finish(response);
        });
    }
}

KubeCall::~KubeCall()
{
    // Destroyed with its client before an answer came: tell the waiting side.
    if (!m_finished) {
        m_finished = true;
        KubeResponse response;
        response.error.kind = ClusterError::Kind::Cancelled;
        response.error.verb = m_request.verb;
        response.error.resource = m_request.resource;
        Q_EMIT finished(response);
    }
}

void KubeCall::abort()
{
    if (m_finished)
        return;
    m_timer->stop();
    if (m_reply && m_request.streaming && !m_reply->isFinished()) {
        m_reply->abort(); // a watch must really close; onReplyFinished() reports Cancelled
        return;
    }
    if (QNetworkReply *reply = m_reply) {
        // A plain request is left to finish on its own: aborting it while Qt is delivering an error
        // from the network thread makes Qt report that error twice. Its answer is ignored.
        m_reply = nullptr;
        reply->disconnect(this);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        QTimer::singleShot(m_client->m_options.requestTimeoutMs, reply, &QNetworkReply::abort);
    }
    m_waitingForCredential = false;
    KubeResponse response;
    response.error.kind = ClusterError::Kind::Cancelled;
    response.error.verb = m_request.verb;
    response.error.resource = m_request.resource;
    finish(response);
}

void KubeCall::attempt()
{
    if (m_finished)
        return;
    ++m_attempts;
    // Exec plugins are used only when the user entry has no static token or password, as in
    // client-go where a set Authorization header bypasses the plugin's round tripper.
    ExecCredentialPlugin *plugin = m_client->m_exec;
    const KubeconfigSelection &s = m_client->m_selection;
    if (plugin && s.token.isEmpty() && s.tokenFile.isEmpty() && s.username.isEmpty() &&
        !plugin->cachedCredential()) {
        m_waitingForCredential = true;
        plugin->request();
        return;
    }
    sendWithCredentials();
}

void KubeCall::sendWithCredentials()
{
    m_sslErrors.clear();
    m_lineBuffer.clear();
    m_timedOut = false;
    m_reply = m_client->startReply(this);
    connect(m_reply, &QNetworkReply::finished, this, &KubeCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    if (m_request.streaming) {
        connect(m_reply, &QNetworkReply::readyRead, this, &KubeCall::onReadyRead);
        m_timer->start((m_client->m_options.watchTimeoutSeconds + 30) * 1000);
    } else {
        m_timer->start(m_client->m_options.requestTimeoutMs);
    }
}

void KubeCall::onReadyRead()
{
    if (!m_reply || m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        return;       // an error body is read whole in onReplyFinished()
    m_timer->start(); // inactivity timeout
    if (m_reply->isOpen())
        m_lineBuffer += m_reply->readAll();
    qsizetype newline;
    while ((newline = m_lineBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_lineBuffer.left(newline).trimmed();
        m_lineBuffer.remove(0, newline + 1);
        if (!line.isEmpty())
            Q_EMIT lineReceived(line);
        if (m_finished)
            return;
    }
}

void KubeCall::onReplyFinished()
{
    m_timer->stop();
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    KubeResponse response;
    response.httpStatus = status;
    if (m_request.streaming && status == 200) {
        if (reply->isOpen())
            m_lineBuffer += reply->readAll();
        const QByteArray rest = m_lineBuffer.trimmed();
        m_lineBuffer.clear();
        if (!rest.isEmpty())
            Q_EMIT lineReceived(rest);
    } else if (reply->isOpen()) {
        response.body = reply->readAll();
    }
    const bool success = status >= 200 && status < 300;
    if ((m_request.parseJsonBody || !success) && !response.body.isEmpty() &&
        response.body.trimmed().startsWith('{'))
        response.json = QJsonDocument::fromJson(response.body).object();

    const bool cancelled = reply->error() == QNetworkReply::OperationCanceledError && !m_timedOut;
    if (cancelled) {
        response.error.kind = ClusterError::Kind::Cancelled;
        response.error.verb = m_request.verb;
        response.error.resource = m_request.resource;
        finish(response);
        return;
    }
    response.error = m_client->errorFor(this, reply, status, response.body, response.json);
    if (response.error.kind == ClusterError::Kind::Unauthorized && m_client->m_exec && !m_retriedAfter401) {
        // Credentials are cached until a 401 (FACTS §8.1): run the plugin again once.
        m_retriedAfter401 = true;
        m_client->m_exec->invalidate();
        qCInfo(lcKube) << "401 for" << m_request.method << m_request.path
                       << "- running the exec plugin again";
        attempt();
        return;
    }
    const bool neverSent = reply->error() == QNetworkReply::ConnectionRefusedError ||
                           reply->error() == QNetworkReply::HostNotFoundError;
    if (!m_request.streaming && isRetryable(response.error, m_request, neverSent) &&
        retry(response.error, response.error.retryAfterSeconds))
        return;
    finish(response);
}

bool KubeCall::retry(const ClusterError &error, int retryAfterSeconds)
{
    const KubeClientOptions &o = m_client->m_options;
    if (m_attempts > o.maxRetries)
        return false;
    int delay;
    if (retryAfterSeconds > 0) {
        delay = qMin(retryAfterSeconds * 1000, o.maxBackoffMs); // honour Retry-After
    } else {
        m_backoffMs = m_backoffMs == 0 ? o.initialBackoffMs : qMin(m_backoffMs * 2, o.maxBackoffMs);
        const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
        delay = qMax(1, int(m_backoffMs * jitter));
    }
    qCWarning(lcKube).noquote() << QStringLiteral("%1 %2 failed (%3, attempt %4); retrying in %5 ms")
                                       .arg(QString::fromLatin1(m_request.method), m_request.path,
                                            ClusterError::kindName(error.kind))
                                       .arg(m_attempts)
                                       .arg(delay);
    QTimer::singleShot(delay, this, &KubeCall::attempt);
    return true;
}

void KubeCall::finish(const KubeResponse &response)
{
    if (m_finished)
        return;
    m_finished = true;
    if (!response.ok() && response.error.kind != ClusterError::Kind::Cancelled)
        qCDebug(lcKube).noquote() << m_request.method << m_request.path
                                  << "failed:" << ClusterError::kindName(response.error.kind)
                                  << response.httpStatus;
    Q_EMIT finished(response);
    deleteLater();
}

// ---------------------------------------------------------------------------------------------
// KubeClient

KubeClient::KubeClient(const KubeconfigSelection &selection, const KubeClientOptions &options,
                       QObject *parent)
    : QObject(parent)
    , m_selection(selection)
    , m_options(options)
    , m_manager(new QNetworkAccessManager(this))
    , m_tokenFile(selection.tokenFile, selection.token)
{
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // never send credentials elsewhere
    if (selection.proxy)
        m_manager->setProxy(*selection.proxy);
    else
        m_manager->setProxyFactory(new KubeProxyFactory); // http_proxy/https_proxy, loopback direct
    if (selection.exec) {
        ExecClusterInfo info;
        info.server = selection.server.toString();
        info.tlsServerName = selection.tlsServerName;
        info.insecureSkipTlsVerify = selection.insecureSkipTlsVerify;
        info.certificateAuthorityPem = selection.caPem;
        info.proxyUrl = selection.proxyUrl;
        info.disableCompression = selection.disableCompression;
        m_exec =
            new ExecCredentialPlugin(*selection.exec, selection.userName, selection.userOrigin, info, this);
        m_exec->setTimeout(options.execTimeoutMs);
        // A new client certificate from the plugin must not ride on a pooled TLS connection.
        connect(m_exec, &ExecCredentialPlugin::credentialReady, this,
                [this] { m_manager->clearConnectionCache(); });
    }
}

KubeClient::~KubeClient() = default;

QString KubeClient::serverAddress() const
{
    const QUrl &u = m_selection.server;
    return u.scheme() + QStringLiteral("://") + u.host(QUrl::FullyEncoded) + QLatin1Char(':') +
           QString::number(u.port(u.scheme() == QLatin1String("http") ? 80 : 443));
}

QStringList KubeClient::secrets() const
{
    QStringList values{m_selection.token, m_selection.password};
    if (m_exec)
        values += m_exec->secrets();
    return values;
}

KubeCall *KubeClient::send(const KubeRequest &request)
{
    auto *call = new KubeCall(this, request);
    // Start on the next event-loop turn so the caller can connect to finished() first.
    QTimer::singleShot(0, call, &KubeCall::attempt);
    return call;
}

QNetworkReply *KubeClient::startReply(KubeCall *call)
{
    const KubeRequest &r = call->m_request;
    QUrl url = m_selection.server;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + r.path);
    url.setQuery(r.query);
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("slipway/%1")
                          .arg(QCoreApplication::applicationVersion().isEmpty()
                                   ? QStringLiteral("0")
                                   : QCoreApplication::applicationVersion()));
    if (!r.body.isEmpty() || r.method != "GET")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          r.contentType.isEmpty() ? QByteArrayLiteral("application/json") : r.contentType);
    if (!m_selection.tlsServerName.isEmpty())
        request.setPeerVerifyName(m_selection.tlsServerName);
    if (r.streaming)
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false); // one connection per watch

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_selection.caCertificates.isEmpty())
        tls.setCaCertificates(m_selection.caCertificates); // the kubeconfig's CA only, like client-go
    if (m_selection.insecureSkipTlsVerify)
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    std::optional<ExecCredential> execCredential = m_exec ? m_exec->cachedCredential() : std::nullopt;
    if (m_selection.hasClientCertificate()) {
        tls.setLocalCertificateChain(m_selection.clientCertificateChain);
        tls.setPrivateKey(m_selection.clientKey);
    } else if (execCredential && execCredential->hasClientCertificate()) {
        tls.setLocalCertificateChain(execCredential->clientCertificateChain);
        tls.setPrivateKey(execCredential->clientKey);
    }
    request.setSslConfiguration(tls);

    QString token;
    if (!m_tokenFile.isNull())
        token = m_tokenFile.token();
    else if (!m_selection.token.isEmpty())
        token = m_selection.token;
    else if (execCredential)
        token = execCredential->token;
    if (!token.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + token.toUtf8());
    else if (!m_selection.username.isEmpty())
        request.setRawHeader(
            QByteArrayLiteral("Authorization"),
            QByteArrayLiteral("Basic ") +
                (m_selection.username + QLatin1Char(':') + m_selection.password).toUtf8().toBase64());
    if (!m_selection.impersonate.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Impersonate-User"), m_selection.impersonate.toUtf8());
        for (const QString &group : m_selection.impersonateGroups)
            request.setRawHeader(QByteArrayLiteral("Impersonate-Group"), group.toUtf8());
    }

    qCDebug(lcKube).noquote() << r.method << url.path()
                              << (r.query.isEmpty() ? QString() : r.query.toString());
    Q_EMIT requestSent(QString::fromLatin1(r.method), url.path());
    if (r.method == "GET")
        return m_manager->get(request);
    return m_manager->sendCustomRequest(request, r.method, r.body);
}

KubeStatusBody parseStatusBody(const QByteArray &body, const QJsonObject &json)
{
    KubeStatusBody status;
    status.reason = json.value(QLatin1String("reason")).toString();
    status.message = json.value(QLatin1String("message")).toString();
    if (status.message.isEmpty() && json.isEmpty())
        status.message = QString::fromUtf8(body).trimmed().left(300);
    const QJsonArray causes =
        json.value(QLatin1String("details")).toObject().value(QLatin1String("causes")).toArray();
    for (const QJsonValue &cause : causes)
        status.causes << cause.toObject().value(QLatin1String("reason")).toString(); // StatusCause.Type
    return status;
}

ClusterError KubeClient::errorFor(const KubeCall *call, QNetworkReply *reply, int status,
                                  const QByteArray &body, const QJsonObject &json) const
{
    const KubeRequest &r = call->m_request;
    ClusterError e;
    e.address = serverAddress();
    e.verb = r.verb;
    e.resource = r.resource;
    e.namespaceName = r.namespaceName;
    e.name = r.name;
    e.user = m_selection.userName.isEmpty() ? tr("(none)") : m_selection.userName;
    e.authMethod = authDescription();
    e.httpStatus = status;
    if (call->m_timedOut) {
        e.kind = ClusterError::Kind::Timeout;
        return e;
    }
    if (status == 0) {
        const QNetworkReply::NetworkError code = reply->error();
        if (code == QNetworkReply::NoError)
            return e; // not HTTP (cannot happen for https URLs)
        e.message = reply->errorString();
        if (code == QNetworkReply::SslHandshakeFailedError || !call->m_sslErrors.isEmpty()) {
            e.kind = ClusterError::Kind::Tls;
            e.caFromKubeconfig = !m_selection.caCertificates.isEmpty();
            QStringList problems;
            for (const QSslError &error : call->m_sslErrors) {
                QString text = error.errorString();
                if (error.error() == QSslError::HostNameMismatch)
                    text += QLatin1Char(' ') +
                            tr("(the name checked was \"%1\"; set tls-server-name if the certificate "
                               "names another host)")
                                .arg(m_selection.tlsServerName.isEmpty() ? m_selection.server.host()
                                                                         : m_selection.tlsServerName);
                if (!problems.contains(text))
                    problems << text;
            }
            e.tlsProblem = problems.isEmpty() ? tr("the handshake failed (%1); the server may require a "
                                                   "client certificate that the kubeconfig does "
                                                   "not provide")
                                                    .arg(reply->errorString())
                                              : problems.join(QStringLiteral("; "));
            return e;
        }
        if (code >= QNetworkReply::ProxyConnectionRefusedError && code <= QNetworkReply::ProxyTimeoutError &&
            m_selection.proxy) {
            e.address =
                tr("the proxy %1:%2").arg(m_selection.proxy->hostName()).arg(m_selection.proxy->port());
        }
        e.kind = ClusterError::Kind::Unreachable;
        return e;
    }
    if (status >= 200 && status < 300)
        return e;
    const KubeStatusBody statusBody = parseStatusBody(body, json);
    e.reason = statusBody.reason;
    if (e.reason.isEmpty())
        e.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    e.message = redactSecrets(statusBody.message, secrets());
    e.causes = statusBody.causes;
    e.retryAfterSeconds = reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed().toInt();
    e.kind = clusterErrorKindForHttpStatus(status);
    return e;
}

} // namespace Slipway
