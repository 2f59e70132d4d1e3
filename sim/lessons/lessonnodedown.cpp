// Lesson 1: a node goes down (docs/lessons.md, FACTS §6).
#include "sim/lessons/lessonbuilders.h"

#include "sim/engine/simulator.h"

namespace Slipway::LessonBuild {

namespace {

const QString kDefault = QStringLiteral("default");
const QString kBlue = QStringLiteral("blue");
const QString kGreen = QStringLiteral("green");
const QString kNode = QStringLiteral("node02");
const QString kShortNode = QStringLiteral("node03");
const QString kUnreachable = QStringLiteral("node.kubernetes.io/unreachable");
const QString kNoExecute = QStringLiteral("NoExecute");

std::optional<Pod> greenPod(const LessonContext &c)
{
    const QList<Pod> pods = c.pods(kDefault, kGreen, true);
    for (const Pod &p : pods) {
        if (p.name == kGreen)
            return p;
    }
    return std::nullopt;
}

bool greenGone(const LessonContext &c)
{
    return !c.podExists(kDefault, kGreen) && c.pods(kDefault, kGreen, true).isEmpty();
}

// The green pod was deleted and its grace period has passed: nothing runs it any more.
bool greenEvicted(const LessonContext &c)
{
    const auto p = greenPod(c);
    return !p || (p->deletionTimestamp && *p->deletionTimestamp <= c.sim->now());
}

QString tolerationsOf(const LessonContext &c)
{
    const auto p = greenPod(c);
    if (!p)
        return {};
    QStringList lines;
    for (const Toleration &t : p->tolerations) {
        lines << QStringLiteral("  %1:%2 op=%3%4")
                     .arg(t.key, t.effect, t.op)
                     .arg(t.tolerationSeconds ? QStringLiteral(" for %1s").arg(*t.tolerationSeconds)
                                              : QString());
    }
    return QCoreApplication::translate("Slipway::Lessons", "Tolerations of pod green:") +
           QStringLiteral("\n") + lines.join(u'\n');
}

QList<LessonStep> goingDown()
{
    QList<LessonStep> steps;
    LessonStep s = step(
        QStringLiteral("cluster"),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons", "The cluster before anything fails")),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                               "Three workers run six replicas of the blue Deployment, two on each node. "
                               "The green pod was created on its own with kubectl run: no controller "
                               "watches over it. Both run on node02, the node we are about to lose.")),
        QStringLiteral("kubectl get nodes\nkubectl get pods -o wide"));
    s.observe = observePods({kBlue, kGreen});
    s.checks << blueAtDesired() << podRunningOn(kGreen, kNode);
    steps << s;

    s = step(QStringLiteral("power-off"), text(QT_TRANSLATE_NOOP("Slipway::Lessons", "node02 loses power")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "The kubelet on node02 stops renewing its Lease (every 10 s). The node controller "
                 "checks every 5 s; once it has heard nothing for the node-monitor grace period "
                 "(50 s since Kubernetes 1.32, 40 s before) it sets Ready to Unknown and kubectl "
                 "shows NotReady. The pods on node02 are still listed as bound to it: nobody can "
                 "ask the node what they are doing.")),
             QStringLiteral("# node02 loses power: nothing to type\nkubectl get nodes --watch"));
    s.action = action(LessonAction::Kind::PowerOff, kNode, 120);
    s.action.until = [](const LessonContext &c) {
        return c.nodeReady(kNode) == ConditionStatus::Unknown;
    };
    s.observe = observePods({kBlue, kGreen});
    s.checks << nodeReadyIs(kNode, ConditionStatus::Unknown) << podRunningOn(kGreen, kNode);
    steps << s;

    s = step(QStringLiteral("taint"),
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "The unreachable taint and the 5-minute wait")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "The node controller taints node02 with node.kubernetes.io/unreachable:NoExecute. "
                 "Every pod carries a toleration for that taint for 300 s, added by the "
                 "DefaultTolerationSeconds admission plugin when it was created, so the pods stay "
                 "for five minutes. The course explains the same five minutes as the controller "
                 "manager's --pod-eviction-timeout (default 5m0s): that was the old, non-taint "
                 "path; it had no effect once taint-based eviction became the default (1.13), "
                 "was deprecated in 1.26 and removed in 1.27. Today the 300 s come from the "
                 "tolerations, and a pod can choose its own tolerationSeconds.")),
             QStringLiteral("kubectl describe node node02 | grep Taints\n"
                            "kubectl get pod green -o jsonpath='{.spec.tolerations}'"));
    s.observe = observePods({kGreen}, {kNode});
    s.observe.extra = tolerationsOf;
    s.checks
        << check(QStringLiteral("unreachable-taint"),
                 text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                        "node02 has the node.kubernetes.io/unreachable:NoExecute taint.")),
                 [](const LessonContext &c) { return hasTaint(c, kNode, kUnreachable, kNoExecute); })
        << check(QStringLiteral("green-tolerates-300s"),
                 text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                        "Pod green tolerates node.kubernetes.io/unreachable for 300 s.")),
                 [](const LessonContext &c) {
                     const auto p = greenPod(c);
                     return p && std::any_of(p->tolerations.cbegin(), p->tolerations.cend(),
                                             [](const Toleration &t) {
                                                 return t.key == kUnreachable && t.tolerationSeconds &&
                                                        *t.tolerationSeconds == 300;
                                             });
                 });
    steps << s;
    return steps;
}

QList<LessonStep> evicted()
{
    QList<LessonStep> steps;
    LessonStep s = step(
        QStringLiteral("evicted"), text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Five minutes later: evicted")),
        text(QT_TRANSLATE_NOOP(
            "Slipway::Lessons",
            "300 s after the taint the taint-eviction controller deletes the pods of node02. The "
            "blue ReplicaSet does not count pods that are being deleted, so it creates replacements "
            "at once and the scheduler puts them on node01 and node03. The green pod is deleted "
            "too, and no controller creates it again. Its object stays Terminating until the "
            "kubelet on node02 can confirm the deletion.")),
        QStringLiteral("kubectl get pods -o wide --watch\nkubectl get events --field-selector "
                       "reason=TaintManagerEviction"));
    s.action.waitSeconds = 420;
    s.action.until = [](const LessonContext &c) {
        return greenEvicted(c) && c.readyPods(kDefault, kBlue) == c.desiredReplicas(kDefault, kBlue);
    };
    s.observe = observePods({kBlue, kGreen});
    s.checks << blueAtDesired()
             << check(QStringLiteral("blue-not-on-node02"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                             "No running blue replica is on node02 any more.")),
                      [](const LessonContext &c) { return podsOn(c, kBlue, kNode) == 0; })
             << check(QStringLiteral("green-evicted"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                             "The green pod was deleted and its grace period is over.")),
                      greenEvicted)
             << check(QStringLiteral("green-not-recreated"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons", "No other green pod was created anywhere.")),
                      [](const LessonContext &c) { return c.pods(kDefault, kGreen).isEmpty(); });
    steps << s;

    s = step(QStringLiteral("power-on-late"),
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "node02 comes back after more than 5 minutes")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "node02 boots and its kubelet reports Ready again. It finds pods that were deleted "
                 "while it was away and confirms their deletion: the old blue replicas and the green "
                 "pod disappear. Nothing moves back to node02: the blue Deployment already has its "
                 "six replicas elsewhere, and the green pod is gone for good — it has to be created "
                 "again by hand.")),
             QStringLiteral("# node02 is powered on\nkubectl get nodes\nkubectl get pods -o wide"));
    s.action = action(LessonAction::Kind::PowerOn, kNode, 120);
    s.action.until = [](const LessonContext &c) {
        return c.nodeReady(kNode) == ConditionStatus::True && greenGone(c);
    };
    s.observe = observePods({kBlue, kGreen});
    s.checks << nodeReadyIs(kNode, ConditionStatus::True) << blueAtDesired()
             << check(QStringLiteral("green-gone"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons", "The green pod is gone.")), greenGone)
             << check(QStringLiteral("nothing-moved-back"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons", "No blue replica moved back to node02.")),
                      [](const LessonContext &c) { return podsOn(c, kBlue, kNode) == 0; });
    steps << s;

    s = step(QStringLiteral("never-back"), text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Ten minutes later")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "Nothing brings the green pod back: a pod without a controller is not "
                 "recreated. Run important workloads under a Deployment, StatefulSet or DaemonSet.")),
             QStringLiteral("kubectl get pods -o wide"));
    s.action.waitSeconds = 600;
    s.observe = observePods({kBlue, kGreen});
    s.checks << blueAtDesired()
             << check(QStringLiteral("green-never-back"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons", "The green pod has not come back.")),
                      greenGone);
    steps << s;
    return steps;
}

QList<LessonStep> shortOutage()
{
    QList<LessonStep> steps;
    LessonStep s =
        step(QStringLiteral("power-off-short"),
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "node03 loses power, for less than 5 minutes")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "Now node03 goes down. After the grace period it is NotReady and tainted, and its "
                 "two blue replicas wait out their 300 s toleration.")),
             QStringLiteral("# node03 loses power\nkubectl get nodes --watch"));
    s.action = action(LessonAction::Kind::Custom, kShortNode, 120);
    s.action.custom = [](LessonContext &c) {
        c.notes.insert(QStringLiteral("node03-pods"), podNamesOn(c, kBlue, kShortNode));
        c.sim->powerOffNode(kShortNode);
    };
    s.observe = observePods({kBlue}, {kShortNode});
    s.checks << nodeReadyIs(kShortNode, ConditionStatus::Unknown);
    steps << s;

    s = step(QStringLiteral("power-on-in-time"),
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "node03 is back within 5 minutes")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "node03 is powered on two minutes after it went down, before the 300 s "
                 "toleration ran out. The kubelet reports Ready, the taint is removed, and the "
                 "same two pods keep running there: nothing was evicted or recreated. That is the "
                 "difference the five minutes make.")),
             QStringLiteral("# node03 is powered on\nkubectl get nodes\nkubectl get pods -o wide"));
    s.action = action(LessonAction::Kind::PowerOn, kShortNode, 60);
    s.observe = observePods({kBlue}, {kShortNode});
    s.checks << nodeReadyIs(kShortNode, ConditionStatus::True) << blueAtDesired()
             << check(QStringLiteral("nothing-evicted"),
                      text(QT_TRANSLATE_NOOP(
                          "Slipway::Lessons",
                          "The same blue pods (names and uids) still run on node03: nothing was "
                          "evicted.")),
                      [](const LessonContext &c) {
                          const QString before = c.notes.value(QStringLiteral("node03-pods"));
                          return !before.isEmpty() && podNamesOn(c, kBlue, kShortNode) == before;
                      })
             << check(QStringLiteral("taint-removed"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons", "node03 has no unreachable taint.")),
                      [](const LessonContext &c) {
                          return !hasTaint(c, kShortNode, kUnreachable, kNoExecute);
                      });
    steps << s;
    return steps;
}

} // namespace

Lesson nodeDownLesson()
{
    return lesson(
        1, QStringLiteral("node-down"), text(QT_TRANSLATE_NOOP("Slipway::Lessons", "A node goes down")),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                               "Ready turns Unknown, five minutes of toleration, blue recreated elsewhere, "
                               "green gone for good; back within five minutes, nothing is evicted.")),
        QStringLiteral("lesson-classroom"), goingDown() + evicted() + shortOutage());
}

} // namespace Slipway::LessonBuild
