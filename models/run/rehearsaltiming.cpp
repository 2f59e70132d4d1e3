#include "models/run/rehearsaltiming.h"

#include "models/run/runjournal.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Slipway {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::RehearsalTiming)
};

} // namespace

QString timingSecondsText(qint64 seconds)
{
    if (seconds > 0 && seconds % 3600 == 0)
        return QStringLiteral("%1h").arg(seconds / 3600);
    if (seconds >= 3600)
        return QStringLiteral("%1h %2m %3s").arg(seconds / 3600).arg(seconds / 60 % 60).arg(seconds % 60);
    if (seconds > 0 && seconds % 60 == 0)
        return QStringLiteral("%1m").arg(seconds / 60);
    if (seconds >= 60)
        return QStringLiteral("%1m %2s").arg(seconds / 60).arg(seconds % 60);
    return QStringLiteral("%1s").arg(seconds);
}

Result<TimingCalibration> TimingCalibration::fromJournal(const QString &path, const SimTimingModel &model)
{
    const auto contents = RunJournal::read(path);
    if (!contents.ok())
        return Result<TimingCalibration>::failure(contents);
    // A rehearsal's journal would only give the model back its own numbers.
    if (contents->header.virtualClock)
        return Result<TimingCalibration>::failure(
            Tr::tr("%1 is a rehearsal's journal (virtual clock): calibrate from the journal of a real run")
                .arg(path));
    QHash<QString, qint64> started;
    QList<qint64> upgrades;
    for (const RunEvent &e : contents->events) {
        if (!e.phase || *e.phase != RunPhase::Upgrade)
            continue;
        if (e.type == RunEvent::Type::PhaseStarted)
            started.insert(e.node, e.time.toMSecsSinceEpoch());
        else if (e.type == RunEvent::Type::PhaseFinished && started.contains(e.node))
            upgrades << e.time.toMSecsSinceEpoch() - started.take(e.node);
    }
    if (upgrades.isEmpty())
        return Result<TimingCalibration>::failure(
            Tr::tr("%1: the journal has no finished upgrade phase to calibrate from").arg(path));
    std::sort(upgrades.begin(), upgrades.end());
    TimingCalibration c;
    c.journal = path;
    c.medianUpgradeSeconds = upgrades.at(upgrades.size() / 2) / 1000;
    c.phases = int(upgrades.size());
    c.nodeUpgradeSeconds = std::max<qint64>(0, c.medianUpgradeSeconds - model.kubeletRestartNotReadySeconds);
    return c;
}

QString TimingCalibration::note() const
{
    return Tr::tr("Node upgrade calibrated from %1: median upgrade phase %2 s over %3 nodes.")
        .arg(journal)
        .arg(medianUpgradeSeconds)
        .arg(phases);
}

QStringList RehearsalTimingChoice::notes() const
{
    QStringList out;
    const SimTimingModel defaults;
    if (calibration)
        out << calibration->note();
    const auto changed = [&out](const QString &what, qint64 value, qint64 baseline) {
        if (value != baseline)
            out << Tr::tr("%1 %2 set in the rehearsal's timing settings (default %3).")
                       .arg(what, timingSecondsText(value), timingSecondsText(baseline));
    };
    changed(Tr::tr("Image pull"), timing.podStartSeconds, defaults.podStartSeconds);
    changed(Tr::tr("Pod start-up"), timing.podReadySeconds, defaults.podReadySeconds);
    if (calibration && timing.kubeletPackageSeconds != calibration->nodeUpgradeSeconds)
        out << Tr::tr("Node upgrade %1 set in the rehearsal's timing settings (calibrated %2).")
                   .arg(timingSecondsText(timing.kubeletPackageSeconds),
                        timingSecondsText(calibration->nodeUpgradeSeconds));
    else if (!calibration)
        changed(Tr::tr("Node upgrade"), timing.kubeletPackageSeconds, defaults.kubeletPackageSeconds);
    changed(Tr::tr("Static pod step"), timing.staticPodStepSeconds, defaults.staticPodStepSeconds);
    changed(Tr::tr("API server restart"), timing.apiServerRestartSeconds, defaults.apiServerRestartSeconds);
    if (stuckSeconds != SimTiming::kStuckAfterSeconds)
        out << Tr::tr("A wait longer than %1 is a blocker and stops the rehearsal (default %2).")
                   .arg(timingSecondsText(stuckSeconds), timingSecondsText(SimTiming::kStuckAfterSeconds));
    return out;
}

} // namespace Slipway
