#include "models/drain/drainpreviewplacer_p.h"

#include "models/schedulingpredicates.h"

#include <climits>

namespace Slipway {

namespace {

// The node lifecycle controller taints a node that is not Ready (FACTS §6); a snapshot may not
// show the taint yet, so the preview adds it before asking the scheduler's filters.
const QString kTaintNotReady = QStringLiteral("node.kubernetes.io/not-ready");

double freeShare(qint64 allocatable, qint64 used)
{
    return allocatable > 0 ? double(allocatable - used) / double(allocatable) : 0.0;
}

double score(const Node &node, const Resources &used, const Resources &need)
{
    return (freeShare(node.allocatable.cpuMilli, used.cpuMilli + need.cpuMilli) +
            freeShare(node.allocatable.memoryBytes, used.memoryBytes + need.memoryBytes)) /
           2.0;
}

// What makes two pods equal to the taint and nodeSelector filters.
QString kindKey(const Pod &pod)
{
    QString key;
    for (const Toleration &t : pod.tolerations) {
        key += t.key + QChar(1) + t.op + QChar(1) + t.value + QChar(1) + t.effect + QChar(2);
    }
    key += QChar(3);
    for (auto it = pod.nodeSelector.cbegin(); it != pod.nodeSelector.cend(); ++it)
        key += it.key() + QChar(1) + it.value() + QChar(2);
    return key;
}

} // namespace

DrainPreviewPlacer::DrainPreviewPlacer(const ClusterSnapshot &snapshot, const QSet<QString> &draining)
{
    m_nodes.reserve(snapshot.nodes.size());
    for (Node node : snapshot.nodes) {
        if (draining.contains(node.name))
            node.unschedulable = true;
        const bool tainted = std::any_of(node.taints.cbegin(), node.taints.cend(),
                                         [](const Taint &t) { return t.key == kTaintNotReady; });
        if (node.ready != ConditionStatus::True && !tainted)
            node.taints << Taint{kTaintNotReady, QString(), QStringLiteral("NoSchedule")};
        m_index.insert(node.name, int(m_nodes.size())); // the first of a name, as the scheduler
        int group = 0;
        while (group < m_groups.size() && !(m_groups.at(group).allocatable == node.allocatable))
            ++group;
        if (group == m_groups.size()) {
            Group g;
            g.allocatable = node.allocatable;
            g.ordered = node.allocatable.cpuMilli > 0 && node.allocatable.memoryBytes > 0;
            // A node's computed score is within 2.5e-16 of the exact (2 - cpu share - memory
            // share) / 2; one whose use exceeds another's by more than 1e-14 of cpu × memory
            // allocatable scores lower for any pod.
            if (g.ordered)
                g.slack =
                    Key(node.allocatable.cpuMilli) * node.allocatable.memoryBytes / Key(100000000000000LL) +
                    1;
            m_groups << g;
        }
        m_group.push_back(group);
        m_nodes << node;
    }
    m_used.resize(m_nodes.size());
    for (const Pod &pod : snapshot.pods) {
        if (pod.nodeName.isEmpty() || pod.isFinished())
            continue;
        const auto it = m_index.constFind(pod.nodeName);
        if (it == m_index.cend())
            continue;
        Resources &used = m_used[*it];
        const Resources need = pod.totalRequests();
        used.cpuMilli += need.cpuMilli;
        used.memoryBytes += need.memoryBytes;
        used.pods += 1;
    }
}

DrainPreviewPlacer::~DrainPreviewPlacer() = default;

DrainPreviewPlacer::Entry DrainPreviewPlacer::entryOf(int index) const
{
    const Resources &used = m_used[index];
    const Resources &allocatable = m_groups.at(m_group[index]).allocatable;
    return Entry{Key(used.cpuMilli) * allocatable.memoryBytes + Key(used.memoryBytes) * allocatable.cpuMilli,
                 used.cpuMilli, used.memoryBytes, used.pods, index};
}

DrainPreviewPlacer::Kind &DrainPreviewPlacer::kindOf(const Pod &pod)
{
    std::shared_ptr<Kind> &kind = m_kinds[kindKey(pod)];
    if (kind)
        return *kind;
    kind = std::make_shared<Kind>();
    kind->allowed.resize(m_nodes.size());
    kind->byGroup.resize(m_groups.size());
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &node = m_nodes.at(i);
        kind->allowed[i] = m_index.value(node.name) == i &&
                           SchedulingPredicates::toleratesAll(pod.tolerations, node.taints, true) &&
                           SchedulingPredicates::nodeSelectorMatches(pod.nodeSelector, node.labels);
        if (kind->allowed[i] && !node.unschedulable)
            kind->byGroup[m_group[i]].insert(entryOf(i));
    }
    return *kind;
}

void DrainPreviewPlacer::unlist(int index)
{
    if (m_nodes.at(index).unschedulable)
        return;
    const Entry entry = entryOf(index);
    for (const auto &kind : std::as_const(m_kinds)) {
        if (kind->allowed[index])
            kind->byGroup[m_group[index]].erase(entry);
    }
}

void DrainPreviewPlacer::list(int index)
{
    if (m_nodes.at(index).unschedulable)
        return;
    const Entry entry = entryOf(index);
    for (const auto &kind : std::as_const(m_kinds)) {
        if (kind->allowed[index])
            kind->byGroup[m_group[index]].insert(entry);
    }
}

QString DrainPreviewPlacer::place(const Pod &pod, QString *why)
{
    const Resources need = pod.totalRequests();
    Kind &kind = kindOf(pod);
    int best = -1;
    double bestScore = -1.0;
    for (int g = 0; g < int(kind.byGroup.size()); ++g) {
        const std::set<Entry> &order = kind.byGroup[g];
        const Group &group = m_groups.at(g);
        std::optional<Key> limit; // the use beyond which no node of the group can score higher
        for (auto it = order.cbegin(); it != order.cend();) {
            const Entry e = *it;
            if (limit && e.use > *limit)
                break;
            const Node &node = m_nodes.at(e.index);
            if (SchedulingPredicates::fitsResources(node, m_used[e.index], need)) {
                const double s = score(node, m_used[e.index], need);
                if (s > bestScore || (s == bestScore && e.index < best)) {
                    best = e.index;
                    bestScore = s;
                }
                if (!limit && group.ordered)
                    limit = e.use + group.slack;
            }
            // The nodes with the same requests fit and score alike; the first has the lowest index.
            it = order.upper_bound(Entry{e.use, e.cpu, e.memory, e.pods, INT_MAX});
        }
    }
    if (best < 0) {
        // The scheduler's reasons, node by node, only for the message.
        QHash<QString, int> reasonCounts;
        for (int i = 0; i < m_nodes.size(); ++i) {
            const Node &node = m_nodes.at(i);
            QStringList reasons =
                SchedulingPredicates::unfitReasons(node, pod, m_used[m_index.value(node.name)]);
            if (reasons.isEmpty() && node.unschedulable)
                reasons << QStringLiteral("node(s) were unschedulable");
            for (const QString &reason : std::as_const(reasons))
                ++reasonCounts[reason];
        }
        if (why)
            *why = SchedulingPredicates::unschedulableMessage(int(m_nodes.size()), reasonCounts);
        return {};
    }
    unlist(best);
    Resources &used = m_used[best];
    used.cpuMilli += need.cpuMilli;
    used.memoryBytes += need.memoryBytes;
    used.pods += 1;
    list(best);
    return m_nodes.at(best).name;
}

void DrainPreviewPlacer::setUnschedulable(const QString &node, bool unschedulable)
{
    const auto it = m_index.constFind(node);
    if (it == m_index.cend() || m_nodes.at(*it).unschedulable == unschedulable)
        return;
    if (unschedulable)
        unlist(*it);
    m_nodes[*it].unschedulable = unschedulable;
    if (!unschedulable)
        list(*it);
}

void DrainPreviewPlacer::release(const QString &node, const Resources &need)
{
    const auto it = m_index.constFind(node);
    if (it == m_index.cend())
        return;
    unlist(*it);
    Resources &used = m_used[*it];
    used.cpuMilli -= need.cpuMilli;
    used.memoryBytes -= need.memoryBytes;
    used.pods -= 1;
    list(*it);
}

Resources DrainPreviewPlacer::requested(const QString &node) const
{
    const auto it = m_index.constFind(node);
    return it == m_index.cend() ? Resources{} : m_used[*it];
}

bool DrainPreviewPlacer::isUnschedulable(const QString &node) const
{
    const auto it = m_index.constFind(node);
    return it != m_index.cend() && m_nodes.at(*it).unschedulable;
}

} // namespace Slipway
