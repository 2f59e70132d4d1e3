#pragma once

// What a report is made from: the plan (docs/plan-json.md), the cluster as the title block names
// it, and, for an executed run, the journal's header and events (docs/run-events.md). Value
// types; the command line and the GUI fill one and hand it to ReportWriter.

#include "models/drain/drainpreview.h"
#include "models/result.h"
#include "models/run/runevent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Slipway {

struct UpgradePlan;

struct ReportSource
{
    QJsonObject plan;     // the plan as docs/plan-json.md
    QString clusterName;  // the kubeconfig cluster or the practice scenario
    QString context;      // the kubeconfig context; empty for practice clusters and dumps
    QString server;       // "https://host:port", never with credentials; empty when there is none
    QString operatorName; // user@host
    QDateTime createdAt;  // when the plan was made or the run started (UTC)
    QString clock;        // "wall" | "virtual" (journal header); empty for plan-only reports

    bool hasRun = false; // made from a journal
    QString runId;       // the journal header's runId
    QString journalPath; // the file it was read from
    QList<RunEvent> events;
    QJsonObject run;      // the run's options (RunSpec JSON, the journal header's "run")
    QStringList warnings; // what the reader tolerated (a cut-short last line, unknown types)
    // The pre-flight drain preview (plan-only reports, computed from the snapshot): each node in
    // run order drained with the earlier ones cordoned.
    QList<DrainNodePreview> drainPreview;
    DrainOptions drainOptions;

    // A plan-only source: the plan as JSON, the drain preview of the plan's node order, the
    // cluster's address and the local operator.
    static ReportSource fromPlan(const ClusterSnapshot &snapshot, const UpgradePlan &plan,
                                 const QString &context, const QString &server);
    // Reads a run journal with RunJournal::read() (docs/run-events.md "The journal"); fails with a
    // message naming the file when it is missing, empty, foreign or of another format version.
    static Result<ReportSource> fromJournal(const QString &path);
};

// The address without user info, path, query or fragment: "https://host:port".
QString sanitizedServerAddress(const QString &server);

} // namespace Slipway
