#include "kube/kubeconfigpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Slipway {

KubeconfigPaths KubeconfigPaths::resolve(const QString &explicitPath, const QString &kubeconfigEnv,
                                         const QString &homeDir)
{
    KubeconfigPaths result;
    if (!explicitPath.isEmpty()) {
        // --kubeconfig: only that file, no merge; a missing file is an error.
        result.explicitFile = true;
        if (QFileInfo(explicitPath).isFile())
            result.files << QFileInfo(explicitPath).absoluteFilePath();
        else
            result.error =
                QCoreApplication::translate("Slipway::KubeconfigPaths",
                                            "The kubeconfig file %1 given with --kubeconfig does not exist.")
                    .arg(QDir::toNativeSeparators(explicitPath));
        return result;
    }
    if (!kubeconfigEnv.isEmpty()) {
        const QStringList entries = kubeconfigEnv.split(QDir::listSeparator(), Qt::SkipEmptyParts);
        for (const QString &entry : entries) {
            const QString absolute = QFileInfo(entry).absoluteFilePath();
            if (result.files.contains(absolute) || result.missing.contains(absolute))
                continue;
            if (QFileInfo(absolute).isFile())
                result.files << absolute;
            else
                result.missing << absolute;
        }
        if (result.files.isEmpty())
            result.error = QCoreApplication::translate("Slipway::KubeconfigPaths",
                                                       "None of the files named in KUBECONFIG exists: %1")
                               .arg(result.missing.join(QStringLiteral(", ")));
        return result;
    }
    const QString defaultPath = QDir(homeDir).filePath(QStringLiteral(".kube/config"));
    if (QFileInfo(defaultPath).isFile())
        result.files << defaultPath;
    else
        result.error =
            QCoreApplication::translate("Slipway::KubeconfigPaths",
                                        "No kubeconfig found: %1 does not exist and KUBECONFIG is not set.")
                .arg(QDir::toNativeSeparators(defaultPath));
    return result;
}

KubeconfigPaths KubeconfigPaths::fromEnvironment(const QString &explicitPath)
{
    return resolve(explicitPath, qEnvironmentVariable("KUBECONFIG"), QDir::homePath());
}

} // namespace Slipway
