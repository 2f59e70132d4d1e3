// The report's pre-flight drain preview (models/drain/drainpreview.h): per node what draining it
// would do, what blocks a run, which workloads lose their last ready replica, and which evicted
// pods would find no room on the remaining nodes.
#include "models/drain/drainpreviewtext.h"
#include "ui/report/reportcomposer.h"

namespace Slipway {

namespace {

QString optionsText(const DrainOptions &o)
{
    QStringList flags;
    if (o.ignoreDaemonSets)
        flags << QStringLiteral("--ignore-daemonsets");
    if (o.deleteEmptyDirData)
        flags << QStringLiteral("--delete-emptydir-data");
    if (o.force)
        flags << QStringLiteral("--force");
    if (o.disableEviction)
        flags << QStringLiteral("--disable-eviction");
    for (const QString &pdb : o.overridePdbs)
        flags << QStringLiteral("--override-pdb %1").arg(pdb);
    return flags.join(QLatin1Char(' '));
}

bool notable(const DrainNodePreview &p)
{
    return !p.drainable() || p.count(DrainPodVerdict::Downtime) > 0 || p.pendingCount() > 0;
}

} // namespace

void ReportComposer::drainPreview(ReportPager &pager, int no) const
{
    const QList<DrainNodePreview> &previews = m_source.drainPreview;
    pager.heading(1, numbered(no, tr("Pre-flight drain preview")));
    pager.paragraph(
        tr("What draining each node would do, computed from the cluster as read and without "
           "touching it: the nodes in the plan's order, one at a time, each drained with the earlier "
           "ones' pods moved to where the scheduler's filters place them, like kubectl drain %1.")
            .arg(optionsText(m_source.drainOptions)));

    const bool condensed = previews.size() > m_options.detailNodeLimit;
    QList<QStringList> rows;
    QList<ReportPager::RowStyle> styles;
    int hidden = 0;
    for (const DrainNodePreview &p : previews) {
        if (condensed && !notable(p)) {
            ++hidden;
            continue;
        }
        rows.append({p.error.isEmpty() ? p.node : p.node + QLatin1Char('\n') + p.error,
                     QString::number(p.count(DrainPodVerdict::Evict)),
                     QString::number(p.count(DrainPodVerdict::Downtime)),
                     QString::number(p.count(DrainPodVerdict::Skip)),
                     QString::number(p.count(DrainPodVerdict::Blocked)), QString::number(p.pendingCount())});
        styles << (notable(p) ? ReportPager::RowStyle::Emphasis : ReportPager::RowStyle::Normal);
    }
    pager.heading(2, QStringLiteral("%1.1  %2").arg(no).arg(tr("Per node")));
    if (hidden > 0)
        pager.paragraph(
            tr("%1 nodes drain without blockers, downtime or Pending pods and are not listed.").arg(hidden));
    if (!rows.isEmpty())
        pager.table({{tr("Node"), 4},
                     {tr("To evict"), 1.2},
                     {tr("With downtime"), 1.5},
                     {tr("Skipped"), 1.2},
                     {tr("Blocked"), 1.2},
                     {tr("Would stay Pending"), 1.8}},
                    rows, styles);

    pager.heading(2, QStringLiteral("%1.2  %2").arg(no).arg(tr("Blockers")));
    rows.clear();
    for (const DrainBlocker &b : DrainPreview::blockers(previews))
        rows.append({b.node, b.podKey, b.what, b.option.isEmpty() ? tr("none: fix it first") : b.option});
    if (rows.isEmpty())
        pager.paragraph(tr("None: every node can be drained with these options."));
    else
        pager.table({{tr("Node"), 1.6},
                     {tr("Pod"), 2.6},
                     {tr("What stops the drain"), 4.5},
                     {tr("Option that covers it"), 2.3, true}},
                    rows, QList<ReportPager::RowStyle>(rows.size(), ReportPager::RowStyle::Emphasis));

    pager.heading(2, QStringLiteral("%1.3  %2").arg(no).arg(tr("Downtime and capacity")));
    rows.clear();
    for (const DrainNodePreview &p : previews) {
        for (const DrainPodPreview &pod : p.pods) {
            if (pod.verdict == DrainPodVerdict::Downtime || pod.staysPending())
                rows.append({p.node, pod.podKey, pod.owner, DrainPreviewText::detail(pod)});
        }
    }
    if (rows.isEmpty())
        pager.paragraph(
            tr("No workload loses its last ready replica, and every evicted pod fits on the remaining "
               "nodes."));
    else
        pager.table({{tr("Node"), 1.6}, {tr("Pod"), 2.6}, {tr("Owner"), 2.4}, {tr("Why"), 4.5}}, rows);
}

} // namespace Slipway
