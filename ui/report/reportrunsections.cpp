// The report's run sections: the execution per node, overrides, the timeline chart, the event log.
#include "ui/report/reportcomposer.h"

#include "models/items/timelinemodel.h"
#include "ui/timelinechart.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPainter>
#include <QScopeGuard>
#include <QSet>
#include <QStyle>

#include <cstdio>

namespace Slipway {

Q_DECLARE_LOGGING_CATEGORY(lcReport)

namespace {

constexpr int kWrappedEventLogLimit = 3000; // bigger logs are one line per event
constexpr int kFullEventLogLimit = 20000;   // bigger ones list the run's and the problem nodes' events

QString duration(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return QStringLiteral("—");
    return TimelineModel::durationText(from.msecsTo(to));
}

} // namespace

void ReportComposer::execution(ReportPager &pager, int no) const
{
    const RunDigest &d = m_digest;
    pager.heading(1, numbered(no, tr("Execution")));
    pager.paragraph(tr("Times are in %1%2.")
                        .arg(zoneText(d.start))
                        .arg(m_source.clock == QLatin1String("virtual")
                                 ? tr(", on the practice cluster's virtual clock")
                                 : QString()));
    QList<std::pair<QString, QString>> overview;
    overview.append({tr("Kind"), d.kind});
    overview.append({tr("Strategy"), tr("%1, at most %2 node(s) unavailable at a time")
                                         .arg(d.strategy.isEmpty() ? tr("rolling") : d.strategy)
                                         .arg(qMax(1, d.maxUnavailable))});
    if (!d.executor.isEmpty())
        overview.append({tr("Executor"), d.executor});
    overview.append({tr("Started"), dateTime(d.start)});
    overview.append({d.finished ? tr("Finished") : tr("Last event"), dateTime(d.end)});
    overview.append({tr("Duration"), duration(d.start, d.end)});
    overview.append({tr("Result"), resultText()});
    overview.append({tr("Left cordoned"),
                     d.leftCordoned.isEmpty() ? tr("none") : d.leftCordoned.join(QStringLiteral(", "))});
    overview.append({tr("Pauses"), tr("%1 paused, %2 resumed").arg(d.pauses).arg(d.resumes)});
    overview.append({tr("Journal"), m_source.journalPath});
    pager.keyValues(overview);
    for (const RunDigest::Problem &p : d.runErrors)
        pager.paragraph(tr("Error at %1: %2").arg(clockTime(p.time), p.text), pager.fonts().body,
                        QColor(0xb0, 0x30, 0x10));

    pager.heading(2, QStringLiteral("%1.1  %2").arg(no).arg(tr("Nodes")));
    nodeTable(pager);
    overrides(pager, no);

    const bool condensed = d.nodes.size() > m_options.detailNodeLimit;
    pager.heading(2, QStringLiteral("%1.3  %2").arg(no).arg(tr("Per node")));
    int shown = 0;
    int withProblems = 0;
    for (const RunDigest::NodeRun &run : d.nodes)
        withProblems += run.hasProblems() ? 1 : 0;
    if (condensed)
        pager.paragraph(
            tr("%1 nodes took part; to keep the report readable, details follow only for the %2 "
               "nodes with problems (waits on budgets, overrides, errors, not done). The event log "
               "and the journal have everything.")
                .arg(d.nodes.size())
                .arg(withProblems));
    for (const RunDigest::NodeRun &run : d.nodes) {
        if (condensed && (!run.hasProblems() || shown >= m_options.detailNodeLimit * 5))
            continue;
        nodeDetail(pager, run);
        ++shown;
    }
    if (condensed && withProblems > shown)
        pager.paragraph(tr("%1 more nodes with problems are in the event log.").arg(withProblems - shown));
}

void ReportComposer::nodeTable(ReportPager &pager) const
{
    const bool big = m_digest.nodes.size() > 200;
    QList<QStringList> rows;
    QList<ReportPager::RowStyle> styles;
    for (const RunDigest::NodeRun &run : m_digest.nodes) {
        const int row = m_timeline->rowOfNode(run.node);
        QDateTime start, end;
        if (row >= 0 && m_timeline->lane(row).firstMs >= 0) {
            const TimelineLane &lane = m_timeline->lane(row);
            start = QDateTime::fromMSecsSinceEpoch(lane.firstMs, Qt::UTC);
            end = QDateTime::fromMSecsSinceEpoch(lane.lastEndMs, Qt::UTC);
        }
        int blocked = 0;
        for (const RunDigest::Eviction &e : run.evictions)
            blocked += e.blocked > 0 ? 1 : 0;
        rows.append({run.node, stateText(run.state), clockTime(start), clockTime(end), duration(start, end),
                     blocked ? tr("%1 (%2 refused)").arg(run.evictions.size()).arg(blocked)
                             : QString::number(run.evictions.size()),
                     QString::number(run.waits.size()), QString::number(run.overrides.size()),
                     QString::number(run.errors.size())});
        styles << (run.hasProblems() ? ReportPager::RowStyle::Emphasis : ReportPager::RowStyle::Normal);
    }
    pager.table({{tr("Node"), 2.2, false, big},
                 {tr("Result"), 1.4, false, big},
                 {tr("Started"), 1.3, true, big},
                 {tr("Finished"), 1.3, true, big},
                 {tr("Duration"), 1.4, false, big},
                 {tr("Evictions"), 1.5, false, big},
                 {tr("Waits"), 0.8, false, big},
                 {tr("Overrides"), 1.3, false, big},
                 {tr("Errors"), 0.9, false, big}},
                rows, styles);
}

void ReportComposer::overrides(ReportPager &pager, int no) const
{
    QList<QStringList> rows;
    for (const RunDigest::NodeRun &run : m_digest.nodes) {
        for (const RunDigest::Override &o : run.overrides)
            rows.append({clockTime(o.time), run.node, o.kind, o.by, o.target.isEmpty() ? o.pod : o.target,
                         o.message});
    }
    pager.heading(2, QStringLiteral("%1.2  %2").arg(no).arg(tr("Overrides")));
    if (rows.isEmpty()) {
        pager.paragraph(tr("None: every step stayed on the safe path (no forced deletions, no budgets "
                           "overridden, no blockers acknowledged)."));
        return;
    }
    pager.paragraph(tr("What the operator confirmed outside the safe path, and who confirmed it."));
    pager.table({{tr("Time"), 1.2, true},
                 {tr("Node"), 1.6},
                 {tr("Override"), 1.8, true},
                 {tr("By"), 1.8},
                 {tr("Target"), 2},
                 {tr("What was confirmed"), 3.5}},
                rows);
}

void ReportComposer::nodeDetail(ReportPager &pager, const RunDigest::NodeRun &run) const
{
    pager.heading(3, tr("%1 — %2").arg(run.node, stateText(run.state)));
    QList<QStringList> rows;
    QList<ReportPager::RowStyle> styles;
    const int laneRow = m_timeline->rowOfNode(run.node);
    if (laneRow >= 0) {
        const TimelineLane &lane = m_timeline->lane(laneRow);
        const qint64 now = m_timeline->nowMs();
        for (const TimelineBar &bar : lane.bars) {
            if (bar.isWait)
                continue;
            const QDateTime start = QDateTime::fromMSecsSinceEpoch(bar.startMs, Qt::UTC);
            const QDateTime end = QDateTime::fromMSecsSinceEpoch(bar.endOr(now), Qt::UTC);
            QString result = TimelineModel::resultLabel(bar.result);
            if (!bar.message.isEmpty())
                result += QStringLiteral(": ") + bar.message;
            rows.append({m_timeline->barLabel(bar), clockTime(start),
                         bar.isOpen() ? QStringLiteral("—") : clockTime(end), duration(start, end), result});
            styles << (bar.result == TimelineBar::Result::Ok ? ReportPager::RowStyle::Normal
                                                             : ReportPager::RowStyle::Emphasis);
        }
    }
    if (!rows.isEmpty())
        pager.table({{tr("Phase"), 1.4},
                     {tr("Started"), 1.2, true},
                     {tr("Finished"), 1.2, true},
                     {tr("Duration"), 1.3},
                     {tr("Result"), 4}},
                    rows, styles);
    if (!run.evictions.isEmpty()) {
        rows.clear();
        for (const RunDigest::Eviction &e : run.evictions) {
            QString outcome = e.outcome;
            if (!e.deletedWhy.isEmpty())
                outcome = tr("deleted (%1)").arg(e.deletedWhy);
            if (e.gone)
                outcome += QStringLiteral(", ") + tr("gone");
            rows.append(
                {e.pod, QString::number(e.attempts), outcome, e.pdb, clockTime(e.first), clockTime(e.last)});
        }
        pager.table({{tr("Pod"), 4},
                     {tr("Attempts"), 1},
                     {tr("Outcome"), 2},
                     {tr("Refused by"), 2.2},
                     {tr("First"), 1.1, true},
                     {tr("Last"), 1.1, true}},
                    rows);
    }
    if (!run.waits.isEmpty()) {
        rows.clear();
        for (const RunDigest::Wait &w : run.waits)
            rows.append({w.reason, w.pod.isEmpty() ? w.pdb : w.pod, clockTime(w.start),
                         duration(w.start, w.end.isValid() ? w.end : m_digest.end),
                         w.outcome.isEmpty() ? tr("open") : w.outcome, w.message});
        pager.table({{tr("Waited for"), 1.7},
                     {tr("Pod or budget"), 2.2},
                     {tr("Started"), 1.1, true},
                     {tr("Duration"), 1.2},
                     {tr("Outcome"), 1.2},
                     {tr("Why"), 3.6}},
                    rows);
    }
    rows.clear();
    for (const RunDigest::Problem &p : run.errors)
        rows.append({clockTime(p.time), tr("error"), p.text});
    for (const RunDigest::Problem &p : run.warnings)
        rows.append({clockTime(p.time), tr("warning"), p.text});
    if (!rows.isEmpty())
        pager.table({{tr("Time"), 1.1, true}, {tr("Level"), 1}, {tr("Message"), 8}}, rows,
                    QList<ReportPager::RowStyle>(rows.size(), ReportPager::RowStyle::Emphasis));
}

void ReportComposer::timeline(ReportPager &pager, int no) const
{
    pager.heading(1, numbered(no, tr("Timeline")));
    pager.paragraph(tr("One lane per node, a bar per phase; hatched bars are waits on a disruption budget, "
                       "cross-hatched bars failed. Below: ready and schedulable nodes, Pending pods and "
                       "workloads below their desired replicas. Lanes are grouped when there are too many to "
                       "show one per row."));
    // The chart is laid out 1,000 px wide: ~22 px per lane (grouped beyond what fits) plus the
    // cluster panel, at most the rest of the page.
    constexpr qreal kChartWidthPx = 1000;
    const qreal wantedPx = qBound<qreal>(560, m_timeline->laneCount() * 22.0 + 420, 4000);
    const qreal height =
        qMin(pager.remainingHeight() - pager.pt(8), pager.bodyRect().width() * wantedPx / kChartWidthPx);
    pager.block(height, [this, kChartWidthPx](QPainter *painter, const QRectF &rect) {
        if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
            painter->drawText(rect, Qt::AlignCenter, tr("(the timeline needs a widget application)"));
            return;
        }
        // The offscreen platform warns that it "does not support propagateSizeHints()" when the
        // chart is shown off screen to lay it out; that is expected here and not worth a line.
        static QtMessageHandler previous = nullptr;
        previous =
            qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &msg) {
                if (msg.contains(QLatin1String("propagateSizeHints")))
                    return;
                if (previous)
                    previous(type, context, msg);
                else
                    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, msg)));
            });
        const auto restore = qScopeGuard([] { qInstallMessageHandler(previous); });
        TimelineChart chart(m_timeline.get());
        chart.setPalette(QApplication::style()->standardPalette());
        // Pixel-sized text: the chart is drawn in its own pixels, scaled onto the page; a point
        // size would be resolved at the PDF's 300 dpi and come out three times too big.
        QFont font = chart.font();
        font.setPixelSize(11);
        chart.setFont(font);
        chart.resize(QSizeF(kChartWidthPx, kChartWidthPx * rect.height() / rect.width()).toSize());
        chart.showWholeRun();
        // Exactly the run, from its first event to its last (the chart keeps a minimum window for
        // live runs that would leave a short run in a corner).
        const qint64 first = m_timeline->firstMs();
        const qint64 last = qMax(m_timeline->nowMs(), first + 1000);
        chart.setVisibleWindow(first - (last - first) / 50, last + (last - first) / 50);
        chart.flushUpdates();
        QElapsedTimer timer;
        timer.start();
        chart.render(painter, rect);
        qCDebug(lcReport) << "timeline chart:" << timer.elapsed() << "ms";
    });
}

QString ReportComposer::eventDetail(const RunEvent &event) const
{
    QStringList parts;
    if (event.phase)
        parts << runPhaseName(*event.phase);
    if (event.state)
        parts << nodeRunStateName(*event.state);
    for (auto it = event.data.constBegin(); it != event.data.constEnd(); ++it) {
        const QJsonValue v = it.value();
        QString value;
        if (v.isArray())
            value = v.toArray().size() <= 5
                        ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                        : QStringLiteral("[%1]").arg(v.toArray().size());
        else if (v.isObject())
            value = QStringLiteral("{…}");
        else
            value = v.toVariant().toString();
        parts << it.key() + QLatin1Char('=') + value;
    }
    QString text = parts.join(QLatin1Char(' '));
    if (!event.message.isEmpty())
        text = text.isEmpty() ? event.message : text + QStringLiteral(" — ") + event.message;
    return text;
}

void ReportComposer::eventLog(ReportPager &pager, int no) const
{
    pager.heading(1, numbered(no, tr("Appendix: event log")));
    const QList<RunEvent> &events = m_source.events;
    const bool oneLine = events.size() > kWrappedEventLogLimit;
    const bool condensed = events.size() > kFullEventLogLimit;
    QSet<QString> problemNodes;
    if (condensed) {
        for (const RunDigest::NodeRun &run : m_digest.nodes) {
            if (run.hasProblems())
                problemNodes.insert(run.node);
        }
    }
    QList<QStringList> rows;
    for (const RunEvent &event : events) {
        if (condensed) {
            const bool runLevel = event.node.isEmpty() && event.type != RunEvent::Type::ClusterSample;
            if ((!runLevel && !problemNodes.contains(event.node)) || rows.size() >= kFullEventLogLimit)
                continue;
        }
        rows.append({QString::number(event.seq), clockTime(event.time), RunEvent::typeName(event.type),
                     event.node, event.pod, eventDetail(event)});
    }
    if (condensed)
        pager.paragraph(
            tr("The journal has %1 events. Listed here: the %2 events of the run itself and of the "
               "nodes with problems, one line each; the journal file (%3) has every event.")
                .arg(number(events.size()), number(rows.size()), m_source.journalPath));
    else if (oneLine)
        pager.paragraph(
            tr("Every event of the journal (%1), one line each; the journal file has the full text of "
               "each line.")
                .arg(number(events.size())));
    else
        pager.paragraph(tr("Every event of the journal (%1), as recorded.").arg(number(events.size())));
    pager.table({{tr("Seq"), 0.7, false, oneLine},
                 {tr("Time"), 1.1, true, oneLine},
                 {tr("Type"), 1.6, false, oneLine},
                 {tr("Node"), 1.4, false, oneLine},
                 {tr("Pod"), 2, false, oneLine},
                 {tr("Detail"), 5, false, oneLine}},
                rows);
}

} // namespace Slipway
