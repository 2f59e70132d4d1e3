#pragma once

// One node's lane of the run timeline and the bars in it, derived from run events
// (docs/run-events.md "What readers derive"). Value types, Qt Core only: the TimelineModel holds a
// list of these, the chart and the PDF report read them. No colours here: a bar carries a
// semantic category; ui/ maps categories to colours and patterns.

#include "models/run/runevent.h"

#include <QList>
#include <QString>

#include <optional>

namespace Slipway {

// What a bar shows. Upgrade and Maintain share one colour in the chart; Failed replaces the phase's
// category when the phase finished with result "failed".
enum class TimelineBarCategory
{
    Cordon,
    Drain,
    WaitingOnPdb,
    Upgrade,
    Maintain,
    Verify,
    Uncordon,
    Failed,
};
constexpr int kTimelineBarCategoryCount = 8;

struct TimelineBar
{
    enum class Result
    {
        Running,     // open: the phase or wait has not ended yet
        Ok,          // phase-finished ok; a wait that was resolved
        Failed,      // phase-finished failed
        Skipped,     // phase-finished skipped
        Interrupted, // the run finished (or the phase restarted) before this ended
    };

    TimelineBarCategory category = TimelineBarCategory::Cordon;
    RunPhase phase = RunPhase::Cordon; // for waits: the phase the wait happened in
    bool isWait = false;
    Result result = Result::Running;
    qint64 startMs = 0; // msecs since the epoch, UTC (the run's clock)
    qint64 endMs = -1;  // -1 while open; open bars end at the model's "now"
    QString message;    // why a phase failed; a wait's diagnosis sentence (the cluster's words)
    QString pod;        // waits: the pod that waits ("namespace/name"), may be empty
    QString pdb;        // waits: the budget ("namespace/name")
    QString outcome;    // waits: resolved | timeout | overridden | aborted

    bool isOpen() const { return endMs < 0; }
    qint64 endOr(qint64 nowMs) const { return endMs < 0 ? qMax(nowMs, startMs) : endMs; }
    friend bool operator==(const TimelineBar &, const TimelineBar &) = default;
};

struct TimelineLane
{
    QString node;
    std::optional<NodeRunState> state; // from the last node-state event
    // In event order, hence by start time. Phase bars never overlap each other; wait bars lie
    // inside the phase they happened in (drain) and may overlap each other (several pods).
    QList<TimelineBar> bars;
    int openPhase = -1;    // index of the open phase bar, -1 when none
    int openWaits = 0;     // number of open wait bars
    qint64 firstMs = -1;   // start of the first bar, -1 when the lane has none
    qint64 lastEndMs = -1; // latest end of a closed bar, or latest start of an open one

    bool hasOpenBars() const { return openPhase >= 0 || openWaits > 0; }
    qint64 endOr(qint64 nowMs) const { return hasOpenBars() ? qMax(nowMs, lastEndMs) : lastEndMs; }

    // Applies one event about this lane's node (phase-started/-finished, wait-started/-ended,
    // node-state); other types are ignored. Returns whether the lane changed.
    bool apply(const RunEvent &event);
    // Ends every open bar at `ms` with `result` (the run finished or was aborted).
    bool closeOpenBars(qint64 ms, TimelineBar::Result result);
    // The index of the bar at `ms` (a wait bar before the phase bar it lies in), or -1.
    int barAt(qint64 ms, qint64 nowMs) const;

private:
    void phaseStarted(const RunEvent &event, qint64 ms);
    void phaseFinished(const RunEvent &event, qint64 ms);
    bool waitStarted(const RunEvent &event, qint64 ms);
    bool waitEnded(const RunEvent &event, qint64 ms);
    void extend(qint64 ms);
};

TimelineBarCategory timelineCategoryOf(RunPhase phase);

} // namespace Slipway
