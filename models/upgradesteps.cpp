#include "models/upgradesteps.h"

#include "models/releasecatalog.h"
#include "models/skewpolicy.h"
#include "models/upgradecommands.h"

#include <algorithm>
#include <climits>

namespace Slipway {

namespace {

const QString kApiServer = QStringLiteral("kube-apiserver");

} // namespace

// --- PlanState ---

PlanState PlanState::from(const ClusterSnapshot &snapshot)
{
    PlanState state;
    state.snapshot = snapshot;
    const int clusterMinor = SkewPolicy::clusterVersion(snapshot).minor();
    state.repoMinor.reserve(snapshot.nodes.size());
    state.nodeIndex.reserve(snapshot.nodes.size());
    for (qsizetype i = 0; i < snapshot.nodes.size(); ++i) {
        const Node &node = snapshot.nodes.at(i);
        // Assume each node's packages come from the repository of its kubelet's minor.
        const Version k = Version::parse(node.kubeletVersion);
        state.repoMinor.insert(node.name, k.isValid() ? k.minor() : clusterMinor);
        state.nodeIndex[node.name].append(i);
    }
    return state;
}

Version PlanState::kubelet(const QString &node) const
{
    const auto it = nodeIndex.constFind(node);
    if (it == nodeIndex.cend() || it->isEmpty())
        return Version();
    return Version::parse(snapshot.nodes.at(it->constFirst()).kubeletVersion);
}

void PlanState::setKubelet(const QString &node, const Version &version)
{
    const auto it = nodeIndex.constFind(node);
    if (it == nodeIndex.cend())
        return;
    const QString text = version.toString();
    for (const qsizetype i : *it)
        snapshot.nodes[i].kubeletVersion = text;
}

void PlanState::setComponent(const QString &component, const QString &node, const QString &version)
{
    for (ComponentVersion &c : snapshot.components) {
        if (c.component == component && (node.isEmpty() || c.node == node))
            c.version = version;
    }
}

QString PlanState::componentVersion(const QString &component, const QString &node) const
{
    for (const ComponentVersion &c : snapshot.components) {
        if (c.component == component && c.node == node)
            return c.version;
    }
    return {};
}

bool PlanState::hasComponent(const QString &component, const QString &node) const
{
    return std::any_of(snapshot.components.cbegin(), snapshot.components.cend(),
                       [&](const ComponentVersion &c) {
                           return c.component == component && (node.isEmpty() || c.node == node);
                       });
}

QStringList PlanState::controlPlaneNodes() const
{
    QStringList names;
    for (const ComponentVersion &c : snapshot.components) {
        if (c.component == kApiServer && !c.node.isEmpty() && !names.contains(c.node))
            names << c.node;
    }
    for (const Node &n : snapshot.nodes) {
        if (n.isControlPlane() && !names.contains(n.name))
            names << n.name;
    }
    names.sort();
    // kubeadm upgrade apply runs on a healthy control-plane node (FACTS §3.5 ControlPlaneNodesReady).
    std::stable_partition(names.begin(), names.end(), [this](const QString &name) {
        const Node *n = snapshot.findNode(name);
        return !n || n->ready == ConditionStatus::True;
    });
    return names;
}

QStringList PlanState::workerNodes() const
{
    const QStringList cps = controlPlaneNodes();
    QStringList names;
    for (const Node &n : snapshot.nodes) {
        if (!cps.contains(n.name))
            names << n.name;
    }
    names.sort();
    return names;
}

// --- UpgradeSteps ---

UpgradeSteps::UpgradeSteps(const ReleaseCatalog &catalog, PackageFamily family, const QDate &today, int hop,
                           QList<PlanStep> *out)
    : m_catalog(catalog)
    , m_family(family)
    , m_today(today)
    , m_hop(hop)
    , m_out(out)
{}

void UpgradeSteps::add(const QString &node, StepAction action, StepHost host, const QString &description,
                       const QStringList &commands, bool blocker)
{
    PlanStep step;
    step.hop = m_hop;
    step.node = node;
    step.action = action;
    step.host = host;
    step.blocker = blocker;
    step.description = description;
    step.commands = commands;
    m_out->append(step);
}

QList<Version> UpgradeSteps::stages(const Version &from, const Version &to) const
{
    QList<Version> result;
    if (from.isValid() && from.major() == to.major()) {
        for (int m = from.minor() + 1; m < to.minor(); ++m) {
            const Version patch = m_catalog.latestPatch(m, m_today);
            result << (patch.isValid() ? patch : Version::fromParts(to.major(), m, 0));
        }
    }
    result << to;
    return result;
}

void UpgradeSteps::switchRepository(PlanState &state, const QString &node, const Version &version,
                                    bool blocker)
{
    // One pkgs.k8s.io repository per minor; a patch upgrade needs no switch (FACTS §4).
    if (state.repoMinor.value(node, -1) == version.minor())
        return;
    state.repoMinor.insert(node, version.minor());
    add(node, StepAction::SwitchRepository, StepHost::Node,
        tr("Point the Kubernetes package repository on %1 at %2 (one repository per minor version).")
            .arg(node, version.minorTag()),
        UpgradeCommands::switchRepository(m_family, version), blocker);
}

void UpgradeSteps::walkNode(PlanState &state, const QString &node, const QList<Version> &stages,
                            bool runKubeadm, bool blocker, const QString &drainReason)
{
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const Version &v = stages.at(i);
        switchRepository(state, node, v, blocker);
        if (runKubeadm) {
            add(node, StepAction::UpgradeKubeadm, StepHost::Node,
                tr("Upgrade kubeadm on %1 to %2.").arg(node, v.toString()),
                UpgradeCommands::upgradeKubeadm(m_family, v), blocker);
            add(node, StepAction::KubeadmUpgradeNode, StepHost::Node,
                tr("Upgrade the kubelet configuration on %1 (kubeadm upgrade node).").arg(node),
                UpgradeCommands::kubeadmUpgradeNode(), blocker);
        }
        if (i == 0) {
            const QString description =
                drainReason.isEmpty()
                    ? tr("Drain %1: cordon it and evict its pods (DaemonSet pods stay).").arg(node)
                    : tr("Drain %1: %2.").arg(node, drainReason);
            add(node, StepAction::Drain, StepHost::Kubectl, description, UpgradeCommands::drain(node),
                blocker);
        }
        add(node, StepAction::UpgradeKubelet, StepHost::Node,
            tr("Upgrade kubelet and kubectl on %1 to %2.").arg(node, v.toString()),
            UpgradeCommands::upgradeKubelet(m_family, v), blocker);
        m_out->last().version = v;
        add(node, StepAction::RestartKubelet, StepHost::Node, tr("Restart the kubelet on %1.").arg(node),
            UpgradeCommands::restartKubelet(), blocker);
        state.setKubelet(node, v);
    }
    add(node, StepAction::Uncordon, StepHost::Kubectl,
        tr("Uncordon %1 so that pods can be scheduled on it again.").arg(node),
        UpgradeCommands::uncordon(node), blocker);
}

QStringList UpgradeSteps::addBlockers(PlanState &state, const Version &target, bool kubeadm)
{
    QStringList touched;
    const Version oldestApi = SkewPolicy::oldestApiServer(state.snapshot);
    const int t = target.minor();
    const int need = std::max(SkewPolicy::minimumKubeletMinor(t),
                              kubeadm ? t - SkewPolicy::kubeadmMaxKubeletSkew(t) : INT_MIN);
    if (!oldestApi.isValid() || need > oldestApi.minor())
        return touched; // cannot happen one minor at a time; the skew findings say why
    Version last = m_catalog.latestPatch(need, m_today);
    if (!last.isValid())
        last = Version::fromParts(target.major(), need, 0);
    // Not newer than the oldest apiserver, not even by a patch.
    if (last.sameMinor(oldestApi) && last > oldestApi)
        last = Version::fromParts(oldestApi.major(), oldestApi.minor(), oldestApi.patch());

    const QStringList controlPlane = state.controlPlaneNodes();
    QStringList names;
    for (const Node &n : state.snapshot.nodes)
        names << n.name;
    names.sort();
    for (const QString &name : names) {
        const Version k = state.kubelet(name);
        if (!k.isValid() || k.minor() >= need)
            continue;
        const QString reason =
            tr("its kubelet (%1) is too old for a control plane at %2").arg(k.raw(), target.toString());
        // On a control-plane node an older kubeadm must not touch the static pods: packages only.
        walkNode(state, name, stages(k, last), kubeadm && !controlPlane.contains(name), true, reason);
        touched << name;
    }
    return touched;
}

void UpgradeSteps::addControlPlane(PlanState &state, const Version &target, const Version &etcd,
                                   const Version &coreDns)
{
    QStringList pending;
    for (const QString &node : state.controlPlaneNodes()) {
        const Version v = Version::parse(state.componentVersion(kApiServer, node));
        if (state.hasComponent(kApiServer, node) && (!v.isValid() || v < target))
            pending << node;
    }
    if (pending.isEmpty())
        return;
    const Version before = SkewPolicy::clusterVersion(state.snapshot);
    const bool apply = !before.isValid() || before < target;
    for (const QString &node : pending) {
        switchRepository(state, node, target, false);
        add(node, StepAction::UpgradeKubeadm, StepHost::Node,
            tr("Upgrade kubeadm on %1 to %2.").arg(node, target.toString()),
            UpgradeCommands::upgradeKubeadm(m_family, target));
        if (apply && node == pending.constFirst()) {
            add(node, StepAction::KubeadmUpgradePlan, StepHost::Node,
                tr("Check the upgrade on %1 with kubeadm upgrade plan.").arg(node),
                UpgradeCommands::kubeadmUpgradePlan(target));
            add(node, StepAction::KubeadmUpgradeApply, StepHost::Node,
                tr("Upgrade the control plane on %1 to %2 (kubeadm upgrade apply).")
                    .arg(node, target.toString()),
                UpgradeCommands::kubeadmUpgradeApply(target));
            if (!target.sameMinor(before)) {
                add(node, StepAction::UpgradeCni, StepHost::Manual,
                    tr("Upgrade the CNI plugin if its provider requires it for %1, following the provider's "
                       "instructions.")
                        .arg(target.minorTag()),
                    {});
            }
        } else {
            add(node, StepAction::KubeadmUpgradeNode, StepHost::Node,
                tr("Upgrade the control-plane components on %1 to %2 (kubeadm upgrade node).")
                    .arg(node, target.toString()),
                UpgradeCommands::kubeadmUpgradeNode());
        }
        for (const QString &c :
             {kApiServer, QStringLiteral("kube-controller-manager"), QStringLiteral("kube-scheduler")})
            state.setComponent(c, node, target.toString());
        const Version currentEtcd = Version::parse(state.componentVersion(QStringLiteral("etcd"), node));
        if (etcd.isValid() && currentEtcd.isValid() && currentEtcd < etcd)
            state.setComponent(QStringLiteral("etcd"), node, etcd.raw());
    }
    // Add-ons follow once the last control-plane node is upgraded (since kubeadm 1.28, FACTS §3.5).
    if (state.hasComponent(QStringLiteral("kube-proxy")))
        state.setComponent(QStringLiteral("kube-proxy"), {}, target.toString());
    const Version currentDns = Version::parse(state.componentVersion(QStringLiteral("CoreDNS"), {}));
    if (coreDns.isValid() && currentDns.isValid() && currentDns < coreDns)
        state.setComponent(QStringLiteral("CoreDNS"), {}, coreDns.raw());
}

void UpgradeSteps::addControlPlaneKubelets(PlanState &state, const Version &target)
{
    for (const QString &node : state.controlPlaneNodes()) {
        if (!state.snapshot.findNode(node))
            continue;
        const Version k = state.kubelet(node);
        if (k.isValid() && k >= target)
            continue;
        switchRepository(state, node, target, false);
        add(node, StepAction::Drain, StepHost::Kubectl,
            tr("Drain %1: cordon it and evict its pods (DaemonSet pods stay).").arg(node),
            UpgradeCommands::drain(node));
        add(node, StepAction::UpgradeKubelet, StepHost::Node,
            tr("Upgrade kubelet and kubectl on %1 to %2.").arg(node, target.toString()),
            UpgradeCommands::upgradeKubelet(m_family, target));
        m_out->last().version = target;
        add(node, StepAction::RestartKubelet, StepHost::Node, tr("Restart the kubelet on %1.").arg(node),
            UpgradeCommands::restartKubelet());
        add(node, StepAction::Uncordon, StepHost::Kubectl,
            tr("Uncordon %1 so that pods can be scheduled on it again.").arg(node),
            UpgradeCommands::uncordon(node));
        state.setKubelet(node, target);
    }
}

void UpgradeSteps::addWorkers(PlanState &state, const Version &target)
{
    for (const QString &node : state.workerNodes()) {
        const Version k = state.kubelet(node);
        if (k.isValid() && k >= target)
            continue;
        walkNode(state, node, k.isValid() ? stages(k, target) : QList<Version>{target}, true, false, {});
    }
}

void UpgradeSteps::addVerify(const Version &target)
{
    add({}, StepAction::Verify, StepHost::Kubectl,
        tr("Check that every node is Ready and its VERSION column shows %1.").arg(target.toString()),
        UpgradeCommands::verify());
}

} // namespace Slipway
