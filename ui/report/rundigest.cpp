#include "ui/report/rundigest.h"

#include <QJsonArray>

namespace Slipway {

namespace {

QString dataString(const RunEvent &event, const char *key)
{
    return event.data.value(QLatin1String(key)).toString();
}

QString commandProblem(const RunEvent &event)
{
    const int exitCode = event.data.value(QLatin1String("exitCode")).toInt();
    return QStringLiteral("%1: exit code %2").arg(dataString(event, "command")).arg(exitCode);
}

} // namespace

bool RunDigest::NodeRun::hasProblems() const
{
    if (!errors.isEmpty() || !overrides.isEmpty() || !warnings.isEmpty())
        return true;
    if (state && *state != NodeRunState::Done)
        return true;
    for (const Wait &wait : waits) {
        if (wait.outcome != QLatin1String("resolved") || wait.reason == QLatin1String("disruption-budget"))
            return true;
    }
    for (const Eviction &eviction : evictions) {
        if (eviction.blocked > 0 || !eviction.deletedWhy.isEmpty())
            return true;
    }
    return uncordonResult == QLatin1String("left-cordoned");
}

int RunDigest::evictionCount() const
{
    int n = 0;
    for (const NodeRun &run : nodes)
        n += int(run.evictions.size());
    return n;
}

int RunDigest::blockedEvictionCount() const
{
    int n = 0;
    for (const NodeRun &run : nodes) {
        for (const Eviction &eviction : run.evictions)
            n += eviction.blocked > 0 ? 1 : 0;
    }
    return n;
}

int RunDigest::waitCount(const QString &reason) const
{
    int n = 0;
    for (const NodeRun &run : nodes) {
        for (const Wait &wait : run.waits)
            n += reason.isEmpty() || wait.reason == reason ? 1 : 0;
    }
    return n;
}

qint64 RunDigest::waitMs(const QString &reason) const
{
    qint64 ms = 0;
    for (const NodeRun &run : nodes) {
        for (const Wait &wait : run.waits) {
            if (!reason.isEmpty() && wait.reason != reason)
                continue;
            const QDateTime until = wait.end.isValid() ? wait.end : end;
            if (until.isValid() && wait.start.isValid())
                ms += qMax<qint64>(0, wait.start.msecsTo(until));
        }
    }
    return ms;
}

int RunDigest::overrideCount() const
{
    int n = 0;
    for (const NodeRun &run : nodes)
        n += int(run.overrides.size());
    return n;
}

int RunDigest::errorCount() const
{
    int n = int(runErrors.size());
    for (const NodeRun &run : nodes)
        n += int(run.errors.size());
    return n;
}

const RunDigest::NodeRun *RunDigest::node(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.cend() ? nullptr : &nodes.at(*it);
}

RunDigest::NodeRun &RunDigest::nodeRun(const QString &name)
{
    auto it = m_index.constFind(name);
    if (it == m_index.cend()) {
        it = m_index.insert(name, int(nodes.size()));
        nodes.append(NodeRun{});
        nodes.last().node = name;
    }
    return nodes[*it];
}

RunDigest RunDigest::fromEvents(const QList<RunEvent> &events)
{
    RunDigest digest;
    for (const RunEvent &event : events)
        digest.apply(event);
    if (!digest.finished && !events.isEmpty())
        digest.end = events.constLast().time;
    // An interrupted run has no run-finished counts; count the node states then.
    if (!digest.hasCounts) {
        for (const NodeRun &run : digest.nodes) {
            digest.nodesDone += run.state == NodeRunState::Done ? 1 : 0;
            digest.nodesFailed += run.state == NodeRunState::Failed ? 1 : 0;
        }
    }
    return digest;
}

void RunDigest::apply(const RunEvent &event)
{
    using T = RunEvent::Type;
    switch (event.type) {
    case T::RunStarted: {
        started = true;
        start = event.time;
        kind = dataString(event, "kind");
        target = dataString(event, "target");
        hops.clear();
        for (const QJsonValue &hop : event.data.value(QLatin1String("hops")).toArray())
            hops << hop.toString();
        strategy = dataString(event, "strategy");
        maxUnavailable = event.data.value(QLatin1String("maxUnavailable")).toInt();
        executor = event.data.value(QLatin1String("executor")).toVariant().toString();
        for (const QJsonValue &node : event.data.value(QLatin1String("nodes")).toArray()) {
            order << node.toString();
            nodeRun(node.toString());
        }
        return;
    }
    case T::RunFinished:
        finished = true;
        end = event.time;
        result = dataString(event, "result");
        hasCounts = event.data.contains(QLatin1String("nodesDone"));
        nodesDone = event.data.value(QLatin1String("nodesDone")).toInt();
        nodesFailed = event.data.value(QLatin1String("nodesFailed")).toInt();
        leftCordoned.clear();
        for (const QJsonValue &node : event.data.value(QLatin1String("leftCordoned")).toArray())
            leftCordoned << node.toString();
        return;
    case T::RunPaused:
        ++pauses;
        return;
    case T::RunResumed:
        ++resumes;
        return;
    case T::ClusterSample:
        return;
    default:
        break;
    }
    if (!start.isValid())
        start = event.time;
    if (event.node.isEmpty()) {
        if (event.type == T::Log && dataString(event, "level") == QLatin1String("error"))
            runErrors.append({event.time, event.message});
        return;
    }
    applyNodeEvent(nodeRun(event.node), event);
}

void RunDigest::applyNodeEvent(NodeRun &run, const RunEvent &event)
{
    using T = RunEvent::Type;
    const auto eviction = [&run](const QString &pod) -> Eviction & {
        for (Eviction &e : run.evictions) {
            if (e.pod == pod)
                return e;
        }
        run.evictions.append(Eviction{});
        run.evictions.last().pod = pod;
        return run.evictions.last();
    };
    switch (event.type) {
    case T::NodeState:
        run.state = event.state;
        break;
    case T::PhaseFinished:
        if (dataString(event, "result") == QLatin1String("failed"))
            run.errors.append({event.time, event.message});
        break;
    case T::Cordon:
        run.cordonResult = dataString(event, "result");
        break;
    case T::Uncordon:
        run.uncordonResult = dataString(event, "result");
        break;
    case T::EvictionAttempt: {
        Eviction &e = eviction(event.pod);
        if (!e.first.isValid())
            e.first = event.time;
        e.last = event.time;
        ++e.attempts;
        e.outcome = dataString(event, "outcome");
        if (e.outcome == QLatin1String("blocked")) {
            ++e.blocked;
            const QString pdb = dataString(event, "pdb");
            if (!pdb.isEmpty())
                e.pdb = pdb;
        }
        break;
    }
    case T::PodDeleted: {
        Eviction &e = eviction(event.pod);
        if (!e.first.isValid())
            e.first = event.time;
        e.last = event.time;
        e.deletedWhy = dataString(event, "why");
        e.outcome = QStringLiteral("deleted");
        break;
    }
    case T::PodGone:
        eviction(event.pod).gone = true;
        break;
    case T::WaitStarted:
        run.waits.append({dataString(event, "reason"), event.pod, dataString(event, "pdb"), event.message,
                          QString(), event.time, QDateTime()});
        break;
    case T::WaitEnded:
        for (qsizetype i = run.waits.size() - 1; i >= 0; --i) {
            Wait &wait = run.waits[i];
            if (!wait.end.isValid() && wait.pod == event.pod && wait.reason == dataString(event, "reason")) {
                wait.end = event.time;
                wait.outcome = dataString(event, "outcome");
                break;
            }
        }
        break;
    case T::Override:
        run.overrides.append({event.time, dataString(event, "kind"), dataString(event, "by"),
                              dataString(event, "target"), event.pod, event.message});
        break;
    case T::Command:
        ++run.commandLines;
        if (dataString(event, "stream") == QLatin1String("exited") &&
            event.data.value(QLatin1String("exitCode")).toInt() != 0)
            run.errors.append({event.time, commandProblem(event)});
        break;
    case T::Log: {
        const QString level = dataString(event, "level");
        if (level == QLatin1String("error"))
            run.errors.append({event.time, event.message});
        else if (level == QLatin1String("warning"))
            run.warnings.append({event.time, event.message});
        break;
    }
    default:
        break;
    }
}

} // namespace Slipway
