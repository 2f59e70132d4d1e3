#pragma once

// A rehearsal's timing model (issue 14, docs/rehearsal.md "Timing model"): the durations the
// practice cluster plays that depend on images and hardware, their defaults, a calibration from
// a real run's journal, and the GUI's remembered choice. Here in models/ so `slipway rehearse`,
// the simulator and the window share one definition.

#include "models/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Slipway::SimTiming {

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

// A rehearsal stops a wait longer than this and reports it as a blocker (--stuck-after).
constexpr qint64 kStuckAfterSeconds = 3600;

} // namespace Slipway::SimTiming

namespace Slipway {

// The timings a rehearsal may change; the defaults are the constants above. Set with
// Simulator::setTimingModel().
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

// The node upgrade time measured on a real run (`--calibrate-from`, the GUI's "Calibrate from a
// journal…"): the median of the journal's finished upgrade phases, less the kubelet restart the
// model adds by itself.
struct TimingCalibration
{
    QString journal;
    qint64 medianUpgradeSeconds = 0;
    int phases = 0;                // finished upgrade phases the median is over
    qint64 nodeUpgradeSeconds = 0; // what SimTimingModel::kubeletPackageSeconds becomes

    // Fails, naming the file, on a journal that cannot be read, is not a run journal, is a
    // rehearsal's own (virtual clock) or has no finished upgrade phase.
    static Result<TimingCalibration> fromJournal(const QString &path, const SimTimingModel &model = {});
    void applyTo(SimTimingModel *model) const { model->kubeletPackageSeconds = nodeUpgradeSeconds; }
    // "Node upgrade calibrated from FILE: median upgrade phase 45 s over 12 nodes." for the report.
    QString note() const;

    friend bool operator==(const TimingCalibration &, const TimingCalibration &) = default;
};

// What the window rehearses with (the Timing… dialog, remembered between starts): the model, the
// calibration it came from, and the stuck-after limit.
struct RehearsalTimingChoice
{
    SimTimingModel timing;
    std::optional<TimingCalibration> calibration;
    qint64 stuckSeconds = SimTiming::kStuckAfterSeconds;

    // The report's notes: the calibration, then each value that differs from its default (or
    // from the calibration), one sentence each. Empty for the defaults.
    QStringList notes() const;
    bool isDefault() const { return *this == RehearsalTimingChoice{}; }

    friend bool operator==(const RehearsalTimingChoice &, const RehearsalTimingChoice &) = default;
};

// "1h", "2m 30s", "45s": a number of seconds as the timing dialog and the notes write it.
QString timingSecondsText(qint64 seconds);

} // namespace Slipway
