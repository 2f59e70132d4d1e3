// Lesson 4: versions and skew (docs/lessons.md, FACTS §1, §2, §3.6, docs/skew-rules.md).
#include "sim/lessons/lessonbuilders.h"

#include "models/releasecatalog.h"
#include "models/skewpolicy.h"
#include "models/texttable.h"
#include "sim/lessons/lessonstate.h"

namespace Slipway::LessonBuild {

namespace {

const QString kKubelet = QStringLiteral("kubelet");
const QString kKubectl = QStringLiteral("kubectl");
const QString kControllerManager = QStringLiteral("kube-controller-manager");
// The day of the course: 1.12 is the newest minor (released 2018-09-27).
const QDate kCourseDay(2018, 10, 15);

// lupdate files a bare tr("…") inside namespace Slipway::LessonBuild under the context
// "Slipway::LessonBuild" (translations/slipway_ko.ts has them there): look them up there, or the
// Korean catalog never finds them and these cells play in English under --lang ko.
QString tr(const char *source)
{
    return QCoreApplication::translate("Slipway::LessonBuild", source);
}

bool hasRule(const LessonContext &c, const QString &rule)
{
    return !findingsWithRule(LessonState::skewFindings(c), rule).isEmpty();
}

LessonCheck ruleCheck(const QString &rule, bool present)
{
    return check(
        present ? rule : QStringLiteral("no-") + rule,
        present ? text(QT_TRANSLATE_NOOP("Slipway::Lessons", "SkewPolicy reports %1."), {rule})
                : text(QT_TRANSLATE_NOOP("Slipway::Lessons", "SkewPolicy no longer reports %1."), {rule}),
        [rule, present](const LessonContext &c) { return hasRule(c, rule) == present; });
}

// Within the policy: no error (a kubelet exactly at the limit is a warning, and allowed).
LessonCheck noFindings()
{
    return check(QStringLiteral("within-policy"),
                 text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Every component is within the skew policy.")),
                 [](const LessonContext &c) { return !hasErrors(LessonState::skewFindings(c)); });
}

QString anatomy(const LessonContext &)
{
    const Version v = Version::parse(QStringLiteral("v1.11.3"));
    QString out = tr("v1.11.3: major %1, minor %2, patch %3 (released %4)")
                      .arg(v.major())
                      .arg(v.minor())
                      .arg(v.patch())
                      .arg(ReleaseCatalog::bundled().releaseDateOf(v).toString(Qt::ISODate));
    out.append(QLatin1Char('\n'));
    for (const char *raw : {"v1.11.0-alpha.1", "v1.11.0-beta.2", "v1.11.0-rc.1", "v1.11.0"}) {
        const Version p = Version::parse(QLatin1String(raw));
        out.append(QStringLiteral("  %1  %2\n")
                       .arg(p.toString(), -16)
                       .arg(p.isPreRelease() ? tr("pre-release") : tr("stable")));
    }
    return out;
}

QList<int> supportedMinors(const QDate &day)
{
    const ReleaseCatalog &catalog = ReleaseCatalog::bundled();
    const int newest = catalog.newestMinorReleased(day);
    return {newest - 2, newest - 1, newest};
}

QString supportLine(const QDate &day)
{
    const QList<int> minors = supportedMinors(day);
    QString line = tr("On %1 the newest minor is 1.%2: maintained are %3.")
                       .arg(day.toString(Qt::ISODate))
                       .arg(minors.constLast())
                       .arg(SkewPolicy::minorRange(1, minors.constFirst(), minors.constLast()));
    line.append(QLatin1Char('\n'));
    return line;
}

QString supportWindow(const LessonContext &)
{
    return supportLine(kCourseDay) + supportLine(ReleaseCatalog::bundled().catalogDate());
}

// The allowed ranges for a cluster whose every kube-apiserver is at 1.<n>.
QStringList rangesFor(int n)
{
    return {SkewPolicy::minorRange(1, n - 1, n),
            SkewPolicy::minorRange(1, SkewPolicy::minimumKubeletMinor(n), n),
            SkewPolicy::minorRange(1, SkewPolicy::minimumKubeletMinor(n), n),
            SkewPolicy::minorRange(1, n - 1, n + 1)};
}

QString skewTable(const LessonContext &)
{
    TextTable table({tr("COMPONENT"), tr("COURSE (APISERVER 1.10)"), tr("TODAY (APISERVER 1.34)")});
    const QStringList course = rangesFor(10);
    const QStringList today = rangesFor(34);
    const QStringList names{QStringLiteral("kube-controller-manager, kube-scheduler"), kKubelet,
                            QStringLiteral("kube-proxy"), kKubectl};
    for (int i = 0; i < names.size(); ++i)
        table.addRow({names.at(i), course.at(i), today.at(i)});
    return table.toString();
}

QString addonTable(const LessonContext &)
{
    const ReleaseCatalog &catalog = ReleaseCatalog::bundled();
    TextTable table({tr("KUBERNETES"), QStringLiteral("ETCD"), QStringLiteral("COREDNS")});
    for (int minor : {10, 11, 12, 13, 34, 35, 36})
        table.addRow({QStringLiteral("1.%1").arg(minor), catalog.etcdFor(minor).raw(),
                      catalog.coreDnsFor(minor).raw()});
    return table.toString();
}

LessonObserve withExtra(std::function<QString(const LessonContext &)> extra, bool findings = false)
{
    LessonObserve o;
    o.extra = std::move(extra);
    o.findings = findings;
    return o;
}

LessonStep setVersion(const QString &id, const LessonText &title, const LessonText &narration,
                      const QString &component, const QString &node, const QString &version)
{
    LessonStep s =
        step(id, title, narration,
             QStringLiteral("# the trainer sets %1%2 to %3")
                 .arg(component, node.isEmpty() ? QString() : QStringLiteral(" on ") + node, version));
    s.action.kind = LessonAction::Kind::SetVersion;
    s.action.component = component;
    s.action.node = node;
    s.action.version = version;
    s.observe.findings = true;
    return s;
}

QList<LessonStep> basics()
{
    QList<LessonStep> steps;
    LessonStep s = step(
        QStringLiteral("anatomy"), text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Reading a version: v1.11.3")),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                               "Kubernetes versions are major.minor.patch. v1.11.3 is major 1, minor 11, "
                               "patch 3: minors bring features, patches only fixes. Before a minor is "
                               "released it goes through alpha, beta and release candidates; features "
                               "themselves are alpha (off by default), beta, then stable (GA).")),
        QStringLiteral("kubectl version\nkubectl get nodes"));
    s.observe = withExtra(anatomy);
    steps << s;

    s = step(QStringLiteral("three-minors"),
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Only the newest three minors are maintained")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "The project maintains release branches for the three most recent minors. When the "
                 "course was written 1.12 was the newest, so 1.10, 1.11 and 1.12 got patches; an "
                 "older cluster must be upgraded to keep getting fixes. Since 1.19 each minor gets "
                 "about a year of patches (14 months with maintenance mode).")));
    s.observe = withExtra(supportWindow);
    s.checks << check(
        QStringLiteral("course-window"),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons", "With 1.12 the newest minor, 1.10–1.12 are maintained.")),
        [](const LessonContext &) {
            return supportedMinors(kCourseDay) == QList<int>{10, 11, 12};
        });
    steps << s;

    s = step(QStringLiteral("skew-rules"),
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Who may be how far from kube-apiserver")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "kube-apiserver sets the pace: no component may be newer. With the course's "
                 "kube-apiserver 1.10, controller-manager and scheduler may be 1.9 or 1.10, kubelet "
                 "and kube-proxy 1.8 to 1.10 (two minors older), kubectl 1.9 to 1.11 (one either "
                 "way). Since 1.28 kubelets and kube-proxy may be three minors older (n-3), so for "
                 "1.34 today: 1.31 to 1.34.")),
             QStringLiteral("kubectl version\nkubectl get nodes"));
    s.observe = withExtra(skewTable, true);
    s.checks << check(QStringLiteral("course-ranges"),
                      text(QT_TRANSLATE_NOOP(
                          "Slipway::Lessons",
                          "The course's ranges: controller-manager/scheduler v1.9–v1.10, kubelet and "
                          "kube-proxy v1.8–v1.10, kubectl v1.9–v1.11.")),
                      [](const LessonContext &) {
                          return rangesFor(10) ==
                                 QStringList{QStringLiteral("v1.9–v1.10"), QStringLiteral("v1.8–v1.10"),
                                             QStringLiteral("v1.8–v1.10"), QStringLiteral("v1.9–v1.11")};
                      })
             << check(QStringLiteral("today-ranges"),
                      text(QT_TRANSLATE_NOOP(
                          "Slipway::Lessons",
                          "Today's ranges for 1.34: controller-manager/scheduler v1.33–v1.34, "
                          "kubelet and kube-proxy v1.31–v1.34, kubectl v1.33–v1.35.")),
                      [](const LessonContext &) {
                          return rangesFor(34) ==
                                 QStringList{QStringLiteral("v1.33–v1.34"), QStringLiteral("v1.31–v1.34"),
                                             QStringLiteral("v1.31–v1.34"), QStringLiteral("v1.33–v1.35")};
                      })
             << noFindings();
    steps << s;
    return steps;
}

QList<LessonStep> courseChanges()
{
    QList<LessonStep> steps;
    LessonStep s =
        setVersion(QStringLiteral("kubelet-too-old"),
                   text(QT_TRANSLATE_NOOP("Slipway::Lessons", "A kubelet three minors behind")),
                   text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                                          "node03's kubelet goes to v1.7.16: three minors behind a 1.10 "
                                          "kube-apiserver, one more than the course allows.")),
                   kKubelet, QStringLiteral("node03"), QStringLiteral("v1.7.16"));
    s.checks << ruleCheck(QStringLiteral("kubelet-too-old"), true);
    steps << s;

    s = setVersion(
        QStringLiteral("kubelet-ok"), text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Back within two minors")),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                               "At v1.8.15 the kubelet is two minors behind: allowed, and the finding "
                               "disappears.")),
        kKubelet, QStringLiteral("node03"), QStringLiteral("v1.8.15"));
    s.checks << ruleCheck(QStringLiteral("kubelet-too-old"), false) << noFindings();
    steps << s;

    s = setVersion(
        QStringLiteral("controller-newer"),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons", "A controller-manager newer than the API server")),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                               "Upgrading the controller-manager before kube-apiserver breaks the rule that "
                               "nothing is newer than kube-apiserver: that is why kube-apiserver is always "
                               "upgraded first.")),
        kControllerManager, {}, QStringLiteral("v1.11.10"));
    s.checks << ruleCheck(QStringLiteral("control-plane-component-newer-than-apiserver"), true);
    steps << s;

    s = setVersion(QStringLiteral("controller-back"),
                   text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Controller-manager back at 1.10")),
                   text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Back at v1.10.13 the finding disappears.")),
                   kControllerManager, {}, QStringLiteral("v1.10.13"));
    s.checks << ruleCheck(QStringLiteral("control-plane-component-newer-than-apiserver"), false);
    steps << s;

    s = setVersion(
        QStringLiteral("kubectl-skew"),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons", "kubectl two minors ahead")),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                               "kubectl may be one minor older or newer than kube-apiserver. A 1.12 kubectl "
                               "against 1.10 prints kubectl's own skew warning.")),
        kKubectl, {}, QStringLiteral("v1.12.10"));
    s.checks << ruleCheck(QStringLiteral("kubectl-skew"), true);
    steps << s;
    return steps;
}

void moveSandboxTo134(LessonContext &c)
{
    for (const char *component :
         {"kube-apiserver", "kube-controller-manager", "kube-scheduler", "kube-proxy"})
        LessonState::setSandboxVersion(c, QLatin1String(component), {}, QStringLiteral("v1.34.3"));
    LessonState::setSandboxVersion(c, QStringLiteral("etcd"), {}, QStringLiteral("3.6.10-0"));
    LessonState::setSandboxVersion(c, QStringLiteral("CoreDNS"), {}, QStringLiteral("v1.12.1"));
    LessonState::setSandboxVersion(c, kKubelet, {}, QStringLiteral("v1.34.3"));
    LessonState::setSandboxVersion(c, kKubelet, QStringLiteral("node03"), QStringLiteral("v1.31.14"));
    LessonState::setSandboxVersion(c, kKubectl, {}, QStringLiteral("v1.34.3"));
}

QList<LessonStep> today()
{
    QList<LessonStep> steps;
    LessonStep s = step(
        QStringLiteral("today"),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons", "The same cluster today, at 1.34")),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                               "Now the control plane runs 1.34 and node03's kubelet 1.31: three minors "
                               "behind. Under the course's rule that would be an error; since 1.28 it is "
                               "allowed (n-3).")),
        QStringLiteral("# the trainer moves the cluster to v1.34.3, node03's kubelet to v1.31.14"));
    s.action.kind = LessonAction::Kind::Custom;
    s.action.custom = moveSandboxTo134;
    s.observe.findings = true;
    s.checks << noFindings();
    steps << s;

    s = setVersion(
        QStringLiteral("today-too-old"),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Four minors behind is too old even today")),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                               "At v1.30.14 node03's kubelet is four minors behind 1.34: outside today's "
                               "policy too.")),
        kKubelet, QStringLiteral("node03"), QStringLiteral("v1.30.14"));
    s.checks << ruleCheck(QStringLiteral("kubelet-too-old"), true);
    steps << s;

    s = step(QStringLiteral("etcd-coredns"),
             text(QT_TRANSLATE_NOOP("Slipway::Lessons", "etcd and CoreDNS have versions of their own")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "etcd and CoreDNS are separate projects with their own version numbers. kubeadm "
                 "ships one etcd and one CoreDNS per Kubernetes minor and upgrades them with the "
                 "control plane: etcd 3.2.18 and CoreDNS 1.1.3 for 1.11, etcd 3.2.24 and CoreDNS "
                 "1.2.2 for 1.12.")),
             QStringLiteral("kubeadm upgrade plan\nkubectl -n kube-system get pods -l component=etcd -o "
                            "jsonpath='{..image}'"));
    s.observe = withExtra(addonTable);
    s.checks << check(
        QStringLiteral("addons-per-release"),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                               "etcd 3.2.18 / CoreDNS 1.1.3 for 1.11, etcd 3.2.24 / CoreDNS 1.2.2 for 1.12, "
                               "CoreDNS v1.12.1 for 1.34.")),
        [](const LessonContext &) {
            const ReleaseCatalog &r = ReleaseCatalog::bundled();
            return r.etcdFor(11).toPlainString() == QLatin1String("3.2.18") &&
                   r.coreDnsFor(11).toPlainString() == QLatin1String("1.1.3") &&
                   r.etcdFor(12).toPlainString() == QLatin1String("3.2.24") &&
                   r.coreDnsFor(12).toPlainString() == QLatin1String("1.2.2") &&
                   r.coreDnsFor(34).toPlainString() == QLatin1String("1.12.1");
        });
    steps << s;
    return steps;
}

} // namespace

Lesson versionsLesson()
{
    return lesson(
        4, QStringLiteral("versions-skew"), text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Versions and skew")),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                               "major.minor.patch, the newest three minors, the course's skew rules for 1.10 "
                               "next to today's for 1.34; change a version and watch the finding.")),
        QStringLiteral("lesson-versions"), basics() + courseChanges() + today());
}

} // namespace Slipway::LessonBuild
