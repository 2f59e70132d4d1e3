#include "models/schedulingpredicates.h"

#include <algorithm>

namespace Slipway::SchedulingPredicates {

namespace {

// node.kubernetes.io/unschedulable, the taint a cordon stands for (FACTS §5.5).
const QString kTaintUnschedulable = QStringLiteral("node.kubernetes.io/unschedulable");
const QString kEffectNoSchedule = QStringLiteral("NoSchedule");

bool tolerated(const QList<Toleration> &tolerations, const Taint &taint)
{
    return std::any_of(tolerations.cbegin(), tolerations.cend(),
                       [&](const Toleration &t) { return t.tolerates(taint); });
}

} // namespace

bool toleratesAll(const QList<Toleration> &tolerations, const QList<Taint> &taints, bool schedulingOnly)
{
    for (const Taint &taint : taints) {
        if (schedulingOnly && taint.effect == QLatin1String("PreferNoSchedule"))
            continue;
        if (!tolerated(tolerations, taint))
            return false;
    }
    return true;
}

bool nodeSelectorMatches(const LabelMap &nodeSelector, const LabelMap &nodeLabels)
{
    for (auto it = nodeSelector.cbegin(); it != nodeSelector.cend(); ++it) {
        const auto found = nodeLabels.constFind(it.key());
        if (found == nodeLabels.cend() || found.value() != it.value())
            return false;
    }
    return true;
}

bool fitsResources(const Node &node, const Resources &requested, const Resources &need)
{
    return requested.cpuMilli + need.cpuMilli <= node.allocatable.cpuMilli &&
           requested.memoryBytes + need.memoryBytes <= node.allocatable.memoryBytes &&
           requested.pods + 1 <= node.allocatable.pods;
}

QStringList unfitReasons(const Node &node, const Pod &pod, const Resources &requested)
{
    if (node.unschedulable &&
        !tolerated(pod.tolerations, Taint{kTaintUnschedulable, QString(), kEffectNoSchedule}))
        return {QStringLiteral("node(s) were unschedulable")};
    for (const Taint &taint : node.taints) {
        if (taint.effect == QLatin1String("PreferNoSchedule") || tolerated(pod.tolerations, taint))
            continue;
        return {QStringLiteral("node(s) had untolerated taint {%1: %2}").arg(taint.key, taint.value)};
    }
    if (!nodeSelectorMatches(pod.nodeSelector, node.labels))
        return {QStringLiteral("node(s) didn't match Pod's node affinity/selector")};
    const Resources need = pod.totalRequests();
    QStringList reasons;
    if (requested.pods + 1 > node.allocatable.pods)
        reasons << QStringLiteral("Too many pods");
    if (requested.cpuMilli + need.cpuMilli > node.allocatable.cpuMilli)
        reasons << QStringLiteral("Insufficient cpu");
    if (requested.memoryBytes + need.memoryBytes > node.allocatable.memoryBytes)
        reasons << QStringLiteral("Insufficient memory");
    return reasons;
}

bool toleratesCordon(const Pod &pod)
{
    return tolerated(pod.tolerations, Taint{kTaintUnschedulable, QString(), kEffectNoSchedule});
}

bool fits(const Node &node, const Pod &pod, const Resources &requested, const Resources &need)
{
    if (node.unschedulable && !toleratesCordon(pod))
        return false;
    return toleratesAll(pod.tolerations, node.taints, true) &&
           nodeSelectorMatches(pod.nodeSelector, node.labels) && fitsResources(node, requested, need);
}

QString unschedulableMessage(int nodeCount, const QHash<QString, int> &reasonCounts)
{
    QStringList parts;
    for (auto it = reasonCounts.cbegin(); it != reasonCounts.cend(); ++it)
        parts << QString::number(it.value()) + QLatin1Char(' ') + it.key();
    parts.sort();
    QString message = QStringLiteral("0/%1 nodes are available").arg(nodeCount);
    if (!parts.isEmpty())
        message += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    return message + QLatin1Char('.');
}

} // namespace Slipway::SchedulingPredicates
