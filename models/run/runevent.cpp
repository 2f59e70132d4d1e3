#include "models/run/runevent.h"

#include "models/run/enumnames.h"

#include <array>
#include <utility>

namespace Slipway {

namespace {

using EnumNames::nameOf;
using EnumNames::valueOf;

constexpr std::array<std::pair<NodeRunState, QLatin1String>, 13> kStates{{
    {NodeRunState::Pending, QLatin1String("pending")},
    {NodeRunState::Cordoned, QLatin1String("cordoned")},
    {NodeRunState::Draining, QLatin1String("draining")},
    {NodeRunState::Drained, QLatin1String("drained")},
    {NodeRunState::Upgrading, QLatin1String("upgrading")},
    {NodeRunState::Maintaining, QLatin1String("maintaining")},
    {NodeRunState::Verifying, QLatin1String("verifying")},
    {NodeRunState::Uncordoned, QLatin1String("uncordoned")},
    {NodeRunState::Done, QLatin1String("done")},
    {NodeRunState::Waiting, QLatin1String("waiting")},
    {NodeRunState::Failed, QLatin1String("failed")},
    {NodeRunState::Paused, QLatin1String("paused")},
    {NodeRunState::Aborted, QLatin1String("aborted")},
}};

constexpr std::array<std::pair<RunPhase, QLatin1String>, 6> kPhases{{
    {RunPhase::Cordon, QLatin1String("cordon")},
    {RunPhase::Drain, QLatin1String("drain")},
    {RunPhase::Upgrade, QLatin1String("upgrade")},
    {RunPhase::Maintain, QLatin1String("maintain")},
    {RunPhase::Verify, QLatin1String("verify")},
    {RunPhase::Uncordon, QLatin1String("uncordon")},
}};

constexpr std::array<std::pair<WaitReason, QLatin1String>, 9> kWaitReasons{{
    {WaitReason::DisruptionBudget, QLatin1String("disruption-budget")},
    {WaitReason::Terminating, QLatin1String("terminating")},
    {WaitReason::NamespaceTerminating, QLatin1String("namespace-terminating")},
    {WaitReason::Replacement, QLatin1String("replacement")},
    {WaitReason::Gate, QLatin1String("gate")},
    {WaitReason::Executor, QLatin1String("executor")},
    {WaitReason::NodeReady, QLatin1String("node-ready")},
    {WaitReason::Soak, QLatin1String("soak")},
    {WaitReason::Surge, QLatin1String("surge")},
}};

using T = RunEvent::Type;
constexpr std::array<std::pair<T, QLatin1String>, 21> kTypes{{
    {T::RunStarted, QLatin1String("run-started")},
    {T::RunPaused, QLatin1String("run-paused")},
    {T::RunResumed, QLatin1String("run-resumed")},
    {T::RunFinished, QLatin1String("run-finished")},
    {T::NodeState, QLatin1String("node-state")},
    {T::PhaseStarted, QLatin1String("phase-started")},
    {T::PhaseFinished, QLatin1String("phase-finished")},
    {T::Intent, QLatin1String("intent")},
    {T::Cordon, QLatin1String("cordon")},
    {T::Uncordon, QLatin1String("uncordon")},
    {T::EvictionAttempt, QLatin1String("eviction-attempt")},
    {T::PodDeleted, QLatin1String("pod-deleted")},
    {T::PodGone, QLatin1String("pod-gone")},
    {T::WaitStarted, QLatin1String("wait-started")},
    {T::WaitEnded, QLatin1String("wait-ended")},
    {T::Override, QLatin1String("override")},
    {T::Command, QLatin1String("command")},
    {T::ClusterSample, QLatin1String("cluster-sample")},
    {T::Log, QLatin1String("log")},
    {T::HopStarted, QLatin1String("hop-started")},
    {T::HopFinished, QLatin1String("hop-finished")},
}};

} // namespace

QString nodeRunStateName(NodeRunState state)
{
    return nameOf(kStates, state);
}

std::optional<NodeRunState> nodeRunStateFromName(const QString &name)
{
    return valueOf(kStates, name);
}

bool isTerminal(NodeRunState state)
{
    return state == NodeRunState::Done || state == NodeRunState::Failed || state == NodeRunState::Aborted;
}

QString runPhaseName(RunPhase phase)
{
    return nameOf(kPhases, phase);
}

std::optional<RunPhase> runPhaseFromName(const QString &name)
{
    return valueOf(kPhases, name);
}

QString waitReasonName(WaitReason reason)
{
    return nameOf(kWaitReasons, reason);
}

std::optional<WaitReason> waitReasonFromName(const QString &name)
{
    return valueOf(kWaitReasons, name);
}

QString RunEvent::typeName(Type type)
{
    return nameOf(kTypes, type);
}

std::optional<RunEvent::Type> RunEvent::typeFromName(const QString &name)
{
    return valueOf(kTypes, name);
}

QJsonObject RunEvent::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("v"), kRunEventFormatVersion);
    o.insert(QLatin1String("seq"), seq);
    o.insert(QLatin1String("t"), time.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QLatin1String("type"), typeName(type));
    if (hop > 0)
        o.insert(QLatin1String("hop"), hop);
    if (!node.isEmpty())
        o.insert(QLatin1String("node"), node);
    if (!pod.isEmpty())
        o.insert(QLatin1String("pod"), pod);
    if (phase)
        o.insert(QLatin1String("phase"), runPhaseName(*phase));
    if (state)
        o.insert(QLatin1String("state"), nodeRunStateName(*state));
    if (!message.isEmpty())
        o.insert(QLatin1String("message"), message);
    if (!data.isEmpty())
        o.insert(QLatin1String("data"), data);
    return o;
}

Result<RunEvent> RunEvent::fromJson(const QJsonObject &object)
{
    const int version = object.value(QLatin1String("v")).toInt(-1);
    if (version != kRunEventFormatVersion) {
        return Result<RunEvent>::failure(
            QStringLiteral("run event format version %1 is not supported (this Slipway reads version %2)")
                .arg(object.value(QLatin1String("v")).toVariant().toString())
                .arg(kRunEventFormatVersion));
    }
    RunEvent e;
    e.seq = object.value(QLatin1String("seq")).toInt(0);
    if (e.seq <= 0)
        return Result<RunEvent>::failure(QStringLiteral("run event without a positive \"seq\""));
    e.time = QDateTime::fromString(object.value(QLatin1String("t")).toString(), Qt::ISODateWithMs);
    if (!e.time.isValid())
        return Result<RunEvent>::failure(QStringLiteral("run event %1 has no valid time \"t\"").arg(e.seq));
    const QString typeText = object.value(QLatin1String("type")).toString();
    const std::optional<Type> type = typeFromName(typeText);
    if (!type) {
        return Result<RunEvent>::failure(
            QStringLiteral("run event %1 has an unknown type \"%2\"").arg(e.seq).arg(typeText));
    }
    e.type = *type;
    e.hop = std::max(0, object.value(QLatin1String("hop")).toInt(0));
    e.node = object.value(QLatin1String("node")).toString();
    e.pod = object.value(QLatin1String("pod")).toString();
    if (object.contains(QLatin1String("phase"))) {
        e.phase = runPhaseFromName(object.value(QLatin1String("phase")).toString());
        if (!e.phase)
            return Result<RunEvent>::failure(QStringLiteral("run event %1 has an unknown phase").arg(e.seq));
    }
    if (object.contains(QLatin1String("state"))) {
        e.state = nodeRunStateFromName(object.value(QLatin1String("state")).toString());
        if (!e.state)
            return Result<RunEvent>::failure(QStringLiteral("run event %1 has an unknown state").arg(e.seq));
    }
    e.message = object.value(QLatin1String("message")).toString();
    e.data = object.value(QLatin1String("data")).toObject();
    return e;
}

} // namespace Slipway
