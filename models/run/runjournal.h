#pragma once

// The run journal (docs/run-events.md "The journal", format version 1): one UTF-8 JSON Lines file,
// a header line then one run event per line. The header is written atomically (QSaveFile, 0600);
// events are appended and fsync'ed one by one, so after a crash — even SIGKILL — the journal says
// what might have happened. The reader ignores a last line cut short by a crash and refuses a
// missing, foreign or other-version header, naming the file and the problem. Qt Core only.

#include "models/result.h"
#include "models/run/runevent.h"
#include "models/run/runspec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace Slipway {

struct RunJournalHeader
{
    QString runId;
    QDateTime createdAt;              // UTC
    bool virtualClock = false;        // "clock": "virtual" for in-process practice runs, else "wall"
    QString operatorName;             // "user@host"
    RunClusterInfo cluster;           // the server address is stripped of any user info and query
    QJsonObject run;                  // RunSpec::toJson()
    QJsonObject plan;                 // PlanJson::toJson() (docs/plan-json.md), empty for maintenance
    int minor = kRunEventFormatMinor; // the format's minor version that wrote it (missing: 0)

    QJsonObject toJson() const;
    static Result<RunJournalHeader> fromJson(const QJsonObject &object);
    // A fresh run id: UTC time plus a random suffix, usable as a file name.
    static QString newRunId(const QDateTime &now);
};

// What a journal says about one node after replaying its events.
struct JournalNodeRecord
{
    NodeRunState state = NodeRunState::Pending;
    NodeRunState held = NodeRunState::Pending; // the working state a waiting/paused node returns to
    // A `cordon` event with result "cordoned", or a `cordon` intent without its outcome (the
    // PATCH may have been carried out: counted as Slipway's for the summary, roll back and resume).
    bool cordonedBySlipway = false;
    bool cordonUnconfirmed = false;     // counted on the open intent alone
    bool cordonedBySomeoneElse = false; // "already-cordoned": leave it so
    bool uncordoned = false;            // an `uncordon` event after Slipway's cordon
    QSet<RunPhase> phasesFinished;      // phase-finished with result ok or skipped
    QSet<QString> podsGone;             // ns/name confirmed gone (pod-gone, or an eviction "gone")
    QString bootIdBefore; // status.nodeInfo.bootID before the middle step (its intent's data.bootId)
};

// Everything replayed from a journal's events.
struct JournalReplay
{
    QHash<QString, JournalNodeRecord> nodes;
    QStringList nodeOrder; // from run-started
    int lastSeq = 0;
    bool started = false;
    bool finished = false; // a run-finished event
    QString result;        // its data.result
    // `intent` events whose outcome was never recorded (the run died between the two): each must
    // be checked against the cluster before anything is sent again.
    QList<RunEvent> openIntents;
    // Runs of several hops (format 1.1): the last `hop-started`'s hop (1…; 0 = none) and the last
    // `hop-finished`'s. `nodes` holds only the events from the last hop-started on.
    int hop = 0;
    int hopFinished = 0;
    int evictionsAccepted = 0;
    int podsDeleted = 0;

    static JournalReplay replay(const QList<RunEvent> &events);
};

class RunJournal
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::RunJournal)

public:
    struct Contents
    {
        QString path;
        RunJournalHeader header;
        QList<RunEvent> events;
        QStringList warnings; // a torn last line, events of unknown types (skipped)
    };

    // Creates `path` (its folder too) with the header line, atomically and with mode 0600, and
    // opens it for appending. Refuses an existing file: a journal is never overwritten.
    static Result<std::unique_ptr<RunJournal>> create(const QString &path, const RunJournalHeader &header);
    // A journal that keeps nothing: append() succeeds without writing. For runs nobody will
    // resume or read back (a rehearsal on a practice copy without --journal; UpgradeRunner::
    // setJournalKept()), whose events still go out as signals.
    static std::unique_ptr<RunJournal> discarding();
    // Reads `path` and opens it for appending more events (a resumed run). A torn last line is
    // cut off first, so new events start on a line of their own.
    static Result<std::unique_ptr<RunJournal>> openForAppend(const QString &path, Contents *contents);
    // Reads a journal without opening it for writing.
    static Result<Contents> read(const QString &path);
    // <AppLocalDataLocation>/runs/<runId>.jsonl
    static QString defaultPath(const QString &runId);

    ~RunJournal();

    QString path() const { return m_file.fileName(); }
    // Appends the event's line and forces it to disk (flush + fsync) before returning; a journal
    // created for a run on the virtual clock (header.virtualClock: an in-process practice run,
    // whose cluster cannot outlive a crash) is flushed only, its per-pod lines (intents,
    // evictions, pods gone, waits, samples) with the next other line or a full buffer. An error
    // (disk full, file gone) names the file; the runner must then stop before any mutation.
    Diagnostics append(const RunEvent &event);

private:
    RunJournal() = default;
    static Result<Contents> parse(const QString &path, const QByteArray &bytes, qsizetype *goodLength);

    QFile m_file;
    bool m_durable = true;
    bool m_discarding = false;
};

} // namespace Slipway
