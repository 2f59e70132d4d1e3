#pragma once

#include "clustersnapshot.h"
#include "scenariocatalog.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QActionGroup;
class QTabWidget;

namespace Slipway {

class ComponentTableModel;
class FindingsView;
class PlanView;
struct UpgradePlan;
class NodeFilterProxyModel;
class NodeTableModel;

// The main window: the node table (searchable, sortable), the component versions, and the
// cluster's identity in the status bar. Loading happens off the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `catalog` provides the practice clusters; it must outlive the window.
    explicit MainWindow(const ScenarioCatalog *catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads a bundled practice scenario asynchronously; snapshotShown() follows.
    void openBundledScenario(const QString &name);
    void openScenarioFile(const QString &path);
    void showSnapshot(const ClusterSnapshot &snapshot);

    const ClusterSnapshot &snapshot() const { return m_snapshot; }
    QTableView *nodeView() const { return m_nodeView; }
    QTableView *componentView() const { return m_componentView; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QTabWidget *tabs() const { return m_tabs; }
    FindingsView *findingsView() const { return m_findingsView; }
    PlanView *planView() const { return m_planView; }
    // Shows the node in the node table (switching tabs and clearing a filter that hides it).
    void showNode(const QString &name);

Q_SIGNALS:
    void snapshotShown();
    void planShown(); // findings and badges follow the newest plan
    void loadFailed(const QString &message);

private:
    void createActions();
    void startLoading(const QString &description, std::function<SnapshotLoadResult()> job);
    void onLoadFinished();
    void updateStatusBar();
    void showAbout();
    void chooseScenarioFile();
    void onPlanReady(const UpgradePlan &plan);

    const ScenarioCatalog *m_catalog;
    ClusterSnapshot m_snapshot;
    NodeTableModel *m_nodeModel = nullptr;
    NodeFilterProxyModel *m_nodeProxy = nullptr;
    ComponentTableModel *m_componentModel = nullptr;
    QTabWidget *m_tabs = nullptr;
    FindingsView *m_findingsView = nullptr;
    PlanView *m_planView = nullptr;
    QTableView *m_nodeView = nullptr;
    QTableView *m_componentView = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QLabel *m_clusterLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_nodeCountLabel = nullptr;
    QActionGroup *m_scenarioGroup = nullptr;
    QFutureWatcher<SnapshotLoadResult> *m_loadWatcher = nullptr;
    QString m_loadingWhat;
};

} // namespace Slipway
