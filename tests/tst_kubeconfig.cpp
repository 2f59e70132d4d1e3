// Kubeconfig loading, merging and selection as client-go does it (FACTS §8).
#include "kube/kubeconfig.h"
#include "kube/kubeconfigpaths.h"
#include "kube/kubeconfigselection.h"
#include "kube/tlsmaterial.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;

namespace {

QString dataDir()
{
    return QStringLiteral(SLIPWAY_TEST_DATA_DIR "/kubeconfig");
}

QByteArray readData(const QString &relative)
{
    QFile file(dataDir() + QLatin1Char('/') + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data");
    return file.readAll();
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write test file");
    file.write(content);
    return path;
}

// A one-context kubeconfig whose user entry is `userYaml` (indented under "user:").
QByteArray withUser(const QByteArray &userYaml,
                    const QByteArray &clusterYaml = "    server: https://10.0.0.1:6443\n")
{
    return QByteArrayLiteral(
               "apiVersion: v1\nkind: Config\ncurrent-context: ctx\nclusters:\n- name: c\n  cluster:\n") +
           clusterYaml +
           QByteArrayLiteral("contexts:\n- name: ctx\n  context:\n    cluster: c\n    user: u\nusers:\n- "
                             "name: u\n  user:\n") +
           userYaml;
}

struct Selected
{
    std::optional<KubeconfigSelection> selection;
    QString error;
    QStringList warnings;
};

Selected selectFrom(const QByteArray &yaml, const QTemporaryDir &dir, const QString &context = {})
{
    Selected result;
    const QString path = writeFile(dir, QStringLiteral("config"), yaml);
    const Result<Kubeconfig> config = Kubeconfig::load({path});
    const Result<KubeconfigSelection> selection =
        config.ok() ? config->select(context) : Result<KubeconfigSelection>::failure(config);
    result.selection = selection.optional();
    result.error = selection.errorText();
    result.warnings = config.warningLines() + selection.warningLines();
    return result;
}

} // namespace

class TestKubeconfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergeOfTwoKubeconfigFiles_data();
    void mergeOfTwoKubeconfigFiles();
    void mergeThroughKubeconfigEnvironment();
    void relativePathsResolveAgainstTheirFile_data();
    void relativePathsResolveAgainstTheirFile();
    void dataOverridesFile_data();
    void dataOverridesFile();
    void privateKeys_data();
    void privateKeys();
    void malformedYamlNamesFileAndLine_data();
    void malformedYamlNamesFileAndLine();
    void selectionErrors_data();
    void selectionErrors();
    void execValidation_data();
    void execValidation();
    void proxyUrl_data();
    void proxyUrl();
};

void TestKubeconfig::mergeOfTwoKubeconfigFiles_data()
{
    QTest::addColumn<bool>("firstFileFirst");
    QTest::addColumn<QString>("currentContext");
    QTest::addColumn<QString>("sharedServer");
    QTest::addColumn<QString>("redUserToken");
    QTest::addColumn<QString>("redContextCluster");

    // first.yaml's red-user has certificates and no token; second.yaml's red-user only a token.
    // The winner is taken whole: no token leaks in from the loser (FACTS §8.2).
    QTest::addRow("first.yaml then second.yaml")
        << true << QStringLiteral("red") << QStringLiteral("https://first.example:6443") << QString()
        << QStringLiteral("shared");
    QTest::addRow("second.yaml then first.yaml")
        << false << QStringLiteral("blue") << QStringLiteral("https://second.example:6443")
        << QStringLiteral("second-file-token") << QStringLiteral("blue-cluster");
}

void TestKubeconfig::mergeOfTwoKubeconfigFiles()
{
    QFETCH(bool, firstFileFirst);
    QFETCH(QString, currentContext);
    QFETCH(QString, sharedServer);
    QFETCH(QString, redUserToken);
    QFETCH(QString, redContextCluster);

    QStringList files{dataDir() + QStringLiteral("/merge/first.yaml"),
                      dataDir() + QStringLiteral("/merge/other/second.yaml")};
    if (!firstFileFirst)
        std::reverse(files.begin(), files.end());
    const Result<Kubeconfig> config = Kubeconfig::load(files);
    QVERIFY2(config.ok(), qPrintable(config.errorText()));
    const QStringList warnings = config.warningLines();
    QCOMPARE(config->currentContext(), currentContext);
    QCOMPARE(config->contextNames(), (QStringList{QStringLiteral("blue"), QStringLiteral("red")}));
    QCOMPARE(config->cluster(QStringLiteral("shared"))->server, sharedServer);
    QCOMPARE(config->user(QStringLiteral("red-user"))->token, redUserToken);
    QCOMPARE(config->user(QStringLiteral("red-user"))->clientCertificate.isEmpty(), !firstFileFirst);
    QCOMPARE(config->context(QStringLiteral("red"))->cluster, redContextCluster);
    // Every shadowed entry is reported with both locations.
    QCOMPARE(warnings.size(), 3);
    QVERIFY2(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("user \"red-user\" in ")),
             qPrintable(warnings.join(QLatin1Char('\n'))));
}

void TestKubeconfig::mergeThroughKubeconfigEnvironment()
{
    // The same two files named in KUBECONFIG, plus a missing one that is skipped.
    const QString env = dataDir() + QStringLiteral("/merge/first.yaml") + QDir::listSeparator() + dataDir() +
                        QStringLiteral("/merge/missing.yaml") + QDir::listSeparator() + dataDir() +
                        QStringLiteral("/merge/other/second.yaml");
    const KubeconfigPaths paths = KubeconfigPaths::resolve({}, env, QDir::tempPath());
    QCOMPARE(paths.files.size(), 2);
    const Result<Kubeconfig> config = Kubeconfig::load(paths.files);
    QVERIFY2(config.ok(), qPrintable(config.errorText()));
    const Result<KubeconfigSelection> blue = config->select(QStringLiteral("blue"));
    QVERIFY2(blue.ok(), qPrintable(blue.errorText()));
    QCOMPARE(blue->server.toString(), QStringLiteral("https://blue.example:6443"));
    QCOMPARE(blue->authMethods, QList<KubeAuthMethod>{KubeAuthMethod::TokenFile});
    QCOMPARE(blue->caCertificates.size(), 1);
    const Result<KubeconfigSelection> red = config->select({});
    QVERIFY2(red.ok(), qPrintable(red.errorText()));
    QCOMPARE(red->contextName, QStringLiteral("red"));
    QCOMPARE(red->namespaceName, QStringLiteral("red-ns"));
    QCOMPARE(red->authMethods, QList<KubeAuthMethod>{KubeAuthMethod::ClientCertificate});
    QCOMPARE(red->clientCertificateChain.first().subjectInfo(QSslCertificate::CommonName).value(0),
             QStringLiteral("test-rsa"));
}

void TestKubeconfig::relativePathsResolveAgainstTheirFile_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected"); // relative to the test data directory, or as is
    const QString pki = QStringLiteral("pki/ca.crt");
    QTest::addRow("certificate-authority in first.yaml")
        << QStringLiteral("red") << QStringLiteral("ca") << pki;
    QTest::addRow("certificate-authority in other/second.yaml")
        << QStringLiteral("blue") << QStringLiteral("ca") << pki;
    QTest::addRow("client-certificate in first.yaml")
        << QStringLiteral("red") << QStringLiteral("cert") << QStringLiteral("pki/client-rsa.crt");
    QTest::addRow("client-key in first.yaml")
        << QStringLiteral("red") << QStringLiteral("key") << QStringLiteral("pki/client-rsa.key");
    QTest::addRow("tokenFile in other/second.yaml")
        << QStringLiteral("blue") << QStringLiteral("tokenFile") << QStringLiteral("merge/other/token");
}

void TestKubeconfig::relativePathsResolveAgainstTheirFile()
{
    QFETCH(QString, context);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const Result<Kubeconfig> config =
        Kubeconfig::load({dataDir() + QStringLiteral("/merge/first.yaml"),
                          dataDir() + QStringLiteral("/merge/other/second.yaml")});
    QVERIFY2(config.ok(), qPrintable(config.errorText()));
    const KubeconfigContext *ctx = config->context(context);
    const KubeconfigCluster *cluster = config->cluster(ctx->cluster);
    const KubeconfigUser *user = config->user(ctx->user);
    QString actual;
    if (field == QLatin1String("ca"))
        actual = cluster->certificateAuthority;
    else if (field == QLatin1String("cert"))
        actual = user->clientCertificate;
    else if (field == QLatin1String("key"))
        actual = user->clientKey;
    else
        actual = user->tokenFile;
    QCOMPARE(actual, QDir::cleanPath(dataDir() + QLatin1Char('/') + expected));
}

void TestKubeconfig::dataOverridesFile_data()
{
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QByteArray>("cluster");
    QTest::addColumn<QString>("expectedClientCN");
    QTest::addColumn<QString>("warning");
    const QByteArray rsaCert = readData(QStringLiteral("pki/client-rsa.crt")).toBase64();
    const QByteArray rsaKey = readData(QStringLiteral("pki/client-rsa.key")).toBase64();
    const QByteArray ca = readData(QStringLiteral("pki/ca.crt")).toBase64();
    const QByteArray pki = dataDir().toUtf8() + "/pki/";
    const QByteArray server = "    server: https://10.0.0.1:6443\n";
    QTest::addRow("client-certificate-data overrides client-certificate")
        << ("    client-certificate: " + pki + "client-ec.crt\n    client-certificate-data: " + rsaCert +
            "\n    client-key-data: " + rsaKey + "\n")
        << server << QStringLiteral("test-rsa") << QStringLiteral("client-cert-data will override");
    QTest::addRow("client-key-data overrides client-key")
        << ("    client-certificate-data: " + rsaCert + "\n    client-key: " + pki +
            "client-ec.key\n    client-key-data: " + rsaKey + "\n")
        << server << QStringLiteral("test-rsa") << QStringLiteral("client-key-data will override");
    QTest::addRow("certificate-authority-data overrides a missing certificate-authority file")
        << QByteArray("    token: abc\n")
        << (server + "    certificate-authority: no-such-ca.crt\n    certificate-authority-data: " + ca +
            "\n")
        << QString() << QStringLiteral("certificate-authority-data will override");
    QTest::addRow("files alone") << ("    client-certificate: " + pki +
                                     "client-ec.crt\n    client-key: " + pki + "client-ec.key\n")
                                 << (server + "    certificate-authority: " + pki + "ca.crt\n")
                                 << QStringLiteral("test-ec") << QString();
}

void TestKubeconfig::dataOverridesFile()
{
    QFETCH(QByteArray, user);
    QFETCH(QByteArray, cluster);
    QFETCH(QString, expectedClientCN);
    QFETCH(QString, warning);
    QTemporaryDir dir;
    const Selected s = selectFrom(withUser(user, cluster), dir);
    QVERIFY2(s.selection, qPrintable(s.error));
    if (!expectedClientCN.isEmpty()) {
        QVERIFY(s.selection->hasClientCertificate());
        QCOMPARE(
            s.selection->clientCertificateChain.first().subjectInfo(QSslCertificate::CommonName).value(0),
            expectedClientCN);
    }
    if (warning.isEmpty())
        QVERIFY2(s.warnings.isEmpty(), qPrintable(s.warnings.join(QLatin1Char('\n'))));
    else
        QVERIFY2(s.warnings.join(QLatin1Char('\n')).contains(warning),
                 qPrintable(s.warnings.join(QLatin1Char('\n'))));
}

void TestKubeconfig::privateKeys_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("algorithm"); // -1: must fail
    QTest::addColumn<QString>("problem");
    QTest::addRow("RSA PRIVATE KEY") << QStringLiteral("client-rsa.key") << int(QSsl::Rsa) << QString();
    QTest::addRow("EC PRIVATE KEY after EC PARAMETERS")
        << QStringLiteral("client-ec.key") << int(QSsl::Ec) << QString();
    QTest::addRow("PKCS#8 holding RSA")
        << QStringLiteral("client-rsa-pkcs8.key") << int(QSsl::Rsa) << QString();
    QTest::addRow("PKCS#8 holding EC") << QStringLiteral("client-ec-pkcs8.key") << int(QSsl::Ec) << QString();
    QTest::addRow("encrypted key") << QStringLiteral("client-encrypted.key") << -1
                                   << QStringLiteral("encrypted");
    QTest::addRow("a certificate is not a key")
        << QStringLiteral("client-rsa.crt") << -1 << QStringLiteral("no PEM private key");
}

void TestKubeconfig::privateKeys()
{
    QFETCH(QString, file);
    QFETCH(int, algorithm);
    QFETCH(QString, problem);
    QString actualProblem;
    const QSslKey key =
        TlsMaterial::privateKeyFromPem(readData(QStringLiteral("pki/") + file), &actualProblem);
    if (algorithm < 0) {
        QVERIFY(key.isNull());
        QVERIFY2(actualProblem.contains(problem), qPrintable(actualProblem));
        return;
    }
    QVERIFY2(!key.isNull(), qPrintable(actualProblem));
    QCOMPARE(int(key.algorithm()), algorithm);
    QCOMPARE(key.type(), QSsl::PrivateKey);
}

void TestKubeconfig::malformedYamlNamesFileAndLine_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected"); // after "<file>:"
    QTest::addRow("unclosed flow sequence")
        << QByteArray("apiVersion: v1\nkind: Config\nclusters: [\n  {name: a\n") << QStringLiteral("5:");
    QTest::addRow("tab-indented mapping")
        << QByteArray("apiVersion: v1\nusers:\n- name: u\n  user:\n\ttoken: x\n") << QStringLiteral("5:");
    QTest::addRow("clusters is a string") << QByteArray("apiVersion: v1\nkind: Config\n\nclusters: none\n")
                                          << QStringLiteral("4: clusters: expected a list");
    QTest::addRow("cluster entry without name")
        << QByteArray("apiVersion: v1\nclusters:\n- cluster:\n    server: https://a\n")
        << QStringLiteral("3: clusters[0].name");
    QTest::addRow("insecure-skip-tls-verify not a boolean")
        << QByteArray("clusters:\n- name: a\n  cluster:\n    server: https://a\n    "
                      "insecure-skip-tls-verify: maybe\n")
        << QStringLiteral("5: clusters[0].cluster.insecure-skip-tls-verify: expected true or false");
    QTest::addRow("certificate-authority-data not base64")
        << QByteArray("clusters:\n- name: a\n  cluster:\n    certificate-authority-data: \"not base64!\"\n")
        << QStringLiteral("4: clusters[0].cluster.certificate-authority-data: is not valid base64");
    QTest::addRow("exec args not a list")
        << QByteArray("users:\n- name: u\n  user:\n    exec:\n      command: x\n      args: --flag\n")
        << QStringLiteral("6: users[0].user.exec.args: expected a list of strings");
    QTest::addRow("wrong kind") << QByteArray("apiVersion: v1\nkind: Pod\n") << QStringLiteral("2: kind");
}

void TestKubeconfig::malformedYamlNamesFileAndLine()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("broken.yaml"), yaml);
    const Result<Kubeconfig> config = Kubeconfig::load({path});
    QVERIFY(!config.ok());
    const QString error = config.errorText();
    QVERIFY2(error.startsWith(path + QLatin1Char(':')), qPrintable(error));
    QVERIFY2(error.mid(path.size() + 1).startsWith(expected), qPrintable(error));
}

void TestKubeconfig::selectionErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QStringList>("expected"); // all must appear in the error
    const QByteArray twoContexts =
        "contexts:\n- name: a\n  context: {cluster: c, user: u}\n- name: b\n  context: {cluster: c}\n"
        "clusters:\n- name: c\n  cluster: {server: https://x:6443}\nusers:\n- name: u\n  user: {token: t}\n";
    QTest::addRow("context naming a missing cluster")
        << QByteArray(
               "current-context: ctx\ncontexts:\n- name: ctx\n  context:\n    cluster: gone\n    user: u\n")
        << QString()
        << QStringList{QStringLiteral("context \"ctx\""), QStringLiteral("config:3"),
                       QStringLiteral("cluster \"gone\""), QStringLiteral("contexts[].context.cluster")};
    QTest::addRow("context naming a missing user")
        << QByteArray("current-context: ctx\ncontexts:\n- name: ctx\n  context: {cluster: c, user: "
                      "nobody}\nclusters:\n- name: c\n  cluster: {server: https://x}\n")
        << QString()
        << QStringList{QStringLiteral("user \"nobody\""), QStringLiteral("contexts[].context.user")};
    QTest::addRow("no current-context") << twoContexts << QString()
                                        << QStringList{QStringLiteral("set no current-context"),
                                                       QStringLiteral("--context"), QStringLiteral("a, b")};
    QTest::addRow("unknown --context")
        << twoContexts << QStringLiteral("prod")
        << QStringList{QStringLiteral("context \"prod\""), QStringLiteral("Available contexts: a, b")};
    QTest::addRow("cluster without server")
        << QByteArray("current-context: x\ncontexts:\n- name: x\n  context: {cluster: c}\nclusters:\n- name: "
                      "c\n  cluster: {insecure-skip-tls-verify: true}\n")
        << QString() << QStringList{QStringLiteral("cluster \"c\""), QStringLiteral("has no server")};
    QTest::addRow("conflicting token and basic auth")
        << withUser("    token: tok-s3cr3t\n    username: admin\n    password: pw-s3cr3t\n") << QString()
        << QStringList{QStringLiteral("more than one authentication method found for u; found [token "
                                      "basicAuth], only one is allowed"),
                       QStringLiteral("user \"u\""), QStringLiteral("config:")};
    QTest::addRow("client certificate without key")
        << withUser("    client-certificate: cert.pem\n") << QString()
        << QStringList{QStringLiteral("client-key-data or client-key must be specified for u")};
    QTest::addRow("missing client-certificate file")
        << withUser("    client-certificate: nothere.crt\n    client-key: nothere.key\n") << QString()
        << QStringList{QStringLiteral("unable to read client-cert"), QStringLiteral("nothere.crt"),
                       QStringLiteral("relative to the directory")};
    QTest::addRow("missing tokenFile")
        << withUser("    tokenFile: secret/token\n") << QString()
        << QStringList{QStringLiteral("unable to read tokenFile"), QStringLiteral("secret/token")};
    // A device or a huge file is refused after 1 MiB instead of being read forever.
    QTest::addRow("certificate-authority is /dev/zero")
        << withUser("    token: t\n", "    server: https://x\n    certificate-authority: /dev/zero\n")
        << QString()
        << QStringList{QStringLiteral("unable to read certificate-authority"), QStringLiteral("/dev/zero"),
                       QStringLiteral("more than 1 MiB")};
    QTest::addRow("tokenFile is /dev/zero")
        << withUser("    tokenFile: /dev/zero\n") << QString()
        << QStringList{QStringLiteral("unable to read tokenFile"), QStringLiteral("more than 1 MiB")};
    QTest::addRow("insecure-skip-tls-verify with a CA")
        << withUser(
               "    token: t\n",
               "    server: https://x\n    insecure-skip-tls-verify: true\n    certificate-authority-data: " +
                   readData(QStringLiteral("pki/ca.crt")).toBase64() + "\n")
        << QString()
        << QStringList{QStringLiteral("insecure-skip-tls-verify"), QStringLiteral("remove one of them")};
    QTest::addRow("auth-provider gcp")
        << withUser("    auth-provider:\n      name: gcp\n      config: {access-token: x}\n") << QString()
        << QStringList{QStringLiteral("not supported"), QStringLiteral("gke-gcloud-auth-plugin")};
    QTest::addRow("auth-provider azure")
        << withUser("    auth-provider:\n      name: azure\n") << QString()
        << QStringList{QStringLiteral("not supported"), QStringLiteral("kubelogin")};
    QTest::addRow("auth-provider oidc")
        << withUser("    auth-provider:\n      name: oidc\n") << QString()
        << QStringList{QStringLiteral("auth-provider \"oidc\""), QStringLiteral("use the exec plugin")};
}

void TestKubeconfig::selectionErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, context);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    const Selected s = selectFrom(yaml, dir, context);
    QVERIFY(!s.selection);
    for (const QString &part : std::as_const(expected))
        QVERIFY2(s.error.contains(part),
                 qPrintable(QStringLiteral("missing \"%1\" in: %2").arg(part, s.error)));
    // Secrets from the file never appear in a message.
    QVERIFY2(!s.error.contains(QLatin1String("s3cr3t")), qPrintable(s.error));
}

void TestKubeconfig::execValidation_data()
{
    QTest::addColumn<QByteArray>("exec");
    QTest::addColumn<QString>("error"); // empty: valid
    QTest::addColumn<QString>("interactiveMode");
    QTest::addRow("v1 needs interactiveMode")
        << QByteArray("      apiVersion: client.authentication.k8s.io/v1\n      command: aws\n")
        << QStringLiteral("interactiveMode must be specified for u to use exec authentication plugin")
        << QString();
    QTest::addRow("v1beta1 defaults to IfAvailable")
        << QByteArray("      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n")
        << QString() << QStringLiteral("IfAvailable");
    QTest::addRow("v1 with Never") << QByteArray("      apiVersion: client.authentication.k8s.io/v1\n      "
                                                 "command: aws\n      interactiveMode: Never\n")
                                   << QString() << QStringLiteral("Never");
    QTest::addRow("invalid interactiveMode")
        << QByteArray("      apiVersion: client.authentication.k8s.io/v1\n      command: aws\n      "
                      "interactiveMode: Sometimes\n")
        << QStringLiteral("invalid interactiveMode for u: \"Sometimes\"") << QString();
    QTest::addRow("missing apiVersion")
        << QByteArray("      command: aws\n")
        << QStringLiteral("apiVersion must be specified for u to use exec authentication plugin")
        << QString();
    QTest::addRow("v1alpha1 was removed")
        << QByteArray("      apiVersion: client.authentication.k8s.io/v1alpha1\n      command: aws\n")
        << QStringLiteral("v1alpha1 was removed in Kubernetes 1.24") << QString();
    QTest::addRow("missing command")
        << QByteArray("      apiVersion: client.authentication.k8s.io/v1beta1\n")
        << QStringLiteral("command must be specified for u to use exec authentication plugin") << QString();
    QTest::addRow("env without name")
        << QByteArray("      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      "
                      "env:\n      - value: x\n")
        << QStringLiteral("env variable name must be specified for u") << QString();
    QTest::addRow("exec with auth-provider")
        << QByteArray("      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n    "
                      "auth-provider:\n      name: oidc\n")
        << QStringLiteral("authProvider cannot be provided in combination with an exec plugin for u")
        << QString();
}

void TestKubeconfig::execValidation()
{
    QFETCH(QByteArray, exec);
    QFETCH(QString, error);
    QFETCH(QString, interactiveMode);
    QTemporaryDir dir;
    const Selected s = selectFrom(withUser("    exec:\n" + exec), dir);
    if (!error.isEmpty()) {
        QVERIFY(!s.selection);
        QVERIFY2(s.error.contains(error), qPrintable(s.error));
        QVERIFY2(s.error.contains(QStringLiteral("user \"u\" (") + dir.filePath(QStringLiteral("config"))),
                 qPrintable(s.error));
        return;
    }
    QVERIFY2(s.selection, qPrintable(s.error));
    QCOMPARE(s.selection->exec->interactiveMode, interactiveMode);
    QCOMPARE(s.selection->authMethods, QList<KubeAuthMethod>{KubeAuthMethod::Exec});
}

void TestKubeconfig::proxyUrl_data()
{
    QTest::addColumn<QByteArray>("proxyUrl");
    QTest::addColumn<int>("type"); // -1: error
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addRow("http") << QByteArray("http://proxy.corp:3128") << int(QNetworkProxy::HttpProxy)
                          << QStringLiteral("proxy.corp") << 3128;
    QTest::addRow("socks5") << QByteArray("socks5://127.0.0.1:1080") << int(QNetworkProxy::Socks5Proxy)
                            << QStringLiteral("127.0.0.1") << 1080;
    QTest::addRow("https is refused with a reason")
        << QByteArray("https://proxy.corp") << -1 << QStringLiteral("uses https") << 0;
    QTest::addRow("ftp") << QByteArray("ftp://proxy.corp") << -1
                         << QStringLiteral("must use http, https or socks5") << 0;
}

void TestKubeconfig::proxyUrl()
{
    QFETCH(QByteArray, proxyUrl);
    QFETCH(int, type);
    QFETCH(QString, host);
    QFETCH(int, port);
    QTemporaryDir dir;
    const Selected s = selectFrom(
        withUser("    token: t\n", "    server: https://x:6443\n    proxy-url: " + proxyUrl + "\n"), dir);
    if (type < 0) {
        QVERIFY(!s.selection);
        QVERIFY2(s.error.contains(host), qPrintable(s.error));
        return;
    }
    QVERIFY2(s.selection, qPrintable(s.error));
    QVERIFY(s.selection->proxy);
    QCOMPARE(int(s.selection->proxy->type()), type);
    QCOMPARE(s.selection->proxy->hostName(), host);
    QCOMPARE(int(s.selection->proxy->port()), port);
}

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
