#include "ui/timelinebarsitem.h"

#include "models/items/timelinemodel.h"
#include "ui/timelinelanegroups.h"

#include <QAbstractSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace Slipway {

namespace {

// Phases first, then waits over their drain, then failures over everything.
constexpr std::array<TimelineBarCategory, kTimelineBarCategoryCount> kDrawOrder{
    TimelineBarCategory::Cordon,       TimelineBarCategory::Drain,  TimelineBarCategory::Upgrade,
    TimelineBarCategory::Maintain,     TimelineBarCategory::Verify, TimelineBarCategory::Uncordon,
    TimelineBarCategory::WaitingOnPdb, TimelineBarCategory::Failed,
};

constexpr qreal kMinBarWidth = 2.0; // a one-second cordon stays visible in a six-hour run

} // namespace

TimelineBarsItem::TimelineBarsItem(QChart *chart, QAbstractSeries *anchor, const TimelineModel *model,
                                   TimelineLaneGroups *groups)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_anchor(anchor)
    , m_model(model)
    , m_groups(groups)
{
    // Above the grid and the plot background, below the legend (QtCharts' series z-order).
    setZValue(4.5);
    setFlag(ItemUsesExtendedStyleOption);
}

void TimelineBarsItem::setTimelinePalette(const TimelinePalette &palette)
{
    m_palette = palette;
    update();
}

TimelineBarsItem::Mapping TimelineBarsItem::mapping() const
{
    Mapping m;
    m.plot = m_chart->plotArea();
    if (m.plot.width() < 2 || m.plot.height() < 2)
        return m;
    // Two points through the chart give the (linear) mapping of both axes.
    const QPointF a = m_chart->mapToPosition(QPointF(0, 0), m_anchor);
    const QPointF b = m_chart->mapToPosition(QPointF(1, 1), m_anchor);
    m.originMs = m_originMs;
    m.x0 = a.x();
    m.xPerSecond = b.x() - a.x();
    m.y0 = a.y();
    m.yPerLane = b.y() - a.y();
    m.valid = std::isfinite(m.xPerSecond) && std::isfinite(m.yPerLane) && m.xPerSecond > 0 && m.yPerLane > 0;
    return m;
}

int TimelineBarsItem::rowAt(const QPointF &chartPos) const
{
    const Mapping m = mapping();
    if (!m.valid || !m.plot.contains(chartPos))
        return -1;
    const qreal lane = m.lane(chartPos.y());
    if (lane < 0 || lane >= m_model->laneCount())
        return -1;
    return int(lane) / m_groups->groupSize();
}

QRectF TimelineBarsItem::rowRect(const Mapping &m, int row) const
{
    const int g = m_groups->groupSize();
    const qreal top = m.y(qreal(row) * g);
    const qreal bottom = m.y(qreal(qMin(m_model->laneCount(), (row + 1) * g)));
    return QRectF(m.plot.left(), top, m.plot.width(), bottom - top);
}

QString TimelineBarsItem::rowLabel(int row) const
{
    const int g = m_groups->groupSize();
    if (g == 1)
        return m_model->lane(row).node;
    const int first = row * g;
    const int last = qMin(m_model->laneCount(), first + g) - 1;
    return QStringLiteral("%1 +%2").arg(m_model->lane(first).node).arg(last - first);
}

QRectF TimelineBarsItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_chart->size());
}

QRectF TimelineBarsItem::barArea(const QRectF &row)
{
    const qreal pad = qBound(1.0, std::round(row.height() * 0.16), 6.0);
    return row.adjusted(0, pad, 0, -pad);
}

QRectF TimelineBarsItem::waitArea(const QRectF &bar)
{
    // A wait lies inside its drain: a little lower than the drain bar, so both show.
    const qreal d = std::round(bar.height() * 0.18);
    return bar.adjusted(0, d, 0, -d);
}

QRectF TimelineBarsItem::barRect(const Mapping &m, int lane, const TimelineBar &bar) const
{
    const QRectF row = barArea(rowRect(m, lane / m_groups->groupSize()));
    const qreal x0 = std::round(m.x(bar.startMs));
    qreal x1 = std::round(m.x(bar.endOr(m_model->nowMs())));
    if (x1 - x0 < kMinBarWidth)
        x1 = x0 + kMinBarWidth;
    const QRectF rect(x0, row.top(), x1 - x0, row.height());
    return bar.isWait ? waitArea(rect) : rect;
}

void TimelineBarsItem::add(TimelineBarCategory category, const QRectF &rect)
{
    Batch &batch = m_batches[size_t(category)];
    batch.rects.append(rect);
    if (m_palette.isHatched(category) && rect.width() >= 3)
        TimelinePalette::appendHatch(rect, qBound(4.0, rect.height() * 0.45, 8.0),
                                     m_palette.isCrossHatched(category), batch.hatch);
}

void TimelineBarsItem::collectLane(const Mapping &m, int lane, const QRectF &row, qint64 fromMs, qint64 toMs)
{
    const TimelineLane &l = m_model->lane(lane);
    const qint64 now = m_model->nowMs();
    if (l.firstMs < 0 || l.firstMs > toMs || l.endOr(now) < fromMs)
        return;
    for (const TimelineBar &bar : l.bars) {
        const qint64 end = bar.endOr(now);
        if (end < fromMs || bar.startMs > toMs)
            continue;
        qreal x0 = std::round(qMax(m.plot.left() - 1, m.x(bar.startMs)));
        qreal x1 = std::round(qMin(m.plot.right() + 1, m.x(end)));
        if (x1 - x0 < kMinBarWidth)
            x1 = x0 + kMinBarWidth;
        const QRectF rect(x0, row.top(), x1 - x0, row.height());
        add(bar.category, bar.isWait ? waitArea(rect) : rect);
    }
}

void TimelineBarsItem::collectGroup(const Mapping &m, int group, const QRectF &row, qint64 fromMs,
                                    qint64 toMs)
{
    const QList<TimelineLaneGroups::Segment> &segments = m_groups->segments(group);
    auto it = std::lower_bound(segments.cbegin(), segments.cend(), fromMs,
                               [](const TimelineLaneGroups::Segment &s, qint64 ms) { return s.endMs < ms; });
    // At most one rectangle per pixel column and row, however many segments fall into it; waits
    // and failures are never hidden by a neighbour.
    qreal covered = -1e9;
    const int important = TimelineLaneGroups::priority(TimelineBarCategory::WaitingOnPdb);
    for (; it != segments.cend() && it->startMs <= toMs; ++it) {
        qreal x0 = std::round(qMax(m.plot.left() - 1, m.x(it->startMs)));
        qreal x1 = std::round(qMin(m.plot.right() + 1, m.x(it->endMs)));
        const bool keep = TimelineLaneGroups::priority(it->category) >= important;
        if (x1 <= covered && !keep)
            continue;
        if (!keep)
            x0 = qMax(x0, covered);
        if (x1 - x0 < kMinBarWidth)
            x1 = x0 + kMinBarWidth;
        add(it->category, QRectF(x0, row.top(), x1 - x0, row.height()));
        covered = qMax(covered, x1);
    }
}

void TimelineBarsItem::flush(QPainter *painter, bool outlined)
{
    for (const TimelineBarCategory category : kDrawOrder) {
        Batch &batch = m_batches[size_t(category)];
        if (batch.rects.isEmpty())
            continue;
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(m_palette.brush(category));
        painter->setPen(outlined ? m_palette.outline(category) : QPen(Qt::NoPen));
        painter->drawRects(batch.rects);
        if (!batch.hatch.isEmpty()) {
            painter->setRenderHint(QPainter::Antialiasing, true);
            painter->setPen(m_palette.hatchPen(category));
            painter->drawLines(batch.hatch);
        }
        batch.rects.clear();
        batch.hatch.clear();
    }
}

void TimelineBarsItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const Mapping m = mapping();
    if (!m.valid || m_model->laneCount() == 0)
        return;
    const int g = m_groups->groupSize();
    const int rows = m_groups->groupCount();
    QRectF visible = m.plot;
    if (option && !option->exposedRect.isEmpty())
        visible = visible.intersected(option->exposedRect.adjusted(-1, -1, 1, 1));
    const int firstRow = qBound(0, int(std::floor(m.lane(visible.top()))) / g, rows - 1);
    const int lastRow = qBound(0, int(std::floor(m.lane(visible.bottom()))) / g, rows - 1);
    const qint64 fromMs = m.ms(visible.left() - kMinBarWidth);
    const qint64 toMs = m.ms(visible.right());

    painter->save();
    painter->setClipRect(m.plot);
    const qreal rowHeight = m.yPerLane * g;
    for (int row = firstRow; row <= lastRow; ++row) {
        const QRectF r = rowRect(m, row);
        if (row % 2 == 1)
            painter->fillRect(r, m_palette.stripe());
        const QRectF bar = barArea(r);
        if (g == 1)
            collectLane(m, row, bar, fromMs, toMs);
        else
            collectGroup(m, row, bar, fromMs, toMs);
    }
    flush(painter, g == 1 && rowHeight >= 10);

    const qint64 now = m_model->nowMs();
    if (m_showNow && m_model->isRunning() && now >= fromMs && now <= toMs) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(m_palette.nowPen());
        const qreal x = std::round(m.x(now));
        painter->drawLine(QPointF(x, m.plot.top()), QPointF(x, m.plot.bottom()));
    }
    painter->restore();
    paintLabels(painter, m, firstRow, lastRow);
}

void TimelineBarsItem::paintLabels(QPainter *painter, const Mapping &m, int firstRow, int lastRow) const
{
    const qreal rowHeight = m.yPerLane * m_groups->groupSize();
    const QFontMetricsF metrics(m_font);
    // Thin group rows: a name on every few rows, as on a ruler.
    const int every = qMax(1, int(std::ceil(metrics.height() / qMax<qreal>(1, rowHeight))));
    if (every > 1 && m_groups->groupSize() == 1)
        return;
    painter->save();
    const QRectF area(m.plot.left() - m_labelWidth - 8, m.plot.top(), m_labelWidth, m.plot.height());
    painter->setClipRect(area.adjusted(0, -1, 0, 1));
    QFont bold = m_font;
    bold.setBold(true);
    for (int row = firstRow; row <= lastRow; ++row) {
        if (row % every != 0)
            continue;
        QRectF r = rowRect(m, row);
        if (every > 1)
            r = QRectF(r.left(), r.center().y() - metrics.height() / 2, r.width(), metrics.height());
        bool failed = false, pending = false;
        if (m_groups->groupSize() == 1) {
            const TimelineLane &lane = m_model->lane(row);
            failed = lane.state == NodeRunState::Failed;
            pending = lane.firstMs < 0;
        }
        painter->setFont(failed ? bold : m_font);
        painter->setPen(pending ? m_palette.dimText() : m_palette.text());
        const QString text =
            QFontMetricsF(painter->font()).elidedText(rowLabel(row), Qt::ElideMiddle, m_labelWidth);
        painter->drawText(QRectF(area.left(), r.top(), m_labelWidth, r.height()),
                          Qt::AlignRight | Qt::AlignVCenter, text);
    }
    painter->restore();
}

} // namespace Slipway
