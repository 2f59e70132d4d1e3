#include "ui/timelinelaneschart.h"

#include "models/items/timelinemodel.h"
#include "ui/timelinebarsitem.h"

#include <QCategoryAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace Slipway {

namespace {

// Upgrade and maintenance share a colour and one legend entry.
constexpr TimelineBarCategory kLegend[] = {
    TimelineBarCategory::Cordon,  TimelineBarCategory::Drain,  TimelineBarCategory::WaitingOnPdb,
    TimelineBarCategory::Upgrade, TimelineBarCategory::Verify, TimelineBarCategory::Uncordon,
    TimelineBarCategory::Failed,
};

} // namespace

void styleTimelineAxis(QAbstractAxis *axis, const TimelinePalette &palette)
{
    axis->setLabelsColor(palette.text());
    // Cosmetic one-pixel pens take the raster engine's fast path for lines.
    QPen line(palette.grid(), 0);
    line.setCosmetic(true);
    axis->setLinePen(line);
    axis->setGridLinePen(line);
    axis->setTitleBrush(palette.text());
    axis->setShadesVisible(false);
}

void styleTimelineChart(QChart *chart, const TimelinePalette &palette, const QPalette &widgetPalette)
{
    chart->setBackgroundBrush(widgetPalette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->legend()->setLabelColor(palette.text());
    chart->legend()->setBrush(Qt::NoBrush);
    chart->legend()->setPen(Qt::NoPen);
}

QString TimelineLanesChart::legendLabel(TimelineBarCategory category)
{
    if (category == TimelineBarCategory::Upgrade)
        return tr("Upgrade / maintenance");
    return TimelineModel::categoryLabel(category);
}

TimelineLanesChart::TimelineLanesChart(const TimelineModel *model, TimelineLaneGroups *groups)
    : m_time(new QCategoryAxis(this))
    , m_lanes(new QValueAxis(this))
    , m_anchor(new QLineSeries(this))
{
    setAnimationOptions(QChart::NoAnimation);
    setMargins(QMargins(8, 4, 12, 4));
    m_time->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_lanes->setReverse(true);
    m_lanes->setLabelsVisible(false);
    m_lanes->setGridLineVisible(false);
    m_lanes->setLineVisible(false);
    m_lanes->setTickCount(2);
    addAxis(m_time, Qt::AlignTop);
    addAxis(m_lanes, Qt::AlignLeft);
    m_anchor->setName(tr("Lanes"));
    addSeries(m_anchor);
    m_anchor->attachAxis(m_time);
    m_anchor->attachAxis(m_lanes);

    for (const TimelineBarCategory category : kLegend) {
        auto *entry = new QScatterSeries(this);
        entry->setName(legendLabel(category));
        entry->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        addSeries(entry);
        entry->attachAxis(m_time);
        entry->attachAxis(m_lanes);
        m_legendSeries << entry;
    }
    legend()->setAlignment(Qt::AlignBottom);
    legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    legend()->markers(m_anchor).constFirst()->setVisible(false);

    m_bars = new TimelineBarsItem(this, m_anchor, model, groups);
}

void TimelineLanesChart::setTimelinePalette(const TimelinePalette &palette, const QPalette &widgetPalette)
{
    styleTimelineChart(this, palette, widgetPalette);
    styleTimelineAxis(m_time, palette);
    styleTimelineAxis(m_lanes, palette);
    for (int i = 0; i < m_legendSeries.size(); ++i) {
        auto *entry = static_cast<QScatterSeries *>(m_legendSeries.at(i));
        entry->setBrush(palette.legendBrush(kLegend[i]));
        entry->setPen(palette.outline(kLegend[i]));
        for (QLegendMarker *marker : legend()->markers(entry)) {
            marker->setBrush(palette.legendBrush(kLegend[i]));
            marker->setPen(palette.outline(kLegend[i]));
        }
    }
    m_bars->setTimelinePalette(palette);
}

} // namespace Slipway
