#pragma once

// The run's `cluster-sample` events (docs/run-events.md): ready, schedulable and total nodes,
// pending pods and workloads below their desired replicas — at the start, whenever they change,
// read at most every 5 s of run time (a refresh through the seam).

#include <QJsonObject>
#include <QObject>

namespace Slipway {

class ClusterApi;
class RunClock;
struct ClusterSnapshot;

class ClusterSampler : public QObject
{
    Q_OBJECT
public:
    ClusterSampler(ClusterApi *api, RunClock *clock, QObject *parent = nullptr);

    void start();
    void stop();
    static QJsonObject sample(const ClusterSnapshot &snapshot);

    static constexpr qint64 kIntervalMsecs = 5000;

Q_SIGNALS:
    void sampled(const QJsonObject &data); // only when it differs from the last one
    void snapshotSeen(const Slipway::ClusterSnapshot &snapshot);

private:
    void onSnapshot(const ClusterSnapshot &snapshot);
    void schedule();

    ClusterApi *m_api;
    RunClock *m_clock;
    QJsonObject m_last;
    quint64 m_timer = 0;
    bool m_running = false;
};

} // namespace Slipway
