#include "models/run/nodeexecutor.h"

#include "models/run/commandexecutor.h"
#include "models/run/manualexecutor.h"
#include "models/run/practiceexecutor.h"
#include "models/upgradecommands.h"

namespace Slipway {

NodeExecutor::~NodeExecutor() = default;

std::unique_ptr<NodeExecutor> NodeExecutor::create(const RunEnv &env, QObject *parent)
{
    switch (env.spec.executor) {
    case RunExecutor::Manual:
        return std::make_unique<ManualExecutor>(parent);
    case RunExecutor::Command:
        return std::make_unique<CommandExecutor>(env.spec.commandTemplate, parent);
    case RunExecutor::Practice:
        return std::make_unique<PracticeExecutor>(env, parent);
    }
    return nullptr;
}

QStringList NodeExecutor::manualCommands(const NodeJob &job)
{
    if (job.kind == RunKind::Maintenance)
        return {};
    // FACTS §4: repository for the target minor, kubeadm, `kubeadm upgrade apply` on the first
    // control-plane node and `kubeadm upgrade node` elsewhere, then the kubelet and its restart.
    const PackageFamily family = PackageFamily::Debian;
    QStringList out = UpgradeCommands::switchRepository(family, job.target);
    out += UpgradeCommands::upgradeKubeadm(family, job.target);
    out += job.firstControlPlane ? UpgradeCommands::kubeadmUpgradeApply(job.target)
                                 : UpgradeCommands::kubeadmUpgradeNode();
    out += UpgradeCommands::upgradeKubelet(family, job.target);
    out += UpgradeCommands::restartKubelet();
    return out;
}

} // namespace Slipway
