// Lesson 2: reboot vs drain (docs/lessons.md, FACTS §5 and §6). The same maintenance of node02 —
// the worker with two blue replicas and the single bare green pod of lesson 1 — done three ways:
// A a plain reboot shorter than the 300 s toleration, B a plain reboot longer than it, C cordon →
// drain → reboot → uncordon. Green's downtime is measured from the simulator's state in each part
// (serving = a Ready pod that is not being deleted, on a machine that is powered on) and the three
// are compared in one table.
#include "sim/lessons/lessonbuilders.h"

#include "sim/engine/simulator.h"

namespace Slipway::LessonBuild {

namespace {

const QString kDefault = QStringLiteral("default");
const QString kBlue = QStringLiteral("blue");
const QString kGreen = QStringLiteral("green");
const QString kNode = QStringLiteral("node02");
const QString kUnreachable = QStringLiteral("node.kubernetes.io/unreachable");
const QString kNoExecute = QStringLiteral("NoExecute");
constexpr qint64 kShortRebootSeconds = 120; // part A: back well within the 300 s toleration
constexpr qint64 kLongRebootSeconds = 420;  // parts B and C: seven minutes

// Notes the meter keeps (LessonContext::notes).
const QString kPart = QStringLiteral("part");             // "A", "B", "C" or empty (not measured)
const QString kDownSince = QStringLiteral("green-down");  // ms since epoch; empty while green serves
const QString kPartStart = QStringLiteral("part-start");  // ms since epoch
const QString kGreenBefore = QStringLiteral("green-uid"); // part A: the green pod before the reboot
const QString kBlueBefore = QStringLiteral("blue-on-node02");
const QString kDownBeforeReboot = QStringLiteral("green-down-ms-before-reboot");

QString downKey(const QString &part)
{
    return QStringLiteral("green-down-ms-") + part;
}

// When green's pod got its deletionTimestamp, in ms after the part began (B: the eviction).
QString deletedKey(const QString &part)
{
    return QStringLiteral("green-deleted-ms-") + part;
}

QString blueMinKey(const QString &part)
{
    return QStringLiteral("blue-min-") + part;
}

// Table cells and labels: written as QT_TRANSLATE_NOOP("Slipway::Lessons", …) at each use, so
// lupdate files them under the context they are looked up in (a bare tr() here would be filed
// under Slipway::LessonBuild and never found).
QString translated(const char *source)
{
    return QCoreApplication::translate("Slipway::Lessons", source);
}

QString duration(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    return s >= 60 ? translated(QT_TRANSLATE_NOOP("Slipway::Lessons", "%1 min %2 s"))
                         .arg(s / 60)
                         .arg(s % 60, 2, 10, QLatin1Char('0'))
                   : translated(QT_TRANSLATE_NOOP("Slipway::Lessons", "%1 s")).arg(s);
}

// What a client of the Service would see: a green (blue) pod that is Ready, not being deleted, and
// whose machine is powered on. The API keeps showing a pod of a dead machine Ready until the node
// controller notices (the grace period), so the machine's power is read from the simulator.
int serving(const LessonContext &c, const QString &prefix)
{
    int n = 0;
    for (const Pod &p : c.pods(kDefault, prefix)) {
        if (p.ready && p.phase == PodPhase::Running && !p.nodeName.isEmpty() &&
            c.sim->isNodePoweredOn(p.nodeName))
            ++n;
    }
    return n;
}

bool greenServing(const LessonContext &c)
{
    return serving(c, kGreen) > 0;
}

qint64 nowMs(const LessonContext &c)
{
    return c.sim->now().toMSecsSinceEpoch();
}

qint64 note(const LessonContext &c, const QString &key)
{
    return c.notes.value(key).toLongLong();
}

// Green's downtime in `part` so far, the running interval included.
qint64 greenDownMs(const LessonContext &c, const QString &part)
{
    qint64 ms = note(c, downKey(part));
    if (c.notes.value(kPart) == part && c.notes.contains(kDownSince))
        ms += nowMs(c) - note(c, kDownSince);
    return ms;
}

// Looks at green and blue after every change of the practice cluster (and after each power cut,
// which writes nothing): opens and closes green's down intervals, keeps blue's lowest count.
void meter(LessonContext &c)
{
    const QString part = c.notes.value(kPart);
    if (part.isEmpty())
        return;
    const bool up = greenServing(c);
    if (!up && !c.notes.contains(kDownSince)) {
        c.notes.insert(kDownSince, QString::number(nowMs(c)));
    } else if (up && c.notes.contains(kDownSince)) {
        c.notes.insert(downKey(part),
                       QString::number(note(c, downKey(part)) + nowMs(c) - note(c, kDownSince)));
        c.notes.remove(kDownSince);
    }
    if (!c.notes.contains(deletedKey(part))) {
        const QList<Pod> green = c.pods(kDefault, kGreen, true);
        if (std::any_of(green.cbegin(), green.cend(), [](const Pod &p) { return bool(p.deletionTimestamp); }))
            c.notes.insert(deletedKey(part), QString::number(nowMs(c) - note(c, kPartStart)));
    }
    const int blue = serving(c, kBlue);
    if (!c.notes.contains(blueMinKey(part)) || blue < note(c, blueMinKey(part)))
        c.notes.insert(blueMinKey(part), QString::number(blue));
}

void startMeter(LessonContext &c)
{
    LessonContext *ctx = &c;
    QObject::connect(c.sim, &Simulator::changed, c.sim, [ctx](const WatchEvent &event) {
        if (event.object.kind == ResourceKind::Pod || event.object.kind == ResourceKind::Node)
            meter(*ctx);
    });
}

// Ends the measurement of the current part (a down interval is cut at this instant) and starts
// `part` (empty: not measured).
void setPart(LessonContext &c, const QString &part)
{
    meter(c);
    const QString old = c.notes.value(kPart);
    if (!old.isEmpty() && c.notes.contains(kDownSince))
        c.notes.insert(downKey(old), QString::number(greenDownMs(c, old)));
    c.notes.remove(kDownSince);
    c.notes.insert(kPart, part);
    c.notes.insert(kPartStart, QString::number(nowMs(c)));
    meter(c);
}

std::optional<Pod> greenPod(const LessonContext &c)
{
    for (const Pod &p : c.pods(kDefault, kGreen, true)) {
        if (p.name == kGreen)
            return p;
    }
    return std::nullopt;
}

bool greenGone(const LessonContext &c)
{
    return c.pods(kDefault, kGreen, true).isEmpty();
}

QString greenNode(const LessonContext &c)
{
    const QList<Pod> pods = c.pods(kDefault, kGreen);
    return pods.isEmpty() ? QString() : pods.constFirst().nodeName;
}

// One row of the comparison, added when its part is over. Short cells: the table has to fit the
// presenter view's step panel in an 18 pt fixed-width font (under 60 characters).
void addRow(LessonContext &c, const QString &part, const QString &label, const QString &afterwards)
{
    if (c.table.headers.isEmpty())
        c.table.headers = QStringList{translated(QT_TRANSLATE_NOOP("Slipway::Lessons", "MAINTENANCE")),
                                      translated(QT_TRANSLATE_NOOP("Slipway::Lessons", "GREEN DOWN")),
                                      translated(QT_TRANSLATE_NOOP("Slipway::Lessons", "BLUE UP")),
                                      translated(QT_TRANSLATE_NOOP("Slipway::Lessons", "GREEN AFTER"))};
    // A pod that is gone has no downtime to measure: it stays down until someone creates it again.
    const QString down = greenGone(c) ? translated(QT_TRANSLATE_NOOP("Slipway::Lessons", "for good"))
                                      : duration(greenDownMs(c, part));
    const QString blue =
        QStringLiteral("%1/%2").arg(note(c, blueMinKey(part))).arg(c.desiredReplicas(kDefault, kBlue));
    c.table.rows << LessonTableRow{label, {down, blue, afterwards}};
}

QString measuredLine(const LessonContext &c, const QString &part)
{
    return translated(
               QT_TRANSLATE_NOOP("Slipway::Lessons",
                                 "Green down in this part: %1 (measured on the practice cluster's clock)."))
        .arg(duration(greenDownMs(c, part)))
        .append(u'\n');
}

LessonCheck greenDownBetween(const QString &id, const LessonText &description, const QString &part,
                             qint64 fromSeconds, qint64 toSeconds)
{
    return check(id, description, [part, fromSeconds, toSeconds](const LessonContext &c) {
        const qint64 ms = greenDownMs(c, part);
        return ms >= fromSeconds * 1000 && ms <= toSeconds * 1000;
    });
}

LessonCheck blueNeverDown(const QString &id, const QString &part)
{
    return check(id,
                 text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                        "Blue kept serving throughout: at least four replicas answered.")),
                 [part](const LessonContext &c) { return note(c, blueMinKey(part)) >= 4; });
}

LessonAction rebootNow(const QString &part, qint64 seconds, qint64 waitSeconds)
{
    LessonAction a = action(LessonAction::Kind::Custom, kNode, waitSeconds);
    a.custom = [part, seconds](LessonContext &c) {
        c.notes.insert(kBlueBefore, podNamesOn(c, kBlue, kNode));
        if (const auto p = greenPod(c))
            c.notes.insert(kGreenBefore, p->uid);
        if (!part.isEmpty() && c.notes.value(kPart) != part)
            setPart(c, part);
        c.notes.insert(kDownBeforeReboot, QString::number(greenDownMs(c, part)));
        c.sim->rebootNode(kNode, seconds);
        meter(c); // the power cut writes nothing: green stops serving now
    };
    return a;
}

// ---- part A: a short plain reboot ----

QList<LessonStep> partA()
{
    QList<LessonStep> steps;
    LessonStep s = step(
        QStringLiteral("cluster"),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons", "node02 needs maintenance: a kernel update and a reboot")),
        text(QT_TRANSLATE_NOOP(
            "Slipway::Lessons",
            "The cluster of lesson 1: three workers run six replicas of the blue Deployment, two on "
            "each node, and node02 also runs the single green pod, created with kubectl run and "
            "watched by no controller. node02 needs a reboot. We do the same maintenance three "
            "times: A a plain reboot that is over in two minutes, B a plain reboot that takes seven, "
            "C cordon and drain first. Each time we measure how long green does not answer.")),
        QStringLiteral("kubectl get nodes\nkubectl get pods -o wide"));
    s.action = action(LessonAction::Kind::Custom);
    s.action.custom = [](LessonContext &c) {
        startMeter(c);
    };
    s.observe = observePods({kBlue, kGreen});
    s.checks << blueAtDesired() << podRunningOn(kGreen, kNode);
    steps << s;

    s = step(QStringLiteral("reboot-short"),
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "A: plain reboot of node02, two minutes")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "We reboot node02 without telling Kubernetes. Its containers stop at once: green "
                 "stops answering now, and blue answers from its four replicas on node01 and node03. "
                 "The API does not know yet. Only after the node-monitor grace period (50 s) does "
                 "node02 turn NotReady and its pods turn 0/1; the unreachable taint starts the "
                 "300 s toleration.")),
             QStringLiteral("ssh node02 sudo systemctl reboot\nkubectl get nodes --watch"));
    s.action = rebootNow(QStringLiteral("A"), kShortRebootSeconds, kShortRebootSeconds);
    s.action.until = [](const LessonContext &c) {
        return c.nodeReady(kNode) == ConditionStatus::Unknown;
    };
    s.observe = observePods({kBlue, kGreen});
    s.checks << nodeReadyIs(kNode, ConditionStatus::Unknown) << podRunningOn(kGreen, kNode)
             << check(QStringLiteral("green-down"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Green does not answer.")),
                      [](const LessonContext &c) { return !greenServing(c); })
             << blueNeverDown(QStringLiteral("blue-serving"), QStringLiteral("A"));
    steps << s;

    s = step(QStringLiteral("back-in-time"),
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "node02 is back after two minutes")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "node02 boots, its kubelet reports Ready before the 300 s toleration ran out, the "
                 "taint goes away and the kubelet starts the same pods again: same names, same "
                 "uids, same node. Nothing was evicted. But green was down for the whole reboot "
                 "plus the time its container needs to start and pass its readiness probe.")),
             QStringLiteral("kubectl get nodes\nkubectl get pods -o wide"));
    s.action.waitSeconds = 300;
    s.action.until = [](const LessonContext &c) {
        return c.nodeReady(kNode) == ConditionStatus::True && greenServing(c) &&
               serving(c, kBlue) == c.desiredReplicas(kDefault, kBlue);
    };
    s.observe = observePods({kBlue, kGreen});
    s.observe.extra = [](const LessonContext &c) {
        return measuredLine(c, QStringLiteral("A"));
    };
    s.checks << nodeReadyIs(kNode, ConditionStatus::True) << blueAtDesired()
             << check(QStringLiteral("same-green"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                             "The same green pod (same uid) runs on node02 again.")),
                      [](const LessonContext &c) {
                          const auto p = greenPod(c);
                          return p && p->uid == c.notes.value(kGreenBefore) && p->nodeName == kNode &&
                                 !p->deletionTimestamp && greenServing(c);
                      })
             << check(QStringLiteral("nothing-evicted"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                             "The same two blue pods run on node02: nothing was evicted.")),
                      [](const LessonContext &c) {
                          const QString before = c.notes.value(kBlueBefore);
                          return !before.isEmpty() && podNamesOn(c, kBlue, kNode) == before;
                      })
             << greenDownBetween(
                    QStringLiteral("green-down-for-the-reboot"),
                    text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                           "Green was down for the reboot (120 s) and its start-up, "
                                           "not more than 15 s longer.")),
                    QStringLiteral("A"), kShortRebootSeconds, kShortRebootSeconds + 15);
    steps << s;
    return steps;
}

// ---- part B: a plain reboot longer than five minutes ----

QList<LessonStep> partB()
{
    QList<LessonStep> steps;
    LessonStep s =
        step(QStringLiteral("reboot-long"),
             text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                    "B: plain reboot again, but this one takes seven minutes")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "This time the firmware update makes the reboot take seven minutes. As in A, node02 "
                 "turns NotReady after 50 s and gets the unreachable taint. But the pods tolerate that "
                 "taint only for 300 s: when the time is up the taint-eviction controller deletes them. "
                 "Blue's ReplicaSet creates two replacements on node01 and node03 at once. Green has no "
                 "controller: it is deleted and nobody creates it again. Its object stays Terminating "
                 "until node02's kubelet can confirm.")),
             QStringLiteral("ssh node02 sudo systemctl reboot\nkubectl get pods -o wide --watch"));
    s.action = rebootNow(QStringLiteral("B"), kLongRebootSeconds, kLongRebootSeconds);
    s.action.custom = [custom = s.action.custom](LessonContext &c) {
        addRow(c, QStringLiteral("A"), translated(QT_TRANSLATE_NOOP("Slipway::Lessons", "A: reboot 2 min")),
               translated(QT_TRANSLATE_NOOP("Slipway::Lessons", "same pod, %1")).arg(greenNode(c)));
        custom(c);
    };
    s.action.until = [](const LessonContext &c) {
        const auto p = greenPod(c);
        return (!p || p->deletionTimestamp) &&
               c.readyPods(kDefault, kBlue) == c.desiredReplicas(kDefault, kBlue);
    };
    s.observe = observePods({kBlue, kGreen});
    s.checks << check(
                    QStringLiteral("unreachable-taint"),
                    text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                           "node02 has the node.kubernetes.io/unreachable:NoExecute taint.")),
                    [](const LessonContext &c) { return hasTaint(c, kNode, kUnreachable, kNoExecute); })
             << check(QStringLiteral("green-evicted"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons", "The green pod is being deleted.")),
                      [](const LessonContext &c) {
                          const auto p = greenPod(c);
                          return !p || p->deletionTimestamp;
                      })
             << check(QStringLiteral("evicted-after-toleration"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                             "The eviction came after the grace period plus 300 s.")),
                      [](const LessonContext &c) {
                          // The grace counts from the last Lease renewal, up to 10 s before the cut.
                          return note(c, deletedKey(QStringLiteral("B"))) >= (50 - 10 + 300) * 1000;
                      })
             << blueAtDesired() << blueNeverDown(QStringLiteral("blue-serving"), QStringLiteral("B"));
    steps << s;

    s = step(QStringLiteral("back-late"),
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "node02 is back after seven minutes: green is gone")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "node02 boots and its kubelet confirms the deletions: the old blue pods and the green "
                 "pod disappear. Blue has its six replicas on node01 and node03 and does not move "
                 "back. Green is gone for good and stays down until someone creates it again. A "
                 "reboot is only harmless while it is shorter than the toleration — and nobody can "
                 "promise that.")),
             QStringLiteral("kubectl get nodes\nkubectl get pods -o wide"));
    s.action.waitSeconds = 180;
    s.action.until = [](const LessonContext &c) {
        return c.nodeReady(kNode) == ConditionStatus::True && greenGone(c);
    };
    s.observe = observePods({kBlue, kGreen});
    s.observe.extra = [](const LessonContext &c) {
        return measuredLine(c, QStringLiteral("B"));
    };
    s.checks << nodeReadyIs(kNode, ConditionStatus::True) << blueAtDesired()
             << check(QStringLiteral("green-gone"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                             "The green pod is gone and no other green pod was created.")),
                      greenGone)
             << check(QStringLiteral("blue-not-back"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons", "No blue replica moved back to node02.")),
                      [](const LessonContext &c) { return podsOn(c, kBlue, kNode) == 0; })
             << greenDownBetween(
                    QStringLiteral("green-down-whole-reboot"),
                    text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Green has been down since the reboot began, "
                                                               "seven minutes and more.")),
                    QStringLiteral("B"), kLongRebootSeconds, 24 * 3600);
    steps << s;
    return steps;
}

// ---- part C: cordon, drain, reboot, uncordon ----

// Green recreated under a Deployment, which the scheduler puts on node02.
LessonStep greenDeploymentStep()
{
    LessonStep s =
        step(QStringLiteral("green-deployment"),
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "C: green again, this time under a Deployment")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "Green has to be created again anyway. A pod without a controller cannot be drained: "
                 "kubectl drain refuses it (cannot delete Pods that declare no controller (use --force "
                 "to override)), and --force deletes it for good — part B's loss, on purpose. So green "
                 "now runs under a Deployment with one replica. The scheduler puts it on the emptiest "
                 "worker, node02.")),
             QStringLiteral("kubectl create deployment green --image=nginx:1.27\nkubectl get pods -o wide"));
    s.action = action(LessonAction::Kind::Custom, {}, 60);
    s.action.custom = [](LessonContext &c) {
        addRow(c, QStringLiteral("B"), translated(QT_TRANSLATE_NOOP("Slipway::Lessons", "B: reboot 7 min")),
               translated(QT_TRANSLATE_NOOP("Slipway::Lessons", "evicted at %1"))
                   .arg(duration(note(c, deletedKey(QStringLiteral("B"))))));
        setPart(c, {});
        const auto blue = c.sim->get(ResourceKind::Deployment, kDefault, kBlue);
        if (!blue)
            return;
        Workload green = blue->workload;
        green.name = kGreen;
        green.uid.clear();
        green.labels = LabelMap{{QStringLiteral("app"), kGreen}};
        green.selector = green.labels;
        green.replicas = 1;
        green.readyReplicas = 0;
        for (Container &container : green.containers)
            container.name = QStringLiteral("nginx");
        c.sim->createWorkload(green);
    };
    s.action.until = greenServing;
    s.observe = observePods({kBlue, kGreen});
    s.checks << blueAtDesired()
             << check(QStringLiteral("green-on-node02"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Green's one replica answers on node02.")),
                      [](const LessonContext &c) { return greenServing(c) && greenNode(c) == kNode; });
    return s;
}

// kubectl cordon node02.
LessonStep cordonStep()
{
    LessonStep s =
        step(QStringLiteral("cordon"), text(QT_TRANSLATE_NOOP("Slipway::Lessons", "kubectl cordon node02")),
             text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                    "First no new pods for node02: it turns SchedulingDisabled. Green keeps "
                                    "running there for now.")),
             QStringLiteral("kubectl cordon node02\nkubectl get nodes"));
    s.action = action(LessonAction::Kind::Custom, kNode, 5);
    s.action.custom = [](LessonContext &c) {
        setPart(c, QStringLiteral("C"));
        c.sim->updateNode(kNode, [](Node &n) { n.unschedulable = true; });
    };
    s.observe = observePods({kGreen}, {kNode});
    s.checks << check(QStringLiteral("cordoned"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons", "node02 is SchedulingDisabled.")),
                      [](const LessonContext &c) {
                          const Node *n = c.node(kNode);
                          return n && n->unschedulable;
                      });
    return s;
}

// kubectl drain node02: green moves, down for one pod start.
LessonStep drainStep()
{
    LessonStep s =
        step(QStringLiteral("drain"), text(QT_TRANSLATE_NOOP("Slipway::Lessons", "kubectl drain node02")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "Drain evicts green's pod through the Eviction API. The Deployment's ReplicaSet creates "
                 "a replacement at once and the scheduler puts it on another worker; green does not "
                 "answer from the eviction until the new pod is Ready: the time one pod needs to "
                 "start. With two replicas (and a PodDisruptionBudget) it would not stop at all — "
                 "like blue. Drain returns when the old pod is gone.")),
             QStringLiteral("kubectl drain node02 --ignore-daemonsets\nkubectl get pods -o wide"));
    s.action = action(LessonAction::Kind::Drain, kNode, 60);
    s.action.until = [](const LessonContext &c) {
        return greenServing(c) && greenNode(c) != kNode;
    };
    s.observe = observePods({kBlue, kGreen});
    s.observe.extra = [](const LessonContext &c) {
        return measuredLine(c, QStringLiteral("C"));
    };
    s.checks << check(QStringLiteral("green-moved"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                             "Green answers from another worker; nothing runs on node02.")),
                      [](const LessonContext &c) {
                          return greenServing(c) && !greenNode(c).isEmpty() && greenNode(c) != kNode &&
                                 podsOn(c, kGreen, kNode) == 0 && podsOn(c, kBlue, kNode) == 0;
                      })
             << greenDownBetween(QStringLiteral("green-down-one-start"),
                                 text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                                        "Green was down only while its new pod started "
                                                        "(a few seconds, at most 15).")),
                                 QStringLiteral("C"), 1, 15);
    return s;
}

// The seven-minute reboot of the drained node: nobody notices.
LessonStep rebootDrainedStep()
{
    LessonStep s =
        step(QStringLiteral("reboot-drained"),
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "The seven-minute reboot of an empty node")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "Now the same seven-minute reboot as in B. node02 turns NotReady and gets the "
                 "unreachable taint, but only DaemonSet pods are left there and they tolerate it. "
                 "Green and blue keep answering from the other workers the whole time.")),
             QStringLiteral("ssh node02 sudo systemctl reboot\nkubectl get nodes --watch"));
    s.action = rebootNow(QStringLiteral("C"), kLongRebootSeconds, kLongRebootSeconds + 60);
    s.action.until = [](const LessonContext &c) {
        return c.sim->isNodePoweredOn(kNode) && c.nodeReady(kNode) == ConditionStatus::True;
    };
    s.observe = observePods({kBlue, kGreen});
    s.checks << nodeReadyIs(kNode, ConditionStatus::True) << blueAtDesired()
             << blueNeverDown(QStringLiteral("blue-serving"), QStringLiteral("C"))
             << check(QStringLiteral("green-up-during-reboot"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Green did not stop during the reboot.")),
                      [](const LessonContext &c) {
                          return greenServing(c) &&
                                 greenDownMs(c, QStringLiteral("C")) == note(c, kDownBeforeReboot);
                      });
    return s;
}

// kubectl uncordon node02: nothing was lost.
LessonStep uncordonStep()
{
    LessonStep s = step(QStringLiteral("uncordon"),
                        text(QT_TRANSLATE_NOOP("Slipway::Lessons", "kubectl uncordon node02")),
                        text(QT_TRANSLATE_NOOP(
                            "Slipway::Lessons",
                            "The maintenance is over: node02 takes pods again. Nothing moves back by itself "
                            "(lesson 3); new pods will fill it.")),
                        QStringLiteral("kubectl uncordon node02\nkubectl get nodes"));
    s.action = action(LessonAction::Kind::Uncordon, kNode, 30);
    s.observe = observePods({kBlue, kGreen});
    s.checks << check(QStringLiteral("schedulable"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons", "node02 is Ready and schedulable.")),
                      [](const LessonContext &c) {
                          const Node *n = c.node(kNode);
                          return n && !n->unschedulable && n->ready == ConditionStatus::True;
                      })
             << check(QStringLiteral("nothing-lost"),
                      text(QT_TRANSLATE_NOOP(
                          "Slipway::Lessons",
                          "Nothing was lost: green's replica and all six blue replicas answer.")),
                      [](const LessonContext &c) {
                          return serving(c, kGreen) == c.desiredReplicas(kDefault, kGreen) &&
                                 serving(c, kBlue) == c.desiredReplicas(kDefault, kBlue);
                      });
    return s;
}

QList<LessonStep> partC()
{
    return {greenDeploymentStep(), cordonStep(), drainStep(), rebootDrainedStep(), uncordonStep()};
}

LessonStep compareStep()
{
    LessonStep s =
        step(QStringLiteral("compare"),
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Reboot vs drain, side by side")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "A plain reboot costs a single replica the whole reboot, and if the reboot outlasts the "
                 "300 s toleration the pod is evicted — for a pod without a controller, for good. Cordon "
                 "and drain first: the pods move while the node is still healthy, a single replica is down "
                 "only while its new pod starts, and the maintenance may take as long as it needs.")),
             QStringLiteral("kubectl cordon node02\nkubectl drain node02 --ignore-daemonsets\n"
                            "# maintenance, reboot\nkubectl uncordon node02"));
    s.action = action(LessonAction::Kind::Custom);
    s.action.custom = [](LessonContext &c) {
        addRow(c, QStringLiteral("C"), translated(QT_TRANSLATE_NOOP("Slipway::Lessons", "C: drain first")),
               translated(QT_TRANSLATE_NOOP("Slipway::Lessons", "new pod, %1")).arg(greenNode(c)));
        setPart(c, {});
    };
    s.observe.table = true;
    s.observe.extra = [](const LessonContext &) {
        return QString(); // the table is the observation
    };
    s.checks << check(QStringLiteral("drain-shortest"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                             "Green was down for the shortest time in C, the longest in B.")),
                      [](const LessonContext &c) {
                          const qint64 a = note(c, downKey(QStringLiteral("A")));
                          const qint64 b = note(c, downKey(QStringLiteral("B")));
                          const qint64 cc = note(c, downKey(QStringLiteral("C")));
                          return cc > 0 && cc < a && a < b;
                      })
             << check(QStringLiteral("three-rows"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons", "The table compares A, B and C.")),
                      [](const LessonContext &c) { return c.table.rows.size() == 3; });
    return s;
}

} // namespace

Lesson rebootLesson()
{
    return lesson(
        2, QStringLiteral("reboot-vs-drain"), text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Reboot vs drain")),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                               "The same maintenance three ways: a short plain reboot (green down "
                               "for the reboot), a long one (green evicted after five minutes, "
                               "gone for good), and cordon, drain, reboot, uncordon (green down "
                               "only while its new pod starts).")),
        QStringLiteral("lesson-classroom"), partA() + partB() + partC() + QList<LessonStep>{compareStep()});
}

} // namespace Slipway::LessonBuild
