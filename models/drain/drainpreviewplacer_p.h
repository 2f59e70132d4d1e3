#pragma once

// The drain preview's capacity check (internal): replacement pods are placed one by one on the
// schedulable nodes with the scheduler's filters (models/schedulingpredicates.h) and, among the
// nodes that fit, the least allocated one — the default scheduler's NodeResourcesFit
// LeastAllocated scoring, without the other scores.

#include "models/clustersnapshot.h"

#include <QHash>
#include <QSet>

namespace Slipway {

class DrainPreviewPlacer
{
public:
    // `draining`: nodes being drained (treated as cordoned whatever the snapshot says).
    DrainPreviewPlacer(const ClusterSnapshot &snapshot, const QSet<QString> &draining);

    // The node a replacement of `pod` would be scheduled to (its requests are then counted there),
    // or empty with `why` set to the scheduler's FailedScheduling message.
    QString place(const Pod &pod, QString *why);

private:
    QList<Node> m_nodes; // cordons and the not-ready taint applied
    QHash<QString, Resources> m_requested;
};

} // namespace Slipway
