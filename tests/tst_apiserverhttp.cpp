// The practice API server as an HTTP server under stress, over real TLS sockets: pipelining,
// keep-alive, malformed and oversized requests, timeouts, clients that vanish or stop reading,
// many clients at once, big streamed lists, and the fault-injection switch.
#include "tst_apiserver_support.h"

#include <QSslSocket>

using namespace ApiTest;
using namespace Slipway;

namespace {

struct RawResponse
{
    int status = 0;
    QByteArray head;
    QByteArray body;
};

// Every complete response in `data` (Content-Length or chunked bodies).
QList<RawResponse> parseResponses(const QByteArray &data)
{
    QList<RawResponse> out;
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype headEnd = data.indexOf("\r\n\r\n", pos);
        if (headEnd < 0)
            break;
        RawResponse r;
        r.head = data.mid(pos, headEnd - pos);
        r.status = r.head.mid(9, 3).toInt();
        qsizetype bodyPos = headEnd + 4;
        if (r.status == 100) {
            out.append(r);
            pos = bodyPos;
            continue;
        }
        const QByteArray lower = r.head.toLower();
        if (lower.contains("transfer-encoding: chunked")) {
            bool complete = false;
            while (true) {
                const qsizetype lineEnd = data.indexOf("\r\n", bodyPos);
                if (lineEnd < 0)
                    break;
                const qsizetype size = data.mid(bodyPos, lineEnd - bodyPos).toLongLong(nullptr, 16);
                if (data.size() < lineEnd + 2 + size + 2)
                    break;
                r.body += data.mid(lineEnd + 2, size);
                bodyPos = lineEnd + 2 + size + 2;
                if (size == 0) {
                    complete = true;
                    break;
                }
            }
            if (!complete)
                break;
        } else {
            const qsizetype at = lower.indexOf("content-length: ");
            const qsizetype length =
                at < 0 ? 0 : lower.mid(at + 16, lower.indexOf("\r\n", at) - at - 16).toLongLong();
            if (data.size() < bodyPos + length)
                break;
            r.body = data.mid(bodyPos, length);
            bodyPos += length;
        }
        out.append(r);
        pos = bodyPos;
    }
    return out;
}

// A TLS client speaking raw HTTP/1.1, to send what QNetworkAccessManager never would.
class RawClient
{
public:
    RawClient(quint16 port, const ServerCredentials &credentials)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({credentials.caCertificate()});
        m_socket.setSslConfiguration(tls);
        QObject::connect(&m_socket, &QSslSocket::readyRead, &m_socket, [this] {
            if (m_reading)
                m_received += m_socket.readAll();
        });
        QSignalSpy encrypted(&m_socket, &QSslSocket::encrypted);
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        encrypted.wait(10000);
    }
    bool isEncrypted() const { return m_socket.isEncrypted(); }
    void send(const QByteArray &data) { m_socket.write(data); }
    QList<RawResponse> responses() const { return parseResponses(m_received); }
    bool isClosed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    QSslSocket &socket() { return m_socket; }
    // Stops reading: with a small read buffer, TCP back-pressure reaches the server.
    void stall()
    {
        m_reading = false;
        m_socket.setReadBufferSize(16 * 1024);
    }
    void resume()
    {
        m_reading = true;
        m_socket.setReadBufferSize(0);
        m_received += m_socket.readAll();
    }

private:
    QSslSocket m_socket;
    QByteArray m_received;
    bool m_reading = true;
};

ClusterSnapshot bigCluster(int nodes, int podsPerNode)
{
    ClusterSnapshot s;
    s.name = QStringLiteral("big");
    s.serverVersion = QStringLiteral("v1.34.3");
    const QDateTime created(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    s.takenAt = created.addDays(30);
    for (int ns = 0; ns < 20; ++ns) {
        Namespace n;
        n.name = QStringLiteral("ns-%1").arg(ns, 2, 10, QLatin1Char('0'));
        n.uid = QStringLiteral("ns-uid-%1").arg(ns);
        n.creationTimestamp = created;
        s.namespaces.append(n);
    }
    for (int i = 0; i < nodes; ++i) {
        Node n;
        n.name = QStringLiteral("node-%1").arg(i, 4, 10, QLatin1Char('0'));
        n.uid = QStringLiteral("node-uid-%1").arg(i);
        n.kubeletVersion = QStringLiteral("v1.34.3");
        n.internalIP = QStringLiteral("10.1.%1.%2").arg(i / 250).arg(i % 250 + 1);
        n.capacity = {64000, 256LL << 30, 250};
        n.allocatable = n.capacity;
        n.creationTimestamp = created;
        n.labels.insert(QStringLiteral("kubernetes.io/hostname"), n.name);
        s.nodes.append(n);
        for (int j = 0; j < podsPerNode; ++j) {
            Pod p;
            p.namespaceName = QStringLiteral("ns-%1").arg((i + j) % 20, 2, 10, QLatin1Char('0'));
            p.name = QStringLiteral("pod-%1-%2").arg(i, 4, 10, QLatin1Char('0')).arg(j);
            p.uid = QStringLiteral("pod-uid-%1-%2").arg(i).arg(j);
            p.nodeName = n.name;
            p.labels.insert(QStringLiteral("app"), QStringLiteral("app-%1").arg(j));
            p.containers.append({QStringLiteral("app"), QStringLiteral("nginx:1.27"), {10, 16LL << 20, 0}});
            p.creationTimestamp = created;
            s.pods.append(p);
        }
    }
    return s;
}

QByteArray get(const QString &path, const QByteArray &token, const QByteArray &extra = {})
{
    return "GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
           "\r\n" + extra + "\r\n";
}

} // namespace

class TestApiServerHttp : public QObject
{
    Q_OBJECT

    std::optional<ServerCredentials> m_own;
    std::unique_ptr<PracticeServer> m_practice;
    std::unique_ptr<Client> m_client;

    ApiServer *server() const { return m_practice->server.get(); }
    quint16 port() const { return server()->serverPort(); }
    std::unique_ptr<RawClient> raw() const { return std::make_unique<RawClient>(port(), *m_own); }

    void serve(const ClusterSnapshot *snapshot = nullptr)
    {
        m_client.reset();
        m_practice = std::make_unique<PracticeServer>(*m_own, snapshot);
        m_client = std::make_unique<Client>(server()->url(), *m_own, *m_own, *m_own);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_own = makeCredentials();
        QLoggingCategory::setFilterRules(QStringLiteral("slipway.apiserver.debug=false"));
    }
    void init() { serve(); }
    void cleanup()
    {
        m_client.reset();
        m_practice.reset();
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        auto c = raw();
        QVERIFY(c->isEncrypted());
        c->send(get(QStringLiteral("/api/v1/nodes/worker-1"), m_own->token()) +
                get(QStringLiteral("/api/v1/nodes/ghost"), m_own->token()) +
                get(QStringLiteral("/version"), m_own->token()));
        QTRY_COMPARE(c->responses().size(), 3);
        const QList<RawResponse> r = c->responses();
        QCOMPARE(r.at(0).status, 200);
        QVERIFY(r.at(0).body.contains("\"name\":\"worker-1\""));
        QCOMPARE(r.at(1).status, 404);
        QCOMPARE(r.at(2).status, 200);
        QVERIFY(r.at(2).body.contains("gitVersion"));
        QCOMPARE(server()->connectionCount(), 1);
    }

    void keepAliveServesManyRequestsOnOneConnection()
    {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_client->get(QStringLiteral("/api/v1/nodes")).status, 200);
        QCOMPARE(server()->connectionCount(), 1);
        QCOMPARE(server()->requestCount(), quint64(5));
    }

    void connectionCloseIsHonoured()
    {
        auto c = raw();
        c->send(get(QStringLiteral("/version"), m_own->token(), QByteArrayLiteral("Connection: close\r\n")));
        QTRY_VERIFY(c->isClosed());
        QCOMPARE(c->responses().size(), 1);
        QVERIFY(c->responses().first().head.contains("Connection: close"));
    }

    void malformedRequestsGetAStatusAndTheConnectionCloses_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addRow("not HTTP") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::addRow("relative target") << QByteArray("GET api/v1 HTTP/1.1\r\n\r\n") << 400;
        QTest::addRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nno colon here\r\n\r\n") << 400;
        QTest::addRow("bad Content-Length")
            << QByteArray("PATCH /api/v1/nodes/a HTTP/1.1\r\nContent-Length: ten\r\n\r\n") << 400;
        QTest::addRow("Content-Length and chunked")
            << QByteArray("PATCH /x HTTP/1.1\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n")
            << 400;
        QTest::addRow("unknown transfer coding")
            << QByteArray("PATCH /x HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
        QTest::addRow("header over 64 KiB")
            << "GET / HTTP/1.1\r\nX-Big: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n"
            << 431;
        QTest::addRow("body over 3 MiB")
            << QByteArray("PATCH /api/v1/nodes/a HTTP/1.1\r\nContent-Length: 4194304\r\n\r\n") << 413;
        // Chunk sizes: the sum of the sizes must not overflow; only hex digits; data ends with CRLF.
        const QByteArray chunked("PATCH /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
        QTest::addRow("chunk sizes that overflow") << chunked + "1\r\na\r\n7fffffffffffffff\r\n" << 413;
        QTest::addRow("chunk size with 0x") << chunked + "0x1\r\na\r\n0\r\n\r\n" << 400;
        QTest::addRow("chunk size with a sign") << chunked + "+1\r\na\r\n0\r\n\r\n" << 400;
        QTest::addRow("chunk data without CRLF") << chunked + "1\r\naXY0\r\n\r\n" << 400;
        QTest::addRow("request line over 16 KiB")
            << "GET /" + QByteArray(17 * 1024, 'a') + " HTTP/1.1\r\n\r\n"
            << 414;
        QTest::addRow("request line over 16 KiB, unfinished") << "GET /" + QByteArray(17 * 1024, 'a') << 414;
    }

    void malformedRequestsGetAStatusAndTheConnectionCloses()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        auto c = raw();
        c->send(request);
        QTRY_COMPARE(c->responses().size(), 1);
        const RawResponse r = c->responses().first();
        QCOMPARE(r.status, status);
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QLatin1String("kind")).toString(), QStringLiteral("Status"));
        QCOMPARE(body.value(QLatin1String("code")).toInt(), status);
        QTRY_VERIFY(c->isClosed());
        QTRY_COMPARE(server()->connectionCount(), 0);
        QCOMPARE(m_client->get(QStringLiteral("/version")).status, 200); // still serving
    }

    void chunkedRequestBodiesAndExpectContinue()
    {
        auto c = raw();
        auto chunk = [](const QByteArray &data) -> QByteArray {
            return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
        };
        c->send(
            "PATCH /api/v1/nodes/worker-1 HTTP/1.1\r\nAuthorization: Bearer " + m_own->token() +
            "\r\nContent-Type: application/strategic-merge-patch+json\r\nTransfer-Encoding: chunked\r\n\r\n" +
            chunk("{\"spec\":{\"uns") + chunk("chedulable\":true}}") + "0\r\n\r\n");
        QTRY_COMPARE(c->responses().size(), 1);
        QCOMPARE(c->responses().first().status, 200);
        QVERIFY(m_practice->simulator->get(ResourceKind::Node, {}, QStringLiteral("worker-1"))
                    ->node.unschedulable);

        const QByteArray body("{\"spec\":{\"unschedulable\":null}}");
        c->send("PATCH /api/v1/nodes/worker-1 HTTP/1.1\r\nAuthorization: Bearer " + m_own->token() +
                "\r\nContent-Type: application/merge-patch+json\r\nExpect: 100-continue\r\nContent-Length: " +
                QByteArray::number(body.size()) + "\r\n\r\n");
        QTRY_COMPARE(c->responses().size(), 2);
        QCOMPARE(c->responses().at(1).status, 100);
        c->send(body);
        QTRY_COMPARE(c->responses().size(), 3);
        QCOMPARE(c->responses().at(2).status, 200);
        QVERIFY(!m_practice->simulator->get(ResourceKind::Node, {}, QStringLiteral("worker-1"))
                     ->node.unschedulable);
    }

    void clientsThatVanishAreCleanedUp()
    {
        auto halfRequest = raw();
        halfRequest->send("GET /api/v1/no");
        auto watcher = raw();
        watcher->send(get(QStringLiteral("/api/v1/pods?watch=true"), m_own->token()));
        QTRY_COMPARE(server()->watchCount(), 1);
        QCOMPARE(server()->connectionCount(), 2);
        halfRequest->socket().abort();
        watcher->socket().abort();
        QTRY_COMPARE(server()->connectionCount(), 0);
        QCOMPARE(server()->watchCount(), 0);
    }

    void aWatcherThatStopsReadingIsDropped()
    {
        auto slow = raw();
        slow->stall();
        slow->send(get(QStringLiteral("/api/v1/nodes?watch=true"), m_own->token()));
        QTRY_COMPARE(server()->watchCount(), 1);
        // Far more changes than the server queues for one watcher (kube-apiserver drops such
        // watchers too; client-go reconnects).
        for (int i = 0; i < 30000 && server()->watchCount() > 0; ++i) {
            m_practice->simulator->updateNode(QStringLiteral("worker-1"), [i](Node &n) {
                n.labels.insert(QStringLiteral("tick"), QString::number(i));
            });
            if (i % 500 == 0)
                QCoreApplication::processEvents();
        }
        QTRY_COMPARE(server()->watchCount(), 0);
        QTRY_COMPARE(server()->connectionCount(), 0);
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/nodes/worker-1"))
                     .json.value(QLatin1String("metadata"))
                     .toObject()
                     .value(QLatin1String("labels"))
                     .toObject()
                     .contains(QLatin1String("tick")),
                 true);
    }

    void slowAndIdleClientsTimeOut()
    {
        ApiConnection::Limits limits;
        limits.headerTimeoutMs = 300;
        limits.idleTimeoutMs = 300;
        server()->setLimits(limits);
        auto slow = raw();
        slow->send("GET /api/v1/nodes HTTP/1.1\r\nHost: x\r\n");
        QTRY_VERIFY(slow->isClosed());
        QCOMPARE(slow->responses().value(0).status, 408);
        auto idle = raw();
        QTRY_VERIFY(idle->isClosed());
        QVERIFY(idle->responses().isEmpty());
    }

    void aSlowlorisClientGets408WhateverItTrickles()
    {
        // One header line every 100 ms: each renewed a per-read timer before; the deadline is per request.
        ApiConnection::Limits limits;
        limits.headerTimeoutMs = 600;
        server()->setLimits(limits);
        auto slow = raw();
        QElapsedTimer timer;
        timer.start();
        slow->send("GET /api/v1/nodes HTTP/1.1\r\n");
        while (!slow->isClosed() && timer.elapsed() < 5000) {
            slow->send("X-Drip: 1\r\n");
            QTest::qWait(100);
        }
        QVERIFY(slow->isClosed());
        QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(slow->responses().value(0).status, 408);
    }

    void strangersCannotCrowdOutAuthenticatedClients()
    {
        ApiConnection::Limits limits;
        limits.maxUnauthenticatedConnections = 10;
        limits.maxConnections = 30;
        server()->setLimits(limits);
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/nodes")).status, 200); // authenticated connection
        std::vector<std::unique_ptr<RawClient>> strangers;
        for (int i = 0; i < 60; ++i) {
            strangers.push_back(raw());
            if (i % 2 == 0)
                strangers.back()->send("\x16\x03garbage that is not HTTP\r\n");
        }
        QTRY_VERIFY(server()->connectionCount() <= 11); // ten strangers at most, and the client
        // The client's kept connection survived, and a new authenticated one gets in too.
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/nodes")).status, 200);
        Client second(server()->url(), *m_own, *m_own, *m_own);
        QCOMPARE(second.get(QStringLiteral("/api/v1/pods")).status, 200);
    }

    void connectionsPerClientAreLimited()
    {
        ApiConnection::Limits limits;
        limits.maxConnectionsPerClient = 5;
        server()->setLimits(limits);
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < 12; ++i)
            clients.push_back(raw());
        QTRY_COMPARE(server()->connectionCount(), 5);
        const auto closed = [&clients] {
            return int(
                std::count_if(clients.begin(), clients.end(), [](const auto &c) { return c->isClosed(); }));
        };
        QTRY_COMPARE(closed(), 7);
    }

    void watchesBeyondTheLimitGet429()
    {
        ApiConnection::Limits limits;
        limits.maxWatches = 2;
        server()->setLimits(limits);
        WatchReader a(m_client->start(QByteArrayLiteral("GET"), QStringLiteral("/api/v1/nodes?watch=true")));
        WatchReader b(m_client->start(QByteArrayLiteral("GET"), QStringLiteral("/api/v1/pods?watch=true")));
        QTRY_COMPARE(server()->watchCount(), 2);
        const Response third = m_client->get(QStringLiteral("/api/v1/namespaces?watch=true"));
        QCOMPARE(third.status, 429);
        QCOMPARE(third.reason(), QStringLiteral("TooManyRequests"));
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/namespaces")).status, 200); // lists still work
    }

    void manyClientsAtOnce()
    {
        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < 40; ++i)
            clients.push_back(raw());
        std::vector<std::unique_ptr<WatchReader>> watches;
        for (int i = 0; i < 5; ++i)
            watches.push_back(std::make_unique<WatchReader>(
                m_client->start(QByteArrayLiteral("GET"), QStringLiteral("/api/v1/nodes?watch=true"))));
        for (auto &c : clients)
            c->send(get(QStringLiteral("/api/v1/pods"), m_own->token()));
        const qsizetype pods = m_practice->simulator->list(ResourceKind::Pod).items.size();
        for (auto &c : clients) {
            QTRY_COMPARE(c->responses().size(), 1);
            QCOMPARE(c->responses().first().status, 200);
            QCOMPARE(QJsonDocument::fromJson(c->responses().first().body)
                         .object()
                         .value(QLatin1String("items"))
                         .toArray()
                         .size(),
                     pods);
        }
        QTRY_COMPARE(server()->watchCount(), 5);
        for (auto &w : watches)
            QTRY_COMPARE(w->events().size(), 9);
    }

    void bigListsStreamAndAStalledReaderBlocksNobody()
    {
        const ClusterSnapshot snapshot = bigCluster(400, 15);
        serve(&snapshot);
        const qsizetype pods = m_practice->simulator->list(ResourceKind::Pod).items.size();
        QVERIFY(pods >= 6000);

        auto stalled = raw();
        stalled->stall();
        stalled->send(get(QStringLiteral("/api/v1/pods"), m_own->token()));
        // The stream fills the socket, then waits for the reader instead of encoding the rest.
        QTRY_VERIFY(server()->bufferedBytes() >= ApiConnection::HighWaterBytes);
        // Meanwhile others are served.
        const Response quick = m_client->get(QStringLiteral("/api/v1/nodes/node-0001"));
        QCOMPARE(quick.status, 200);
        const Response full = m_client->get(QStringLiteral("/api/v1/pods"));
        QCOMPARE(full.items().size(), pods);
        QVERIFY(stalled->responses().isEmpty());
        QVERIFY2(server()->bufferedBytes() < full.body.size() / 4,
                 qPrintable(QStringLiteral("%1 bytes held for a %2-byte list")
                                .arg(server()->bufferedBytes())
                                .arg(full.body.size())));
        stalled->resume();
        QTRY_COMPARE_WITH_TIMEOUT(stalled->responses().size(), 1, 30000);
        QVERIFY(stalled->responses().first().head.contains("Transfer-Encoding: chunked"));
        QCOMPARE(QJsonDocument::fromJson(stalled->responses().first().body)
                     .object()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
                 pods);

        // Pages of 500, as Slipway's client and kubectl (--chunk-size) ask.
        QStringList seen;
        QString token;
        do {
            const Response page =
                m_client->get(QStringLiteral("/api/v1/pods?limit=500") +
                              (token.isEmpty() ? QString() : QStringLiteral("&continue=") + enc(token)));
            QCOMPARE(page.items().size(), qMin<qsizetype>(500, pods - seen.size()));
            seen += names(page.items());
            token = page.json.value(QLatin1String("metadata"))
                        .toObject()
                        .value(QLatin1String("continue"))
                        .toString();
        } while (!token.isEmpty());
        QCOMPARE(seen.size(), pods);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), pods);

        const Response table =
            m_client->get(QStringLiteral("/api/v1/pods"), Auth::Token,
                          QByteArrayLiteral("application/json;as=Table;v=v1;g=meta.k8s.io"));
        QCOMPARE(table.json.value(QLatin1String("rows")).toArray().size(), pods);
    }

    // ---- fault injection ----
    void injectedErrorsAreStatusBodies()
    {
        ApiServerFaults faults;
        faults.errorRate = 1;
        server()->setFaults(faults);
        QSet<int> codes;
        for (int i = 0; i < 20; ++i) {
            QNetworkReply *reply = m_client->start(QByteArrayLiteral("GET"), QStringLiteral("/api/v1/nodes"));
            const QByteArray retryAfter = [&] {
                QSignalSpy finished(reply, &QNetworkReply::finished);
                finished.wait(10000);
                return reply->rawHeader("Retry-After");
            }();
            const Response r = Client::finish(reply, QElapsedTimer());
            QVERIFY(r.isStatus(500) || r.isStatus(503));
            QCOMPARE(retryAfter.isEmpty(), r.status == 500);
            codes.insert(r.status);
        }
        QCOMPARE(codes, (QSet<int>{500, 503}));
        server()->setFaults({});
        QCOMPARE(m_client->get(QStringLiteral("/api/v1/nodes")).status, 200);
    }

    void injectedDropsCloseTheConnection()
    {
        ApiServerFaults faults;
        faults.dropRate = 1;
        server()->setFaults(faults);
        auto c = raw();
        c->send(get(QStringLiteral("/api/v1/nodes"), m_own->token()));
        QTRY_VERIFY(c->isClosed());
        QVERIFY(c->responses().isEmpty());
        const Response r = m_client->get(QStringLiteral("/api/v1/nodes"));
        QVERIFY(r.error != QNetworkReply::NoError);
        QCOMPARE(r.status, 0);
    }

    // A dropped write may have been carried out or not; the client cannot tell which.
    void injectedDropsLoseWritesBeforeOrAfterActing()
    {
        ApiServerFaults faults;
        faults.dropRate = 1;
        faults.seed = 11;
        server()->setFaults(faults);
        constexpr int kWrites = 12;
        for (int i = 0; i < kWrites; ++i) {
            const QByteArray patch = QByteArrayLiteral(R"({"metadata":{"annotations":{"test.slipway.io/n)") +
                                     QByteArray::number(i) + QByteArrayLiteral(R"(":"x"}}})");
            const Response r =
                m_client->send(QByteArrayLiteral("PATCH"), QStringLiteral("/api/v1/nodes/worker-1"),
                               Auth::Token, patch, QByteArrayLiteral("application/merge-patch+json"));
            QCOMPARE(r.status, 0); // never an answer
        }
        server()->setFaults({});
        int applied = 0;
        const Node worker =
            m_practice->simulator->get(ResourceKind::Node, {}, QStringLiteral("worker-1"))->node;
        for (int i = 0; i < kWrites; ++i)
            applied += worker.annotations.contains(QStringLiteral("test.slipway.io/n%1").arg(i)) ? 1 : 0;
        QVERIFY2(applied > 0 && applied < kWrites, qPrintable(QString::number(applied)));
    }

    void healthChecksAreExemptFromFaults()
    {
        ApiServerFaults faults;
        faults.errorRate = 0.5;
        faults.dropRate = 0.5;
        faults.latencyMs = 2000;
        server()->setFaults(faults);
        for (const char *path : {"/healthz", "/livez", "/readyz"}) {
            const Response r = m_client->get(QLatin1String(path), Auth::None);
            QCOMPARE(r.status, 200);
            QVERIFY2(r.elapsedMs < 2000, path);
        }
        server()->setFaults({});
    }

    void injectedLatencyDelaysAnswers()
    {
        ApiServerFaults faults;
        faults.latencyMs = 400;
        server()->setFaults(faults);
        const Response r = m_client->get(QStringLiteral("/version"));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.elapsedMs >= 400, QByteArray::number(r.elapsedMs).constData());
    }

    void aShareOfRequestsFailsReproducibly()
    {
        auto run = [this] {
            ApiServerFaults faults;
            faults.errorRate = 0.3;
            faults.seed = 5;
            server()->setFaults(faults);
            QList<int> statuses;
            for (int i = 0; i < 40; ++i)
                statuses.append(m_client->get(QStringLiteral("/version")).status);
            return statuses;
        };
        const QList<int> first = run();
        const auto failures = std::count_if(first.cbegin(), first.cend(), [](int s) { return s >= 500; });
        QVERIFY2(failures >= 4 && failures <= 24, QByteArray::number(failures).constData());
        QCOMPARE(std::count(first.cbegin(), first.cend(), 200), 40 - failures);
        QCOMPARE(run(), first); // the same seed fails the same requests
    }
};

QTEST_GUILESS_MAIN(TestApiServerHttp)
#include "tst_apiserverhttp.moc"
