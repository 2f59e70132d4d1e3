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
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTimer>

#include <limits>

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

// "1.5 MiB", "3.0 GiB", for messages.
QString formatSize(qint64 bytes)
{
    if (bytes >= 1024 * 1024 * 1024)
        return QStringLiteral("%1 GiB").arg(double(bytes) / (1024.0 * 1024 * 1024), 0, 'f', 1);
    if (bytes >= 1024 * 1024)
        return QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024), 0, 'f', 1);
    if (bytes >= 1024)
        return QStringLiteral("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 bytes").arg(bytes);
}

// Appends unless the result would exceed `cap` (<= 0: no cap), growing the buffer at most to the cap
// so that a refused answer never costs more memory than the cap itself.
bool appendCapped(QByteArray &buffer, const QByteArray &data, qint64 cap)
{
    const qint64 needed = buffer.size() + data.size();
    if (cap > 0 && needed > cap)
        return false;
    if (cap > 0 && needed > buffer.capacity())
        buffer.reserve(qsizetype(qMin(qMax(needed, qint64(buffer.capacity()) * 2), cap)));
    buffer += data;
    return true;
}

} // namespace

Result<qint64> parseRequestTimeout(const QString &text)
{
    const QString t = text.trimmed();
    bool isInteger = false;
    const qint64 seconds = t.toLongLong(&isInteger);
    if (isInteger && seconds >= 0 && seconds <= 24 * 3600 * 365)
        return seconds * 1000;
    // A Go duration: one or more <number><unit>, units ns us µs ms s m h.
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h)"));
    double ms = 0;
    qsizetype pos = 0;
    while (!isInteger && pos < t.size()) {
        const QRegularExpressionMatch m = part.match(t, pos, QRegularExpression::NormalMatch,
                                                     QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            break;
        const QString unit = m.captured(2);
        const double factor = unit == QLatin1String("h")    ? 3600000.0
                              : unit == QLatin1String("m")  ? 60000.0
                              : unit == QLatin1String("s")  ? 1000.0
                              : unit == QLatin1String("ms") ? 1.0
                              : unit == QLatin1String("ns") ? 1e-6
                                                            : 1e-3;
        ms += m.captured(1).toDouble() * factor;
        pos = m.capturedEnd();
    }
    if (!isInteger && pos == t.size() && pos > 0 && ms < 24.0 * 3600 * 365 * 1000)
        return ms > 0 && ms < 1 ? qint64(1) : qint64(ms);
    return Result<qint64>::failure(
        QCoreApplication::translate(
            "Slipway::KubeClient",
            "--request-timeout must be 0 (no limit), a whole number of seconds or a number with a unit "
            "(e.g. 1s, 2m, 3h), not \"%1\"")
            .arg(text));
}

void applyRequestTimeout(KubeClientOptions &options, qint64 ms)
{
    const int value = int(qMin<qint64>(ms, std::numeric_limits<int>::max()));
    options.requestTimeoutMs = value;
    options.totalTimeoutMs = value;
}

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
    m_body.clear();
    m_refusal.clear();
    m_timedOut = false;
    // The budget starts with the first request on the wire: an exec plugin's login (its own
    // timeout) does not eat into it.
    if (!m_started.isValid())
        m_started.start();
    m_reply = m_client->startReply(this);
    connect(m_reply, &QNetworkReply::finished, this, &KubeCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors += errors; });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &KubeCall::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &KubeCall::onReadyRead);
    if (m_request.streaming) {
        m_timer->start((m_client->m_options.watchTimeoutSeconds + 30) * 1000);
        return;
    }
    int timeoutMs = m_client->m_options.requestTimeoutMs;
    if (const int budget = remainingBudgetMs(); budget >= 0)
        timeoutMs = timeoutMs > 0 ? qMin(timeoutMs, budget) : budget;
    if (timeoutMs > 0 || remainingBudgetMs() == 0)
        m_timer->start(qMax(1, timeoutMs));
}

int KubeCall::remainingBudgetMs() const
{
    const int total = m_client->m_options.totalTimeoutMs;
    if (total <= 0 || m_request.streaming || !m_started.isValid())
        return -1;
    return int(qMax<qint64>(0, total - m_started.elapsed()));
}

void KubeCall::onMetaDataChanged()
{
    if (!m_reply)
        return;
    // HTTP/1: Qt stops reading from the socket while this much waits, so a huge or endless body is
    // never buffered by Qt; onReadyRead() takes it piece by piece and refuses it above the size cap.
    // HTTP/2 has its own flow control (and Qt's HTTP/2 path is not meant to be throttled this way).
    if (!m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool())
        m_reply->setReadBufferSize(ReadBufferBytes);
    bool ok = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    const qint64 limit = m_client->m_options.maxResponseBytes;
    if (ok && limit > 0 && length > limit)
        refuse(tr("the answer is %1 long, more than the %2 Slipway accepts for one answer")
                   .arg(formatSize(length), formatSize(limit)));
}

void KubeCall::refuse(const QString &problem)
{
    if (!m_reply || !m_refusal.isEmpty())
        return;
    m_refusal = problem;
    m_body.clear();
    m_lineBuffer.clear();
    // Queued: the reply may be in the middle of delivering data; its finished() follows the abort.
    QMetaObject::invokeMethod(m_reply.data(), &QNetworkReply::abort, Qt::QueuedConnection);
}

void KubeCall::onReadyRead()
{
    if (!m_reply || !m_refusal.isEmpty() || !m_reply->isOpen())
        return;
    const KubeClientOptions &o = m_client->m_options;
    if (!m_request.streaming || m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
        // An answer, or a watch's error body: read whole, up to the cap.
        if (!appendCapped(m_body, m_reply->readAll(), o.maxResponseBytes))
            refuse(tr("the answer is longer than the %1 Slipway accepts for one answer")
                       .arg(formatSize(o.maxResponseBytes)));
        return;
    }
    m_timer->start(); // inactivity timeout
    // The cap leaves room for the lines that complete in this read; the rest is checked below.
    if (!appendCapped(m_lineBuffer, m_reply->readAll(),
                      o.maxEventBytes > 0 ? o.maxEventBytes + 4 * ReadBufferBytes : 0)) {
        refuse(tr("a watch event is longer than the %1 Slipway accepts for one event (no line end came)")
                   .arg(formatSize(o.maxEventBytes)));
        return;
    }
    qsizetype start = 0;
    qsizetype newline;
    while ((newline = m_lineBuffer.indexOf('\n', start)) >= 0) {
        const QByteArray line = m_lineBuffer.mid(start, newline - start).trimmed();
        start = newline + 1;
        if (!line.isEmpty())
            Q_EMIT lineReceived(line);
        if (m_finished)
            return;
    }
    m_lineBuffer.remove(0, start); // once per read: a burst of lines is not quadratic
    if (o.maxEventBytes > 0 && m_lineBuffer.size() > o.maxEventBytes)
        refuse(tr("a watch event is longer than the %1 Slipway accepts for one event (no line end came)")
                   .arg(formatSize(o.maxEventBytes)));
}

void KubeCall::onReplyFinished()
{
    m_timer->stop();
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    if (m_refusal.isEmpty())
        onReadyRead(); // what came with the end of the answer
    m_timer->stop();
    m_reply = nullptr;
    if (m_finished)
        return; // a watch line made the receiver stop
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    KubeResponse response;
    response.httpStatus = status;
    if (!m_refusal.isEmpty()) {
        // Refused, not retried: the server would send the same again.
        response.error = m_client->baseError(this);
        response.error.kind = ClusterError::Kind::MalformedResponse;
        response.error.httpStatus = status;
        response.error.message = std::exchange(m_refusal, QString());
        finish(response);
        return;
    }
    if (m_request.streaming && status == 200) {
        const QByteArray rest = m_lineBuffer.trimmed();
        m_lineBuffer.clear();
        if (!rest.isEmpty())
            Q_EMIT lineReceived(rest);
    } else {
        response.body = std::exchange(m_body, QByteArray());
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
    if (const int budget = remainingBudgetMs(); budget >= 0 && delay >= budget)
        return false; // the call's time budget would run out while waiting
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
    KubeResponse answer = response;
    if (answer.error.kind == ClusterError::Kind::Timeout && answer.error.message.isEmpty() &&
        m_started.isValid())
        answer.error.message = tr("No complete answer came within %1 s over %n attempt(s); "
                                  "--request-timeout sets this limit.",
                                  nullptr, m_attempts)
                                   .arg(QString::number(double(m_started.elapsed()) / 1000.0, 'f', 1));
    if (!answer.ok() && answer.error.kind != ClusterError::Kind::Cancelled)
        qCDebug(lcKube).noquote() << m_request.method << m_request.path
                                  << "failed:" << ClusterError::kindName(answer.error.kind)
                                  << answer.httpStatus;
    Q_EMIT finished(answer);
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

ClusterError KubeClient::baseError(const KubeCall *call) const
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
    return e;
}

ClusterError KubeClient::errorFor(const KubeCall *call, QNetworkReply *reply, int status,
                                  const QByteArray &body, const QJsonObject &json) const
{
    ClusterError e = baseError(call);
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
    if (status >= 200 && status < 300) {
        if (reply->error() != QNetworkReply::NoError) {
            // The connection broke off after the headers: a truncated body is no answer.
            e.kind = ClusterError::Kind::Unreachable;
            e.message =
                tr("the connection broke off in the middle of the answer (%1)").arg(reply->errorString());
        }
        return e;
    }
    if (status >= 300 && status < 400) {
        // Not followed (ManualRedirectPolicy): the token and client certificate stay with the server
        // the kubeconfig names. client-go follows redirects (Go drops Authorization when the host
        // changes, but would still offer the client certificate); an API server does not redirect,
        // so a redirect is a login page or a misconfigured proxy, never the API.
        e.kind = ClusterError::Kind::MalformedResponse;
        const QString location = redactSecrets(
            QString::fromUtf8(reply->rawHeader(QByteArrayLiteral("Location"))).left(200), secrets());
        e.message = tr("it redirected to %1 (HTTP %2); Slipway follows no redirects, so that the credentials "
                       "never go to another address. Set the kubeconfig's server to the API server itself.")
                        .arg(location.isEmpty() ? tr("another address") : location)
                        .arg(status);
        return e;
    }
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
