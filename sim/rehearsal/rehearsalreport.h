#pragma once

// A rehearsal's report for people (text) and programs (JSON, docs/rehearsal-json.md).

#include "sim/rehearsal/practicecopy.h"
#include "sim/rehearsal/rehearsal.h"

#include <QJsonObject>

namespace Slipway {

// Where the copy came from and how it was played, stated in every report.
struct RehearsalContext
{
    QString source; // "dump cluster.json", "context prod (https://10.0.0.1:6443)"
    PracticeCopySummary copy;
    SimTimingModel timing;
    QStringList timingNotes; // what was overridden or calibrated, one sentence each
};

class RehearsalReport
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::RehearsalReport)

public:
    static QString text(const RehearsalResult &result, const RehearsalContext &context);
    // One row per strategy: result, duration, peak unavailable nodes, workloads below desired,
    // workloads with downtime, pods Pending, blockers.
    static QString compareTable(const QList<RehearsalResult> &results);
    static QString timingText(const SimTimingModel &timing, const QStringList &notes);

    // docs/rehearsal-json.md: {"kind":"SlipwayRehearsal","v":1, …}; `compared` may be empty.
    static QJsonObject json(const RehearsalResult &result, const RehearsalContext &context,
                            const QList<RehearsalResult> &compared);
    static QJsonObject resultJson(const RehearsalResult &result);
    // "1h 02m 05s", "4m 10s", "12s"
    static QString duration(qint64 msecs);
};

} // namespace Slipway
