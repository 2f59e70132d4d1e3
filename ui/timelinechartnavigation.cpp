// TimelineChart: zoom, pan, follow "now", tooltips, the context menu and interactive export.

#include "models/items/timelinemodel.h"
#include "ui/timelinebarsitem.h"
#include "ui/timelinechart.h"
#include "ui/timelinechartview.h"
#include "ui/timelineclusterchart.h"
#include "ui/timelinelanegroups.h"
#include "ui/timelinelaneschart.h"

#include <QAction>
#include <QDateTime>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

#include <cmath>

namespace Slipway {

namespace {

constexpr qreal kMaxRowPx = 34;     // a lane is never taller than this: few lanes stack at the top
constexpr qint64 kMinSpanMs = 1000; // the deepest time zoom: one second across the plot

} // namespace

void TimelineChart::connectView(TimelineChartView *view, bool lanes)
{
    QChart *chart = view->chart();
    connect(view, &TimelineChartView::zoomRequested, this,
            [this, chart, lanes](Qt::Orientations o, qreal factor, const QPointF &anchor) {
                onZoom(chart, lanes ? o : Qt::Orientations(Qt::Horizontal), factor, anchor);
            });
    connect(view, &TimelineChartView::panRequested, this,
            [this, lanes](qreal dx, qreal dy) { onPan(dx, lanes ? dy : 0); });
    connect(view, &TimelineChartView::pageRequested, this, [this](int pages) {
        m_autoY = false;
        m_yTop += pages * m_ySpan * 0.9;
        clampLanes();
        applyView();
    });
    connect(view, &TimelineChartView::rectangleSelected, this,
            [this, chart, lanes](const QRectF &rect) { onRectangle(chart, rect, lanes); });
    connect(view, &TimelineChartView::wholeRunRequested, this, &TimelineChart::showWholeRun);
    connect(view, &TimelineChartView::followToggleRequested, this, [this] { setFollowNow(!m_follow); });
    connect(view, &TimelineChartView::contextMenuRequested, this, &TimelineChart::showContextMenu);
    view->setToolTipProvider([this, view, lanes](const QPoint &viewportPos) -> QString {
        const QPointF chartPos = view->chart()->mapFromScene(view->mapToScene(viewportPos));
        if (!view->chart()->plotArea().contains(chartPos) && !lanes)
            return {};
        const qint64 ms = msAt(view->chart(), chartPos.x());
        if (!lanes)
            return clusterToolTip(ms);
        const TimelineBarsItem *bars = m_lanesChart->bars();
        const int row = bars->rowAt(chartPos);
        if (row < 0)
            return {};
        const TimelineBarsItem::Mapping m = bars->mapping();
        if (m_groups->groupSize() > 1)
            return groupToolTip(row, ms);
        return laneToolTip(row, ms, 3.0 / m.xPerSecond * 1000.0);
    });
}

qint64 TimelineChart::msAt(const QChart *chart, qreal chartX) const
{
    const QRectF plot = chart->plotArea();
    if (plot.width() <= 0)
        return m_fromMs;
    return m_fromMs + qint64((chartX - plot.left()) / plot.width() * qreal(m_toMs - m_fromMs));
}

qreal TimelineChart::maxLaneSpan() const
{
    const qreal plotHeight = qMax<qreal>(20, m_lanesChart->plotArea().height());
    return qMax<qreal>(qMax(1, m_model->laneCount()), plotHeight / kMaxRowPx);
}

void TimelineChart::clampLanes()
{
    const qreal lanes = qMax(1, m_model->laneCount());
    m_ySpan = qBound<qreal>(qMin<qreal>(lanes, 2), m_ySpan, maxLaneSpan());
    m_yTop = qBound<qreal>(0, m_yTop, qMax<qreal>(0, lanes - m_ySpan));
}

void TimelineChart::onZoom(QChart *chart, Qt::Orientations orientations, qreal factor, const QPointF &anchor)
{
    if (orientations & Qt::Horizontal) {
        const qint64 span = m_toMs - m_fromMs;
        const qint64 runSpan = qMax<qint64>(3'600'000, m_model->nowMs() - m_model->firstMs());
        const qint64 newSpan = qBound<qint64>(kMinSpanMs, qint64(qreal(span) * factor), runSpan * 4);
        const qint64 anchorMs = qBound(m_fromMs, msAt(chart, anchor.x()), m_toMs);
        m_autoX = false;
        if (m_follow && m_model->isRunning()) {
            m_spanMs = newSpan; // keep following, at the new scale
        } else {
            m_fromMs = anchorMs - qint64(qreal(anchorMs - m_fromMs) * qreal(newSpan) / qreal(span));
            m_toMs = m_fromMs + newSpan;
        }
    }
    if (orientations & Qt::Vertical) {
        const QRectF plot = m_lanesChart->plotArea();
        const qreal anchorLane = m_yTop + (anchor.y() - plot.top()) / plot.height() * m_ySpan;
        const qreal newSpan =
            qBound<qreal>(qMin<qreal>(m_model->laneCount(), 2), m_ySpan * factor, maxLaneSpan());
        m_yTop = anchorLane - (anchorLane - m_yTop) * newSpan / m_ySpan;
        m_ySpan = newSpan;
        m_autoY = false;
        clampLanes();
    }
    applyView();
}

void TimelineChart::onPan(qreal dx, qreal dy)
{
    const QRectF plot = m_lanesChart->plotArea();
    if (dx != 0 && plot.width() > 0) {
        const qint64 delta = qint64(-dx / plot.width() * qreal(m_toMs - m_fromMs));
        m_fromMs += delta;
        m_toMs += delta;
        m_autoX = false;
        setFollowNow(false); // the user took the window
    }
    if (dy != 0 && plot.height() > 0) {
        m_yTop -= dy / plot.height() * m_ySpan;
        m_autoY = false;
        clampLanes();
    }
    applyView();
}

void TimelineChart::onRectangle(QChart *chart, const QRectF &rect, bool lanes)
{
    const QRectF plot = chart->plotArea();
    const QRectF r = rect.intersected(plot);
    if (r.isEmpty())
        return;
    if (r.width() > 4) {
        const qint64 from = msAt(chart, r.left());
        const qint64 to = qMax(from + kMinSpanMs, msAt(chart, r.right()));
        m_fromMs = from;
        m_toMs = to;
        m_autoX = false;
        setFollowNow(false);
    }
    if (lanes && r.height() > 4) {
        const qreal top = m_yTop + (r.top() - plot.top()) / plot.height() * m_ySpan;
        const qreal span = r.height() / plot.height() * m_ySpan;
        m_yTop = top;
        m_ySpan = span;
        m_autoY = false;
        clampLanes();
    }
    applyView();
}

void TimelineChart::setVisibleWindow(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = qMax(fromMs + kMinSpanMs, toMs);
    m_autoX = false;
    setFollowNow(false);
    applyView();
}

void TimelineChart::setVisibleLanes(qreal firstLane, qreal laneCount)
{
    m_yTop = firstLane;
    m_ySpan = laneCount;
    m_autoY = false;
    clampLanes();
    applyView();
}

void TimelineChart::showWholeRun()
{
    m_autoX = m_autoY = true;
    m_spanMs = 0;
    m_autoXPending = true;
    applyView();
}

void TimelineChart::zoomTime(qreal factor)
{
    onZoom(m_lanesChart, Qt::Horizontal, factor, m_lanesChart->plotArea().center());
}

void TimelineChart::zoomLanes(qreal factor)
{
    onZoom(m_lanesChart, Qt::Vertical, factor, m_lanesChart->plotArea().center());
}

void TimelineChart::panTime(qreal fraction)
{
    onPan(-fraction * m_lanesChart->plotArea().width(), 0);
}

void TimelineChart::setFollowNow(bool follow)
{
    if (follow == m_follow)
        return;
    m_follow = follow;
    m_autoXPending = follow;
    m_followAction->setChecked(follow);
    Q_EMIT followNowChanged(follow);
    scheduleUpdate();
}

QRectF TimelineChart::barRect(int lane, int bar) const
{
    const TimelineBarsItem *bars = m_lanesChart->bars();
    const TimelineBarsItem::Mapping m = bars->mapping();
    if (!m.valid || lane < 0 || lane >= m_model->laneCount() || bar < 0 ||
        bar >= m_model->lane(lane).bars.size())
        return {};
    const QRectF chartRect = bars->barRect(m, lane, m_model->lane(lane).bars.at(bar));
    const QRectF viewRect = m_lanesView->viewportTransform().mapRect(m_lanesChart->mapRectToScene(chartRect));
    return viewRect.translated(m_lanesView->viewport()->mapTo(this, QPoint(0, 0)));
}

QString TimelineChart::toolTipAt(const QPoint &pos) const
{
    const QPoint lanesPos = m_lanesView->viewport()->mapFrom(this, pos);
    if (m_lanesView->viewport()->rect().contains(lanesPos)) {
        const QPointF chartPos = m_lanesChart->mapFromScene(m_lanesView->mapToScene(lanesPos));
        const int row = m_lanesChart->bars()->rowAt(chartPos);
        if (row < 0)
            return {};
        const qint64 ms = msAt(m_lanesChart, chartPos.x());
        if (m_groups->groupSize() > 1)
            return groupToolTip(row, ms);
        return laneToolTip(row, ms, 3.0 / m_lanesChart->bars()->mapping().xPerSecond * 1000.0);
    }
    const QPoint clusterPos = m_clusterView->viewport()->mapFrom(this, pos);
    const QPointF chartPos = m_clusterChart->mapFromScene(m_clusterView->mapToScene(clusterPos));
    if (!m_clusterChart->plotArea().contains(chartPos))
        return {};
    return clusterToolTip(msAt(m_clusterChart, chartPos.x()));
}

QString TimelineChart::timeText(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString TimelineChart::laneToolTip(int row, qint64 ms, qreal toleranceMs) const
{
    const TimelineLane &lane = m_model->lane(row);
    const qint64 now = m_model->nowMs();
    int index = lane.barAt(ms, now);
    if (index < 0)
        index = lane.barAt(ms - qint64(toleranceMs), now);
    if (index < 0)
        index = lane.barAt(ms + qint64(toleranceMs), now);
    if (index < 0) {
        return tr("%1: %2").arg(lane.node,
                                m_model->index(row, TimelineModel::DetailColumn).data().toString());
    }
    const TimelineBar &bar = lane.bars.at(index);
    QStringList lines;
    lines << tr("%1 · %2").arg(lane.node, m_model->barLabel(bar));
    const QString end = bar.isOpen() ? tr("now") : timeText(bar.endMs);
    lines << tr("%1 → %2 (%3)")
                 .arg(timeText(bar.startMs), end, TimelineModel::durationText(bar.endOr(now) - bar.startMs));
    if (bar.isWait) {
        if (!bar.pdb.isEmpty())
            lines << tr("PodDisruptionBudget %1").arg(bar.pdb);
        if (!bar.pod.isEmpty())
            lines << tr("Pod %1").arg(bar.pod);
        if (!bar.outcome.isEmpty())
            lines << tr("Outcome: %1").arg(bar.outcome);
    } else if (bar.result != TimelineBar::Result::Ok && bar.result != TimelineBar::Result::Running) {
        lines << tr("Result: %1").arg(TimelineModel::resultLabel(bar.result));
    }
    if (bar.isOpen())
        lines << tr("Still running");
    if (!bar.message.isEmpty())
        lines << bar.message;
    return lines.join(QLatin1Char('\n'));
}

QString TimelineChart::groupToolTip(int group, qint64 ms) const
{
    int busy = 0;
    const TimelineLaneGroups::Counts counts = m_groups->countsAt(group, ms, &busy);
    const int first = group * m_groups->groupSize();
    const int count = qMin(m_model->laneCount(), first + m_groups->groupSize()) - first;
    QStringList lines;
    lines << tr("%1 (%n node(s))", nullptr, count).arg(m_lanesChart->bars()->rowLabel(group));
    lines << timeText(ms);
    for (int c = 0; c < kTimelineBarCategoryCount; ++c) {
        if (counts[size_t(c)] > 0)
            lines << tr("%1: %2")
                         .arg(TimelineModel::categoryLabel(TimelineBarCategory(c)))
                         .arg(counts[size_t(c)]);
    }
    if (busy == 0)
        lines << tr("No node of this row is in a phase now.");
    lines << tr("Zoom into the lanes (Ctrl+wheel, Ctrl++ or Shift+drag) to see each node.");
    return lines.join(QLatin1Char('\n'));
}

QString TimelineChart::clusterToolTip(qint64 ms) const
{
    const ClusterSeriesModel *series = m_model->clusterSeries();
    const int index = series->indexAt(ms);
    if (index < 0)
        return {};
    const ClusterSample &s = series->samples().at(index);
    QStringList lines;
    lines << timeText(ms);
    lines << tr("Ready nodes: %1 of %2").arg(s.readyNodes).arg(s.totalNodes);
    lines << tr("Schedulable nodes: %1").arg(s.schedulableNodes);
    lines << tr("Pending pods: %1").arg(s.pendingPods);
    lines << tr("Workloads below desired replicas: %1").arg(s.workloadsBelowDesired);
    return lines.join(QLatin1Char('\n'));
}

void TimelineChart::showContextMenu(const QPoint &globalPos)
{
    QMenu menu(this);
    menu.addAction(m_followAction);
    menu.addSeparator();
    menu.addAction(m_zoomInAction);
    menu.addAction(m_zoomOutAction);
    menu.addAction(m_wholeRunAction);
    menu.addSeparator();
    menu.addAction(m_exportPngAction);
    menu.addAction(m_exportSvgAction);
    menu.exec(globalPos);
}

void TimelineChart::exportInteractively(bool svg)
{
    const QString filter = svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    const QString suggested = svg ? QStringLiteral("timeline.svg") : QStringLiteral("timeline.png");
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export the timeline"), suggested, filter);
    if (fileName.isEmpty())
        return;
    const bool ok = svg ? exportSvg(fileName) : exportPng(fileName, 2.0);
    if (!ok) {
        QMessageBox::warning(this, tr("Export the timeline"),
                             tr("Could not write %1. Check that the folder exists and is writable, or choose "
                                "another file.")
                                 .arg(QDir::toNativeSeparators(fileName)));
    }
}

} // namespace Slipway
