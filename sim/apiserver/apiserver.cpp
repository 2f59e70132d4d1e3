#include "sim/apiserver/apiserver.h"

#include "sim/apiserver/apiserverauth.h"
#include "sim/apiserver/apiservercontext.h"
#include "sim/apiserver/apiserverrouter.h"
#include "sim/engine/simulator.h"

#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTimer>

namespace Slipway {

namespace {

// "200ms", "1s", "1.5s" or a bare number of milliseconds.
std::optional<int> parseMilliseconds(QString text)
{
    double factor = 1;
    if (text.endsWith(QLatin1String("ms"))) {
        text.chop(2);
    } else if (text.endsWith(QLatin1Char('s'))) {
        text.chop(1);
        factor = 1000;
    }
    bool ok = false;
    const double value = text.toDouble(&ok) * factor;
    if (!ok || value < 0 || value > 600000)
        return std::nullopt;
    return int(value);
}

// Health checks answer even while faults are injected, as load balancers and probes need them.
bool isHealthCheck(const QString &path)
{
    for (const char *p : {"/healthz", "/livez", "/readyz"}) {
        const QLatin1String prefix(p);
        if (path == prefix || path.startsWith(prefix + QLatin1Char('/')))
            return true;
    }
    return false;
}

} // namespace

Result<ApiServerFaults> ApiServerFaults::parse(const QString &spec)
{
    ApiServerFaults faults;
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = part.section(QLatin1Char('='), 1).trimmed();
        bool ok = false;
        const bool errors = key == QLatin1String("5xx") || key == QLatin1String("errors");
        const bool drops = key == QLatin1String("drop") || key == QLatin1String("drops");
        if (errors || drops) {
            const double rate = value.toDouble(&ok);
            if (!ok || rate < 0 || rate > 1)
                return Result<ApiServerFaults>::failure(
                    QStringLiteral("%1 must be a rate between 0 and 1, not \"%2\"").arg(key, value));
            (errors ? faults.errorRate : faults.dropRate) = rate;
        } else if (key == QLatin1String("latency")) {
            const std::optional<int> ms = parseMilliseconds(value);
            if (!ms)
                return Result<ApiServerFaults>::failure(
                    QStringLiteral("latency must be a duration such as 200ms or 1s, not \"%1\"").arg(value));
            faults.latencyMs = *ms;
        } else if (key == QLatin1String("seed")) {
            faults.seed = value.toUInt(&ok);
            if (!ok)
                return Result<ApiServerFaults>::failure(
                    QStringLiteral("seed must be a non-negative integer, not \"%1\"").arg(value));
        } else {
            return Result<ApiServerFaults>::failure(
                QStringLiteral("unknown fault \"%1\" (use 5xx=RATE, drop=RATE, latency=DURATION, seed=N)")
                    .arg(key));
        }
    }
    if (faults.errorRate + faults.dropRate > 1)
        return Result<ApiServerFaults>::failure(QStringLiteral("5xx and drop add up to more than 1"));
    return faults;
}

ApiServer::ApiServer(Simulator *simulator, const ServerCredentials &credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_context(std::make_unique<ApiServerContext>(simulator))
    , m_router(std::make_unique<ApiRouter>(m_context.get()))
    , m_authenticator(std::make_unique<ApiAuthenticator>(credentials.token()))
    , m_random(1)
{
    connect(simulator, &Simulator::apiServerAvailabilityChanged, this, &ApiServer::setControlPlaneAvailable);
    m_context->setMaxWatches(m_limits.maxWatches);
}

ApiServer::~ApiServer()
{
    close();
    // Connections (and their watches) use the context: they go before the members do, not later
    // in ~QObject.
    qDeleteAll(findChildren<ApiConnection *>(Qt::FindDirectChildrenOnly));
}

bool ApiServer::isLoopback(const QHostAddress &address)
{
    return !address.isNull() && address.isLoopback();
}

bool ApiServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!isLoopback(address)) {
        *error =
            QStringLiteral("refusing to listen on %1: the practice cluster only serves loopback addresses "
                           "(127.0.0.1, ::1 or localhost), so nothing outside this computer can reach it")
                .arg(address.toString());
        return false;
    }
    if (!m_credentials.isComplete() || m_credentials.serverCertificate().isNull() ||
        m_credentials.serverKey().isNull()) {
        *error = QStringLiteral("the server certificate or key is missing or unreadable");
        return false;
    }
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("this Qt build has no TLS backend (%1)")
                     .arg(QSslSocket::sslLibraryVersionString());
        return false;
    }
    close();
    m_server = new QSslServer(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(m_credentials.serverCertificate());
    config.setPrivateKey(m_credentials.serverKey());
    config.setCaCertificates({m_credentials.caCertificate()});
    // Ask for a client certificate without requiring one: token users have none. The certificate
    // is checked against the practice CA after the handshake (ServerCredentials).
    config.setPeerVerifyMode(QSslSocket::QueryPeer);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    // HTTP/1.1 only: Go's client (kubectl) and QNetworkAccessManager fall back to it via ALPN.
    config.setAllowedNextProtocols({QByteArray(QSslConfiguration::NextProtocolHttp1_1)});
    m_server->setSslConfiguration(config);
    m_server->setHandshakeTimeout(10 * 1000);
    m_server->setMaxPendingConnections(1024);
    connect(m_server, &QSslServer::pendingConnectionAvailable, this, &ApiServer::acceptConnections);
    connect(m_server, &QSslServer::errorOccurred, this, [](QSslSocket *socket, QAbstractSocket::SocketError) {
        qCDebug(lcApiServer) << "TLS connection from" << socket->peerAddress().toString()
                             << "failed:" << socket->errorString();
    });
    if (!m_server->listen(address, port)) {
        *error = QStringLiteral("cannot listen on %1 port %2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_address = m_server->serverAddress();
    m_port = m_server->serverPort();
    m_suspended = false;
    if (!isLoopback(m_server->serverAddress())) { // what the socket really got, not what was asked
        *error = QStringLiteral("refusing to serve on %1: not a loopback address")
                     .arg(m_server->serverAddress().toString());
        close();
        return false;
    }
    qCInfo(lcApiServer) << "practice API server listening on" << url().toString();
    if (!m_context->simulator()->isApiServerAvailable())
        setControlPlaneAvailable(false);
    return true;
}

void ApiServer::setControlPlaneAvailable(bool available)
{
    if (!m_server || available != m_suspended)
        return;
    if (!available) {
        qCInfo(lcApiServer) << "kube-apiserver is restarting: refusing connections on" << url().toString();
        m_server->close();
        m_suspended = true;
        const auto connections = m_connections;
        m_connections.clear();
        for (ApiConnection *c : connections) {
            disconnect(c, nullptr, this, nullptr);
            c->abort();
        }
        return;
    }
    if (!m_server->listen(m_address, m_port)) {
        qCWarning(lcApiServer) << "cannot listen again on" << url().toString() << m_server->errorString();
        QTimer::singleShot(
            100, this, [this] { setControlPlaneAvailable(m_context->simulator()->isApiServerAvailable()); });
        return;
    }
    m_suspended = false;
    qCInfo(lcApiServer) << "kube-apiserver serves again on" << url().toString();
}

void ApiServer::close()
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    const auto connections = m_connections;
    m_connections.clear();
    for (ApiConnection *c : connections) {
        disconnect(c, nullptr, this, nullptr);
        c->abort();
    }
}

bool ApiServer::isListening() const
{
    return m_server && m_server->isListening();
}

QHostAddress ApiServer::serverAddress() const
{
    return m_server ? m_address : QHostAddress();
}

quint16 ApiServer::serverPort() const
{
    return m_server ? m_port : 0;
}

QUrl ApiServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("https"));
    u.setHost(serverAddress().toString());
    u.setPort(serverPort());
    return u;
}

qint64 ApiServer::bufferedBytes() const
{
    qint64 total = 0;
    for (const ApiConnection *c : m_connections)
        total += c->bufferedBytes();
    return total;
}

int ApiServer::watchCount() const
{
    return m_context->watchCount();
}

void ApiServer::setLimits(const ApiConnection::Limits &limits)
{
    m_limits = limits;
    m_context->setMaxWatches(limits.maxWatches);
}

bool ApiServer::makeRoom(const QString &address)
{
    int fromAddress = 0;
    int unauthenticated = 0;
    ApiConnection *oldestUnauthenticated = nullptr;
    for (ApiConnection *c : std::as_const(m_connections)) {
        if (c->peerAddress() == address)
            ++fromAddress;
        if (c->isAuthenticated())
            continue;
        ++unauthenticated;
        if (!oldestUnauthenticated || c->serial < oldestUnauthenticated->serial)
            oldestUnauthenticated = c;
    }
    const bool full = m_connections.size() >= m_limits.maxConnections ||
                      unauthenticated >= m_limits.maxUnauthenticatedConnections;
    if (full && oldestUnauthenticated) {
        // Idle, garbage-sending or not yet identified: it goes first, so kubectl still gets in.
        qCDebug(lcApiServer) << "dropping the oldest unauthenticated connection"
                             << oldestUnauthenticated->peerName();
        if (oldestUnauthenticated->peerAddress() == address)
            --fromAddress;
        m_connections.remove(oldestUnauthenticated);
        disconnect(oldestUnauthenticated, nullptr, this, nullptr);
        oldestUnauthenticated->abort();
    } else if (m_connections.size() >= m_limits.maxConnections) {
        return false;
    }
    return fromAddress < m_limits.maxConnectionsPerClient;
}

void ApiServer::setFaults(const ApiServerFaults &faults)
{
    m_faults = faults;
    m_random.seed(faults.seed);
}

void ApiServer::setEvictionVersions(const QStringList &versions)
{
    m_context->setEvictionVersions(versions);
}

QStringList ApiServer::evictionVersions() const
{
    return m_context->evictionVersions();
}

QHash<QString, int> ApiServer::evictionsReceived() const
{
    return m_context->evictionsReceived();
}

void ApiServer::acceptConnections()
{
    while (m_server && m_server->hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_server->nextPendingConnection());
        if (!socket)
            continue;
        if (!makeRoom(socket->peerAddress().toString())) {
            qCDebug(lcApiServer) << "refusing a connection from" << socket->peerAddress().toString()
                                 << "(connection limit)";
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *connection = new ApiConnection(socket, m_limits, this);
        connection->serial = ++m_acceptedCount;
        const QSslCertificate peer = socket->peerCertificate();
        if (!peer.isNull() && m_credentials.verifiesClientCertificate(peer))
            connection->setCertificateUser(peer.subjectInfo(QSslCertificate::CommonName).value(0));
        else if (!peer.isNull())
            connection->setCertificateRejected(true); // kube-apiserver: 401, not anonymous
        m_connections.insert(connection);
        connect(connection, &ApiConnection::closed, this,
                [this, connection] { m_connections.remove(connection); });
        connect(connection, &ApiConnection::requestReceived, this,
                [this, connection](const HttpRequest &request) { onRequest(connection, request); });
        connect(connection, &ApiConnection::responseStarted, this,
                [this](const QString &method, const QString &path, int status) {
                    qCDebug(lcApiServer) << method << path << status;
                    Q_EMIT requestHandled(method, path, status);
                });
    }
}

void ApiServer::onRequest(ApiConnection *connection, const HttpRequest &request)
{
    ++m_requestCount;
    if (isHealthCheck(request.path)) {
        answer(connection, request);
        return;
    }
    if (m_faults.latencyMs > 0) {
        // The context object cancels the timer if the client goes away first.
        QTimer::singleShot(m_faults.latencyMs, connection,
                           [this, connection, request] { dispatch(connection, request); });
        return;
    }
    dispatch(connection, request);
}

void ApiServer::dispatch(ApiConnection *connection, const HttpRequest &request)
{
    if (m_faults.errorRate > 0 || m_faults.dropRate > 0) {
        const double roll = m_random.generateDouble();
        if (roll < m_faults.dropRate) {
            // Half of the drops lose the request, half lose only the answer of a write that was
            // carried out: the client cannot tell which, as with a real network.
            const bool afterActing = m_random.bounded(2) == 0 && request.method != "GET";
            qCDebug(lcApiServer) << "fault injection: dropping the connection for" << request.method
                                 << request.path << (afterActing ? "after acting" : "before acting");
            if (afterActing)
                answer(connection, request);
            connection->abort();
            return;
        }
        if (roll < m_faults.dropRate + m_faults.errorRate) {
            if (m_random.bounded(2) == 0) {
                connection->respond(
                    Http::statusResponse(500, QStringLiteral("InternalError"),
                                         QStringLiteral("Internal error occurred: injected fault")));
            } else {
                HttpResponse r = Http::statusResponse(
                    503, QStringLiteral("ServiceUnavailable"),
                    QStringLiteral("the server is currently unable to handle the request "
                                   "(injected fault)"));
                r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
                connection->respond(r);
            }
            return;
        }
    }
    answer(connection, request);
}

void ApiServer::answer(ApiConnection *connection, const HttpRequest &request)
{
    AuthDecision auth = m_authenticator->authenticate(request, connection->certificateUser());
    if (connection->certificateRejected() && auth.method == QLatin1String("anonymous"))
        auth = {false, {}, QStringLiteral("client certificate")}; // a valid token still counts
    else if (auth.authenticated && auth.method != QLatin1String("anonymous"))
        connection->setAuthenticated();
    if (!auth.authenticated) {
        qCDebug(lcApiServer) << "refused" << request.method << request.path << "from"
                             << connection->peerName() << "(" << auth.method << ")";
        connection->respond(
            Http::statusResponse(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized")));
        return;
    }
    m_router->route(request, connection);
}

} // namespace Slipway
