#pragma once

#include "models/upgradeplan.h"
#include "models/version.h"

#include <QStringList>

namespace Slipway {

// The exact shell commands of the documented kubeadm upgrade procedure (FACTS §4), for
// Debian/Ubuntu (apt) and the RHEL family (yum). Each function returns the commands of one step.
class UpgradeCommands
{
public:
    // "1.35.8-*": the glob that matches pkgs.k8s.io package versions like 1.35.8-1.1 (FACTS §4).
    static QString packageGlob(const Version &version);
    // One pkgs.k8s.io repository per minor: point the node at `version`'s minor.
    static QStringList switchRepository(PackageFamily family, const Version &version);
    static QStringList upgradeKubeadm(PackageFamily family, const Version &version);
    // With an explicit version, `kubeadm upgrade plan` skips the internet lookup (FACTS §3.1).
    static QStringList kubeadmUpgradePlan(const Version &version);
    // Pre-release targets need --allow-*-upgrades (FACTS §3.3 item 5).
    static QStringList kubeadmUpgradeApply(const Version &version);
    static QStringList kubeadmUpgradeNode();
    static QStringList drain(const QString &node);
    static QStringList upgradeKubelet(PackageFamily family, const Version &version);
    static QStringList restartKubelet();
    static QStringList uncordon(const QString &node);
    static QStringList verify();
    // Single-quotes a word for sh when it holds anything beyond [A-Za-z0-9._-].
    static QString shellQuote(const QString &word);
};

} // namespace Slipway
