#include "models/drain/drainpreviewplacer_p.h"

#include "models/schedulingpredicates.h"

namespace Slipway {

namespace {

// The node lifecycle controller taints a node that is not Ready (FACTS §6); a snapshot may not
// show the taint yet, so the preview adds it before asking the scheduler's filters.
const QString kTaintNotReady = QStringLiteral("node.kubernetes.io/not-ready");

double freeShare(qint64 allocatable, qint64 used)
{
    return allocatable > 0 ? double(allocatable - used) / double(allocatable) : 0.0;
}

} // namespace

DrainPreviewPlacer::DrainPreviewPlacer(const ClusterSnapshot &snapshot, const QSet<QString> &draining)
{
    for (Node node : snapshot.nodes) {
        if (draining.contains(node.name))
            node.unschedulable = true;
        const bool tainted = std::any_of(node.taints.cbegin(), node.taints.cend(),
                                         [](const Taint &t) { return t.key == kTaintNotReady; });
        if (node.ready != ConditionStatus::True && !tainted)
            node.taints << Taint{kTaintNotReady, QString(), QStringLiteral("NoSchedule")};
        m_nodes << node;
    }
    for (const Pod &pod : snapshot.pods) {
        if (pod.nodeName.isEmpty() || pod.isFinished())
            continue;
        Resources &used = m_requested[pod.nodeName];
        const Resources need = pod.totalRequests();
        used.cpuMilli += need.cpuMilli;
        used.memoryBytes += need.memoryBytes;
        used.pods += 1;
    }
}

QString DrainPreviewPlacer::place(const Pod &pod, QString *why)
{
    const Resources need = pod.totalRequests();
    const Node *best = nullptr;
    double bestScore = -1.0;
    for (const Node &node : std::as_const(m_nodes)) {
        // Only schedulable nodes take replacements, even for pods that tolerate the cordon.
        const Resources used = m_requested.value(node.name);
        if (node.unschedulable || !SchedulingPredicates::fits(node, pod, used, need))
            continue;
        const double score = (freeShare(node.allocatable.cpuMilli, used.cpuMilli + need.cpuMilli) +
                              freeShare(node.allocatable.memoryBytes, used.memoryBytes + need.memoryBytes)) /
                             2.0;
        if (score > bestScore) {
            best = &node;
            bestScore = score;
        }
    }
    if (!best) {
        // The scheduler's reasons, node by node, only for the message.
        QHash<QString, int> reasonCounts;
        for (const Node &node : std::as_const(m_nodes)) {
            QStringList reasons = SchedulingPredicates::unfitReasons(node, pod, m_requested.value(node.name));
            if (reasons.isEmpty() && node.unschedulable)
                reasons << QStringLiteral("node(s) were unschedulable");
            for (const QString &reason : std::as_const(reasons))
                ++reasonCounts[reason];
        }
        if (why)
            *why = SchedulingPredicates::unschedulableMessage(int(m_nodes.size()), reasonCounts);
        return {};
    }
    Resources &used = m_requested[best->name];
    used.cpuMilli += need.cpuMilli;
    used.memoryBytes += need.memoryBytes;
    used.pods += 1;
    return best->name;
}

} // namespace Slipway
