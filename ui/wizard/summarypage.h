#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace Slipway {

class RunPage;
class UpgradeWizard;

// Page 6: what the run did — its result, per node the time each phase took and the evictions, the
// problems (failed phases, errors, timeouts) and every override the user confirmed. Read from the
// run's events and the timeline model the chart draws.
class SummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    SummaryPage(UpgradeWizard *wizard, RunPage *run);

    void initializePage() override;

    QLabel *headline() const { return m_headline; }
    QTreeWidget *durationTree() const { return m_durations; }
    QListWidget *problemList() const { return m_problems; }
    QListWidget *overrideList() const { return m_overrides; }
    QPushButton *exportButton() const { return m_export; }
    // Writes the run's report (ui/report, from its journal) to `fileName`; false with `error`.
    bool exportPdf(const QString &fileName, QString *error);
    // A run-finished result ("succeeded", "failed", "aborted", empty) in words.
    static QString resultLabel(const QString &result);

private:
    void fillDurations();
    void fillProblemsAndOverrides();
    void chooseAndExport();

    UpgradeWizard *m_wizard;
    RunPage *m_run;
    QLabel *m_headline;
    QTreeWidget *m_durations;
    QListWidget *m_problems;
    QListWidget *m_overrides;
    QPushButton *m_export;
};

} // namespace Slipway
