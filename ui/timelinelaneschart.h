#pragma once

// The upper panel of the timeline: a QChart with a time axis on top, lanes on a hidden,
// reversed value axis (lane 0 at the top), a legend of the bar categories, and one
// TimelineBarsItem that draws every bar. An empty line series anchors the mapping.

#include "ui/timelinepalette.h"

#include <QChart>

class QCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace Slipway {

class TimelineBarsItem;
class TimelineLaneGroups;
class TimelineModel;

class TimelineLanesChart : public QChart
{
    Q_OBJECT
public:
    TimelineLanesChart(const TimelineModel *model, TimelineLaneGroups *groups);

    TimelineBarsItem *bars() const { return m_bars; }
    QCategoryAxis *timeAxis() const { return m_time; }
    QValueAxis *laneAxis() const { return m_lanes; }
    void setTimelinePalette(const TimelinePalette &palette, const QPalette &widgetPalette);
    static QString legendLabel(TimelineBarCategory category);

private:
    QCategoryAxis *m_time;
    QValueAxis *m_lanes;
    QLineSeries *m_anchor;
    QList<QAbstractSeries *> m_legendSeries;
    TimelineBarsItem *m_bars;
};

// Styles an axis after the widget palette (labels, lines, grid).
void styleTimelineAxis(QAbstractAxis *axis, const TimelinePalette &palette);
// Styles a chart's background and legend after the widget palette.
void styleTimelineChart(QChart *chart, const TimelinePalette &palette, const QPalette &widgetPalette);

} // namespace Slipway
