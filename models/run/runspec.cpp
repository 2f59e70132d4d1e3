#include "models/run/runspec.h"

#include "models/run/enumnames.h"

#include <QJsonArray>
#include <QSysInfo>

#include <array>
#include <utility>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Slipway {

namespace {

using EnumNames::nameOf;
using EnumNames::valueOf;

constexpr std::array<std::pair<RunKind, QLatin1String>, 2> kKinds{{
    {RunKind::Upgrade, QLatin1String("upgrade")},
    {RunKind::Maintenance, QLatin1String("maintenance")},
}};

constexpr std::array<std::pair<RunStrategy, QLatin1String>, 3> kStrategies{{
    {RunStrategy::Rolling, QLatin1String("rolling")},
    {RunStrategy::AllAtOnce, QLatin1String("all-at-once")},
    {RunStrategy::Surge, QLatin1String("surge")},
}};

constexpr std::array<std::pair<RunExecutor, QLatin1String>, 3> kExecutors{{
    {RunExecutor::Manual, QLatin1String("manual")},
    {RunExecutor::Command, QLatin1String("command")},
    {RunExecutor::Practice, QLatin1String("practice")},
}};

QJsonObject drainToJson(const DrainOptions &o)
{
    return QJsonObject{
        {QStringLiteral("force"), o.force},
        {QStringLiteral("ignoreDaemonSets"), o.ignoreDaemonSets},
        {QStringLiteral("deleteEmptyDirData"), o.deleteEmptyDirData},
        {QStringLiteral("gracePeriodSeconds"), double(o.gracePeriodSeconds)},
        {QStringLiteral("timeoutSeconds"), double(o.timeoutSeconds)},
        {QStringLiteral("podSelector"), o.podSelector},
        {QStringLiteral("disableEviction"), o.disableEviction},
        {QStringLiteral("skipWaitForDeleteTimeoutSeconds"), double(o.skipWaitForDeleteTimeoutSeconds)},
        {QStringLiteral("overridePdbs"), QJsonArray::fromStringList(o.overridePdbs)},
    };
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

DrainOptions drainFromJson(const QJsonObject &o)
{
    DrainOptions d;
    d.force = o.value(QStringLiteral("force")).toBool();
    d.ignoreDaemonSets = o.value(QStringLiteral("ignoreDaemonSets")).toBool(true);
    d.deleteEmptyDirData = o.value(QStringLiteral("deleteEmptyDirData")).toBool();
    d.gracePeriodSeconds = qint64(o.value(QStringLiteral("gracePeriodSeconds")).toDouble(-1));
    d.timeoutSeconds = qint64(o.value(QStringLiteral("timeoutSeconds")).toDouble(0));
    d.podSelector = o.value(QStringLiteral("podSelector")).toString();
    d.disableEviction = o.value(QStringLiteral("disableEviction")).toBool();
    d.skipWaitForDeleteTimeoutSeconds =
        qint64(o.value(QStringLiteral("skipWaitForDeleteTimeoutSeconds")).toDouble(0));
    d.overridePdbs = stringList(o.value(QStringLiteral("overridePdbs")));
    return d;
}

} // namespace

QString runKindName(RunKind kind)
{
    return nameOf(kKinds, kind);
}
std::optional<RunKind> runKindFromName(const QString &name)
{
    return valueOf(kKinds, name);
}
QString runStrategyName(RunStrategy strategy)
{
    return nameOf(kStrategies, strategy);
}
std::optional<RunStrategy> runStrategyFromName(const QString &name)
{
    return valueOf(kStrategies, name);
}
QString runExecutorName(RunExecutor executor)
{
    return nameOf(kExecutors, executor);
}
std::optional<RunExecutor> runExecutorFromName(const QString &name)
{
    return valueOf(kExecutors, name);
}

QJsonObject RunClusterInfo::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("context"), context},
                       {QStringLiteral("server"), server}};
}

RunClusterInfo RunClusterInfo::fromJson(const QJsonObject &object)
{
    return RunClusterInfo{object.value(QStringLiteral("name")).toString(),
                          object.value(QStringLiteral("context")).toString(),
                          object.value(QStringLiteral("server")).toString()};
}

QStringList RunSpec::problems() const
{
    QStringList out;
    if (kind == RunKind::Upgrade && !target.isValid())
        out.append(tr("An upgrade run needs a target version (--to)."));
    if (maxUnavailable < 1)
        out.append(tr("--max-unavailable must be at least 1 (got %1).").arg(maxUnavailable));
    if (soakSeconds < 0)
        out.append(tr("The soak time cannot be negative."));
    if (strategy == RunStrategy::Surge && surgeNodes < 1)
        out.append(tr("A surge run needs at least one new node."));
    if (executor == RunExecutor::Command) {
        if (commandTemplate.trimmed().isEmpty())
            out.append(tr("The command executor needs a command template (--node-command or --command)."));
        else if (!commandTemplate.contains(QLatin1String("{node}")))
            out.append(
                tr("The command template \"%1\" has no {node}: it would run the same command for "
                   "every node. Put {node} where the node's name goes, e.g. \"ssh {node} sudo reboot\".")
                    .arg(commandTemplate));
    }
    if (kind == RunKind::Upgrade && !hops.isEmpty()) {
        if (hops.constLast() != target)
            out.append(tr("The run's last hop %1 is not its target %2.")
                           .arg(hops.constLast().toString(), target.toString()));
        for (qsizetype i = 1; i < hops.size(); ++i) {
            const Version &a = hops.at(i - 1);
            const Version &b = hops.at(i);
            if (!(a < b) || b.major() != a.major() || b.minor() > a.minor() + 1)
                out.append(tr("The hop from %1 to %2 is not one step up of at most one minor version.")
                               .arg(a.toString(), b.toString()));
        }
    }
    QStringList seen;
    for (const QString &node : nodes) {
        if (seen.contains(node))
            out.append(tr("Node \"%1\" is listed twice.").arg(node));
        seen.append(node);
    }
    return out;
}

QList<Version> RunSpec::hopTargets() const
{
    if (kind != RunKind::Upgrade)
        return {};
    return hops.isEmpty() ? QList<Version>{target} : hops;
}

QJsonObject RunSpec::toJson() const
{
    QJsonObject o{
        {QStringLiteral("kind"), runKindName(kind)},
        {QStringLiteral("target"), target.isValid() ? target.toString() : QString()},
        {QStringLiteral("nodes"), QJsonArray::fromStringList(nodes)},
        {QStringLiteral("strategy"), runStrategyName(strategy)},
        {QStringLiteral("maxUnavailable"), maxUnavailable},
        {QStringLiteral("soakSeconds"), double(soakSeconds)},
        {QStringLiteral("surgeNodes"), surgeNodes},
        {QStringLiteral("executor"), runExecutorName(executor)},
        {QStringLiteral("commandTemplate"), commandTemplate},
        {QStringLiteral("reboot"), reboot},
        {QStringLiteral("gates"),
         QJsonObject{{QStringLiteral("beforeEachNode"), gates.beforeEachNode},
                     {QStringLiteral("beforeEachUncordon"), gates.beforeEachUncordon},
                     {QStringLiteral("beforeEachMutation"), gates.beforeEachMutation}}},
        {QStringLiteral("drain"), drainToJson(drain)},
        {QStringLiteral("journal"), journalPath},
        {QStringLiteral("operator"), operatorName},
    };
    if (hops.size() > 1) { // format 1.1; a run of one hop writes what 1.0 wrote
        QJsonArray list;
        for (const Version &v : hops)
            list.append(v.toString());
        o.insert(QStringLiteral("hops"), list);
    }
    return o;
}

Result<RunSpec> RunSpec::fromJson(const QJsonObject &o)
{
    RunSpec s;
    const auto kind = runKindFromName(o.value(QStringLiteral("kind")).toString());
    const auto strategy =
        runStrategyFromName(o.value(QStringLiteral("strategy")).toString(QStringLiteral("rolling")));
    const auto executor =
        runExecutorFromName(o.value(QStringLiteral("executor")).toString(QStringLiteral("manual")));
    if (!kind || !strategy || !executor)
        return Result<RunSpec>::failure(tr("The run's kind, strategy or executor is not one Slipway knows."));
    s.kind = *kind;
    s.strategy = *strategy;
    s.executor = *executor;
    const QString target = o.value(QStringLiteral("target")).toString();
    if (!target.isEmpty())
        s.target = Version::parse(target);
    for (const QString &hop : stringList(o.value(QStringLiteral("hops"))))
        s.hops.append(Version::parse(hop));
    if (s.hops.size() < 2)
        s.hops.clear();
    s.nodes = stringList(o.value(QStringLiteral("nodes")));
    s.maxUnavailable = o.value(QStringLiteral("maxUnavailable")).toInt(1);
    s.soakSeconds = qint64(o.value(QStringLiteral("soakSeconds")).toDouble(0));
    s.surgeNodes = o.value(QStringLiteral("surgeNodes")).toInt(1);
    s.commandTemplate = o.value(QStringLiteral("commandTemplate")).toString();
    s.reboot = o.value(QStringLiteral("reboot")).toBool();
    const QJsonObject gates = o.value(QStringLiteral("gates")).toObject();
    s.gates.beforeEachNode = gates.value(QStringLiteral("beforeEachNode")).toBool();
    s.gates.beforeEachUncordon = gates.value(QStringLiteral("beforeEachUncordon")).toBool();
    s.gates.beforeEachMutation = gates.value(QStringLiteral("beforeEachMutation")).toBool();
    s.drain = drainFromJson(o.value(QStringLiteral("drain")).toObject());
    s.journalPath = o.value(QStringLiteral("journal")).toString();
    s.operatorName = o.value(QStringLiteral("operator")).toString();
    return s;
}

QString RunSpec::expandTemplate(const QString &commandTemplate, const QString &node, const QString &version)
{
    QString out = commandTemplate;
    out.replace(QLatin1String("{node}"), node);
    out.replace(QLatin1String("{version}"), version);
    return out;
}

QString currentOperatorName()
{
    // $USER, else $LOGNAME/$USERNAME, else the account of the process's uid (cron, systemd and
    // containers often set no USER), else the uid itself; the host name, else "localhost".
    QString user;
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        user = qEnvironmentVariable(variable);
        if (!user.isEmpty())
            break;
    }
#ifdef Q_OS_UNIX
    if (user.isEmpty()) {
        const uid_t uid = ::getuid();
        const passwd *entry = ::getpwuid(uid);
        user = entry && entry->pw_name && *entry->pw_name ? QString::fromLocal8Bit(entry->pw_name)
                                                          : QStringLiteral("uid%1").arg(uid);
    }
#endif
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    QString host = QSysInfo::machineHostName();
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    return user + QLatin1Char('@') + host;
}

} // namespace Slipway
