#pragma once

#include "models/run/rehearsaltiming.h" // SimTimingModel and its defaults

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

// ---- kubelet and node upgrade agent: models/run/rehearsaltiming.h (a rehearsal may change them) ----

// ---- API store ----
// Watch history kept for eventsSince(); older resourceVersions get 410 Gone.
constexpr int kWatchHistoryLimit = 10000;

} // namespace Slipway::SimTiming
