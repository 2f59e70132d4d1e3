#include "ui/planview.h"

#include "models/releasecatalog.h"
#include "models/skewpolicy.h"
#include "models/upgradeplanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Slipway {

namespace {
enum ItemRoles
{
    HopRole = Qt::UserRole,
    StepRole,
    NodeRole
};

QString htmlTable(const QStringList &header, const QList<ComponentChange> &rows, bool withNode = true)
{
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3' border='0'><tr>");
    for (const QString &h : header)
        html += QStringLiteral("<th align='left'>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const ComponentChange &c : rows) {
        const bool changes = c.current != c.target;
        html += QStringLiteral("<tr><td><code>%1</code></td>").arg(c.component.toHtmlEscaped());
        if (withNode)
            html += QStringLiteral("<td>%1</td>").arg(c.node.toHtmlEscaped());
        html += QStringLiteral("<td>%1</td><td>%2%3%4</td></tr>")
                    .arg(c.current.toHtmlEscaped(), changes ? QStringLiteral("<b>") : QString(),
                         c.target.toHtmlEscaped(), changes ? QStringLiteral("</b>") : QString());
    }
    return html + QStringLiteral("</table>");
}
} // namespace

PlanView::PlanView(const ReleaseCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_today(QDate::currentDate())
    , m_watcher(new QFutureWatcher<UpgradePlan>(this))
    , m_target(new QComboBox(this))
    , m_patchFirst(new QCheckBox(tr("Newest patch of the current minor first"), this))
    , m_packages(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_steps(new QTreeWidget(this))
    , m_details(new QTextBrowser(this))
    , m_copy(new QPushButton(tr("Copy commands"), this))
    , m_rehearse(new QPushButton(tr("Rehe&arse…"), this))
{
    m_target->setObjectName(QStringLiteral("targetVersion"));
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_patchFirst->setChecked(true);
    m_patchFirst->setToolTip(tr("The skew policy recommends moving to the newest patch of the current minor "
                                "before a minor upgrade."));
    m_packages->addItem(tr("Debian/Ubuntu (apt)"), packageFamilyName(PackageFamily::Debian));
    m_packages->addItem(tr("RHEL family (yum/dnf)"), packageFamilyName(PackageFamily::Rhel));
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_steps->setObjectName(QStringLiteral("planSteps"));
    m_steps->setHeaderLabels({tr("Step"), tr("Steps")});
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setStretchLastSection(false);
    m_steps->setUniformRowHeights(true);
    m_details->setObjectName(QStringLiteral("planDetails"));
    m_details->setOpenLinks(false);
    m_copy->setObjectName(QStringLiteral("copyCommands"));
    m_copy->setEnabled(false);
    m_rehearse->setObjectName(QStringLiteral("rehearsePlan"));
    m_rehearse->setToolTip(
        tr("Play the plan's run, every hop, on a practice copy of the cluster and see what it "
           "would meet. Nothing is changed on the cluster."));
    m_rehearse->setEnabled(false);
    m_rehearse->hide();
    connect(m_rehearse, &QPushButton::clicked, this, &PlanView::rehearseRequested);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Target:"), this));
    controls->addWidget(m_target);
    controls->addSpacing(12);
    controls->addWidget(m_patchFirst);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Packages:"), this));
    controls->addWidget(m_packages);
    controls->addStretch();
    controls->addWidget(m_rehearse);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details);
    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch();
    copyRow->addWidget(m_copy);
    rightLayout->addLayout(copyRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_steps);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(controls);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_target, &QComboBox::currentIndexChanged, this, &PlanView::recompute);
    connect(m_patchFirst, &QCheckBox::toggled, this, &PlanView::recompute);
    connect(m_packages, &QComboBox::currentIndexChanged, this, &PlanView::recompute);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &PlanView::onPlanFinished);
    connect(m_steps, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { showDetails(item); });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_copy->property("commands").toString()); });
}

PlanView::~PlanView()
{
    m_watcher->waitForFinished();
}

void PlanView::setRehearseAvailable(bool available)
{
    m_rehearse->setVisible(available);
}

void PlanView::setToday(const QDate &today)
{
    m_today = today;
    fillTargets();
    recompute();
}

void PlanView::setSnapshot(const ClusterSnapshot &snapshot)
{
    m_snapshot = snapshot;
    fillTargets();
    recompute();
}

void PlanView::fillTargets()
{
    const QString previous = m_target->currentData().toString();
    const QSignalBlocker blocker(m_target);
    m_target->clear();
    m_target->addItem(tr("Next minor version (recommended)"), QString());
    const Version current = SkewPolicy::clusterVersion(m_snapshot);
    if (current.isValid()) {
        for (int minor : m_catalog.minors()) {
            if (minor < current.minor())
                continue;
            const Version latest = m_catalog.latestPatch(minor, m_today);
            if (!latest.isValid())
                continue;
            const MinorRelease info = m_catalog.info(minor);
            QString support;
            if (m_catalog.isEndOfLife(minor, m_today))
                support = tr("end of life since %1").arg(info.endOfLife.toString(Qt::ISODate));
            else if (m_catalog.isInMaintenance(minor, m_today))
                support = tr("maintenance mode, end of life %1").arg(info.endOfLife.toString(Qt::ISODate));
            else if (info.endOfLife.isValid())
                support = tr("supported until %1").arg(info.endOfLife.toString(Qt::ISODate));
            m_target->addItem(support.isEmpty() ? latest.toString()
                                                : tr("%1 — %2").arg(latest.toString(), support),
                              latest.toString());
        }
    }
    const int index = m_target->findData(previous);
    m_target->setCurrentIndex(index >= 0 ? index : 0);
}

void PlanView::recompute()
{
    if (m_snapshot.nodes.isEmpty())
        return;
    if (m_watcher->isRunning()) {
        m_recomputeQueued = true; // one more run with the newest inputs when this one ends
        return;
    }
    PlanOptions options;
    options.target = m_target->currentData().toString();
    options.today = m_today;
    options.includePatchHopFirst = m_patchFirst->isChecked();
    options.packageFamily =
        packageFamilyFromName(m_packages->currentData().toString()).value_or(PackageFamily::Debian);
    m_summary->setText(tr("Planning…"));
    m_watcher->setFuture(QtConcurrent::run([snapshot = m_snapshot, &catalog = m_catalog, options] {
        return planUpgrade(snapshot, catalog, options);
    }));
}

void PlanView::onPlanFinished()
{
    m_plan = m_watcher->result();
    if (m_recomputeQueued) {
        m_recomputeQueued = false;
        recompute();
        return;
    }
    showPlan();
    m_rehearse->setEnabled(m_plan.isFeasible());
    Q_EMIT planReady(m_plan);
}

void PlanView::showPlan()
{
    QString summary;
    if (m_plan.refused) {
        summary = tr("<b>No plan:</b> see the findings for why.");
    } else if (m_plan.isUpToDate()) {
        summary = tr("<b>Up to date:</b> the cluster already runs %1.").arg(m_plan.clusterVersion.toString());
    } else {
        QStringList path{m_plan.clusterVersion.toString()};
        for (const Version &v : m_plan.path)
            path << v.toString();
        summary = tr("<b>Path:</b> %1 &nbsp;·&nbsp; %n hop(s), one minor version at a time", nullptr,
                     int(m_plan.hops.size()))
                      .arg(path.join(QStringLiteral(" → ")));
    }
    summary += QStringLiteral(" &nbsp;·&nbsp; ") +
               tr("release data as of %1").arg(m_plan.catalogDate.toString(Qt::ISODate));
    m_summary->setText(summary);

    m_steps->clear();
    QTreeWidgetItem *first = nullptr;
    for (int h = 0; h < m_plan.hops.size(); ++h) {
        const PlanHop &hop = m_plan.hops.at(h);
        auto *hopItem = new QTreeWidgetItem(
            m_steps, {tr("Hop %1: %2 → %3").arg(h + 1).arg(hop.from.toString(), hop.to.toString())});
        hopItem->setData(0, HopRole, h);
        hopItem->setToolTip(0, hop.title);
        QFont bold = hopItem->font(0);
        bold.setBold(true);
        hopItem->setFont(0, bold);
        // Steps grouped by node in plan order (a node's consecutive steps form one group), so a
        // 50-step hop reads as "cp-1, cp-2, …, worker-6".
        int number = 0;
        QTreeWidgetItem *group = nullptr;
        QString groupNode;
        for (int s = 0; s < m_plan.steps.size(); ++s) {
            const PlanStep &step = m_plan.steps.at(s);
            if (step.hop != h)
                continue;
            ++number;
            if (!group || step.node != groupNode) {
                groupNode = step.node;
                // Control-plane nodes appear twice per hop: first their control plane, later
                // (after every control-plane node) their kubelet.
                const bool controlPlanePhase = step.action == StepAction::UpgradeKubeadm ||
                                               step.action == StepAction::KubeadmUpgradePlan ||
                                               step.action == StepAction::KubeadmUpgradeApply ||
                                               step.action == StepAction::SwitchRepository;
                const bool isControlPlane =
                    m_snapshot.findNode(step.node) && m_snapshot.findNode(step.node)->isControlPlane();
                QString label = step.node.isEmpty() ? tr("Cluster") : step.node;
                if (isControlPlane)
                    label = controlPlanePhase || step.action == StepAction::KubeadmUpgradeNode
                                ? tr("%1 — control plane").arg(step.node)
                                : tr("%1 — kubelet").arg(step.node);
                group = new QTreeWidgetItem(hopItem, {label});
                group->setData(0, HopRole, h);
                group->setData(0, NodeRole, step.node);
            }
            auto *stepItem = new QTreeWidgetItem(
                group, {QStringLiteral("%1. %2").arg(number).arg(step.description), step.node});
            stepItem->setData(0, HopRole, h);
            stepItem->setData(0, StepRole, s);
            stepItem->setData(1, Qt::UserRole, number);
            stepItem->setToolTip(0, step.description);
            if (step.blocker) {
                stepItem->setForeground(0, QColor(0xc6, 0x28, 0x28));
                group->setForeground(0, QColor(0xc6, 0x28, 0x28));
            }
            group->setText(1, tr("%n step(s)", nullptr, group->childCount()));
        }
        hopItem->setExpanded(true);
        if (!first) {
            first = hopItem;
            if (hopItem->childCount() > 0)
                hopItem->child(0)->setExpanded(true);
        }
    }
    m_steps->resizeColumnToContents(1);
    if (first)
        m_steps->setCurrentItem(first);
    else
        showDetails(nullptr);
}

QString PlanView::hopHtml(const PlanHop &hop) const
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(hop.title.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(tr("What <code>kubeadm upgrade plan</code> shows for this hop:"));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("Components upgraded manually after <code>kubeadm upgrade apply</code>:"));
    html += htmlTable({tr("Component"), tr("Node"), tr("Current"), tr("Target")}, hop.kubeletChanges);
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Control plane and add-ons:"));
    html += htmlTable({tr("Component"), tr("Node"), tr("Current"), tr("Target")}, hop.componentChanges);
    return html;
}

QString PlanView::stepHtml(const PlanStep &step, int number) const
{
    QString html = QStringLiteral("<h3>%1. %2</h3>").arg(number).arg(step.description.toHtmlEscaped());
    if (!step.node.isEmpty())
        html += QStringLiteral("<p>%1 <b>%2</b></p>").arg(tr("Node:"), step.node.toHtmlEscaped());
    if (step.blocker)
        html += QStringLiteral("<p style='color:#c62828'>%1</p>")
                    .arg(tr("This step must be done before the control plane is upgraded."));
    if (!step.commands.isEmpty()) {
        QString pre;
        for (const QString &c : step.commands)
            pre += QStringLiteral("$ ") + c.toHtmlEscaped() + QLatin1Char('\n');
        html += QStringLiteral("<pre style='background:#f4f4f4; padding:6px'>%1</pre>").arg(pre);
    }
    return html;
}

void PlanView::showDetails(QTreeWidgetItem *item)
{
    QStringList commands;
    if (!item) {
        m_details->setHtml(QStringLiteral("<p>%1</p>").arg(tr("No upgrade steps.")));
    } else if (item->data(0, StepRole).isValid()) {
        const PlanStep &step = m_plan.steps.at(item->data(0, StepRole).toInt());
        commands = step.commands;
        m_details->setHtml(stepHtml(step, item->data(1, Qt::UserRole).toInt()));
    } else if (item->data(0, NodeRole).isValid()) {
        QString html = QStringLiteral("<h3>%1</h3>").arg(item->text(0).toHtmlEscaped());
        for (int i = 0; i < item->childCount(); ++i) {
            const PlanStep &step = m_plan.steps.at(item->child(i)->data(0, StepRole).toInt());
            html += stepHtml(step, item->child(i)->data(1, Qt::UserRole).toInt());
            commands << step.commands;
        }
        m_details->setHtml(html);
    } else {
        const int h = item->data(0, HopRole).toInt();
        for (const PlanStep &step : std::as_const(m_plan.steps)) {
            if (step.hop == h) {
                if (!step.node.isEmpty() && !step.commands.isEmpty())
                    commands << QStringLiteral("# ") + step.node + QStringLiteral(": ") + step.description;
                commands << step.commands;
            }
        }
        m_details->setHtml(hopHtml(m_plan.hops.at(h)));
    }
    m_copy->setProperty("commands", commands.join(QLatin1Char('\n')));
    m_copy->setEnabled(!commands.isEmpty());
}

} // namespace Slipway
