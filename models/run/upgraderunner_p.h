#pragma once

// UpgradeRunner's private state, shared by upgraderunner.cpp (start, scheduling, finishing) and
// upgraderunnercontrol.cpp (resume, roll back, pause, abort, gates). Internal to models/run.

#include "models/run/runenv.h"
#include "models/run/runjournal.h"
#include "models/run/runorder.h"
#include "models/run/upgraderunner.h"

#include <memory>

namespace Slipway {

class ClusterSampler;
class NodeRun;

class UpgradeRunner::Private
{
public:
    UpgradeRunner *q = nullptr;
    RunEnv env;
    std::unique_ptr<RunJournal> journal;
    QString journalPath;
    RunOrder order;
    QList<NodeRun *> nodes; // run order
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
    QString failure; // why the run failed, when not a node's own failure
    PreflightHook preflight;

    bool record(RunEvent e);
    NodeRun *nodeRun(const QString &name) const;
    void buildNodes(const QHash<QString, JournalNodeRecord> &records, const QList<RunEvent> &openIntents);
    void begin();
    void schedule();
    bool scheduleControlPlane();
    void scheduleWorkers();
    bool downtimeGate();
    bool surgeGate();
    void onNodeFinished(const QString &node);
    void finish();
    RunOutcome outcome(RunOutcome::Result result) const;
    RunOutcome::Result currentResult() const;
    void rollbackFrom(int index, std::function<void()> done);
    Diagnostics load(const QString &path, JournalReplay *replay);
};

} // namespace Slipway
