#pragma once

#include "models/clusterapi.h"
#include "models/result.h"
#include "kube/kubeconfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>

#include <optional>

class QProcess;
class QTimer;

namespace Slipway {

// The status of an ExecCredential a credential plugin printed (FACTS §8.1 exec protocol).
// Holds secrets: never log it.
struct ExecCredential
{
    QString token;
    QList<QSslCertificate> clientCertificateChain;
    QSslKey clientKey;
    QDateTime expirationTimestamp; // invalid: valid until a 401 or the process exits

    bool hasClientCertificate() const { return !clientCertificateChain.isEmpty() && !clientKey.isNull(); }
    bool isExpired(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Parses the plugin's stdout. `apiVersion` is the one the kubeconfig configured; the plugin
    // must answer with the same. Errors use client-go's wording and hold no secrets.
    static Result<ExecCredential> parse(const QByteArray &json, const QString &apiVersion);
};

// What KUBERNETES_EXEC_INFO carries about the cluster when provideClusterInfo is set.
struct ExecClusterInfo
{
    QString server;
    QString tlsServerName;
    bool insecureSkipTlsVerify = false;
    QByteArray certificateAuthorityPem;
    QString proxyUrl;
    bool disableCompression = false;
};

// Runs one user's exec credential plugin asynchronously with QProcess and caches the result until
// it expires or invalidate() is called (after a 401). One run at a time; request() while a run is
// going only waits for it. Never blocks the calling thread.
class ExecCredentialPlugin : public QObject
{
    Q_OBJECT
public:
    ExecCredentialPlugin(const KubeconfigExec &exec, const QString &userName, const KubeconfigOrigin &origin,
                         const ExecClusterInfo &cluster, QObject *parent = nullptr);
    ~ExecCredentialPlugin() override;

    // How long a run may take before it is killed (default 60 s).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // The cached credential while it has not expired.
    std::optional<ExecCredential> cachedCredential() const;
    bool isRunning() const;
    // Starts the plugin unless it is running; credentialReady() or failed() follow (never
    // synchronously). Use cachedCredential() first to skip a run.
    void request();
    // Drops the cached credential, e.g. after the server answered 401 (FACTS §8.1).
    void invalidate();
    // How many times the plugin was started (tests, diagnostics).
    int runCount() const { return m_runCount; }
    // The KUBERNETES_EXEC_INFO JSON given to the plugin (spec.interactive is always false).
    QByteArray execInfoJson() const;
    // The values that must never appear in messages: env values and the last token.
    QStringList secrets() const;

Q_SIGNALS:
    void started();
    void credentialReady(const Slipway::ExecCredential &credential);
    void failed(const Slipway::ClusterError &error);

private:
    void fail(const QString &message);
    void onFinished(int exitCode);
    QString who() const;
    QString resolveCommand(QString *problem) const;

    KubeconfigExec m_exec;
    QString m_userName;
    KubeconfigOrigin m_origin;
    ExecClusterInfo m_cluster;
    int m_timeoutMs = 60000;
    int m_runCount = 0;
    std::optional<ExecCredential> m_cached;
    QPointer<QProcess> m_process;
    QTimer *m_timer = nullptr;
    bool m_timedOut = false;
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::ExecCredential)
