#pragma once

// The run-event format (docs/run-events.md, version 1): what the upgrade runner records, the
// journal stores, and the timeline, the wizard's stepper and the PDF report read. Value types with
// a JSON codec; Qt Core only. Extend by adding fields or types, never by changing the meaning of
// an existing one (readers ignore what they do not know).

#include "models/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Slipway {

// The per-node state machine's states (docs/run-events.md "Node states").
enum class NodeRunState
{
    Pending,
    Cordoned,
    Draining,
    Drained,
    Upgrading,
    Maintaining,
    Verifying,
    Uncordoned,
    Done,
    Waiting,
    Failed,
    Paused,
    Aborted,
};
QString nodeRunStateName(NodeRunState state); // "pending", "cordoned" …
std::optional<NodeRunState> nodeRunStateFromName(const QString &name);
bool isTerminal(NodeRunState state); // Done, Failed, Aborted

// The phases a node goes through; one timeline bar per phase per node.
enum class RunPhase
{
    Cordon,
    Drain,
    Upgrade,
    Maintain,
    Verify,
    Uncordon,
};
QString runPhaseName(RunPhase phase); // "cordon", "drain" …
std::optional<RunPhase> runPhaseFromName(const QString &name);

// Why a node or pod waits (the timeline's "waiting on a PDB" bars and the diagnosis).
enum class WaitReason
{
    DisruptionBudget, // eviction answered 429: a PodDisruptionBudget allows no disruption now
    Terminating,      // the pod is terminating within its grace period
    NamespaceTerminating,
    Replacement, // waiting for a replacement pod to become Ready elsewhere
    Gate,        // waiting for the user's confirmation
    Executor,    // the manual step or the node command is running
    NodeReady,   // waiting for the node to report Ready / the target version / a new bootID
    Soak,        // the rolling strategy's soak time after a node
    Surge,       // waiting for surge nodes to join
};
QString waitReasonName(WaitReason reason);
std::optional<WaitReason> waitReasonFromName(const QString &name);

struct RunEvent
{
    enum class Type
    {
        RunStarted,      // data: kind, target, strategy, nodes (order)
        RunPaused,       // data: by ("user" | "gate")
        RunResumed,      // data: resumedFromJournal (bool)
        RunFinished,     // data: result ("succeeded" | "failed" | "aborted"), summary counts
        NodeState,       // node, state, previous (data.previous), message
        PhaseStarted,    // node, phase
        PhaseFinished,   // node, phase, data.result ("ok" | "failed" | "skipped"), message
        Intent,          // node/pod, data.action: written to the journal BEFORE a cluster mutation
        Cordon,          // node, data.result ("cordoned" | "already-cordoned"), data.reason
        Uncordon,        // node, data.result ("uncordoned" | "already-uncordoned" | "left-cordoned")
        EvictionAttempt, // pod, node, data.attempt, data.outcome ("accepted" | "blocked" | "gone" |
                         // "error" | "namespace-terminating"), data.pdb, data.httpStatus, message
        PodDeleted,      // pod, node, data.gracePeriodSeconds (the DELETE path or an override)
        PodGone,         // pod, node: confirmed gone (NotFound or a new uid), data.uid
        WaitStarted,     // node, pod (optional), data.reason (WaitReason), message
        WaitEnded,       // node, pod (optional), data.reason
        Override,        // node, pod (optional), data.kind ("force" | "disable-eviction" | "delete-pod"
                         // | "override-pdb" | "wait-longer" | "acknowledge-blocker" | "keep-cordoned"),
                         // data.by (user@host), message (what the user confirmed)
        Command,         // node, data.command, data.stream ("started" | "stdout" | "stderr" |
                         // "exited"), data.exitCode, message (one output line)
        ClusterSample,   // data.readyNodes, schedulableNodes, totalNodes, pendingPods, workloadsBelowDesired
        Log,             // data.level ("info" | "warning" | "error"), message
        HopStarted,      // format 1.1: data.hop (1…), of, target, from: a hop of a run of several begins
        HopFinished,     // format 1.1: data.hop, target, result, nodesDone
    };

    int seq = 0;    // 1, 2, 3 … within a run, no gaps
    int hop = 0;    // format 1.1: the hop (1…) of a run of several hops; 0 = absent (one hop)
    QDateTime time; // the run's clock (UTC, milliseconds); virtual for in-process practice runs
    Type type = Type::Log;
    QString node;
    QString pod; // "namespace/name"
    std::optional<RunPhase> phase;
    std::optional<NodeRunState> state;
    QString message; // detail in the cluster's or command's own words (not translated)
    QJsonObject data;

    QJsonObject toJson() const;
    // Fails when the object is not a version-1 event (unknown types are errors; unknown fields are
    // ignored).
    static Result<RunEvent> fromJson(const QJsonObject &object);
    static QString typeName(Type type); // "run-started", "node-state" …
    static std::optional<Type> typeFromName(const QString &name);
};

constexpr int kRunEventFormatVersion = 1; // the major version: "v" of every event and the header
// The minor version (docs/run-events.md "Versions"): 1 added runs of several hops. The journal
// header says which minor wrote it; a runner does not resume a journal of a newer minor.
constexpr int kRunEventFormatMinor = 1;

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::RunEvent)
