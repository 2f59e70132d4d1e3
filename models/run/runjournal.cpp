#include "models/run/runjournal.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Slipway {

namespace {

const QLatin1String kKind("SlipwayRunJournal");
constexpr int kJournalVersion = 1;

// https://user:secret@host:6443/path?token=… → https://host:6443/path
QString stripCredentials(const QString &server)
{
    QUrl url(server);
    if (!url.isValid() || url.scheme().isEmpty())
        return server.section(QLatin1Char('@'), -1).section(QLatin1Char('?'), 0, 0);
    url.setUserInfo({});
    url.setQuery(QString());
    url.setFragment(QString());
    return url.toString();
}

bool syncToDisk(QFileDevice &file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0;
#else
    return true;
#endif
}

void syncDirectory(const QString &dir)
{
#ifdef Q_OS_UNIX
    // The new directory entry must survive a crash too, not only the file's contents.
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(dir)
#endif
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

QJsonObject RunJournalHeader::toJson() const
{
    RunClusterInfo safe = cluster;
    safe.server = stripCredentials(cluster.server);
    return QJsonObject{
        {QStringLiteral("kind"), kKind},
        {QStringLiteral("v"), kJournalVersion},
        {QStringLiteral("minor"), minor},
        {QStringLiteral("runId"), runId},
        {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("clock"), virtualClock ? QStringLiteral("virtual") : QStringLiteral("wall")},
        {QStringLiteral("operator"), operatorName},
        {QStringLiteral("cluster"), safe.toJson()},
        {QStringLiteral("run"), run},
        {QStringLiteral("plan"), plan},
    };
}

Result<RunJournalHeader> RunJournalHeader::fromJson(const QJsonObject &o)
{
    if (o.value(QLatin1String("kind")).toString() != kKind) {
        return Result<RunJournalHeader>::failure(RunJournal::tr(
            "it is not a Slipway run journal (line 1 has no \"kind\": \"SlipwayRunJournal\")"));
    }
    const QJsonValue v = o.value(QLatin1String("v"));
    if (v.toInt(-1) != kJournalVersion) {
        return Result<RunJournalHeader>::failure(
            RunJournal::tr("it is a run journal of format version %1; this Slipway reads version %2")
                .arg(v.toVariant().toString())
                .arg(kJournalVersion));
    }
    RunJournalHeader h;
    h.runId = o.value(QLatin1String("runId")).toString();
    h.createdAt = QDateTime::fromString(o.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs);
    h.virtualClock = o.value(QLatin1String("clock")).toString() == QLatin1String("virtual");
    h.operatorName = o.value(QLatin1String("operator")).toString();
    h.cluster = RunClusterInfo::fromJson(o.value(QLatin1String("cluster")).toObject());
    h.run = o.value(QLatin1String("run")).toObject();
    h.plan = o.value(QLatin1String("plan")).toObject();
    h.minor = o.value(QLatin1String("minor")).toInt(0);
    return h;
}

QString RunJournalHeader::newRunId(const QDateTime &now)
{
    return now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('-') +
           QString::number(QRandomGenerator::global()->bounded(0x10000), 16)
               .rightJustified(4, QLatin1Char('0'));
}

QString RunJournal::defaultPath(const QString &runId)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/runs/") +
           runId + QStringLiteral(".jsonl");
}

RunJournal::~RunJournal() = default;

Result<std::unique_ptr<RunJournal>> RunJournal::create(const QString &path, const RunJournalHeader &header)
{
    using R = Result<std::unique_ptr<RunJournal>>;
    const QFileInfo info(path);
    if (info.exists())
        return R::failure(
            tr("The run journal %1 exists already; give another --journal file, or resume that run.")
                .arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return R::failure(tr("Cannot create the folder %1 for the run journal.").arg(info.absolutePath()));
    QSaveFile save(path);
    if (!save.open(QIODevice::WriteOnly))
        return R::failure(tr("Cannot write the run journal %1: %2").arg(path, save.errorString()));
    save.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    save.write(line(header.toJson()));
    if (!save.commit())
        return R::failure(tr("Cannot write the run journal %1: %2").arg(path, save.errorString()));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // A run on the virtual clock plays against a simulator in this process: a crash takes its
    // cluster with it and leaves nothing to resume, so its lines are written, not forced to disk
    // (an fsync per event made a rehearsal with --journal wait on the disk most of its time).
    const bool durable = !header.virtualClock;
    if (durable)
        syncDirectory(info.absolutePath());
    std::unique_ptr<RunJournal> journal(new RunJournal);
    journal->m_durable = durable;
    journal->m_file.setFileName(path);
    if (!journal->m_file.open(QIODevice::WriteOnly | QIODevice::Append))
        return R::failure(
            tr("Cannot append to the run journal %1: %2").arg(path, journal->m_file.errorString()));
    return journal;
}

std::unique_ptr<RunJournal> RunJournal::discarding()
{
    std::unique_ptr<RunJournal> journal(new RunJournal);
    journal->m_discarding = true;
    journal->m_durable = false;
    return journal;
}

Result<std::unique_ptr<RunJournal>> RunJournal::openForAppend(const QString &path, Contents *contents)
{
    using R = Result<std::unique_ptr<RunJournal>>;
    std::unique_ptr<RunJournal> journal(new RunJournal);
    journal->m_file.setFileName(path);
    if (!journal->m_file.open(QIODevice::ReadWrite))
        return R::failure(tr("Cannot open the run journal %1: %2").arg(path, journal->m_file.errorString()));
    qsizetype goodLength = 0;
    Result<Contents> parsed = parse(path, journal->m_file.readAll(), &goodLength);
    if (!parsed.ok())
        return R::failure(parsed);
    if (parsed->header.minor > kRunEventFormatMinor)
        return R::failure(tr("The run journal %1 was written by a newer Slipway (format 1.%2; this one "
                             "resumes up to 1.%3); resume it with that version.")
                              .arg(path)
                              .arg(parsed->header.minor)
                              .arg(kRunEventFormatMinor));
    // Cut a torn last line off, so that the next event starts a line of its own.
    if (journal->m_file.size() != goodLength &&
        (!journal->m_file.resize(goodLength) || !syncToDisk(journal->m_file)))
        return R::failure(
            tr("Cannot repair the run journal %1: %2").arg(path, journal->m_file.errorString()));
    journal->m_file.seek(goodLength);
    if (goodLength > 0 && !parsed->events.isEmpty() && journal->m_file.size() == goodLength) {
        // The last event was written whole but its newline was not.
        journal->m_file.seek(goodLength - 1);
        if (journal->m_file.read(1) != "\n")
            journal->m_file.write("\n");
    }
    if (contents)
        *contents = std::move(parsed).value();
    return journal;
}

Result<RunJournal::Contents> RunJournal::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Result<Contents>::failure(tr("The run journal %1 does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Result<Contents>::failure(
            tr("Cannot read the run journal %1: %2").arg(path, file.errorString()));
    qsizetype goodLength = 0;
    return parse(path, file.readAll(), &goodLength);
}

Result<RunJournal::Contents> RunJournal::parse(const QString &path, const QByteArray &bytes,
                                               qsizetype *goodLength)
{
    using R = Result<Contents>;
    Contents c;
    c.path = path;
    const qsizetype firstEnd = bytes.indexOf('\n');
    if (bytes.trimmed().isEmpty() || firstEnd < 0)
        return R::failure(tr("%1 is not a Slipway run journal: it has no header line.").arg(path), path, 1);
    QJsonParseError error;
    const QJsonDocument headerDoc = QJsonDocument::fromJson(bytes.left(firstEnd), &error);
    if (!headerDoc.isObject())
        return R::failure(tr("%1 is not a Slipway run journal: line 1 is not a JSON object.").arg(path), path,
                          1);
    Result<RunJournalHeader> header = RunJournalHeader::fromJson(headerDoc.object());
    if (!header.ok())
        return R::failure(tr("The run journal %1 cannot be used: %2.").arg(path, header.errorText()), path,
                          1);
    c.header = header.value();
    *goodLength = firstEnd + 1;
    int lineNumber = 1;
    qsizetype start = firstEnd + 1;
    while (start < bytes.size()) {
        ++lineNumber;
        const qsizetype end = bytes.indexOf('\n', start);
        const bool complete = end >= 0;
        const QByteArray text = bytes.mid(start, complete ? end - start : -1);
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (!complete && !doc.isObject()) {
            c.warnings.append(
                tr("%1:%2: the last line was cut short (the run was interrupted); it is ignored.")
                    .arg(path)
                    .arg(lineNumber));
            break;
        }
        if (!doc.isObject())
            return R::failure(
                tr("The run journal %1 is damaged: line %2 is not a JSON object.").arg(path).arg(lineNumber),
                path, lineNumber);
        Result<RunEvent> event = RunEvent::fromJson(doc.object());
        if (event.ok())
            c.events.append(event.value());
        else
            c.warnings.append(
                tr("%1:%2: %3; the line is skipped.").arg(path).arg(lineNumber).arg(event.errorText()));
        start = complete ? end + 1 : bytes.size();
        *goodLength = complete ? start : *goodLength;
        if (!complete)
            *goodLength = bytes.size(); // a complete JSON object without its newline: keep it
    }
    return c;
}

namespace {

// The lines of one pod or one sample: a rehearsal at production size writes about a million.
bool perPodLine(RunEvent::Type type)
{
    switch (type) {
    case RunEvent::Type::Intent:
    case RunEvent::Type::EvictionAttempt:
    case RunEvent::Type::PodDeleted:
    case RunEvent::Type::PodGone:
    case RunEvent::Type::WaitStarted:
    case RunEvent::Type::WaitEnded:
    case RunEvent::Type::ClusterSample:
        return true;
    default:
        return false;
    }
}

} // namespace

Diagnostics RunJournal::append(const RunEvent &event)
{
    Diagnostics d;
    if (m_discarding)
        return d;
    const QByteArray bytes = line(event.toJson());
    // A journal on the virtual clock is not fsynced, and its per-pod lines are not flushed one by
    // one either (a system call each): they reach the file with the next other line (a phase, a
    // node's state, an override, the run's end) or when the file's write buffer fills. A
    // write error then shows at that flush. A durable journal syncs every line.
    if (m_file.write(bytes) != bytes.size() ||
        !(m_durable ? syncToDisk(m_file) : perPodLine(event.type) || m_file.flush()))
        d.addError(tr("Cannot write to the run journal %1: %2. The run stops before changing anything else.")
                       .arg(m_file.fileName(), m_file.errorString()));
    return d;
}

} // namespace Slipway
