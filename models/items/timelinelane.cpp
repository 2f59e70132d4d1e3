#include "models/items/timelinelane.h"

namespace Slipway {

namespace {

TimelineBar::Result phaseResultOf(const RunEvent &event)
{
    const QString result = event.data.value(QLatin1String("result")).toString();
    if (result == QLatin1String("failed"))
        return TimelineBar::Result::Failed;
    if (result == QLatin1String("skipped"))
        return TimelineBar::Result::Skipped;
    return TimelineBar::Result::Ok; // "ok", or a result this reader does not know
}

bool isPdbWait(const RunEvent &event)
{
    return waitReasonFromName(event.data.value(QLatin1String("reason")).toString()) ==
           WaitReason::DisruptionBudget;
}

} // namespace

TimelineBarCategory timelineCategoryOf(RunPhase phase)
{
    switch (phase) {
    case RunPhase::Cordon:
        return TimelineBarCategory::Cordon;
    case RunPhase::Drain:
        return TimelineBarCategory::Drain;
    case RunPhase::Upgrade:
        return TimelineBarCategory::Upgrade;
    case RunPhase::Maintain:
        return TimelineBarCategory::Maintain;
    case RunPhase::Verify:
        return TimelineBarCategory::Verify;
    case RunPhase::Uncordon:
        return TimelineBarCategory::Uncordon;
    }
    return TimelineBarCategory::Cordon;
}

bool TimelineLane::apply(const RunEvent &event)
{
    const qint64 ms = event.time.toMSecsSinceEpoch();
    switch (event.type) {
    case RunEvent::Type::PhaseStarted:
        if (!event.phase)
            return false;
        phaseStarted(event, ms);
        return true;
    case RunEvent::Type::PhaseFinished:
        if (!event.phase)
            return false;
        phaseFinished(event, ms);
        return true;
    case RunEvent::Type::WaitStarted:
        return waitStarted(event, ms);
    case RunEvent::Type::WaitEnded:
        return waitEnded(event, ms);
    case RunEvent::Type::NodeState:
        if (!event.state || state == event.state)
            return false;
        state = event.state;
        return true;
    default:
        return false;
    }
}

void TimelineLane::extend(qint64 ms)
{
    if (firstMs < 0 || ms < firstMs)
        firstMs = ms;
    lastEndMs = qMax(lastEndMs, ms);
}

void TimelineLane::phaseStarted(const RunEvent &event, qint64 ms)
{
    // The runner finishes a phase before it starts the next (docs/run-events.md); a phase still
    // open here was cut short (a crash, a resumed run), so it ends where the new one begins.
    if (openPhase >= 0) {
        TimelineBar &open = bars[openPhase];
        open.endMs = qMax(ms, open.startMs);
        open.result = TimelineBar::Result::Interrupted;
    }
    TimelineBar bar;
    bar.phase = *event.phase;
    bar.category = timelineCategoryOf(bar.phase);
    bar.startMs = ms;
    bars.append(bar);
    openPhase = bars.size() - 1;
    extend(ms);
}

void TimelineLane::phaseFinished(const RunEvent &event, qint64 ms)
{
    int index = openPhase;
    if (index < 0 || bars.at(index).phase != *event.phase) {
        // A finish without its start (a journal that begins mid-phase): a bar of no length, so
        // the result (a failure above all) is still shown. An open bar of another phase stays.
        TimelineBar bar;
        bar.phase = *event.phase;
        bar.category = timelineCategoryOf(bar.phase);
        bar.startMs = ms;
        bars.append(bar);
        index = bars.size() - 1;
    } else {
        openPhase = -1;
    }
    TimelineBar &bar = bars[index];
    bar.endMs = qMax(ms, bar.startMs);
    bar.result = phaseResultOf(event);
    bar.message = event.message;
    if (bar.result == TimelineBar::Result::Failed)
        bar.category = TimelineBarCategory::Failed;
    // Waits end with their phase at the latest.
    for (TimelineBar &wait : bars) {
        if (wait.isWait && wait.isOpen()) {
            wait.endMs = qMax(ms, wait.startMs);
            wait.result = TimelineBar::Result::Interrupted;
            --openWaits;
        }
    }
    extend(ms);
}

bool TimelineLane::waitStarted(const RunEvent &event, qint64 ms)
{
    if (!isPdbWait(event))
        return false; // only budget waits are bars; the others are in the log and the stepper
    TimelineBar bar;
    bar.isWait = true;
    bar.category = TimelineBarCategory::WaitingOnPdb;
    bar.phase = openPhase >= 0 ? bars.at(openPhase).phase : RunPhase::Drain;
    bar.startMs = ms;
    bar.message = event.message;
    bar.pod = event.pod;
    bar.pdb = event.data.value(QLatin1String("pdb")).toString();
    bars.append(bar);
    ++openWaits;
    extend(ms);
    return true;
}

bool TimelineLane::waitEnded(const RunEvent &event, qint64 ms)
{
    if (!isPdbWait(event) || openWaits == 0)
        return false;
    // The latest open budget wait of the same pod (any pod when the event names none).
    for (qsizetype i = bars.size() - 1; i >= 0; --i) {
        TimelineBar &bar = bars[i];
        if (!bar.isWait || !bar.isOpen() || (!event.pod.isEmpty() && bar.pod != event.pod))
            continue;
        bar.endMs = qMax(ms, bar.startMs);
        bar.outcome = event.data.value(QLatin1String("outcome")).toString();
        bar.result = bar.outcome == QLatin1String("aborted") ? TimelineBar::Result::Interrupted
                                                             : TimelineBar::Result::Ok;
        --openWaits;
        extend(ms);
        return true;
    }
    return false;
}

bool TimelineLane::closeOpenBars(qint64 ms, TimelineBar::Result result)
{
    if (!hasOpenBars())
        return false;
    for (TimelineBar &bar : bars) {
        if (bar.isOpen()) {
            bar.endMs = qMax(ms, bar.startMs);
            bar.result = result;
        }
    }
    openPhase = -1;
    openWaits = 0;
    extend(ms);
    return true;
}

int TimelineLane::barAt(qint64 ms, qint64 nowMs) const
{
    if (firstMs < 0 || ms < firstMs || ms > endOr(nowMs))
        return -1;
    int phaseBar = -1;
    for (qsizetype i = bars.size() - 1; i >= 0; --i) {
        const TimelineBar &bar = bars.at(i);
        if (ms < bar.startMs || ms > bar.endOr(nowMs))
            continue;
        if (bar.isWait)
            return int(i); // a wait lies on top of its phase
        if (phaseBar < 0)
            phaseBar = int(i);
    }
    return phaseBar;
}

} // namespace Slipway
