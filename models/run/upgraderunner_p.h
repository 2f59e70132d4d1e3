#pragma once

// UpgradeRunner's private state, shared by upgraderunner.cpp (start, scheduling, finishing) and
// upgraderunnercontrol.cpp (resume, roll back, pause, abort, gates). Internal to models/run.

#include "models/run/runenv.h"
#include "models/run/runjournal.h"
#include "models/run/runorder.h"
#include "models/run/upgraderunner.h"

#include <memory>

namespace Slipway {

struct ClusterCounts;
class ClusterSampler;
class NodeRun;

class UpgradeRunner::Private
{
public:
    UpgradeRunner *q = nullptr;
    RunEnv env;
    std::unique_ptr<RunJournal> journal;
    QString journalPath;
    bool journalKept = true; // setJournalKept()
    RunOrder order;
    QList<NodeRun *> nodes; // run order, for the hop under way
    // docs/runner.md "Hops": the hop targets (one for a run of one hop; none for maintenance) and
    // the hop under way (index into hops).
    QList<Version> hops;
    int hop = 0;
    bool resumeNeedsHopStarted = false; // resumed between a hop-finished and the next hop-started
    ClusterSampler *sampler = nullptr;
    int lastSeq = 0;
    bool running = false;
    bool paused = false;
    bool aborted = false;
    bool failing = false; // a node failed: no new node starts
    bool journalBroken = false;
    bool soaking = false;
    bool downtimeAsked = false; // all-at-once: the downtime warning (and gate) before the workers
    bool downtimeConfirmed = false;
    bool surgeReady = false;
    bool surgeWaiting = false;
    // Surge on the practice cluster (upgraderunnersurge.cpp): the count the request on
    // order.surgeHost says now, whether a PATCH is in flight, Ready new nodes in the last snapshot.
    int surgeRequested = 0;
    bool surgeSending = false;
    int surgeNodesSeen = 0;
    quint64 surgePollTimer = 0;
    QString failure; // why the run failed, when not a node's own failure
    // The user declined a question (confirmGate(…, false) on a Mutation or BeforeUncordon gate):
    // the question, and the last question asked per node.
    QString stoppedAt;
    QHash<QString, QString> questions;
    PreflightHook preflight;
    // Resumed runs: per node, whether its command was started and how it exited (load()).
    QSet<QString> commandsStarted;
    QHash<QString, int> commandExits;
    QHash<QString, QString> commandVersions; // the `version` of each node's last command intent

    bool record(RunEvent e);
    NodeRun *nodeRun(const QString &name) const;
    void buildNodes(const QHash<QString, JournalNodeRecord> &records, const QList<RunEvent> &openIntents);
    void begin();
    bool multiHop() const { return hops.size() > 1; }
    void setHop(int index);
    void recordHopStarted();
    void recordHopFinished(RunOutcome::Result result);
    bool advanceHop(); // true when the next hop started
    void schedule();
    bool scheduleWalksBeforeControlPlane();
    bool scheduleControlPlane();
    void scheduleWorkers();
    bool downtimeGate();
    bool surgeGate();
    // Surge on the practice cluster: old workers are retired, new ones requested as they go.
    bool retiresWorkers() const;
    QString surgeToken() const;
    int surgeWanted() const;
    int surgeNeeded() const;
    bool retiringGate(NodeRun *next);
    void requestSurgeNodes(int count);
    void onSurgeCounts(const ClusterCounts &counts);
    void pollSurge();
    void onNodeFinished(const QString &node);
    void finish();
    RunOutcome outcome(RunOutcome::Result result) const;
    RunOutcome::Result currentResult() const;
    void rollbackFrom(int index, std::function<void()> done);
    Diagnostics load(const QString &path, JournalReplay *replay);
};

} // namespace Slipway
