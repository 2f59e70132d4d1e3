#pragma once

// The GUI's way to rehearse (issue 14, docs/rehearsal.md) without knowing the simulator: app/
// hands the window a factory of Rehearsers (sim/rehearsal's ThreadedRehearser plays on a worker
// thread); the window asks for a rehearsal of a run on a copy of its snapshot and gets progress
// and the result back as signals on its own thread.

#include "models/clustersnapshot.h"
#include "models/run/rehearsalresult.h"
#include "models/run/rehearsaltiming.h"
#include "models/run/runspec.h"
#include "models/upgradeplan.h"

#include <QObject>

#include <functional>

namespace Slipway {

struct RehearsalRequest
{
    RunSpec spec;     // the run as the user chose it (strategy, max unavailable, drain options, nodes)
    UpgradePlan plan; // an upgrade's plan; replanned for spec.target's one hop when it is another
    ClusterSnapshot snapshot; // the session's snapshot; the rehearser makes the practice copy
    QString source;           // what the copy is of, for the report ("the practice scenario default")
    bool compareStrategies = false;
    // The timing model, its calibration and the stuck-after limit (a wait longer than that is a
    // blocker and ends the play); the report states every value that is not the default.
    RehearsalTimingChoice timing;
};

struct RehearsalReply
{
    RehearsalResult result;
    QList<RehearsalResult> compared; // with compareStrategies: rolling 1, rolling N, all at once, surge
    QString reportText;              // the same text `slipway rehearse` prints
    QString timingText;              // its "Timing model: …" paragraph, with the notes
    QString compareText;             // the strategies table, with compareStrategies
    int copiedNodes = 0;
    int copiedPods = 0;
    bool cancelled = false;
};

class Rehearser : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts a rehearsal (one at a time: a running one is cancelled first). Returns at once.
    virtual void start(const RehearsalRequest &request) = 0;
    // Asks the running rehearsal to stop; finished() follows with `cancelled` set.
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;

Q_SIGNALS:
    void progress(const Slipway::RehearsalProgress &progress);
    void finished(const Slipway::RehearsalReply &reply);
};

using RehearserFactory = std::function<Rehearser *(QObject *parent)>;

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::RehearsalReply)
