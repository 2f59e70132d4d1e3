#include "models/drain/drainpreviewtext.h"

#include "models/texttable.h"

namespace Slipway {

QString DrainPreviewText::detail(const DrainPodPreview &pod)
{
    QStringList parts;
    if (!pod.reason.isEmpty())
        parts << pod.reason;
    if (pod.verdict == DrainPodVerdict::Blocked && !pod.coverOption.isEmpty())
        parts << tr("covered by %1").arg(pod.coverOption);
    if (pod.removed() && pod.viaDelete)
        parts << tr("deleted, not evicted");
    if (pod.removed() && pod.replaced) {
        parts << (pod.placedOn.isEmpty() ? tr("replacement stays Pending: %1").arg(pod.pendingReason)
                                         : tr("replacement fits on %1").arg(pod.placedOn));
    }
    return parts.join(QStringLiteral("; "));
}

QString DrainPreviewText::summary(const DrainNodePreview &preview)
{
    const int downtime = preview.count(DrainPodVerdict::Downtime);
    const int removed = preview.count(DrainPodVerdict::Evict) + downtime;
    QString text = tr("%1 to evict (%2 with downtime), %3 skipped, %4 blocked")
                       .arg(removed)
                       .arg(downtime)
                       .arg(preview.count(DrainPodVerdict::Skip))
                       .arg(preview.count(DrainPodVerdict::Blocked));
    if (const int pending = preview.pendingCount())
        text += tr("; %1 would stay Pending").arg(pending);
    return text;
}

QString DrainPreviewText::render(const DrainNodePreview &preview)
{
    QString out = tr("Drain preview for node %1 (nothing is changed)").arg(preview.node) + QLatin1Char('\n');
    if (!preview.error.isEmpty())
        return out + QStringLiteral("error: ") + preview.error + QLatin1Char('\n');
    TextTable table({tr("POD"), tr("WORKLOAD"), tr("ACTION"), tr("DETAIL")});
    for (const DrainPodPreview &pod : preview.pods) {
        table.addRow({pod.podKey, pod.owner.isEmpty() ? QStringLiteral("-") : pod.owner,
                      drainPodVerdictName(pod.verdict), detail(pod)});
    }
    if (table.rowCount() > 0)
        out += table.toString();
    out += summary(preview) + QLatin1Char('\n');
    for (const QString &warning : preview.warnings)
        out += QStringLiteral("Warning: ") + warning + QLatin1Char('\n');
    for (const QString &error : preview.errors)
        out += QStringLiteral("error: ") + error + QLatin1Char('\n');
    return out;
}

QString DrainPreviewText::renderRun(const QList<DrainNodePreview> &previews)
{
    QStringList parts;
    for (const DrainNodePreview &preview : previews)
        parts << render(preview);
    QString out = parts.join(QLatin1Char('\n'));
    const QList<DrainBlocker> found = DrainPreview::blockers(previews);
    if (!found.isEmpty())
        out += QLatin1Char('\n') + blockers(found);
    return out;
}

QString DrainPreviewText::blockers(const QList<DrainBlocker> &blockers)
{
    if (blockers.isEmpty())
        return {};
    TextTable table({tr("NODE"), tr("POD"), tr("BLOCKER"), tr("OPTION")});
    for (const DrainBlocker &b : blockers)
        table.addRow({b.node, b.podKey.isEmpty() ? QStringLiteral("-") : b.podKey, b.what,
                      b.option.isEmpty() ? tr("none") : b.option});
    return tr("What stops the run:") + QLatin1Char('\n') + table.toString();
}

} // namespace Slipway
