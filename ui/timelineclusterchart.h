#pragma once

// The lower panel of the timeline: the cluster-wide series (Ready nodes, schedulable nodes on
// the left axis; Pending pods, workloads below their desired replicas on the right) as step
// lines over the same time window as the lanes. Only the visible window is turned into points,
// at most a few per pixel column, so a long run with many samples stays cheap to redraw.
//
// The value axes' labels are drawn by the chart itself beside its plot area (QtCharts would cut
// them to "…" once the plot area is aligned with the lanes panel): TimelineChart reserves
// leftLabelWidth() and rightLabelWidth() for them when it aligns both panels.

#include "ui/timelinepalette.h"

#include <QChart>

#include <limits>

class QCategoryAxis;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QValueAxis;

namespace Slipway {

class ClusterSeriesModel;

class TimelineClusterChart : public QChart
{
    Q_OBJECT
public:
    explicit TimelineClusterChart(const ClusterSeriesModel *model);

    QCategoryAxis *timeAxis() const { return m_time; }
    void setTimelinePalette(const TimelinePalette &palette, const QPalette &widgetPalette);
    // Rebuilds the lines for [fromMs, toMs]; they end at `nowMs` (or the last sample).
    void setWindow(qint64 fromMs, qint64 toMs, qint64 originMs, qint64 nowMs);
    QLineSeries *series(TimelinePalette::Series which) const { return m_series.at(int(which)); }
    // The font of the axes' labels and the legend (the widget's font: presenter zoom).
    void setLabelFont(const QFont &font);
    // Room the value labels need left and right of the plot area, in pixels.
    qreal leftLabelWidth() const;
    qreal rightLabelWidth() const;
    // The value labels as drawn, left axis then right axis (tests).
    QStringList valueLabels() const;

private:
    void updateExtremes();
    void placeValueLabels();
    qreal labelWidth(const QValueAxis *axis) const;

    const ClusterSeriesModel *m_model;
    qsizetype m_scanned = 0; // samples looked at for the extremes
    int m_minNodes = std::numeric_limits<int>::max();
    int m_maxNodes = 0;
    int m_maxPods = 0;
    QCategoryAxis *m_time;
    QValueAxis *m_nodes;
    QValueAxis *m_pods;
    QList<QLineSeries *> m_series;
    QList<QGraphicsSimpleTextItem *> m_labels; // left axis first, then right; reused
    QBrush m_labelBrush;
};

} // namespace Slipway
