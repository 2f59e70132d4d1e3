#include "kube/execcredential.h"
#include "models/kubejson.h"
#include "kube/kubelog.h"
#include "kube/secretredaction.h"
#include "kube/tlsmaterial.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

namespace Slipway {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Slipway::ExecCredential", text);
}

// Plugin stderr in a message: trimmed, at most 1,000 characters.
QString trimmedOutput(const QByteArray &output)
{
    QString text = QString::fromLocal8Bit(output).trimmed();
    if (text.size() > 1000)
        text = text.left(1000) + QStringLiteral(" …");
    return text;
}

} // namespace

bool ExecCredential::isExpired(const QDateTime &now) const
{
    return expirationTimestamp.isValid() && now >= expirationTimestamp;
}

Result<ExecCredential> ExecCredential::parse(const QByteArray &json, const QString &apiVersion)
{
    using Parsed = Result<ExecCredential>;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return Parsed::failure(
            tr("its output is not an ExecCredential JSON object (%1)").arg(parseError.errorString()));
    }
    const QJsonObject object = doc.object();
    const QString returned = object.value(QLatin1String("apiVersion")).toString();
    if (returned != apiVersion) {
        return Parsed::failure(
            tr("exec plugin is configured to use API version %1, plugin returned version %2")
                .arg(apiVersion, returned.isEmpty() ? tr("(none)") : returned));
    }
    if (object.value(QLatin1String("kind")).toString() != QLatin1String("ExecCredential")) {
        return Parsed::failure(tr("exec plugin returned kind \"%1\" instead of ExecCredential")
                                   .arg(object.value(QLatin1String("kind")).toString()));
    }
    if (!object.value(QLatin1String("status")).isObject()) {
        return Parsed::failure(tr("exec plugin didn't return a status field"));
    }
    const QJsonObject status = object.value(QLatin1String("status")).toObject();
    ExecCredential credential;
    credential.token = status.value(QLatin1String("token")).toString();
    const QByteArray certPem = status.value(QLatin1String("clientCertificateData")).toString().toUtf8();
    const QByteArray keyPem = status.value(QLatin1String("clientKeyData")).toString().toUtf8();
    if (certPem.isEmpty() != keyPem.isEmpty()) {
        return Parsed::failure(tr("exec plugin returned only certificate or key, not both"));
    }
    if (credential.token.isEmpty() && certPem.isEmpty()) {
        return Parsed::failure(tr("exec plugin didn't return a token or cert/key pair"));
    }
    if (!certPem.isEmpty()) {
        credential.clientCertificateChain = TlsMaterial::certificatesFromPem(certPem);
        QString keyProblem;
        credential.clientKey = TlsMaterial::privateKeyFromPem(keyPem, &keyProblem);
        if (credential.clientCertificateChain.isEmpty()) {
            return Parsed::failure(tr("status.clientCertificateData holds no PEM certificate"));
        }
        if (credential.clientKey.isNull()) {
            return Parsed::failure(tr("status.clientKeyData cannot be used: %1").arg(keyProblem));
        }
    }
    const QString expiry = status.value(QLatin1String("expirationTimestamp")).toString();
    if (!expiry.isEmpty()) {
        credential.expirationTimestamp = KubeJson::parseTimestamp(expiry);
        if (!credential.expirationTimestamp.isValid()) {
            return Parsed::failure(
                tr("status.expirationTimestamp \"%1\" is not an RFC 3339 time").arg(expiry));
        }
    }
    return credential;
}

ExecCredentialPlugin::ExecCredentialPlugin(const KubeconfigExec &exec, const QString &userName,
                                           const KubeconfigOrigin &origin, const ExecClusterInfo &cluster,
                                           QObject *parent)
    : QObject(parent)
    , m_exec(exec)
    , m_userName(userName)
    , m_origin(origin)
    , m_cluster(cluster)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_timedOut = true;
            m_process->kill();
        }
    });
}

ExecCredentialPlugin::~ExecCredentialPlugin()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

std::optional<ExecCredential> ExecCredentialPlugin::cachedCredential() const
{
    if (m_cached && !m_cached->isExpired())
        return m_cached;
    return std::nullopt;
}

bool ExecCredentialPlugin::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void ExecCredentialPlugin::invalidate()
{
    m_cached.reset();
}

QString ExecCredentialPlugin::who() const
{
    return tr("user \"%1\" (%2)").arg(m_userName, m_origin.toString());
}

QStringList ExecCredentialPlugin::secrets() const
{
    QStringList values;
    for (const KubeconfigExecEnvVar &var : m_exec.env)
        values << var.value;
    if (m_cached)
        values << m_cached->token;
    return values;
}

QByteArray ExecCredentialPlugin::execInfoJson() const
{
    QJsonObject spec{{QStringLiteral("interactive"), false}};
    if (m_exec.provideClusterInfo) {
        QJsonObject cluster{{QStringLiteral("server"), m_cluster.server}};
        if (!m_cluster.tlsServerName.isEmpty())
            cluster.insert(QStringLiteral("tls-server-name"), m_cluster.tlsServerName);
        if (m_cluster.insecureSkipTlsVerify)
            cluster.insert(QStringLiteral("insecure-skip-tls-verify"), true);
        if (!m_cluster.certificateAuthorityPem.isEmpty())
            cluster.insert(QStringLiteral("certificate-authority-data"),
                           QString::fromLatin1(m_cluster.certificateAuthorityPem.toBase64()));
        if (!m_cluster.proxyUrl.isEmpty())
            cluster.insert(QStringLiteral("proxy-url"), m_cluster.proxyUrl);
        if (m_cluster.disableCompression)
            cluster.insert(QStringLiteral("disable-compression"), true);
        spec.insert(QStringLiteral("cluster"), cluster);
    }
    const QJsonObject info{{QStringLiteral("apiVersion"), m_exec.apiVersion},
                           {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                           {QStringLiteral("spec"), spec}};
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

QString ExecCredentialPlugin::resolveCommand(QString *problem) const
{
    // A command with a path separator was made absolute against the kubeconfig's directory when it
    // was read; a bare name is looked up on PATH (FACTS §8.1).
    QString path = m_exec.command;
    if (!path.contains(QLatin1Char('/')))
        path = QStandardPaths::findExecutable(m_exec.command);
    const QFileInfo info(path);
    if (path.isEmpty() || !info.isFile()) {
        *problem = tr("%1: the exec credential plugin \"%2\" was not found%3.")
                       .arg(who(), QDir::toNativeSeparators(m_exec.command),
                            m_exec.command.contains(QLatin1Char('/')) ? QString() : tr(" on PATH"));
        *problem +=
            QLatin1Char(' ') + (m_exec.installHint.trimmed().isEmpty()
                                    ? tr("Install it, or fix users[].user.exec.command in the kubeconfig.")
                                    : m_exec.installHint.trimmed());
        return {};
    }
    if (!info.isExecutable()) {
        *problem = tr("%1: the exec credential plugin %2 is not executable; run chmod +x on it.")
                       .arg(who(), QDir::toNativeSeparators(path));
        return {};
    }
    return info.absoluteFilePath();
}

void ExecCredentialPlugin::request()
{
    if (isRunning())
        return;
    if (m_exec.interactiveMode == QLatin1String("Always")) {
        // Slipway runs plugins without a terminal (spec.interactive=false), so a plugin that
        // always needs one cannot work.
        QTimer::singleShot(0, this, [this] {
            fail(tr("%1: the exec plugin %2 has interactiveMode Always and needs a terminal, which Slipway "
                    "cannot give "
                    "it. Log in once in a terminal (e.g. run kubectl get nodes) so the plugin caches its "
                    "credential, "
                    "or set interactiveMode to IfAvailable.")
                     .arg(who(), QFileInfo(m_exec.command).fileName()));
        });
        return;
    }
    QString problem;
    const QString program = resolveCommand(&problem);
    if (program.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem] { fail(problem); });
        return;
    }

    auto *process = new QProcess(this);
    m_process = process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const KubeconfigExecEnvVar &var : std::as_const(m_exec.env))
        env.insert(var.name, var.value);
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"), QString::fromUtf8(execInfoJson()));
    process->setProcessEnvironment(env);
    process->setProgram(program);
    process->setArguments(m_exec.args);
    process->setStandardInputFile(QProcess::nullDevice());
    connect(process, &QProcess::finished, this, [this](int exitCode) { onFinished(exitCode); });
    connect(process, &QProcess::errorOccurred, this, [this, program](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && m_process) {
            m_timer->stop();
            m_process->deleteLater();
            fail(tr("%1: the exec credential plugin %2 could not be started: %3")
                     .arg(who(), QDir::toNativeSeparators(program), m_process->errorString()));
        }
    });
    ++m_runCount;
    m_timedOut = false;
    m_timer->start(m_timeoutMs);
    qCDebug(lcKube) << "running exec credential plugin" << program << "for user" << m_userName;
    Q_EMIT started();
    process->start();
}

void ExecCredentialPlugin::onFinished(int exitCode)
{
    m_timer->stop();
    QProcess *process = m_process;
    if (!process)
        return;
    process->deleteLater();
    const QString name = QFileInfo(m_exec.command).fileName();
    const QString errorOutput = trimmedOutput(process->readAllStandardError());
    if (m_timedOut) {
        fail(tr("%1: the exec plugin %2 did not finish within %3 seconds and was stopped. It may be waiting "
                "for a "
                "login; run it once in a terminal.")
                 .arg(who(), name)
                 .arg(m_timeoutMs / 1000.0, 0, 'g', 3));
        return;
    }
    if (process->exitStatus() != QProcess::NormalExit || exitCode != 0) {
        QString message =
            process->exitStatus() != QProcess::NormalExit
                ? tr("%1: the exec plugin %2 crashed.").arg(who(), name)
                : tr("%1: the exec plugin %2 failed with exit code %3.").arg(who(), name).arg(exitCode);
        if (!errorOutput.isEmpty())
            message += QLatin1Char(' ') + tr("Its output: %1").arg(errorOutput);
        fail(message);
        return;
    }
    Result<ExecCredential> credential =
        ExecCredential::parse(process->readAllStandardOutput(), m_exec.apiVersion);
    if (!credential.ok()) {
        QString message = tr("%1: the exec plugin %2 gave no usable credential: %3.")
                              .arg(who(), name, credential.errorText());
        if (!errorOutput.isEmpty())
            message += QLatin1Char(' ') + tr("Its output: %1").arg(errorOutput);
        fail(message);
        return;
    }
    if (credential->isExpired()) {
        fail(tr("%1: the exec plugin %2 returned a credential that expired at %3; check the computer's clock "
                "or "
                "log in again.")
                 .arg(who(), name, credential->expirationTimestamp.toString(Qt::ISODate)));
        return;
    }
    m_cached = credential.value();
    qCDebug(lcKube) << "exec credential plugin for user" << m_userName << "succeeded; expires"
                    << (credential->expirationTimestamp.isValid()
                            ? credential->expirationTimestamp.toString(Qt::ISODate)
                            : QStringLiteral("never"));
    Q_EMIT credentialReady(*credential);
}

void ExecCredentialPlugin::fail(const QString &message)
{
    ClusterError error;
    error.kind = ClusterError::Kind::Credentials;
    error.user = m_userName;
    error.authMethod = tr("exec plugin %1").arg(QFileInfo(m_exec.command).fileName());
    error.message = redactSecrets(message, secrets());
    qCWarning(lcKube).noquote() << error.message;
    Q_EMIT failed(error);
}

} // namespace Slipway
