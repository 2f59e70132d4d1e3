// Kubeconfig::parse(): one kubeconfig YAML document into entries (FACTS §8.1). Like client-go's
// decoder, unknown fields are ignored; wrong types, bad base64 and missing names are errors that
// name the file, the line and the field path.
#include "kube/kubeconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace Slipway {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS, so Tr::tr() strings are found at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::Kubeconfig)
};

QString fromStd(const std::string &s)
{
    return QString::fromStdString(s);
}

// Reads fields of one file, remembering the first error as "<file>:<line>: <path>: <message>".
class Reader
{
public:
    Reader(const QString &fileName, Diagnostics &diagnostics)
        : m_fileName(fileName)
        , m_diagnostics(diagnostics)
        , m_dir(QFileInfo(fileName).absolutePath())
    {}

    bool failed() const { return m_failed; }
    KubeconfigOrigin origin(const YAML::Node &node) const { return {m_fileName, node.Mark().line + 1}; }

    void fail(const YAML::Node &node, const QString &path, const QString &message)
    {
        if (m_failed)
            return;
        m_failed = true;
        Diagnostic d = Diagnostic::error(message, m_fileName, node.Mark().line + 1);
        d.where = path;
        m_diagnostics.add(std::move(d));
    }

    QString string(const YAML::Node &map, const char *key, const QString &path)
    {
        const YAML::Node value = map[key];
        if (!value || value.IsNull())
            return {};
        if (!value.IsScalar()) {
            fail(value, path + QLatin1Char('.') + QLatin1String(key), Tr::tr("expected a string"));
            return {};
        }
        return fromStd(value.Scalar());
    }

    bool boolean(const YAML::Node &map, const char *key, const QString &path)
    {
        const YAML::Node value = map[key];
        if (!value || value.IsNull())
            return false;
        bool result = false;
        if (!value.IsScalar() || !YAML::convert<bool>::decode(value, result))
            fail(value, path + QLatin1Char('.') + QLatin1String(key), Tr::tr("expected true or false"));
        return result;
    }

    QStringList stringList(const YAML::Node &map, const char *key, const QString &path)
    {
        const YAML::Node value = map[key];
        QStringList result;
        if (!value || value.IsNull())
            return result;
        if (!value.IsSequence()) {
            fail(value, path + QLatin1Char('.') + QLatin1String(key), Tr::tr("expected a list of strings"));
            return result;
        }
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (!value[i].IsScalar()) {
                fail(value[i],
                     path + QLatin1Char('.') + QLatin1String(key) + QLatin1Char('[') + QString::number(i) +
                         QLatin1Char(']'),
                     Tr::tr("expected a string"));
                return result;
            }
            result << fromStd(value[i].Scalar());
        }
        return result;
    }

    // *-data fields hold base64 (client-go []byte fields).
    QByteArray base64(const YAML::Node &map, const char *key, const QString &path)
    {
        const QString text = string(map, key, path);
        if (text.isEmpty())
            return {};
        auto decoded = QByteArray::fromBase64Encoding(text.toLatin1().trimmed(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty()) {
            fail(map[key], path + QLatin1Char('.') + QLatin1String(key),
                 Tr::tr("is not valid base64; the field holds the base64 of a PEM file (base64 -w0 FILE)"));
            return {};
        }
        return decoded.decoded;
    }

    // Relative paths resolve against the directory of this file (FACTS §8.2 ResolveLocalPaths).
    QString path(const YAML::Node &map, const char *key, const QString &fieldPath)
    {
        const QString value = string(map, key, fieldPath);
        if (value.isEmpty() || QDir::isAbsolutePath(value))
            return value;
        return QDir::cleanPath(QDir(m_dir).absoluteFilePath(value));
    }

    // A list of {name, <entryKey>: {...}} items; calls `read` for each with the inner map.
    template<typename ReadEntry>
    void namedList(const YAML::Node &root, const char *listKey, const char *entryKey, ReadEntry read)
    {
        const YAML::Node list = root[listKey];
        const QString listName = QLatin1String(listKey);
        if (!list || list.IsNull())
            return;
        if (!list.IsSequence()) {
            fail(list, listName, Tr::tr("expected a list"));
            return;
        }
        for (std::size_t i = 0; i < list.size() && !m_failed; ++i) {
            const YAML::Node item = list[i];
            const QString itemPath = listName + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (!item.IsMap()) {
                fail(item, itemPath,
                     Tr::tr("expected a mapping with name and %1").arg(QLatin1String(entryKey)));
                return;
            }
            const QString name = string(item, "name", itemPath);
            if (m_failed)
                return;
            if (name.isEmpty()) {
                fail(item, itemPath + QStringLiteral(".name"), Tr::tr("every entry needs a name"));
                return;
            }
            YAML::Node inner = item[entryKey];
            const QString innerPath = itemPath + QLatin1Char('.') + QLatin1String(entryKey);
            if (inner && !inner.IsNull() && !inner.IsMap()) {
                fail(inner, innerPath, Tr::tr("expected a mapping"));
                return;
            }
            read(name, inner ? inner : YAML::Node(YAML::NodeType::Map), innerPath, origin(item));
        }
    }

private:
    QString m_fileName;
    Diagnostics &m_diagnostics;
    QString m_dir;
    bool m_failed = false;
};

std::optional<KubeconfigExec> readExec(Reader &r, const YAML::Node &user, const QString &userPath)
{
    const YAML::Node node = user["exec"];
    if (!node || node.IsNull())
        return std::nullopt;
    const QString path = userPath + QStringLiteral(".exec");
    if (!node.IsMap()) {
        r.fail(node, path, QCoreApplication::translate("Slipway::Kubeconfig", "expected a mapping"));
        return std::nullopt;
    }
    KubeconfigExec exec;
    exec.apiVersion = r.string(node, "apiVersion", path);
    exec.command = r.string(node, "command", path);
    // Only a command with a path separator is relative to the file (FACTS §8.1); bare names use PATH.
    if (exec.command.contains(QLatin1Char('/')))
        exec.command = r.path(node, "command", path);
    exec.args = r.stringList(node, "args", path);
    exec.installHint = r.string(node, "installHint", path);
    exec.provideClusterInfo = r.boolean(node, "provideClusterInfo", path);
    exec.interactiveMode = r.string(node, "interactiveMode", path);
    const YAML::Node env = node["env"];
    if (env && !env.IsNull()) {
        if (!env.IsSequence()) {
            r.fail(env, path + QStringLiteral(".env"),
                   QCoreApplication::translate("Slipway::Kubeconfig", "expected a list of {name, value}"));
            return std::nullopt;
        }
        for (std::size_t i = 0; i < env.size(); ++i) {
            const QString envPath = path + QStringLiteral(".env[") + QString::number(i) + QLatin1Char(']');
            if (!env[i].IsMap()) {
                r.fail(env[i], envPath,
                       QCoreApplication::translate("Slipway::Kubeconfig", "expected {name, value}"));
                return std::nullopt;
            }
            exec.env.append({r.string(env[i], "name", envPath), r.string(env[i], "value", envPath)});
        }
    }
    return exec;
}

// One entry of `clusters` (its `cluster` mapping at `path`).
KubeconfigCluster readCluster(Reader &r, const YAML::Node &c, const QString &path)
{
    KubeconfigCluster cluster;
    cluster.server = r.string(c, "server", path);
    cluster.certificateAuthority = r.path(c, "certificate-authority", path);
    cluster.certificateAuthorityData = r.base64(c, "certificate-authority-data", path);
    cluster.insecureSkipTlsVerify = r.boolean(c, "insecure-skip-tls-verify", path);
    cluster.tlsServerName = r.string(c, "tls-server-name", path);
    cluster.proxyUrl = r.string(c, "proxy-url", path);
    cluster.disableCompression = r.boolean(c, "disable-compression", path);
    return cluster;
}

// One entry of `users` (its `user` mapping at `path`).
KubeconfigUser readUser(Reader &r, const YAML::Node &u, const QString &path)
{
    KubeconfigUser user;
    user.clientCertificate = r.path(u, "client-certificate", path);
    user.clientCertificateData = r.base64(u, "client-certificate-data", path);
    user.clientKey = r.path(u, "client-key", path);
    user.clientKeyData = r.base64(u, "client-key-data", path);
    user.token = r.string(u, "token", path);
    user.tokenFile = r.path(u, "tokenFile", path);
    user.username = r.string(u, "username", path);
    user.password = r.string(u, "password", path);
    user.impersonate = r.string(u, "as", path);
    user.impersonateGroups = r.stringList(u, "as-groups", path);
    user.exec = readExec(r, u, path);
    const YAML::Node provider = u["auth-provider"];
    if (provider && provider.IsMap())
        user.authProvider = r.string(provider, "name", path + QStringLiteral(".auth-provider"));
    if (provider && provider.IsMap() && user.authProvider.isEmpty())
        user.authProvider = QStringLiteral("(unnamed)");
    return user;
}

} // namespace

Result<Kubeconfig> Kubeconfig::parse(const QByteArray &yaml, const QString &fileName)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &e) {
        return Result<Kubeconfig>::failure(
            Tr::tr("%1:%2:%3: not a valid kubeconfig (YAML syntax error: %4); fix the file or "
                   "remove it from KUBECONFIG")
                .arg(fileName)
                .arg(e.mark.line + 1)
                .arg(e.mark.column + 1)
                .arg(fromStd(e.msg)));
    }

    Kubeconfig config;
    config.m_files << fileName;
    if (!root || root.IsNull())
        return config; // an empty file is an empty config, as in client-go
    Diagnostics diagnostics;
    Reader r(fileName, diagnostics);
    if (!root.IsMap()) {
        r.fail(root, QStringLiteral("(top level)"),
               Tr::tr("expected a kubeconfig mapping (apiVersion: v1, kind: Config)"));
        return Result<Kubeconfig>::failure(diagnostics);
    }
    try {
        const QString kind = r.string(root, "kind", QStringLiteral("(top level)"));
        if (!kind.isEmpty() && kind != QLatin1String("Config")) {
            r.fail(root["kind"], QStringLiteral("kind"),
                   Tr::tr("expected \"Config\", found \"%1\"; this is not a kubeconfig file").arg(kind));
            return Result<Kubeconfig>::failure(diagnostics);
        }
        config.m_currentContext = r.string(root, "current-context", QStringLiteral("(top level)"));
        if (!config.m_currentContext.isEmpty())
            config.m_currentContextFile = fileName;

        // Within one file a repeated name keeps the first entry too.
        r.namedList(root, "clusters", "cluster",
                    [&](const QString &name, const YAML::Node &c, const QString &path,
                        const KubeconfigOrigin &origin) {
                        KubeconfigCluster cluster = readCluster(r, c, path);
                        cluster.name = name;
                        cluster.origin = origin;
                        if (!config.m_clusters.contains(name))
                            config.m_clusters.insert(name, cluster);
                    });
        r.namedList(root, "users", "user",
                    [&](const QString &name, const YAML::Node &u, const QString &path,
                        const KubeconfigOrigin &origin) {
                        KubeconfigUser user = readUser(r, u, path);
                        user.name = name;
                        user.origin = origin;
                        if (!config.m_users.contains(name))
                            config.m_users.insert(name, user);
                    });
        r.namedList(root, "contexts", "context",
                    [&](const QString &name, const YAML::Node &c, const QString &path,
                        const KubeconfigOrigin &origin) {
                        KubeconfigContext context;
                        context.name = name;
                        context.origin = origin;
                        context.cluster = r.string(c, "cluster", path);
                        context.user = r.string(c, "user", path);
                        context.namespaceName = r.string(c, "namespace", path);
                        if (!config.m_contexts.contains(name))
                            config.m_contexts.insert(name, context);
                    });
    } catch (const YAML::Exception &e) {
        return Result<Kubeconfig>::failure(Tr::tr("%1:%2: not a valid kubeconfig: %3")
                                               .arg(fileName)
                                               .arg(e.mark.line + 1)
                                               .arg(fromStd(e.msg)));
    }
    if (r.failed())
        return Result<Kubeconfig>::failure(diagnostics);
    return config;
}

} // namespace Slipway
