#include "models/items/timelinemodel.h"

#include <QJsonArray>

#include <map>

namespace Slipway {

namespace {

// Events that belong in a node's lane.
bool isLaneEvent(RunEvent::Type type)
{
    switch (type) {
    case RunEvent::Type::PhaseStarted:
    case RunEvent::Type::PhaseFinished:
    case RunEvent::Type::WaitStarted:
    case RunEvent::Type::WaitEnded:
    case RunEvent::Type::NodeState:
        return true;
    default:
        return false;
    }
}

// Top-level indexes carry 0, a bar's index carries its lane's row + 1.
constexpr quintptr kLaneId = 0;

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_series(new ClusterSeriesModel(this))
{}

void TimelineModel::addEvent(const RunEvent &event)
{
    addEvents({event});
}

void TimelineModel::addEvents(const QList<RunEvent> &events)
{
    if (events.isEmpty())
        return;
    const qint64 nowBefore = nowMs();
    const bool runningBefore = m_running;

    // 1. Lanes for nodes not seen yet, in run order, then in order of appearance: one insertion.
    QStringList newNodes;
    QSet<QString> newSet;
    const auto consider = [&](const QString &node) {
        if (!node.isEmpty() && !m_rowByNode.contains(node) && !newSet.contains(node)) {
            newSet.insert(node);
            newNodes << node;
        }
    };
    for (const RunEvent &e : events) {
        if (e.type == RunEvent::Type::RunStarted) {
            const QJsonArray nodes = e.data.value(QLatin1String("nodes")).toArray();
            for (const QJsonValue &node : nodes)
                consider(node.toString());
        } else if (isLaneEvent(e.type)) {
            consider(e.node);
        }
    }
    insertLanes(newNodes);

    // 2. Apply the events to copies of the lanes they touch.
    std::map<int, TimelineLane> staged;
    const auto stage = [&](int row) -> TimelineLane & {
        auto it = staged.find(row);
        if (it == staged.end())
            it = staged.emplace(row, m_lanes.at(row)).first;
        return it->second;
    };
    QList<ClusterSample> samples;
    ClusterSample previous = m_series->lastSample();
    for (const RunEvent &e : events) {
        const qint64 ms = e.time.toMSecsSinceEpoch();
        if (m_firstMs < 0 || ms < m_firstMs)
            m_firstMs = ms;
        m_lastEventMs = qMax(m_lastEventMs, ms);
        switch (e.type) {
        case RunEvent::Type::RunStarted:
            m_running = true;
            m_runResult.clear();
            break;
        case RunEvent::Type::RunResumed:
            m_running = true;
            break;
        case RunEvent::Type::RunFinished:
            m_running = false;
            m_runResult = e.data.value(QLatin1String("result")).toString();
            for (const int row : std::as_const(m_openLanes))
                stage(row).closeOpenBars(ms, TimelineBar::Result::Interrupted);
            for (auto &[row, lane] : staged)
                lane.closeOpenBars(ms, TimelineBar::Result::Interrupted);
            break;
        case RunEvent::Type::ClusterSample:
            previous = ClusterSeriesModel::sampleFrom(e, previous);
            samples << previous;
            break;
        default:
            if (isLaneEvent(e.type) && !e.node.isEmpty())
                stage(m_rowByNode.value(e.node)).apply(e);
            break;
        }
    }

    // 3. Publish, lane by lane: changed bars, then new bars, then the lane's own fields.
    for (auto &[row, lane] : staged)
        commitLane(row, std::move(lane));
    m_series->append(samples);

    if (nowMs() != nowBefore) {
        emitOpenBarsChanged();
        Q_EMIT nowChanged(nowMs());
    }
    if (m_running != runningBefore)
        Q_EMIT runStateChanged(m_running);
}

void TimelineModel::insertLanes(const QStringList &nodes)
{
    if (nodes.isEmpty())
        return;
    const int first = int(m_lanes.size());
    beginInsertRows({}, first, first + int(nodes.size()) - 1);
    m_lanes.reserve(first + nodes.size());
    for (const QString &node : nodes) {
        m_rowByNode.insert(node, int(m_lanes.size()));
        TimelineLane lane;
        lane.node = node;
        m_lanes.append(std::move(lane));
    }
    endInsertRows();
}

void TimelineModel::commitLane(int row, TimelineLane &&next)
{
    TimelineLane &current = m_lanes[row];
    const QModelIndex laneIndex = index(row, 0);
    const int oldCount = int(current.bars.size());
    const int newCount = int(next.bars.size());

    int firstChanged = -1;
    int lastChanged = -1;
    for (int i = 0; i < oldCount; ++i) {
        if (current.bars.at(i) == next.bars.at(i))
            continue;
        current.bars[i] = next.bars.at(i);
        if (firstChanged < 0)
            firstChanged = i;
        lastChanged = i;
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0, laneIndex), index(lastChanged, ColumnCount - 1, laneIndex));
    if (newCount > oldCount) {
        beginInsertRows(laneIndex, oldCount, newCount - 1);
        current.bars = std::move(next.bars);
        endInsertRows();
    }

    const bool laneChanged = current.state != next.state || current.firstMs != next.firstMs ||
                             current.lastEndMs != next.lastEndMs || current.openPhase != next.openPhase ||
                             current.openWaits != next.openWaits;
    current.state = next.state;
    current.openPhase = next.openPhase;
    current.openWaits = next.openWaits;
    current.firstMs = next.firstMs;
    current.lastEndMs = next.lastEndMs;
    if (current.hasOpenBars())
        m_openLanes.insert(row);
    else
        m_openLanes.remove(row);
    if (laneChanged)
        Q_EMIT dataChanged(laneIndex, index(row, ColumnCount - 1));
}

void TimelineModel::emitOpenBarsChanged()
{
    for (const int row : std::as_const(m_openLanes)) {
        const QModelIndex laneIndex = index(row, 0);
        const TimelineLane &lane = m_lanes.at(row);
        for (int i = 0; i < lane.bars.size(); ++i) {
            if (lane.bars.at(i).isOpen())
                Q_EMIT dataChanged(index(i, EndColumn, laneIndex), index(i, DurationColumn, laneIndex));
        }
        Q_EMIT dataChanged(index(row, EndColumn), index(row, DurationColumn));
    }
}

void TimelineModel::clear()
{
    beginResetModel();
    m_lanes.clear();
    m_rowByNode.clear();
    m_openLanes.clear();
    m_firstMs = m_lastEventMs = m_nowMs = -1;
    const bool wasRunning = m_running;
    m_running = false;
    m_runResult.clear();
    endResetModel();
    m_series->clear();
    if (wasRunning)
        Q_EMIT runStateChanged(false);
}

void TimelineModel::setNow(const QDateTime &now)
{
    const qint64 before = nowMs();
    m_nowMs = qMax(m_nowMs, now.toMSecsSinceEpoch());
    if (nowMs() == before)
        return;
    emitOpenBarsChanged();
    Q_EMIT nowChanged(nowMs());
}

qint64 TimelineModel::nowMs() const
{
    return m_running ? qMax(m_nowMs, m_lastEventMs) : m_lastEventMs;
}

QList<int> TimelineModel::lanesActiveIn(qint64 fromMs, qint64 toMs, int first, int last) const
{
    QList<int> rows;
    const qint64 now = nowMs();
    if (last < 0 || last >= m_lanes.size())
        last = int(m_lanes.size()) - 1;
    for (int row = qMax(0, first); row <= last; ++row) {
        const TimelineLane &lane = m_lanes.at(row);
        if (lane.firstMs < 0 || lane.firstMs > toMs || lane.endOr(now) < fromMs)
            continue;
        for (const TimelineBar &bar : lane.bars) {
            if (bar.startMs <= toMs && bar.endOr(now) >= fromMs) {
                rows << row;
                break;
            }
        }
    }
    return rows;
}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_lanes.size() ? createIndex(row, column, kLaneId) : QModelIndex();
    if (parent.internalId() != kLaneId || parent.column() != 0 || parent.row() >= m_lanes.size())
        return {};
    if (row >= m_lanes.at(parent.row()).bars.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex TimelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kLaneId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kLaneId);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_lanes.size());
    if (parent.internalId() != kLaneId || parent.column() != 0)
        return 0;
    return int(m_lanes.at(parent.row()).bars.size());
}

int TimelineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kLaneId)
        return laneData(index.row(), index.column(), role);
    const TimelineLane &lane = m_lanes.at(int(index.internalId() - 1));
    return barData(lane, index.row(), index.column(), role);
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Node / phase");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case DurationColumn:
        return tr("Duration");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace Slipway
