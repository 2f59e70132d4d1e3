#pragma once

#include "sim/apiserver/apiserverhttp.h"

#include <QObject>
#include <QElapsedTimer>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

class QSslSocket;

namespace Slipway {

// One client connection of the practice API server: HTTP/1.1 over an established TLS socket,
// with keep-alive and pipelining (requests are answered one after another, in order), request
// size limits, idle and header timeouts, and chunked streaming with back-pressure for lists and
// watches. Everything runs on the socket's thread; nothing blocks.
class ApiConnection : public QObject
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxRequestLineBytes = 16 * 1024; // longer: 414 URI Too Long
        qint64 maxHeaderBytes = 64 * 1024;      // longer: 431
        // kube-apiserver's own limit for request bodies is 3 MiB (MaxRequestBodyBytes).
        qint64 maxBodyBytes = 3 * 1024 * 1024;
        int idleTimeoutMs = 120 * 1000;
        // From a request's first byte to its last (headers and body): a client that trickles bytes
        // (slowloris) gets 408 then, however often it sends one.
        int headerTimeoutMs = 30 * 1000;
        // A client that stops reading (an abandoned watch) is dropped beyond this much backlog.
        qint64 maxBufferedBytes = 64 * 1024 * 1024;
        // ---- per server (ApiServer) ----
        int maxConnections = 512;          // beyond: the oldest unauthenticated one goes, else the new one
        int maxConnectionsPerClient = 256; // per peer address
        // Connections without a verified client certificate or an authenticated request yet; the
        // oldest goes when a new one would exceed this, so idle or garbage connections cannot
        // crowd out kubectl.
        int maxUnauthenticatedConnections = 64;
        int maxWatches = 256; // beyond: 429 TooManyRequests
    };

    // Takes ownership of the socket, which must have completed its TLS handshake.
    ApiConnection(QSslSocket *socket, const Limits &limits, QObject *parent = nullptr);
    ~ApiConnection() override;

    QString peerName() const { return m_peerName; }
    QSslCertificate peerCertificate() const;
    // The user a verified client certificate names (its CN); empty without one.
    QString certificateUser() const { return m_certificateUser; }
    void setCertificateUser(const QString &user) { m_certificateUser = user; }
    // A client certificate was presented that the practice CA did not issue: every request is 401.
    bool certificateRejected() const { return m_certificateRejected; }
    void setCertificateRejected(bool rejected) { m_certificateRejected = rejected; }
    // A verified client certificate, or a request that authenticated.
    bool isAuthenticated() const { return m_authenticated || !m_certificateUser.isEmpty(); }
    void setAuthenticated() { m_authenticated = true; }
    QString peerAddress() const { return m_peerAddress; }
    quint64 serial = 0; // order of acceptance, for choosing the oldest

    // ---- answering the request in progress (exactly one of respond / beginStream…endStream) ----
    void respond(const HttpResponse &response);
    void beginStream(int status, const QByteArray &contentType, const HttpHeaders &headers = {});
    void writeChunk(const QByteArray &data);
    void endStream();
    bool isStreaming() const { return m_streaming; }

    // Bytes accepted but not yet on the wire; streams pause above a high-water mark.
    qint64 bufferedBytes() const;
    static constexpr qint64 HighWaterBytes = 1024 * 1024;
    // Drops the connection at once (fault injection, clients that stop reading).
    void abort();
    bool isClosing() const { return m_closing; }

Q_SIGNALS:
    void requestReceived(const Slipway::HttpRequest &request);
    void responseStarted(const QString &method, const QString &path, int status);
    void drained(); // buffered output fell below HighWaterBytes / 4
    void closed();

private:
    void onReadyRead();
    void processBuffer();
    // Returns false when no complete request is buffered yet.
    bool parseRequest(HttpRequest *request, qsizetype *consumed);
    // Where the request head ends, or -1: incomplete, or over a size limit (answered and closing).
    qsizetype findHeadEnd();
    void fail(int status, const QString &message); // answer with a Status and close
    void finishRequest();
    void writeHead(int status, const QByteArray &contentType, const HttpHeaders &headers,
                   qint64 contentLength);
    void onBytesWritten();
    void onTimeout();
    void armTimer();
    void close();

    QPointer<QSslSocket> m_socket;
    Limits m_limits;
    QString m_peerName;
    QByteArray m_in;
    QTimer m_timer;
    bool m_busy = false;      // a request is being answered
    bool m_streaming = false; // its answer is a chunked stream
    bool m_keepAlive = true;  // of the request in progress
    bool m_closing = false;
    bool m_closedEmitted = false;
    bool m_sentContinue = false;
    QString m_certificateUser;
    QString m_peerAddress;
    bool m_certificateRejected = false;
    bool m_authenticated = false;
    QElapsedTimer m_requestStarted; // first byte of the request being received
    QString m_currentMethod;
    QString m_currentPath;
    bool m_processScheduled = false;
};

} // namespace Slipway
