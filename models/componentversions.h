#pragma once

#include "models/clustersnapshot.h"

namespace Slipway {

// kubeadm writes '+' as '_' in image tags (FACTS §3.1); this turns a tag back into a version.
QString imageTagToVersion(const QString &image);

// Derives the component table the way `kubeadm upgrade plan` reads it (FACTS §3.1, §7.4):
// kube-system pods labelled component=<name>,tier=control-plane (image tag of container[0], per
// node), the CoreDNS Deployment labelled k8s-app=kube-dns, and the kube-proxy DaemonSet image.
QList<ComponentVersion> deriveComponentVersions(const QList<Pod> &pods, const QList<Workload> &workloads);

// The control-plane components kubeadm tracks, in its display order.
const QStringList &controlPlaneComponentNames();

} // namespace Slipway
