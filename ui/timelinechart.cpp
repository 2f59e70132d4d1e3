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
#include <QLegend>
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
constexpr qreal kMinGroupRowPx = 9;
constexpr int kLanesThatMayGroup = 24; // from here on, labels leave room for "name +999"

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
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(createToolBar());
    layout->addWidget(m_splitter, 1);

    m_lanesView->installEventFilter(this);
    m_clusterView->installEventFilter(this);
    connectView(m_lanesView, true);
    connectView(m_clusterView, false);
    for (QChart *chart : {static_cast<QChart *>(m_lanesChart), static_cast<QChart *>(m_clusterChart)})
        connect(chart, &QChart::plotAreaChanged, this, &TimelineChart::alignPlotAreas, Qt::QueuedConnection);
    connectModel();

    applyFont();
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
        m_autoXPending = true;
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
    activateLayouts();
}

void TimelineChart::activateLayouts()
{
    // Lays the axes out now rather than at the next event-loop turn, so a grab or an export
    // right after shows the new ticks.
    for (QChart *chart : {static_cast<QChart *>(m_lanesChart), static_cast<QChart *>(m_clusterChart)}) {
        if (chart->layout())
            chart->layout()->activate();
    }
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
    updateTimeWindow(first, now);
    if (m_autoY) {
        m_yTop = 0;
        m_ySpan = maxLaneSpan();
    }
    clampLanes();
    // A lane of its own needs room for its name; a group row only for its bars (names then go
    // on every few rows).
    const qreal minLaneRow = QFontMetricsF(font()).height() + 3;
    const int lanesInView = int(std::ceil(m_ySpan));
    int group = 1;
    if (lanesInView > int(plotHeight / minLaneRow))
        group = TimelineLaneGroups::groupSizeFor(lanesInView, qMax(1, int(plotHeight / kMinGroupRowPx)));
    m_groups->setGroupSize(group);
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
        setClusterWindow(now);
        bars->update();
        m_appliedFrom = m_fromMs;
        m_appliedTo = m_toMs;
        m_appliedTop = m_yTop;
        m_appliedSpan = m_ySpan;
        m_appliedGroup = m_groups->groupSize();
        m_appliedPlotWidth = plotWidth;
        Q_EMIT visibleWindowChanged();
    } else {
        repaintChanged(now);
    }
    const TimelineBarsItem::Mapping mapped = bars->mapping();
    m_lastNowX = mapped.valid ? mapped.x(now) : -1;
    m_dirtyLanes.clear();
    m_lanesAdded = m_seriesChanged = m_nowMoved = false;
    updateAccessibleDescription();
    // An alignment that found no laid-out panels yet (right after unfixPlotAreas()) is retried
    // here, so the lane names never stay without their column.
    if (!m_plotFixed)
        QMetaObject::invokeMethod(this, &TimelineChart::alignPlotAreas, Qt::QueuedConnection);
}

// The time window: the run's origin, then where follow (a live run) or automatic (the whole run)
// puts the window; a window the user zoomed or panned stays.
void TimelineChart::updateTimeWindow(qint64 first, qint64 now)
{
    if (first >= 0 && first != m_originMs) {
        m_originMs = first;
        m_lanesChart->bars()->setOriginMs(first);
        m_appliedFrom = -1; // every value on the axes moves
    }
    if (first >= 0) {
        const qint64 runSpan = qMax<qint64>(60'000, now - first);
        const qint64 pad = runSpan / 50;
        if (m_follow && m_model->isRunning()) {
            // The window moves in steps, not at every update: while "now" stays inside it only
            // the rows that changed are repainted; a moved axis repaints and lays out everything.
            const qint64 span = m_toMs - m_fromMs;
            const bool inside = now >= m_fromMs && now <= m_toMs - span / 25;
            if (m_spanMs > 0 && (!inside || span != m_spanMs)) {
                m_fromMs = now - m_spanMs * 7 / 10; // "now" at 70 %
                m_toMs = m_fromMs + m_spanMs;
            } else if (m_spanMs == 0 && (!inside || m_autoXPending)) {
                // The whole run so far and room for 40 % more.
                m_fromMs = first - pad;
                m_toMs = first + qMax<qint64>(5 * 60'000, runSpan * 7 / 5);
            }
            m_autoXPending = false;
        } else if (m_autoX) {
            m_fromMs = first - pad;
            m_toMs = first + runSpan + pad;
        }
    }
}

// Nothing moved: repaints only the rows that changed and the "now" line.
void TimelineChart::repaintChanged(qint64 now)
{
    TimelineBarsItem *bars = m_lanesChart->bars();
    if (m_seriesChanged || m_nowMoved)
        setClusterWindow(now);
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
    if (m_nowMoved && m.valid) {
        // The "now" line: from where it was to where it is.
        const qreal x = m.x(now);
        const qreal from = m_lastNowX < 0 ? x : qMin(m_lastNowX, x);
        bars->update(QRectF(from - 3, m.plot.top(), qAbs(x - from) + 6, m.plot.height()).intersected(m.plot));
    }
}

void TimelineChart::setClusterWindow(qint64 nowMs)
{
    m_clusterChart->setWindow(m_fromMs, m_toMs, m_originMs, nowMs);
    // Wider value labels (the counts grew a digit) need a wider margin: align both panels again.
    if (m_plotFixed && (m_clusterChart->leftLabelWidth() > m_valueLabelRoom.first ||
                        m_clusterChart->rightLabelWidth() > m_valueLabelRoom.second))
        unfixPlotAreas();
}

void TimelineChart::applyFont()
{
    m_lanesChart->bars()->setFont(font());
    m_lanesChart->setFont(font());
    for (QAbstractAxis *axis : m_lanesChart->axes())
        axis->setLabelsFont(font());
    m_lanesChart->legend()->setFont(font());
    m_clusterChart->setLabelFont(font());
    // The cluster panel keeps room for its legend, its time labels and a few lines of plot.
    m_clusterView->setMinimumHeight(QFontMetrics(font()).height() * 8);
}

void TimelineChart::updateLabelWidth(int firstNewLane)
{
    const QFontMetricsF metrics(font());
    // A failed lane's name is drawn bold (TimelineBarsItem): measure every name as bold, so a
    // lane that fails later is not elided ("wo…-2").
    QFont boldFont = font();
    boldFont.setBold(true);
    const QFontMetricsF bold(boldFont);
    if (firstNewLane == 0)
        m_labelNameWidth = 40;
    for (int lane = firstNewLane; lane < m_model->laneCount(); ++lane)
        m_labelNameWidth = qMax(m_labelNameWidth, bold.horizontalAdvance(m_model->lane(lane).node) + 4);
    qreal width = m_labelNameWidth;
    if (m_model->laneCount() > kLanesThatMayGroup)
        width = qMax(width, m_labelNameWidth + metrics.horizontalAdvance(QStringLiteral(" +9999")));
    width = qMin<qreal>(width, metrics.averageCharWidth() * 32);
    if (qFuzzyCompare(width, m_labelWidth))
        return;
    m_labelWidth = width;
    unfixPlotAreas();
    m_lanesChart->bars()->setLabelWidth(width);
    alignPlotAreas();
}

void TimelineChart::alignPlotAreas()
{
    // Both panels share the time axis: their plot areas must start and end at the same x. Once
    // QtCharts has laid both out, their plot areas are fixed to the common span (room for the
    // lane names on the left, the value axes' labels on both sides). Fixed, they no longer move
    // with every label change, which would lay both panels out at every update. A resize, a
    // moved splitter or wider names let QtCharts lay them out again first (unfixPlotAreas).
    if (m_aligning || m_plotFixed)
        return;
    const QRectF a = m_lanesChart->plotArea();
    const QRectF b = m_clusterChart->plotArea();
    if (a.width() <= 0 || b.width() <= 0)
        return;
    m_aligning = true;
    // Room for the lane names and for the cluster panel's value labels on both sides.
    const QMargins margins = m_clusterChart->margins();
    m_valueLabelRoom = {m_clusterChart->leftLabelWidth(), m_clusterChart->rightLabelWidth()};
    const qreal left = std::ceil(
        qMax(qMax(a.left(), b.left()), qMax(m_labelWidth + 16, margins.left() + m_valueLabelRoom.first)));
    const qreal right =
        std::floor(qMin(qMin(a.right(), b.right()),
                        m_clusterChart->size().width() - margins.right() - m_valueLabelRoom.second));
    if (right - left > 20) {
        m_lanesChart->setPlotArea(QRectF(left, a.top(), right - left, a.height()));
        m_clusterChart->setPlotArea(QRectF(left, b.top(), right - left, b.height()));
        m_plotFixed = true;
        m_appliedFrom = -1; // the axes' pixel lengths changed
        scheduleUpdate();
    }
    m_aligning = false;
}

void TimelineChart::unfixPlotAreas()
{
    if (!m_plotFixed)
        return;
    m_plotFixed = false;
    m_lanesChart->setPlotArea(QRectF());
    m_clusterChart->setPlotArea(QRectF());
    // QtCharts reports the new automatic plot areas with plotAreaChanged, which aligns them.
    QMetaObject::invokeMethod(this, &TimelineChart::alignPlotAreas, Qt::QueuedConnection);
}

bool TimelineChart::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && (watched == m_lanesView || watched == m_clusterView))
        unfixPlotAreas();
    return QWidget::eventFilter(watched, event);
}

void TimelineChart::applyPalette()
{
    m_palette = TimelinePalette(palette());
    m_lanesChart->setTimelinePalette(m_palette, palette());
    m_clusterChart->setTimelinePalette(m_palette, palette());
    // The chart's own background is inset by its contents margins; the view fills around it.
    for (TimelineChartView *view : {m_lanesView, m_clusterView})
        view->setBackgroundBrush(palette().color(QPalette::Base));
}

void TimelineChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        applyPalette();
    } else if (event->type() == QEvent::FontChange) {
        applyFont();
        unfixPlotAreas();
        updateLabelWidth(0);
        m_appliedFrom = -1;
        scheduleUpdate();
    }
    QWidget::changeEvent(event);
}

void TimelineChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    unfixPlotAreas();
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
    activateLayouts();
    alignPlotAreas();
    activateLayouts();
    applyView();
    activateLayouts();
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
