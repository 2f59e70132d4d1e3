#pragma once

#include "models/finding.h"

#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QStackedWidget;

namespace Slipway {

class PlanView;
class UpgradeWizard;
struct ClusterSnapshot;
struct UpgradePlan;

// Page 2: an upgrade — the target (catalog versions with their support dates), the hops and the
// blockers, each of which must be resolved or acknowledged — or maintenance instead: which nodes
// and what is done to them (a reboot or a command).
class TargetPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TargetPage(UpgradeWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    void setMaintenance(bool maintenance);
    bool isMaintenance() const;
    // Follows the session's snapshot (replans).
    void setSnapshot(const ClusterSnapshot &snapshot);
    void setToday(const QDate &today);

    PlanView *planView() const { return m_planView; }
    QListWidget *blockerList() const { return m_blockers; }
    QListWidget *nodeList() const { return m_nodes; }
    QRadioButton *upgradeButton() const { return m_upgrade; }
    QRadioButton *maintenanceButton() const { return m_maintenance; }
    QRadioButton *rebootButton() const { return m_reboot; }
    QRadioButton *commandButton() const { return m_command; }
    QLineEdit *commandEdit() const { return m_commandEdit; }
    QLabel *statusLabel() const { return m_status; }

private:
    QWidget *createUpgradePanel();
    QWidget *createMaintenancePanel();
    void onPlanReady(const UpgradePlan &plan);
    void fillNodes(const ClusterSnapshot &snapshot);
    void updateStatus();
    QList<Finding> acknowledged() const;
    QStringList checkedNodes() const;

    UpgradeWizard *m_wizard;
    QRadioButton *m_upgrade;
    QRadioButton *m_maintenance;
    QStackedWidget *m_stack;
    PlanView *m_planView;
    QListWidget *m_blockers;
    QListWidget *m_nodes;
    QRadioButton *m_reboot;
    QRadioButton *m_command;
    QLineEdit *m_commandEdit;
    QLabel *m_status;
    QList<Finding> m_blockerFindings; // row i of m_blockers
    bool m_planned = false;
};

} // namespace Slipway
