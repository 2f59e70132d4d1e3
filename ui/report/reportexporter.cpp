#include "ui/report/reportexporter.h"

#include "models/run/runjournal.h"
#include "models/upgradeplan.h"
#include "ui/report/reportwriter.h"
#include "ui/settings.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace Slipway {

ReportOptions ReportExporter::defaultOptions()
{
    ReportOptions options;
    QString language = Settings::language();
    if (language.isEmpty())
        language = QLocale().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
    options.language = ReportWriter::languages().contains(language) ? language : QStringLiteral("en");
    const QLocale::Territory territory = QLocale().territory();
    options.paper = territory == QLocale::UnitedStates || territory == QLocale::Canada ? QPageSize::Letter
                                                                                       : QPageSize::A4;
    return options;
}

bool ReportExporter::save(const ReportSource &source, const QString &suggestedName, QWidget *parent)
{
    const QString start =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggestedName);
    QString fileName =
        QFileDialog::getSaveFileName(parent, tr("Export report"), start, tr("PDF files (*.pdf)"));
    if (fileName.isEmpty())
        return false;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += QStringLiteral(".pdf");
    QString error;
    // A report of a normal run takes a fraction of a second; the timeline chart is a widget, so it
    // is drawn on this thread (docs/report.md).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool written = ReportWriter::write(source, defaultOptions(), fileName, &error);
    QApplication::restoreOverrideCursor();
    if (!written)
        QMessageBox::warning(parent, tr("Export report"), tr("The report was not written: %1").arg(error));
    return written;
}

bool ReportExporter::exportJournal(const QString &journalPath, QWidget *parent)
{
    const Result<ReportSource> source = ReportSource::fromJournal(journalPath);
    if (!source.ok()) {
        QMessageBox::warning(parent, tr("Export report"), source.errorText());
        return false;
    }
    return save(source.value(), QFileInfo(journalPath).completeBaseName() + QStringLiteral(".pdf"), parent);
}

bool ReportExporter::chooseJournalAndExport(QWidget *parent)
{
    const QString runs = QFileInfo(RunJournal::defaultPath(QStringLiteral("x"))).absolutePath();
    const QString journal = QFileDialog::getOpenFileName(parent, tr("Choose a run journal"), runs,
                                                         tr("Run journals (*.jsonl);;All files (*)"));
    return !journal.isEmpty() && exportJournal(journal, parent);
}

bool ReportExporter::exportPlan(const ClusterSnapshot &snapshot, const UpgradePlan &plan,
                                const QString &context, QWidget *parent)
{
    const ReportSource source = ReportSource::fromPlan(snapshot, plan, context, QString());
    const QString name = QStringLiteral("%1-plan-%2.pdf")
                             .arg(plan.clusterName.isEmpty() ? QStringLiteral("cluster") : plan.clusterName,
                                  QDate::currentDate().toString(Qt::ISODate));
    return save(source, name, parent);
}

} // namespace Slipway
