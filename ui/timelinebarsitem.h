#pragma once

// Draws the timeline's bars and lane names into a QChart: one graphics item for all lanes (not a
// series per bar), mapping through the chart (QChart::mapToPosition) and painting only the rows
// and bars inside the visible window. Lanes that do not fit are drawn as groups
// (TimelineLaneGroups). Pens and brushes come from a cached TimelinePalette.

#include "ui/timelinepalette.h"

#include <QFont>
#include <QGraphicsItem>

#include <array>

class QChart;
class QAbstractSeries;

namespace Slipway {

class TimelineModel;
class TimelineLaneGroups;

class TimelineBarsItem : public QGraphicsItem
{
public:
    // Seconds since the origin on x, lanes (0 at the top) on y, in chart coordinates.
    struct Mapping
    {
        bool valid = false;
        QRectF plot;
        qint64 originMs = 0;
        qreal x0 = 0, xPerSecond = 1; // x = x0 + xPerSecond * seconds
        qreal y0 = 0, yPerLane = 1;   // y = y0 + yPerLane * lane
        qreal x(qint64 ms) const { return x0 + xPerSecond * qreal(ms - originMs) / 1000.0; }
        qint64 ms(qreal px) const { return originMs + qint64((px - x0) / xPerSecond * 1000.0); }
        qreal y(qreal lane) const { return y0 + yPerLane * lane; }
        qreal lane(qreal py) const { return (py - y0) / yPerLane; }
    };

    TimelineBarsItem(QChart *chart, QAbstractSeries *anchor, const TimelineModel *model,
                     TimelineLaneGroups *groups);

    void setTimelinePalette(const TimelinePalette &palette);
    void setFont(const QFont &font) { m_font = font; }
    void setOriginMs(qint64 ms) { m_originMs = ms; }
    void setLabelWidth(qreal width) { m_labelWidth = width; }
    void setShowNow(bool show) { m_showNow = show; }
    void geometryChanged() { prepareGeometryChange(); }

    Mapping mapping() const;
    // The row (a lane, or a group of groupSize() lanes) at a chart position, -1 when outside.
    int rowAt(const QPointF &chartPos) const;
    QRectF rowRect(const Mapping &m, int row) const; // chart coordinates, full row height
    QString rowLabel(int row) const;
    // Where the bar is drawn when its lane has a row of its own (chart coordinates, unclipped).
    QRectF barRect(const Mapping &m, int lane, const TimelineBar &bar) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Batch
    {
        QList<QRectF> rects;
        QList<QLineF> hatch;
    };
    void collectLane(const Mapping &m, int lane, const QRectF &row, qint64 fromMs, qint64 toMs);
    void collectGroup(const Mapping &m, int group, const QRectF &row, qint64 fromMs, qint64 toMs);
    void add(TimelineBarCategory category, const QRectF &rect);
    static QRectF barArea(const QRectF &row);
    static QRectF waitArea(const QRectF &bar);
    void flush(QPainter *painter, bool outlined);
    void paintLabels(QPainter *painter, const Mapping &m, int firstRow, int lastRow) const;

    QChart *m_chart;
    QAbstractSeries *m_anchor;
    const TimelineModel *m_model;
    TimelineLaneGroups *m_groups;
    TimelinePalette m_palette;
    QFont m_font;
    qint64 m_originMs = 0;
    qreal m_labelWidth = 120;
    bool m_showNow = true;
    std::array<Batch, kTimelineBarCategoryCount> m_batches; // reused between frames
};

} // namespace Slipway
