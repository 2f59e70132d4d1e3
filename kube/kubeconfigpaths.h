#pragma once

#include <QString>
#include <QStringList>

namespace Slipway {

// Which kubeconfig files kubectl would read, in merge order (client-go loader rules, FACTS §8.2):
// an explicit --kubeconfig file alone; else the KUBECONFIG list (split on ':', empty entries
// dropped, de-duplicated, missing files skipped); else ~/.kube/config.
struct KubeconfigPaths
{
    QStringList files;   // existing files to read, first wins on merge
    QStringList missing; // KUBECONFIG entries that do not exist (warned about, not fatal)
    bool explicitFile = false;
    QString error; // set when an explicit file is missing, or nothing is found

    static KubeconfigPaths resolve(const QString &explicitPath, const QString &kubeconfigEnv,
                                   const QString &homeDir);
    static KubeconfigPaths fromEnvironment(const QString &explicitPath);
};

} // namespace Slipway
