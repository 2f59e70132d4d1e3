#include "models/items/runstepcommands.h"

#include "models/upgradecommands.h"

namespace Slipway {

QString RunStepCommands::drainCommand(const QString &node, const DrainOptions &o)
{
    QStringList words{QStringLiteral("kubectl drain"), UpgradeCommands::shellQuote(node),
                      QStringLiteral("--ignore-daemonsets")};
    if (o.force)
        words << QStringLiteral("--force");
    if (o.deleteEmptyDirData)
        words << QStringLiteral("--delete-emptydir-data");
    if (o.disableEviction)
        words << QStringLiteral("--disable-eviction");
    if (o.gracePeriodSeconds >= 0)
        words << QStringLiteral("--grace-period=%1").arg(o.gracePeriodSeconds);
    if (o.timeoutSeconds > 0)
        words << QStringLiteral("--timeout=%1s").arg(o.timeoutSeconds);
    if (!o.podSelector.isEmpty())
        words << QStringLiteral("--pod-selector=%1").arg(UpgradeCommands::shellQuote(o.podSelector));
    return words.join(QLatin1Char(' '));
}

QStringList RunStepCommands::commands(const RunSpec &spec, const UpgradePlan &plan, const QString &node,
                                      RunPhase phase, int hop)
{
    const QString quoted = UpgradeCommands::shellQuote(node);
    switch (phase) {
    case RunPhase::Cordon:
        return {QStringLiteral("kubectl cordon %1").arg(quoted)};
    case RunPhase::Drain: {
        QStringList out{drainCommand(node, spec.drain)};
        // Budgets overridden: kubectl has no such flag; their pods are deleted instead.
        for (const QString &pdb : spec.drain.overridePdbs)
            out << QStringLiteral("# %1 blocks: kubectl delete pod -n <namespace> <pod>").arg(pdb);
        return out;
    }
    case RunPhase::Upgrade: {
        const Version version = hop >= 0 ? spec.hopTargets().value(hop, spec.target) : spec.target;
        if (spec.executor == RunExecutor::Command)
            return {RunSpec::expandTemplate(spec.commandTemplate, node, version.toString())};
        // The plan's node-side steps (of the hop), drain and uncordon left out (they are steps of
        // their own).
        QStringList out;
        for (const PlanStep &step : plan.steps) {
            if (step.node != node || (hop >= 0 && step.hop != hop) || step.action == StepAction::Drain ||
                step.action == StepAction::Uncordon || step.action == StepAction::Verify)
                continue;
            out << QStringLiteral("# ") + step.description;
            out += step.commands;
        }
        return out;
    }
    case RunPhase::Maintain:
        if (spec.executor == RunExecutor::Command)
            return {RunSpec::expandTemplate(spec.commandTemplate, node, QString())};
        return {QStringLiteral("ssh %1 sudo systemctl reboot").arg(quoted)};
    case RunPhase::Verify:
        return {QStringLiteral("kubectl wait --for=condition=Ready node/%1 --timeout=10m").arg(quoted),
                QStringLiteral("kubectl get node %1 -o wide").arg(quoted)};
    case RunPhase::Uncordon:
        return {QStringLiteral("kubectl uncordon %1").arg(quoted)};
    }
    return {};
}

} // namespace Slipway
