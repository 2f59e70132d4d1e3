// Kubeconfig::select(): context → cluster + user, validated like client-go's
// tools/clientcmd/validation.go (FACTS §8.1) and resolved (files read, certificates parsed).
#include "kube/kubeconfig.h"
#include "kube/kubeconfigselection.h"
#include "kube/tlsmaterial.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Slipway {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS, so Tr::tr() strings are found at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::Kubeconfig)
};

const QString kExecV1 = QStringLiteral("client.authentication.k8s.io/v1");
const QString kExecV1beta1 = QStringLiteral("client.authentication.k8s.io/v1beta1");

QString fileList(const QStringList &files)
{
    QStringList native;
    for (const QString &f : files)
        native << QDir::toNativeSeparators(f);
    return native.isEmpty() ? Tr::tr("(no kubeconfig file)") : native.join(QStringLiteral(", "));
}

// "user "admin" (/home/me/.kube/config:14)"
QString entry(const QString &what, const QString &name, const KubeconfigOrigin &origin)
{
    return Tr::tr("%1 \"%2\" (%3)").arg(what, name, origin.toString());
}

// Certificates, keys and tokens are a few KB; a path to a device or a huge file (e.g.
// certificate-authority: /dev/zero) must neither hang nor exhaust memory.
constexpr qint64 kMaxCredentialFileBytes = 1024 * 1024;

bool readFile(const QString &path, QByteArray *data, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = file.errorString();
        return false;
    }
    *data = file.read(kMaxCredentialFileBytes + 1);
    if (data->size() > kMaxCredentialFileBytes) {
        data->clear();
        *problem = Tr::tr("it holds more than 1 MiB, far more than a certificate, key or token");
        return false;
    }
    return true;
}

// Cluster part of the selection. Returns false and sets `error` on a problem.
bool selectCluster(const KubeconfigCluster &c, KubeconfigSelection &s, QString *error, QStringList *warnings)
{
    const QString who = entry(Tr::tr("cluster"), c.name, c.origin);
    s.clusterName = c.name;
    s.clusterOrigin = c.origin;
    if (c.server.isEmpty()) {
        *error =
            Tr::tr("%1 has no server; set clusters[].cluster.server to the API server's https://HOST:PORT.")
                .arg(who);
        return false;
    }
    QUrl server = QUrl::fromUserInput(c.server);
    if (!c.server.contains(QLatin1String("://")))
        server = QUrl(QStringLiteral("https://") + c.server); // client-go defaults to https with TLS settings
    if (!server.isValid() || server.host().isEmpty() ||
        (server.scheme() != QLatin1String("https") && server.scheme() != QLatin1String("http"))) {
        *error =
            Tr::tr("%1: server \"%2\" is not an https:// URL with a host; fix clusters[].cluster.server.")
                .arg(who, c.server);
        return false;
    }
    s.server = server;
    s.insecureSkipTlsVerify = c.insecureSkipTlsVerify;
    s.tlsServerName = c.tlsServerName;
    s.disableCompression = c.disableCompression;

    if (!c.certificateAuthorityData.isEmpty()) {
        if (!c.certificateAuthority.isEmpty() && warnings)
            *warnings << Tr::tr(
                             "%1: certificate-authority-data and certificate-authority are both specified; "
                             "certificate-authority-data will override.")
                             .arg(who);
        s.caPem = c.certificateAuthorityData;
        s.caSource =
            Tr::tr("certificate-authority-data of cluster \"%1\" in %2").arg(c.name, c.origin.toString());
    } else if (!c.certificateAuthority.isEmpty()) {
        QString problem;
        if (!readFile(c.certificateAuthority, &s.caPem, &problem)) {
            *error = Tr::tr("%1: unable to read certificate-authority %2: %3. Fix the path (relative paths "
                            "are relative "
                            "to the directory of %4).")
                         .arg(who, QDir::toNativeSeparators(c.certificateAuthority), problem,
                              QDir::toNativeSeparators(c.origin.file));
            return false;
        }
        s.caSource = QDir::toNativeSeparators(c.certificateAuthority);
    }
    if (!s.caPem.isEmpty()) {
        s.caCertificates = TlsMaterial::certificatesFromPem(s.caPem);
        if (s.caCertificates.isEmpty()) {
            *error = Tr::tr("%1: the certificate authority in %2 holds no PEM certificate; it must contain "
                            "\"-----BEGIN CERTIFICATE-----\" blocks.")
                         .arg(who, s.caSource);
            return false;
        }
        if (c.insecureSkipTlsVerify) {
            // client-go transport: "specifying a root certificates file with the insecure flag is not
            // allowed"
            *error = Tr::tr("%1: insecure-skip-tls-verify is set together with a certificate authority, "
                            "which client-go "
                            "does not allow; remove one of them.")
                         .arg(who);
            return false;
        }
    }

    s.proxyUrl = c.proxyUrl;
    if (!c.proxyUrl.isEmpty()) {
        const QUrl proxy(c.proxyUrl);
        const QString scheme = proxy.scheme();
        QNetworkProxy p;
        if (scheme == QLatin1String("http")) {
            p = QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host(), quint16(proxy.port(80)));
        } else if (scheme == QLatin1String("socks5")) {
            p = QNetworkProxy(QNetworkProxy::Socks5Proxy, proxy.host(), quint16(proxy.port(1080)));
        } else if (scheme == QLatin1String("https")) {
            // Qt speaks plain HTTP CONNECT to proxies; a TLS connection to the proxy itself is not available.
            *error = Tr::tr("%1: proxy-url \"%2\" uses https, which Slipway cannot use (Qt connects to "
                            "proxies without "
                            "TLS); use an http:// or socks5:// proxy address.")
                         .arg(who, proxy.toDisplayString(QUrl::RemoveUserInfo));
            return false;
        } else {
            *error = Tr::tr("%1: proxy-url \"%2\" must use http, https or socks5.")
                         .arg(who, proxy.toDisplayString(QUrl::RemoveUserInfo));
            return false;
        }
        if (proxy.host().isEmpty()) {
            *error = Tr::tr("%1: proxy-url \"%2\" has no host.")
                         .arg(who, proxy.toDisplayString(QUrl::RemoveUserInfo));
            return false;
        }
        p.setUser(proxy.userName());
        p.setPassword(proxy.password());
        s.proxy = p;
    }
    return true;
}

QString authProviderMessage(const QString &who, const QString &provider)
{
    // FACTS §8.1: gcp and azure were removed in client-go v0.25; Slipway supports no auth-provider.
    if (provider == QLatin1String("gcp"))
        return Tr::tr(
                   "%1 uses auth-provider \"gcp\", which is not supported: the gcp auth plugin was removed "
                   "in Kubernetes "
                   "1.25. Use the exec plugin \"gke-gcloud-auth-plugin\" instead (gcloud components install "
                   "gke-gcloud-auth-plugin, then gcloud container clusters get-credentials CLUSTER).")
            .arg(who);
    if (provider == QLatin1String("azure"))
        return Tr::tr(
                   "%1 uses auth-provider \"azure\", which is not supported: the azure auth plugin was "
                   "removed in "
                   "Kubernetes 1.25. Use the exec plugin kubelogin instead (kubelogin convert-kubeconfig).")
            .arg(who);
    return Tr::tr("%1 uses auth-provider \"%2\", which is not supported; use the exec plugin instead "
                  "(gke-gcloud-auth-plugin for GKE, kubelogin for AKS and OIDC: kubectl oidc-login).")
        .arg(who, provider);
}

bool validateExec(const KubeconfigUser &u, KubeconfigExec &exec, const QString &who, QString *error)
{
    // Messages of client-go validation.go, prefixed with where the user is and followed by a fix.
    if (!u.authProvider.isEmpty()) {
        *error =
            Tr::tr("%1: authProvider cannot be provided in combination with an exec plugin for %2; remove "
                   "auth-provider.")
                .arg(who, u.name);
        return false;
    }
    if (exec.command.isEmpty()) {
        *error = Tr::tr("%1: command must be specified for %2 to use exec authentication plugin "
                        "(users[].user.exec.command).")
                     .arg(who, u.name);
        return false;
    }
    if (exec.apiVersion.isEmpty()) {
        *error = Tr::tr("%1: apiVersion must be specified for %2 to use exec authentication plugin "
                        "(users[].user.exec.apiVersion: client.authentication.k8s.io/v1).")
                     .arg(who, u.name);
        return false;
    }
    if (exec.apiVersion != kExecV1 && exec.apiVersion != kExecV1beta1) {
        *error =
            Tr::tr(
                "%1: exec apiVersion \"%2\" is not supported; use client.authentication.k8s.io/v1 or v1beta1 "
                "(v1alpha1 was removed in Kubernetes 1.24). Updating the plugin usually fixes this.")
                .arg(who, exec.apiVersion);
        return false;
    }
    for (const KubeconfigExecEnvVar &var : std::as_const(exec.env)) {
        if (var.name.isEmpty()) {
            *error =
                Tr::tr("%1: env variable name must be specified for %2 to use exec authentication plugin "
                       "(users[].user.exec.env[].name).")
                    .arg(who, u.name);
            return false;
        }
    }
    if (exec.interactiveMode.isEmpty()) {
        if (exec.apiVersion == kExecV1) {
            *error = Tr::tr("%1: interactiveMode must be specified for %2 to use exec authentication plugin "
                            "(users[].user.exec.interactiveMode: Never, IfAvailable or Always; required by "
                            "client.authentication.k8s.io/v1).")
                         .arg(who, u.name);
            return false;
        }
        exec.interactiveMode = QStringLiteral("IfAvailable"); // v1beta1 default (FACTS §8.1)
    }
    static const QStringList modes{QStringLiteral("Never"), QStringLiteral("IfAvailable"),
                                   QStringLiteral("Always")};
    if (!modes.contains(exec.interactiveMode)) {
        *error = Tr::tr("%1: invalid interactiveMode for %2: \"%3\" (use Never, IfAvailable or Always).")
                     .arg(who, u.name, exec.interactiveMode);
        return false;
    }
    return true;
}

// The client certificate and key of a user that has either (FACTS §8.1): both must be there, read
// and parse. Returns false and sets `error` on a problem.
bool selectClientCertificate(const KubeconfigUser &u, KubeconfigSelection &s, const QString &who,
                             QString *error, QStringList *warnings)
{
    const bool hasCert = !u.clientCertificate.isEmpty() || !u.clientCertificateData.isEmpty();
    const bool hasKey = !u.clientKey.isEmpty() || !u.clientKeyData.isEmpty();
    if (!u.clientCertificate.isEmpty() && !u.clientCertificateData.isEmpty() && warnings)
        *warnings << Tr::tr("%1: client-cert-data and client-cert are both specified for %2. "
                            "client-cert-data will "
                            "override.")
                         .arg(who, u.name);
    if (!u.clientKey.isEmpty() && !u.clientKeyData.isEmpty() && warnings)
        *warnings << Tr::tr(
                         "%1: client-key-data and client-key are both specified for %2; client-key-data will "
                         "override.")
                         .arg(who, u.name);
    if (!hasKey) {
        *error = Tr::tr("%1: client-key-data or client-key must be specified for %2 to use the clientCert "
                        "authentication method.")
                     .arg(who, u.name);
        return false;
    }
    if (!hasCert) {
        *error = Tr::tr("%1: client-key is set but client-certificate(-data) is not; a client key needs its "
                        "certificate.")
                     .arg(who);
        return false;
    }
    QByteArray certPem = u.clientCertificateData;
    QByteArray keyPem = u.clientKeyData;
    QString problem;
    s.clientCertificateSource =
        Tr::tr("client-certificate-data of user \"%1\" in %2").arg(u.name, u.origin.toString());
    if (certPem.isEmpty()) {
        s.clientCertificateSource = QDir::toNativeSeparators(u.clientCertificate);
        if (!readFile(u.clientCertificate, &certPem, &problem)) {
            *error = Tr::tr("%1: unable to read client-cert %2 for %3: %4. Fix the path (relative paths "
                            "are relative "
                            "to the directory of %5).")
                         .arg(who, QDir::toNativeSeparators(u.clientCertificate), u.name, problem,
                              QDir::toNativeSeparators(u.origin.file));
            return false;
        }
    }
    if (keyPem.isEmpty() && !readFile(u.clientKey, &keyPem, &problem)) {
        *error = Tr::tr("%1: unable to read client-key %2 for %3: %4. Fix the path (relative paths are "
                        "relative to "
                        "the directory of %5).")
                     .arg(who, QDir::toNativeSeparators(u.clientKey), u.name, problem,
                          QDir::toNativeSeparators(u.origin.file));
        return false;
    }
    s.clientCertificateChain = TlsMaterial::certificatesFromPem(certPem);
    if (s.clientCertificateChain.isEmpty()) {
        *error = Tr::tr("%1: the client certificate in %2 holds no PEM certificate.")
                     .arg(who, s.clientCertificateSource);
        return false;
    }
    s.clientKey = TlsMaterial::privateKeyFromPem(keyPem, &problem);
    if (s.clientKey.isNull()) {
        const QString keySource =
            u.clientKeyData.isEmpty() ? QDir::toNativeSeparators(u.clientKey) : Tr::tr("client-key-data");
        *error = Tr::tr("%1: cannot use the client key (%2): %3.").arg(who, keySource, problem);
        return false;
    }
    s.authMethods << KubeAuthMethod::ClientCertificate;
    return true;
}

bool selectUser(const KubeconfigUser &u, KubeconfigSelection &s, QString *error, QStringList *warnings)
{
    const QString who = entry(Tr::tr("user"), u.name, u.origin);
    s.userName = u.name;
    s.userOrigin = u.origin;
    s.impersonate = u.impersonate;
    s.impersonateGroups = u.impersonateGroups;

    if (u.exec) {
        KubeconfigExec exec = *u.exec;
        if (!validateExec(u, exec, who, error))
            return false;
        s.exec = exec;
    } else if (!u.authProvider.isEmpty()) {
        *error = authProviderMessage(who, u.authProvider);
        return false;
    }

    // client-go counts token and basicAuth; more than one is an error (FACTS §8.1).
    QStringList methods;
    if (!u.token.isEmpty() || !u.tokenFile.isEmpty())
        methods << (u.token.isEmpty() ? QStringLiteral("tokenFile") : QStringLiteral("token"));
    if (!u.username.isEmpty() || !u.password.isEmpty())
        methods << QStringLiteral("basicAuth");
    if (methods.size() > 1) {
        *error = Tr::tr("%1: more than one authentication method found for %2; found [%3], only one is "
                        "allowed. Remove "
                        "either the token or username/password from the user entry.")
                     .arg(who, u.name, methods.join(QLatin1Char(' ')));
        return false;
    }

    const bool hasCert = !u.clientCertificate.isEmpty() || !u.clientCertificateData.isEmpty();
    const bool hasKey = !u.clientKey.isEmpty() || !u.clientKeyData.isEmpty();
    if ((hasCert || hasKey) && !selectClientCertificate(u, s, who, error, warnings))
        return false;

    if (!u.tokenFile.isEmpty()) {
        QByteArray data;
        QString problem;
        if (!readFile(u.tokenFile, &data, &problem)) {
            *error =
                Tr::tr(
                    "%1: unable to read tokenFile %2: %3. Fix the path (relative paths are relative to the "
                    "directory of %4).")
                    .arg(who, QDir::toNativeSeparators(u.tokenFile), problem,
                         QDir::toNativeSeparators(u.origin.file));
            return false;
        }
        s.tokenFile = u.tokenFile;
        s.authMethods << KubeAuthMethod::TokenFile;
    }
    if (!u.token.isEmpty()) {
        s.token = u.token;
        if (u.tokenFile.isEmpty())
            s.authMethods << KubeAuthMethod::Token;
    }
    if (!u.username.isEmpty() || !u.password.isEmpty()) {
        s.username = u.username;
        s.password = u.password;
        s.authMethods << KubeAuthMethod::BasicAuth;
    }
    if (s.exec)
        s.authMethods << KubeAuthMethod::Exec;
    return true;
}

} // namespace

QString kubeAuthMethodName(KubeAuthMethod method)
{
    switch (method) {
    case KubeAuthMethod::None:
        return Tr::tr("no credentials");
    case KubeAuthMethod::ClientCertificate:
        return Tr::tr("client certificate");
    case KubeAuthMethod::Token:
        return Tr::tr("bearer token");
    case KubeAuthMethod::TokenFile:
        return Tr::tr("token file");
    case KubeAuthMethod::BasicAuth:
        return Tr::tr("username and password");
    case KubeAuthMethod::Exec:
        return Tr::tr("exec plugin");
    }
    return {};
}

QString KubeconfigSelection::authDescription() const
{
    if (authMethods.isEmpty())
        return kubeAuthMethodName(KubeAuthMethod::None);
    QStringList parts;
    for (KubeAuthMethod m : authMethods) {
        if (m == KubeAuthMethod::TokenFile)
            parts << Tr::tr("token file %1").arg(QDir::toNativeSeparators(tokenFile));
        else if (m == KubeAuthMethod::Exec && exec)
            parts << Tr::tr("exec plugin %1").arg(QFileInfo(exec->command).fileName());
        else
            parts << kubeAuthMethodName(m);
    }
    return parts.join(Tr::tr(" and "));
}

Result<KubeconfigSelection> Kubeconfig::select(const QString &contextName) const
{
    QString errorText;
    QString *error = &errorText;
    QStringList warningList;
    QStringList *warnings = &warningList;
    const auto failed = [&] {
        Result<KubeconfigSelection> result = Result<KubeconfigSelection>::failure(errorText);
        for (const QString &w : std::as_const(warningList))
            result.addWarning(w);
        return result;
    };
    const QString name = contextName.isEmpty() ? m_currentContext : contextName;
    if (name.isEmpty()) {
        *error = m_contexts.isEmpty()
                     ? Tr::tr("The kubeconfig (%1) defines no contexts. Get a kubeconfig from your cluster's "
                              "administrator or "
                              "cloud console, or run `slipway serve-demo` for a practice cluster.")
                           .arg(fileList(m_files))
                     : Tr::tr("No context is selected: %1 set no current-context. Choose one with --context "
                              "(available: %2) or "
                              "run `kubectl config use-context NAME`.")
                           .arg(fileList(m_files), contextNames().join(QStringLiteral(", ")));
        return failed();
    }
    const KubeconfigContext *ctx = context(name);
    if (!ctx) {
        const QString source =
            contextName.isEmpty()
                ? Tr::tr("current-context in %1").arg(QDir::toNativeSeparators(m_currentContextFile))
                : Tr::tr("--context");
        *error = Tr::tr("context \"%1\" (from %2) was not found in %3. Available contexts: %4.")
                     .arg(name, source, fileList(m_files),
                          m_contexts.isEmpty() ? Tr::tr("none") : contextNames().join(QStringLiteral(", ")));
        return failed();
    }
    const QString where = entry(Tr::tr("context"), ctx->name, ctx->origin);
    if (ctx->cluster.isEmpty()) {
        *error = Tr::tr("%1 names no cluster; set contexts[].context.cluster.").arg(where);
        return failed();
    }
    const KubeconfigCluster *c = cluster(ctx->cluster);
    if (!c) {
        *error = Tr::tr("%1 refers to cluster \"%2\", which no kubeconfig file defines (%3); add the cluster "
                        "entry or fix "
                        "contexts[].context.cluster.")
                     .arg(where, ctx->cluster, fileList(m_files));
        return failed();
    }
    KubeconfigSelection s;
    s.contextName = ctx->name;
    s.namespaceName = ctx->namespaceName;
    if (!selectCluster(*c, s, error, warnings))
        return failed();
    if (!ctx->user.isEmpty()) {
        const KubeconfigUser *u = user(ctx->user);
        if (!u) {
            *error = Tr::tr("%1 refers to user \"%2\", which no kubeconfig file defines (%3); add the user "
                            "entry or fix "
                            "contexts[].context.user.")
                         .arg(where, ctx->user, fileList(m_files));
            return failed();
        }
        if (!selectUser(*u, s, error, warnings))
            return failed();
    }
    Result<KubeconfigSelection> result(std::move(s));
    for (const QString &w : std::as_const(warningList))
        result.addWarning(w);
    return result;
}

} // namespace Slipway
