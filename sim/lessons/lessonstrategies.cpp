// Lesson 6: the three worker strategies side by side (docs/lessons.md). Each is played by the real
// UpgradeRunner on a fresh practice copy of the lesson's cluster through Rehearsal
// (sim/rehearsal/rehearsal.h, in-process on the virtual clock); the table compares the measured
// total duration and the downtime (no Ready replica) of blue and green.
#include "sim/lessons/lessonbuilders.h"

#include "models/releasecatalog.h"
#include "models/upgradeplanner.h"
#include "sim/engine/simulator.h"
#include "sim/rehearsal/practicecopy.h"
#include "sim/rehearsal/rehearsal.h"

namespace Slipway::LessonBuild {

namespace {

const QString kTarget = QStringLiteral("v1.34.3");
const QString kAllAtOnce = QStringLiteral("all-at-once");
const QString kOneAtATime = QStringLiteral("one-at-a-time");
const QString kSurge = QStringLiteral("surge");
constexpr qint64 kNodeUpgradeSeconds = 60;

// lupdate files a bare tr("…") inside namespace Slipway::LessonBuild under the context
// "Slipway::LessonBuild" (translations/slipway_ko.ts has them there): look them up there, or the
// Korean catalog never finds them and these cells play in English under --lang ko.
QString tr(const char *source)
{
    return QCoreApplication::translate("Slipway::LessonBuild", source);
}

QString duration(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    return s >= 60 ? tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')) : tr("%1 s").arg(s);
}

// The run's result as the table shows it ("succeeded" stays the machine word in the notes the checks read).
QString resultCell(const QString &result)
{
    if (result == QLatin1String("succeeded"))
        return tr("succeeded");
    if (result == QLatin1String("failed"))
        return tr("failed");
    if (result == QLatin1String("stopped"))
        return tr("stopped (stuck)");
    if (result == QLatin1String("aborted"))
        return tr("aborted");
    if (result == QLatin1String("cancelled"))
        return tr("cancelled");
    return result;
}

qint64 downtimeOf(const RehearsalResult &r, const QString &workload)
{
    for (const RehearsalWorkload &w : r.workloadsBelowDesired) {
        if (w.workload == QStringLiteral("Deployment default/") + workload)
            return w.zeroMs;
    }
    return 0;
}

// Plays one strategy on a copy of the lesson's cluster as it is now and adds the table row.
void playStrategy(LessonContext &c, const QString &id, const QString &label, RunStrategy strategy)
{
    const ClusterSnapshot copy = PracticeCopy::make(c.sim->snapshot());
    PlanOptions planOptions;
    planOptions.target = kTarget;
    planOptions.today = ReleaseCatalog::bundled().catalogDate();
    planOptions.includePatchHopFirst = false;
    RehearsalOptions options;
    options.plan = planUpgrade(copy, ReleaseCatalog::bundled(), planOptions);
    options.spec.kind = RunKind::Upgrade;
    options.spec.target = Version::parse(kTarget);
    options.spec.executor = RunExecutor::Practice;
    options.spec.strategy = strategy;
    options.spec.maxUnavailable = 1;
    options.spec.surgeNodes = strategy == RunStrategy::Surge ? 3 : 1;
    options.spec.operatorName = QStringLiteral("trainer@lesson");
    // A node's package upgrade (kubeadm, kubelet, kubectl from the repository) takes about a
    // minute on a real machine; the practice default (5 s) would make retiring an old node cost
    // as much as upgrading it, and one at a time would tie with surge.
    options.timing.kubeletPackageSeconds = kNodeUpgradeSeconds;
    options.label = label;
    const RehearsalResult r = Rehearsal::play(copy, options);
    const qint64 blue = downtimeOf(r, QStringLiteral("blue"));
    const qint64 green = downtimeOf(r, QStringLiteral("green"));
    c.notes.insert(id + QStringLiteral("-result"), r.result);
    c.notes.insert(id + QStringLiteral("-duration"), QString::number(r.durationMs));
    c.notes.insert(id + QStringLiteral("-blue"), QString::number(blue));
    c.notes.insert(id + QStringLiteral("-green"), QString::number(green));
    if (c.table.headers.isEmpty())
        c.table.headers =
            QStringList{tr("STRATEGY"), tr("RESULT"), tr("TOTAL"), tr("BLUE DOWN"), tr("GREEN DOWN")};
    c.table.rows << LessonTableRow{
        label, {resultCell(r.result), duration(r.durationMs), duration(blue), duration(green)}};
}

qint64 measured(const LessonContext &c, const QString &id, const QString &what)
{
    return c.notes.value(id + QLatin1Char('-') + what).toLongLong();
}

LessonStep strategyStep(const QString &id, const LessonText &title, const LessonText &narration,
                        const QString &command, const QString &label, RunStrategy strategy)
{
    LessonStep s = step(id, title, narration, command);
    s.action.kind = LessonAction::Kind::Custom;
    s.action.custom = [id, label, strategy](LessonContext &c) {
        playStrategy(c, id, label, strategy);
    };
    s.observe.table = true;
    s.observe.extra = [](const LessonContext &c) {
        QString out;
        for (const LessonTableRow &row : c.table.rows)
            out += QStringLiteral("%1: %2\n").arg(row.label, row.cells.join(QStringLiteral(", ")));
        return out;
    };
    s.checks << check(id + QStringLiteral("-succeeded"),
                      text(QT_TRANSLATE_NOOP("Slipway::Lessons", "The run upgraded every node.")),
                      [id](const LessonContext &c) {
                          return c.notes.value(id + QStringLiteral("-result")) == QLatin1String("succeeded");
                      });
    return s;
}

} // namespace

Lesson strategiesLesson()
{
    QList<LessonStep> steps;
    LessonStep s = step(
        QStringLiteral("cluster"),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons", "One cluster, three ways to upgrade its workers")),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                               "The control plane is upgraded first in every case. For the workers there "
                               "are three strategies; each is played on a fresh copy of this cluster by "
                               "the same runner as `slipway upgrade`, on the virtual clock. Upgrading a "
                               "node's packages takes a minute, as on a real machine.")),
        QStringLiteral("kubectl get nodes\nkubectl get pods -o wide"));
    s.observe = observePods({QStringLiteral("blue"), QStringLiteral("green")});
    steps << s;
    steps << strategyStep(
        kAllAtOnce, text(QT_TRANSLATE_NOOP("Slipway::Lessons", "All at once")),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                               "Every worker is drained and upgraded at the same time: the fastest, but "
                               "nothing can run while all workers are out — blue and green are down.")),
        QStringLiteral("slipway upgrade --demo --target v1.34.3 --strategy all-at-once"), tr("all at once"),
        RunStrategy::AllAtOnce);
    steps << strategyStep(
        kOneAtATime, text(QT_TRANSLATE_NOOP("Slipway::Lessons", "One at a time")),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                               "Drain one worker, upgrade it, uncordon it, then the next: the other "
                               "workers carry the load, so blue never stops; the single green replica "
                               "moves, briefly, each time its node is drained. The slowest.")),
        QStringLiteral("slipway upgrade --demo --target v1.34.3 --strategy rolling --max-unavailable 1"),
        tr("one at a time"), RunStrategy::Rolling);
    steps << strategyStep(
        kSurge, text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Add new nodes, retire old ones")),
        text(QT_TRANSLATE_NOOP("Slipway::Lessons",
                               "Three new workers at the new version join first; then the old workers are "
                               "drained onto them and retired one by one. Capacity never drops, but "
                               "you need machines to spare.")),
        QStringLiteral("slipway upgrade --demo --target v1.34.3 --strategy surge --surge-nodes 3"),
        tr("surge"), RunStrategy::Surge);

    s = step(QStringLiteral("compare"), text(QT_TRANSLATE_NOOP("Slipway::Lessons", "Side by side")),
             text(QT_TRANSLATE_NOOP(
                 "Slipway::Lessons",
                 "All at once is fastest and costs downtime; one at a time is slowest and keeps blue "
                 "up; surge keeps capacity and needs spare machines. A single replica (green) is down "
                 "briefly whenever its node is drained, whatever the strategy: run two.")));
    s.observe.table = true;
    s.observe.extra = [](const LessonContext &) {
        return QString();
    };
    s.checks
        << check(QStringLiteral("all-at-once-fastest"),
                 text(QT_TRANSLATE_NOOP("Slipway::Lessons", "All at once has the shortest total duration.")),
                 [](const LessonContext &c) {
                     const qint64 all = measured(c, kAllAtOnce, QStringLiteral("duration"));
                     return all > 0 && all < measured(c, kOneAtATime, QStringLiteral("duration")) &&
                            all < measured(c, kSurge, QStringLiteral("duration"));
                 })
        << check(QStringLiteral("all-at-once-downtime"),
                 text(QT_TRANSLATE_NOOP("Slipway::Lessons", "All at once took blue down.")),
                 [](const LessonContext &c) { return measured(c, kAllAtOnce, QStringLiteral("blue")) > 0; })
        << check(QStringLiteral("one-at-a-time-slowest"),
                 text(QT_TRANSLATE_NOOP("Slipway::Lessons", "One at a time has the longest total duration.")),
                 [](const LessonContext &c) {
                     const qint64 one = measured(c, kOneAtATime, QStringLiteral("duration"));
                     return one > measured(c, kSurge, QStringLiteral("duration")) &&
                            one > measured(c, kAllAtOnce, QStringLiteral("duration"));
                 })
        << check(
               QStringLiteral("one-at-a-time-no-downtime"),
               text(QT_TRANSLATE_NOOP("Slipway::Lessons", "One at a time never took blue down.")),
               [](const LessonContext &c) { return measured(c, kOneAtATime, QStringLiteral("blue")) == 0; });
    steps << s;
    return lesson(6, QStringLiteral("worker-strategies"),
                  text(QT_TRANSLATE_NOOP("Slipway::Lessons", "The three worker strategies side by side")),
                  text(QT_TRANSLATE_NOOP(
                      "Slipway::Lessons",
                      "All at once, one at a time, and new nodes for old: timelines, measured downtime "
                      "of blue and green, and total duration in one table.")),
                  QStringLiteral("lesson-strategies"), steps);
}

} // namespace Slipway::LessonBuild
