#include "ui/wizard/upgradewizard.h"

#include "models/clustersession.h"
#include "ui/wizard/clusterpage.h"
#include "ui/wizard/preflightpage.h"
#include "ui/wizard/strategypage.h"
#include "ui/wizard/targetpage.h"

namespace Slipway {

UpgradeWizard::UpgradeWizard(ClusterSession *session, const ReleaseCatalog &catalog, RunKind kind,
                             QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_catalog(catalog)
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("upgradeWizard"));
    setWindowTitle(kind == RunKind::Maintenance ? tr("Maintenance — Slipway") : tr("Upgrade — Slipway"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    resize(1100, 760);
    m_draft.spec.kind = kind;

    m_clusterPage = new ClusterPage(this);
    m_targetPage = new TargetPage(this);
    m_preflightPage = new PreflightPage(this);
    m_strategyPage = new StrategyPage(this);
    setPage(ClusterPageId, m_clusterPage);
    setPage(TargetPageId, m_targetPage);
    setPage(PreflightPageId, m_preflightPage);
    setPage(StrategyPageId, m_strategyPage);
    m_targetPage->setMaintenance(kind == RunKind::Maintenance);
    m_targetPage->setToday(m_today);

    // The pages follow the cluster: a version change replans, the node list follows.
    m_targetPage->setSnapshot(session->snapshot());
    connect(session, &ClusterSession::snapshotReplaced, m_targetPage, &TargetPage::setSnapshot);
    connect(session, &ClusterSession::snapshotUpdated, this,
            [this](const QStringList &, const QStringList &removed, bool versionsChanged) {
                if (versionsChanged || !removed.isEmpty())
                    m_targetPage->setSnapshot(m_session->snapshot());
            });
}

UpgradeWizard::~UpgradeWizard() = default;

void UpgradeWizard::setToday(const QDate &today)
{
    m_today = today;
    m_targetPage->setToday(today);
}

} // namespace Slipway
