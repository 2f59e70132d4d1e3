#include "ui/timelineclusterchart.h"

#include "models/items/clusterseriesmodel.h"
#include "ui/timelinelaneschart.h"
#include "ui/timelinetimeaxis.h"

#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <array>
#include <cmath>
#include <limits>

namespace Slipway {

namespace {

constexpr std::array<int, 4> kColumns{
    ClusterSeriesModel::ReadyNodesColumn, ClusterSeriesModel::SchedulableNodesColumn,
    ClusterSeriesModel::PendingPodsColumn, ClusterSeriesModel::WorkloadsBelowDesiredColumn};

int niceStep(int span, int ticks)
{
    const int wanted = qMax(1, (span + ticks - 1) / ticks);
    for (int decade = 1;; decade *= 10) {
        for (const int step : {1, 2, 5}) {
            if (step * decade >= wanted)
                return step * decade;
        }
    }
}

// Integer ticks from `low` to `high`, about three of them.
void setCountRange(QValueAxis *axis, int low, int high)
{
    high = qMax(high, low + 1);
    const int step = niceStep(high - low, 3);
    low = low / step * step;
    high = (high + step - 1) / step * step;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(low);
    axis->setTickInterval(step);
    axis->setRange(low, high);
}

// The values an axis of setCountRange() has ticks at, lowest first.
QList<int> tickValues(const QValueAxis *axis)
{
    QList<int> values;
    const int step = qMax(1, int(axis->tickInterval()));
    for (int v = int(axis->min()); v <= int(axis->max()) && values.size() < 50; v += step)
        values << v;
    return values;
}

constexpr qreal kLabelGap = 4; // between a label and the plot area

int niceCeiling(int value)
{
    if (value <= 5)
        return 5;
    int decade = 1;
    while (decade * 10 < value)
        decade *= 10;
    for (const int step : {1, 2, 5, 10}) {
        if (step * decade >= value)
            return step * decade;
    }
    return value;
}

} // namespace

TimelineClusterChart::TimelineClusterChart(const ClusterSeriesModel *model)
    : m_model(model)
    , m_time(new QCategoryAxis(this))
    , m_nodes(new QValueAxis(this))
    , m_pods(new QValueAxis(this))
{
    setAnimationOptions(QChart::NoAnimation);
    setMargins(QMargins(8, 4, 12, 4));
    m_time->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (QValueAxis *axis : {m_nodes, m_pods}) {
        axis->setLabelsVisible(false); // placeValueLabels() draws them
        setCountRange(axis, 0, 5);
    }
    // No axis titles: the legend names the lines, and the panel is short.
    m_pods->setGridLineVisible(false);
    addAxis(m_time, Qt::AlignBottom);
    addAxis(m_nodes, Qt::AlignLeft);
    addAxis(m_pods, Qt::AlignRight);
    const QStringList names = {tr("Ready nodes"), tr("Schedulable nodes"), tr("Pending pods"),
                               tr("Workloads below desired replicas")};
    for (int i = 0; i < 4; ++i) {
        auto *line = new QLineSeries(this);
        line->setName(names.at(i));
        addSeries(line);
        line->attachAxis(m_time);
        line->attachAxis(i < 2 ? m_nodes : m_pods);
        m_series << line;
    }
    legend()->setAlignment(Qt::AlignBottom);
    connect(this, &QChart::plotAreaChanged, this, &TimelineClusterChart::placeValueLabels);
}

void TimelineClusterChart::setLabelFont(const QFont &font)
{
    for (QAbstractAxis *axis : axes())
        axis->setLabelsFont(font);
    legend()->setFont(font);
    for (QGraphicsSimpleTextItem *label : std::as_const(m_labels))
        label->setFont(font);
    placeValueLabels();
}

qreal TimelineClusterChart::labelWidth(const QValueAxis *axis) const
{
    const QFontMetricsF metrics(m_nodes->labelsFont());
    qreal width = 0;
    for (const int v : tickValues(axis))
        width = qMax(width, metrics.horizontalAdvance(QString::number(v)));
    return std::ceil(width + kLabelGap);
}

qreal TimelineClusterChart::leftLabelWidth() const
{
    return labelWidth(m_nodes);
}

qreal TimelineClusterChart::rightLabelWidth() const
{
    return labelWidth(m_pods);
}

QStringList TimelineClusterChart::valueLabels() const
{
    QStringList texts;
    for (const QGraphicsSimpleTextItem *label : m_labels) {
        if (label->isVisible())
            texts << label->text();
    }
    return texts;
}

void TimelineClusterChart::placeValueLabels()
{
    const QRectF plot = plotArea();
    const QFontMetricsF metrics(m_nodes->labelsFont());
    int used = 0;
    for (const bool left : {true, false}) {
        const QValueAxis *axis = left ? m_nodes : m_pods;
        const qreal span = axis->max() - axis->min();
        const QList<int> ticks = tickValues(axis);
        // Labels that would overlap (a short panel, big fonts) thin out; the top one always stays.
        const qreal spacing = ticks.size() > 1 ? plot.height() / (ticks.size() - 1) : plot.height();
        const int stride = spacing > 0 ? qMax(1, int(std::ceil(metrics.height() / spacing))) : 1;
        for (int i = 0; i < ticks.size(); ++i) {
            if ((ticks.size() - 1 - i) % stride != 0)
                continue;
            const int v = ticks.at(i);
            if (used == m_labels.size()) {
                auto *item = new QGraphicsSimpleTextItem(this);
                item->setFont(m_nodes->labelsFont());
                item->setBrush(m_labelBrush);
                item->setZValue(10);
                m_labels << item;
            }
            QGraphicsSimpleTextItem *label = m_labels.at(used++);
            const QString text = QString::number(v);
            label->setText(text);
            const qreal width = metrics.horizontalAdvance(text);
            const qreal y = plot.bottom() - (span > 0 ? (v - axis->min()) / span : 0) * plot.height();
            const qreal x = left ? plot.left() - kLabelGap - width : plot.right() + kLabelGap;
            label->setPos(x, y - metrics.height() / 2);
            label->setVisible(plot.height() > metrics.height());
        }
    }
    for (; used < m_labels.size(); ++used)
        m_labels.at(used)->setVisible(false);
}

void TimelineClusterChart::setTimelinePalette(const TimelinePalette &palette, const QPalette &widgetPalette)
{
    styleTimelineChart(this, palette, widgetPalette);
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_time), static_cast<QAbstractAxis *>(m_nodes),
                                static_cast<QAbstractAxis *>(m_pods)})
        styleTimelineAxis(axis, palette);
    for (int i = 0; i < 4; ++i)
        m_series.at(i)->setPen(palette.seriesPen(TimelinePalette::Series(i)));
    m_labelBrush = palette.text();
    for (QGraphicsSimpleTextItem *label : std::as_const(m_labels))
        label->setBrush(m_labelBrush);
}

void TimelineClusterChart::updateExtremes()
{
    const QList<ClusterSample> &samples = m_model->samples();
    if (samples.size() < m_scanned) {
        m_scanned = 0;
        m_minNodes = std::numeric_limits<int>::max();
        m_maxNodes = m_maxPods = 0;
    }
    for (; m_scanned < samples.size(); ++m_scanned) {
        const ClusterSample &s = samples.at(m_scanned);
        m_minNodes = qMin(m_minNodes, qMin(s.readyNodes, s.schedulableNodes));
        m_maxNodes = qMax(m_maxNodes, qMax(s.totalNodes, qMax(s.readyNodes, s.schedulableNodes)));
        m_maxPods = qMax(m_maxPods, qMax(s.pendingPods, s.workloadsBelowDesired));
    }
}

void TimelineClusterChart::setWindow(qint64 fromMs, qint64 toMs, qint64 originMs, qint64 nowMs)
{
    const QList<ClusterSample> &samples = m_model->samples();
    std::array<QList<QPointF>, 4> points;
    updateExtremes();
    if (!samples.isEmpty() && toMs > fromMs) {
        const int first = qMax(0, m_model->indexAt(fromMs));
        const int last = qMax(first, m_model->indexAt(toMs));
        const qint64 endMs = qMin(toMs, qMax(nowMs, samples.constLast().timeMs));
        const qreal pixels = qMax<qreal>(100, plotArea().width());
        // Three pixel columns per bucket: QtCharts maps every point again whenever the range moves.
        const qint64 bucketMs = qMax<qint64>(1, qint64(qreal(toMs - fromMs) / pixels * 3));
        // Step lines: each value holds until the next sample. Many samples in one pixel column
        // become its minimum, maximum and last value.
        struct Column
        {
            int first = 0, low = 0, high = 0, last = 0;
        };
        std::array<Column, 4> acc{};
        qint64 bucket = -1;
        qreal bucketX = 0;
        const auto flush = [&] {
            for (size_t k = 0; k < kColumns.size(); ++k) {
                QList<QPointF> &line = points[k];
                const Column &c = acc[k];
                const auto add = [&line](QPointF p) {
                    if (line.isEmpty() || line.constLast() != p)
                        line.append(p);
                };
                if (!line.isEmpty())
                    add(QPointF(bucketX, line.constLast().y())); // the step's horizontal part
                add(QPointF(bucketX, c.first));
                add(QPointF(bucketX, c.low));
                add(QPointF(bucketX, c.high));
                add(QPointF(bucketX, c.last));
            }
        };
        for (int i = first; i <= last; ++i) {
            const ClusterSample &s = samples.at(i);
            const qint64 t = qMax(s.timeMs, fromMs);
            const qint64 b = (t - fromMs) / bucketMs;
            if (b != bucket) {
                if (bucket >= 0)
                    flush();
                bucket = b;
                bucketX = TimelineTimeAxis::toValue(t, originMs);
                for (size_t k = 0; k < kColumns.size(); ++k) {
                    const int v = ClusterSeriesModel::value(s, kColumns[k]);
                    acc[k] = {v, v, v, v};
                }
            }
            for (size_t k = 0; k < kColumns.size(); ++k) {
                const int v = ClusterSeriesModel::value(s, kColumns[k]);
                Column &c = acc[k];
                c.low = qMin(c.low, v);
                c.high = qMax(c.high, v);
                c.last = v;
            }
        }
        if (bucket >= 0)
            flush();
        const qreal xEnd = TimelineTimeAxis::toValue(endMs, originMs);
        for (QList<QPointF> &line : points) {
            if (!line.isEmpty() && xEnd > line.constLast().x())
                line.append(QPointF(xEnd, line.constLast().y()));
        }
    }
    for (size_t k = 0; k < kColumns.size(); ++k)
        m_series.at(int(k))->replace(points[k]);
    // Nodes: from a little below the lowest count, so one node cordoned out of 5,000 shows.
    // The ranges cover the whole run so far, so they stay put while the window moves and only
    // grow (a changing label width would lay both panels out again).
    const int minNodes = m_minNodes > m_maxNodes ? 0 : m_minNodes;
    setCountRange(m_nodes, qMax(0, m_maxNodes - niceCeiling((m_maxNodes - minNodes) * 3 / 2 + 1)),
                  m_maxNodes);
    setCountRange(m_pods, 0, niceCeiling(m_maxPods));
    TimelineTimeAxis::apply(m_time, fromMs, toMs, originMs, plotArea().width());
    placeValueLabels();
}

} // namespace Slipway
