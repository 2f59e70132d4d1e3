#pragma once

// The run timeline as a Qt item model (docs/run-events.md "What readers derive"): the chart
// draws it, the PDF report reads it. Fed run events one by one or in batches; a new event touches
// only its node's lane (lanes are indexed by node name) and is announced with row-level
// rowsInserted/dataChanged, never a reset while a run goes on.
//
// Shape: a two-level tree. Top-level rows are lanes (one per node, in run order, then in order of
// appearance); a lane's children are its bars (phases, and "waiting on a PDB" inside drain) in
// event order. The cluster-wide series are in clusterSeries(), a table of samples.

#include "models/items/clusterseriesmodel.h"
#include "models/items/timelinelane.h"
#include "models/run/runevent.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

namespace Slipway {

class TimelineModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Columns
    {
        LabelColumn,    // lane: the node name; bar: what it is ("Drain", "Waiting on a PDB")
        StartColumn,    // the start time
        EndColumn,      // the end time ("now" for open bars)
        DurationColumn, // the length
        DetailColumn,   // lane: the node state; bar: the result, the budget, the message
        ColumnCount
    };
    enum Roles
    {
        SortRole = Qt::UserRole, // numbers as numbers (times and durations in msecs)
        NodeNameRole,            // QString, lanes and bars
        LaneStateRole,           // int(NodeRunState) of the lane, -1 before the first node-state
        IsBarRole,               // bool
        BarCategoryRole,         // int(TimelineBarCategory)
        PhaseRole,               // int(RunPhase)
        IsWaitRole,              // bool
        BarResultRole,           // int(TimelineBar::Result)
        StartTimeRole,           // QDateTime (UTC)
        EndTimeRole,             // QDateTime (UTC), "now" for open bars and lanes
        IsOpenRole,              // bool: the bar (or a bar of the lane) has not ended yet
        DurationRole,            // qint64 msecs
        MessageRole,             // QString: why it failed, the wait's diagnosis (not translated)
        PodRole,                 // QString: waits, "namespace/name"
        PdbRole,                 // QString: waits, "namespace/name"
        WaitOutcomeRole,         // QString: waits, resolved | timeout | overridden | aborted
    };

    explicit TimelineModel(QObject *parent = nullptr);

    void addEvent(const RunEvent &event);
    // Same result as adding the events one by one, with one insertion per touched lane.
    void addEvents(const QList<RunEvent> &events);
    // Forgets everything (a model reset: between runs, never during one).
    void clear();
    // The run's clock while it runs: open bars end here. Ignored when earlier than the last event.
    void setNow(const QDateTime &now);

    // Fast access for the chart.
    int laneCount() const { return int(m_lanes.size()); }
    const TimelineLane &lane(int row) const { return m_lanes.at(row); }
    int rowOfNode(const QString &node) const { return m_rowByNode.value(node, -1); }
    qint64 nowMs() const;                             // where open bars end; -1 before the first event
    qint64 firstMs() const { return m_firstMs; }      // the earliest event time, -1 before it
    bool isRunning() const { return m_running; }      // run-started seen, run-finished not yet
    QString runResult() const { return m_runResult; } // run-finished's result, else empty
    const QSet<int> &openLanes() const { return m_openLanes; } // lanes whose bars grow with "now"
    const ClusterSeriesModel *clusterSeries() const { return m_series; }
    ClusterSeriesModel *clusterSeries() { return m_series; }
    // Lanes [first, last] that have a bar overlapping [fromMs, toMs]; O(lanes), no allocation
    // per lane. The chart does not need it per frame (it only visits visible lanes).
    QList<int> lanesActiveIn(qint64 fromMs, qint64 toMs, int first = 0, int last = -1) const;

    QString barLabel(const TimelineBar &bar) const;
    static QString categoryLabel(TimelineBarCategory category);
    static QString resultLabel(TimelineBar::Result result);
    static QString nodeStateLabel(std::optional<NodeRunState> state); // "draining"; none: "pending"
    static QString durationText(qint64 ms);                           // "2 min 05 s", "850 ms", "1 h 02 min"

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // "now" moved (setNow or a later event); open bars grew.
    void nowChanged(qint64 nowMs);
    void runStateChanged(bool running);

private:
    void insertLanes(const QStringList &nodes);
    void commitLane(int row, TimelineLane &&next);
    QVariant laneData(int row, int column, int role) const;
    QVariant barData(const TimelineLane &lane, int barRow, int column, int role) const;
    QString barDetail(const TimelineBar &bar) const;
    QString laneStateText(const TimelineLane &lane) const;
    void emitOpenBarsChanged();

    QList<TimelineLane> m_lanes;
    QHash<QString, int> m_rowByNode;
    QSet<int> m_openLanes; // lanes with open bars: they grow when "now" moves
    ClusterSeriesModel *m_series;
    qint64 m_firstMs = -1;
    qint64 m_lastEventMs = -1;
    qint64 m_nowMs = -1;
    bool m_running = false;
    QString m_runResult;
};

} // namespace Slipway
