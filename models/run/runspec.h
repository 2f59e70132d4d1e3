#pragma once

// What a run is (docs/runner.md): an upgrade to a target version or a maintenance pass over
// chosen nodes, the strategy, the executor that does the middle step on each node, the gates the
// user wants, and kubectl's drain options. A value type with a JSON codec: the journal header's
// "run" object (docs/run-events.md) is RunSpec::toJson(). Qt Core only.

#include "models/drain/drainoptions.h"
#include "models/result.h"
#include "models/version.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Slipway {

enum class RunKind
{
    Upgrade, // drain → upgrade to `target` → verify (kubelet version, Ready) → uncordon
    Maintenance, // drain → maintenance command / manual step / reboot → verify (Ready, new bootID) → uncordon
};
QString runKindName(RunKind kind); // "upgrade", "maintenance"
std::optional<RunKind> runKindFromName(const QString &name);

enum class RunStrategy
{
    Rolling,   // at most `maxUnavailable` nodes out of service at a time, optional soak after each
    AllAtOnce, // every worker at once (downtime warning); control-plane nodes still one by one
    Surge,     // wait for `surgeNodes` new nodes at the target to join, then drain and retire old ones
};
QString runStrategyName(RunStrategy strategy); // "rolling", "all-at-once", "surge"
std::optional<RunStrategy> runStrategyFromName(const QString &name);

// Who does the middle step on a node.
enum class RunExecutor
{
    Manual,   // Slipway shows the node's exact commands and waits until the node verifies
    Command,  // a user template run per node (asynchronous QProcess), exit code checked
    Practice, // the practice cluster's node agent, triggered by node annotations (works over HTTPS)
};
QString runExecutorName(RunExecutor executor); // "manual", "command", "practice"
std::optional<RunExecutor> runExecutorFromName(const QString &name);

// Where the run asks the user before going on.
struct RunGates
{
    bool beforeEachNode = false;     // before a node is cordoned
    bool beforeEachUncordon = false; // after a node verified, before it is uncordoned
    bool beforeEachMutation =
        false; // before every cordon, drain, executor step and uncordon (CLI without --yes)
    friend bool operator==(const RunGates &, const RunGates &) = default;
};

// The journal header's "cluster" object: where the run goes. Never a credential.
struct RunClusterInfo
{
    QString name;    // the cluster's or scenario's name
    QString context; // kubeconfig context (empty for the practice cluster)
    QString server;  // https://host:port, no user info, no query
    QJsonObject toJson() const;
    static RunClusterInfo fromJson(const QJsonObject &object);
    friend bool operator==(const RunClusterInfo &, const RunClusterInfo &) = default;
};

struct RunSpec
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::RunSpec)

public:
    RunKind kind = RunKind::Upgrade;
    Version target; // upgrade runs: the version every node ends at; invalid for maintenance
    // Upgrade runs of several hops (docs/runner.md "Hops", format 1.1): the hop targets in order,
    // the last one `target`. Empty: one hop to `target` (UpgradeRunner::start() fills it from the
    // plan's path when that has more than one hop).
    QList<Version> hops;
    QStringList nodes; // the user's order; empty = every node. The runner puts control plane first.
    RunStrategy strategy = RunStrategy::Rolling;
    int maxUnavailable = 1; // rolling: nodes out of service at the same time (>= 1)
    qint64 soakSeconds = 0; // rolling: wait after each node is back before the next one starts
    int surgeNodes = 1;     // surge: new nodes at the target that must join before any drain
    RunExecutor executor = RunExecutor::Manual;
    // Command executor: "ssh {node} sudo /usr/local/sbin/upgrade-node {version}". {node} is
    // required; {version} is the target ("v1.35.0"), empty for maintenance.
    QString commandTemplate;
    bool reboot = false; // maintenance: the step reboots the node (practice agent, the command or by hand);
                         // verified by a new bootID
    RunGates gates;
    // kubectl drain's options; ignoreDaemonSets is always on for runs, overridePdbs ("ns/name")
    // lists the budgets whose pods are deleted instead of evicted when they block (an override).
    DrainOptions drain;
    QString journalPath;  // where the journal goes; empty = <AppLocalDataLocation>/runs/<runId>.jsonl
    QString operatorName; // "user@host", recorded as the journal's operator and as overrides' `by`

    // Problems that refuse the spec before anything happens, one sentence each (empty = fine):
    // a command template without {node}, maxUnavailable < 1, an upgrade without a target …
    QStringList problems() const;
    // The hops the run takes: `hops`, or just `target` when that is empty (none for maintenance).
    QList<Version> hopTargets() const;

    // The header's "run" object and back (unknown keys ignored, defaults for missing ones).
    QJsonObject toJson() const;
    static Result<RunSpec> fromJson(const QJsonObject &object);

    // `template` with {node} and {version} replaced; words are not re-quoted (the user wrote them).
    static QString expandTemplate(const QString &commandTemplate, const QString &node,
                                  const QString &version);
};

// "user@host" of the person running Slipway (USER/USERNAME and the host name).
QString currentOperatorName();

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::RunSpec)
