#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMenu;

namespace Slipway {

class DrainDialog;
class MainWindow;
class NodeOperationsPanel;

// The node table's actions — Cordon… (asks the reason), Drain… (options and the live preview),
// Uncordon, Maintain… (the run wizard's maintenance run for the node) — as a Node menu and the
// table's context menu, and the side panel where their progress shows. The main window only
// creates it.
class NodeActions : public QObject
{
    Q_OBJECT
public:
    explicit NodeActions(MainWindow *window);

    QMenu *menu() const { return m_menu; }
    QDockWidget *dock() const { return m_dock; }
    NodeOperationsPanel *panel() const { return m_panel; }
    QAction *cordonAction() const { return m_cordon; }
    QAction *drainAction() const { return m_drain; }
    QAction *uncordonAction() const { return m_uncordon; }
    QAction *maintainAction() const { return m_maintain; }

    // The actions act on the node selected in the table; these do the same for a named node.
    void cordonNode(const QString &node);
    void drainNode(const QString &node);
    void uncordonNode(const QString &node);
    // Opens the run wizard for a maintenance run with this node chosen.
    void maintainNode(const QString &node);

private:
    QString selectedNode() const;
    void updateActions();
    void showPanel();

    MainWindow *m_window;
    QMenu *m_menu;
    QDockWidget *m_dock;
    NodeOperationsPanel *m_panel;
    QAction *m_cordon;
    QAction *m_drain;
    QAction *m_uncordon;
    QAction *m_maintain;
    QPointer<DrainDialog> m_drainDialog;
};

} // namespace Slipway
