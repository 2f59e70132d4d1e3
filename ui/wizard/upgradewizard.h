#pragma once

// The guided upgrade (issue 9): Cluster → Target and path (or maintenance) → Pre-flight →
// Strategy → Run → Summary. A QWizard over the open ClusterSession: the pages read the session's
// snapshot and fill a WizardDraft; the run page hands it to the runner and shows its events.
// Planning and pre-flight run on the thread pool. docs/wizard.md describes the flow.

#include "models/run/rehearser.h"
#include "ui/wizard/wizarddraft.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWizard>

namespace Slipway {

class ClusterSession;
class ReleaseCatalog;
class ClusterPage;
class TargetPage;
class PreflightPage;
class StrategyPage;
class RunPage;
class SummaryPage;
class RehearsalPanel;

class UpgradeWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        ClusterPageId,
        TargetPageId,
        PreflightPageId,
        StrategyPageId,
        RunPageId,
        SummaryPageId,
    };

    // `session` and `catalog` must outlive the wizard. `kind` preselects upgrade or maintenance.
    UpgradeWizard(ClusterSession *session, const ReleaseCatalog &catalog, RunKind kind,
                  QWidget *parent = nullptr);
    ~UpgradeWizard() override;

    ClusterSession *session() const { return m_session; }
    const ReleaseCatalog &catalog() const { return m_catalog; }
    WizardDraft &draft() { return m_draft; }
    const WizardDraft &draft() const { return m_draft; }
    // Catalog dates are compared with this day (tests inject one); default: today.
    QDate today() const { return m_today; }
    void setToday(const QDate &today);

    ClusterPage *clusterPage() const { return m_clusterPage; }
    TargetPage *targetPage() const { return m_targetPage; }
    PreflightPage *preflightPage() const { return m_preflightPage; }
    StrategyPage *strategyPage() const { return m_strategyPage; }
    RunPage *runPage() const { return m_runPage; }
    SummaryPage *summaryPage() const { return m_summaryPage; }

    // Brings an interrupted run back (after Slipway was closed mid-run): the run page at once,
    // fed from the journal, and the runner resumed from it. False (reasons in the log) when the
    // runner refuses the journal.
    bool resumeFromJournal(const QString &journalPath);
    // Plans the run's one hop (spec.target, no extra patch hop, as `slipway upgrade` does) on the
    // thread pool; runPlanReady() follows. The strategy page waits for it.
    void planRun();
    bool isRunPlanReady() const { return m_runPlanReady; }

    // Rehearse… on the pre-flight and strategy pages (docs/rehearsal.md): the draft's run (strategy, max
    // unavailable, nodes) with `drain`, played on a copy of the session's snapshot; the panel
    // opens in a window of its own beside the wizard. Hidden without a factory.
    void setRehearserFactory(RehearserFactory factory);
    bool canRehearse() const { return bool(m_rehearserFactory); }
    RehearsalRequest rehearsalRequest(const DrainOptions &drain) const;
    bool rehearse(const DrainOptions &drain);
    // The same for a run spec the strategy page has filled in (strategy, max unavailable, order).
    RehearsalRequest rehearsalRequest(const RunSpec &spec) const;
    bool rehearse(const RunSpec &spec);
    RehearsalPanel *rehearsalPanel() const { return m_rehearsalPanel; } // null before the first

    // A run has started (or was resumed): the earlier pages are history.
    bool isRunStarted() const;

protected:
    void reject() override;

Q_SIGNALS:
    // A new plan for the chosen target (computed off the GUI thread).
    void planChanged();
    void runPlanReady();

private:
    ClusterSession *m_session;
    const ReleaseCatalog &m_catalog;
    WizardDraft m_draft;
    QDate m_today;
    QFutureWatcher<UpgradePlan> *m_runPlanWatcher;
    bool m_runPlanReady = false;
    ClusterPage *m_clusterPage;
    TargetPage *m_targetPage;
    PreflightPage *m_preflightPage;
    StrategyPage *m_strategyPage;
    RunPage *m_runPage;
    SummaryPage *m_summaryPage;
    RehearserFactory m_rehearserFactory;
    RehearsalPanel *m_rehearsalPanel = nullptr;
};

} // namespace Slipway
