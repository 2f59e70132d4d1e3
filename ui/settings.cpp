#include "ui/settings.h"

#include <QSettings>

namespace Slipway {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLayout = QStringLiteral("layout/");
const QString kLastPage = QStringLiteral("window/lastPage");
const QString kLanguage = QStringLiteral("ui/language");
const QString kPresenter = QStringLiteral("ui/presenterZoom");
const QString kTiming = QStringLiteral("rehearsal/");

// A value from the settings file, or `fallback` when it is missing or not a sensible duration
// (the file may have been edited by hand).
qint64 seconds(const QSettings &settings, const QString &key, qint64 fallback)
{
    bool ok = false;
    const qint64 value = settings.value(kTiming + key).toLongLong(&ok);
    return ok && value >= 0 ? value : fallback;
}
} // namespace

QByteArray Settings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QByteArray Settings::windowState()
{
    return QSettings().value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    QSettings().setValue(kState, state);
}

QByteArray Settings::layoutState(const QString &name)
{
    return QSettings().value(kLayout + name).toByteArray();
}

void Settings::setLayoutState(const QString &name, const QByteArray &state)
{
    QSettings().setValue(kLayout + name, state);
}

int Settings::lastPage()
{
    return QSettings().value(kLastPage, 0).toInt();
}

void Settings::setLastPage(int index)
{
    QSettings().setValue(kLastPage, index);
}

QString Settings::language()
{
    return QSettings().value(kLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, language);
}

bool Settings::presenterZoom()
{
    return QSettings().value(kPresenter, false).toBool();
}

void Settings::setPresenterZoom(bool on)
{
    QSettings().setValue(kPresenter, on);
}

RehearsalTimingChoice Settings::rehearsalTiming()
{
    const QSettings s;
    RehearsalTimingChoice c;
    SimTimingModel &t = c.timing;
    t.podStartSeconds = seconds(s, QStringLiteral("imagePullSeconds"), t.podStartSeconds);
    t.podReadySeconds = seconds(s, QStringLiteral("podStartupSeconds"), t.podReadySeconds);
    t.kubeletPackageSeconds = seconds(s, QStringLiteral("nodeUpgradeSeconds"), t.kubeletPackageSeconds);
    t.staticPodStepSeconds = seconds(s, QStringLiteral("staticPodStepSeconds"), t.staticPodStepSeconds);
    t.apiServerRestartSeconds =
        seconds(s, QStringLiteral("apiServerRestartSeconds"), t.apiServerRestartSeconds);
    c.stuckSeconds = seconds(s, QStringLiteral("stuckAfterSeconds"), c.stuckSeconds);
    if (c.stuckSeconds == 0)
        c.stuckSeconds = SimTiming::kStuckAfterSeconds;
    const QString journal = s.value(kTiming + QStringLiteral("calibration/journal")).toString();
    if (!journal.isEmpty()) {
        TimingCalibration calibration;
        calibration.journal = journal;
        calibration.medianUpgradeSeconds = seconds(s, QStringLiteral("calibration/medianUpgradeSeconds"), 0);
        calibration.phases = int(seconds(s, QStringLiteral("calibration/phases"), 0));
        calibration.nodeUpgradeSeconds =
            seconds(s, QStringLiteral("calibration/nodeUpgradeSeconds"), t.kubeletPackageSeconds);
        c.calibration = calibration;
    }
    return c;
}

void Settings::setRehearsalTiming(const RehearsalTimingChoice &c)
{
    QSettings s;
    s.remove(QStringLiteral("rehearsal"));
    const auto set = [&s](const QString &key, qint64 value) {
        s.setValue(kTiming + key, value);
    };
    set(QStringLiteral("imagePullSeconds"), c.timing.podStartSeconds);
    set(QStringLiteral("podStartupSeconds"), c.timing.podReadySeconds);
    set(QStringLiteral("nodeUpgradeSeconds"), c.timing.kubeletPackageSeconds);
    set(QStringLiteral("staticPodStepSeconds"), c.timing.staticPodStepSeconds);
    set(QStringLiteral("apiServerRestartSeconds"), c.timing.apiServerRestartSeconds);
    set(QStringLiteral("stuckAfterSeconds"), c.stuckSeconds);
    if (c.calibration) {
        s.setValue(kTiming + QStringLiteral("calibration/journal"), c.calibration->journal);
        set(QStringLiteral("calibration/medianUpgradeSeconds"), c.calibration->medianUpgradeSeconds);
        set(QStringLiteral("calibration/phases"), c.calibration->phases);
        set(QStringLiteral("calibration/nodeUpgradeSeconds"), c.calibration->nodeUpgradeSeconds);
    }
}

} // namespace Slipway
