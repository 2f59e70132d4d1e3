#pragma once

// Shared by tst_report and tst_reportcli: the PDF read back with poppler's own tools (pdftotext,
// pdffonts, pdfinfo), as a reader of the report would, and a run journal in the documented format
// (docs/run-events.md "The journal") around a list of events.
#include "models/run/runevent.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>

namespace Slipway::ReportTest {

inline QString runTool(const QString &tool, const QStringList &arguments)
{
    QProcess p;
    p.start(tool, arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(tool, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text as pdftotext extracts it, whitespace collapsed so wrapped lines still match.
inline QString pdfText(const QString &pdf)
{
    QString text = runTool(QStringLiteral("pdftotext"),
                           {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    return text.simplified();
}

// pdffonts' rows: "name type encoding emb sub uni id gen".
inline QStringList pdfFontRows(const QString &pdf)
{
    QStringList lines =
        runTool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(2);
}

inline QString pdfInfo(const QString &pdf)
{
    return runTool(QStringLiteral("pdfinfo"), {pdf});
}

inline bool writeJournal(const QString &path, const QJsonObject &header, const QList<RunEvent> &events)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n');
    for (const RunEvent &event : events)
        file.write(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact) + '\n');
    return true;
}

inline QJsonObject journalHeader(const QJsonObject &plan, const QString &clusterName)
{
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("SlipwayRunJournal")},
        {QStringLiteral("v"), 1},
        {QStringLiteral("runId"), QStringLiteral("20261202-043000-test")},
        {QStringLiteral("createdAt"), QStringLiteral("2026-12-02T04:30:00.000Z")},
        {QStringLiteral("clock"), QStringLiteral("virtual")},
        {QStringLiteral("operator"), QStringLiteral("alice@bastion-1")},
        {QStringLiteral("cluster"),
         QJsonObject{{QStringLiteral("name"), clusterName},
                     {QStringLiteral("context"), QStringLiteral("practice")},
                     {QStringLiteral("server"), QStringLiteral("https://127.0.0.1:6443")}}},
        {QStringLiteral("run"), QJsonObject{}},
        {QStringLiteral("plan"), plan},
    };
}

} // namespace Slipway::ReportTest
