#pragma once

#include <QtGlobal>

// The practice cluster's timings: Kubernetes defaults where FACTS gives them, plausible small
// values where a real cluster's timing depends on images and hardware.
namespace Slipway::SimTiming {

// ---- node lifecycle (FACTS §6) ----
// The kubelet renews its Lease in kube-node-lease every 10 s.
constexpr qint64 kLeaseRenewSeconds = 10;
// The node lifecycle controller looks at every node each --node-monitor-period (5 s).
constexpr qint64 kNodeMonitorPeriodSeconds = 5;
// --node-monitor-grace-period: 50 s since v1.32 (kubernetes/kubernetes#126287), 40 s before.
constexpr qint64 kNodeMonitorGraceSeconds = 50;
constexpr qint64 kNodeMonitorGraceSecondsBefore132 = 40;
constexpr int kNodeMonitorGraceChangedInMinor = 32;
// DefaultTolerationSeconds admission: not-ready/unreachable tolerated for 300 s.
constexpr qint64 kDefaultTolerationSeconds = 300;
// --node-eviction-rate 0.1/s (one node tainted every 10 s per zone), --secondary-node-eviction-rate
// 0.01/s, --unhealthy-zone-threshold 0.55, --large-cluster-size-threshold 50.
constexpr qint64 kNodeEvictionIntervalSeconds = 10;
constexpr qint64 kSecondaryNodeEvictionIntervalSeconds = 100;
constexpr double kUnhealthyZoneThreshold = 0.55;
constexpr int kLargeClusterSizeThreshold = 50;

// ---- kubelet (not in FACTS: typical small values for a cached image) ----
// Bound pod → containers started (phase Running) → readiness probe passes (Ready).
constexpr qint64 kPodStartSeconds = 2;
constexpr qint64 kPodReadySeconds = 3;
// After `systemctl restart kubelet` the node reports NotReady until the runtime is checked.
constexpr qint64 kKubeletRestartNotReadySeconds = 5;

// ---- node upgrade agent ----
// kubeadm replaces one static pod manifest after the other and waits for each (FACTS §3.5).
constexpr qint64 kStaticPodStepSeconds = 10;
// A restarted kube-apiserver static pod serves again (readiness probe on /readyz) after this long;
// meanwhile a single master's API refuses connections. Not in FACTS: a plausible value.
constexpr qint64 kApiServerRestartSeconds = 15;
// Package install between kubeadm and the kubelet restart.
constexpr qint64 kKubeletPackageSeconds = 5;

// ---- API store ----
// Watch history kept for eventsSince(); older resourceVersions get 410 Gone.
constexpr int kWatchHistoryLimit = 10000;

} // namespace Slipway::SimTiming

namespace Slipway {

// The timings a rehearsal may change (issue 14, docs/rehearsal.md); the defaults are the constants
// above. Set with Simulator::setTimingModel().
struct SimTimingModel
{
    qint64 podStartSeconds = SimTiming::kPodStartSeconds; // bound → Running: image pull and start
    qint64 podReadySeconds = SimTiming::kPodReadySeconds; // Running → Ready: start-up, readiness
    qint64 kubeletRestartNotReadySeconds = SimTiming::kKubeletRestartNotReadySeconds;
    qint64 staticPodStepSeconds = SimTiming::kStaticPodStepSeconds;
    qint64 kubeletPackageSeconds = SimTiming::kKubeletPackageSeconds; // node upgrade: packages
    // A restarted kube-apiserver static pod is Ready (and a single master's API answers) after this.
    qint64 apiServerRestartSeconds = SimTiming::kApiServerRestartSeconds;
    friend bool operator==(const SimTimingModel &, const SimTimingModel &) = default;
};

} // namespace Slipway
