#include "sim/rehearsal/rehearsal.h"

#include "models/run/runorder.h"
#include "models/run/runpreflight.h"
#include "sim/engine/practicenodeagent.h"
#include "sim/engine/simclusterapi.h"
#include "sim/engine/simulator.h"
#include "sim/engine/virtualclock.h"
#include "sim/engine/virtualrunclock.h"
#include "sim/engine/virtualtimedriver.h"
#include "sim/rehearsal/rehearsalreport.h"
#include "sim/rehearsal/rehearsalwatch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>

#include <optional>

namespace Slipway {

namespace {

// A wait the runner is in, from its wait-started event.
struct OpenWait
{
    QString reason;
    QString pdb;
    QString message;
    qint64 sinceMs = 0;
};

// Follows the runner's events: the open waits (for "stuck") and the budget waits per node.
struct EventLog
{
    qint64 startMs = 0;
    QList<RunEvent> events;
    QHash<QString, OpenWait> waits; // node → its open wait
    QHash<QString, qint64> budgetWaitMs;
    std::optional<RunOutcome> outcome;
    int nodesTotal = 0;
    QSet<QString> nodesFinished; // done, failed or aborted

    void add(const RunEvent &e)
    {
        events << e;
        const qint64 t = e.time.toMSecsSinceEpoch() - startMs;
        if (e.type == RunEvent::Type::RunStarted) {
            nodesTotal = int(e.data.value(QStringLiteral("nodes")).toArray().size());
        } else if (e.type == RunEvent::Type::NodeState && e.state &&
                   (*e.state == NodeRunState::Done || *e.state == NodeRunState::Failed ||
                    *e.state == NodeRunState::Aborted)) {
            nodesFinished.insert(e.node);
        } else if (e.type == RunEvent::Type::WaitStarted) {
            waits.insert(e.node, OpenWait{e.data.value(QStringLiteral("reason")).toString(),
                                          e.data.value(QStringLiteral("pdb")).toString(), e.message, t});
        } else if (e.type == RunEvent::Type::WaitEnded) {
            const OpenWait w = waits.take(e.node);
            if (w.reason == waitReasonName(WaitReason::DisruptionBudget))
                budgetWaitMs[e.node] += t - w.sinceMs;
        }
    }

    // The first wait open longer than `limitMs` at `nowMs` (gates and soaks never count).
    std::optional<std::pair<QString, OpenWait>> stuck(qint64 nowMs, qint64 limitMs) const
    {
        for (auto it = waits.cbegin(); it != waits.cend(); ++it) {
            const bool chosen = it->reason == waitReasonName(WaitReason::Soak) ||
                                it->reason == waitReasonName(WaitReason::Gate);
            if (!chosen && nowMs - it->sinceMs > limitMs)
                return std::make_pair(it.key(), it.value());
        }
        return std::nullopt;
    }
};

QList<RehearsalNode> nodesFrom(const EventLog &log, const RunOutcome &outcome)
{
    QList<RehearsalNode> nodes;
    QHash<QString, int> index;
    for (const auto &[name, state] : outcome.nodeStates) {
        index.insert(name, int(nodes.size()));
        nodes << RehearsalNode{name, nodeRunStateName(state), {}, log.budgetWaitMs.value(name)};
    }
    for (const RunEvent &e : log.events) {
        if (!e.phase || !index.contains(e.node))
            continue;
        RehearsalNode &n = nodes[index.value(e.node)];
        const qint64 t = e.time.toMSecsSinceEpoch() - log.startMs;
        if (e.type == RunEvent::Type::PhaseStarted)
            n.phases << RehearsalPhase{runPhaseName(*e.phase), t, -1, {}};
        else if (e.type == RunEvent::Type::PhaseFinished && !n.phases.isEmpty()) {
            n.phases.last().endMs = t;
            n.phases.last().result = e.data.value(QStringLiteral("result")).toString();
        }
    }
    return nodes;
}

// The pre-flight's blockers (what `slipway upgrade` would refuse), then what the play ran into.
void addBlockers(RehearsalResult *r, const QList<DrainBlocker> &preflight, const EventLog &log,
                 const std::optional<std::pair<QString, OpenWait>> &stuck)
{
    for (const DrainBlocker &b : preflight)
        r->blockers << RehearsalBlocker{b.node, QStringLiteral("Pod ") + b.podKey, b.what, b.option, false};
    const auto seen = [r](const QString &option) {
        for (RehearsalBlocker &b : r->blockers) {
            if (!option.isEmpty() && b.clearedBy == option) {
                b.seenInPlay = true;
                return true;
            }
        }
        return false;
    };
    if (stuck) {
        const OpenWait &w = stuck->second;
        const bool budget = w.reason == waitReasonName(WaitReason::DisruptionBudget);
        const QString option = budget ? QStringLiteral("--override-pdb ") + w.pdb : QString();
        if (!seen(option))
            r->blockers << RehearsalBlocker{
                stuck->first, budget ? QStringLiteral("PodDisruptionBudget ") + w.pdb : QString(),
                Rehearsal::tr("The run waited more than %1 min here: %2")
                    .arg(qMax<qint64>(1, (r->durationMs - w.sinceMs) / 60000))
                    .arg(w.message),
                option, true};
    }
    for (const RunEvent &e : log.events) {
        if (e.type != RunEvent::Type::PhaseFinished ||
            e.data.value(QStringLiteral("result")).toString() != QLatin1String("failed"))
            continue;
        bool known = false;
        for (RehearsalBlocker &b : r->blockers) {
            if (b.node == e.node) {
                b.seenInPlay = known = true;
            }
        }
        if (!known)
            r->blockers << RehearsalBlocker{e.node, {}, e.message, {}, true};
    }
}

RunSpec rehearsedSpec(const RehearsalOptions &options, const QString &journal)
{
    RunSpec spec = options.spec;
    spec.executor = RunExecutor::Practice; // the copy's node agent does the middle step
    if (spec.kind == RunKind::Maintenance) {
        spec.commandTemplate.clear();
        spec.reboot = true; // a practice reboot stands for the maintenance step
    }
    spec.gates = {};
    spec.journalPath = journal;
    return spec;
}

// The result of a finished (or stopped, or cancelled) run from its event log.
void summarise(RehearsalResult *r, const EventLog &log, const QList<DrainBlocker> &preflight,
               const std::optional<std::pair<QString, OpenWait>> &stuck, bool cancelled, qint64 stoppedAt)
{
    r->durationMs = cancelled || stuck || !log.outcome ? stoppedAt
                    : log.events.isEmpty()             ? 0
                                           : log.events.last().time.toMSecsSinceEpoch() - log.startMs;
    const RunOutcome outcome = log.outcome.value_or(RunOutcome{});
    r->result = cancelled               ? QStringLiteral("cancelled")
                : stuck || !log.outcome ? QStringLiteral("stopped")
                                        : RunOutcome::resultName(outcome.result);
    r->message = cancelled ? Rehearsal::tr("The rehearsal was cancelled after %1 of virtual time.")
                                 .arg(RehearsalReport::duration(stoppedAt))
                 : stuck ? stuck->second.message
                         : outcome.message;
    r->nodes = nodesFrom(log, outcome);
    addBlockers(r, preflight, log, stuck);
    for (const RunEvent &e : log.events) {
        const bool accepted = e.type == RunEvent::Type::EvictionAttempt &&
                              e.data.value(QStringLiteral("outcome")).toString() == QLatin1String("accepted");
        r->evictions += accepted || e.type == RunEvent::Type::PodDeleted ? 1 : 0;
    }
    r->events = log.events;
}

} // namespace

RehearsalResult Rehearsal::play(const ClusterSnapshot &copy, const RehearsalOptions &options)
{
    QElapsedTimer wall;
    wall.start();
    RehearsalResult r;
    // The rehearsal's result comes from the runner's events; a journal (written, not fsynced: its
    // clock is virtual) only when one was asked for (--journal).
    r.journalPath = options.journalPath;
    r.spec = rehearsedSpec(options, r.journalPath);
    r.label = options.label.isEmpty() ? runStrategyName(r.spec.strategy) : options.label;

    Simulator sim(copy);
    sim.setTimingModel(options.timing);
    // No API server serves this copy: nobody can watch it or list its Events.
    sim.setWatchHistoryLimit(0);
    sim.setEventRecording(false);
    PracticeNodeAgent agent(&sim);
    SimClusterApi api(&sim, copy.name);
    VirtualRunClock clock(sim.clock());
    UpgradeRunner runner(&api, &clock);
    runner.setJournalKept(!options.journalPath.isEmpty());
    VirtualTimeDriver driver(sim.clock());
    EventLog log;
    log.startMs = sim.clock()->nowMSecs();
    RehearsalWatch watch(&sim, log.startMs);
    QObject::connect(&runner, &UpgradeRunner::event, &runner, [&log](const RunEvent &e) { log.add(e); });
    QObject::connect(&runner, &UpgradeRunner::finished, &runner,
                     [&log](const RunOutcome &o) { log.outcome = o; });
    QObject::connect(&runner, &UpgradeRunner::gateRequested, &runner,
                     [&runner](const QString &node, RunGate gate) {
                         QMetaObject::invokeMethod(
                             &runner, [&runner, node, gate] { runner.confirmGate(node, gate, true); },
                             Qt::QueuedConnection);
                     });

    r.setupMs = wall.elapsed();
    const Result<RunOrder> order = RunOrder::compute(r.spec, options.plan);
    const QList<DrainBlocker> preflight =
        order.ok() ? RunPreflight::blockers(copy, r.spec, order->nodes) : QList<DrainBlocker>{};
    r.preflightMs = wall.elapsed() - r.setupMs;
    const Diagnostics started = runner.start(r.spec, options.plan, RunClusterInfo{copy.name, {}, {}});
    if (started.hasErrors()) {
        r.rehearsable = false;
        r.notRehearsable = started.errorText();
        r.wallMs = wall.elapsed();
        return r;
    }
    std::optional<std::pair<QString, OpenWait>> stuck;
    const qint64 limitMs = options.stuckSeconds * 1000;
    qint64 nextCheckMs = 0; // open waits are looked at once a virtual second at most
    bool cancelled = false;
    bool reported = false;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    const auto report = [&](qint64 nowMs) {
        sinceProgress.restart();
        return options.progress(
            RehearsalProgress{r.label, 1, 1, nowMs, int(log.nodesFinished.size()), log.nodesTotal});
    };
    driver.runUntil(
        [&] {
            if (log.outcome)
                return true;
            const qint64 nowMs = sim.clock()->nowMSecs() - log.startMs;
            // A first figure once the run has started (the node count), then every progressEveryMs.
            const bool due =
                reported ? sinceProgress.elapsed() >= options.progressEveryMs : log.nodesTotal > 0;
            if (options.progress && due) {
                reported = true;
                if (!report(nowMs))
                    return cancelled = true;
            }
            if (nowMs < nextCheckMs)
                return false;
            nextCheckMs = nowMs + 1000;
            stuck = log.stuck(nowMs, limitMs);
            return stuck.has_value();
        },
        options.maxVirtualSeconds);
    const qint64 stoppedAt = sim.clock()->nowMSecs() - log.startMs;
    if (options.progress && !cancelled)
        report(stoppedAt); // the last figure; a cancel this late changes nothing
    if (!log.outcome) {
        runner.abort();
        driver.runUntil([&] { return log.outcome.has_value(); }, 3600);
    }
    watch.finish(&r);
    summarise(&r, log, preflight, stuck, cancelled, stoppedAt);
    r.wallMs = wall.elapsed();
    return r;
}

QList<RehearsalResult> Rehearsal::compareStrategies(const ClusterSnapshot &copy,
                                                    const RehearsalOptions &options)
{
    int workers = 0;
    for (const Node &node : copy.nodes)
        workers += node.isControlPlane() ? 0 : 1;
    // Rolling N: the user's --max-unavailable when above 1, else half the workers (at least 2);
    // surge adds as many new nodes, so both take the same number of nodes out of service at once.
    const int n = options.spec.maxUnavailable > 1 ? options.spec.maxUnavailable : std::max(2, workers / 2);
    QList<RehearsalResult> out;
    constexpr int plays = 4;
    const auto add = [&](const QString &label, RunStrategy strategy, int maxUnavailable) {
        if (!out.isEmpty() && out.last().result == QLatin1String("cancelled"))
            return;
        RehearsalOptions o = options;
        if (options.progress) {
            const int play = int(out.size()) + 1;
            o.progress = [&options, play](RehearsalProgress p) {
                p.play = play;
                p.plays = plays;
                return options.progress(p);
            };
        }
        o.journalPath.clear();
        o.label = label;
        o.spec.strategy = strategy;
        o.spec.maxUnavailable = maxUnavailable;
        o.spec.surgeNodes = maxUnavailable;
        out << play(copy, o);
    };
    add(tr("rolling 1"), RunStrategy::Rolling, 1);
    add(tr("rolling %1").arg(n), RunStrategy::Rolling, n);
    add(tr("all at once"), RunStrategy::AllAtOnce, n);
    add(tr("surge %1").arg(n), RunStrategy::Surge, n);
    return out;
}

} // namespace Slipway
