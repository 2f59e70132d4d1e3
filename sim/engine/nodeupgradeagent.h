#pragma once

#include "sim/engine/simcontext.h"

#include <QCoreApplication>
#include <QSet>

namespace Slipway {

class Version;

// What an admin (or an automation) does on one node, compressed into a timeline:
//   control-plane node: `kubeadm upgrade apply vX` (the first) or `kubeadm upgrade node` (the
//   others) replaces the static pod manifests one after the other — etcd (when local), then
//   kube-apiserver, kube-controller-manager, kube-scheduler (FACTS §3.5) — so their mirror pods
//   are recreated with the new image; then the add-ons (CoreDNS, kube-proxy): since v1.28 only
//   after the last control-plane instance, before that right away by `apply` (FACTS §3.5);
//   worker: `kubeadm upgrade node` only rewrites the kubelet configuration;
//   every node: the kubelet package is upgraded and restarted — NotReady for a few seconds, then
//   Ready with the new kubeletVersion (and kubeProxyVersion per the 1.33 rule, FACTS §7.2).
class NodeUpgradeAgent
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::NodeUpgradeAgent)
public:
    using Finished = std::function<void(const QString &node, const QString &version)>;
    NodeUpgradeAgent(SimContext &context, Finished finished);

    SimResult start(const QString &node, const QString &version, bool firstControlPlane);
    bool isUpgrading(const QString &node) const { return m_upgrading.contains(node); }

private:
    QStringList staticPodsOn(const QString &node) const; // component names, kubeadm's order
    void replaceStaticPod(const QString &node, const QString &component, const QString &image);
    bool allControlPlanesAt(const Version &target) const;
    void upgradeAddons(const Version &target, const QString &version);

    SimContext &m_ctx;
    Finished m_finished;
    QSet<QString> m_upgrading;
};

} // namespace Slipway
