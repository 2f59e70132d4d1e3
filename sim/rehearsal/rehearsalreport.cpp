#include "sim/rehearsal/rehearsalreport.h"

#include "models/texttable.h"

#include <QJsonArray>

namespace Slipway {

namespace {

double seconds(qint64 msecs)
{
    return double(msecs) / 1000.0;
}

QString phaseSummary(const RehearsalNode &n)
{
    QStringList parts;
    for (const RehearsalPhase &p : n.phases)
        parts << QStringLiteral("%1 %2").arg(
            p.phase, p.endMs < 0 ? QStringLiteral("…") : RehearsalReport::duration(p.endMs - p.startMs));
    return parts.join(QStringLiteral(", "));
}

QString nodesText(const RehearsalResult &r)
{
    TextTable table({RehearsalReport::tr("NODE"), RehearsalReport::tr("STATE"), RehearsalReport::tr("START"),
                     RehearsalReport::tr("END"), RehearsalReport::tr("PHASES")});
    for (const RehearsalNode &n : r.nodes) {
        if (n.phases.isEmpty()) {
            table.addRow({n.name, n.state, QString(), QString(), QString()});
            continue;
        }
        const qint64 end = n.phases.last().endMs;
        table.addRow({n.name, n.state,
                      QStringLiteral("+") + RehearsalReport::duration(n.phases.first().startMs),
                      end < 0 ? QStringLiteral("-") : QStringLiteral("+") + RehearsalReport::duration(end),
                      phaseSummary(n)});
    }
    return table.toString();
}

QString blockersText(const RehearsalResult &r)
{
    if (r.blockers.isEmpty())
        return RehearsalReport::tr("Blockers: none.\n");
    QString out = RehearsalReport::tr("Blockers (%1):\n").arg(r.blockers.size());
    for (const RehearsalBlocker &b : r.blockers) {
        out += QStringLiteral("  - %1%2: %3\n")
                   .arg(b.node, b.object.isEmpty() ? QString() : QStringLiteral(", ") + b.object, b.what);
        out += b.clearedBy.isEmpty()
                   ? RehearsalReport::tr("      no option clears it; fix it on the cluster\n")
                   : RehearsalReport::tr("      cleared by: %1\n").arg(b.clearedBy);
    }
    return out;
}

QString pendingText(const RehearsalResult &r)
{
    if (r.pendingPods.isEmpty())
        return RehearsalReport::tr("Pods left Pending: none.\n");
    QString out = RehearsalReport::tr("Pods left Pending (%1):\n").arg(r.pendingPods.size());
    for (const RehearsalPendingPod &p : r.pendingPods) {
        const QString span = p.untilMs < 0 ? RehearsalReport::tr("from +%1, still Pending at the end")
                                                 .arg(RehearsalReport::duration(p.sinceMs))
                                           : RehearsalReport::tr("from +%1 for %2")
                                                 .arg(RehearsalReport::duration(p.sinceMs),
                                                      RehearsalReport::duration(p.untilMs - p.sinceMs));
        out +=
            QStringLiteral("  - %1%2: %3\n      %4\n")
                .arg(p.pod, p.owner.isEmpty() ? QString() : QStringLiteral(" (") + p.owner + QLatin1Char(')'),
                     span, p.why);
    }
    return out;
}

QString workloadsText(const RehearsalResult &r)
{
    if (r.workloadsBelowDesired.isEmpty())
        return RehearsalReport::tr("Workloads below desired replicas: none.\n");
    TextTable table({RehearsalReport::tr("WORKLOAD"), RehearsalReport::tr("DESIRED"),
                     RehearsalReport::tr("LOWEST READY"), RehearsalReport::tr("BELOW FOR"),
                     RehearsalReport::tr("NO READY REPLICA FOR")});
    for (const RehearsalWorkload &w : r.workloadsBelowDesired)
        table.addRow({w.workload, QString::number(w.desired), QString::number(w.lowestReady),
                      RehearsalReport::duration(w.belowMs),
                      w.zeroMs > 0 ? RehearsalReport::duration(w.zeroMs) : QStringLiteral("-")});
    return RehearsalReport::tr("Workloads below desired replicas (%1):\n")
               .arg(r.workloadsBelowDesired.size()) +
           table.toString();
}

QJsonObject timingJson(const SimTimingModel &t)
{
    return {{QStringLiteral("imagePullSeconds"), t.podStartSeconds},
            {QStringLiteral("podStartupSeconds"), t.podReadySeconds},
            {QStringLiteral("nodeUpgradeSeconds"), t.kubeletPackageSeconds},
            {QStringLiteral("staticPodStepSeconds"), t.staticPodStepSeconds},
            {QStringLiteral("kubeletRestartSeconds"), t.kubeletRestartNotReadySeconds},
            {QStringLiteral("apiServerRestartSeconds"), t.apiServerRestartSeconds}};
}

} // namespace

QString RehearsalReport::duration(qint64 msecs)
{
    const qint64 s = (std::max<qint64>(0, msecs) + 500) / 1000;
    if (s >= 3600)
        return QStringLiteral("%1h %2m %3s")
            .arg(s / 3600)
            .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s >= 60)
        return QStringLiteral("%1m %2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1s").arg(s);
}

QString RehearsalReport::timingText(const SimTimingModel &t, const QStringList &notes)
{
    QString out =
        tr("Timing model: image pull %1 s, pod start-up (to Ready) %2 s, node upgrade (packages) %3 s "
           "plus kubelet restart %4 s, control-plane static pods %5 s apart, kube-apiserver serving %6 s "
           "after its restart; pod termination follows each pod's grace period.\n")
            .arg(t.podStartSeconds)
            .arg(t.podReadySeconds)
            .arg(t.kubeletPackageSeconds)
            .arg(t.kubeletRestartNotReadySeconds)
            .arg(t.staticPodStepSeconds)
            .arg(t.apiServerRestartSeconds);
    for (const QString &note : notes)
        out += QStringLiteral("  ") + note + QLatin1Char('\n');
    return out;
}

QString RehearsalReport::text(const RehearsalResult &r, const RehearsalContext &c)
{
    QString out = tr("Rehearsal on a practice copy of %1: %2 nodes, %3 pods, %4 workloads, %5 budgets "
                     "(names only: %6 annotations not copied). Nothing was changed on the cluster.\n")
                      .arg(c.source)
                      .arg(c.copy.nodes)
                      .arg(c.copy.pods)
                      .arg(c.copy.workloads)
                      .arg(c.copy.pdbs)
                      .arg(c.copy.annotationsDropped);
    out += timingText(c.timing, c.timingNotes);
    if (!r.rehearsable)
        return out + tr("Not rehearsable: %1\n").arg(r.notRehearsable);
    out += tr("Run: %1 %2, %3; predicted duration %4 (%5)%6\n")
               .arg(runKindName(r.spec.kind), r.spec.target.isValid() ? r.spec.target.toString() : QString(),
                    r.label, duration(r.durationMs), r.result,
                    r.message.isEmpty() ? QString() : QStringLiteral(": ") + r.message);
    out += nodesText(r);
    out += tr("Peak unavailable nodes: %1 (at +%2). Evictions and deletions: %3.\n")
               .arg(r.peakUnavailableNodes)
               .arg(duration(r.peakUnavailableAtMs))
               .arg(r.evictions);
    out += blockersText(r) + pendingText(r) + workloadsText(r);
    out += tr("Rehearsed in %1 ms of real time.\n").arg(r.wallMs);
    return out;
}

QString RehearsalReport::compareTable(const QList<RehearsalResult> &results)
{
    TextTable table({tr("STRATEGY"), tr("RESULT"), tr("DURATION"), tr("PEAK UNAVAILABLE"),
                     tr("BELOW DESIRED"), tr("DOWNTIME"), tr("SINGLE-REPLICA GAPS"), tr("PENDING PODS"),
                     tr("BLOCKERS")});
    QStringList notes;
    for (const RehearsalResult &r : results) {
        if (!r.rehearsable) {
            table.addRow({r.label, tr("not rehearsable"), QStringLiteral("-"), QStringLiteral("-"),
                          QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"), QStringLiteral("-"),
                          QStringLiteral("-")});
            notes << tr("%1: not rehearsable: %2").arg(r.label, r.notRehearsable);
            continue;
        }
        table.addRow(
            {r.label, r.result, duration(r.durationMs), QString::number(r.peakUnavailableNodes),
             QString::number(r.workloadsBelowDesired.size()),
             r.downtimeWorkloads() > 0 ? tr("%n workload(s)", nullptr, r.downtimeWorkloads()) : tr("none"),
             QString::number(r.singleReplicaGaps()), QString::number(r.pendingPods.size()),
             QString::number(r.blockers.size())});
    }
    QString out = table.toString();
    for (const QString &n : std::as_const(notes))
        out += n + QLatin1Char('\n');
    return out;
}

QJsonObject RehearsalReport::resultJson(const RehearsalResult &r)
{
    QJsonObject o{{QStringLiteral("label"), r.label},
                  {QStringLiteral("strategy"), runStrategyName(r.spec.strategy)},
                  {QStringLiteral("maxUnavailable"), r.spec.maxUnavailable},
                  {QStringLiteral("rehearsable"), r.rehearsable}};
    if (!r.rehearsable) {
        o.insert(QStringLiteral("notRehearsable"), r.notRehearsable);
        return o;
    }
    o.insert(QStringLiteral("result"), r.result);
    if (!r.message.isEmpty())
        o.insert(QStringLiteral("message"), r.message);
    o.insert(QStringLiteral("durationSeconds"), seconds(r.durationMs));
    o.insert(QStringLiteral("peakUnavailableNodes"), r.peakUnavailableNodes);
    o.insert(QStringLiteral("peakUnavailableAtSeconds"), seconds(r.peakUnavailableAtMs));
    o.insert(QStringLiteral("evictions"), r.evictions);
    o.insert(QStringLiteral("downtimeWorkloads"), r.downtimeWorkloads());
    o.insert(QStringLiteral("singleReplicaGaps"), r.singleReplicaGaps());
    QJsonArray nodes;
    for (const RehearsalNode &n : r.nodes) {
        QJsonArray phases;
        for (const RehearsalPhase &p : n.phases) {
            QJsonObject po{{QStringLiteral("phase"), p.phase},
                           {QStringLiteral("startSeconds"), seconds(p.startMs)}};
            if (p.endMs >= 0) {
                po.insert(QStringLiteral("endSeconds"), seconds(p.endMs));
                po.insert(QStringLiteral("result"), p.result);
            }
            phases << po;
        }
        nodes << QJsonObject{{QStringLiteral("name"), n.name},
                             {QStringLiteral("state"), n.state},
                             {QStringLiteral("budgetWaitSeconds"), seconds(n.budgetWaitMs)},
                             {QStringLiteral("phases"), phases}};
    }
    o.insert(QStringLiteral("nodes"), nodes);
    QJsonArray blockers;
    for (const RehearsalBlocker &b : r.blockers)
        blockers << QJsonObject{{QStringLiteral("node"), b.node},
                                {QStringLiteral("object"), b.object},
                                {QStringLiteral("what"), b.what},
                                {QStringLiteral("clearedBy"), b.clearedBy},
                                {QStringLiteral("seenInPlay"), b.seenInPlay}};
    o.insert(QStringLiteral("blockers"), blockers);
    QJsonArray pending;
    for (const RehearsalPendingPod &p : r.pendingPods) {
        QJsonObject po{{QStringLiteral("pod"), p.pod},
                       {QStringLiteral("owner"), p.owner},
                       {QStringLiteral("why"), p.why},
                       {QStringLiteral("sinceSeconds"), seconds(p.sinceMs)}};
        po.insert(QStringLiteral("untilSeconds"),
                  p.untilMs < 0 ? QJsonValue() : QJsonValue(seconds(p.untilMs)));
        pending << po;
    }
    o.insert(QStringLiteral("pendingPods"), pending);
    QJsonArray workloads;
    for (const RehearsalWorkload &w : r.workloadsBelowDesired)
        workloads << QJsonObject{{QStringLiteral("workload"), w.workload},
                                 {QStringLiteral("desired"), w.desired},
                                 {QStringLiteral("lowestReady"), w.lowestReady},
                                 {QStringLiteral("belowSeconds"), seconds(w.belowMs)},
                                 {QStringLiteral("noReadyReplicaSeconds"), seconds(w.zeroMs)}};
    o.insert(QStringLiteral("workloadsBelowDesired"), workloads);
    return o;
}

QJsonObject RehearsalReport::json(const RehearsalResult &r, const RehearsalContext &c,
                                  const QList<RehearsalResult> &compared)
{
    QJsonObject copy{{QStringLiteral("nodes"), c.copy.nodes},
                     {QStringLiteral("pods"), c.copy.pods},
                     {QStringLiteral("workloads"), c.copy.workloads},
                     {QStringLiteral("pdbs"), c.copy.pdbs},
                     {QStringLiteral("staticPods"), c.copy.staticPods},
                     {QStringLiteral("barePods"), c.copy.barePods},
                     {QStringLiteral("emptyDirPods"), c.copy.emptyDirPods},
                     {QStringLiteral("annotationsDropped"), c.copy.annotationsDropped}};
    RunSpec spec = r.spec;
    spec.journalPath.clear(); // a rehearsal's journal is temporary unless --journal kept it
    QJsonObject timing = timingJson(c.timing);
    timing.insert(QStringLiteral("notes"), QJsonArray::fromStringList(c.timingNotes));
    QJsonObject o{{QStringLiteral("kind"), QStringLiteral("SlipwayRehearsal")},
                  {QStringLiteral("v"), 1},
                  {QStringLiteral("source"), c.source},
                  {QStringLiteral("copy"), copy},
                  {QStringLiteral("timing"), timing},
                  {QStringLiteral("run"), spec.toJson()},
                  {QStringLiteral("rehearsal"), resultJson(r)}};
    if (!compared.isEmpty()) {
        QJsonArray rows;
        for (const RehearsalResult &row : compared)
            rows << resultJson(row);
        o.insert(QStringLiteral("strategies"), rows);
    }
    return o;
}

} // namespace Slipway
