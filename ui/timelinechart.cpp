#include "ui/timelinechart.h"

#include "models/items/timelinemodel.h"
#include "ui/timelinebarsitem.h"
#include "ui/timelinechartview.h"
#include "ui/timelineclusterchart.h"
#include "ui/timelinelanegroups.h"
#include "ui/timelinelaneschart.h"
#include "ui/timelinetimeaxis.h"

#include <QAction>
#include <QBoxLayout>
#include <QCategoryAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolButton>
#include <QValueAxis>

#include <cmath>

namespace Slipway {

namespace {

// Coalescing: model changes are applied at most every 100 ms (10 updates a second), and at
// the latest 100 ms after the first change.
constexpr int kUpdateIntervalMs = 100;

} // namespace

TimelineChart::TimelineChart(TimelineModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_groups(std::make_unique<TimelineLaneGroups>(model))
    , m_lanesChart(new TimelineLanesChart(model, m_groups.get()))
    , m_clusterChart(new TimelineClusterChart(model->clusterSeries()))
    , m_lanesView(new TimelineChartView(m_lanesChart))
    , m_clusterView(new TimelineChartView(m_clusterChart))
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_updateTimer(new QTimer(this))
{
    setAccessibleName(tr("Run timeline"));
    m_lanesView->setAccessibleName(tr("Node lanes"));
    m_lanesView->setAccessibleDescription(
        tr("One lane per node with a bar per phase. Plus and minus zoom, arrow keys "
           "pan, Home shows the whole run, F follows now, Space describes the bar in "
           "the middle."));
    m_clusterView->setAccessibleName(tr("Cluster series"));
    m_clusterView->setAccessibleDescription(tr("Ready nodes, schedulable nodes, Pending pods and workloads "
                                               "below their desired replicas over time."));
    for (TimelineChartView *view : {m_lanesView, m_clusterView})
        view->setFrameShape(QFrame::NoFrame);

    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(kUpdateIntervalMs);
    connect(m_updateTimer, &QTimer::timeout, this, &TimelineChart::applyView);

    createActions();
    m_splitter->addWidget(m_lanesView);
    m_splitter->addWidget(m_clusterView);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(createToolBar());
    layout->addWidget(m_splitter, 1);

    connectView(m_lanesView, true);
    connectView(m_clusterView, false);
    for (QChart *chart : {static_cast<QChart *>(m_lanesChart), static_cast<QChart *>(m_clusterChart)})
        connect(chart, &QChart::plotAreaChanged, this, &TimelineChart::alignPlotAreas, Qt::QueuedConnection);
    connectModel();

    m_lanesChart->bars()->setFont(font());
    applyPalette();
    updateLabelWidth(0);
    for (int lane = 0; lane < m_model->laneCount(); ++lane)
        m_dirtyLanes.insert(lane);
    applyView();
}

TimelineChart::~TimelineChart() = default;

void TimelineChart::createActions()
{
    m_followAction = new QAction(tr("&Follow now"), this);
    m_followAction->setCheckable(true);
    m_followAction->setChecked(m_follow);
    m_followAction->setToolTip(tr("Keep the newest events in view while the run goes on (F)"));
    connect(m_followAction, &QAction::toggled, this, &TimelineChart::setFollowNow);
    m_zoomInAction = new QAction(tr("Zoom &in"), this);
    m_zoomInAction->setToolTip(tr("Zoom into time (+); Ctrl++ zooms into lanes"));
    connect(m_zoomInAction, &QAction::triggered, this, [this] { zoomTime(0.8); });
    m_zoomOutAction = new QAction(tr("Zoom &out"), this);
    m_zoomOutAction->setToolTip(tr("Zoom out of time (-); Ctrl+- zooms out of lanes"));
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { zoomTime(1.25); });
    m_wholeRunAction = new QAction(tr("&Whole run"), this);
    m_wholeRunAction->setToolTip(tr("Show every node and the whole run (Home)"));
    connect(m_wholeRunAction, &QAction::triggered, this, &TimelineChart::showWholeRun);
    m_exportPngAction = new QAction(tr("Export as &PNG…"), this);
    connect(m_exportPngAction, &QAction::triggered, this, [this] { exportInteractively(false); });
    m_exportSvgAction = new QAction(tr("Export as &SVG…"), this);
    connect(m_exportSvgAction, &QAction::triggered, this, [this] { exportInteractively(true); });
}

QWidget *TimelineChart::createToolBar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(4, 2, 4, 0);
    for (QAction *action : {m_followAction, m_zoomInAction, m_zoomOutAction, m_wholeRunAction}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        row->addWidget(button);
    }
    row->addStretch(1);
    auto *exportButton = new QToolButton;
    exportButton->setText(tr("&Export"));
    exportButton->setAccessibleName(tr("Export the timeline"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setAutoRaise(true);
    exportButton->addAction(m_exportPngAction);
    exportButton->addAction(m_exportSvgAction);
    row->addWidget(exportButton);
    return bar;
}

void TimelineChart::connectModel()
{
    const auto laneOf = [](const QModelIndex &index) {
        return index.parent().isValid() ? index.parent() : index;
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid()) {
                    m_dirtyLanes.insert(parent.row());
                } else {
                    for (int lane = first; lane <= last; ++lane)
                        m_dirtyLanes.insert(lane);
                    updateLabelWidth(first);
                    m_lanesAdded = true;
                }
                scheduleUpdate();
            });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this, laneOf](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const int first = laneOf(topLeft).row();
                const int last = laneOf(bottomRight).row();
                for (int lane = first; lane <= last; ++lane)
                    m_dirtyLanes.insert(lane);
                scheduleUpdate();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_groups->invalidateAll();
        m_autoX = m_autoY = true;
        m_spanMs = 0;
        m_appliedFrom = -1;
        updateLabelWidth(0);
        scheduleUpdate();
    });
    connect(m_model, &TimelineModel::nowChanged, this, [this] {
        m_nowMoved = true;
        scheduleUpdate();
    });
    const ClusterSeriesModel *series = m_model->clusterSeries();
    const auto seriesChanged = [this] {
        m_seriesChanged = true;
        scheduleUpdate();
    };
    connect(series, &QAbstractItemModel::rowsInserted, this, seriesChanged);
    connect(series, &QAbstractItemModel::rowsRemoved, this, seriesChanged);
    connect(series, &QAbstractItemModel::modelReset, this, seriesChanged);
}

void TimelineChart::scheduleUpdate()
{
    if (!m_updateTimer->isActive())
        m_updateTimer->start();
}

void TimelineChart::flushUpdates()
{
    applyView();
}

void TimelineChart::applyView()
{
    m_updateTimer->stop();
    TimelineBarsItem *bars = m_lanesChart->bars();
    const QRectF plot = m_lanesChart->plotArea();
    const qreal plotWidth = qMax<qreal>(50, plot.width());
    const qreal plotHeight = qMax<qreal>(20, plot.height());
    const qint64 first = m_model->firstMs();
    const qint64 now = m_model->nowMs();
    if (first >= 0 && first != m_originMs) {
        m_originMs = first;
        bars->setOriginMs(first);
        m_appliedFrom = -1; // every value on the axes moves
    }
    if (first >= 0) {
        const qint64 runSpan = qMax<qint64>(60'000, now - first);
        const qint64 pad = runSpan / 50;
        if (m_follow && m_model->isRunning()) {
            const qint64 span = m_spanMs > 0 ? m_spanMs : qMax<qint64>(5 * 60'000, runSpan * 6 / 5);
            m_toMs = qMax(first - pad + span, now + span / 20);
            m_fromMs = m_toMs - span;
        } else if (m_autoX) {
            m_fromMs = first - pad;
            m_toMs = first + runSpan + pad;
        }
    }
    if (m_autoY) {
        m_yTop = 0;
        m_ySpan = maxLaneSpan();
    }
    clampLanes();
    const qreal minRow = QFontMetricsF(font()).height() + 3;
    const int rowsFit = qMax(1, int(plotHeight / minRow));
    m_groups->setGroupSize(TimelineLaneGroups::groupSizeFor(int(std::ceil(m_ySpan)), rowsFit));
    for (const int lane : std::as_const(m_dirtyLanes))
        m_groups->invalidateLane(lane);
    if (m_nowMoved) {
        for (const int lane : m_model->openLanes()) {
            m_groups->invalidateLane(lane);
            m_dirtyLanes.insert(lane);
        }
    }

    const bool moved = m_fromMs != m_appliedFrom || m_toMs != m_appliedTo || m_yTop != m_appliedTop ||
                       m_ySpan != m_appliedSpan || m_groups->groupSize() != m_appliedGroup ||
                       plotWidth != m_appliedPlotWidth || m_lanesAdded;
    if (moved) {
        TimelineTimeAxis::apply(m_lanesChart->timeAxis(), m_fromMs, m_toMs, m_originMs, plotWidth);
        m_lanesChart->laneAxis()->setRange(m_yTop, m_yTop + m_ySpan);
        m_clusterChart->setWindow(m_fromMs, m_toMs, m_originMs, now);
        // Lay the axes out now rather than at the next event-loop turn, so a grab or an export
        // right after shows the new ticks.
        for (QChart *chart : {static_cast<QChart *>(m_lanesChart), static_cast<QChart *>(m_clusterChart)}) {
            if (chart->layout())
                chart->layout()->activate();
        }
        bars->update();
        m_appliedFrom = m_fromMs;
        m_appliedTo = m_toMs;
        m_appliedTop = m_yTop;
        m_appliedSpan = m_ySpan;
        m_appliedGroup = m_groups->groupSize();
        m_appliedPlotWidth = plotWidth;
        Q_EMIT visibleWindowChanged();
    } else {
        if (m_seriesChanged || m_nowMoved)
            m_clusterChart->setWindow(m_fromMs, m_toMs, m_originMs, now);
        // Only the rows that changed, and the "now" line.
        const TimelineBarsItem::Mapping m = bars->mapping();
        QSet<int> rows;
        for (const int lane : std::as_const(m_dirtyLanes))
            rows.insert(lane / m_groups->groupSize());
        for (const int row : std::as_const(rows)) {
            QRectF r = bars->rowRect(m, row);
            if (!r.intersects(m.plot))
                continue;
            r.setLeft(0);
            bars->update(r.adjusted(0, -2, 2, 2));
        }
        if (m_nowMoved && m.valid)
            bars->update(QRectF(m.plot.left(), m.plot.top(), m.plot.width(), m.plot.height())
                             .intersected(QRectF(m.x(now) - 200, m.plot.top(), 220, m.plot.height())));
    }
    m_dirtyLanes.clear();
    m_lanesAdded = m_seriesChanged = m_nowMoved = false;
    updateAccessibleDescription();
}

void TimelineChart::updateLabelWidth(int firstNewLane)
{
    const QFontMetricsF metrics(font());
    qreal width = firstNewLane == 0 ? 40 : m_labelWidth;
    for (int lane = firstNewLane; lane < m_model->laneCount(); ++lane)
        width = qMax(width, metrics.horizontalAdvance(m_model->lane(lane).node) + 4);
    width = qMin<qreal>(width, metrics.averageCharWidth() * 28);
    if (qFuzzyCompare(width, m_labelWidth))
        return;
    m_labelWidth = width;
    m_lanesChart->bars()->setLabelWidth(width);
    alignPlotAreas();
}

void TimelineChart::alignPlotAreas()
{
    // Both panels share the time axis: their plot areas must start and end at the same x. The
    // lanes panel needs room for the names on the left; the cluster panel has value axes on
    // both sides. Margins absorb the difference.
    if (m_aligning)
        return;
    m_aligning = true;
    const QRectF a = m_lanesChart->plotArea();
    const QRectF b = m_clusterChart->plotArea();
    if (a.width() > 0 && b.width() > 0) {
        QMargins ma = m_lanesChart->margins();
        QMargins mb = m_clusterChart->margins();
        const qreal overheadA = a.left() - ma.left();
        const qreal overheadB = b.left() - mb.left();
        const int left = int(std::ceil(qMax(m_labelWidth + 14 + overheadA, 6 + overheadB)));
        const qreal rightA = m_lanesChart->size().width() - a.right() - ma.right();
        const qreal rightB = m_clusterChart->size().width() - b.right() - mb.right();
        const int right = int(std::ceil(qMax(12 + rightA, 12 + rightB)));
        ma.setLeft(int(std::round(left - overheadA)));
        mb.setLeft(int(std::round(left - overheadB)));
        ma.setRight(int(std::round(right - rightA)));
        mb.setRight(int(std::round(right - rightB)));
        if (ma != m_lanesChart->margins())
            m_lanesChart->setMargins(ma);
        if (mb != m_clusterChart->margins())
            m_clusterChart->setMargins(mb);
    }
    m_aligning = false;
    scheduleUpdate();
}

void TimelineChart::applyPalette()
{
    m_palette = TimelinePalette(palette());
    m_lanesChart->setTimelinePalette(m_palette, palette());
    m_clusterChart->setTimelinePalette(m_palette, palette());
    for (TimelineChartView *view : {m_lanesView, m_clusterView})
        view->setBackgroundBrush(palette().color(QPalette::Base));
}

void TimelineChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyPalette();
    } else if (event->type() == QEvent::FontChange) {
        m_lanesChart->bars()->setFont(font());
        m_lanesChart->setFont(font());
        updateLabelWidth(0);
        m_appliedFrom = -1;
        scheduleUpdate();
    }
    QWidget::changeEvent(event);
}

void TimelineChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleUpdate();
}

void TimelineChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    alignPlotAreas();
}

void TimelineChart::updateAccessibleDescription()
{
    int done = 0, failed = 0, busy = 0, waiting = 0;
    for (int lane = 0; lane < m_model->laneCount(); ++lane) {
        const TimelineLane &l = m_model->lane(lane);
        if (l.state == NodeRunState::Done)
            ++done;
        else if (l.state == NodeRunState::Failed)
            ++failed;
        else if (l.firstMs >= 0)
            ++busy;
        else
            ++waiting;
    }
    setAccessibleDescription(
        tr("%n node(s): %1 done, %2 in progress, %3 failed, %4 not started.", nullptr, m_model->laneCount())
            .arg(done)
            .arg(busy)
            .arg(failed)
            .arg(waiting));
}

QChartView *TimelineChart::lanesView() const
{
    return m_lanesView;
}

QChartView *TimelineChart::clusterView() const
{
    return m_clusterView;
}

int TimelineChart::laneGroupSize() const
{
    return m_groups->groupSize();
}

void TimelineChart::ensureLaidOut()
{
    // A chart that was never shown (the PDF report makes one just to render it) has no layout
    // yet; showing it off screen once delivers the pending resize events.
    if (!testAttribute(Qt::WA_WState_ExplicitShowHide) && !isVisible() && !parentWidget()) {
        setAttribute(Qt::WA_DontShowOnScreen, true);
        show();
        hide();
        setAttribute(Qt::WA_DontShowOnScreen, false);
    }
    for (QChart *chart : {static_cast<QChart *>(m_lanesChart), static_cast<QChart *>(m_clusterChart)}) {
        if (chart->layout())
            chart->layout()->activate();
    }
    alignPlotAreas();
    for (QChart *chart : {static_cast<QChart *>(m_lanesChart), static_cast<QChart *>(m_clusterChart)}) {
        if (chart->layout())
            chart->layout()->activate();
    }
    applyView();
}

void TimelineChart::render(QPainter *painter, const QRectF &target)
{
    ensureLaidOut();
    const QRect lanes(m_lanesView->mapTo(this, QPoint(0, 0)), m_lanesView->size());
    const QRect cluster(m_clusterView->mapTo(this, QPoint(0, 0)), m_clusterView->size());
    const QRectF source = QRectF(lanes.united(cluster));
    if (source.isEmpty() || target.isEmpty())
        return;
    const qreal scale = qMin(target.width() / source.width(), target.height() / source.height());
    painter->save();
    painter->translate(target.center());
    painter->scale(scale, scale);
    painter->translate(-source.center());
    painter->fillRect(source, palette().color(QPalette::Base));
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    const QList<std::pair<QChart *, QRect>> panels = {{m_lanesChart, lanes}, {m_clusterChart, cluster}};
    for (const auto &[chart, rect] : panels)
        chart->scene()->render(painter, QRectF(rect), QRectF(chart->scenePos(), chart->size()),
                               Qt::IgnoreAspectRatio);
    painter->restore();
}

QImage TimelineChart::toImage(qreal scale)
{
    ensureLaidOut();
    const QSize size = m_lanesView->size().expandedTo(m_clusterView->size());
    const QSize full(size.width(),
                     m_lanesView->height() + m_clusterView->height() + m_splitter->handleWidth());
    QImage image((QSizeF(full) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    render(&painter, QRectF(image.rect()));
    painter.end();
    return image;
}

bool TimelineChart::exportPng(const QString &fileName, qreal scale)
{
    return toImage(scale).save(fileName, "PNG");
}

bool TimelineChart::exportSvg(const QString &fileName)
{
    ensureLaidOut();
    const QSize size(m_splitter->width(), m_splitter->height());
    QSvgGenerator generator;
    generator.setFileName(fileName);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(tr("Run timeline"));
    generator.setDescription(accessibleDescription());
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return painter.end();
}

} // namespace Slipway
