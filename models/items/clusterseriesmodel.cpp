#include "models/items/clusterseriesmodel.h"

#include <QDateTime>

#include <algorithm>

namespace Slipway {

ClusterSeriesModel::ClusterSeriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

ClusterSample ClusterSeriesModel::sampleFrom(const RunEvent &event, const ClusterSample &previous)
{
    ClusterSample sample = previous;
    sample.timeMs = event.time.toMSecsSinceEpoch();
    const auto take = [&event](const char *key, int &field) {
        const QJsonValue v = event.data.value(QLatin1String(key));
        if (v.isDouble())
            field = v.toInt();
    };
    take("readyNodes", sample.readyNodes);
    take("schedulableNodes", sample.schedulableNodes);
    take("totalNodes", sample.totalNodes);
    take("pendingPods", sample.pendingPods);
    take("workloadsBelowDesired", sample.workloadsBelowDesired);
    return sample;
}

void ClusterSeriesModel::append(const QList<ClusterSample> &samples)
{
    if (samples.isEmpty())
        return;
    const bool inOrder =
        std::is_sorted(samples.cbegin(), samples.cend(),
                       [](const ClusterSample &a, const ClusterSample &b) { return a.timeMs < b.timeMs; }) &&
        (m_samples.isEmpty() || m_samples.constLast().timeMs <= samples.constFirst().timeMs);
    if (!inOrder) {
        for (const ClusterSample &sample : samples)
            insertSorted(sample);
        return;
    }
    beginInsertRows({}, int(m_samples.size()), int(m_samples.size() + samples.size() - 1));
    m_samples.append(samples);
    endInsertRows();
}

void ClusterSeriesModel::insertSorted(const ClusterSample &sample)
{
    const auto it = std::upper_bound(m_samples.cbegin(), m_samples.cend(), sample.timeMs,
                                     [](qint64 ms, const ClusterSample &s) { return ms < s.timeMs; });
    const int row = int(it - m_samples.cbegin());
    beginInsertRows({}, row, row);
    m_samples.insert(row, sample);
    endInsertRows();
}

void ClusterSeriesModel::clear()
{
    if (m_samples.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_samples.size() - 1));
    m_samples.clear();
    endRemoveRows();
}

int ClusterSeriesModel::indexAt(qint64 ms) const
{
    const auto it = std::upper_bound(m_samples.cbegin(), m_samples.cend(), ms,
                                     [](qint64 t, const ClusterSample &s) { return t < s.timeMs; });
    return int(it - m_samples.cbegin()) - 1;
}

int ClusterSeriesModel::value(const ClusterSample &sample, int column)
{
    switch (column) {
    case ReadyNodesColumn:
        return sample.readyNodes;
    case SchedulableNodesColumn:
        return sample.schedulableNodes;
    case TotalNodesColumn:
        return sample.totalNodes;
    case PendingPodsColumn:
        return sample.pendingPods;
    case WorkloadsBelowDesiredColumn:
        return sample.workloadsBelowDesired;
    default:
        return 0;
    }
}

int ClusterSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_samples.size());
}

int ClusterSeriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterSeriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClusterSample &sample = m_samples.at(index.row());
    const bool isTime = index.column() == TimeColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (isTime)
            return QDateTime::fromMSecsSinceEpoch(sample.timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
        return value(sample, index.column());
    case SortRole:
        return isTime ? QVariant(sample.timeMs) : QVariant(value(sample, index.column()));
    case TimeRole:
        return QDateTime::fromMSecsSinceEpoch(sample.timeMs, Qt::UTC);
    case ValueRole:
        return isTime ? QVariant() : QVariant(value(sample, index.column()));
    case Qt::TextAlignmentRole:
        return isTime ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant ClusterSeriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ReadyNodesColumn:
        return tr("Ready nodes");
    case SchedulableNodesColumn:
        return tr("Schedulable nodes");
    case TotalNodesColumn:
        return tr("Nodes");
    case PendingPodsColumn:
        return tr("Pending pods");
    case WorkloadsBelowDesiredColumn:
        return tr("Workloads below desired replicas");
    default:
        return {};
    }
}

} // namespace Slipway
