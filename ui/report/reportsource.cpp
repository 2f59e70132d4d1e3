#include "ui/report/reportsource.h"

#include "models/planjson.h"
#include "models/upgradeplan.h"

#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

#include <pwd.h>
#include <unistd.h>

namespace Slipway {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ReportSource)
};

QString accountName()
{
    for (const char *variable : {"USER", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return value;
    }
    const uid_t uid = ::getuid();
    if (const passwd *entry = ::getpwuid(uid); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return QStringLiteral("uid%1").arg(uid);
}

} // namespace

QString currentOperator()
{
    QString host = QSysInfo::machineHostName();
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    return accountName() + QLatin1Char('@') + host;
}

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

ReportSource ReportSource::fromPlan(const UpgradePlan &plan, const QString &context, const QString &server)
{
    ReportSource source;
    source.plan = PlanJson::toJson(plan);
    source.clusterName = plan.clusterName;
    source.context = context;
    source.server = sanitizedServerAddress(server);
    source.operatorName = currentOperator();
    source.createdAt = QDateTime::currentDateTimeUtc();
    return source;
}

Result<ReportSource> ReportSource::fromJournal(const QString &path)
{
    using R = Result<ReportSource>;
    QFile file(path);
    if (!file.exists())
        return R::failure(Tr::tr("%1: no such file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(Tr::tr("%1: cannot read the journal: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty())
        return R::failure(Tr::tr("%1: the journal is empty (no header line)").arg(path));
    const QList<QByteArray> lines = bytes.split('\n');

    QJsonParseError error;
    const QJsonDocument headerDoc = QJsonDocument::fromJson(lines.constFirst(), &error);
    const QJsonObject header = headerDoc.object();
    if (error.error != QJsonParseError::NoError || !headerDoc.isObject() ||
        header.value(QLatin1String("kind")).toString() != QLatin1String("SlipwayRunJournal")) {
        return R::failure(Tr::tr("%1: not a Slipway run journal (its first line must be a header with "
                                 "\"kind\":\"SlipwayRunJournal\")")
                              .arg(path));
    }
    if (header.value(QLatin1String("v")).toInt(-1) != kRunEventFormatVersion) {
        return R::failure(Tr::tr("%1: journal format version %2 is not supported (this Slipway reads "
                                 "version %3)")
                              .arg(path, header.value(QLatin1String("v")).toVariant().toString())
                              .arg(kRunEventFormatVersion));
    }

    ReportSource source;
    source.hasRun = true;
    source.journalPath = QFileInfo(path).absoluteFilePath();
    source.runId = header.value(QLatin1String("runId")).toString();
    source.createdAt =
        QDateTime::fromString(header.value(QLatin1String("createdAt")).toString(), Qt::ISODateWithMs);
    source.clock = header.value(QLatin1String("clock")).toString();
    source.operatorName = header.value(QLatin1String("operator")).toString();
    const QJsonObject cluster = header.value(QLatin1String("cluster")).toObject();
    source.clusterName = cluster.value(QLatin1String("name")).toString();
    source.context = cluster.value(QLatin1String("context")).toString();
    source.server = sanitizedServerAddress(cluster.value(QLatin1String("server")).toString());
    source.plan = header.value(QLatin1String("plan")).toObject();
    source.drainPreview = header.value(QLatin1String("drainPreview")).toObject();

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        const bool last = i == lines.size() - 1 || (i == lines.size() - 2 && lines.constLast().isEmpty());
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            // A last line cut short by a crash is ignored (docs/run-events.md "The journal").
            if (last && !bytes.endsWith('\n')) {
                source.warnings
                    << Tr::tr("line %1 was cut short (the run was interrupted); ignored").arg(i + 1);
                continue;
            }
            return R::failure(
                Tr::tr("%1:%2: not a run event: %3").arg(path).arg(i + 1).arg(error.errorString()));
        }
        Result<RunEvent> event = RunEvent::fromJson(doc.object());
        if (!event.ok()) {
            const QString type = doc.object().value(QLatin1String("type")).toString();
            if (!type.isEmpty() && !RunEvent::typeFromName(type)) {
                source.warnings << Tr::tr("line %1: unknown event type \"%2\"; skipped").arg(i + 1).arg(type);
                continue;
            }
            return R::failure(Tr::tr("%1:%2: %3").arg(path).arg(i + 1).arg(event.errorText()));
        }
        source.events << event.value();
    }
    return source;
}

} // namespace Slipway
