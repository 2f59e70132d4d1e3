#include "ui/wizard/upgradewizard.h"

#include "models/clustersession.h"
#include "models/upgradeplanner.h"
#include "ui/rehearsalpanel.h"
#include "ui/wizard/clusterpage.h"
#include "ui/wizard/preflightpage.h"
#include "ui/wizard/runpage.h"
#include "ui/wizard/strategypage.h"
#include "ui/wizard/summarypage.h"
#include "ui/wizard/targetpage.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Slipway {

UpgradeWizard::UpgradeWizard(ClusterSession *session, const ReleaseCatalog &catalog, RunKind kind,
                             QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_catalog(catalog)
    , m_today(QDate::currentDate())
    , m_runPlanWatcher(new QFutureWatcher<UpgradePlan>(this))
{
    setObjectName(QStringLiteral("upgradeWizard"));
    setWindowTitle(kind == RunKind::Maintenance ? tr("Maintenance — Slipway") : tr("Upgrade — Slipway"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    resize(1200, 900);
    m_draft.spec.kind = kind;

    m_clusterPage = new ClusterPage(this);
    m_targetPage = new TargetPage(this);
    m_preflightPage = new PreflightPage(this);
    m_strategyPage = new StrategyPage(this);
    setPage(ClusterPageId, m_clusterPage);
    setPage(TargetPageId, m_targetPage);
    setPage(PreflightPageId, m_preflightPage);
    setPage(StrategyPageId, m_strategyPage);
    m_runPage = new RunPage(this);
    m_summaryPage = new SummaryPage(this, m_runPage);
    setPage(RunPageId, m_runPage);
    setPage(SummaryPageId, m_summaryPage);
    // Starting the run commits: there is no way back from the run page.
    m_strategyPage->setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Start the run"));
    m_targetPage->setMaintenance(kind == RunKind::Maintenance);
    m_targetPage->setToday(m_today);

    // The pages follow the cluster: a version change replans, the node list follows.
    m_targetPage->setSnapshot(session->snapshot());
    connect(session, &ClusterSession::snapshotReplaced, m_targetPage, &TargetPage::setSnapshot);
    connect(session, &ClusterSession::snapshotUpdated, this,
            [this](const QStringList &, const QStringList &removed, bool versionsChanged) {
                if ((versionsChanged || !removed.isEmpty()) && !isRunStarted())
                    m_targetPage->setSnapshot(m_session->snapshot());
            });
}

UpgradeWizard::~UpgradeWizard()
{
    m_runPlanWatcher->waitForFinished();
}

void UpgradeWizard::planRun()
{
    m_runPlanReady = false;
    m_runPlanWatcher->disconnect(this);
    if (m_draft.isMaintenance()) {
        // The runner reads only the nodes from a maintenance run's plan.
        m_draft.runPlan = UpgradePlan();
        m_draft.runPlan.clusterName = m_session->snapshot().name;
        m_draft.runPlan.nodes = m_session->snapshot().nodes;
        m_runPlanReady = true;
        Q_EMIT runPlanReady();
        return;
    }
    PlanOptions options;
    options.target = m_draft.spec.target.toString();
    options.today = m_today;
    // The same path as the plan the user saw (with its patch hop first when it has one): the
    // runner takes every hop of it (docs/runner.md "Hops").
    options.includePatchHopFirst = !m_draft.plan.hops.isEmpty() && m_draft.plan.hops.constFirst().patchOnly;
    options.packageFamily = m_draft.plan.packageFamily;
    connect(m_runPlanWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_draft.runPlan = m_runPlanWatcher->result();
        m_runPlanReady = true;
        Q_EMIT runPlanReady();
    });
    m_runPlanWatcher->setFuture(
        QtConcurrent::run([snapshot = m_session->snapshot(), &catalog = m_catalog, options] {
            return planUpgrade(snapshot, catalog, options);
        }));
}

bool UpgradeWizard::isRunStarted() const
{
    return m_runPage->isStarted();
}

bool UpgradeWizard::resumeFromJournal(const QString &journalPath)
{
    // Straight to the run page: QWizard has no jump, so the history is rebuilt page by page
    // without their checks (the journal holds what they decided).
    m_runPage->prepareResume();
    setStartId(RunPageId);
    restart();
    return m_runPage->resumeRun(journalPath);
}

void UpgradeWizard::reject()
{
    if (isRunStarted() && !m_runPage->isFinished()) {
        const auto answer = QMessageBox::question(
            this, tr("Close the wizard?"),
            tr("The run is paused and its journal kept. Slipway offers to resume it when it opens this "
               "cluster again (Run ▸ Upgrade… or at the next start)."),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close)
            return;
        m_runPage->runner()->pause();
    }
    QWizard::reject();
}

void UpgradeWizard::setRehearserFactory(RehearserFactory factory)
{
    m_rehearserFactory = std::move(factory);
}

RehearsalRequest UpgradeWizard::rehearsalRequest(const DrainOptions &drain) const
{
    RunSpec spec = m_draft.spec;
    spec.drain = drain;
    return rehearsalRequest(spec);
}

bool UpgradeWizard::rehearse(const DrainOptions &drain)
{
    RunSpec spec = m_draft.spec;
    spec.drain = drain;
    return rehearse(spec);
}

RehearsalRequest UpgradeWizard::rehearsalRequest(const RunSpec &spec) const
{
    RehearsalRequest request;
    request.spec = spec;
    if (m_draft.isMaintenance() && request.spec.nodes.isEmpty())
        request.spec.nodes = m_draft.maintenanceNodes;
    request.spec.operatorName = currentOperatorName();
    // The run's one-hop plan when it is ready; the rehearser plans that hop itself otherwise.
    request.plan = m_runPlanReady ? m_draft.runPlan : m_draft.plan;
    request.snapshot = m_session->snapshot();
    request.source = tr("the snapshot of %1").arg(request.snapshot.name);
    return request;
}

bool UpgradeWizard::rehearse(const RunSpec &spec)
{
    if (!m_rehearserFactory || m_session->snapshot().nodes.isEmpty())
        return false;
    if (!m_rehearsalPanel) {
        // A window of its own beside the wizard, so the pre-flight and the rehearsal are both in view.
        auto *window = new QWidget(this, Qt::Window);
        window->setObjectName(QStringLiteral("wizardRehearsalWindow"));
        window->setWindowTitle(tr("Rehearsal — Slipway"));
        m_rehearsalPanel = new RehearsalPanel(window);
        m_rehearsalPanel->setRehearserFactory(m_rehearserFactory);
        auto *layout = new QVBoxLayout(window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_rehearsalPanel);
        window->resize(1000, height());
        window->move(frameGeometry().topRight() + QPoint(8, 0));
    }
    QWidget *window = m_rehearsalPanel->window();
    window->show();
    window->raise();
    m_rehearsalPanel->rehearse(rehearsalRequest(spec));
    return true;
}

void UpgradeWizard::setToday(const QDate &today)
{
    m_today = today;
    m_targetPage->setToday(today);
}

} // namespace Slipway
