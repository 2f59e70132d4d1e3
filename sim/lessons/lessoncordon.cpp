// Lesson 3: cordon, drain, uncordon (docs/lessons.md, FACTS §5).
#include "sim/lessons/lessonbuilders.h"

#include "sim/engine/simulator.h"

namespace Slipway::LessonBuild {

namespace {

const QString kBlue = QStringLiteral("blue");
const QString kGreen = QStringLiteral("green");
const QString kNode = QStringLiteral("node01");
const QString kPodsBefore = QStringLiteral("node01-pods");

LessonCheck blueOnNode(const QString &id, const LessonText &description, int count)
{
    return check(id, description,
                 [count](const LessonContext &c) { return podsOn(c, kBlue, kNode) == count; });
}

LessonAction scaleTo(int replicas)
{
    LessonAction a = action(LessonAction::Kind::Scale, {}, 60);
    a.target = QStringLiteral("default/blue");
    a.replicas = replicas;
    a.until = [replicas](const LessonContext &c) {
        return c.readyPods(QStringLiteral("default"), kBlue) == replicas;
    };
    return a;
}

QList<LessonStep> cordonSteps()
{
    QList<LessonStep> steps;
    LessonStep s = step(
        QStringLiteral("cluster"),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Six blue replicas on three workers")),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons", "The blue Deployment runs two replicas on each worker.")),
        QStringLiteral("kubectl get pods -o wide"));
    s.observe = observePods({kBlue});
    s.checks << blueAtDesired()
             << blueOnNode(QStringLiteral("two-on-node01"),
                           text(QT_TRANSLATE_NOOP("Slipway::Lessons", "node01 runs two blue pods.")), 2);
    steps << s;

    s = step(QStringLiteral("cordon"), text(QT_TRANSLATE_NOOP("Slipway::Lessons", "kubectl cordon node01")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "Cordon only marks the node unschedulable (SchedulingDisabled). The pods already "
                 "running there stay where they are; only new pods avoid the node.")),
             QStringLiteral("kubectl cordon node01\nkubectl get nodes"));
    s.action = action(LessonAction::Kind::Custom, kNode, 5);
    s.action.custom = [](LessonContext &c) {
        c.notes.insert(kPodsBefore, podNamesOn(c, kBlue, kNode));
        c.sim->updateNode(kNode, [](Node &n) { n.unschedulable = true; });
    };
    s.observe = observePods({kBlue});
    s.checks << check(QStringLiteral("cordoned"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons", "node01 is SchedulingDisabled.")),
                      [](const LessonContext &c) {
                          const Node *n = c.node(kNode);
                          return n && n->unschedulable;
                      })
             << check(QStringLiteral("pods-stay"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                             "The same two blue pods still run on node01.")),
                      [](const LessonContext &c) {
                          return podNamesOn(c, kBlue, kNode) == c.notes.value(kPodsBefore);
                      });
    steps << s;

    s = step(QStringLiteral("scale-up-cordoned"),
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "New pods avoid a cordoned node")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "Scaling blue to nine creates three new pods. The scheduler skips node01, so they all "
                 "land on node02 and node03.")),
             QStringLiteral("kubectl scale deployment blue --replicas=9\nkubectl get pods -o wide"));
    s.action = scaleTo(9);
    s.observe = observePods({kBlue});
    s.checks << blueAtDesired()
             << blueOnNode(
                    QStringLiteral("none-new-on-node01"),
                    text(QT_TRANSLATE_NOOP("Slipway::Lessons", "node01 still runs only its two blue pods.")),
                    2);
    steps << s;
    return steps;
}

QList<LessonStep> drainSteps()
{
    QList<LessonStep> steps;
    LessonStep s = step(
        QStringLiteral("drain"), text(QT_TRANSLATE_NOOP("Slipway::Lessons", "kubectl drain node01")),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                               "Drain cordons the node (already done) and evicts its pods one by one. The "
                               "blue ReplicaSet replaces each evicted pod on another node. DaemonSet pods "
                               "stay (--ignore-daemonsets); a pod without a controller would need "
                               "--force and would be lost.")),
        QStringLiteral("kubectl drain node01 --ignore-daemonsets"));
    s.action = action(LessonAction::Kind::Drain, kNode, 60);
    s.action.until = [](const LessonContext &c) {
        return c.readyPods(QStringLiteral("default"), kBlue) == 9;
    };
    s.observe = observePods({kBlue});
    s.checks << blueAtDesired()
             << blueOnNode(QStringLiteral("node01-empty"),
                           text(QT_TRANSLATE_NOOP("Slipway::Lessons", "No blue pod runs on node01.")), 0);
    steps << s;

    s = step(QStringLiteral("uncordon"),
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "kubectl uncordon node01")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "After maintenance the node takes pods again. But nothing moves back: Kubernetes does "
                 "not rebalance running pods. node01 stays empty until new pods are created.")),
             QStringLiteral("kubectl uncordon node01\nkubectl get pods -o wide"));
    s.action = action(LessonAction::Kind::Uncordon, kNode, 300);
    s.observe = observePods({kBlue});
    s.checks << blueAtDesired()
             << blueOnNode(QStringLiteral("nothing-moved-back"),
                           text(QT_TRANSLATE_NOOP(
                               "Slipway::Lessons",
                               "Five minutes after uncordon no blue pod has moved back to node01.")),
                           0);
    steps << s;

    s = step(QStringLiteral("scale-up"),
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "New pods fill the empty node")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "Scaling blue to twelve creates three pods. The scheduler prefers the node with the "
                 "fewest pods of the same Deployment: node01.")),
             QStringLiteral("kubectl scale deployment blue --replicas=12\nkubectl get pods -o wide"));
    s.action = scaleTo(12);
    s.observe = observePods({kBlue});
    s.checks << blueAtDesired()
             << blueOnNode(
                    QStringLiteral("new-pods-on-node01"),
                    text(QT_TRANSLATE_NOOP("Slipway::Lessons", "The three new blue pods run on node01.")), 3);
    steps << s;
    return steps;
}

} // namespace

Lesson cordonLesson()
{
    return lesson(
        3, QStringLiteral("cordon-drain"),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Cordon, drain, uncordon")),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                               "What each does to new and existing pods; after uncordon nothing moves back "
                               "until new pods are created.")),
        QStringLiteral("lesson-classroom"), cordonSteps() + drainSteps());
}

} // namespace Slipway::LessonBuild
