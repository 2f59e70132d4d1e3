#include "sim/lessons/lessoncontext.h"

#include "sim/engine/simulator.h"

#include <algorithm>

namespace Slipway {

qint64 LessonContext::virtualSeconds() const
{
    return sim && startedAt.isValid() ? startedAt.secsTo(sim->now()) : 0;
}

bool LessonContext::podExists(const QString &namespaceName, const QString &name) const
{
    return sim && sim->get(ResourceKind::Pod, namespaceName, name).has_value();
}

QList<Pod> LessonContext::pods(const QString &namespaceName, const QString &prefix,
                               bool includeTerminating) const
{
    QList<Pod> result;
    if (!sim)
        return result;
    for (const StoredObject &o : sim->list(ResourceKind::Pod, namespaceName).items) {
        if (!o.pod.name.startsWith(prefix))
            continue;
        if (o.pod.deletionTimestamp && !includeTerminating)
            continue;
        result << o.pod;
    }
    return result;
}

int LessonContext::readyPods(const QString &namespaceName, const QString &prefix) const
{
    const QList<Pod> list = pods(namespaceName, prefix);
    return int(std::count_if(list.cbegin(), list.cend(), [](const Pod &p) {
        return p.phase == PodPhase::Running && p.ready && !p.nodeName.isEmpty();
    }));
}

QStringList LessonContext::nodesOf(const QString &namespaceName, const QString &prefix) const
{
    QStringList nodes;
    for (const Pod &p : pods(namespaceName, prefix))
        nodes << p.nodeName;
    nodes.sort();
    return nodes;
}

const Node *LessonContext::node(const QString &name) const
{
    if (!sim)
        return nullptr;
    const auto o = sim->get(ResourceKind::Node, QString(), name);
    if (!o)
        return nullptr;
    m_node = o->node;
    return &m_node;
}

ConditionStatus LessonContext::nodeReady(const QString &name) const
{
    const Node *n = node(name);
    return n ? n->ready : ConditionStatus::Unknown;
}

int LessonContext::desiredReplicas(const QString &namespaceName, const QString &deployment) const
{
    if (!sim)
        return 0;
    const auto o = sim->get(ResourceKind::Deployment, namespaceName, deployment);
    return o ? o->workload.replicas : 0;
}

} // namespace Slipway
