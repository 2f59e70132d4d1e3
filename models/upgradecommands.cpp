#include "models/upgradecommands.h"

#include <QRegularExpression>

namespace Slipway {

namespace {

QString repoUrl(const Version &version, const QString &kind)
{
    return QStringLiteral("https://pkgs.k8s.io/core:/stable:/%1/%2/").arg(version.minorTag(), kind);
}

} // namespace

QString UpgradeCommands::packageGlob(const Version &version)
{
    return version.toPlainString() + QStringLiteral("-*");
}

QStringList UpgradeCommands::switchRepository(PackageFamily family, const Version &version)
{
    if (family == PackageFamily::Debian) {
        // The line install-kubeadm writes, with the target minor (change-package-repository.md).
        return {QStringLiteral("echo 'deb [signed-by=/etc/apt/keyrings/kubernetes-apt-keyring.gpg] %1 /' "
                               "| sudo tee /etc/apt/sources.list.d/kubernetes.list")
                    .arg(repoUrl(version, QStringLiteral("deb")))};
    }
    const QString rpm = repoUrl(version, QStringLiteral("rpm"));
    return {QStringLiteral("cat <<EOF | sudo tee /etc/yum.repos.d/kubernetes.repo\n"
                           "[kubernetes]\n"
                           "name=Kubernetes\n"
                           "baseurl=%1\n"
                           "enabled=1\n"
                           "gpgcheck=1\n"
                           "gpgkey=%1repodata/repomd.xml.key\n"
                           "exclude=kubelet kubeadm kubectl cri-tools kubernetes-cni\n"
                           "EOF")
                .arg(rpm)};
}

QStringList UpgradeCommands::upgradeKubeadm(PackageFamily family, const Version &version)
{
    const QString glob = packageGlob(version);
    if (family == PackageFamily::Debian) {
        return {QStringLiteral("sudo apt-mark unhold kubeadm && sudo apt-get update && "
                               "sudo apt-get install -y kubeadm='%1' && sudo apt-mark hold kubeadm")
                    .arg(glob),
                QStringLiteral("kubeadm version")};
    }
    return {QStringLiteral("sudo yum install -y kubeadm-'%1' --disableexcludes=kubernetes").arg(glob),
            QStringLiteral("kubeadm version")};
}

QStringList UpgradeCommands::kubeadmUpgradePlan(const Version &version)
{
    return {QStringLiteral("sudo kubeadm upgrade plan ") + version.toString()};
}

QStringList UpgradeCommands::kubeadmUpgradeApply(const Version &version)
{
    QString command = QStringLiteral("sudo kubeadm upgrade apply ") + version.toString();
    if (version.preRelease() == Version::PreRelease::Rc)
        command += QStringLiteral(" --allow-release-candidate-upgrades");
    else if (version.isPreRelease())
        command += QStringLiteral(" --allow-experimental-upgrades");
    return {command};
}

QStringList UpgradeCommands::kubeadmUpgradeNode()
{
    return {QStringLiteral("sudo kubeadm upgrade node")};
}

QStringList UpgradeCommands::drain(const QString &node)
{
    return {QStringLiteral("kubectl drain %1 --ignore-daemonsets").arg(shellQuote(node))};
}

QStringList UpgradeCommands::upgradeKubelet(PackageFamily family, const Version &version)
{
    const QString glob = packageGlob(version);
    if (family == PackageFamily::Debian) {
        return {QStringLiteral(
                    "sudo apt-mark unhold kubelet kubectl && sudo apt-get update && "
                    "sudo apt-get install -y kubelet='%1' kubectl='%1' && sudo apt-mark hold kubelet kubectl")
                    .arg(glob)};
    }
    return {QStringLiteral("sudo yum install -y kubelet-'%1' kubectl-'%1' --disableexcludes=kubernetes")
                .arg(glob)};
}

QStringList UpgradeCommands::restartKubelet()
{
    return {QStringLiteral("sudo systemctl daemon-reload"), QStringLiteral("sudo systemctl restart kubelet")};
}

QStringList UpgradeCommands::uncordon(const QString &node)
{
    return {QStringLiteral("kubectl uncordon %1").arg(shellQuote(node))};
}

QStringList UpgradeCommands::verify()
{
    return {QStringLiteral("kubectl get nodes")};
}

QString UpgradeCommands::shellQuote(const QString &word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace Slipway
