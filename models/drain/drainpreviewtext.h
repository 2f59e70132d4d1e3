#pragma once

// The drain preview as text for a terminal (`slipway drain --preview`, `upgrade --dry-run`): one
// table per node like the plan's (models/texttable.h), a summary line, kubectl's warnings and
// errors, and a run's blockers with the option that covers each.

#include "models/drain/drainpreview.h"

#include <QCoreApplication>

namespace Slipway {

class DrainPreviewText
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::DrainPreviewText)

public:
    static QString render(const DrainNodePreview &preview);
    static QString renderRun(const QList<DrainNodePreview> &previews);
    // "3 to evict (1 with downtime), 2 skipped, 1 blocked; 1 would stay Pending"
    static QString summary(const DrainNodePreview &preview);
    // The detail column of one pod: why, where its replacement goes or why it stays Pending.
    static QString detail(const DrainPodPreview &pod);
    static QString blockers(const QList<DrainBlocker> &blockers);
};

} // namespace Slipway
