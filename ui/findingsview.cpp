#include "ui/findingsview.h"

#include "models/upgradeplan.h"

#include "models/items/findingfilterproxymodel.h"
#include "ui/severityicons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Slipway {

FindingsView::FindingsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingTableModel(this))
    , m_proxy(new FindingFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("findingsTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(FindingTableModel::SeverityColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(FindingTableModel::SeverityColumn,
                                     new SeverityBadgeDelegate(FindingTableModel::SeverityRole, m_view));
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString node = index.data(FindingTableModel::NodeNameRole).toString();
        if (!node.isEmpty())
            Q_EMIT nodeActivated(node);
    });

    auto *buttons = new QHBoxLayout;
    for (auto severity : {Finding::Severity::Error, Finding::Severity::Warning, Finding::Severity::Info}) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("show-") + Finding::severityName(severity));
        button->setCheckable(true);
        button->setChecked(true);
        button->setIcon(severityIcon(severity));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(button, &QToolButton::toggled, this,
                [this, severity](bool on) { m_proxy->setSeverityVisible(severity, on); });
        buttons->addWidget(button);
        m_buttons << button;
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(buttons);
    layout->addWidget(m_view);
    updateButtons();
}

QToolButton *FindingsView::severityButton(Finding::Severity severity) const
{
    return m_buttons.value(int(severity));
}

void FindingsView::setPlan(const UpgradePlan &plan)
{
    QList<FindingTableModel::Row> rows;
    for (const Finding &f : plan.findings)
        rows << FindingTableModel::Row{f, QString()};
    for (const PlanHop &hop : plan.hops) {
        for (const Finding &f : hop.findings)
            rows << FindingTableModel::Row{f, hop.to.toString()};
    }
    setRows(rows);
}

void FindingsView::setRows(const QList<FindingTableModel::Row> &rows)
{
    m_model->setRows(rows);
    updateButtons();
    m_view->resizeColumnsToContents();
    // Long prose columns wrap instead of running off screen.
    m_view->setColumnWidth(FindingTableModel::MessageColumn,
                           std::min(m_view->columnWidth(FindingTableModel::MessageColumn), 460));
    m_view->resizeRowsToContents();
}

void FindingsView::updateButtons()
{
    m_buttons.at(int(Finding::Severity::Error))
        ->setText(tr("Errors: %1").arg(m_model->countOf(Finding::Severity::Error)));
    m_buttons.at(int(Finding::Severity::Warning))
        ->setText(tr("Warnings: %1").arg(m_model->countOf(Finding::Severity::Warning)));
    m_buttons.at(int(Finding::Severity::Info))
        ->setText(tr("Info: %1").arg(m_model->countOf(Finding::Severity::Info)));
}

} // namespace Slipway
