#include "ui/mainwindow.h"

#include "models/clustersession.h"
#include "models/items/componenttablemodel.h"
#include "ui/errorbanner.h"
#include "ui/findingsview.h"
#include "models/items/nodefilterproxymodel.h"
#include "models/items/nodetablemodel.h"
#include "ui/nodeactions.h"
#include "ui/planview.h"
#include "ui/rehearsalpanel.h"
#include "ui/report/reportexporter.h"
#include "ui/settings.h"
#include "ui/translations.h"
#include "ui/wizard/resumeoffer.h"
#include "ui/wizard/upgradewizard.h"
#include "models/releasecatalog.h"
#include "ui/severityicons.h"
#include "ui/statusdelegate.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Slipway {

namespace {

QTableView *makeTable(QWidget *parent, const QString &objectName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setHighlightSections(false);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

QWidget *titled(const QString &title, QWidget *content, QWidget *extra = nullptr)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(8, 8, 8, 0);
    auto *header = new QHBoxLayout;
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    header->addWidget(label);
    header->addStretch();
    if (extra)
        header->addWidget(extra);
    layout->addLayout(header);
    layout->addWidget(content);
    return box;
}

} // namespace

namespace {
const QString kRecentKey = QStringLiteral("recentKubeconfigs");
constexpr int kMaxRecent = 8;
} // namespace

MainWindow::MainWindow(ClusterConnector *connector, QWidget *parent)
    : QMainWindow(parent)
    , m_connector(connector)
    , m_session(new ClusterSession(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Slipway"));
    resize(1280, 800);

    QWidget *nodesPage = createNodesPage();
    m_findingsView = new FindingsView(this);
    connect(m_findingsView, &FindingsView::nodeActivated, this, &MainWindow::showNode);
    m_planView = new PlanView(ReleaseCatalog::bundled(), this);
    connect(m_planView, &PlanView::planReady, this, &MainWindow::onPlanReady);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(nodesPage, tr("&Nodes and versions"));
    m_tabs->addTab(m_findingsView, tr("F&indings"));
    m_tabs->addTab(m_planView, tr("Upgrade &plan"));
    createRehearsalDock();

    m_banner = new ErrorBanner(this);
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::refresh);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 4, 0, 0);
    centralLayout->setSpacing(4);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    createStatusBar();
    connectSession();
    createActions();
    updateStatusBar();
    updateConnectionState();
    restoreLayout();
}

// The first page: the node table with its filter above the control-plane component table.
QWidget *MainWindow::createNodesPage()
{
    m_nodeModel = new NodeTableModel(this);
    m_nodeProxy = new NodeFilterProxyModel(this);
    m_nodeProxy->setSourceModel(m_nodeModel);
    m_componentModel = new ComponentTableModel(this);

    m_searchEdit = new QLineEdit;
    m_searchEdit->setObjectName(QStringLiteral("nodeSearch"));
    m_searchEdit->setPlaceholderText(tr("Filter nodes (name, role, status, version…)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(320);
    // Debounced so typing stays smooth on 5,000 nodes.
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(150);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_searchDebounce, &QTimer::timeout, this,
            [this] { m_nodeProxy->setSearchText(m_searchEdit->text()); });

    m_nodeView = makeTable(this, QStringLiteral("nodeTable"));
    m_nodeView->setModel(m_nodeProxy);
    m_nodeView->setItemDelegateForColumn(NodeTableModel::StatusColumn, new StatusDelegate(m_nodeView));
    // Skew badges: colour plus a tooltip quoting the rule (from the node model's SeverityRole).
    auto *badges = new SeverityBadgeDelegate(NodeTableModel::SeverityRole, m_nodeView);
    for (int column :
         {NodeTableModel::NameColumn, NodeTableModel::KubeletColumn, NodeTableModel::KubeProxyColumn})
        m_nodeView->setItemDelegateForColumn(column, badges);
    m_nodeView->sortByColumn(NodeTableModel::NameColumn, Qt::AscendingOrder);

    m_componentView = makeTable(this, QStringLiteral("componentTable"));
    m_componentView->setModel(m_componentModel);
    m_componentView->setSortingEnabled(false); // kubeadm's order: component, then node
    m_componentView->setItemDelegateForColumn(
        ComponentTableModel::VersionColumn,
        new SeverityBadgeDelegate(ComponentTableModel::SeverityRole, m_componentView));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("nodesSplitter"));
    splitter->addWidget(titled(tr("Nodes"), m_nodeView, m_searchEdit));
    splitter->addWidget(titled(tr("Control-plane and add-on versions"), m_componentView));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_splitter = splitter;
    return splitter;
}

void MainWindow::createStatusBar()
{
    m_clusterLabel = new QLabel;
    m_clusterLabel->setObjectName(QStringLiteral("clusterLabel"));
    m_versionLabel = new QLabel;
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    m_connectionLabel = new QLabel;
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_insecureLabel = new QLabel(tr("⚠ TLS verification is off (insecure-skip-tls-verify)"));
    m_insecureLabel->setObjectName(QStringLiteral("insecureLabel"));
    m_insecureLabel->setStyleSheet(QStringLiteral("color: #b26a00; font-weight: bold"));
    m_insecureLabel->setToolTip(
        tr("The kubeconfig turns off server certificate checks: anyone between you and the API "
           "server could read or change this session. Set certificate-authority instead."));
    m_insecureLabel->hide();
    m_nodeCountLabel = new QLabel;
    m_nodeCountLabel->setObjectName(QStringLiteral("nodeCountLabel"));
    for (QLabel *label :
         {m_clusterLabel, m_versionLabel, m_connectionLabel, m_insecureLabel, m_nodeCountLabel})
        label->setContentsMargins(8, 0, 8, 0);
    statusBar()->addWidget(m_clusterLabel);
    statusBar()->addWidget(m_versionLabel);
    statusBar()->addWidget(m_insecureLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_nodeCountLabel);
}

void MainWindow::connectSession()
{
    // The session applies watch events as they come (O(1) each) and reports them in batches.
    connect(m_session, &ClusterSession::snapshotReplaced, this, [this](const ClusterSnapshot &snapshot) {
        m_banner->hide();
        showSnapshot(snapshot);
    });
    connect(m_session, &ClusterSession::snapshotUpdated, this, &MainWindow::onSnapshotUpdated);
    connect(m_session, &ClusterSession::refreshFailed, this, &MainWindow::onRefreshFailed);
    connect(m_session, &ClusterSession::stateChanged, this, &MainWindow::updateConnectionState);
    connect(m_session, &ClusterSession::progress, this,
            [this](const QString &stage) { statusBar()->showMessage(stage, 3000); });
    connect(m_session, &ClusterSession::warning, this,
            [this](const ClusterError &error) { statusBar()->showMessage(error.describe(), 8000); });
}

MainWindow::~MainWindow()
{
    // Stop the connection (and a practice cluster with it) before the models go away.
    m_session->close();
}

const ClusterSnapshot &MainWindow::snapshot() const
{
    return m_session->snapshot();
}

ClusterApi *MainWindow::cluster() const
{
    return m_session->api();
}

QString MainWindow::practiceKubeconfig() const
{
    return m_session->info().kubectlKubeconfig;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *practice = file->addMenu(tr("&Practice cluster"));
    practice->setObjectName(QStringLiteral("practiceMenu"));
    m_scenarioGroup = new QActionGroup(this);
    const QStringList names = m_connector->practiceScenarios();
    for (int i = 0; i < names.size(); ++i) {
        const QString &name = names.at(i);
        QAction *action = practice->addAction(m_connector->practiceTitle(name));
        action->setObjectName(QStringLiteral("scenario-") + name);
        action->setCheckable(true);
        action->setData(name);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        m_scenarioGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { openPractice(name); });
    }
    QAction *openFile =
        file->addAction(tr("Open practice &scenario file…"), this, &MainWindow::chooseScenarioFile);
    openFile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    file->addSeparator();
    QAction *openKube = file->addAction(tr("Open &kubeconfig…"), this, &MainWindow::chooseKubeconfig);
    openKube->setObjectName(QStringLiteral("openKubeconfig"));
    openKube->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_recentMenu = file->addMenu(tr("R&ecent kubeconfigs"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    rebuildRecentMenu();
    file->addSeparator();
    m_kubectlAction =
        file->addAction(tr("Use kube&ctl with the practice cluster…"), this, &MainWindow::showKubectlHelp);
    m_kubectlAction->setObjectName(QStringLiteral("kubectlHelp"));
    m_kubectlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_kubectlAction->setVisible(false);
    QAction *refreshAction = file->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    file->addSeparator();
    m_exportReportAction = file->addAction(tr("E&xport report…"), this, [this] {
        if (m_reportPlan)
            ReportExporter::exportPlan(m_session->snapshot(), *m_reportPlan,
                                       m_contextBox->currentData().toString(), this);
    });
    m_exportReportAction->setObjectName(QStringLiteral("exportReport"));
    m_exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportReportAction->setToolTip(tr("The plan of this cluster as a PDF report"));
    m_exportReportAction->setEnabled(false);
    QAction *exportRun = file->addAction(tr("Export r&un report…"), this,
                                         [this] { ReportExporter::chooseJournalAndExport(this); });
    exportRun->setObjectName(QStringLiteral("exportRunReport"));
    exportRun->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportRun->setToolTip(tr("A run's journal as a PDF report"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    m_nodeActions = new NodeActions(this);
    menuBar()->addMenu(m_nodeActions->menu());
    createViewMenu();
    createRunMenu();
    QMenu *training = menuBar()->addMenu(tr("&Training"));
    training->setObjectName(QStringLiteral("trainingMenu"));
    m_trainingAction = training->addAction(tr("&Lessons…"), this, [this] { openTraining(); });
    m_trainingAction->setObjectName(QStringLiteral("openTraining"));
    m_trainingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_trainingAction->setToolTip(
        tr("The CKA upgrade lessons on their own practice cluster, with presenter controls"));
    m_trainingAction->setEnabled(false);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Slipway"), this, &MainWindow::showAbout);
    about->setShortcut(QKeySequence(Qt::Key_F1));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // The context selector: like `kubectl config use-context`, for the open kubeconfig.
    QToolBar *bar = addToolBar(tr("Cluster"));
    bar->setObjectName(QStringLiteral("clusterToolBar"));
    bar->setMovable(false);
    bar->addWidget(new QLabel(tr("Context:") + QLatin1Char(' ')));
    m_contextBox = new QComboBox(bar);
    m_contextBox->setObjectName(QStringLiteral("contextBox"));
    m_contextBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_contextBox->setMinimumContentsLength(24);
    m_contextBox->setToolTip(tr("The kubeconfig context to use (File ▸ Open kubeconfig…)"));
    m_contextBox->setEnabled(false);
    bar->addWidget(m_contextBox);
    connect(m_contextBox, &QComboBox::activated, this, [this](int index) {
        const QString context = m_contextBox->itemData(index).toString();
        if (!m_kubeconfigPath.isEmpty() && !context.isEmpty())
            openKubeconfig(m_kubeconfigPath, context);
    });
    bar->addAction(refreshAction);
}

void MainWindow::openPractice(const QString &scenario)
{
    for (QAction *action : m_scenarioGroup->actions())
        action->setChecked(action->data().toString() == scenario);
    m_kubeconfigPath.clear();
    fillContexts(QString(), QString());
    adopt(m_connector->openPractice(scenario, ClusterConnector::PracticeSource::Bundled));
}

void MainWindow::openPracticeFile(const QString &path)
{
    for (QAction *action : m_scenarioGroup->actions())
        action->setChecked(false);
    m_kubeconfigPath.clear();
    fillContexts(QString(), QString());
    adopt(m_connector->openPractice(path, ClusterConnector::PracticeSource::File));
}

void MainWindow::openKubeconfig(const QString &path, const QString &context)
{
    OpenedCluster opened = m_connector->openKubeconfig(path, context);
    if (opened.api) {
        for (QAction *action : m_scenarioGroup->actions())
            action->setChecked(false);
        m_kubeconfigPath = path;
        if (!path.isEmpty())
            rememberKubeconfig(path);
        fillContexts(path, opened.title);
    }
    adopt(std::move(opened));
}

void MainWindow::fillContexts(const QString &path, const QString &selected)
{
    m_contextBox->clear();
    if (path.isEmpty() && selected.isEmpty()) {
        m_contextBox->setEnabled(false);
        return;
    }
    // Empty when the kubeconfig cannot be read again (it opened a moment ago).
    const Result<KubeconfigContexts> contexts = m_connector->contexts(path);
    const KubeconfigContexts read = contexts.ok() ? contexts.value() : KubeconfigContexts();
    for (const QString &c : read.names)
        m_contextBox->addItem(c, c);
    m_contextBox->setCurrentIndex(
        std::max(0, m_contextBox->findData(selected.isEmpty() ? read.current : selected)));
    m_contextBox->setEnabled(read.names.size() > 1);
}

void MainWindow::adopt(OpenedCluster opened)
{
    if (opened.practice && opened.api) {
        // No kubeconfig to choose from: the box names the practice cluster instead.
        m_contextBox->clear();
        m_contextBox->addItem(opened.title);
        m_contextBox->setEnabled(false);
    }
    if (!opened.api) {
        const QString message =
            tr("Slipway could not open %1:\n%2")
                .arg(opened.source.isEmpty() ? tr("the cluster") : opened.source, opened.error);
        m_banner->showError(message, false);
        Q_EMIT loadFailed(message);
        return;
    }
    m_banner->hide();
    const bool insecure = opened.insecureTls;
    const bool kubectl = !opened.kubectlKubeconfig.isEmpty();
    const QStringList warnings = opened.warnings;
    m_session->adopt(std::move(opened));
    m_resumeOffered = false; // a new cluster may have its own interrupted run
    m_insecureLabel->setVisible(insecure);
    m_kubectlAction->setVisible(kubectl);
    for (const QString &w : warnings)
        statusBar()->showMessage(w, 8000);
    updateConnectionState();
}

void MainWindow::refresh()
{
    m_session->refresh();
}

void MainWindow::onRefreshFailed(const ClusterError &error)
{
    const QString message = error.describe();
    m_banner->showError(message, true);
    Q_EMIT loadFailed(message);
}

void MainWindow::onSnapshotUpdated(const QStringList &nodes, const QStringList &removedNodes,
                                   bool versionsChanged)
{
    // Only the touched rows are merged; the plan follows version and readiness changes only.
    const ClusterSnapshot &snapshot = m_session->snapshot();
    QList<NodeTableModel::Row> rows;
    rows.reserve(nodes.size());
    for (const QString &name : nodes) {
        if (const Node *node = m_session->node(name))
            rows << NodeTableModel::Row{*node, m_session->kubeProxyVersion(name), m_session->podCount(name)};
    }
    m_nodeModel->updateRows(rows, removedNodes);
    updateStatusBar();
    if (versionsChanged)
        m_planView->setSnapshot(snapshot);
}

void MainWindow::chooseScenarioFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open practice scenario"), QString(),
                                                      tr("Slipway scenarios (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openPracticeFile(path);
}

void MainWindow::chooseKubeconfig()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open kubeconfig"), QDir::homePath() + QStringLiteral("/.kube"), tr("kubeconfig files (*)"));
    if (!path.isEmpty())
        openKubeconfig(path);
}

void MainWindow::rememberKubeconfig(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openKubeconfig(path); });
    }
    // A menu item exists only when it works: no recent files, no menu.
    m_recentMenu->menuAction()->setVisible(!recent.isEmpty());
}

void MainWindow::showSnapshot(const ClusterSnapshot &snapshot)
{
    m_nodeModel->setSnapshot(snapshot);
    m_componentModel->setComponents(snapshot.components);
    // Columns are laid out once per window: the user's saved layout, else fitted to the text
    // (with air between them, the widest free-text column taking the rest). Later refreshes keep
    // whatever the user has made of them.
    if (!m_headersRestored) {
        m_headersRestored = true;
        const bool restored =
            m_nodeView->horizontalHeader()->restoreState(Settings::layoutState(m_nodeView->objectName())) &&
            m_componentView->horizontalHeader()->restoreState(
                Settings::layoutState(m_componentView->objectName()));
        if (!restored)
            fitColumns();
    }
    updateStatusBar();
    m_planView->setSnapshot(snapshot); // findings and badges follow in onPlanReady()
    if (!m_resumeOffered) {
        m_resumeOffered = true;
        offerResume();
    }
    Q_EMIT snapshotShown();
}

void MainWindow::fitColumns()
{
    for (QTableView *view : {m_nodeView, m_componentView}) {
        view->resizeColumnsToContents();
        for (int c = 0; c < view->model()->columnCount(); ++c)
            view->setColumnWidth(c, view->columnWidth(c) + 24);
    }
    m_nodeView->horizontalHeader()->setSectionResizeMode(NodeTableModel::OsImageColumn, QHeaderView::Stretch);
    m_componentView->horizontalHeader()->setSectionResizeMode(ComponentTableModel::ImageColumn,
                                                              QHeaderView::Stretch);
}

void MainWindow::onPlanReady(const UpgradePlan &plan)
{
    m_reportPlan = std::make_shared<const UpgradePlan>(plan);
    m_exportReportAction->setEnabled(true);
    QList<FindingTableModel::Row> rows;
    for (const Finding &f : plan.findings)
        rows << FindingTableModel::Row{f, QString()};
    for (const PlanHop &hop : plan.hops) {
        for (const Finding &f : hop.findings)
            rows << FindingTableModel::Row{f, hop.to.toString()};
    }
    m_findingsView->setRows(rows);
    m_findingsView->setPlan(plan);
    // Badges show what is wrong now; the projections live in the findings tab.
    m_nodeModel->setFindings(plan.findings);
    m_componentModel->setFindings(plan.findings);
    const int errors = m_findingsView->model()->countOf(Finding::Severity::Error);
    const int warnings = m_findingsView->model()->countOf(Finding::Severity::Warning);
    QStringList counts;
    if (errors > 0)
        counts << tr("%n error(s)", nullptr, errors);
    if (warnings > 0)
        counts << tr("%n warning(s)", nullptr, warnings);
    m_tabs->setTabText(1, counts.isEmpty() ? tr("F&indings")
                                           : tr("F&indings (%1)").arg(counts.join(QStringLiteral(", "))));
    m_tabs->setTabIcon(1, errors > 0     ? severityIcon(Finding::Severity::Error)
                          : warnings > 0 ? severityIcon(Finding::Severity::Warning)
                                         : QIcon());
    Q_EMIT planShown();
}

void MainWindow::showNode(const QString &name)
{
    const int sourceRow = m_nodeModel->rowOfNode(name);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_nodeProxy->mapFromSource(m_nodeModel->index(sourceRow, 0));
    if (!index.isValid()) { // filtered out: clear the search
        m_searchEdit->clear();
        m_nodeProxy->setSearchText(QString());
        index = m_nodeProxy->mapFromSource(m_nodeModel->index(sourceRow, 0));
    }
    m_tabs->setCurrentIndex(0);
    m_nodeView->setCurrentIndex(index);
    m_nodeView->scrollTo(index);
}

void MainWindow::updateConnectionState()
{
    if (!m_session->isOpen()) {
        m_connectionLabel->setText(tr("Not connected"));
        return;
    }
    switch (m_session->api()->state()) {
    case ClusterConnectionState::Disconnected:
        m_connectionLabel->setText(tr("Not connected"));
        break;
    case ClusterConnectionState::Connecting:
        m_connectionLabel->setText(tr("Connecting…"));
        break;
    case ClusterConnectionState::Connected:
        m_connectionLabel->setText(m_session->info().practice ? tr("● Connected to the practice cluster")
                                                              : tr("● Connected"));
        break;
    case ClusterConnectionState::Reconnecting:
        m_connectionLabel->setText(tr("Reconnecting…"));
        break;
    case ClusterConnectionState::Failed:
        m_connectionLabel->setText(tr("Connection failed"));
        break;
    }
}

void MainWindow::updateStatusBar()
{
    const ClusterSnapshot &snapshot = m_session->snapshot();
    if (snapshot.nodes.isEmpty()) {
        m_clusterLabel->setText(tr("No cluster loaded"));
        m_versionLabel->clear();
        m_nodeCountLabel->clear();
        setWindowTitle(tr("Slipway"));
        return;
    }
    m_clusterLabel->setText(tr("Cluster: %1").arg(snapshot.name));
    m_versionLabel->setText(
        tr("API server: %1").arg(snapshot.serverVersion.isEmpty() ? tr("unknown") : snapshot.serverVersion));
    m_nodeCountLabel->setText(tr("%n node(s)", nullptr, int(snapshot.nodes.size())));
    setWindowTitle(tr("%1 — Slipway").arg(snapshot.name));
}

void MainWindow::showKubectlHelp()
{
    // The practice cluster is a real Kubernetes API: students can cordon and drain with kubectl
    // while the window shows what happens.
    const QString command = QStringLiteral("export KUBECONFIG=%1").arg(practiceKubeconfig());
    QApplication::clipboard()->setText(command);
    QMessageBox box(
        QMessageBox::Information, tr("Use kubectl with the practice cluster"),
        tr("The practice cluster serves the Kubernetes API on this computer. In a terminal, run:"),
        QMessageBox::Ok, this);
    box.setInformativeText(
        QStringLiteral(
            "<pre>%1\nkubectl get nodes\nkubectl cordon worker-1\nkubectl drain worker-1 --ignore-daemonsets "
            "--delete-emptydir-data</pre>%2")
            .arg(command.toHtmlEscaped(),
                 tr("The first line is on the clipboard. Changes show here as they happen.")));
    box.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Slipway"),
        tr("<h3>Slipway %1</h3><p>Plan, rehearse and run Kubernetes cluster upgrades node by node.</p>"
           "<p>The practice cluster lets you try every step without touching a real cluster.</p>")
            .arg(QApplication::applicationVersion()));
}

namespace {
// The application font as the desktop gave it, before any presenter zoom (the zoom is
// application-wide, so it is remembered once per process).
QFont normalFont()
{
    static const QFont font = QApplication::font();
    return font;
}
} // namespace

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    m_presenterAction = view->addAction(tr("&Presenter zoom"));
    m_presenterAction->setObjectName(QStringLiteral("presenterZoom"));
    m_presenterAction->setCheckable(true);
    m_presenterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    // Also from the wizard and every other window Slipway opens: the class sees all of them.
    m_presenterAction->setShortcutContext(Qt::ApplicationShortcut);
    m_presenterAction->setToolTip(tr("Bigger text across the window, for projectors"));
    connect(m_presenterAction, &QAction::toggled, this, &MainWindow::setPresenterZoom);
    QAction *rehearsal = m_rehearsalDock->toggleViewAction();
    rehearsal->setObjectName(QStringLiteral("showRehearsal"));
    rehearsal->setText(tr("&Rehearsal panel"));
    rehearsal->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    view->addAction(rehearsal);

    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(language);
    const QString chosen = Settings::language();
    const QList<std::pair<QString, QString>> languages{{QString(), tr("System language")},
                                                       {QStringLiteral("en"), QStringLiteral("English")},
                                                       {QStringLiteral("ko"), QStringLiteral("한국어")}};
    for (const auto &[code, name] : languages) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code, name = name] {
            Settings::setLanguage(code);
            statusBar()->showMessage(tr("Slipway will use %1 from its next start.").arg(name), 8000);
        });
    }
}

void MainWindow::createRunMenu()
{
    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->setObjectName(QStringLiteral("runMenu"));
    m_upgradeAction = run->addAction(tr("&Upgrade…"), this, [this] { openWizard(RunKind::Upgrade); });
    m_upgradeAction->setObjectName(QStringLiteral("runUpgrade"));
    m_upgradeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_maintenanceAction =
        run->addAction(tr("&Maintenance…"), this, [this] { openWizard(RunKind::Maintenance); });
    m_maintenanceAction->setObjectName(QStringLiteral("runMaintenance"));
    m_maintenanceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    run->addSeparator();
    m_rehearseAction = run->addAction(tr("Re&hearse the plan…"), this, [this] {
        if (!rehearsePlan())
            statusBar()->showMessage(tr("Nothing to rehearse yet: open a cluster and wait for its plan."),
                                     8000);
    });
    m_rehearseAction->setObjectName(QStringLiteral("runRehearse"));
    m_rehearseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_rehearseAction->setVisible(false); // until app/ hands over a rehearser factory
    m_rehearsalTimingAction =
        run->addAction(tr("Rehearsal &timing…"), this, [this] { m_rehearsalPanel->editTiming(); });
    m_rehearsalTimingAction->setObjectName(QStringLiteral("runRehearsalTiming"));
    m_rehearsalTimingAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_rehearsalTimingAction->setVisible(false);
}

UpgradeWizard *MainWindow::wizard() const
{
    return m_wizard;
}

UpgradeWizard *MainWindow::openWizard(RunKind kind)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    if (snapshot().nodes.isEmpty()) {
        statusBar()->showMessage(tr("Open a cluster first: the wizard works on the open cluster."), 8000);
        return nullptr;
    }
    m_wizard = new UpgradeWizard(m_session, ReleaseCatalog::bundled(), kind, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setRehearserFactory(m_rehearserFactory);
    m_wizard->show();
    return m_wizard;
}

void MainWindow::setRehearserFactory(RehearserFactory factory)
{
    m_rehearserFactory = factory;
    m_rehearsalPanel->setRehearserFactory(std::move(factory));
    m_planView->setRehearseAvailable(m_rehearsalPanel->canRehearse());
    m_rehearseAction->setVisible(m_rehearsalPanel->canRehearse());
    m_rehearsalTimingAction->setVisible(m_rehearsalPanel->canRehearse());
}

void MainWindow::createRehearsalDock()
{
    connect(m_planView, &PlanView::rehearseRequested, this, &MainWindow::rehearsePlan);
    // The rehearsal opens beside the plan; hidden until the first one.
    m_rehearsalPanel = new RehearsalPanel(this);
    m_rehearsalDock = new QDockWidget(tr("Rehearsal"), this);
    m_rehearsalDock->setObjectName(QStringLiteral("rehearsalDock"));
    m_rehearsalDock->setWidget(m_rehearsalPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_rehearsalDock);
    m_rehearsalDock->hide();
}

RehearsalRequest MainWindow::planRehearsalRequest() const
{
    const UpgradePlan &plan = m_planView->plan();
    RehearsalRequest request;
    request.spec.kind = RunKind::Upgrade;
    // The run the wizard would start from this plan: every hop, one minor at a time (the
    // wizard's target page, docs/runner.md "Hops").
    if (!plan.path.isEmpty())
        request.spec.target = plan.target;
    if (plan.path.size() > 1)
        request.spec.hops = plan.path;
    request.spec.drain.ignoreDaemonSets = true; // as every run drains
    request.spec.operatorName = currentOperatorName();
    request.plan = plan;
    request.snapshot = snapshot();
    request.source = tr("the snapshot of %1").arg(snapshot().name);
    return request;
}

bool MainWindow::rehearsePlan()
{
    if (!m_rehearsalPanel->canRehearse() || !m_planView->plan().isFeasible() || snapshot().nodes.isEmpty())
        return false;
    if (m_rehearsalDock->isHidden()) {
        // Room for the timeline beside the plan; later the user's own width is kept.
        m_rehearsalDock->show();
        resizeDocks({m_rehearsalDock}, {std::max(640, width() * 9 / 20)}, Qt::Horizontal);
    }
    m_rehearsalDock->raise();
    m_rehearsalPanel->rehearse(planRehearsalRequest());
    return true;
}

void MainWindow::setTrainingWindowFactory(WindowFactory factory)
{
    m_trainingFactory = std::move(factory);
    m_trainingAction->setEnabled(bool(m_trainingFactory));
}

QWidget *MainWindow::openTraining()
{
    if (!m_training && m_trainingFactory) {
        m_training = m_trainingFactory(this);
        if (m_training) {
            m_training->setWindowFlag(Qt::Window, true);
            m_training->setAttribute(Qt::WA_DeleteOnClose);
        }
    }
    if (m_training) {
        m_training->show();
        m_training->raise();
        m_training->activateWindow();
    }
    return m_training;
}

void MainWindow::offerResume(const QString &journalFolder)
{
    if (m_wizard)
        return;
    const QList<InterruptedRun> runs = ResumeOffer::find(snapshot().name, journalFolder);
    if (runs.isEmpty())
        return;
    const InterruptedRun &run = runs.constFirst();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Resume the interrupted run?"),
                                ResumeOffer::describe(run), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("resumeOffer"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("The wizard opens at the run page; nothing changes before you go on."));
    QPushButton *resume = box->addButton(tr("&Resume in the wizard"), QMessageBox::AcceptRole);
    resume->setObjectName(QStringLiteral("resumeRun"));
    box->addButton(tr("&Not now"), QMessageBox::RejectRole);
    connect(resume, &QPushButton::clicked, this, [this, run] {
        const RunKind kind =
            run.kind == QLatin1String("maintenance") ? RunKind::Maintenance : RunKind::Upgrade;
        if (UpgradeWizard *wizard = openWizard(kind))
            wizard->resumeFromJournal(run.journalPath);
    });
    box->open();
}

void MainWindow::setPresenterZoom(bool on)
{
    if (m_presenterZoom == on)
        return;
    m_presenterZoom = on;
    if (m_presenterAction->isChecked() != on)
        m_presenterAction->setChecked(on);
    Settings::setPresenterZoom(on);
    QFont font = normalFont();
    if (on) {
        // 1.6 × the desktop size reads from the back of a classroom; never below 16 pt.
        const qreal size = font.pointSizeF() > 0 ? font.pointSizeF() : 10.0;
        font.setPointSizeF(std::max<qreal>(16.0, size * 1.6));
    }
    // The application font for windows and menus opened later, the window's own for everything
    // in it now (it propagates to every child at once).
    QApplication::setFont(font);
    setFont(font);
    menuBar()->setFont(font);
    for (QTableView *table : {m_nodeView, m_componentView})
        table->verticalHeader()->setDefaultSectionSize(QFontMetrics(font).height() + 10);
    if (!snapshot().nodes.isEmpty())
        fitColumns();
}

void MainWindow::restoreLayout()
{
    restoreGeometry(Settings::windowGeometry());
    restoreState(Settings::windowState());
    m_splitter->restoreState(Settings::layoutState(m_splitter->objectName()));
    const int page = Settings::lastPage();
    if (page >= 0 && page < m_tabs->count())
        m_tabs->setCurrentIndex(page);
    normalFont(); // remembered before any zoom
    if (Settings::presenterZoom())
        setPresenterZoom(true);
}

void MainWindow::saveLayout() const
{
    Settings::setWindowGeometry(saveGeometry());
    Settings::setWindowState(saveState());
    Settings::setLayoutState(m_splitter->objectName(), m_splitter->saveState());
    if (m_headersRestored) {
        for (QTableView *table : {m_nodeView, m_componentView})
            Settings::setLayoutState(table->objectName(), table->horizontalHeader()->saveState());
    }
    Settings::setLastPage(m_tabs->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace Slipway
