#include "models/run/runorder.h"

#include "models/run/practicetrigger.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace Slipway {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

QJsonArray versionsToJson(const QList<Version> &versions)
{
    QJsonArray list;
    for (const Version &v : versions)
        list.append(v.toString());
    return list;
}

QList<Version> versionsFromJson(const QJsonValue &value)
{
    QList<Version> out;
    for (const QString &v : strings(value))
        out.append(Version::parse(v));
    return out;
}

// `walks` and `walksBeforeControlPlane`: node name → the versions it goes through.
QJsonObject walksToJson(const QHash<QString, QList<Version>> &walks)
{
    QJsonObject out;
    for (auto it = walks.cbegin(); it != walks.cend(); ++it)
        out.insert(it.key(), versionsToJson(it.value()));
    return out;
}

QHash<QString, QList<Version>> walksFromJson(const QJsonValue &value)
{
    QHash<QString, QList<Version>> out;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        out.insert(it.key(), versionsFromJson(it.value()));
    return out;
}

// The node the plan runs `kubeadm upgrade apply` on (its first hop), else the first control plane.
QString applyNode(const UpgradePlan &plan, const QStringList &controlPlane)
{
    for (const PlanStep &step : plan.steps) {
        if (step.hop == 0 && step.action == StepAction::KubeadmUpgradeApply &&
            controlPlane.contains(step.node))
            return step.node;
    }
    return controlPlane.value(0);
}

bool atTarget(const UpgradePlan &plan, const Node &node, const Version &target)
{
    if (Version::parse(node.kubeletVersion) != target)
        return false;
    for (const ComponentVersion &c : plan.apiServers) {
        if (c.node == node.name && Version::parse(c.version) != target)
            return false;
    }
    return true;
}

QString checkTarget(const RunSpec &spec, const UpgradePlan &plan)
{
    if (spec.kind != RunKind::Upgrade)
        return {};
    if (plan.clusterVersion.isValid() && spec.target < plan.clusterVersion)
        return RunOrder::tr("The target %1 is below the cluster's version %2; Slipway does not downgrade.")
            .arg(spec.target.toString(), plan.clusterVersion.toString());
    if (plan.refused) {
        QStringList why;
        for (const Finding &f : plan.findings) {
            if (f.severity == Finding::Severity::Error)
                why.append(f.message);
        }
        return RunOrder::tr("The plan refuses the target %1: %2")
            .arg(spec.target.toString(), why.join(QStringLiteral("; ")));
    }
    // Several hops: the run takes the plan's path, one minor at a time (docs/runner.md "Hops").
    const auto pathText = [](const QList<Version> &path) {
        QStringList p;
        for (const Version &v : path)
            p.append(v.toString());
        return p.join(QStringLiteral(" → "));
    };
    if (!spec.hops.isEmpty() && plan.path.size() > 1 && spec.hops != plan.path)
        return RunOrder::tr("The run's hops (%1) are not the plan's path (%2).")
            .arg(pathText(spec.hops), pathText(plan.path));
    if (plan.path.size() > 1 && plan.path.constLast() != spec.target)
        return RunOrder::tr("The plan's path (%1) does not end at the target %2.")
            .arg(pathText(plan.path), spec.target.toString());
    if (plan.path.size() > 1 && spec.strategy == RunStrategy::Surge)
        return RunOrder::tr("%1 is more than one minor version away (the plan goes %2); a surge run takes "
                            "one hop at a time: slipway upgrade --to %3 --strategy surge first, or use "
                            "--strategy rolling.")
            .arg(spec.target.toString(), pathText(plan.path), plan.path.constFirst().toString());
    return {};
}

// A worker whose kubelet the new control plane would leave outside the skew policy goes first
// (the plan's blocker steps, docs/runner.md "Lagging nodes"): a run that upgrades the control
// plane without it would take the cluster where kubeadm refuses to go (FACTS §1.1, §3.5).
void requireLaggingWorkers(const RunOrder &o, const UpgradePlan &plan,
                           const QHash<QString, const Node *> &byName, const QStringList &chosen,
                           const Version &firstHop, Diagnostics &problems)
{
    bool upgradesControlPlane = false;
    for (const QString &n : std::as_const(o.controlPlane))
        upgradesControlPlane = upgradesControlPlane || !o.alreadyAtTarget.contains(n);
    QStringList named;
    for (const PlanStep &step : plan.steps) {
        const Node *node = byName.value(step.node);
        if (!upgradesControlPlane || step.hop != 0 || !step.blocker ||
            step.action != StepAction::UpgradeKubelet || !step.version.isValid() || !node ||
            node->isControlPlane() || chosen.contains(step.node) || named.contains(step.node))
            continue;
        named << step.node;
        problems.addError(
            RunOrder::tr("The kubelet on %1 (%2) is too old for a control plane at %3: the plan takes it "
                         "to %4 before the control plane. Add it to --nodes, or leave --nodes out.")
                .arg(step.node, node->kubeletVersion, firstHop.toString(), step.version.toString()));
    }
}

// A lagging worker's walk through the minors below the first hop's version (the plan's own
// steps: it already chose each minor's version).
void addWalks(RunOrder &o, const UpgradePlan &plan, const QStringList &workers, const Version &firstHop)
{
    QSet<QString> walkers(workers.cbegin(), workers.cend()); // a hash: clusters of thousands of nodes
    for (const QString &n : std::as_const(o.alreadyAtTarget))
        walkers.remove(n);
    for (const PlanStep &step : plan.steps) {
        if (step.hop != 0 || step.action != StepAction::UpgradeKubelet || !step.version.isValid() ||
            !(step.version < firstHop) || !walkers.contains(step.node))
            continue;
        QList<Version> &walk = o.walks[step.node];
        if (walk.isEmpty() || walk.constLast() < step.version)
            walk.append(step.version);
        // The plan's blocker steps: the new control plane would leave this kubelet outside the
        // skew policy, so these minors come before the control plane's upgrade (FACTS §1.1, §1.3).
        if (step.blocker) {
            QList<Version> &early = o.walksBeforeControlPlane[step.node];
            if (early.isEmpty() || early.constLast() < step.version)
                early.append(step.version);
        }
    }
}

} // namespace

Result<RunOrder> RunOrder::compute(const RunSpec &spec, const UpgradePlan &plan)
{
    Diagnostics problems;
    for (const QString &p : spec.problems())
        problems.addError(p);
    if (const QString t = checkTarget(spec, plan); !t.isEmpty())
        problems.addError(t);
    QStringList known;
    QHash<QString, const Node *> byName; // the last node of a name, as the lookup below always took
    for (const Node &n : plan.nodes) {
        known.append(n.name);
        byName.insert(n.name, &n);
    }
    for (const QString &n : spec.nodes) {
        if (!byName.contains(n))
            problems.addError(tr("Node \"%1\" is not in the cluster (nodes: %2).")
                                  .arg(n, known.join(QStringLiteral(", "))));
    }
    if (problems.hasErrors())
        return Result<RunOrder>::failure(problems);

    RunOrder o;
    if (spec.kind == RunKind::Upgrade)
        o.hops = !spec.hops.isEmpty()   ? spec.hops
                 : plan.path.size() > 1 ? plan.path
                                        : QList<Version>{spec.target};
    const Version firstHop = o.hops.value(0);
    const QStringList chosen = spec.nodes.isEmpty() ? known : spec.nodes;
    QStringList workers;
    for (const QString &name : chosen) {
        const Node *node = byName.value(name);
        (node->isControlPlane() ? o.controlPlane : workers).append(name);
        if (spec.kind == RunKind::Upgrade && atTarget(plan, *node, firstHop))
            o.alreadyAtTarget.append(name);
    }
    // A worker's kubelet may not be newer than the control plane (FACTS §1.1): a run that upgrades
    // workers must take every control-plane node not yet at the target.
    if (spec.kind == RunKind::Upgrade && !workers.isEmpty()) {
        for (const Node &n : plan.nodes) {
            if (n.isControlPlane() && !o.controlPlane.contains(n.name) && !atTarget(plan, n, spec.target))
                problems.addError(
                    tr("Control-plane node %1 is not at %2 yet; upgrade the control plane first "
                       "(add it to --nodes, or leave --nodes out).")
                        .arg(n.name, spec.target.toString()));
        }
        if (problems.hasErrors())
            return Result<RunOrder>::failure(problems);
    }
    if (spec.kind == RunKind::Upgrade) {
        requireLaggingWorkers(o, plan, byName, chosen, firstHop, problems);
        if (problems.hasErrors())
            return Result<RunOrder>::failure(problems);
        addWalks(o, plan, workers, firstHop);
    }
    o.firstControlPlane = applyNode(plan, o.controlPlane);
    if (!o.firstControlPlane.isEmpty()) {
        o.controlPlane.removeAll(o.firstControlPlane);
        o.controlPlane.prepend(o.firstControlPlane);
    }
    o.nodes = o.controlPlane + workers;
    if (spec.strategy == RunStrategy::Surge && spec.executor == RunExecutor::Practice) {
        for (const QString &w : workers) {
            if (!o.alreadyAtTarget.contains(w))
                o.retiring.append(w);
        }
        for (const Node &n : plan.nodes)
            o.surgeHost = o.surgeHost.isEmpty() && n.isControlPlane() ? n.name : o.surgeHost;
        if (o.surgeHost.isEmpty())
            return Result<RunOrder>::failure(
                tr("A surge run on the practice cluster needs a control-plane node to ask for the new "
                   "nodes; this cluster shows none. Use --strategy rolling."));
    }
    return o;
}

QJsonObject RunOrder::toStartedData(const RunSpec &spec) const
{
    QJsonObject data{
        {QStringLiteral("kind"), runKindName(spec.kind)},
        {QStringLiteral("target"), spec.target.isValid() ? spec.target.toString() : QString()},
        {QStringLiteral("strategy"), runStrategyName(spec.strategy)},
        {QStringLiteral("maxUnavailable"), spec.maxUnavailable},
        {QStringLiteral("nodes"), QJsonArray::fromStringList(nodes)},
        {QStringLiteral("executor"), runExecutorName(spec.executor)},
        {QStringLiteral("controlPlane"), QJsonArray::fromStringList(controlPlane)},
        {QStringLiteral("firstControlPlane"), firstControlPlane},
        {QStringLiteral("alreadyAtTarget"), QJsonArray::fromStringList(alreadyAtTarget)},
        {QStringLiteral("surgeHost"), surgeHost},
        {QStringLiteral("retiring"), QJsonArray::fromStringList(retiring)},
    };
    if (hops.size() > 1) // format 1.1
        data.insert(QStringLiteral("hops"), versionsToJson(hops));
    if (!walks.isEmpty()) // format 1.1, optional
        data.insert(QStringLiteral("walks"), walksToJson(walks));
    if (!walksBeforeControlPlane.isEmpty()) // format 1.1, optional
        data.insert(QStringLiteral("walksBeforeControlPlane"), walksToJson(walksBeforeControlPlane));
    return data;
}

RunOrder RunOrder::fromStartedData(const QJsonObject &data)
{
    RunOrder o;
    o.nodes = strings(data.value(QStringLiteral("nodes")));
    o.controlPlane = strings(data.value(QStringLiteral("controlPlane")));
    o.firstControlPlane = data.value(QStringLiteral("firstControlPlane")).toString();
    o.alreadyAtTarget = strings(data.value(QStringLiteral("alreadyAtTarget")));
    o.surgeHost = data.value(QStringLiteral("surgeHost")).toString();
    o.retiring = strings(data.value(QStringLiteral("retiring")));
    o.hops = versionsFromJson(data.value(QStringLiteral("hops")));
    o.walks = walksFromJson(data.value(QStringLiteral("walks")));
    o.walksBeforeControlPlane = walksFromJson(data.value(QStringLiteral("walksBeforeControlPlane")));
    return o;
}

int RunOrder::surgeNodesReady(const QList<Node> &nodes, const RunOrder &order, const RunSpec &spec,
                              const QString &surgeToken)
{
    int count = 0;
    const QSet<QString> inRun(order.nodes.cbegin(), order.nodes.cend());
    for (const Node &n : nodes) {
        if (!inRun.contains(n.name) && !n.isControlPlane() && n.ready == ConditionStatus::True &&
            !n.unschedulable &&
            (spec.kind != RunKind::Upgrade || Version::parse(n.kubeletVersion) == spec.target) &&
            (surgeToken.isEmpty() || n.annotations.value(PracticeTrigger::kSurgeOf) == surgeToken))
            ++count;
    }
    return count;
}

} // namespace Slipway
