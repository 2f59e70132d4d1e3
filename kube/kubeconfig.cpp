#include "kube/kubeconfig.h"

#include "kube/kubeconfigselection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Slipway {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS, so Tr::tr() strings are found at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::Kubeconfig)
};

// Entries of `later` whose names `earlier` lacks; the rest are shadowed as a whole (FACTS §8.2:
// "even non-conflicting fields of the second are dropped").
template<typename Entry>
void mergeMap(QMap<QString, Entry> &earlier, const QMap<QString, Entry> &later, const QString &what,
              Diagnostics &warnings)
{
    for (auto it = later.cbegin(); it != later.cend(); ++it) {
        const auto existing = earlier.constFind(it.key());
        if (existing == earlier.cend()) {
            earlier.insert(it.key(), it.value());
        } else {
            warnings.addWarning(
                Tr::tr("%1 \"%2\" in %3 is ignored: %4 defines it first, and client-go uses only the first "
                       "definition")
                    .arg(what, it.key(), it.value().origin.toString(), existing.value().origin.toString()));
        }
    }
}

} // namespace

QString KubeconfigOrigin::toString() const
{
    const QString native = QDir::toNativeSeparators(file);
    return line > 0 ? native + QLatin1Char(':') + QString::number(line) : native;
}

Result<Kubeconfig> Kubeconfig::load(const QStringList &files)
{
    Result<Kubeconfig> merged;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            merged.add(Diagnostic::error(
                Tr::tr("Cannot read the kubeconfig file %1: %2. Check the path and its permissions, "
                       "or remove it "
                       "from KUBECONFIG.")
                    .arg(QDir::toNativeSeparators(path), file.errorString())));
            return Result<Kubeconfig>::failure(merged);
        }
        Result<Kubeconfig> config = parse(file.readAll(), path);
        merged.append(config);
        if (!config.ok())
            return Result<Kubeconfig>::failure(merged);
        if (!merged.hasValue())
            merged.setValue(std::move(config).value());
        else
            merged.append(merged->mergeFrom(config.value()));
    }
    if (!merged.hasValue())
        merged.setValue(Kubeconfig());
    return merged;
}

Result<KubeconfigSelection> Kubeconfig::parseAndSelect(const QByteArray &yaml, const QString &fileName,
                                                       const QString &contextName)
{
    const Result<Kubeconfig> config = parse(yaml, fileName);
    if (!config.ok())
        return Result<KubeconfigSelection>::failure(config);
    Result<KubeconfigSelection> selection = config->select(contextName);
    selection.append(config); // the parser's warnings too
    return selection;
}

Diagnostics Kubeconfig::mergeFrom(const Kubeconfig &later)
{
    Diagnostics warnings;
    m_files += later.m_files;
    // current-context: the first file that sets it wins (FACTS §8.2).
    if (m_currentContext.isEmpty()) {
        m_currentContext = later.m_currentContext;
        m_currentContextFile = later.m_currentContextFile;
    }
    mergeMap(m_clusters, later.m_clusters, Tr::tr("cluster"), warnings);
    mergeMap(m_users, later.m_users, Tr::tr("user"), warnings);
    mergeMap(m_contexts, later.m_contexts, Tr::tr("context"), warnings);
    return warnings;
}

const KubeconfigContext *Kubeconfig::context(const QString &name) const
{
    const auto it = m_contexts.constFind(name);
    return it == m_contexts.cend() ? nullptr : &it.value();
}

const KubeconfigCluster *Kubeconfig::cluster(const QString &name) const
{
    const auto it = m_clusters.constFind(name);
    return it == m_clusters.cend() ? nullptr : &it.value();
}

const KubeconfigUser *Kubeconfig::user(const QString &name) const
{
    const auto it = m_users.constFind(name);
    return it == m_users.cend() ? nullptr : &it.value();
}

} // namespace Slipway
