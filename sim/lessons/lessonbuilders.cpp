#include "sim/lessons/lessonbuilders.h"

#include "sim/engine/simulator.h"

namespace Slipway::LessonBuild {

namespace {
const QString kDefault = QStringLiteral("default");
const QString kBlue = QStringLiteral("blue");
} // namespace

LessonCheck blueAtDesired(const QString &id)
{
    return check(id,
                 text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                        "The blue Deployment has all its desired replicas Ready.")),
                 [](const LessonContext &c) {
                     return c.readyPods(kDefault, kBlue) == c.desiredReplicas(kDefault, kBlue) &&
                            int(c.pods(kDefault, kBlue).size()) == c.desiredReplicas(kDefault, kBlue);
                 });
}

LessonCheck nodeReadyIs(const QString &node, ConditionStatus status)
{
    return check(QStringLiteral("%1-ready-%2").arg(node, conditionStatusName(status).toLower()),
                 text(QT_TRANSLATE_NOOP("Slipway::Lessons", "%1 reports Ready=%2."),
                      {node, conditionStatusName(status)}),
                 [node, status](const LessonContext &c) { return c.nodeReady(node) == status; });
}

LessonCheck podRunningOn(const QString &pod, const QString &node)
{
    return check(
        QStringLiteral("%1-on-%2").arg(pod, node),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Pod %1 is still bound to %2 and not being deleted."),
             {pod, node}),
        [pod, node](const LessonContext &c) {
            const QList<Pod> pods = c.pods(kDefault, pod);
            return std::any_of(pods.cbegin(), pods.cend(),
                               [&](const Pod &p) { return p.name == pod && p.nodeName == node; });
        });
}

bool hasTaint(const LessonContext &ctx, const QString &node, const QString &key, const QString &effect)
{
    const Node *n = ctx.node(node);
    return n && std::any_of(n->taints.cbegin(), n->taints.cend(),
                            [&](const Taint &t) { return t.key == key && t.effect == effect; });
}

int podsOn(const LessonContext &ctx, const QString &prefix, const QString &node)
{
    return int(ctx.nodesOf(kDefault, prefix).count(node));
}

QString podNamesOn(const LessonContext &ctx, const QString &prefix, const QString &node)
{
    QStringList names;
    for (const Pod &p : ctx.pods(kDefault, prefix, true)) {
        if (p.nodeName == node)
            names << p.name + QLatin1Char('/') + p.uid;
    }
    names.sort();
    return names.join(QLatin1Char(','));
}

LessonObserve observePods(const QStringList &prefixes, const QStringList &nodes)
{
    LessonObserve o;
    o.podsOf = prefixes;
    o.nodes = nodes;
    return o;
}

} // namespace Slipway::LessonBuild
