#pragma once

// Test fixture shared by tst_kubeclient and tst_kubewatch: the practice cluster's real Kubernetes
// API server (sim/apiserver*, what `slipway serve-demo` runs) on 127.0.0.1 with fresh credentials,
// the kubeconfig it writes and the same material as files for path variants. Header-only, so
// tests keep linking the libraries without compiling library sources.
#include "sim/apiserver/apiserver.h"
#include "sim/apiserver/apiserverkubeconfig.h"
#include "sim/scenario/scenarioloader.h"
#include "kube/kubeclusterapi.h"
#include "kube/kubeconfig.h"
#include "sim/apiserver/servercredentials.h"
#include "sim/engine/simulator.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace Slipway {

// Collects every Qt message (qDebug, qCWarning …) while alive.
struct MessageCapture
{
    MessageCapture()
    {
        s_messages.clear();
        m_previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { s_messages << message; });
    }
    ~MessageCapture() { qInstallMessageHandler(m_previous); }
    MessageCapture(const MessageCapture &) = delete;
    MessageCapture &operator=(const MessageCapture &) = delete;
    static inline QStringList s_messages;
    QtMessageHandler m_previous;
};

inline KubeClientOptions fastOptions()
{
    KubeClientOptions o;
    o.requestTimeoutMs = 10000;
    o.initialBackoffMs = 20;
    o.maxBackoffMs = 100;
    o.maxRetries = 3;
    return o;
}

struct PracticeApiFixture
{
    std::unique_ptr<Simulator> sim;
    std::unique_ptr<ApiServer> server;
    std::optional<ServerCredentials> credentials;
    QTemporaryDir dir;
    QByteArray caLine;        // "    certificate-authority-data: …" for a cluster entry
    QString servedKubeconfig; // what serve-demo writes: contexts practice-token, practice-cert

    // The bundled default scenario, or `scenario` when given (e.g. ScenarioLoader::loadFromString).
    bool start(QString *error, std::optional<Result<LoadedScenario>> given = std::nullopt)
    {
        const Result<LoadedScenario> scenario =
            given ? *given : ScenarioLoader::loadBundled(QStringLiteral("default"));
        if (!scenario.ok()) {
            *error = scenario.errorText();
            return false;
        }
        sim = std::make_unique<Simulator>(scenario->snapshot);
        credentials = ServerCredentials::generate(error);
        if (!credentials)
            return false;
        server = std::make_unique<ApiServer>(sim.get(), *credentials);
        if (!server->listen(QHostAddress::LocalHost, 0, error) || !dir.isValid())
            return false;
        servedKubeconfig =
            writeFile(QStringLiteral("served/config"),
                      PracticeKubeconfig::yaml(*credentials, server->url(), QStringLiteral("practice")));
        writeFile(QStringLiteral("pki/ca.crt"), credentials->caCertificatePem());
        writeFile(QStringLiteral("pki/client.crt"), credentials->clientCertificatePem());
        writeFile(QStringLiteral("pki/client.key"), credentials->clientKeyPem());
        writeFile(QStringLiteral("secrets/token"), credentials->token() + '\n');
        caLine = "    certificate-authority-data: " + credentials->caCertificatePem().toBase64() + "\n";
        return true;
    }

    void stop()
    {
        // Let the server see our clients' connections close first: ~ApiServer() currently destroys
        // its context before the connections whose watch streams still refer to it.
        QDeadlineTimer deadline(5000);
        while (server && (server->connectionCount() > 0 || server->watchCount() > 0) &&
               !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        server.reset();
        sim.reset();
    }

    QByteArray tokenLine() const { return "    token: " + credentials->token() + "\n"; }

    QString writeFile(const QString &relative, const QByteArray &content) const
    {
        const QString path = dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write a test file");
        file.write(content);
        return path;
    }

    // One context "test" with cluster "practice" (this server) and user "tester".
    QByteArray kubeconfig(const QByteArray &cluster, const QByteArray &user) const
    {
        return "apiVersion: v1\nkind: Config\ncurrent-context: test\nclusters:\n- name: practice\n  "
               "cluster:\n    server: " +
               server->url().toString().toUtf8() + "\n" + cluster + "users:\n- name: tester\n  user:\n" +
               user + "contexts:\n- name: test\n  context: {cluster: practice, user: tester}\n";
    }

    // Written next to pki/ and secrets/, so relative paths resolve against the fixture directory.
    Result<KubeconfigSelection> select(const QByteArray &yaml) const
    {
        const Result<Kubeconfig> config = Kubeconfig::load({writeFile(QStringLiteral("config"), yaml)});
        return config.ok() ? config->select({}) : Result<KubeconfigSelection>::failure(config);
    }

    // A client of this server as serve-demo's kubeconfig gives it (the token context).
    std::unique_ptr<KubeClusterApi> servedApi(const KubeClientOptions &options = fastOptions()) const
    {
        auto opened = KubeClusterApi::fromKubeconfig(servedKubeconfig, {}, options);
        if (!opened.ok()) {
            qWarning("%s", qPrintable(opened.errorText()));
            return nullptr;
        }
        return std::move(opened).value();
    }

    std::unique_ptr<KubeClusterApi> apiFor(const QByteArray &yaml,
                                           const KubeClientOptions &options = fastOptions()) const
    {
        const Result<KubeconfigSelection> selection = select(yaml);
        if (!selection.ok()) {
            qWarning("%s", qPrintable(selection.errorText()));
            return nullptr;
        }
        return std::make_unique<KubeClusterApi>(selection.value(), options);
    }
};

} // namespace Slipway
