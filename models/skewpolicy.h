#pragma once

#include "models/clustersnapshot.h"
#include "models/finding.h"
#include "models/version.h"

#include <QCoreApplication>
#include <QDate>

namespace Slipway {

class ReleaseCatalog;

// The Kubernetes version-skew policy (FACTS §1) and the support rules built on the release
// catalog (FACTS §2, §3.6) as pure functions over a ClusterSnapshot. Rule ids and sources are
// listed in docs/skew-rules.md. `today` is always passed in.
class SkewPolicy
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::SkewPolicy)

public:
    // --- limits by era (FACTS §1.1, §1.2, §1.3) ---
    // How many minors a kubelet (or kube-proxy) may trail the newest kube-apiserver: 3, or 2 when
    // it is older than 1.25 or the control plane is older than 1.28 (before n-3 became policy).
    static int maxMinorsBehind(int newestApiServerMinor, int nodeComponentMinor);
    // Oldest kubelet minor allowed when every kube-apiserver is at `controlPlaneMinor`.
    static int minimumKubeletMinor(int controlPlaneMinor);
    // How far kube-proxy may be from the kubelet on its node, either way: 3, or 2 when kube-proxy
    // is older than 1.25 or the control plane older than 1.28.
    static int maxKubeProxyKubeletSkew(int newestApiServerMinor, int kubeProxyMinor);
    // kubeadm's MaximumAllowedMinorVersionKubeletSkew: 1 up to kubeadm 1.28, 3 from 1.29.
    static int kubeadmMaxKubeletSkew(int kubeadmMinor);

    // --- reading the snapshot ---
    // kube-apiserver static pods (FACTS §3.1); without any (managed clusters), one row from
    // /version with an empty node.
    static QList<ComponentVersion> apiServers(const ClusterSnapshot &snapshot);
    // The highest kube-apiserver version, as kubeadm plans from it (FACTS §3.1); invalid when
    // none parses.
    static Version clusterVersion(const ClusterSnapshot &snapshot);
    static Version oldestApiServer(const ClusterSnapshot &snapshot);
    // The kube-proxy DaemonSet image version (FACTS §7.2: the node field is unreliable).
    static Version kubeProxyVersion(const ClusterSnapshot &snapshot);
    // kube-apiserver runs as kubeadm static pods and reports no vendor build (eks, gke, k3s…).
    static bool isKubeadmManaged(const ClusterSnapshot &snapshot);
    // etcd kubeadm installs for a minor, falling back to the nearest known minor like kubeadm
    // does (FACTS §3.2 item 6); `fellBack` tells whether it did. Same for CoreDNS.
    static Version expectedEtcd(const ReleaseCatalog &catalog, int minor, bool *fellBack = nullptr);
    static Version expectedCoreDns(const ReleaseCatalog &catalog, int minor, bool *fellBack = nullptr);

    // --- checks ---
    // FACTS §1.1 component skew as the cluster stands, plus unparseable versions.
    static QList<Finding> checkSkew(const ClusterSnapshot &snapshot);
    // EOL, maintenance mode, support window and patch level of a cluster version (FACTS §2).
    static QList<Finding> checkSupport(const Version &clusterVersion, const ReleaseCatalog &catalog,
                                       const QDate &today);
    // etcd and CoreDNS against what kubeadm ships for `target` (FACTS §3.6).
    static QList<Finding> checkAddons(const ClusterSnapshot &snapshot, const ReleaseCatalog &catalog,
                                      const Version &target);
    // Kubelets too old for a control plane at `target`: kubeadm's own rule when `kubeadm` is true
    // (FACTS §1.3), otherwise the general policy. One finding per node at most.
    static QList<Finding> checkControlPlaneUpgrade(const ClusterSnapshot &snapshot, const Version &target,
                                                   bool kubeadm);
    // kubectl's ±1 skew against the apiservers (FACTS §1.1, §1.3).
    static QList<Finding> checkKubectl(const Version &client, const ClusterSnapshot &snapshot);
    // Everything about the cluster now: skew, support and add-ons for the current version.
    static QList<Finding> evaluate(const ClusterSnapshot &snapshot, const ReleaseCatalog &catalog,
                                   const QDate &today);

    // "v1.32–v1.35", or "v1.35" for a single minor.
    static QString minorRange(int major, int lowest, int highest);
};

} // namespace Slipway
