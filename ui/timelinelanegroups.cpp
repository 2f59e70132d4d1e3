#include "ui/timelinelanegroups.h"

#include "models/items/timelinemodel.h"

#include <algorithm>

namespace Slipway {

TimelineLaneGroups::TimelineLaneGroups(const TimelineModel *model)
    : m_model(model)
{}

int TimelineLaneGroups::groupSizeFor(int lanes, int rows)
{
    if (rows <= 0)
        return 1;
    const int needed = (lanes + rows - 1) / rows;
    if (needed <= 1)
        return 1;
    for (int decade = 1;; decade *= 10) {
        for (const int step : {10, 15, 20, 25, 30, 40, 50, 60, 80}) {
            const int size = qMax(1, step * decade / 10);
            if (size >= needed)
                return size;
        }
    }
}

void TimelineLaneGroups::setGroupSize(int size)
{
    size = qMax(1, size);
    if (size == m_size)
        return;
    m_size = size;
    invalidateAll();
}

int TimelineLaneGroups::groupCount() const
{
    return (m_model->laneCount() + m_size - 1) / m_size;
}

void TimelineLaneGroups::invalidateLane(int lane)
{
    const size_t group = size_t(lane / m_size);
    if (group < m_valid.size())
        m_valid[group] = false;
}

void TimelineLaneGroups::invalidateAll()
{
    m_segments.clear();
    m_valid.clear();
}

int TimelineLaneGroups::priority(TimelineBarCategory category)
{
    switch (category) {
    case TimelineBarCategory::Failed:
        return 7;
    case TimelineBarCategory::WaitingOnPdb:
        return 6;
    case TimelineBarCategory::Drain:
        return 5;
    case TimelineBarCategory::Upgrade:
        return 4;
    case TimelineBarCategory::Maintain:
        return 3;
    case TimelineBarCategory::Verify:
        return 2;
    case TimelineBarCategory::Cordon:
        return 1;
    case TimelineBarCategory::Uncordon:
        return 0;
    }
    return 0;
}

const QList<TimelineLaneGroups::Segment> &TimelineLaneGroups::segments(int group)
{
    const size_t count = size_t(groupCount());
    if (m_segments.size() < count) {
        m_segments.resize(count);
        m_valid.resize(count, false);
    }
    if (!m_valid[size_t(group)])
        compute(group);
    return m_segments[size_t(group)];
}

void TimelineLaneGroups::compute(int group)
{
    // A sweep over the bars' starts and ends, counting lanes per category.
    struct Point
    {
        qint64 ms;
        int delta; // +1 start, -1 end
        int category;
    };
    std::vector<Point> points;
    const qint64 now = m_model->nowMs();
    const int first = group * m_size;
    const int last = qMin(m_model->laneCount(), first + m_size);
    for (int lane = first; lane < last; ++lane) {
        for (const TimelineBar &bar : m_model->lane(lane).bars) {
            // A bar of no length (a failure recorded without its start) still counts for 1 ms.
            const qint64 end = qMax(bar.endOr(now), bar.startMs + 1);
            points.push_back({bar.startMs, 1, int(bar.category)});
            points.push_back({end, -1, int(bar.category)});
        }
    }
    std::sort(points.begin(), points.end(), [](const Point &a, const Point &b) {
        return a.ms != b.ms ? a.ms < b.ms : a.delta < b.delta; // ends before starts
    });

    QList<Segment> &out = m_segments[size_t(group)];
    out.clear();
    Counts counts{};
    for (size_t i = 0; i < points.size(); ++i) {
        counts[size_t(points[i].category)] += points[i].delta;
        if (i + 1 < points.size() && points[i + 1].ms == points[i].ms)
            continue;
        if (i + 1 == points.size())
            break;
        int best = -1;
        for (int c = 0; c < kTimelineBarCategoryCount; ++c) {
            if (counts[size_t(c)] <= 0)
                continue;
            if (best < 0 || counts[size_t(c)] > counts[size_t(best)] ||
                (counts[size_t(c)] == counts[size_t(best)] &&
                 priority(TimelineBarCategory(c)) > priority(TimelineBarCategory(best))))
                best = c;
        }
        if (best < 0)
            continue;
        const qint64 from = points[i].ms;
        const qint64 to = points[i + 1].ms;
        if (!out.isEmpty() && out.constLast().endMs == from && int(out.constLast().category) == best)
            out.last().endMs = to;
        else
            out.append({from, to, TimelineBarCategory(best)});
    }
    m_valid[size_t(group)] = true;
}

TimelineLaneGroups::Counts TimelineLaneGroups::countsAt(int group, qint64 ms, int *busy) const
{
    Counts counts{};
    int active = 0;
    const qint64 now = m_model->nowMs();
    const int first = group * m_size;
    const int last = qMin(m_model->laneCount(), first + m_size);
    for (int lane = first; lane < last; ++lane) {
        const TimelineLane &l = m_model->lane(lane);
        const int bar = l.barAt(ms, now);
        if (bar < 0)
            continue;
        ++active;
        ++counts[size_t(l.bars.at(bar).category)];
    }
    if (busy)
        *busy = active;
    return counts;
}

} // namespace Slipway
