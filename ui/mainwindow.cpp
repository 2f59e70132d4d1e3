#include "mainwindow.h"

#include "componenttablemodel.h"
#include "findingsview.h"
#include "planview.h"
#include "releasecatalog.h"
#include "severityicons.h"
#include "nodefilterproxymodel.h"
#include "nodetablemodel.h"
#include "statusdelegate.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QTabWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

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

MainWindow::MainWindow(const ScenarioCatalog *catalog, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Slipway"));
    resize(1280, 800);

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
    connect(m_searchDebounce, &QTimer::timeout, this, [this] { m_nodeProxy->setSearchText(m_searchEdit->text()); });

    m_nodeView = makeTable(this, QStringLiteral("nodeTable"));
    m_nodeView->setModel(m_nodeProxy);
    m_nodeView->setItemDelegateForColumn(NodeTableModel::StatusColumn, new StatusDelegate(m_nodeView));
    // Skew badges: colour plus a tooltip quoting the rule (from the node model's SeverityRole).
    auto *badges = new SeverityBadgeDelegate(NodeTableModel::SeverityRole, m_nodeView);
    for (int column : {NodeTableModel::NameColumn, NodeTableModel::KubeletColumn, NodeTableModel::KubeProxyColumn})
        m_nodeView->setItemDelegateForColumn(column, badges);
    m_nodeView->sortByColumn(NodeTableModel::NameColumn, Qt::AscendingOrder);

    m_componentView = makeTable(this, QStringLiteral("componentTable"));
    auto *componentProxy = new QSortFilterProxyModel(this);
    componentProxy->setSourceModel(m_componentModel);
    componentProxy->setSortRole(ComponentTableModel::SortRole);
    m_componentView->setModel(componentProxy);
    m_componentView->setSortingEnabled(false); // kubeadm's order: component, then node
    m_componentView->setItemDelegateForColumn(ComponentTableModel::VersionColumn,
                                              new SeverityBadgeDelegate(ComponentTableModel::SeverityRole, m_componentView));

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(titled(tr("Nodes"), m_nodeView, m_searchEdit));
    splitter->addWidget(titled(tr("Control-plane and add-on versions"), m_componentView));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_findingsView = new FindingsView(this);
    connect(m_findingsView, &FindingsView::nodeActivated, this, &MainWindow::showNode);
    m_planView = new PlanView(ReleaseCatalog::bundled(), this);
    connect(m_planView, &PlanView::planReady, this, &MainWindow::onPlanReady);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(splitter, tr("&Nodes and versions"));
    m_tabs->addTab(m_findingsView, tr("&Findings"));
    m_tabs->addTab(m_planView, tr("Upgrade &plan"));
    setCentralWidget(m_tabs);

    m_clusterLabel = new QLabel;
    m_clusterLabel->setObjectName(QStringLiteral("clusterLabel"));
    m_versionLabel = new QLabel;
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    m_nodeCountLabel = new QLabel;
    m_nodeCountLabel->setObjectName(QStringLiteral("nodeCountLabel"));
    for (QLabel *label : {m_clusterLabel, m_versionLabel, m_nodeCountLabel})
        label->setContentsMargins(8, 0, 8, 0);
    statusBar()->addWidget(m_clusterLabel);
    statusBar()->addWidget(m_versionLabel);
    statusBar()->addPermanentWidget(m_nodeCountLabel);

    m_loadWatcher = new QFutureWatcher<SnapshotLoadResult>(this);
    connect(m_loadWatcher, &QFutureWatcherBase::finished, this, &MainWindow::onLoadFinished);

    createActions();
    updateStatusBar();
}

MainWindow::~MainWindow()
{
    m_loadWatcher->waitForFinished();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *practice = file->addMenu(tr("&Practice cluster"));
    practice->setObjectName(QStringLiteral("practiceMenu"));
    m_scenarioGroup = new QActionGroup(this);
    const QStringList names = m_catalog->names();
    for (int i = 0; i < names.size(); ++i) {
        const QString name = names.at(i);
        QAction *action = practice->addAction(m_catalog->title(name));
        action->setObjectName(QStringLiteral("scenario-") + name);
        action->setCheckable(true);
        action->setData(name);
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        m_scenarioGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] { openBundledScenario(name); });
    }
    QAction *openFile = file->addAction(tr("Open practice &scenario file…"), this, &MainWindow::chooseScenarioFile);
    openFile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Slipway"), this, &MainWindow::showAbout);
    about->setShortcut(QKeySequence(Qt::Key_F1));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::openBundledScenario(const QString &name)
{
    for (QAction *action : m_scenarioGroup->actions())
        action->setChecked(action->data().toString() == name);
    startLoading(tr("practice scenario \"%1\"").arg(name), [catalog = m_catalog, name] { return catalog->load(name); });
}

void MainWindow::openScenarioFile(const QString &path)
{
    startLoading(QFileInfo(path).fileName(), [catalog = m_catalog, path] { return catalog->loadFile(path); });
}

void MainWindow::chooseScenarioFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open practice scenario"), QString(),
                                                      tr("Slipway scenarios (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openScenarioFile(path);
}

void MainWindow::startLoading(const QString &description, std::function<SnapshotLoadResult()> job)
{
    if (m_loadWatcher->isRunning())
        m_loadWatcher->waitForFinished(); // scenario loads are short; never two at once
    m_loadingWhat = description;
    statusBar()->showMessage(tr("Loading %1…").arg(description));
    m_loadWatcher->setFuture(QtConcurrent::run(std::move(job)));
}

void MainWindow::onLoadFinished()
{
    const SnapshotLoadResult result = m_loadWatcher->result();
    statusBar()->clearMessage();
    if (!result.ok()) {
        const QString message = tr("Slipway could not load %1:\n\n%2").arg(m_loadingWhat, result.errors.join(QLatin1Char('\n')));
        Q_EMIT loadFailed(message);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot load the practice cluster"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    showSnapshot(result.snapshot);
}

void MainWindow::showSnapshot(const ClusterSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_nodeModel->setSnapshot(snapshot);
    m_componentModel->setComponents(snapshot.components);
    // Fit the columns to their text, with air between them; the widest free-text column takes the rest.
    for (QTableView *view : {m_nodeView, m_componentView}) {
        view->resizeColumnsToContents();
        for (int c = 0; c < view->model()->columnCount(); ++c)
            view->setColumnWidth(c, view->columnWidth(c) + 24);
    }
    m_nodeView->horizontalHeader()->setSectionResizeMode(NodeTableModel::OsImageColumn, QHeaderView::Stretch);
    m_componentView->horizontalHeader()->setSectionResizeMode(ComponentTableModel::ImageColumn, QHeaderView::Stretch);
    updateStatusBar();
    m_planView->setSnapshot(snapshot); // findings and badges follow in onPlanReady()
    Q_EMIT snapshotShown();
}

void MainWindow::onPlanReady(const UpgradePlan &plan)
{
    QList<FindingTableModel::Row> rows;
    for (const Finding &f : plan.findings)
        rows << FindingTableModel::Row{f, QString()};
    for (const PlanHop &hop : plan.hops) {
        for (const Finding &f : hop.findings)
            rows << FindingTableModel::Row{f, hop.to.toString()};
    }
    m_findingsView->setRows(rows);
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
    m_tabs->setTabText(1, counts.isEmpty() ? tr("&Findings") : tr("&Findings (%1)").arg(counts.join(QStringLiteral(", "))));
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

void MainWindow::updateStatusBar()
{
    if (m_snapshot.nodes.isEmpty()) {
        m_clusterLabel->setText(tr("No cluster loaded"));
        m_versionLabel->clear();
        m_nodeCountLabel->clear();
        setWindowTitle(tr("Slipway"));
        return;
    }
    m_clusterLabel->setText(tr("Cluster: %1").arg(m_snapshot.name));
    m_versionLabel->setText(tr("API server: %1").arg(m_snapshot.serverVersion.isEmpty() ? tr("unknown") : m_snapshot.serverVersion));
    m_nodeCountLabel->setText(tr("%n node(s)", nullptr, int(m_snapshot.nodes.size())));
    setWindowTitle(tr("%1 — Slipway").arg(m_snapshot.name));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Slipway"),
                       tr("<h3>Slipway %1</h3><p>Plan, rehearse and run Kubernetes cluster upgrades node by node.</p>"
                          "<p>The practice cluster lets you try every step without touching a real cluster.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace Slipway
