#pragma once

// Lanes that do not fit are shown in groups: N consecutive nodes per row, each row showing, over
// time, the category most of its busy nodes are in. The segments of a group are computed once
// and kept until one of its lanes changes (or "now" moves and it has open bars), so a frame costs
// only the drawing. Qt Core only; the chart owns one.

#include "models/items/timelinelane.h"

#include <QList>

#include <array>
#include <vector>

namespace Slipway {

class TimelineModel;

class TimelineLaneGroups
{
public:
    struct Segment
    {
        qint64 startMs = 0;
        qint64 endMs = 0;
        TimelineBarCategory category = TimelineBarCategory::Cordon;
    };
    using Counts = std::array<int, kTimelineBarCategoryCount>;

    explicit TimelineLaneGroups(const TimelineModel *model);

    // Group sizes are 1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 25, 30, 40 … so rows stay put while scrolling; returns
    // the smallest such size that fits `lanes` lanes into `rows` rows.
    static int groupSizeFor(int lanes, int rows);
    void setGroupSize(int size);
    int groupSize() const { return m_size; }
    int groupCount() const;
    int groupOfLane(int lane) const { return lane / m_size; }

    void invalidateLane(int lane);
    void invalidateAll();

    // The group's segments in time order (adjacent segments of one category merged).
    const QList<Segment> &segments(int group);
    // How many of the group's nodes are in each category at `ms`, and how many are busy at all.
    Counts countsAt(int group, qint64 ms, int *busy = nullptr) const;
    // Which category wins when counts tie: failures first, then waits, then the longer phases.
    static int priority(TimelineBarCategory category);

private:
    void compute(int group);

    const TimelineModel *m_model;
    int m_size = 1;
    std::vector<QList<Segment>> m_segments;
    std::vector<bool> m_valid;
};

} // namespace Slipway
