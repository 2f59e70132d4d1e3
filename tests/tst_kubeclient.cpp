// The live-cluster client against the practice cluster's real Kubernetes API server over TLS
// (sim/apiserver*, what `slipway serve-demo` runs): authentication methods, TLS failures, typed
// errors, pagination, retries, timeouts, node operations and secret hygiene. Watches:
// tst_kubewatch.cpp.
#include "kube/execcredential.h"
#include "kube/kubelist.h"
#include "practiceapifixture.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Slipway;

class TestKubeClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("slipway.kube.debug=true"));
        QString error;
        QVERIFY2(m_practice.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_practice.stop(); }
    void authenticatesAndReadsTheCluster_data();
    void authenticatesAndReadsTheCluster();
    void typedErrors_data();
    void typedErrors();
    void paginationFollowsContinueTokens();
    void retriesServerErrorsAndDroppedConnections_data();
    void retriesServerErrorsAndDroppedConnections();
    void timeoutIsTyped();
    void evictionAndDeletion();
    void notFoundOperations();
    void tokenFileIsReadAgainWhenItChanges();
    void execPluginRunsAgainAfter401();
    void secretsNeverReachLogsOrMessages();
    void secretsNeverReachCommandOutputsOrFiles();

private:
    PracticeApiFixture m_practice;
    // Planted by both secret tests: a wrong token, a basic-auth password and an exec env value
    // (the real token and client key come from the fixture).
    static constexpr const char *WrongToken = "planted-wrong-token-9f8e7d";
    static constexpr const char *Password = "planted-password-5e6f7a";
    static constexpr const char *EnvSecret = "planted-env-secret-1a2b3c";
    QByteArray execUser() const
    {
        return QByteArray(
                   "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      interactiveMode: "
                   "Never\n      command: " SLIPWAY_TEST_DATA_DIR "/exec/fail.sh\n      env:\n      - "
                   "{name: FAIL_DETAIL, value: ") +
               EnvSecret + "}\n";
    }
    // Every planted secret, and each line of the client key's PEM body.
    QList<QByteArray> plantedSecrets() const
    {
        QList<QByteArray> secrets{m_practice.credentials->token(), WrongToken, Password, EnvSecret,
                                  "PRIVATE KEY"};
        for (const QByteArray &line : m_practice.credentials->clientKeyPem().split('\n')) {
            if (line.size() >= 16 && !line.startsWith("-----"))
                secrets << line;
        }
        return secrets;
    }
};

void TestKubeClient::authenticatesAndReadsTheCluster_data()
{
    QTest::addColumn<QString>("context"); // of the served kubeconfig; empty: use `cluster`/`user`
    QTest::addColumn<QByteArray>("cluster");
    QTest::addColumn<QByteArray>("user");

    const QString script = QStringLiteral(SLIPWAY_TEST_DATA_DIR "/exec/");
    const QByteArray token = m_practice.credentials->token();
    QTest::addRow("bearer token (served kubeconfig)")
        << QStringLiteral("practice-token") << QByteArray() << QByteArray();
    QTest::addRow("client certificate data (served kubeconfig)")
        << QStringLiteral("practice-cert") << QByteArray() << QByteArray();
    QTest::addRow("client certificate and CA files relative to the kubeconfig")
        << QString() << QByteArray("    certificate-authority: pki/ca.crt\n")
        << QByteArray("    client-certificate: pki/client.crt\n    client-key: pki/client.key\n");
    QTest::addRow("token file") << QString() << m_practice.caLine
                                << QByteArray("    tokenFile: secrets/token\n");
    QTest::addRow("exec plugin token")
        << QString() << m_practice.caLine
        << ("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      interactiveMode: Never\n    "
            "  command: " +
            script.toUtf8() +
            "token.sh\n      env:\n      - name: SLIPWAY_TEST_TOKEN\n        value: " + token + "\n");
    QTest::addRow("exec plugin client certificate")
        << QString() << m_practice.caLine
        << ("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      interactiveMode: Never\n    "
            "  command: " +
            script.toUtf8() + "cert.sh\n      env:\n      - {name: CERT_FILE, value: " +
            m_practice.dir.filePath(QStringLiteral("pki/client.crt")).toUtf8() +
            "}\n      - {name: KEY_FILE, value: " +
            m_practice.dir.filePath(QStringLiteral("pki/client.key")).toUtf8() + "}\n");
    QTest::addRow("insecure-skip-tls-verify")
        << QString() << QByteArray("    insecure-skip-tls-verify: true\n") << ("    token: " + token + "\n");
    QTest::addRow("tls-server-name localhost")
        << QString() << (m_practice.caLine + "    tls-server-name: localhost\n")
        << ("    token: " + token + "\n");
}

void TestKubeClient::authenticatesAndReadsTheCluster()
{
    QFETCH(QString, context);
    QFETCH(QByteArray, cluster);
    QFETCH(QByteArray, user);
    std::unique_ptr<KubeClusterApi> api;
    if (!context.isEmpty()) {
        auto opened = KubeClusterApi::fromKubeconfig(m_practice.servedKubeconfig, context, fastOptions());
        QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
        api = std::move(opened).value();
    } else {
        api = m_practice.apiFor(m_practice.kubeconfig(cluster, user));
        QVERIFY(api);
    }
    QSignalSpy loaded(api.get(), &ClusterApi::snapshotLoaded);
    QSignalSpy failed(api.get(), &ClusterApi::refreshFailed);
    QSignalSpy progress(api.get(), &ClusterApi::refreshProgress);
    api->refresh();
    QCOMPARE(api->state(), ClusterConnectionState::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size() + failed.size(), 1, 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<ClusterError>().describe()));
    QCOMPARE(api->state(), ClusterConnectionState::Connected);
    QVERIFY(progress.size() >= 10);

    const ClusterSnapshot expected = m_practice.sim->snapshot();
    const auto snapshot = loaded.first().first().value<ClusterSnapshot>();
    QCOMPARE(snapshot.serverVersion, m_practice.sim->serverGitVersion());
    QCOMPARE(snapshot.nodes.size(), expected.nodes.size());
    QCOMPARE(snapshot.pods.size(), expected.pods.size());
    QCOMPARE(snapshot.workloads.size(), expected.workloads.size());
    QCOMPARE(snapshot.pdbs.size(), expected.pdbs.size());
    QVERIFY(!snapshot.components.isEmpty());
    QVERIFY(
        std::any_of(snapshot.components.cbegin(), snapshot.components.cend(), [](const ComponentVersion &c) {
            return c.component == QLatin1String("kube-apiserver");
        }));
    QVERIFY2(api->lastWarnings().isEmpty(), qPrintable(api->lastWarnings().join(QLatin1Char('\n'))));
}

void TestKubeClient::typedErrors_data()
{
    QTest::addColumn<QByteArray>("cluster");
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("expected"); // in describe()

    const QByteArray otherCa = "    certificate-authority: " SLIPWAY_TEST_DATA_DIR "/kubeconfig/pki/ca.crt\n";
    const QByteArray token = m_practice.tokenLine();
    QTest::addRow("CA from the kubeconfig does not match")
        << otherCa << token << int(ClusterError::Kind::Tls)
        << QStringList{QStringLiteral("TLS connection to https://127.0.0.1:"),
                       QStringLiteral("came from the kubeconfig")};
    QTest::addRow("no CA: the system trust store rejects the practice CA")
        << QByteArray() << token << int(ClusterError::Kind::Tls)
        << QStringList{QStringLiteral("names no certificate authority"),
                       QStringLiteral("certificate-authority-data")};
    QTest::addRow("tls-server-name not in the certificate")
        << (m_practice.caLine + "    tls-server-name: api.example.com\n") << token
        << int(ClusterError::Kind::Tls)
        << QStringList{QStringLiteral("api.example.com"), QStringLiteral("tls-server-name")};
    QTest::addRow("missing client certificate: anonymous is refused")
        << m_practice.caLine << QByteArray("    {}\n") << int(ClusterError::Kind::Unauthorized)
        << QStringList{QStringLiteral("user \"tester\" (no credentials)"), QStringLiteral("401")};
    QTest::addRow("client certificate from another CA")
        << m_practice.caLine
        << QByteArray("    client-certificate: " SLIPWAY_TEST_DATA_DIR "/kubeconfig/pki/client-rsa.crt\n"
                      "    client-key: " SLIPWAY_TEST_DATA_DIR "/kubeconfig/pki/client-rsa.key\n")
        << int(ClusterError::Kind::Unauthorized)
        << QStringList{QStringLiteral("(client certificate)"), QStringLiteral("401 Unauthorized")};
    QTest::addRow("wrong token") << m_practice.caLine << QByteArray("    token: not-the-token\n")
                                 << int(ClusterError::Kind::Unauthorized)
                                 << QStringList{QStringLiteral("user \"tester\" (bearer token)")};
    QTest::addRow("exec plugin that fails")
        << m_practice.caLine
        << QByteArray("    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      interactiveMode: "
                      "Never\n      command: " SLIPWAY_TEST_DATA_DIR "/exec/fail.sh\n")
        << int(ClusterError::Kind::Credentials)
        << QStringList{QStringLiteral("exit code 3"), QStringLiteral("refresh token expired")};
}

void TestKubeClient::typedErrors()
{
    QFETCH(QByteArray, cluster);
    QFETCH(QByteArray, user);
    QFETCH(int, kind);
    QFETCH(QStringList, expected);
    auto api = m_practice.apiFor(m_practice.kubeconfig(cluster, user));
    QVERIFY(api);
    QSignalSpy failed(api.get(), &ClusterApi::refreshFailed);
    api->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    const auto error = failed.first().first().value<ClusterError>();
    QCOMPARE(ClusterError::kindName(error.kind), ClusterError::kindName(ClusterError::Kind(kind)));
    QCOMPARE(api->state(), ClusterConnectionState::Failed);
    const QString text = error.describe();
    for (const QString &part : std::as_const(expected))
        QVERIFY2(text.contains(part), qPrintable(QStringLiteral("missing \"%1\" in: %2").arg(part, text)));
}

void TestKubeClient::paginationFollowsContinueTokens()
{
    KubeClientOptions options = fastOptions();
    options.pageSize = 7;
    auto api = m_practice.apiFor(m_practice.kubeconfig(m_practice.caLine, m_practice.tokenLine()), options);
    QVERIFY(api);
    QStringList podRequests;
    connect(api->client(), &KubeClient::requestSent, this, [&](const QString &, const QString &path) {
        if (path == QLatin1String("/api/v1/pods"))
            podRequests << path;
    });
    KubeList list(api->client(), KubeResourceType::pods());
    QSignalSpy finished(&list, &KubeList::finished);
    list.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const auto result = finished.first().first().value<KubeListResult>();
    QVERIFY2(result.ok(), qPrintable(result.error.describe()));
    const qsizetype pods = m_practice.sim->snapshot().pods.size();
    QVERIFY(pods > 7);
    QCOMPARE(result.items.size(), pods);
    QCOMPARE(result.pages, int((pods + 6) / 7));
    QCOMPARE(podRequests.size(), result.pages);
    QVERIFY(!result.resourceVersion.isEmpty());
    // Every item got its kind back (list items carry none).
    QCOMPARE(result.items.first().value(QLatin1String("kind")).toString(), QStringLiteral("Pod"));
}

void TestKubeClient::retriesServerErrorsAndDroppedConnections_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addColumn<QString>("retriedAfter"); // in the retry log line
    // The practice server sends 503 with Retry-After: 1, which is honoured (1000 ms, not backoff).
    QTest::addRow("500/503 answers, Retry-After honoured")
        << QStringLiteral("errors=0.4,seed=7")
        << QStringLiteral("(ServerError, attempt 1); retrying in 1000 ms");
    QTest::addRow("dropped connections") << QStringLiteral("drops=0.4,seed=3") << QString();
}

void TestKubeClient::retriesServerErrorsAndDroppedConnections()
{
    QFETCH(QString, faults);
    QFETCH(QString, retriedAfter);
    MessageCapture capture;
    const auto parsed = ApiServerFaults::parse(faults);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
    m_practice.server->setFaults(*parsed);
    KubeClientOptions options = fastOptions();
    options.maxRetries = 8;
    options.maxBackoffMs = 2000;
    auto api = m_practice.apiFor(m_practice.kubeconfig(m_practice.caLine, m_practice.tokenLine()), options);
    QVERIFY(api);
    int sent = 0;
    connect(api->client(), &KubeClient::requestSent, this, [&] { ++sent; });
    const quint64 served = m_practice.server->requestCount();
    QSignalSpy loaded(api.get(), &ClusterApi::snapshotLoaded);
    QSignalSpy failed(api.get(), &ClusterApi::refreshFailed);
    api->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size() + failed.size(), 1, 30000);
    m_practice.server->setFaults({});
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<ClusterError>().describe()));
    QCOMPARE(loaded.first().first().value<ClusterSnapshot>().pods.size(),
             m_practice.sim->snapshot().pods.size());
    // 10 = /version + 9 lists without failures. Qt itself resends a request once when a kept-alive
    // connection drops before the answer, so drops show in the server's count first.
    qInfo() << "requests sent:" << sent
            << "received by the server:" << m_practice.server->requestCount() - served;
    QVERIFY2(m_practice.server->requestCount() - served > 10, "no request was retried");
    if (retriedAfter.isEmpty())
        return;
    QVERIFY2(sent > 10, "Slipway retried no request");
    const QString retryLines =
        MessageCapture::s_messages.filter(QStringLiteral("retrying in")).join(QLatin1Char('\n'));
    QVERIFY2(retryLines.contains(retriedAfter), qPrintable(retryLines));
}

void TestKubeClient::timeoutIsTyped()
{
    ApiServerFaults slow;
    slow.latencyMs = 1500;
    m_practice.server->setFaults(slow);
    KubeClientOptions options = fastOptions();
    options.requestTimeoutMs = 200;
    options.maxRetries = 1;
    auto api = m_practice.apiFor(m_practice.kubeconfig(m_practice.caLine, m_practice.tokenLine()), options);
    QVERIFY(api);
    KubeCall *call = api->client()->getNode(QStringLiteral("worker-1"));
    QSignalSpy finished(call, &KubeCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    m_practice.server->setFaults({});
    const auto response = finished.first().first().value<KubeResponse>();
    QCOMPARE(ClusterError::kindName(response.error.kind),
             ClusterError::kindName(ClusterError::Kind::Timeout));
    QVERIFY2(
        response.error.describe().contains(QLatin1String("did not answer in time (get nodes \"worker-1\")")),
        qPrintable(response.error.describe()));
}

void TestKubeClient::evictionAndDeletion()
{
    auto api = m_practice.apiFor(m_practice.kubeconfig(m_practice.caLine, m_practice.tokenLine()));
    QVERIFY(api);
    const ClusterSnapshot now = m_practice.sim->snapshot();
    // billing/invoice-api: 1 replica, PDB minAvailable 1 → 429 (FACTS §5.3).
    const auto guarded = std::find_if(now.pods.cbegin(), now.pods.cend(), [](const Pod &p) {
        return p.labels.value(QStringLiteral("app")) == QLatin1String("invoice-api") &&
               p.phase == PodPhase::Running;
    });
    QVERIFY(guarded != now.pods.cend());
    QFuture<ClusterOperationResult> refused =
        api->evictPod(guarded->namespaceName, guarded->name, std::nullopt);
    QTRY_VERIFY_WITH_TIMEOUT(refused.isFinished(), 10000);
    QCOMPARE(ClusterError::kindName(refused.result().error.kind),
             ClusterError::kindName(ClusterError::Kind::TooManyRequests));
    QCOMPARE(refused.result().error.verb, QStringLiteral("create"));
    QCOMPARE(refused.result().error.resource, QStringLiteral("pods/eviction"));
    QVERIFY2(refused.result().error.describe().contains(QLatin1String("disruption budget")),
             qPrintable(refused.result().error.describe()));

    // default/debug-shell: a bare pod without a PDB → evicted.
    QFuture<ClusterOperationResult> evicted =
        api->evictPod(QStringLiteral("default"), QStringLiteral("debug-shell"), 0);
    QTRY_VERIFY_WITH_TIMEOUT(evicted.isFinished(), 10000);
    QVERIFY2(evicted.result().ok(), qPrintable(evicted.result().error.describe()));
    QCOMPARE(evicted.result().target, QStringLiteral("default/debug-shell"));

    // DELETE with gracePeriodSeconds; a second DELETE finds nothing and counts as done (FACTS §5.4).
    const auto victim = std::find_if(now.pods.cbegin(), now.pods.cend(), [](const Pod &p) {
        return p.labels.value(QStringLiteral("app")) == QLatin1String("storefront");
    });
    QVERIFY(victim != now.pods.cend());
    QFuture<ClusterOperationResult> deleted = api->deletePod(victim->namespaceName, victim->name, 0);
    QTRY_VERIFY_WITH_TIMEOUT(deleted.isFinished(), 10000);
    QVERIFY2(deleted.result().ok(), qPrintable(deleted.result().error.describe()));
    QFuture<ClusterOperationResult> again = api->deletePod(victim->namespaceName, victim->name, 0);
    QTRY_VERIFY_WITH_TIMEOUT(again.isFinished(), 10000);
    QVERIFY(again.result().ok());
    QVERIFY(again.result().alreadyDone);
}

void TestKubeClient::notFoundOperations()
{
    auto api = m_practice.apiFor(m_practice.kubeconfig(m_practice.caLine, m_practice.tokenLine()));
    QVERIFY(api);
    QFuture<ClusterOperationResult> cordon = api->cordon(QStringLiteral("no-such-node"));
    QTRY_VERIFY_WITH_TIMEOUT(cordon.isFinished(), 10000);
    const ClusterError error = cordon.result().error;
    QCOMPARE(ClusterError::kindName(error.kind), ClusterError::kindName(ClusterError::Kind::NotFound));
    QCOMPARE(error.httpStatus, 404);
    QVERIFY2(error.describe().startsWith(QLatin1String("nodes \"no-such-node\" was not found")),
             qPrintable(error.describe()));
}

void TestKubeClient::tokenFileIsReadAgainWhenItChanges()
{
    const QString tokenPath = m_practice.writeFile(QStringLiteral("rotating/token"), "stale-token\n");
    auto api = m_practice.apiFor(m_practice.kubeconfig(m_practice.caLine, "    tokenFile: rotating/token\n"));
    QVERIFY(api);
    KubeCall *first = api->client()->getNode(QStringLiteral("worker-1"));
    QSignalSpy firstDone(first, &KubeCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(firstDone.size(), 1, 10000);
    QCOMPARE(firstDone.first().first().value<KubeResponse>().error.kind, ClusterError::Kind::Unauthorized);
    QVERIFY(firstDone.first().first().value<KubeResponse>().error.describe().contains(
        QLatin1String("token file")));
    // The token is rotated on disk (new size and time): the next request uses it.
    QTest::qWait(20);
    m_practice.writeFile(QStringLiteral("rotating/token"), m_practice.credentials->token() + "\n");
    QFile rotated(tokenPath);
    QVERIFY(rotated.open(QIODevice::ReadWrite));
    QVERIFY(rotated.setFileTime(QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
    rotated.close();
    KubeCall *second = api->client()->getNode(QStringLiteral("worker-1"));
    QSignalSpy secondDone(second, &KubeCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(secondDone.size(), 1, 10000);
    const auto response = secondDone.first().first().value<KubeResponse>();
    QVERIFY2(response.ok(), qPrintable(response.error.describe()));
    QCOMPARE(
        response.json.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("worker-1"));
}

void TestKubeClient::execPluginRunsAgainAfter401()
{
    // The plugin's first token is revoked: the 401 drops the cached credential, the plugin runs
    // again and the request is sent once more with the fresh token (FACTS §8.1).
    const QString marker = m_practice.dir.filePath(QStringLiteral("stale-once"));
    QFile::remove(marker);
    auto api = m_practice.apiFor(m_practice.kubeconfig(
        m_practice.caLine, "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      "
                           "interactiveMode: Never\n      command: " SLIPWAY_TEST_DATA_DIR
                           "/exec/token.sh\n      env:\n      - {name: SLIPWAY_TEST_TOKEN, value: " +
                               m_practice.credentials->token() +
                               "}\n      - {name: STALE_ONCE_FILE, value: " + marker.toUtf8() + "}\n"));
    QVERIFY(api);
    QStringList sent;
    connect(api->client(), &KubeClient::requestSent, this,
            [&](const QString &, const QString &path) { sent << path; });
    KubeCall *call = api->client()->getNode(QStringLiteral("worker-1"));
    QSignalSpy finished(call, &KubeCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const auto response = finished.first().first().value<KubeResponse>();
    QVERIFY2(response.ok(), qPrintable(response.error.describe()));
    QCOMPARE(api->client()->execPlugin()->runCount(), 2);
    QCOMPARE(sent, QStringList(2, QStringLiteral("/api/v1/nodes/worker-1")));
    QCOMPARE(api->client()->execPlugin()->cachedCredential()->token,
             QString::fromUtf8(m_practice.credentials->token()));
}

void TestKubeClient::secretsNeverReachLogsOrMessages()
{
    // Plant secrets (the real token, a wrong token, a basic-auth password, an exec env value) and
    // drive successes and failures with debug logging on; no captured line and no message may hold them.
    const QByteArray wrongToken = WrongToken;
    MessageCapture capture;
    QStringList texts;
    auto run = [&](const QByteArray &user) {
        auto api = m_practice.apiFor(m_practice.kubeconfig(m_practice.caLine, user));
        QVERIFY(api);
        QSignalSpy loaded(api.get(), &ClusterApi::snapshotLoaded);
        QSignalSpy failed(api.get(), &ClusterApi::refreshFailed);
        api->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size() + failed.size(), 1, 20000);
        if (!failed.isEmpty())
            texts << failed.first().first().value<ClusterError>().describe();
    };
    run(m_practice.tokenLine());
    run("    token: " + wrongToken + "\n");
    run(QByteArray("    username: admin\n    password: ") + Password + "\n");
    run(execUser());
    QCOMPARE(texts.size(), 3);
    QVERIFY2(texts.last().contains(QLatin1String("[redacted]")),
             qPrintable(texts.last())); // the plugin echoed it
    texts += MessageCapture::s_messages;
    QVERIFY(MessageCapture::s_messages.size() > 20); // debug logging ran
    for (const QString &text : std::as_const(texts)) {
        for (const QByteArray &secret : plantedSecrets())
            QVERIFY2(!text.contains(QString::fromUtf8(secret)), qPrintable(text));
    }
}

void TestKubeClient::secretsNeverReachCommandOutputsOrFiles()
{
    // The same secrets through the slipway binary with --verbose: stdout (plan text and JSON), stderr
    // (debug log and the error sentence), the PDF report's text and every file written under a fresh
    // home (log files, caches). The run journal is checked by tst_runcli.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    for (const char *xdg : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"})
        env.insert(QLatin1String(xdg), home.filePath(QLatin1String(xdg)));
    env.remove(QStringLiteral("KUBECONFIG"));
    QList<QByteArray> outputs;
    int failures = 0;
    auto slipway = [&](const QStringList &arguments) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SLIPWAY_EXECUTABLE), arguments);
        QSignalSpy finished(&p, &QProcess::finished);
        QVERIFY(finished.wait(60000) || p.state() == QProcess::NotRunning);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        failures += p.exitCode() == 1 ? 1 : 0;
        outputs << p.readAllStandardOutput() << p.readAllStandardError();
    };
    const QByteArray certUser =
        "    client-certificate-data: " + m_practice.credentials->clientCertificatePem().toBase64() +
        "\n    client-key-data: " + m_practice.credentials->clientKeyPem().toBase64() + "\n";
    const QList<QByteArray> users{
        m_practice.tokenLine(), certUser, QByteArray("    token: ") + WrongToken + "\n",
        QByteArray("    username: admin\n    password: ") + Password + "\n", execUser()};
    for (qsizetype i = 0; i < users.size(); ++i) {
        const QString config = m_practice.writeFile(QStringLiteral("cli/config-%1").arg(i),
                                                    m_practice.kubeconfig(m_practice.caLine, users.at(i)));
        slipway(
            {QStringLiteral("plan"), QStringLiteral("--kubeconfig"), config, QStringLiteral("--verbose")});
        slipway({QStringLiteral("plan"), QStringLiteral("--kubeconfig"), config, QStringLiteral("--output"),
                 QStringLiteral("json"), QStringLiteral("--verbose")});
    }
    QCOMPARE(failures, 6); // wrong token, password and exec plugin, twice each
    const QString pdf = home.filePath(QStringLiteral("report.pdf"));
    slipway({QStringLiteral("report"), QStringLiteral("--kubeconfig"),
             m_practice.writeFile(QStringLiteral("cli/report-config"),
                                  m_practice.kubeconfig(m_practice.caLine, m_practice.tokenLine())),
             QStringLiteral("-o"), pdf, QStringLiteral("--verbose")});
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    if (text.waitForFinished(30000) && text.exitCode() == 0)
        outputs << text.readAllStandardOutput();
    else
        qWarning("pdftotext is not available; the report's text is not checked");
    QDirIterator files(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int fileCount = 0;
    while (files.hasNext()) {
        QFile f(files.next());
        if (f.open(QIODevice::ReadOnly))
            outputs << f.readAll();
        ++fileCount;
    }
    QVERIFY(fileCount >= 2); // at least the report and a log file
    for (const QByteArray &output : std::as_const(outputs)) {
        for (const QByteArray &secret : plantedSecrets())
            QVERIFY2(!output.contains(secret), output.left(2000).constData());
    }
}

QTEST_GUILESS_MAIN(TestKubeClient)
#include "tst_kubeclient.moc"
