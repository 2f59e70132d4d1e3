#pragma once

// A hostile or broken Kubernetes API server for tests (tst_hostileserver): HTTPS on a loopback
// address with the practice cluster's credential code, answering /version correctly and everything
// else in one chosen wrong way. Endless and huge bodies are streamed from one small buffer as the
// client reads them, never allocated. Header-only, like the other test fixtures.
#include "sim/apiserver/servercredentials.h"

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

namespace Slipway {

enum class Misbehaviour
{
    Normal,          // empty lists, correct answers
    Stall,           // reads the request, never answers
    StallMidBody,    // Content-Length 100,000, sends 1,000 bytes, then nothing
    HugeBody,        // Content-Length 3 GiB, streamed
    EndlessChunked,  // a chunked body that never ends (and never has a line end)
    EndlessHttp10,   // HTTP/1.0 without Content-Length, endless until the client closes
    TrickleChunked,  // a chunked body of 16 bytes every 50 ms, forever
    InvalidUtf8,     // a list page with invalid UTF-8 in a string
    DeepNesting,     // a list page nested 100,000 arrays deep
    LoopingContinue, // every page carries the same continue token
    ChangingVersion, // every page has another resourceVersion
    Redirect,        // 302 to redirectTarget
    Http10Close,     // HTTP/1.0, no Content-Length, closes after a correct body
};

class HostileServer : public QObject
{
public:
    HostileServer(const ServerCredentials &credentials, Misbehaviour misbehaviour)
        : m_misbehaviour(misbehaviour)
    {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(credentials.serverCertificate());
        config.setPrivateKey(credentials.serverKey());
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        config.setAllowedNextProtocols({QByteArray(QSslConfiguration::NextProtocolHttp1_1)});
        m_server.setSslConfiguration(config);
        QObject::connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (m_server.hasPendingConnections())
                accept(qobject_cast<QSslSocket *>(m_server.nextPendingConnection()));
        });
    }
    ~HostileServer() override
    {
        // Before the members go: a socket's destroyed() would reach them.
        for (QSslSocket *socket : m_server.findChildren<QSslSocket *>(Qt::FindDirectChildrenOnly)) {
            QObject::disconnect(socket, nullptr, this, nullptr);
            socket->abort();
            delete socket;
        }
    }

    bool listen(const QHostAddress &address = QHostAddress::LocalHost) { return m_server.listen(address, 0); }
    QUrl url() const
    {
        QUrl u;
        u.setScheme(QStringLiteral("https"));
        u.setHost(m_server.serverAddress().toString());
        u.setPort(m_server.serverPort());
        return u;
    }

    QString redirectTarget;         // Redirect: the Location
    QList<QByteArray> requestHeads; // every request's line and headers, as received
    qint64 bytesSent = 0;           // body bytes of the streamed answers
    int connections = 0;

private:
    struct Stream
    {
        qint64 remaining = -1; // -1: endless
        bool chunked = false;
    };

    void accept(QSslSocket *socket)
    {
        if (!socket)
            return;
        ++connections;
        socket->setParent(&m_server);
        QObject::connect(socket, &QSslSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        QObject::connect(socket, &QSslSocket::encryptedBytesWritten, this, [this, socket] { pump(socket); });
        QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QObject::destroyed, this, [this, socket] {
            m_streams.remove(socket);
            m_buffers.remove(socket);
        });
    }

    void onReadyRead(QSslSocket *socket)
    {
        QByteArray &in = m_buffers[socket];
        in += socket->readAll();
        qsizetype end;
        while (!m_streams.contains(socket) && (end = in.indexOf("\r\n\r\n")) >= 0) {
            const QByteArray head = in.left(end);
            in.remove(0, end + 4);
            requestHeads << head;
            answer(socket, head);
        }
    }

    static QByteArray target(const QByteArray &head)
    {
        return head.left(head.indexOf("\r\n")).split(' ').value(1);
    }

    void answer(QSslSocket *socket, const QByteArray &head)
    {
        const QByteArray path = target(head);
        if (path.startsWith("/version")) {
            reply(socket, "{\"major\":\"1\",\"minor\":\"34\",\"gitVersion\":\"v1.34.3\"}",
                  m_misbehaviour == Misbehaviour::Http10Close);
            return;
        }
        switch (m_misbehaviour) {
        case Misbehaviour::Normal:
            reply(socket, page("5", {}, "[]"));
            return;
        case Misbehaviour::Http10Close:
            reply(socket, page("5", {}, "[]"), true);
            return;
        case Misbehaviour::Stall:
            m_streams.insert(socket, Stream{0, false}); // nothing more is read or answered
            return;
        case Misbehaviour::StallMidBody:
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
            socket->write(QByteArray("{\"kind\":\"List\",\"items\":[") + QByteArray(976, ' '));
            m_streams.insert(socket, Stream{0, false});
            return;
        case Misbehaviour::HugeBody:
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 3221225472\r\n\r\n");
            startStream(socket, Stream{3221225472LL, false});
            return;
        case Misbehaviour::EndlessChunked:
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            startStream(socket, Stream{-1, true});
            return;
        case Misbehaviour::EndlessHttp10:
            socket->write("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n");
            startStream(socket, Stream{-1, false});
            return;
        case Misbehaviour::TrickleChunked:
            trickle(socket);
            return;
        case Misbehaviour::InvalidUtf8:
            reply(socket, page("5", {}, "[{\"metadata\":{\"name\":\"bad-\xff\xfe-name\"}}]"));
            return;
        case Misbehaviour::DeepNesting:
            reply(socket, page("5", {}, QByteArray(100000, '[') + QByteArray(100000, ']')));
            return;
        case Misbehaviour::LoopingContinue:
            reply(socket, page("5", "the-same-token", "[]"));
            return;
        case Misbehaviour::ChangingVersion: {
            const int n = ++m_pages;
            reply(socket, page(QByteArray::number(n), "page-" + QByteArray::number(n), "[]"));
            return;
        }
        case Misbehaviour::Redirect:
            socket->write("HTTP/1.1 302 Found\r\nLocation: " + redirectTarget.toUtf8() +
                          "\r\nContent-Length: 0\r\n\r\n");
            return;
        }
    }

    static QByteArray page(const QByteArray &resourceVersion, const QByteArray &continueToken,
                           const QByteArray &items)
    {
        QByteArray metadata = "{\"resourceVersion\":\"" + resourceVersion + '"';
        if (!continueToken.isEmpty())
            metadata += ",\"continue\":\"" + continueToken + '"';
        return "{\"kind\":\"List\",\"apiVersion\":\"v1\",\"metadata\":" + metadata + "},\"items\":" + items +
               '}';
    }

    void reply(QSslSocket *socket, const QByteArray &body, bool http10Close = false)
    {
        if (http10Close) {
            socket->write("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n" + body);
            socket->disconnectFromHost();
            m_streams.insert(socket, Stream{0, false});
            return;
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
    }

    void startStream(QSslSocket *socket, const Stream &stream)
    {
        m_streams.insert(socket, stream);
        const QByteArray start = "{\"kind\":\"List\",\"items\":[\"";
        socket->write(stream.chunked ? QByteArray::number(start.size(), 16) + "\r\n" + start + "\r\n"
                                     : start);
        pump(socket);
    }

    // Keeps about 1 MiB queued for the client: a 3 GiB body costs this much memory, not more.
    void pump(QSslSocket *socket)
    {
        static const QByteArray filler(256 * 1024, 'x'); // inside a JSON string, no line end
        auto it = m_streams.find(socket);
        if (it == m_streams.end() || (it->remaining == 0))
            return;
        while (socket->bytesToWrite() + socket->encryptedBytesToWrite() < 1024 * 1024 && it->remaining != 0) {
            const qint64 n = it->remaining < 0 ? filler.size() : qMin<qint64>(filler.size(), it->remaining);
            const QByteArray piece = QByteArray::fromRawData(filler.constData(), n);
            if (it->chunked)
                socket->write(QByteArray::number(n, 16) + "\r\n" + piece + "\r\n");
            else
                socket->write(piece);
            bytesSent += n;
            if (it->remaining > 0)
                it->remaining -= n;
        }
    }

    void trickle(QSslSocket *socket)
    {
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        m_streams.insert(socket, Stream{0, true});
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [this, socket] {
            socket->write("10\r\n                \r\n");
            bytesSent += 16;
        });
        timer->start(50);
    }

    QSslServer m_server;
    Misbehaviour m_misbehaviour;
    QHash<QSslSocket *, Stream> m_streams;
    QHash<QSslSocket *, QByteArray> m_buffers;
    int m_pages = 0;
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::Misbehaviour)
