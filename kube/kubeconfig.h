#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// kubeconfig files as client-go reads them (FACTS §8). Kubeconfig::load() parses and merges the
// files KubeconfigPaths names; select() picks a context and yields a KubeconfigSelection, the
// validated, fully resolved input of KubeClient (kubeconfigselection.h).
namespace Slipway {

struct KubeconfigSelection;

// Where an entry came from, for messages ("~/.kube/config:12").
struct KubeconfigOrigin
{
    QString file; // absolute path of the kubeconfig file that defined the entry
    int line = 0; // 1-based line of the entry, 0 when unknown
    QString toString() const;
};

struct KubeconfigCluster
{
    QString name;
    KubeconfigOrigin origin;
    QString server;
    QString certificateAuthority;        // path, resolved against the origin's directory
    QByteArray certificateAuthorityData; // decoded PEM; overrides certificateAuthority
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;
    bool disableCompression = false;
};

struct KubeconfigExecEnvVar
{
    QString name;
    QString value; // secret: never logged
};

// users[].user.exec (FACTS §8.1 ExecConfig).
struct KubeconfigExec
{
    QString apiVersion;
    QString command; // resolved against the origin's directory only when it contains a '/'
    QStringList args;
    QList<KubeconfigExecEnvVar> env;
    QString installHint;
    bool provideClusterInfo = false;
    QString interactiveMode; // Never, IfAvailable, Always; defaulted to IfAvailable for v1beta1
};

struct KubeconfigUser
{
    QString name;
    KubeconfigOrigin origin;
    QString clientCertificate;        // path
    QByteArray clientCertificateData; // decoded PEM; overrides clientCertificate
    QString clientKey;                // path
    QByteArray clientKeyData;         // decoded PEM; overrides clientKey (secret)
    QString token;                    // secret
    QString tokenFile;                // path; re-read when it changes
    QString username;
    QString password; // secret
    std::optional<KubeconfigExec> exec;
    QString authProvider;          // auth-provider.name; not supported (FACTS §8.1)
    QString impersonate;           // "as"
    QStringList impersonateGroups; // "as-groups"
};

struct KubeconfigContext
{
    QString name;
    KubeconfigOrigin origin;
    QString cluster;
    QString user;
    QString namespaceName;
};

// One kubeconfig, or several merged with client-go's rules (FACTS §8.2): the first file that
// defines a cluster/user/context name wins, entries are never merged field by field, and
// current-context comes from the first file that sets it.
class Kubeconfig
{
public:
    // Parses and merges `files` in order. Fails on a file that cannot be read or parsed
    // ("<file>:<line>: …"); the warnings are non-fatal notes (entries shadowed by an earlier file).
    static Result<Kubeconfig> load(const QStringList &files);
    // One document; `fileName` names it in messages and anchors relative paths.
    static Result<Kubeconfig> parse(const QByteArray &yaml, const QString &fileName);
    // parse() then select(): how a practice cluster's own kubeconfig is read back.
    static Result<KubeconfigSelection> parseAndSelect(const QByteArray &yaml, const QString &fileName,
                                                      const QString &contextName = {});
    // Merges `later` below this one (this one wins); returns the warnings about shadowed entries.
    Diagnostics mergeFrom(const Kubeconfig &later);

    QStringList files() const { return m_files; }
    QString currentContext() const { return m_currentContext; }
    QStringList contextNames() const { return m_contexts.keys(); }
    const KubeconfigContext *context(const QString &name) const;
    const KubeconfigCluster *cluster(const QString &name) const;
    const KubeconfigUser *user(const QString &name) const;

    // Resolves `contextName` (empty: current-context) into everything a client needs: the
    // cluster, the user, CA and client certificates read and parsed. Validation follows
    // client-go's validation.go (FACTS §8.1); every error names the file, the entry and the field
    // and says what to do. The warnings are client-go's "data overrides the file" notes.
    Result<KubeconfigSelection> select(const QString &contextName) const;

private:
    QStringList m_files;
    QString m_currentContext;
    QString m_currentContextFile;
    QMap<QString, KubeconfigCluster> m_clusters;
    QMap<QString, KubeconfigUser> m_users;
    QMap<QString, KubeconfigContext> m_contexts;
};

} // namespace Slipway
