#pragma once

#include "kube/kubeconfig.h"

#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <optional>

namespace Slipway {

// How a user authenticates (FACTS §8.1). A user may combine a client certificate with one of
// the others, as client-go allows.
enum class KubeAuthMethod
{
    None,
    ClientCertificate,
    Token,
    TokenFile,
    BasicAuth,
    Exec
};

// A context resolved into what the HTTPS client needs: the cluster's address and trust, the
// user's credentials, with every file already read and every relative path resolved. Contains
// secrets (token, key, password, exec env): never log it or write it anywhere.
struct KubeconfigSelection
{
    QString contextName;
    QString clusterName;
    QString userName;
    QString namespaceName; // the context's namespace, may be empty
    KubeconfigOrigin clusterOrigin;
    KubeconfigOrigin userOrigin;

    // ---- cluster ----
    QUrl server;
    QByteArray caPem; // as read; empty: the system's trusted CAs
    QList<QSslCertificate> caCertificates;
    QString caSource; // "certificate-authority-data in <file>" or the CA file path
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;              // peer verify name, empty: the server's host
    QString proxyUrl;                   // as written
    std::optional<QNetworkProxy> proxy; // std::nullopt: http_proxy/https_proxy from the environment
    bool disableCompression = false;

    // ---- user ----
    QList<KubeAuthMethod> authMethods;             // what the user entry provides, in the order used
    QList<QSslCertificate> clientCertificateChain; // leaf first
    QSslKey clientKey;                             // secret
    QString clientCertificateSource;               // where the certificate came from, for messages
    QString token;                                 // secret
    QString tokenFile;                             // absolute path
    QString username;
    QString password;                   // secret
    std::optional<KubeconfigExec> exec; // command resolved; env values are secret
    QString impersonate;
    QStringList impersonateGroups;

    bool hasClientCertificate() const { return !clientCertificateChain.isEmpty() && !clientKey.isNull(); }
    // "bearer token", "client certificate and token file /x/token", "exec plugin aws" … for
    // messages. Never contains a secret.
    QString authDescription() const;
};

QString kubeAuthMethodName(KubeAuthMethod method);

} // namespace Slipway
