#pragma once

// The live state of a lesson's practice cluster for the class: the nodes (the main window's node
// table model and status delegate) and the pods the current step is about (blue, green…), read
// from the simulator a few times a second while it changes.

#include <QPointer>
#include <QStringList>
#include <QWidget>

class QLabel;
class QTableView;
class QTableWidget;
class QTimer;

namespace Slipway {

class NodeTableModel;
class Simulator;

class LessonClusterView : public QWidget
{
    Q_OBJECT
public:
    explicit LessonClusterView(QWidget *parent = nullptr);

    // Follows `simulator` (nullptr: shows nothing). Call before the simulator goes away.
    void setSimulator(Simulator *simulator);
    // Pods listed: names starting with one of these (empty: every pod outside kube-system).
    void setPodPrefixes(const QStringList &prefixes);
    // Reads the simulator now (tests; otherwise at most every 250 ms after a change).
    void refresh();

    QTableView *nodeView() const { return m_nodeView; }
    QTableWidget *podTable() const { return m_pods; }
    NodeTableModel *nodeModel() const { return m_nodeModel; }

private:
    void scheduleRefresh();

    QPointer<Simulator> m_simulator;
    QStringList m_prefixes;
    NodeTableModel *m_nodeModel;
    QTableView *m_nodeView;
    QTableWidget *m_pods;
    QLabel *m_podsTitle;
    QTimer *m_timer;
};

} // namespace Slipway
