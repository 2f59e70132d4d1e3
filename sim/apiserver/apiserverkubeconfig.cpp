#include "sim/apiserver/apiserverkubeconfig.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Slipway::PracticeKubeconfig {

namespace {

QByteArray quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    return '"' + escaped.toUtf8() + '"';
}

QByteArray quoted(const QByteArray &text)
{
    return quoted(QString::fromUtf8(text));
}

} // namespace

QString tokenContextName(const QString &clusterName)
{
    return clusterName + QLatin1String("-token");
}

QString certificateContextName(const QString &clusterName)
{
    return clusterName + QLatin1String("-cert");
}

QByteArray yaml(const ServerCredentials &credentials, const QUrl &server, const QString &clusterName)
{
    const QByteArray cluster = quoted(clusterName);
    const QByteArray tokenName = quoted(tokenContextName(clusterName));
    const QByteArray certName = quoted(certificateContextName(clusterName));
    QByteArray out;
    out += "# Written by `slipway serve-demo`: the practice cluster's API on this computer only.\n";
    out += "# Holds a token and a client key: keep it private.\n";
    out += "apiVersion: v1\nkind: Config\n";
    out += "clusters:\n- name: " + cluster + "\n  cluster:\n";
    out += "    server: " + quoted(server.toString()) + "\n";
    out += "    certificate-authority-data: " + quoted(credentials.caCertificatePem().toBase64()) + "\n";
    out += "users:\n";
    out += "- name: " + tokenName + "\n  user:\n    token: " + quoted(credentials.token()) + "\n";
    out += "- name: " + certName + "\n  user:\n";
    out += "    client-certificate-data: " + quoted(credentials.clientCertificatePem().toBase64()) + "\n";
    out += "    client-key-data: " + quoted(credentials.clientKeyPem().toBase64()) + "\n";
    out += "contexts:\n";
    out +=
        "- name: " + tokenName + "\n  context:\n    cluster: " + cluster + "\n    user: " + tokenName + "\n";
    out += "- name: " + certName + "\n  context:\n    cluster: " + cluster + "\n    user: " + certName + "\n";
    out += "current-context: " + tokenName + "\n";
    return out;
}

bool write(const QString &path, const QByteArray &yaml, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QStringLiteral("cannot create the directory of %1").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(yaml) != yaml.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Slipway::PracticeKubeconfig
