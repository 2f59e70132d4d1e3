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

} // namespace

ApiConnection::ApiConnection(QSslSocket *socket, const Limits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
{
    socket->setParent(this);
    m_peerAddress = socket->peerAddress().toString();
    m_peerName = m_peerAddress + QLatin1Char(':') + QString::number(socket->peerPort());
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
    m_requestStarted.invalidate();
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

qsizetype ApiConnection::findHeadEnd()
{
    // Tolerate the empty lines RFC 7230 §3.5 allows before a request.
    while (m_in.startsWith("\r\n"))
        m_in.remove(0, 2);
    const qsizetype lineEnd = m_in.indexOf('\n');
    if (lineEnd > m_limits.maxRequestLineBytes ||
        (lineEnd < 0 && m_in.size() > m_limits.maxRequestLineBytes)) {
        fail(414,
             QStringLiteral("the request line is longer than %1 bytes").arg(m_limits.maxRequestLineBytes));
        return -1;
    }
    const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
    if (headEnd > m_limits.maxHeaderBytes || (headEnd < 0 && m_in.size() > m_limits.maxHeaderBytes)) {
        fail(431, QStringLiteral("request header is larger than %1 bytes").arg(m_limits.maxHeaderBytes));
        return -1;
    }
    return headEnd;
}

bool ApiConnection::parseRequest(HttpRequest *request, qsizetype *consumed)
{
    if (m_closing)
        return false;
    if (findHeadEnd() < 0 && (m_closing || m_in.indexOf('\n') < 0))
        return false; // 414/431 answered, or the request line is not complete yet
    const Http::ParseResult result =
        Http::parseRequest(m_in, {m_limits.maxHeaderBytes, m_limits.maxBodyBytes}, request);
    switch (result.state) {
    case Http::ParseResult::State::Error:
        fail(result.status, result.message);
        return false;
    case Http::ParseResult::State::Incomplete:
        if (result.expectContinue && !m_sentContinue && m_socket) {
            m_sentContinue = true;
            m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
        }
        return false;
    case Http::ParseResult::State::Complete:
        break;
    }
    *consumed = result.consumed;
    return true;
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
    if (m_in.isEmpty()) {
        m_requestStarted.invalidate();
        m_timer.start(m_limits.idleTimeoutMs);
        return;
    }
    // One deadline for the whole request, not renewed by every byte that trickles in.
    if (!m_requestStarted.isValid())
        m_requestStarted.start();
    m_timer.start(int(qMax<qint64>(1, m_limits.headerTimeoutMs - m_requestStarted.elapsed())));
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
