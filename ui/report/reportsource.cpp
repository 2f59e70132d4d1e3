#include "ui/report/reportsource.h"

#include "models/planjson.h"
#include "models/run/runjournal.h"
#include "models/run/runspec.h"
#include "models/upgradeplan.h"

#include <QFileInfo>
#include <QUrl>

namespace Slipway {

QString sanitizedServerAddress(const QString &server)
{
    if (server.isEmpty())
        return {};
    const QUrl url(server);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    QString address = url.scheme() + QStringLiteral("://") + url.host(QUrl::FullyEncoded);
    if (url.port() > 0)
        address += QLatin1Char(':') + QString::number(url.port());
    return address;
}

ReportSource ReportSource::fromPlan(const ClusterSnapshot &snapshot, const UpgradePlan &plan,
                                    const QString &context, const QString &server)
{
    ReportSource source;
    // The pre-flight: every node drained in the plan's order (its first hop), one at a time, the
    // way a rolling run drains them (DaemonSet pods always left running).
    QStringList order;
    for (const PlanStep &step : plan.steps) {
        if (step.action == StepAction::Drain && step.hop == 0 && !order.contains(step.node))
            order << step.node;
    }
    if (!order.isEmpty()) {
        source.drainOptions.ignoreDaemonSets = true;
        source.drainPreview = DrainPreview::previewRun(snapshot, order, source.drainOptions, 1);
    }
    source.plan = PlanJson::toJson(plan);
    source.clusterName = plan.clusterName;
    source.context = context;
    source.server = sanitizedServerAddress(server);
    source.operatorName = currentOperatorName();
    source.createdAt = QDateTime::currentDateTimeUtc();
    return source;
}

Result<ReportSource> ReportSource::fromJournal(const QString &path)
{
    const Result<RunJournal::Contents> read = RunJournal::read(path);
    if (!read.ok())
        return Result<ReportSource>::failure(read);
    const RunJournal::Contents &journal = read.value();
    ReportSource source;
    source.hasRun = true;
    source.journalPath = QFileInfo(path).absoluteFilePath();
    source.runId = journal.header.runId;
    source.createdAt = journal.header.createdAt;
    source.clock = journal.header.virtualClock ? QStringLiteral("virtual") : QStringLiteral("wall");
    source.operatorName = journal.header.operatorName;
    source.clusterName = journal.header.cluster.name;
    source.context = journal.header.cluster.context;
    source.server = sanitizedServerAddress(journal.header.cluster.server);
    source.run = journal.header.run;
    source.plan = journal.header.plan;
    source.events = journal.events;
    source.warnings = journal.warnings;
    return source;
}

} // namespace Slipway
