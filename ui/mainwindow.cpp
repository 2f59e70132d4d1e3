#include "mainwindow.h"

#include "componenttablemodel.h"
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
    view->horizontalHeader()->setStretchLastSection(true);
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
    m_nodeView->sortByColumn(NodeTableModel::NameColumn, Qt::AscendingOrder);

    m_componentView = makeTable(this, QStringLiteral("componentTable"));
    auto *componentProxy = new QSortFilterProxyModel(this);
    componentProxy->setSourceModel(m_componentModel);
    componentProxy->setSortRole(ComponentTableModel::SortRole);
    m_componentView->setModel(componentProxy);
    m_componentView->setSortingEnabled(false); // kubeadm's order: component, then node

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(titled(tr("Nodes"), m_nodeView, m_searchEdit));
    splitter->addWidget(titled(tr("Control-plane and add-on versions"), m_componentView));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    m_clusterLabel = new QLabel;
    m_clusterLabel->setObjectName(QStringLiteral("clusterLabel"));
    m_versionLabel = new QLabel;
    m_versionLabel->setObjectName(QStringLiteral("versionLabel"));
    m_nodeCountLabel = new QLabel;
    m_nodeCountLabel->setObjectName(QStringLiteral("nodeCountLabel"));
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
    m_nodeView->resizeColumnsToContents();
    m_componentView->resizeColumnsToContents();
    updateStatusBar();
    Q_EMIT snapshotShown();
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
