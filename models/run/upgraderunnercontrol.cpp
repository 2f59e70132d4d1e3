// UpgradeRunner: resume and roll back from a journal, pause, resume, abort, gates, accessors.
// The Private class is shared with upgraderunner.cpp through upgraderunner_p.h.
#include "models/run/upgraderunner_p.h"

#include "models/drain/nodedrainer.h"
#include "models/run/noderun.h"
#include "models/run/runclock.h"

#include <QJsonArray>
#include <QTimer>

namespace Slipway {

using T = RunEvent::Type;
using S = NodeRunState;

// Opens the journal at `path` for appending and takes the run's spec, order and node records from
// it. Fills `replay`; errors name the file.
Diagnostics UpgradeRunner::Private::load(const QString &path, JournalReplay *replay)
{
    if (running || journal)
        return Result<int>::failure(UpgradeRunner::tr("This runner has a run already."));
    RunJournal::Contents contents;
    auto opened = RunJournal::openForAppend(path, &contents);
    if (!opened.ok())
        return opened;
    Result<RunSpec> spec = RunSpec::fromJson(contents.header.run);
    if (!spec.ok())
        return Result<int>::failure(
            UpgradeRunner::tr("The run journal %1 cannot be used: %2").arg(path, spec.errorText()));
    *replay = JournalReplay::replay(contents.events);
    if (!replay->started)
        return Result<int>::failure(
            UpgradeRunner::tr("The run journal %1 has no run-started event; there is nothing to resume.")
                .arg(path));
    for (const RunEvent &e : contents.events) {
        if (e.type == T::RunStarted)
            order = RunOrder::fromStartedData(e.data);
        if (e.type == T::HopStarted) { // a command of an earlier hop says nothing about this one
            commandsStarted.clear();
            commandExits.clear();
        }
        if (e.type == T::Intent &&
            e.data.value(QStringLiteral("action")).toString() == QLatin1String("command")) {
            commandsStarted.insert(e.node);
            commandExits.remove(e.node);
            commandVersions.insert(e.node, e.data.value(QStringLiteral("version")).toString());
        }
        // A verified step: its command says nothing about a walking node's next step.
        if (e.type == T::PhaseFinished && e.phase == RunPhase::Verify &&
            e.data.value(QStringLiteral("result")).toString() == QLatin1String("ok")) {
            commandsStarted.remove(e.node);
            commandExits.remove(e.node);
        }
        if (e.type == T::Command &&
            e.data.value(QStringLiteral("stream")).toString() == QLatin1String("exited"))
            commandExits.insert(e.node, e.data.value(QStringLiteral("exitCode")).toInt(-1));
    }
    journal = std::move(opened).value();
    journalPath = path;
    env.spec = spec.value();
    env.runId = contents.header.runId;
    lastSeq = replay->lastSeq;
    Diagnostics warnings;
    for (const QString &w : contents.warnings)
        warnings.addWarning(w);
    // docs/runner.md "Hops": the hop the journal was in; when it ended between two hops (or before
    // the first hop-started), the next one begins on resume.
    hops = !order.hops.isEmpty() ? order.hops : env.spec.hopTargets();
    int index = std::max(0, replay->hop - 1);
    if (multiHop() && !replay->finished &&
        (replay->hop == 0 || (replay->hopFinished == replay->hop && replay->hop < hops.size()))) {
        index = replay->hop;
        resumeNeedsHopStarted = true;
        replay->nodes.clear();
    }
    setHop(std::max(0, std::min(index, int(hops.size()) - 1)));
    buildNodes(replay->nodes, replay->openIntents);
    return warnings;
}

Diagnostics UpgradeRunner::resumeFromJournal(const QString &journalPath)
{
    JournalReplay replay;
    Diagnostics diag = d->load(journalPath, &replay);
    if (diag.hasErrors())
        return diag;
    if (replay.finished) {
        // Nothing to do again: report how it ended.
        const RunOutcome::Result result =
            replay.result == QLatin1String("succeeded") ? RunOutcome::Result::Succeeded
            : replay.result == QLatin1String("aborted") ? RunOutcome::Result::Aborted
                                                        : RunOutcome::Result::Failed;
        QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(d->outcome(result)); });
        return diag;
    }
    d->record(RunEnv::make(T::RunResumed, {}, {{QStringLiteral("fromJournal"), true}}));
    if (d->resumeNeedsHopStarted)
        d->recordHopStarted();
    // A node that was paused or waiting when the run stopped goes on from its working state.
    d->begin();
    return diag;
}

Diagnostics UpgradeRunner::rollbackFromJournal(const QString &journalPath)
{
    JournalReplay replay;
    Diagnostics diag = d->load(journalPath, &replay);
    if (diag.hasErrors())
        return diag;
    const bool wasFinished = replay.finished;
    d->rollbackFrom(0, [this, wasFinished] {
        const RunOutcome o = d->outcome(RunOutcome::Result::Aborted);
        if (!wasFinished)
            d->record(
                RunEnv::make(T::RunFinished, {},
                             {{QStringLiteral("result"), QStringLiteral("aborted")},
                              {QStringLiteral("nodesDone"), o.nodesDone},
                              {QStringLiteral("nodesFailed"), o.nodesFailed},
                              {QStringLiteral("leftCordoned"), QJsonArray::fromStringList(o.leftCordoned)}},
                             tr("rolled back")));
        Q_EMIT finished(o);
    });
    return diag;
}

void UpgradeRunner::pause()
{
    if (!d->running || d->paused)
        return;
    d->paused = true;
    d->record(RunEnv::make(T::RunPaused, {}, {{QStringLiteral("by"), QStringLiteral("user")}}));
    for (NodeRun *n : d->nodes)
        n->pause();
}

void UpgradeRunner::resume()
{
    if (!d->running || !d->paused)
        return;
    d->paused = false;
    d->record(RunEnv::make(T::RunResumed, {}, {{QStringLiteral("fromJournal"), false}}));
    for (NodeRun *n : d->nodes)
        n->resume();
    d->schedule();
}

void UpgradeRunner::abort()
{
    if (!d->running)
        return;
    d->aborted = true;
    for (NodeRun *n : d->nodes)
        n->abort();
    d->finish();
}

void UpgradeRunner::rollback()
{
    if (d->running)
        return;
    d->rollbackFrom(0, [this] { Q_EMIT finished(d->outcome(d->currentResult())); });
}

void UpgradeRunner::confirmGate(const QString &node, RunGate gate, bool proceed)
{
    if (gate == RunGate::Downtime) {
        if (!proceed)
            return abort();
        d->downtimeConfirmed = true;
        d->schedule();
        return;
    }
    NodeRun *n = d->nodeRun(node);
    if (!n)
        return;
    // "No" to a change (or to the uncordon) stops the run there, at the user's word.
    if (!proceed && (gate == RunGate::Mutation || gate == RunGate::BeforeUncordon) &&
        n->state() == S::Waiting && d->stoppedAt.isEmpty())
        d->stoppedAt = d->questions.value(node);
    n->confirmGate(gate, proceed);
}

bool UpgradeRunner::recordOverride(const QString &kind, const QString &node, const QString &target,
                                   const QString &message)
{
    if (!d->running)
        return false;
    return d->record(RunEnv::make(T::Override, node,
                                  {{QStringLiteral("kind"), kind},
                                   {QStringLiteral("by"), d->env.spec.operatorName},
                                   {QStringLiteral("target"), target}},
                                  message));
}

bool UpgradeRunner::deletePodNow(const QString &node, const QString &podKey)
{
    NodeRun *n = d->nodeRun(node);
    if (!n || !n->drainer() || !n->drainer()->isRunning())
        return false;
    n->drainer()->deletePodNow(podKey, d->env.spec.operatorName);
    return true;
}

bool UpgradeRunner::extendDrainTimeout(const QString &node, qint64 seconds)
{
    NodeRun *n = d->nodeRun(node);
    if (!n || !n->drainer() || !n->drainer()->isRunning())
        return false;
    n->drainer()->extendTimeout(seconds, d->env.spec.operatorName);
    return true;
}

bool UpgradeRunner::disableEvictionForNode(const QString &node)
{
    NodeRun *n = d->nodeRun(node);
    if (!n || !n->drainer() || !n->drainer()->isRunning())
        return false;
    n->drainer()->disableEvictionNow(d->env.spec.operatorName);
    return true;
}

bool UpgradeRunner::isRunning() const
{
    return d->running;
}
bool UpgradeRunner::isPaused() const
{
    return d->paused;
}
RunSpec UpgradeRunner::spec() const
{
    return d->env.spec;
}
QString UpgradeRunner::journalPath() const
{
    return d->journalPath;
}
void UpgradeRunner::setJournalKept(bool kept)
{
    d->journalKept = kept;
}
QStringList UpgradeRunner::nodeOrder() const
{
    return d->order.nodes;
}
QList<Version> UpgradeRunner::hops() const
{
    return d->hops;
}
int UpgradeRunner::currentHop() const
{
    return d->hop + 1;
}
NodeRunState UpgradeRunner::nodeState(const QString &node) const
{
    const NodeRun *n = d->nodeRun(node);
    return n ? n->state() : S::Pending;
}
QHash<QString, NodeRunState> UpgradeRunner::nodeStates() const
{
    QHash<QString, NodeRunState> out;
    for (const NodeRun *n : d->nodes)
        out.insert(n->node(), n->state());
    return out;
}
int UpgradeRunner::lastSeq() const
{
    return d->lastSeq;
}
void UpgradeRunner::setPollInterval(qint64 msecs)
{
    d->env.pollMsecs = std::max<qint64>(10, msecs);
}
void UpgradeRunner::setPreflightHook(PreflightHook hook)
{
    d->preflight = std::move(hook);
}

} // namespace Slipway
