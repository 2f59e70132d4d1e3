// Exec credential plugins (FACTS §8.1): parsing, running asynchronously, caching, failures.
#include "kube/execcredential.h"
#include "kube/kubeconfig.h"
#include "kube/kubeconfigselection.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;

namespace {

const QString kV1 = QStringLiteral("client.authentication.k8s.io/v1");
const QString kV1beta1 = QStringLiteral("client.authentication.k8s.io/v1beta1");

QString script(const char *name)
{
    return QStringLiteral(SLIPWAY_TEST_DATA_DIR "/exec/") + QLatin1String(name);
}

KubeconfigExec execFor(const QString &command, const QList<KubeconfigExecEnvVar> &env = {},
                       const QString &apiVersion = kV1)
{
    KubeconfigExec exec;
    exec.apiVersion = apiVersion;
    exec.command = command;
    exec.env = env;
    exec.interactiveMode = QStringLiteral("IfAvailable");
    return exec;
}

const KubeconfigOrigin kOrigin{QStringLiteral("/home/jane/.kube/config"), 7};

// Collects every Qt message while alive.
struct MessageCapture
{
    MessageCapture()
    {
        s_messages.clear();
        m_previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { s_messages << message; });
    }
    ~MessageCapture() { qInstallMessageHandler(m_previous); }
    static inline QStringList s_messages;
    QtMessageHandler m_previous;
};

} // namespace

class TestExecCredential : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("slipway.kube.debug=true")); }
    void parse_data();
    void parse();
    void runsPluginWithEnvArgsAndExecInfo_data();
    void runsPluginWithEnvArgsAndExecInfo();
    void relativeCommandFromKubeconfig();
    void clientCertificateFromPlugin();
    void cachesUntilExpiry();
    void invalidateRunsAgain();
    void failures_data();
    void failures();
    void neverBlocksTheCaller();
    void secretsNeverReachMessagesOrLogs();
};

void TestExecCredential::parse_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("problem");
    QTest::addRow("token")
        << QByteArray(
               R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"abc"}})")
        << QStringLiteral("abc") << QString();
    QTest::addRow("token with expiry")
        << QByteArray(
               R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"abc","expirationTimestamp":"2099-01-01T00:00:00Z"}})")
        << QStringLiteral("abc") << QString();
    QTest::addRow("other apiVersion")
        << QByteArray(
               R"({"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"abc"}})")
        << QString()
        << QStringLiteral("exec plugin is configured to use API version client.authentication.k8s.io/v1, "
                          "plugin returned version client.authentication.k8s.io/v1beta1");
    QTest::addRow("no status")
        << QByteArray(R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential"})")
        << QString() << QStringLiteral("exec plugin didn't return a status field");
    QTest::addRow("empty status")
        << QByteArray(
               R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{}})")
        << QString() << QStringLiteral("exec plugin didn't return a token or cert/key pair");
    QTest::addRow("certificate without key")
        << QByteArray(
               R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"clientCertificateData":"x"}})")
        << QString() << QStringLiteral("exec plugin returned only certificate or key, not both");
    QTest::addRow("bad expiry")
        << QByteArray(
               R"({"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"a","expirationTimestamp":"tomorrow"}})")
        << QString() << QStringLiteral("expirationTimestamp \"tomorrow\"");
    QTest::addRow("not JSON") << QByteArray("Enter your password:") << QString()
                              << QStringLiteral("not an ExecCredential");
}

void TestExecCredential::parse()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, token);
    QFETCH(QString, problem);
    const Result<ExecCredential> credential = ExecCredential::parse(json, kV1);
    const QString actual = credential.errorText();
    if (problem.isEmpty()) {
        QVERIFY2(credential.ok(), qPrintable(actual));
        QCOMPARE(credential->token, token);
    } else {
        QVERIFY(!credential.ok());
        QVERIFY2(actual.contains(problem), qPrintable(actual));
    }
}

void TestExecCredential::runsPluginWithEnvArgsAndExecInfo_data()
{
    QTest::addColumn<bool>("provideClusterInfo");
    QTest::addColumn<QString>("apiVersion");
    QTest::addRow("v1 without cluster info") << false << kV1;
    QTest::addRow("v1 with cluster info") << true << kV1;
    QTest::addRow("v1beta1 with cluster info") << true << kV1beta1;
}

void TestExecCredential::runsPluginWithEnvArgsAndExecInfo()
{
    QFETCH(bool, provideClusterInfo);
    QFETCH(QString, apiVersion);
    QTemporaryDir dir;
    const QString infoFile = dir.filePath(QStringLiteral("info.json"));
    const QString argsFile = dir.filePath(QStringLiteral("args.txt"));
    KubeconfigExec exec = execFor(script("token.sh"),
                                  {{QStringLiteral("SLIPWAY_TEST_TOKEN"), QStringLiteral("token-from-env")},
                                   {QStringLiteral("EXEC_INFO_OUT"), infoFile},
                                   {QStringLiteral("ARGS_OUT"), argsFile}},
                                  apiVersion);
    exec.args = QStringList{apiVersion, QStringLiteral("--region=eu west")};
    exec.provideClusterInfo = provideClusterInfo;
    ExecClusterInfo cluster;
    cluster.server = QStringLiteral("https://10.0.0.1:6443");
    cluster.certificateAuthorityPem = QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n");
    ExecCredentialPlugin plugin(exec, QStringLiteral("jane"), kOrigin, cluster);
    QSignalSpy ready(&plugin, &ExecCredentialPlugin::credentialReady);
    QSignalSpy failed(&plugin, &ExecCredentialPlugin::failed);
    plugin.request();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size() + failed.size(), 1, 10000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<ClusterError>().describe()));
    QCOMPARE(ready.first().first().value<ExecCredential>().token, QStringLiteral("token-from-env"));
    QCOMPARE(plugin.cachedCredential()->token, QStringLiteral("token-from-env"));

    QFile info(infoFile);
    QVERIFY(info.open(QIODevice::ReadOnly));
    const QJsonObject execInfo = QJsonDocument::fromJson(info.readAll()).object();
    QCOMPARE(execInfo.value(QLatin1String("apiVersion")).toString(), apiVersion);
    QCOMPARE(execInfo.value(QLatin1String("kind")).toString(), QStringLiteral("ExecCredential"));
    const QJsonObject spec = execInfo.value(QLatin1String("spec")).toObject();
    QCOMPARE(spec.value(QLatin1String("interactive")), QJsonValue(false));
    QCOMPARE(spec.contains(QLatin1String("cluster")), provideClusterInfo);
    if (provideClusterInfo) {
        const QJsonObject c = spec.value(QLatin1String("cluster")).toObject();
        QCOMPARE(c.value(QLatin1String("server")).toString(), cluster.server);
        QCOMPARE(QByteArray::fromBase64(
                     c.value(QLatin1String("certificate-authority-data")).toString().toLatin1()),
                 cluster.certificateAuthorityPem);
    }
    QFile args(argsFile);
    QVERIFY(args.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(args.readAll()), apiVersion + QStringLiteral("\n--region=eu west\n"));
}

void TestExecCredential::relativeCommandFromKubeconfig()
{
    // "./exec/token.sh" resolves against the kubeconfig's directory (FACTS §8.1), "sh" stays a
    // bare name for PATH.
    const QByteArray yaml =
        "current-context: c\ncontexts:\n- name: c\n  context: {cluster: k, user: u}\n"
        "clusters:\n- name: k\n  cluster: {server: https://127.0.0.1:1}\nusers:\n"
        "- name: u\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
        "      command: ./exec/token.sh\n      interactiveMode: Never\n"
        "- name: bare\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
        "      command: sh\n      interactiveMode: Never\n";
    const Result<Kubeconfig> config =
        Kubeconfig::parse(yaml, QStringLiteral(SLIPWAY_TEST_DATA_DIR "/kubeconfig-in-data-dir"));
    QVERIFY2(config.ok(), qPrintable(config.errorText()));
    QCOMPARE(config->user(QStringLiteral("u"))->exec->command, script("token.sh"));
    QCOMPARE(config->user(QStringLiteral("bare"))->exec->command, QStringLiteral("sh"));
    const Result<KubeconfigSelection> selection = config->select({});
    QVERIFY2(selection.ok(), qPrintable(selection.errorText()));
    ExecCredentialPlugin plugin(*selection->exec, selection->userName, selection->userOrigin, {});
    QSignalSpy ready(&plugin, &ExecCredentialPlugin::credentialReady);
    plugin.request();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
    QCOMPARE(ready.first().first().value<ExecCredential>().token, QStringLiteral("exec-token"));
}

void TestExecCredential::clientCertificateFromPlugin()
{
    const QString pki = QStringLiteral(SLIPWAY_TEST_DATA_DIR "/kubeconfig/pki/");
    ExecCredentialPlugin plugin(
        execFor(script("cert.sh"), {{QStringLiteral("CERT_FILE"), pki + QStringLiteral("client-ec.crt")},
                                    {QStringLiteral("KEY_FILE"), pki + QStringLiteral("client-ec.key")}}),
        QStringLiteral("jane"), kOrigin, {});
    QSignalSpy ready(&plugin, &ExecCredentialPlugin::credentialReady);
    plugin.request();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
    const auto credential = ready.first().first().value<ExecCredential>();
    QVERIFY(credential.hasClientCertificate());
    QCOMPARE(credential.clientKey.algorithm(), QSsl::Ec);
    QCOMPARE(credential.clientCertificateChain.first().subjectInfo(QSslCertificate::CommonName).value(0),
             QStringLiteral("test-ec"));
}

void TestExecCredential::cachesUntilExpiry()
{
    QTemporaryDir dir;
    ExecCredentialPlugin plugin(
        execFor(script("expiring.sh"),
                {{QStringLiteral("RUN_COUNT_FILE"), dir.filePath(QStringLiteral("count"))},
                 {QStringLiteral("EXPIRES_IN"), QStringLiteral("2")}},
                kV1beta1),
        QStringLiteral("jane"), kOrigin, {});
    QSignalSpy ready(&plugin, &ExecCredentialPlugin::credentialReady);
    plugin.request();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
    QCOMPARE(plugin.cachedCredential()->token, QStringLiteral("expiring-token-1"));
    QVERIFY(plugin.cachedCredential()->expirationTimestamp.isValid());
    QCOMPARE(plugin.runCount(), 1);
    // Still valid: no new run is needed.
    QVERIFY(plugin.cachedCredential());
    // After expiry the cache is empty, and the next request runs the plugin again.
    QTRY_VERIFY_WITH_TIMEOUT(!plugin.cachedCredential(), 5000);
    plugin.request();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 10000);
    QCOMPARE(plugin.runCount(), 2);
    QCOMPARE(plugin.cachedCredential()->token, QStringLiteral("expiring-token-2"));
}

void TestExecCredential::invalidateRunsAgain()
{
    QTemporaryDir dir;
    ExecCredentialPlugin plugin(
        execFor(script("expiring.sh"),
                {{QStringLiteral("RUN_COUNT_FILE"), dir.filePath(QStringLiteral("count"))},
                 {QStringLiteral("EXPIRES_IN"), QStringLiteral("3600")}},
                kV1beta1),
        QStringLiteral("jane"), kOrigin, {});
    QSignalSpy ready(&plugin, &ExecCredentialPlugin::credentialReady);
    plugin.request();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
    plugin.invalidate(); // what a 401 does
    QVERIFY(!plugin.cachedCredential());
    plugin.request();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 10000);
    QCOMPARE(plugin.cachedCredential()->token, QStringLiteral("expiring-token-2"));
}

void TestExecCredential::failures_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("installHint");
    QTest::addColumn<QString>("interactiveMode");
    QTest::addColumn<QStringList>("expected");
    const QString hint = QStringLiteral("Install the cloud CLI: see https://cloud.example/install");
    QTest::addRow("missing command shows installHint")
        << QStringLiteral("slipway-no-such-plugin") << hint << QStringLiteral("IfAvailable")
        << QStringList{QStringLiteral("user \"jane\" (/home/jane/.kube/config:7)"),
                       QStringLiteral("\"slipway-no-such-plugin\" was not found on PATH"), hint};
    QTest::addRow("missing command without hint")
        << QStringLiteral("/opt/nothing/plugin") << QString() << QStringLiteral("IfAvailable")
        << QStringList{QStringLiteral("/opt/nothing/plugin\" was not found."),
                       QStringLiteral("fix users[].user.exec.command")};
    QTest::addRow("plugin fails: exit code and trimmed stderr")
        << script("fail.sh") << QString() << QStringLiteral("IfAvailable")
        << QStringList{
               QStringLiteral("failed with exit code 3"),
               QStringLiteral("Its output: error: the refresh token expired; run \"cloud login\" again")};
    QTest::addRow("plugin prints no ExecCredential")
        << script("garbage.sh") << QString() << QStringLiteral("Never")
        << QStringList{QStringLiteral("gave no usable credential"), QStringLiteral("not an ExecCredential")};
    QTest::addRow("interactiveMode Always without a terminal")
        << script("token.sh") << QString() << QStringLiteral("Always")
        << QStringList{QStringLiteral("interactiveMode Always"), QStringLiteral("needs a terminal")};
    QTest::addRow("timeout") << script("slow.sh") << QString() << QStringLiteral("Never")
                             << QStringList{QStringLiteral("did not finish within 0.3 seconds")};
}

void TestExecCredential::failures()
{
    QFETCH(QString, command);
    QFETCH(QString, installHint);
    QFETCH(QString, interactiveMode);
    QFETCH(QStringList, expected);
    KubeconfigExec exec = execFor(command);
    exec.installHint = installHint;
    exec.interactiveMode = interactiveMode;
    ExecCredentialPlugin plugin(exec, QStringLiteral("jane"), kOrigin, {});
    plugin.setTimeout(300);
    QSignalSpy ready(&plugin, &ExecCredentialPlugin::credentialReady);
    QSignalSpy failed(&plugin, &ExecCredentialPlugin::failed);
    plugin.request();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY(ready.isEmpty());
    const auto error = failed.first().first().value<ClusterError>();
    QCOMPARE(error.kind, ClusterError::Kind::Credentials);
    QCOMPARE(error.user, QStringLiteral("jane"));
    const QString message = error.describe();
    for (const QString &part : std::as_const(expected))
        QVERIFY2(message.contains(part),
                 qPrintable(QStringLiteral("missing \"%1\" in: %2").arg(part, message)));
    QVERIFY(!plugin.cachedCredential());
}

void TestExecCredential::neverBlocksTheCaller()
{
    ExecCredentialPlugin plugin(execFor(script("slow.sh")), QStringLiteral("jane"), kOrigin, {});
    plugin.setTimeout(2000);
    QSignalSpy started(&plugin, &ExecCredentialPlugin::started);
    QElapsedTimer timer;
    timer.start();
    plugin.request();
    QVERIFY2(timer.elapsed() < 500, "request() waited for the plugin");
    QCOMPARE(started.size(), 1);
    QVERIFY(plugin.isRunning());
    plugin.request(); // joins the running plugin instead of starting a second one
    QCOMPARE(plugin.runCount(), 1);
}

void TestExecCredential::secretsNeverReachMessagesOrLogs()
{
    const QString secret = QStringLiteral("s3cr3t-env-value-4711");
    MessageCapture capture;
    {
        ExecCredentialPlugin plugin(execFor(script("fail.sh"), {{QStringLiteral("FAIL_DETAIL"), secret}}),
                                    QStringLiteral("jane"), kOrigin, {});
        QSignalSpy failed(&plugin, &ExecCredentialPlugin::failed);
        plugin.request();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        const QString message = failed.first().first().value<ClusterError>().describe();
        QVERIFY2(message.contains(QLatin1String("[redacted]")),
                 qPrintable(message)); // the plugin did echo it
        QVERIFY2(!message.contains(secret), qPrintable(message));
    }
    {
        ExecCredentialPlugin plugin(
            execFor(script("token.sh"), {{QStringLiteral("SLIPWAY_TEST_TOKEN"), secret}}),
            QStringLiteral("jane"), kOrigin, {});
        QSignalSpy ready(&plugin, &ExecCredentialPlugin::credentialReady);
        plugin.request();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
        QCOMPARE(plugin.cachedCredential()->token, secret);
    }
    QVERIFY(!MessageCapture::s_messages.isEmpty()); // debug logging was on and captured
    for (const QString &line : std::as_const(MessageCapture::s_messages))
        QVERIFY2(!line.contains(secret), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestExecCredential)
#include "tst_execcredential.moc"
