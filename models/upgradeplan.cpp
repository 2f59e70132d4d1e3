#include "models/upgradeplan.h"

namespace Slipway {

QString packageFamilyName(PackageFamily family)
{
    return family == PackageFamily::Rhel ? QStringLiteral("rhel") : QStringLiteral("debian");
}

std::optional<PackageFamily> packageFamilyFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("debian") || n == QLatin1String("ubuntu") || n == QLatin1String("apt"))
        return PackageFamily::Debian;
    if (n == QLatin1String("rhel") || n == QLatin1String("centos") || n == QLatin1String("fedora") ||
        n == QLatin1String("yum") || n == QLatin1String("dnf"))
        return PackageFamily::Rhel;
    return std::nullopt;
}

QString stepActionName(StepAction action)
{
    switch (action) {
    case StepAction::SwitchRepository:
        return QStringLiteral("switch-package-repository");
    case StepAction::UpgradeKubeadm:
        return QStringLiteral("upgrade-kubeadm");
    case StepAction::KubeadmUpgradePlan:
        return QStringLiteral("kubeadm-upgrade-plan");
    case StepAction::KubeadmUpgradeApply:
        return QStringLiteral("kubeadm-upgrade-apply");
    case StepAction::KubeadmUpgradeNode:
        return QStringLiteral("kubeadm-upgrade-node");
    case StepAction::UpgradeCni:
        return QStringLiteral("upgrade-cni");
    case StepAction::Drain:
        return QStringLiteral("drain");
    case StepAction::UpgradeKubelet:
        return QStringLiteral("upgrade-kubelet");
    case StepAction::RestartKubelet:
        return QStringLiteral("restart-kubelet");
    case StepAction::Uncordon:
        return QStringLiteral("uncordon");
    case StepAction::Verify:
        break;
    }
    return QStringLiteral("verify");
}

QString stepHostName(StepHost host)
{
    switch (host) {
    case StepHost::Node:
        return QStringLiteral("node");
    case StepHost::Kubectl:
        return QStringLiteral("kubectl");
    case StepHost::Manual:
        break;
    }
    return QStringLiteral("manual");
}

} // namespace Slipway
