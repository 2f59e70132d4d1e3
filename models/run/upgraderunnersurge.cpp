// UpgradeRunner's surge strategy (docs/runner.md "Strategies"). On a real cluster the run waits
// once until `surgeNodes` new Ready workers at the target have joined, then goes on as rolling.
// On the practice cluster the run asks the practice node agent for the new nodes (a surge request
// on the first control-plane node, models/run/practicetrigger.h), starts each old worker only
// when enough of them are Ready, and retires every drained old worker instead of upgrading it;
// each retirement raises the request by one until every old worker has its replacement.
#include "models/run/upgraderunner_p.h"

#include "models/clusterapi.h"
#include "models/clusterfutures.h"
#include "models/run/noderun.h"
#include "models/run/practicetrigger.h"
#include "models/run/runclock.h"

#include <algorithm>

namespace Slipway {

using T = RunEvent::Type;
namespace PT = PracticeTrigger;

namespace {

QJsonObject surgeWait(int needs, int has)
{
    return {{QStringLiteral("reason"), waitReasonName(WaitReason::Surge)},
            {QStringLiteral("needs"), needs},
            {QStringLiteral("has"), has}};
}

} // namespace

bool UpgradeRunner::Private::retiresWorkers() const
{
    return env.spec.strategy == RunStrategy::Surge && env.spec.executor == RunExecutor::Practice;
}

QString UpgradeRunner::Private::surgeToken() const
{
    return env.runId + QStringLiteral(".surge");
}

// New nodes the request asks for now: the surge, plus one for each old worker retired so far.
int UpgradeRunner::Private::surgeWanted() const
{
    int retired = 0;
    for (NodeRun *n : nodes)
        retired += n->isRetired() ? 1 : 0;
    return std::min<int>(int(order.retiring.size()), env.spec.surgeNodes + retired);
}

// Ready new nodes before the next old worker may start: the surge, and never fewer than the old
// workers taken out of service so far, so capacity never drops below the start's.
int UpgradeRunner::Private::surgeNeeded() const
{
    int begun = 0;
    for (NodeRun *n : nodes)
        begun += n->retires() && (n->hasStarted() || n->state() != NodeRunState::Pending) ? 1 : 0;
    return std::min<int>(int(order.retiring.size()), std::max(env.spec.surgeNodes, begun + 1));
}

// Surge on a real cluster: workers are drained only after `surgeNodes` new nodes at the target
// have joined (on the practice cluster retiringGate() decides per worker).
bool UpgradeRunner::Private::surgeGate()
{
    if (env.spec.strategy != RunStrategy::Surge || retiresWorkers() || surgeReady)
        return false;
    if (!surgeWaiting) {
        surgeWaiting = true;
        record(RunEnv::make(T::WaitStarted, {}, surgeWait(env.spec.surgeNodes, 0),
                            UpgradeRunner::tr("Waiting for %n new node(s) at %1 to join and become Ready.",
                                              nullptr, env.spec.surgeNodes)
                                .arg(env.spec.target.toString())));
    }
    return true;
}

bool UpgradeRunner::Private::retiringGate(NodeRun *next)
{
    // A resumed node that had begun goes on; only a fresh one waits for its replacement.
    if (!next->retires() || next->state() != NodeRunState::Pending)
        return false;
    if (surgeWanted() > surgeRequested)
        requestSurgeNodes(surgeWanted());
    const int needed = surgeNeeded();
    if (surgeNodesSeen >= needed) {
        if (surgeWaiting)
            record(RunEnv::make(T::WaitEnded, {},
                                {{QStringLiteral("reason"), waitReasonName(WaitReason::Surge)},
                                 {QStringLiteral("outcome"), QStringLiteral("resolved")}}));
        surgeWaiting = false;
        return false;
    }
    if (!surgeWaiting) {
        surgeWaiting = true;
        record(RunEnv::make(T::WaitStarted, {}, surgeWait(needed, surgeNodesSeen),
                            UpgradeRunner::tr("Waiting for %1 of %2 new node(s) to join and become Ready "
                                              "before the next old worker is drained.")
                                .arg(needed - surgeNodesSeen)
                                .arg(needed)));
        pollSurge();
    }
    return true;
}

// The surge request is one PATCH of annotations on order.surgeHost, its `intent` journaled first.
// The count only grows and the agent acts on the difference, so sending it again is harmless.
void UpgradeRunner::Private::requestSurgeNodes(int count)
{
    if (surgeSending)
        return;
    const QString version = env.spec.kind == RunKind::Upgrade ? env.spec.target.toString() : QString();
    if (!record(RunEnv::make(T::Intent, order.surgeHost,
                             {{QStringLiteral("action"), QStringLiteral("surge")},
                              {QStringLiteral("count"), count},
                              {QStringLiteral("version"), version}})))
        return;
    NodePatch patch;
    patch.setAnnotations.insert(PT::kSurgeToken, surgeToken());
    patch.setAnnotations.insert(PT::kSurgeNodes, QString::number(count));
    patch.setAnnotations.insert(PT::kSurgeVersion, version);
    patch.setAnnotations.insert(PT::kSurgeTemplates, order.retiring.join(QLatin1Char(',')));
    surgeSending = true;
    const QString line =
        UpgradeRunner::tr("Asking the practice cluster for %n new node(s) in all.", nullptr, count);
    Q_EMIT q->output({}, line, false);
    whenFinished(env.api->patchNode(order.surgeHost, patch, {}), q,
                 [this, count](const ClusterOperationResult &result) {
                     surgeSending = false;
                     if (result.ok()) {
                         surgeRequested = std::max(surgeRequested, count);
                         return;
                     }
                     // Asked again at the next look at the cluster.
                     record(RunEnv::make(T::Log, order.surgeHost,
                                         {{QStringLiteral("level"), QStringLiteral("warning")}},
                                         result.error.describe()));
                 });
}

void UpgradeRunner::Private::pollSurge()
{
    if (surgePollTimer)
        env.clock->cancel(surgePollTimer);
    surgePollTimer = env.clock->callAfter(env.pollMsecs, q, [this] {
        surgePollTimer = 0;
        if (running && surgeWaiting) {
            env.api->refresh();
            pollSurge();
        }
    });
}

void UpgradeRunner::Private::onSurgeCounts(const ClusterCounts &counts)
{
    if (env.spec.strategy != RunStrategy::Surge || !running || !counts.nodes)
        return;
    const QList<Node> &nodes = *counts.nodes;
    if (!retiresWorkers()) {
        if (surgeWaiting && RunOrder::surgeNodesReady(nodes, order, env.spec) >= env.spec.surgeNodes) {
            surgeWaiting = false;
            surgeReady = true;
            record(RunEnv::make(T::WaitEnded, {},
                                {{QStringLiteral("reason"), waitReasonName(WaitReason::Surge)},
                                 {QStringLiteral("outcome"), QStringLiteral("resolved")}}));
            schedule();
        }
        return;
    }
    surgeNodesSeen = RunOrder::surgeNodesReady(nodes, order, env.spec, surgeToken());
    const auto found = std::find_if(nodes.cbegin(), nodes.cend(),
                                    [this](const Node &n) { return n.name == order.surgeHost; });
    const Node *host = found == nodes.cend() ? nullptr : &*found;
    const auto status = host ? PT::parseStatus(host->annotations.value(PT::kSurgeStatus)) : std::nullopt;
    if (status && status->token == surgeToken() && status->state == QLatin1String("failed") && !failing) {
        failing = true;
        failure =
            UpgradeRunner::tr("The practice cluster could not add the surge nodes: %1").arg(status->message);
        record(RunEnv::make(T::Log, order.surgeHost, {{QStringLiteral("level"), QStringLiteral("error")}},
                            failure));
        Q_EMIT q->output({}, failure, true);
        if (surgeWaiting)
            record(RunEnv::make(T::WaitEnded, {},
                                {{QStringLiteral("reason"), waitReasonName(WaitReason::Surge)},
                                 {QStringLiteral("outcome"), QStringLiteral("aborted")}}));
        surgeWaiting = false;
    }
    if (surgeWaiting || failing)
        schedule();
}

} // namespace Slipway
