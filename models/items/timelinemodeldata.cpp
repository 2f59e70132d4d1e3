// TimelineModel: what its items show (data roles and texts).

#include "models/items/timelinemodel.h"

#include <QDateTime>

namespace Slipway {

namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString timeText(qint64 ms)
{
    return ms < 0 ? QString() : utc(ms).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

} // namespace

QString TimelineModel::categoryLabel(TimelineBarCategory category)
{
    switch (category) {
    case TimelineBarCategory::Cordon:
        return tr("Cordon");
    case TimelineBarCategory::Drain:
        return tr("Drain");
    case TimelineBarCategory::WaitingOnPdb:
        return tr("Waiting on a PDB");
    case TimelineBarCategory::Upgrade:
        return tr("Upgrade");
    case TimelineBarCategory::Maintain:
        return tr("Maintenance");
    case TimelineBarCategory::Verify:
        return tr("Verify");
    case TimelineBarCategory::Uncordon:
        return tr("Uncordon");
    case TimelineBarCategory::Failed:
        return tr("Failed");
    }
    return {};
}

QString TimelineModel::resultLabel(TimelineBar::Result result)
{
    switch (result) {
    case TimelineBar::Result::Running:
        return tr("running");
    case TimelineBar::Result::Ok:
        return tr("ok");
    case TimelineBar::Result::Failed:
        return tr("failed");
    case TimelineBar::Result::Skipped:
        return tr("skipped");
    case TimelineBar::Result::Interrupted:
        return tr("interrupted");
    }
    return {};
}

QString TimelineModel::durationText(qint64 ms)
{
    ms = qMax<qint64>(0, ms);
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60'000)
        return tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
    const qint64 s = ms / 1000;
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString TimelineModel::barLabel(const TimelineBar &bar) const
{
    if (bar.isWait)
        return categoryLabel(TimelineBarCategory::WaitingOnPdb);
    const QString phase = categoryLabel(timelineCategoryOf(bar.phase));
    if (bar.result == TimelineBar::Result::Failed)
        return tr("%1 (failed)").arg(phase);
    return phase;
}

QString TimelineModel::barDetail(const TimelineBar &bar) const
{
    QStringList parts;
    if (bar.isWait) {
        if (!bar.pdb.isEmpty())
            parts << tr("PodDisruptionBudget %1").arg(bar.pdb);
        if (!bar.pod.isEmpty())
            parts << tr("pod %1").arg(bar.pod);
        if (!bar.outcome.isEmpty())
            parts << bar.outcome;
        else if (bar.isOpen())
            parts << resultLabel(bar.result);
    } else {
        parts << resultLabel(bar.result);
    }
    if (!bar.message.isEmpty())
        parts << bar.message;
    return parts.join(QStringLiteral(" · "));
}

QString TimelineModel::laneStateText(const TimelineLane &lane) const
{
    return nodeStateLabel(lane.state);
}

QString TimelineModel::nodeStateLabel(std::optional<NodeRunState> state)
{
    if (!state)
        return tr("pending");
    switch (*state) {
    case NodeRunState::Pending:
        return tr("pending");
    case NodeRunState::Cordoned:
        return tr("cordoned");
    case NodeRunState::Draining:
        return tr("draining");
    case NodeRunState::Drained:
        return tr("drained");
    case NodeRunState::Upgrading:
        return tr("upgrading");
    case NodeRunState::Maintaining:
        return tr("maintaining");
    case NodeRunState::Verifying:
        return tr("verifying");
    case NodeRunState::Uncordoned:
        return tr("uncordoned");
    case NodeRunState::Done:
        return tr("done");
    case NodeRunState::Waiting:
        return tr("waiting");
    case NodeRunState::Failed:
        return tr("failed");
    case NodeRunState::Paused:
        return tr("paused");
    case NodeRunState::Aborted:
        return tr("aborted");
    }
    return {};
}

QVariant TimelineModel::laneData(int row, int column, int role) const
{
    const TimelineLane &lane = m_lanes.at(row);
    const qint64 now = nowMs();
    const bool hasBars = lane.firstMs >= 0;
    const qint64 end = hasBars ? lane.endOr(now) : -1;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LabelColumn:
            return lane.node;
        case StartColumn:
            return timeText(lane.firstMs);
        case EndColumn:
            return timeText(end);
        case DurationColumn:
            return hasBars ? durationText(end - lane.firstMs) : QString();
        case DetailColumn:
            return laneStateText(lane);
        }
        return {};
    case SortRole:
        switch (column) {
        case LabelColumn:
            return lane.node;
        case StartColumn:
            return lane.firstMs;
        case EndColumn:
            return end;
        case DurationColumn:
            return hasBars ? end - lane.firstMs : qint64(-1);
        case DetailColumn:
            return lane.state ? int(*lane.state) : -1;
        }
        return {};
    case NodeNameRole:
        return lane.node;
    case LaneStateRole:
        return lane.state ? int(*lane.state) : -1;
    case IsBarRole:
        return false;
    case StartTimeRole:
        return hasBars ? QVariant(utc(lane.firstMs)) : QVariant();
    case EndTimeRole:
        return hasBars ? QVariant(utc(end)) : QVariant();
    case IsOpenRole:
        return lane.hasOpenBars();
    case DurationRole:
        return hasBars ? end - lane.firstMs : qint64(0);
    default:
        return {};
    }
}

QVariant TimelineModel::barData(const TimelineLane &lane, int barRow, int column, int role) const
{
    const TimelineBar &bar = lane.bars.at(barRow);
    const qint64 end = bar.endOr(nowMs());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LabelColumn:
            return barLabel(bar);
        case StartColumn:
            return timeText(bar.startMs);
        case EndColumn:
            return timeText(end);
        case DurationColumn:
            return durationText(end - bar.startMs);
        case DetailColumn:
            return barDetail(bar);
        }
        return {};
    case Qt::ToolTipRole:
        return bar.message.isEmpty() ? QVariant() : QVariant(bar.message);
    case SortRole:
        switch (column) {
        case StartColumn:
            return bar.startMs;
        case EndColumn:
            return end;
        case DurationColumn:
            return end - bar.startMs;
        case DetailColumn:
            return barDetail(bar);
        default:
            return barLabel(bar);
        }
    case NodeNameRole:
        return lane.node;
    case IsBarRole:
        return true;
    case BarCategoryRole:
        return int(bar.category);
    case PhaseRole:
        return int(bar.phase);
    case IsWaitRole:
        return bar.isWait;
    case BarResultRole:
        return int(bar.result);
    case StartTimeRole:
        return utc(bar.startMs);
    case EndTimeRole:
        return utc(end);
    case IsOpenRole:
        return bar.isOpen();
    case DurationRole:
        return end - bar.startMs;
    case MessageRole:
        return bar.message;
    case PodRole:
        return bar.pod;
    case PdbRole:
        return bar.pdb;
    case WaitOutcomeRole:
        return bar.outcome;
    default:
        return {};
    }
}

} // namespace Slipway
