#pragma once

#include "models/clustersnapshot.h"

// Small Kubernetes/kubeadm conventions shared by the scenario expander and the simulator, so the
// rules live in one place.
namespace Slipway::KubeConventions {

// Deterministic Kubernetes-style generated name suffix ("bcdfg…" alphabet, no vowels) derived from
// a seed, so scenario expansion and the controllers name pods, ReplicaSets and mirror pods alike.
QString nameSuffix(const QString &seed, int length);
// A deterministic UID (UUID v5) for a seed.
QString uidFor(const QString &seed);

// The minor of "v1.34.3" (34); -1 when unparseable.
int minorOf(const QString &version);

// kubeadm writes '+' as '_' in image tags (FACTS §3.1).
QString imageTagFor(QString version);

// `image` with its tag replaced ("registry.k8s.io/kube-proxy:v1.34.3" → ":v1.35.0").
QString withImageTag(const QString &image, const QString &tag);

// status.nodeInfo.kubeProxyVersion as the kubelet reports it: its own version below 1.33, empty
// from 1.33 (DisableNodeKubeProxyVersion, FACTS §7.2).
QString reportedKubeProxyVersion(const QString &kubeletVersion);

// status.nodeInfo.bootID for the `boot`-th boot of `node`: a UUID like the kernel's
// /proc/sys/kernel/random/boot_id, the same for the same inputs so scenarios stay reproducible.
QString newBootId(const QString &node, quint64 boot);

// The NoExecute tolerations the DefaultTolerationSeconds admission plugin adds to every pod that
// does not already tolerate not-ready/unreachable (300 s, FACTS §6). Returns true when it added any.
bool addDefaultTolerations(Pod &pod);

// The tolerations the DaemonSet controller adds to its pods: not-ready/unreachable NoExecute
// without tolerationSeconds (never evicted, FACTS §6), pressure and unschedulable NoSchedule
// (DaemonSets ignore cordons, FACTS §5.5).
const QList<Toleration> &daemonSetTolerations();
// Appends the DaemonSet tolerations the list does not already contain.
void addDaemonSetTolerations(QList<Toleration> &tolerations);

// Well-known taints (FACTS §6, §7.3).
extern const QString kTaintNotReady;      // node.kubernetes.io/not-ready
extern const QString kTaintUnreachable;   // node.kubernetes.io/unreachable
extern const QString kTaintUnschedulable; // node.kubernetes.io/unschedulable
extern const QString kTaintControlPlane;  // node-role.kubernetes.io/control-plane
extern const QString kEffectNoSchedule;
extern const QString kEffectNoExecute;

} // namespace Slipway::KubeConventions
