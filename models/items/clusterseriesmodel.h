#pragma once

// The cluster-wide series of a run (docs/run-events.md "cluster-sample"): one row per sample, in
// time order. Each series is a step function: a value holds until the next sample. Qt Core only;
// the timeline chart's lower panel and the PDF report read it.

#include "models/run/runevent.h"

#include <QAbstractTableModel>
#include <QList>

namespace Slipway {

struct ClusterSample
{
    qint64 timeMs = 0; // msecs since the epoch, UTC (the run's clock)
    int readyNodes = 0;
    int schedulableNodes = 0;
    int totalNodes = 0;
    int pendingPods = 0;
    int workloadsBelowDesired = 0;
    friend bool operator==(const ClusterSample &, const ClusterSample &) = default;
};

class ClusterSeriesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns
    {
        TimeColumn,
        ReadyNodesColumn,
        SchedulableNodesColumn,
        TotalNodesColumn,
        PendingPodsColumn,
        WorkloadsBelowDesiredColumn,
        ColumnCount
    };
    enum Roles
    {
        SortRole = Qt::UserRole, // the time in msecs, or the count, as a number
        TimeRole,                // QDateTime (UTC)
        ValueRole,               // int: the column's count
    };

    explicit ClusterSeriesModel(QObject *parent = nullptr);

    // The sample a cluster-sample event makes: keys the event lacks keep `previous`'s value (a
    // step function carries on).
    static ClusterSample sampleFrom(const RunEvent &event, const ClusterSample &previous);
    ClusterSample lastSample() const { return m_samples.isEmpty() ? ClusterSample{} : m_samples.constLast(); }
    // Adds samples in one insertion when they come after the last one (the usual case).
    void append(const QList<ClusterSample> &samples);
    void clear();

    const QList<ClusterSample> &samples() const { return m_samples; }
    // The index of the sample in force at `ms` (the last one at or before it), or -1.
    int indexAt(qint64 ms) const;
    static int value(const ClusterSample &sample, int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void insertSorted(const ClusterSample &sample);

    QList<ClusterSample> m_samples;
};

} // namespace Slipway
