#pragma once

// The upgrade report as PDF (docs/report.md): a title block, a summary, versions before and
// after, skew findings, the plan, the pre-flight drain preview, the execution per node, the
// timeline chart as vector graphics and the event log, with a table of contents, a running
// header and page numbers. Qt's own PDF path (QPdfWriter + QPainter); the file is written
// atomically (QSaveFile): on any failure no file, and no partial file, is left behind.
//
// Needs a QApplication (the timeline chart is a widget); the command line makes one on the
// offscreen platform when there is no display.

#include "ui/report/reportsource.h"

#include <QPageSize>
#include <QTimeZone>

namespace Slipway {

struct ReportOptions
{
    QString language = QStringLiteral("en"); // en | ko: fonts and date formats (texts follow tr())
    QPageSize::PageSizeId paper = QPageSize::A4;
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    QDateTime generatedAt; // default: now
    // Runs with more nodes than this get a per-node summary table and detail only for the nodes
    // with problems (a 5,000-node run stays readable and fast).
    int detailNodeLimit = 40;
    // Plans with more nodes than this show every node's steps only for the first few nodes.
    int stepNodeLimit = 12;
};

class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ReportWriter)

public:
    // Writes the report to `fileName`; false with `error` set (the file untouched) on failure.
    static bool write(const ReportSource &source, const ReportOptions &options, const QString &fileName,
                      QString *error);
    // "en", "ko"; and "a4", "letter" (for the command line and docs).
    static QStringList languages();
    static std::optional<QPageSize::PageSizeId> paperFromName(const QString &name);
};

} // namespace Slipway
