#include "ui/wizard/targetpage.h"

#include "models/clustersession.h"
#include "ui/planview.h"
#include "ui/wizard/upgradewizard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Slipway {

namespace {
// A blocker is the same one across replans when rule, node and component agree.
QString blockerKey(const Finding &f)
{
    return f.rule + QLatin1Char('|') + f.node + QLatin1Char('|') + f.component;
}
} // namespace

TargetPage::TargetPage(UpgradeWizard *wizard)
    : m_wizard(wizard)
    , m_upgrade(new QRadioButton(tr("&Upgrade Kubernetes")))
    , m_maintenance(new QRadioButton(tr("&Maintenance (drain, reboot or patch, uncordon)")))
    , m_stack(new QStackedWidget)
    , m_planView(new PlanView(wizard->catalog()))
    , m_blockers(new QListWidget)
    , m_nodes(new QListWidget)
    , m_reboot(new QRadioButton(tr("&Reboot the node")))
    , m_command(new QRadioButton(tr("Run a &command on the node:")))
    , m_commandEdit(new QLineEdit)
    , m_status(new QLabel)
{
    setObjectName(QStringLiteral("targetPage"));
    setTitle(tr("Target and path"));
    setSubTitle(tr("Upgrade to a newer version one minor at a time, or do maintenance on chosen nodes."));
    m_upgrade->setObjectName(QStringLiteral("modeUpgrade"));
    m_maintenance->setObjectName(QStringLiteral("modeMaintenance"));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_upgrade);
    modes->addButton(m_maintenance);
    m_upgrade->setChecked(true);
    m_status->setObjectName(QStringLiteral("targetStatus"));
    m_status->setWordWrap(true);

    m_stack->addWidget(createUpgradePanel());
    m_stack->addWidget(createMaintenancePanel());

    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_upgrade);
    modeRow->addWidget(m_maintenance);
    modeRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(modeRow);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_status);

    connect(m_maintenance, &QRadioButton::toggled, this, [this](bool on) {
        m_stack->setCurrentIndex(on ? 1 : 0);
        updateStatus();
    });
    connect(m_planView, &PlanView::planReady, this, &TargetPage::onPlanReady);
}

QWidget *TargetPage::createUpgradePanel()
{
    m_planView->setAccessibleName(tr("Upgrade plan"));
    m_planView->targetBox()->setAccessibleName(tr("Target version"));
    m_blockers->setObjectName(QStringLiteral("blockerList"));
    m_blockers->setAccessibleName(tr("Blockers to acknowledge"));
    m_blockers->setWordWrap(true);
    connect(m_blockers, &QListWidget::itemChanged, this, [this] { updateStatus(); });
    auto *blockers = new QGroupBox(tr("Blockers: resolve them, or tick each to go on anyway (recorded)"));
    auto *blockerLayout = new QVBoxLayout(blockers);
    blockerLayout->addWidget(m_blockers);

    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_planView, 3);
    layout->addWidget(blockers, 1);
    return panel;
}

QWidget *TargetPage::createMaintenancePanel()
{
    m_nodes->setObjectName(QStringLiteral("maintenanceNodes"));
    m_nodes->setAccessibleName(tr("Nodes to maintain"));
    connect(m_nodes, &QListWidget::itemChanged, this, [this] { updateStatus(); });
    m_reboot->setObjectName(QStringLiteral("maintenanceReboot"));
    m_command->setObjectName(QStringLiteral("maintenanceCommand"));
    m_commandEdit->setObjectName(QStringLiteral("maintenanceCommandEdit"));
    m_commandEdit->setAccessibleName(tr("Maintenance command"));
    m_commandEdit->setPlaceholderText(tr("ssh {node} sudo apt-get -y upgrade"));
    m_commandEdit->setEnabled(false);
    auto *actions = new QButtonGroup(this);
    actions->addButton(m_reboot);
    actions->addButton(m_command);
    m_reboot->setChecked(true);
    connect(m_command, &QRadioButton::toggled, m_commandEdit, &QWidget::setEnabled);
    connect(m_command, &QRadioButton::toggled, this, [this] { updateStatus(); });
    connect(m_commandEdit, &QLineEdit::textChanged, this, [this] { updateStatus(); });

    auto *what = new QGroupBox(tr("What is done to each node"));
    auto *whatLayout = new QVBoxLayout(what);
    whatLayout->addWidget(m_reboot);
    auto *commandRow = new QHBoxLayout;
    commandRow->addWidget(m_command);
    commandRow->addWidget(m_commandEdit, 1);
    whatLayout->addLayout(commandRow);

    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Nodes (space ticks a node):"));
    label->setBuddy(m_nodes);
    layout->addWidget(label);
    layout->addWidget(m_nodes, 1);
    layout->addWidget(what);
    return panel;
}

void TargetPage::setMaintenance(bool maintenance)
{
    (maintenance ? m_maintenance : m_upgrade)->setChecked(true);
}

bool TargetPage::isMaintenance() const
{
    return m_maintenance->isChecked();
}

void TargetPage::setSnapshot(const ClusterSnapshot &snapshot)
{
    m_planView->setSnapshot(snapshot);
    fillNodes(snapshot);
}

void TargetPage::setToday(const QDate &today)
{
    m_planView->setToday(today);
}

void TargetPage::fillNodes(const ClusterSnapshot &snapshot)
{
    const QStringList checked = checkedNodes();
    const QSignalBlocker blocker(m_nodes);
    m_nodes->clear();
    for (const Node &node : snapshot.nodes) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2, %3)").arg(node.name, node.roles().join(QStringLiteral(", ")), node.kubeletVersion),
            m_nodes);
        item->setData(Qt::UserRole, node.name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(node.name) ? Qt::Checked : Qt::Unchecked);
    }
    updateStatus();
}

void TargetPage::onPlanReady(const UpgradePlan &plan)
{
    m_planned = true;
    m_wizard->draft().plan = plan;
    QSet<QString> acknowledgedKeys;
    for (const Finding &f : acknowledged())
        acknowledgedKeys.insert(blockerKey(f));
    // Errors now and after each hop; the same one twice is listed once.
    QList<Finding> errors;
    QSet<QString> seen;
    QList<Finding> all = plan.findings;
    for (const PlanHop &hop : plan.hops)
        all += hop.findings;
    for (const Finding &f : std::as_const(all)) {
        if (f.severity == Finding::Severity::Error && !seen.contains(blockerKey(f))) {
            seen.insert(blockerKey(f));
            errors << f;
        }
    }
    const QSignalBlocker blocker(m_blockers);
    m_blockers->clear();
    m_blockerFindings = errors;
    for (const Finding &f : errors) {
        auto *item = new QListWidgetItem(f.fix.isEmpty() ? f.message : tr("%1 — %2").arg(f.message, f.fix),
                                         m_blockers);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(acknowledgedKeys.contains(blockerKey(f)) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("Rule %1. Ticking it records that you go on despite it.").arg(f.rule));
    }
    Q_EMIT m_wizard->planChanged();
    updateStatus();
}

QList<Finding> TargetPage::acknowledged() const
{
    QList<Finding> out;
    for (int i = 0; i < m_blockers->count() && i < m_blockerFindings.size(); ++i) {
        if (m_blockers->item(i)->checkState() == Qt::Checked)
            out << m_blockerFindings.at(i);
    }
    return out;
}

QStringList TargetPage::checkedNodes() const
{
    QStringList out;
    for (int i = 0; i < m_nodes->count(); ++i) {
        if (m_nodes->item(i)->checkState() == Qt::Checked)
            out << m_nodes->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

void TargetPage::updateStatus()
{
    QString text;
    if (isMaintenance()) {
        const int nodes = int(checkedNodes().size());
        if (nodes == 0)
            text = tr("Tick at least one node.");
        else if (m_command->isChecked() && !m_commandEdit->text().contains(QLatin1String("{node}")))
            text = tr("The command must contain {node}; it is replaced by each node's name.");
        else
            text = tr("%n node(s) will be drained, maintained and uncordoned.", nullptr, nodes);
    } else {
        const UpgradePlan &plan = m_wizard->draft().plan;
        const int open = int(m_blockerFindings.size() - acknowledged().size());
        if (!m_planned)
            text = tr("Planning…");
        else if (plan.isUpToDate())
            text = tr("The cluster already runs %1: nothing to upgrade.").arg(plan.clusterVersion.toString());
        else if (!plan.isFeasible())
            text = tr("No upgrade path: see the findings for why.");
        else if (open > 0)
            text = tr("%n blocker(s) left: resolve or tick each one.", nullptr, open);
        else
            text = plan.path.size() > 1
                       ? tr("Ready: %1 → %2 in one run of %3 hops (%4), one at a time: control plane first, "
                            "then the workers, in each.")
                             .arg(plan.clusterVersion.toString(), plan.target.toString())
                             .arg(plan.path.size())
                             .arg([&plan] {
                                 QStringList hops;
                                 for (const Version &v : plan.path)
                                     hops << v.toString();
                                 return hops.join(QStringLiteral(" → "));
                             }())
                       : tr("Ready: %1 → %2.").arg(plan.clusterVersion.toString(), plan.target.toString());
    }
    m_status->setText(text);
    Q_EMIT completeChanged();
}

bool TargetPage::isComplete() const
{
    if (isMaintenance()) {
        return !checkedNodes().isEmpty() &&
               (m_reboot->isChecked() || m_commandEdit->text().contains(QLatin1String("{node}")));
    }
    const UpgradePlan &plan = m_wizard->draft().plan;
    return m_planned && plan.isFeasible() && acknowledged().size() == m_blockerFindings.size();
}

bool TargetPage::validatePage()
{
    WizardDraft &draft = m_wizard->draft();
    draft.spec.kind = isMaintenance() ? RunKind::Maintenance : RunKind::Upgrade;
    // The runner takes every hop of the plan in one run, one minor at a time (FACTS §1.1,
    // docs/runner.md "Hops"): the run's target is the plan's, its hops the plan's path.
    draft.spec.target = isMaintenance() || draft.plan.path.isEmpty() ? Version() : draft.plan.target;
    draft.spec.hops = isMaintenance() || draft.plan.path.size() < 2 ? QList<Version>() : draft.plan.path;
    draft.acknowledgedBlockers = isMaintenance() ? QList<Finding>() : acknowledged();
    draft.maintenanceNodes = checkedNodes();
    draft.spec.reboot = m_reboot->isChecked();
    draft.maintenanceCommand = m_command->isChecked() ? m_commandEdit->text().trimmed() : QString();
    m_wizard->planRun();
    return true;
}

int TargetPage::nextId() const
{
    return UpgradeWizard::PreflightPageId;
}

} // namespace Slipway
