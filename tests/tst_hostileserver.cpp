// The live client against a hostile or broken API server (tests/hostileserver.h): huge, endless and
// stalled bodies, watches without line ends, invalid UTF-8, deep nesting, looping continue tokens,
// lists that change resourceVersion, redirects, certificates for another name and HTTP/1.0. Each
// must end within a bounded time with one sentence, never crash, and hold bounded memory; the
// last tests run `slipway plan --kubeconfig` itself against such servers.
#include "hostileserver.h"

#include "sim/apiserver/apiserverkubeconfig.h"
#include "kube/kubeclusterapi.h"
#include "kube/kubeconfig.h"
#include "kube/kubelist.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Slipway;

namespace {

KubeClientOptions boundedOptions()
{
    KubeClientOptions o;
    o.requestTimeoutMs = 1500;
    o.totalTimeoutMs = 3000;
    o.initialBackoffMs = 50;
    o.maxBackoffMs = 200;
    o.maxRetries = 4;
    o.maxResponseBytes = 8 * 1024 * 1024;
    o.maxEventBytes = 1024 * 1024;
    return o;
}

qint64 childPeakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

    std::optional<ServerCredentials> m_credentials;
    QTemporaryDir m_dir;

    std::unique_ptr<KubeClient> clientFor(const HostileServer &server, const KubeClientOptions &options)
    {
        const Result<KubeconfigSelection> selection = Kubeconfig::parseAndSelect(
            PracticeKubeconfig::yaml(*m_credentials, server.url(), QStringLiteral("hostile")),
            QStringLiteral("hostile kubeconfig"));
        if (!selection.ok())
            qFatal("%s", qPrintable(selection.errorText()));
        return std::make_unique<KubeClient>(selection.value(), options);
    }

    // Sends one request and waits (serving the hostile server meanwhile) for its answer.
    static KubeResponse call(KubeClient *client, const KubeRequest &request, qint64 *elapsedMs)
    {
        QElapsedTimer timer;
        timer.start();
        KubeCall *c = client->send(request);
        QSignalSpy finished(c, &KubeCall::finished);
        if (!finished.wait(60000))
            return {};
        *elapsedMs = timer.elapsed();
        return finished.first().first().value<KubeResponse>();
    }

    static KubeRequest listNodes()
    {
        KubeRequest r;
        r.path = QStringLiteral("/api/v1/nodes");
        r.verb = QStringLiteral("list");
        r.resource = QStringLiteral("nodes");
        r.parseJsonBody = false;
        return r;
    }

    static KubeListResult list(KubeClient *client, qint64 *elapsedMs)
    {
        QElapsedTimer timer;
        timer.start();
        KubeList list(client, KubeResourceType::nodes());
        QSignalSpy finished(&list, &KubeList::finished);
        list.start();
        if (!finished.wait(60000))
            return {};
        *elapsedMs = timer.elapsed();
        return finished.first().first().value<KubeListResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_credentials = ServerCredentials::generate(&error);
        QVERIFY2(m_credentials, qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void aBrokenAnswerEndsInBoundedTime_data()
    {
        QTest::addColumn<Misbehaviour>("misbehaviour");
        QTest::addColumn<ClusterError::Kind>("kind");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<int>("boundMs");
        const auto timeout = ClusterError::Kind::Timeout;
        const auto malformed = ClusterError::Kind::MalformedResponse;
        // 3 s budget (boundedOptions) plus slack for a loaded machine.
        QTest::newRow("stall") << Misbehaviour::Stall << timeout << "--request-timeout" << 6000;
        QTest::newRow("stall mid-body")
            << Misbehaviour::StallMidBody << timeout << "--request-timeout" << 6000;
        QTest::newRow("trickling chunked body")
            << Misbehaviour::TrickleChunked << timeout << "--request-timeout" << 6000;
        QTest::newRow("3 GiB body") << Misbehaviour::HugeBody << malformed << "the answer is 3.0 GiB long"
                                    << 3000;
        QTest::newRow("endless chunked body")
            << Misbehaviour::EndlessChunked << malformed << "longer than the 8.0 MiB" << 6000;
        QTest::newRow("HTTP/1.0 endless body")
            << Misbehaviour::EndlessHttp10 << malformed << "longer than the 8.0 MiB" << 6000;
        QTest::newRow("redirect") << Misbehaviour::Redirect << malformed << "follows no redirects" << 3000;
    }

    void aBrokenAnswerEndsInBoundedTime()
    {
        QFETCH(Misbehaviour, misbehaviour);
        QFETCH(ClusterError::Kind, kind);
        QFETCH(QString, sentence);
        QFETCH(int, boundMs);
        HostileServer server(*m_credentials, misbehaviour);
        QVERIFY(server.listen());
        server.redirectTarget = QStringLiteral("https://127.0.0.2:1/api/v1/nodes");
        auto client = clientFor(server, boundedOptions());
        qint64 elapsed = 0;
        const KubeResponse response = call(client.get(), listNodes(), &elapsed);
        QCOMPARE(response.error.kind, kind);
        const QString text = response.error.describe();
        QVERIFY2(text.contains(sentence), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1Char('\n')), qPrintable(text)); // one sentence block, no dump
        QVERIFY2(elapsed < boundMs, qPrintable(QString::number(elapsed)));
        qInfo("%s: %lld ms, %lld body bytes sent: %s", QTest::currentDataTag(), elapsed, server.bytesSent,
              qPrintable(text));
    }

    void aWatchWithoutLineEndsIsRefused()
    {
        HostileServer server(*m_credentials, Misbehaviour::EndlessChunked);
        QVERIFY(server.listen());
        auto client = clientFor(server, boundedOptions());
        KubeRequest r = listNodes();
        r.verb = QStringLiteral("watch");
        r.query.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
        r.streaming = true;
        int lines = 0;
        QElapsedTimer timer;
        timer.start();
        KubeCall *c = client->send(r);
        connect(c, &KubeCall::lineReceived, this, [&lines] { ++lines; });
        QSignalSpy finished(c, &KubeCall::finished);
        QVERIFY(finished.wait(30000));
        const auto response = finished.first().first().value<KubeResponse>();
        QCOMPARE(lines, 0);
        QCOMPARE(response.error.kind, ClusterError::Kind::MalformedResponse);
        QVERIFY2(
            response.error.describe().contains(QLatin1String("a watch event is longer than the 1.0 MiB")),
            qPrintable(response.error.describe()));
        qInfo("watch without line ends refused after %lld ms", timer.elapsed());
    }

    void aBrokenListEndsWithAnError_data()
    {
        QTest::addColumn<Misbehaviour>("misbehaviour");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<int>("maxRequests");
        QTest::newRow("invalid UTF-8") << Misbehaviour::InvalidUtf8 << "the list is not JSON" << 1;
        QTest::newRow("deep nesting") << Misbehaviour::DeepNesting << "the list is not JSON" << 1;
        QTest::newRow("looping continue token")
            << Misbehaviour::LoopingContinue << "sent the same continue token twice" << 2;
        // Listed again once from the start, then refused: 2 pages each.
        QTest::newRow("changing resourceVersion")
            << Misbehaviour::ChangingVersion << "pages belong to different resourceVersions" << 4;
    }

    void aBrokenListEndsWithAnError()
    {
        QFETCH(Misbehaviour, misbehaviour);
        QFETCH(QString, sentence);
        QFETCH(int, maxRequests);
        HostileServer server(*m_credentials, misbehaviour);
        QVERIFY(server.listen());
        auto client = clientFor(server, boundedOptions());
        qint64 elapsed = 0;
        const KubeListResult result = list(client.get(), &elapsed);
        QCOMPARE(result.error.kind, ClusterError::Kind::MalformedResponse);
        QVERIFY2(result.error.describe().contains(sentence), qPrintable(result.error.describe()));
        QVERIFY2(server.requestHeads.size() <= maxRequests,
                 qPrintable(QString::number(server.requestHeads.size())));
        QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
        qInfo("%s: %lld ms: %s", QTest::currentDataTag(), elapsed, qPrintable(result.error.describe()));
    }

    void aRedirectNeverTakesTheCredentialsElsewhere()
    {
        // The target listens on another loopback address; it must never see a connection.
        QTcpServer elsewhere;
        QVERIFY(elsewhere.listen(QHostAddress(QStringLiteral("127.0.0.2")), 0));
        HostileServer server(*m_credentials, Misbehaviour::Redirect);
        QVERIFY(server.listen());
        server.redirectTarget =
            QStringLiteral("https://127.0.0.2:%1/api/v1/nodes").arg(elsewhere.serverPort());
        auto client = clientFor(server, boundedOptions());
        qint64 elapsed = 0;
        const KubeResponse response = call(client.get(), listNodes(), &elapsed);
        QVERIFY2(response.error.describe().contains(server.redirectTarget),
                 qPrintable(response.error.describe()));
        QTest::qWait(200);
        QVERIFY(!elsewhere.hasPendingConnections());
        QCOMPARE(server.requestHeads.size(), 1); // not retried either
        QVERIFY(server.requestHeads.first().contains("Authorization: Bearer"));
    }

    void aCertificateForAnotherNameIsRefused()
    {
        HostileServer server(*m_credentials, Misbehaviour::Normal);
        QVERIFY(server.listen(QHostAddress(QStringLiteral("127.0.0.2")))); // the certificate names 127.0.0.1
        auto client = clientFor(server, boundedOptions());
        qint64 elapsed = 0;
        const KubeResponse response = call(client.get(), listNodes(), &elapsed);
        QCOMPARE(response.error.kind, ClusterError::Kind::Tls);
        QVERIFY2(response.error.describe().contains(QLatin1String("the name checked was \"127.0.0.2\"")),
                 qPrintable(response.error.describe()));
        QVERIFY(server.requestHeads.isEmpty()); // no request, so no token, went out
    }

    void anHttp10AnswerClosedWithoutLengthIsRead()
    {
        HostileServer server(*m_credentials, Misbehaviour::Http10Close);
        QVERIFY(server.listen());
        auto client = clientFor(server, boundedOptions());
        qint64 elapsed = 0;
        const KubeListResult result = list(client.get(), &elapsed);
        QVERIFY2(result.ok(), qPrintable(result.error.describe()));
        QCOMPARE(result.resourceVersion, QStringLiteral("5"));
    }

    void requestTimeoutIsParsedLikeKubectl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1: refused
        QTest::newRow("0") << "0" << qint64(0);
        QTest::newRow("seconds") << "30" << qint64(30000);
        QTest::newRow("1s") << "1s" << qint64(1000);
        QTest::newRow("500ms") << "500ms" << qint64(500);
        QTest::newRow("2m") << "2m" << qint64(120000);
        QTest::newRow("1h30m") << "1h30m" << qint64(5400000);
        QTest::newRow("1.5s") << "1.5s" << qint64(1500);
        QTest::newRow("negative") << "-1" << qint64(-1);
        QTest::newRow("unit only") << "s" << qint64(-1);
        QTest::newRow("word") << "soon" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
    }

    void requestTimeoutIsParsedLikeKubectl()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const Result<qint64> parsed = parseRequestTimeout(text);
        if (ms < 0) {
            QVERIFY(!parsed.ok());
            QVERIFY(parsed.errorText().contains(QLatin1String("--request-timeout must be")));
        } else {
            QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
            QCOMPARE(*parsed, ms);
        }
    }

    // ---- `slipway plan --kubeconfig` end to end ----

    void planEndsInBoundedTime_data()
    {
        QTest::addColumn<Misbehaviour>("misbehaviour");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<int>("boundMs");
        const QStringList fast{QStringLiteral("--request-timeout"), QStringLiteral("3s")};
        QTest::newRow("stall, --request-timeout 3s")
            << Misbehaviour::Stall << fast << "did not answer in time" << 10000;
        QTest::newRow("stall mid-body, --request-timeout 3s")
            << Misbehaviour::StallMidBody << fast << "did not answer in time" << 10000;
        QTest::newRow("endless chunked body")
            << Misbehaviour::EndlessChunked << QStringList() << "longer than the 64.0 MiB" << 30000;
        QTest::newRow("3 GiB body") << Misbehaviour::HugeBody << QStringList() << "3.0 GiB long" << 10000;
        QTest::newRow("HTTP/1.0 endless body")
            << Misbehaviour::EndlessHttp10 << QStringList() << "longer than the 64.0 MiB" << 30000;
        QTest::newRow("looping continue token")
            << Misbehaviour::LoopingContinue << QStringList() << "same continue token twice" << 10000;
    }

    void planEndsInBoundedTime()
    {
        QFETCH(Misbehaviour, misbehaviour);
        QFETCH(QStringList, extra);
        QFETCH(QString, sentence);
        QFETCH(int, boundMs);
        HostileServer server(*m_credentials, misbehaviour);
        QVERIFY(server.listen());
        const QString kubeconfig = m_dir.filePath(QStringLiteral("hostile-%1").arg(int(misbehaviour)));
        QString error;
        QVERIFY2(PracticeKubeconfig::write(
                     kubeconfig,
                     PracticeKubeconfig::yaml(*m_credentials, server.url(), QStringLiteral("hostile")),
                     &error),
                 qPrintable(error));
        QProcess p;
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral(SLIPWAY_EXECUTABLE),
                QStringList{QStringLiteral("plan"), QStringLiteral("--kubeconfig"), kubeconfig} + extra);
        QSignalSpy finished(&p, &QProcess::finished);
        QVERIFY(finished.wait(90000) || p.state() == QProcess::NotRunning);
        const qint64 elapsed = timer.elapsed();
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit); // no crash
        QCOMPARE(p.exitCode(), 1);
        // The last line is the command's own sentence (a warning in the log may precede it).
        const QString last = err.trimmed().section(QLatin1Char('\n'), -1);
        QVERIFY2(last.startsWith(QLatin1String("slipway plan: ")) && last.contains(sentence),
                 qPrintable(err));
        QVERIFY2(elapsed < boundMs, qPrintable(QString::number(elapsed)));
        const qint64 peakKiB = childPeakRssKiB();
        // Six answers at most in flight (Qt's connections per host), each capped at 64 MiB. Under
        // AddressSanitizer the same binary also holds its shadow memory and the quarantine of freed
        // blocks (256 MiB by default), so the bound there is the sanitizer's overhead higher.
#if defined(__SANITIZE_ADDRESS__)
        constexpr qint64 kPeakBoundKiB = 1536 * 1024;
#else
        constexpr qint64 kPeakBoundKiB = 600 * 1024;
#endif
        QVERIFY2(peakKiB < kPeakBoundKiB, qPrintable(QString::number(peakKiB)));
        qInfo("%s: %lld ms, peak RSS of the children so far %lld MiB, %lld body bytes sent: %s",
              QTest::currentDataTag(), elapsed, peakKiB / 1024, server.bytesSent, qPrintable(err.trimmed()));
    }
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
