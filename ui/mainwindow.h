#pragma once

#include "models/clusterconnector.h"
#include "models/clustersnapshot.h"
#include "models/run/rehearser.h"
#include "ui/wizard/wizarddraft.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;

namespace Slipway {

class ClusterSession;
class ComponentTableModel;
class ErrorBanner;
class FindingsView;
class NodeActions;
class NodeFilterProxyModel;
class NodeTableModel;
class PlanView;
class RehearsalPanel;
class UpgradeWizard;
struct UpgradePlan;

// The main window: nodes and component versions (searchable, sortable, with skew badges), the
// findings, and the upgrade plan, for whichever cluster is open — a practice cluster (simulated,
// served on loopback and read through the live client) or a live one from a kubeconfig. Network
// and planning never run on the GUI thread; watch events update the tables in place.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `connector` opens clusters; it must outlive the window.
    explicit MainWindow(ClusterConnector *connector, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openPractice(const QString &scenario);
    void openPracticeFile(const QString &path);
    // Empty path: kubectl's rules (KUBECONFIG, ~/.kube/config); empty context: current-context.
    void openKubeconfig(const QString &path, const QString &context = {});
    void refresh();

    const ClusterSnapshot &snapshot() const;
    ClusterApi *cluster() const;
    ClusterSession *session() const { return m_session; }
    // Practice clusters: the kubeconfig file kubectl can use; empty otherwise.
    QString practiceKubeconfig() const;
    QTableView *nodeView() const { return m_nodeView; }
    QTableView *componentView() const { return m_componentView; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    QTabWidget *tabs() const { return m_tabs; }
    FindingsView *findingsView() const { return m_findingsView; }
    PlanView *planView() const { return m_planView; }
    ErrorBanner *errorBanner() const { return m_banner; }
    QComboBox *contextBox() const { return m_contextBox; }
    // Cordon…, Drain…, Uncordon, Maintain… and the node operations panel.
    NodeActions *nodeActions() const { return m_nodeActions; }
    // Shows the node in the node table (switching tabs and clearing a filter that hides it).
    void showNode(const QString &name);

    // Run ▸ Upgrade… / Maintenance…: opens the wizard on the open cluster (one at a time; an open
    // wizard is raised). Returns it, or null when no cluster is loaded.
    UpgradeWizard *openWizard(RunKind kind);
    UpgradeWizard *wizard() const;
    // Offers (a non-modal question) to bring back an interrupted run of the open cluster in the
    // wizard; asked once per opened cluster, when its first snapshot is shown. `journalFolder`
    // empty: the default journal folder.
    void offerResume(const QString &journalFolder = {});

    // Training ▸ Lessons… (Ctrl+Shift+L): the window app/ makes (ui/training needs the lessons'
    // player, which ui/ does not know). Without a factory the menu entry stays disabled.
    using WindowFactory = std::function<QWidget *(QWidget *parent)>;
    void setTrainingWindowFactory(WindowFactory factory);
    // Opens (or raises) the training window; null without a factory.
    QWidget *openTraining();

    // Rehearsals (docs/rehearsal.md): app/ hands the window sim/rehearsal's rehearsers; without a
    // factory "Rehearse…" stays hidden. rehearsePlan() plays the plan page's run, every hop, on a
    // copy of the session's snapshot and shows the rehearsal panel (a dock beside the plan).
    void setRehearserFactory(RehearserFactory factory);
    RehearserFactory rehearserFactory() const { return m_rehearserFactory; }
    bool rehearsePlan();
    // The plan page's run as rehearsePlan() plays it: every hop of the plan's path (as the wizard
    // runs it), rolling one node at a time,
    // kubectl drain's defaults, on the session's snapshot.
    RehearsalRequest planRehearsalRequest() const;
    RehearsalPanel *rehearsalPanel() const { return m_rehearsalPanel; }
    QDockWidget *rehearsalDock() const { return m_rehearsalDock; }

    // Bigger fonts across the window for projectors (View ▸ Presenter zoom); remembered.
    void setPresenterZoom(bool on);
    bool presenterZoom() const { return m_presenterZoom; }

Q_SIGNALS:
    void snapshotShown();
    void planShown(); // findings and badges follow the newest plan
    void loadFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createNodesPage();
    void createStatusBar();
    void connectSession();
    void createActions();
    void createViewMenu();
    void createRunMenu();
    void createRehearsalDock();
    void restoreLayout();
    void saveLayout() const;
    void adopt(OpenedCluster opened);
    void onRefreshFailed(const ClusterError &error);
    void onSnapshotUpdated(const QStringList &nodes, const QStringList &removedNodes, bool versionsChanged);
    void showSnapshot(const ClusterSnapshot &snapshot);
    void fitColumns();
    void onPlanReady(const UpgradePlan &plan);
    void updateStatusBar();
    void updateConnectionState();
    void showAbout();
    void showKubectlHelp();
    void chooseScenarioFile();
    void chooseKubeconfig();
    void rememberKubeconfig(const QString &path);
    void rebuildRecentMenu();
    void fillContexts(const QString &path, const QString &selected);

    ClusterConnector *m_connector;
    ClusterSession *m_session; // owns the open cluster and its state; the window observes it
    QString m_kubeconfigPath;  // when a kubeconfig is open

    NodeTableModel *m_nodeModel = nullptr;
    NodeFilterProxyModel *m_nodeProxy = nullptr;
    NodeActions *m_nodeActions = nullptr;
    ComponentTableModel *m_componentModel = nullptr;
    QTabWidget *m_tabs = nullptr;
    FindingsView *m_findingsView = nullptr;
    PlanView *m_planView = nullptr;
    std::shared_ptr<const UpgradePlan> m_reportPlan; // the last plan, for File ▸ Export report…
    QAction *m_exportReportAction = nullptr;
    ErrorBanner *m_banner = nullptr;
    QTableView *m_nodeView = nullptr;
    QTableView *m_componentView = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QComboBox *m_contextBox = nullptr;
    QLabel *m_clusterLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_insecureLabel = nullptr;
    QLabel *m_nodeCountLabel = nullptr;
    QActionGroup *m_scenarioGroup = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_kubectlAction = nullptr;
    QAction *m_presenterAction = nullptr;
    QAction *m_upgradeAction = nullptr;
    QAction *m_maintenanceAction = nullptr;
    QAction *m_rehearseAction = nullptr;
    QAction *m_rehearsalTimingAction = nullptr;
    QPointer<UpgradeWizard> m_wizard;
    QAction *m_trainingAction = nullptr;
    WindowFactory m_trainingFactory;
    RehearserFactory m_rehearserFactory;
    RehearsalPanel *m_rehearsalPanel = nullptr;
    QDockWidget *m_rehearsalDock = nullptr;
    QPointer<QWidget> m_training;
    bool m_resumeOffered = false;
    QSplitter *m_splitter = nullptr;
    bool m_presenterZoom = false;
    bool m_headersRestored = false;
};

} // namespace Slipway
