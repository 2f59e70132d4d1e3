#pragma once

// The GUI's way to the PDF report: File ▸ Export report… (the open cluster's plan), File ▸ Export
// run report… (a journal), and the wizard's Export PDF button on its summary page, which calls
// exportJournal() with the run's journal. Each asks for the file name, writes the report in the
// window's language on the paper of the user's locale, and says what went wrong in a message box.

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Slipway {

struct ClusterSnapshot;
struct ReportOptions;
struct ReportSource;
struct UpgradePlan;

class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ReportExporter)

public:
    // The report of the run recorded in `journalPath` (finished or not). True when written.
    static bool exportJournal(const QString &journalPath, QWidget *parent);
    // Asks for a journal (in <AppLocalDataLocation>/runs by default), then exports it.
    static bool chooseJournalAndExport(QWidget *parent);
    // The plan-only report of the cluster the window shows.
    static bool exportPlan(const ClusterSnapshot &snapshot, const UpgradePlan &plan, const QString &context,
                           QWidget *parent);
    // The window's language (en or ko) and the locale's paper (letter in the US and Canada).
    static ReportOptions defaultOptions();

private:
    static bool save(const ReportSource &source, const QString &suggestedName, QWidget *parent);
};

} // namespace Slipway
