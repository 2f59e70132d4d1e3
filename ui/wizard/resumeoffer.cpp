#include "ui/wizard/resumeoffer.h"

#include "models/run/runjournal.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace Slipway {

QList<InterruptedRun> ResumeOffer::find(const QString &clusterName, const QString &folder)
{
    const QString dir =
        folder.isEmpty() ? QFileInfo(RunJournal::defaultPath(QStringLiteral("x"))).absolutePath() : folder;
    QList<InterruptedRun> out;
    const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const Result<RunJournal::Contents> journal = RunJournal::read(file.absoluteFilePath());
        if (!journal.ok() || journal->header.cluster.name != clusterName)
            continue;
        const JournalReplay replay = JournalReplay::replay(journal->events);
        if (!replay.started || replay.finished)
            continue;
        InterruptedRun run;
        run.journalPath = file.absoluteFilePath();
        run.kind = journal->header.run.value(QLatin1String("kind")).toString();
        run.clusterName = clusterName;
        run.createdAt = journal->header.createdAt;
        run.nodes = int(replay.nodeOrder.size());
        for (const JournalNodeRecord &node : replay.nodes)
            run.nodesDone += node.state == NodeRunState::Done ? 1 : 0;
        out << run;
    }
    std::sort(out.begin(), out.end(),
              [](const InterruptedRun &a, const InterruptedRun &b) { return a.createdAt > b.createdAt; });
    return out;
}

QString ResumeOffer::describe(const InterruptedRun &run)
{
    const QString when = run.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return run.kind == QLatin1String("maintenance")
               ? tr("A maintenance run on %1 started %2 was interrupted with %3 of %4 nodes done.")
                     .arg(run.clusterName, when)
                     .arg(run.nodesDone)
                     .arg(run.nodes)
               : tr("An upgrade of %1 started %2 was interrupted with %3 of %4 nodes done.")
                     .arg(run.clusterName, when)
                     .arg(run.nodesDone)
                     .arg(run.nodes);
}

} // namespace Slipway
