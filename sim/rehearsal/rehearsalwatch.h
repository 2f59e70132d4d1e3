#pragma once

// What a rehearsal watches in the copy while the run plays (sim/rehearsal/rehearsal.h): pods the
// scheduler cannot place, workloads below their desired replicas, nodes out of service. Follows
// Simulator::changed, so nothing is missed between two of the runner's samples.

#include "sim/rehearsal/rehearsal.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace Slipway {

class Simulator;
struct WatchEvent;

class RehearsalWatch : public QObject
{
public:
    // Starts watching now; times in the result are from `startMs` (the run's start).
    RehearsalWatch(Simulator *simulator, qint64 startMs);

    // Closes what is still open at the simulator's now and writes the findings into `result`.
    void finish(RehearsalResult *result);

private:
    struct WorkloadState
    {
        RehearsalWorkload row;
        qint64 belowSince = -1;
        qint64 zeroSince = -1;
    };

    qint64 now() const;
    void onChanged(const WatchEvent &event);
    void onPod(const Pod &pod, bool deleted);
    void onWorkload(const Workload &workload);
    void onNode(const Node &node);

    Simulator *m_sim;
    qint64 m_startMs;
    QList<RehearsalPendingPod> m_pending;
    QHash<QString, int> m_openPending; // pod key → index in m_pending
    QHash<QString, WorkloadState> m_workloads;
    QSet<QString> m_unavailable;
    int m_peak = 0;
    qint64 m_peakAt = 0;
};

} // namespace Slipway
