// Lesson 5: the kubeadm upgrade 1.11 → 1.12 → 1.13 on a single master (docs/lessons.md, FACTS §3,
// §4). Each command is the one `slipway plan` shows (models/upgradecommands.h).
#include "sim/lessons/lessonbuilders.h"

#include "models/componentversions.h"
#include "models/releasecatalog.h"
#include "models/texttable.h"
#include "models/upgradecommands.h"
#include "sim/engine/simulator.h"

namespace Slipway::LessonBuild {

namespace {

const QString kMaster = QStringLiteral("master");
const QStringList kWorkers{QStringLiteral("node01"), QStringLiteral("node02")};
const QString kBlue = QStringLiteral("blue");
const QString kDefault = QStringLiteral("default");

QString lines(const QStringList &commands)
{
    return commands.join(QLatin1Char('\n'));
}

// lupdate files a bare tr("…") inside namespace Slipway::LessonBuild under the context
// "Slipway::LessonBuild" (translations/slipway_ko.ts has them there): look them up there, or the
// Korean catalog never finds them and these cells play in English under --lang ko.
QString tr(const char *source)
{
    return QCoreApplication::translate("Slipway::LessonBuild", source);
}

QString apiServerVersion(const LessonContext &c)
{
    for (const ComponentVersion &v : c.sim->snapshot().components) {
        if (v.component == QLatin1String("kube-apiserver"))
            return v.version;
    }
    return {};
}

// `kubeadm upgrade plan`'s table: what runs now and what `apply` installs.
QString planTable(const LessonContext &c, const Version &target)
{
    const ReleaseCatalog &catalog = ReleaseCatalog::bundled();
    TextTable table({tr("COMPONENT"), tr("CURRENT"), tr("TARGET")});
    for (const ComponentVersion &v : c.sim->snapshot().components) {
        QString to = target.toString();
        if (v.component == QLatin1String("etcd"))
            to = catalog.etcdFor(target.minor()).raw();
        else if (v.component == QLatin1String("CoreDNS"))
            to = catalog.coreDnsFor(target.minor()).raw();
        table.addRow({v.component, v.version, to});
    }
    return table.toString();
}

// What a student's kubectl sees right now.
QString kubectlSees(const LessonContext &c)
{
    if (!c.sim->isApiServerAvailable())
        return tr(
            "$ kubectl get nodes\nThe connection to the server was refused - did you specify the right "
            "host or port?\n(kube-apiserver is restarting with its new version; the pods on the workers "
            "keep running.)");
    return tr("$ kubectl version\nServer Version: %1").arg(c.sim->serverGitVersion());
}

bool workerPodsRunning(const LessonContext &c)
{
    const QList<Pod> pods = c.pods(kDefault, kBlue);
    return !pods.isEmpty() && std::all_of(pods.cbegin(), pods.cend(), [](const Pod &p) {
        return p.phase == PodPhase::Running && p.nodeName != kMaster;
    });
}

LessonCheck kubeletAt(const QString &node, const Version &target)
{
    return check(
        QStringLiteral("%1-at-%2").arg(node, target.toString()),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons", "The kubelet on %1 runs %2."), {node, target.toString()}),
        [node, target](const LessonContext &c) {
            const Node *n = c.node(node);
            return n && Version::parse(n->kubeletVersion) == target && n->ready == ConditionStatus::True;
        });
}

QList<LessonStep> controlPlane(const Version &target)
{
    const QString v = target.toString();
    const QString suffix = QLatin1Char('-') + target.minorString();
    QList<LessonStep> steps;
    LessonStep s = step(
        QStringLiteral("kubeadm") + suffix,
        text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Upgrade kubeadm to %1 first"), {v}),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                               "kubeadm does the upgrade, so the new kubeadm comes first: it knows the "
                               "images and the configuration of %1. Nothing in the cluster changes yet."),
             {target.minorTag()}),
        lines(UpgradeCommands::upgradeKubeadm(PackageFamily::Debian, target)));
    s.observe.nodes = QStringList{kMaster};
    steps << s;

    s = step(QStringLiteral("plan") + suffix,
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "kubeadm upgrade plan")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "The plan checks the cluster, reads the versions of the control-plane static pods and "
                 "shows what `apply` would install, etcd and CoreDNS included. One minor at a time: "
                 "skipping a minor is not supported.")),
             lines(UpgradeCommands::kubeadmUpgradePlan(target)));
    s.observe.extra = [target](const LessonContext &c) {
        return planTable(c, target);
    };
    steps << s;

    s = step(QStringLiteral("apply") + suffix,
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "kubeadm upgrade apply %1"), {v}),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "kubeadm replaces the static pod manifests one after the other: etcd, "
                 "kube-apiserver, controller-manager, scheduler. With a single master, kubectl and "
                 "the API are unavailable while kube-apiserver restarts — but the pods on the "
                 "workers keep running: the kubelets do not need the API to keep containers up.")),
             lines(UpgradeCommands::kubeadmUpgradeApply(target)));
    s.action = action(LessonAction::Kind::UpgradeControlPlane, kMaster, 120);
    s.action.version = v;
    s.action.until = [](const LessonContext &c) {
        return !c.sim->isApiServerAvailable();
    };
    s.observe = observePods({kBlue});
    s.observe.extra = kubectlSees;
    s.checks << check(QStringLiteral("api-down") + suffix,
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                             "kube-apiserver is restarting: the API refuses requests.")),
                      [](const LessonContext &c) { return !c.sim->isApiServerAvailable(); })
             << check(QStringLiteral("workers-run") + suffix,
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                             "Every blue pod on the workers is still Running.")),
                      workerPodsRunning);
    steps << s;

    s = step(QStringLiteral("master-kubelet") + suffix,
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "The master is back; then its kubelet")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "kube-apiserver answers again with the new version, then controller-manager and "
                 "scheduler follow. Now the kubelet on the master: a new package and a restart.")),
             lines(UpgradeCommands::upgradeKubelet(PackageFamily::Debian, target) +
                   UpgradeCommands::restartKubelet()));
    s.action.waitSeconds = 300;
    s.action.until = [](const LessonContext &c) {
        return c.sim->isApiServerAvailable() && !c.sim->isNodeUpgrading(kMaster);
    };
    s.observe.nodes = QStringList{kMaster};
    s.observe.extra = kubectlSees;
    s.checks << kubeletAt(kMaster, target)
             << check(QStringLiteral("server-at") + suffix,
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons", "kube-apiserver reports %1."), {v}),
                      [target](const LessonContext &c) {
                          return Version::parse(apiServerVersion(c)) == target;
                      });
    steps << s;
    return steps;
}

QList<LessonStep> worker(const QString &node, const Version &target)
{
    const QString v = target.toString();
    const QString suffix = QLatin1Char('-') + node + QLatin1Char('-') + target.minorString();
    QList<LessonStep> steps;
    LessonStep s = step(
        QStringLiteral("drain") + suffix, text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Drain %1"), {node}),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                               "Before its kubelet changes minor, %1 is drained: cordoned, and its blue "
                               "pods evicted and recreated on the other worker."),
             {node}),
        lines(UpgradeCommands::drain(node)));
    s.action = action(LessonAction::Kind::Drain, node, 60);
    s.observe = observePods({kBlue});
    s.checks << check(QStringLiteral("drained") + suffix,
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons", "No blue pod runs on %1."), {node}),
                      [node](const LessonContext &c) { return podsOn(c, kBlue, node) == 0; });
    steps << s;

    s = step(
        QStringLiteral("upgrade") + suffix,
        text(QT_TRANSLATE_NOOP("Slipway::Lessons", "kubeadm upgrade node and the kubelet on %1"), {node}),
        text(QT_TRANSLATE_NOOP(
            "Slipway::Lessons",
            "On the worker: a new kubeadm, `kubeadm upgrade node` (it rewrites the kubelet's "
            "configuration), then the kubelet package and a restart.")),
        lines(UpgradeCommands::upgradeKubeadm(PackageFamily::Debian, target) +
              UpgradeCommands::kubeadmUpgradeNode() +
              UpgradeCommands::upgradeKubelet(PackageFamily::Debian, target) +
              UpgradeCommands::restartKubelet()));
    s.action = action(LessonAction::Kind::UpgradeNode, node, 120);
    s.action.version = v;
    s.action.until = [node](const LessonContext &c) {
        return !c.sim->isNodeUpgrading(node);
    };
    s.observe.nodes = QStringList{node};
    s.checks << kubeletAt(node, target);
    steps << s;

    s = step(QStringLiteral("uncordon") + suffix,
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Uncordon %1"), {node}),
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "%1 takes new pods again."), {node}),
             lines(UpgradeCommands::uncordon(node)));
    s.action = action(LessonAction::Kind::Uncordon, node, 5);
    s.observe.nodes = QStringList{node};
    s.checks << check(QStringLiteral("schedulable") + suffix,
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons", "%1 is schedulable."), {node}),
                      [node](const LessonContext &c) {
                          const Node *n = c.node(node);
                          return n && !n->unschedulable;
                      });
    steps << s;
    return steps;
}

QList<LessonStep> hop(const Version &target)
{
    QList<LessonStep> steps = controlPlane(target);
    for (const QString &node : kWorkers)
        steps += worker(node, target);
    return steps;
}

} // namespace

Lesson kubeadmLesson()
{
    const ReleaseCatalog &catalog = ReleaseCatalog::bundled();
    const Version v12 = catalog.latestPatch(12);
    const Version v13 = catalog.latestPatch(13);
    LessonStep last =
        step(QStringLiteral("done"),
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Every node at %1"), {v13.toString()}),
             text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                    "kubectl get nodes shows every node Ready at the new version: the "
                                    "cluster went up two minors, one at a time, without the workers' pods "
                                    "ever stopping all at once.")),
             lines(UpgradeCommands::verify()));
    last.observe = observePods({kBlue});
    for (const QString &node : QStringList{kMaster} + kWorkers)
        last.checks << kubeletAt(node, v13);
    last.checks << blueAtDesired();

    return lesson(
        5, QStringLiteral("kubeadm-upgrade"),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons", "The kubeadm upgrade, 1.11 → 1.12 → 1.13")),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                               "kubeadm first, plan, apply on the single master (the API is briefly "
                               "unavailable, the workers' pods keep running), the master's kubelet, then "
                               "each worker: drain, kubeadm upgrade node, kubelet, uncordon.")),
        QStringLiteral("lesson-kubeadm"), hop(v12) + hop(v13) << last);
}

} // namespace Slipway::LessonBuild
