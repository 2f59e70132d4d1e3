#include "ui/timelinetimeaxis.h"

#include <QCategoryAxis>
#include <QDateTime>
#include <QLocale>

namespace Slipway {

qint64 TimelineTimeAxis::stepFor(qint64 spanMs, qreal pixels, qreal pixelsPerTick)
{
    static constexpr qint64 kSteps[] = {
        100,         250,       500,           1000,          2000,          5000,           10'000,
        15'000,      30'000,    60'000,        2 * 60'000,    5 * 60'000,    10 * 60'000,    15 * 60'000,
        30 * 60'000, 3'600'000, 2 * 3'600'000, 3 * 3'600'000, 6 * 3'600'000, 12 * 3'600'000, 86'400'000,
    };
    const qreal ticks = qMax<qreal>(1, pixels / pixelsPerTick);
    const qreal wanted = qreal(qMax<qint64>(1, spanMs)) / ticks;
    for (const qint64 step : kSteps) {
        if (qreal(step) >= wanted)
            return step;
    }
    const qint64 days = qint64(wanted / 86'400'000.0) + 1;
    return days * 86'400'000;
}

void TimelineTimeAxis::apply(QCategoryAxis *axis, qint64 fromMs, qint64 toMs, qint64 originMs, qreal pixels)
{
    const qint64 step = stepFor(toMs - fromMs, pixels);
    // Round in local time: a tick every hour falls on the hour where the user is.
    const qint64 offsetMs =
        qint64(QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC).toLocalTime().offsetFromUtc()) * 1000;
    qint64 tick = ((fromMs + offsetMs) / step) * step - offsetMs;
    if (tick < fromMs)
        tick += step;
    // Labels must be unique on a category axis: spans over most of a day carry the date.
    const bool long_ = toMs - fromMs > 20 * 3'600'000;
    const QString format = step < 1000     ? QStringLiteral("HH:mm:ss.zzz")
                           : step < 60'000 ? QStringLiteral("HH:mm:ss")
                           : long_         ? QStringLiteral("MMM d HH:mm")
                                           : QStringLiteral("HH:mm");
    const QLocale locale;
    QList<std::pair<QString, double>> ticks;
    // No label right at the right end: one that sticks out past the plot makes QtCharts shrink
    // the plot while it lays the panel out automatically (before the chart fixes the plot area).
    const qint64 edgeMs = qint64(qreal(toMs - fromMs) * 20.0 / qMax<qreal>(pixels, 1));
    for (; tick <= toMs - edgeMs; tick += step) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(tick, Qt::UTC).toLocalTime();
        ticks.append({locale.toString(local, format), toValue(tick, originMs)});
    }
    // While following "now" the window moves a little at each update and the ticks mostly stay:
    // the categories are only rebuilt when they change (each change lays the chart out again).
    const QStringList current = axis->categoriesLabels();
    bool same = current.size() == ticks.size();
    for (qsizetype i = 0; same && i < ticks.size(); ++i)
        same = current.at(i) == ticks.at(i).first && axis->endValue(current.at(i)) == ticks.at(i).second;
    if (!same) {
        for (const QString &label : current)
            axis->remove(label);
        // The first category starts a step before the first tick, which is before the window.
        axis->setStartValue((ticks.isEmpty() ? toValue(fromMs, originMs) : ticks.constFirst().second) -
                            double(step) / 1000.0);
        for (const auto &[label, value] : std::as_const(ticks))
            axis->append(label, value);
    }
    axis->setRange(toValue(fromMs, originMs), toValue(toMs, originMs));
}

} // namespace Slipway
