#include "ui/nodeactions.h"

#include "models/clustersession.h"
#include "models/items/nodetablemodel.h"
#include "ui/draindialog.h"
#include "ui/mainwindow.h"
#include "ui/nodeoperationspanel.h"
#include "ui/wizard/targetpage.h"
#include "ui/wizard/upgradewizard.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QRadioButton>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>

namespace Slipway {

NodeActions::NodeActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_menu(new QMenu(tr("No&de"), window))
    , m_dock(new QDockWidget(tr("Node operations"), window))
    , m_panel(new NodeOperationsPanel(m_dock))
{
    m_menu->setObjectName(QStringLiteral("nodeMenu"));
    m_cordon = m_menu->addAction(tr("&Cordon…"), this, [this] { cordonNode(selectedNode()); });
    m_cordon->setObjectName(QStringLiteral("cordonNode"));
    m_cordon->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_cordon->setToolTip(tr("Mark the node unschedulable, with a reason (kubectl cordon)"));
    m_drain = m_menu->addAction(tr("&Drain…"), this, [this] { drainNode(selectedNode()); });
    m_drain->setObjectName(QStringLiteral("drainNode"));
    m_drain->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_drain->setToolTip(tr("Cordon the node and evict its pods, after a preview (kubectl drain)"));
    m_uncordon = m_menu->addAction(tr("&Uncordon"), this, [this] { uncordonNode(selectedNode()); });
    m_uncordon->setObjectName(QStringLiteral("uncordonNode"));
    m_uncordon->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_uncordon->setToolTip(tr("Mark the node schedulable again (kubectl uncordon)"));
    m_menu->addSeparator();
    m_maintain = m_menu->addAction(tr("&Maintain…"), this, [this] { maintainNode(selectedNode()); });
    m_maintain->setObjectName(QStringLiteral("maintainNode"));
    m_maintain->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_maintain->setToolTip(tr("Drain, reboot or run a command, verify, uncordon: the maintenance run for "
                              "this node in the run wizard"));
    m_menu->setToolTipsVisible(true);
    m_menu->addSeparator();
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setText(tr("Show node &operations"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_menu->addAction(toggle);

    m_dock->setObjectName(QStringLiteral("nodeOperationsDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();

    QTableView *view = window->nodeView();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        if (!view->indexAt(pos).isValid())
            return;
        updateActions();
        QMenu menu(view);
        menu.setToolTipsVisible(true);
        menu.addActions({m_cordon, m_drain, m_uncordon});
        menu.addSeparator();
        menu.addAction(m_maintain);
        menu.exec(view->viewport()->mapToGlobal(pos));
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NodeActions::updateActions);
    ClusterSession *session = window->session();
    connect(session, &ClusterSession::snapshotReplaced, this, [this] {
        m_panel->setCluster(m_window->cluster());
        if (m_drainDialog)
            m_drainDialog->setSnapshot(m_window->snapshot());
        updateActions();
    });
    connect(session, &ClusterSession::snapshotUpdated, this, [this](const QStringList &nodes) {
        if (m_drainDialog)
            m_drainDialog->setSnapshot(m_window->snapshot());
        if (nodes.contains(selectedNode()))
            updateActions();
    });
    connect(m_panel, &NodeOperationsPanel::operationStarted, this, &NodeActions::updateActions);
    connect(m_panel, &NodeOperationsPanel::operationFinished, this, &NodeActions::updateActions);
    updateActions();
}

QString NodeActions::selectedNode() const
{
    const QModelIndex current = m_window->nodeView()->currentIndex();
    return current.isValid() ? current.data(NodeTableModel::NodeNameRole).toString() : QString();
}

void NodeActions::updateActions()
{
    const QString node = selectedNode();
    const Node *n = node.isEmpty() ? nullptr : m_window->snapshot().findNode(node);
    const bool idle = n && m_window->cluster() && !m_panel->isBusy(node);
    m_cordon->setEnabled(idle && !n->unschedulable);
    m_drain->setEnabled(idle);
    m_uncordon->setEnabled(idle && n->unschedulable);
    m_maintain->setEnabled(idle);
}

void NodeActions::showPanel()
{
    if (!m_dock->isVisible()) {
        m_dock->show();
        m_window->resizeDocks({m_dock}, {qMax(460, m_window->width() / 3)}, Qt::Horizontal);
    }
    m_dock->raise();
}

void NodeActions::cordonNode(const QString &node)
{
    if (node.isEmpty())
        return;
    auto *ask = new QInputDialog(m_window);
    ask->setObjectName(QStringLiteral("cordonReasonDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Cordon %1").arg(node));
    ask->setLabelText(tr("No new pods will be scheduled on %1; its pods keep running.\n"
                         "Why? (recorded on the node with your name and the time)")
                          .arg(node));
    ask->setTextValue(tr("maintenance"));
    ask->setOkButtonText(tr("Cordon"));
    connect(ask, &QInputDialog::textValueSelected, this, [this, node](const QString &reason) {
        showPanel();
        m_panel->cordon(node, reason.trimmed());
    });
    ask->open();
}

void NodeActions::drainNode(const QString &node)
{
    if (node.isEmpty())
        return;
    if (m_drainDialog)
        m_drainDialog->close();
    auto *dialog = new DrainDialog(m_window->snapshot(), node, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const DrainNodePreview &preview = dialog->preview();
        showPanel();
        m_panel->drain(dialog->node(), dialog->options(),
                       preview.count(DrainPodVerdict::Evict) + preview.count(DrainPodVerdict::Downtime));
    });
    m_drainDialog = dialog;
    dialog->open();
}

void NodeActions::maintainNode(const QString &node)
{
    if (node.isEmpty())
        return;
    // The runner does maintenance runs; the wizard sets them up. This node comes pre-chosen.
    UpgradeWizard *wizard = m_window->openWizard(RunKind::Maintenance);
    if (!wizard)
        return;
    wizard->targetPage()->maintenanceButton()->setChecked(true);
    QListWidget *nodes = wizard->targetPage()->nodeList();
    for (int i = 0; i < nodes->count(); ++i) {
        if (nodes->item(i)->data(Qt::UserRole).toString() == node)
            nodes->item(i)->setCheckState(Qt::Checked);
    }
}

void NodeActions::uncordonNode(const QString &node)
{
    if (node.isEmpty())
        return;
    showPanel();
    m_panel->uncordon(node);
}

} // namespace Slipway
