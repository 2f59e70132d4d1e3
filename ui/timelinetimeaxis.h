#pragma once

// The timeline's time axis: a QCategoryAxis whose values are seconds since the run's origin and
// whose labels sit on round local times (every 10 s, 1 min, 15 min, 1 h …), chosen for the
// visible span and the axis length. Both panels of the chart share the same ticks.

#include <QtGlobal>

class QCategoryAxis;

namespace Slipway {

class TimelineTimeAxis
{
public:
    // The tick step in msecs for `spanMs` over `pixels`, about one label per `pixelsPerTick`.
    static qint64 stepFor(qint64 spanMs, qreal pixels, qreal pixelsPerTick = 90);
    // Sets `axis` to [fromMs, toMs] with labelled ticks; values are (ms - originMs) / 1000.
    static void apply(QCategoryAxis *axis, qint64 fromMs, qint64 toMs, qint64 originMs, qreal pixels);
    static double toValue(qint64 ms, qint64 originMs) { return double(ms - originMs) / 1000.0; }
    static qint64 toMs(double value, qint64 originMs) { return originMs + qint64(value * 1000.0); }
};

} // namespace Slipway
