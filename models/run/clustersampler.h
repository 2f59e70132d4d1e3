#pragma once

// The run's `cluster-sample` events (docs/run-events.md): ready, schedulable and total nodes,
// pending pods and workloads below their desired replicas — at the start, whenever they change,
// read at most every 5 s of run time (ClusterApi::refreshCounts(), which counts without a copy
// of every pod where the seam can; any snapshot another reader refreshes is a sample too).

#include <QJsonObject>
#include <QObject>

namespace Slipway {

class ClusterApi;
class RunClock;
struct ClusterCounts;

class ClusterSampler : public QObject
{
    Q_OBJECT
public:
    // `withNodes`: each sample carries the nodes too (a surge run's check of its new nodes).
    ClusterSampler(ClusterApi *api, RunClock *clock, bool withNodes = false, QObject *parent = nullptr);

    void start();
    void stop();
    static QJsonObject sample(const ClusterCounts &counts);

    static constexpr qint64 kIntervalMsecs = 5000;

Q_SIGNALS:
    void sampled(const QJsonObject &data); // only when it differs from the last one
    void countsSeen(const Slipway::ClusterCounts &counts);

private:
    void onCounts(const ClusterCounts &counts);
    void schedule();

    ClusterApi *m_api;
    RunClock *m_clock;
    QJsonObject m_last;
    quint64 m_timer = 0;
    bool m_withNodes = false;
    bool m_running = false;
};

} // namespace Slipway
