#include "sim/apiserver/apiserverconnection.h"

#include <QDateTime>
#include <QLocale>
#include <QSslSocket>
#include <QUuid>

namespace Slipway {

namespace {

QByteArray httpDate()
{
    // RFC 7231 IMF-fixdate, always in English.
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

bool isToken(const QByteArray &name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

ApiConnection::ApiConnection(QSslSocket *socket, const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
{
    socket->setParent(this);
    m_peerName = socket->peerAddress().toString() + QLatin1Char(':') + QString::number(socket->peerPort());
    // Unread pipelined requests stay in the kernel (TCP back-pressure) rather than in our memory.
    socket->setReadBufferSize(m_limits.maxBodyBytes + m_limits.maxHeaderBytes);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ApiConnection::onTimeout);
    connect(socket, &QSslSocket::readyRead, this, &ApiConnection::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, &ApiConnection::close);
    connect(socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError || !m_socket ||
            m_socket->state() != QAbstractSocket::ConnectedState)
            close();
    });
    connect(socket, &QSslSocket::bytesWritten, this, &ApiConnection::onBytesWritten);
    connect(socket, &QSslSocket::encryptedBytesWritten, this, &ApiConnection::onBytesWritten);
    armTimer();
    // Data may have arrived together with the end of the handshake.
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &ApiConnection::onReadyRead, Qt::QueuedConnection);
}

ApiConnection::~ApiConnection() = default;

QSslCertificate ApiConnection::peerCertificate() const
{
    return m_socket ? m_socket->peerCertificate() : QSslCertificate();
}

qint64 ApiConnection::bufferedBytes() const
{
    return m_socket ? m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() : 0;
}

void ApiConnection::onReadyRead()
{
    if (!m_busy && !m_closing)
        processBuffer();
}

void ApiConnection::processBuffer()
{
    m_processScheduled = false;
    if (m_busy || m_closing || !m_socket)
        return;
    if (m_socket->bytesAvailable() > 0)
        m_in.append(m_socket->read(m_limits.maxBodyBytes + m_limits.maxHeaderBytes));
    HttpRequest request;
    qsizetype consumed = 0;
    if (!parseRequest(&request, &consumed)) {
        armTimer();
        return;
    }
    m_in.remove(0, consumed);
    m_busy = true;
    m_streaming = false;
    m_sentContinue = false;
    m_keepAlive = request.keepAlive();
    m_currentMethod = QString::fromLatin1(request.method);
    m_currentPath = request.path;
    m_timer.stop();
    // One request per turn of the event loop, so a long pipeline cannot starve other clients;
    // finishRequest() schedules the next one once this one is answered (now or later).
    Q_EMIT requestReceived(request);
}

bool ApiConnection::parseRequest(HttpRequest *request, qsizetype *consumed)
{
    if (m_closing)
        return false;
    // Tolerate the empty lines RFC 7230 §3.5 allows before a request.
    while (m_in.startsWith("\r\n"))
        m_in.remove(0, 2);
    const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_in.size() > m_limits.maxHeaderBytes)
            fail(431, QStringLiteral("request header is larger than %1 bytes").arg(m_limits.maxHeaderBytes));
        return false;
    }
    if (headEnd > m_limits.maxHeaderBytes) {
        fail(431, QStringLiteral("request header is larger than %1 bytes").arg(m_limits.maxHeaderBytes));
        return false;
    }
    const QList<QByteArray> lines = m_in.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !requestLine.at(2).startsWith("HTTP/1.") ||
        requestLine.at(1).isEmpty()) {
        fail(400, QStringLiteral("malformed HTTP request line"));
        return false;
    }
    request->method = requestLine.at(0);
    request->target = requestLine.at(1);
    request->minorVersion = requestLine.at(2).endsWith('0') ? 0 : 1;
    if (!request->target.startsWith('/')) {
        fail(400, QStringLiteral("the request target must be an absolute path"));
        return false;
    }
    const qsizetype question = request->target.indexOf('?');
    request->path =
        Http::percentDecode(question < 0 ? request->target : request->target.left(question), false);
    if (question >= 0)
        request->query = Http::parseQuery(request->target.mid(question + 1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon))) {
            fail(400, QStringLiteral("malformed HTTP header line"));
            return false;
        }
        request->headers.append({line.left(colon).toLower(), line.mid(colon + 1).trimmed()});
    }

    const qsizetype bodyStart = headEnd + 4;
    const QByteArray transferEncoding = request->header(QByteArrayLiteral("transfer-encoding")).toLower();
    const QByteArray lengthText = request->header(QByteArrayLiteral("content-length"));
    if (!transferEncoding.isEmpty() && !lengthText.isEmpty()) {
        fail(400, QStringLiteral("both Transfer-Encoding and Content-Length are set"));
        return false;
    }
    const bool expectContinue = request->header(QByteArrayLiteral("expect")).toLower() == "100-continue";
    auto sendContinue = [this, expectContinue] {
        if (expectContinue && !m_sentContinue && m_socket) {
            m_sentContinue = true;
            m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
        }
    };
    if (!transferEncoding.isEmpty()) {
        if (transferEncoding != "chunked") {
            fail(501, QStringLiteral("transfer encoding \"%1\" is not supported")
                          .arg(QString::fromLatin1(transferEncoding)));
            return false;
        }
        qsizetype end = 0;
        if (!parseChunkedBody(bodyStart, &request->body, &end)) {
            if (!m_closing)
                sendContinue();
            return false;
        }
        *consumed = end;
        return true;
    }
    qint64 length = 0;
    if (!lengthText.isEmpty()) {
        bool ok = false;
        length = lengthText.toLongLong(&ok);
        if (!ok || length < 0 || lengthText.startsWith('+')) {
            fail(400, QStringLiteral("invalid Content-Length"));
            return false;
        }
    }
    if (length > m_limits.maxBodyBytes) {
        fail(413, QStringLiteral("the request body is larger than the server's limit of %1 bytes")
                      .arg(m_limits.maxBodyBytes));
        return false;
    }
    if (m_in.size() - bodyStart < length) {
        sendContinue();
        return false;
    }
    request->body = m_in.mid(bodyStart, length);
    *consumed = bodyStart + length;
    return true;
}

bool ApiConnection::parseChunkedBody(qsizetype start, QByteArray *body, qsizetype *end)
{
    qsizetype pos = start;
    body->clear();
    for (;;) {
        const qsizetype lineEnd = m_in.indexOf("\r\n", pos);
        if (lineEnd < 0) {
            if (m_in.size() - pos > 1024)
                fail(400, QStringLiteral("malformed chunked request body"));
            return false;
        }
        QByteArray sizeText = m_in.mid(pos, lineEnd - pos);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
            sizeText.truncate(semicolon); // chunk extensions
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            fail(400, QStringLiteral("malformed chunked request body"));
            return false;
        }
        if (body->size() + size > m_limits.maxBodyBytes) {
            fail(413, QStringLiteral("the request body is larger than the server's limit of %1 bytes")
                          .arg(m_limits.maxBodyBytes));
            return false;
        }
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailers (ignored) end with an empty line.
            const qsizetype trailersEnd = m_in.indexOf("\r\n", pos);
            if (trailersEnd < 0)
                return false;
            if (trailersEnd == pos) {
                *end = pos + 2;
                return true;
            }
            const qsizetype blank = m_in.indexOf("\r\n\r\n", pos);
            if (blank < 0)
                return false;
            *end = blank + 4;
            return true;
        }
        if (m_in.size() < pos + size + 2)
            return false;
        body->append(m_in.mid(pos, size));
        pos += size + 2;
    }
}

void ApiConnection::writeHead(int status, const QByteArray &contentType, const HttpHeaders &headers,
                              qint64 contentLength)
{
    QByteArray head;
    head.reserve(256);
    head += "HTTP/1.1 " + QByteArray::number(status) + ' ' + Http::reasonPhrase(status) + "\r\n";
    head += "Audit-Id: " + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "\r\n";
    head += "Cache-Control: no-cache, private\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Date: " + httpDate() + "\r\n";
    for (const auto &h : headers)
        head += h.first + ": " + h.second + "\r\n";
    if (!m_keepAlive)
        head += "Connection: close\r\n";
    if (contentLength >= 0)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    else
        head += "Transfer-Encoding: chunked\r\n";
    head += "\r\n";
    m_socket->write(head);
    Q_EMIT responseStarted(m_currentMethod, m_currentPath, status);
}

void ApiConnection::respond(const HttpResponse &response)
{
    if (!m_socket || m_closing || !m_busy || m_streaming)
        return;
    writeHead(response.status, response.contentType, response.headers, response.body.size());
    if (m_currentMethod != QLatin1String("HEAD")) // RFC 9110: HEAD answers carry no body
        m_socket->write(response.body);
    finishRequest();
}

void ApiConnection::beginStream(int status, const QByteArray &contentType, const HttpHeaders &headers)
{
    if (!m_socket || m_closing || !m_busy || m_streaming)
        return;
    m_streaming = true;
    writeHead(status, contentType, headers, -1);
}

void ApiConnection::writeChunk(const QByteArray &data)
{
    if (!m_socket || m_closing || !m_streaming || data.isEmpty())
        return;
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
    if (bufferedBytes() > m_limits.maxBufferedBytes)
        abort(); // the client stopped reading; kube-apiserver drops such watchers too
}

void ApiConnection::endStream()
{
    if (!m_socket || m_closing || !m_streaming)
        return;
    m_socket->write(QByteArrayLiteral("0\r\n\r\n"));
    m_streaming = false;
    finishRequest();
}

void ApiConnection::finishRequest()
{
    m_busy = false;
    if (!m_keepAlive) {
        m_closing = true;
        if (m_socket)
            m_socket->disconnectFromHost(); // after the pending output is written
        return;
    }
    armTimer();
    if (!m_processScheduled) {
        // Not recursively: a pipelined burst must not grow the stack.
        m_processScheduled = true;
        QMetaObject::invokeMethod(this, &ApiConnection::processBuffer, Qt::QueuedConnection);
    }
}

void ApiConnection::fail(int status, const QString &message)
{
    if (!m_socket || m_closing)
        return;
    m_keepAlive = false;
    const HttpResponse response = Http::error(status, message);
    writeHead(response.status, response.contentType, response.headers, response.body.size());
    m_socket->write(response.body);
    m_closing = true;
    m_busy = false;
    m_timer.stop();
    m_socket->disconnectFromHost();
}

void ApiConnection::onBytesWritten()
{
    if (m_streaming && bufferedBytes() < HighWaterBytes / 4)
        Q_EMIT drained();
}

void ApiConnection::armTimer()
{
    if (m_busy || m_closing)
        return;
    m_timer.start(m_in.isEmpty() ? m_limits.idleTimeoutMs : m_limits.headerTimeoutMs);
}

void ApiConnection::onTimeout()
{
    if (m_busy || m_closing)
        return;
    if (m_in.isEmpty()) {
        // Idle keep-alive connection: close quietly; clients reconnect.
        m_closing = true;
        if (m_socket)
            m_socket->disconnectFromHost();
        return;
    }
    fail(408, QStringLiteral("the request was not completed in time"));
}

void ApiConnection::abort()
{
    m_closing = true;
    if (m_socket)
        m_socket->abort();
    close();
}

void ApiConnection::close()
{
    m_closing = true;
    m_timer.stop();
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    Q_EMIT closed();
    deleteLater();
}

} // namespace Slipway
