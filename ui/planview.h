#pragma once

#include "models/clustersnapshot.h"
#include "models/upgradeplan.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace Slipway {

class ReleaseCatalog;

// The upgrade plan: a target chooser listing catalog versions with their support dates, the
// hops one minor at a time, each hop's `kubeadm upgrade plan` tables, and the steps with their
// commands (copyable). Plans are computed off the GUI thread.
class PlanView : public QWidget
{
    Q_OBJECT
public:
    PlanView(const ReleaseCatalog &catalog, QWidget *parent = nullptr);
    ~PlanView() override;

    void setSnapshot(const ClusterSnapshot &snapshot);
    void setToday(const QDate &today); // injectable for tests; default: the current date
    const UpgradePlan &plan() const { return m_plan; }

    QComboBox *targetBox() const { return m_target; }
    QTreeWidget *stepTree() const { return m_steps; }
    QTextBrowser *details() const { return m_details; }
    QPushButton *copyButton() const { return m_copy; }
    // "Rehearse…": hidden until the window can rehearse; enabled while the plan has a hop to play.
    QPushButton *rehearseButton() const { return m_rehearse; }
    void setRehearseAvailable(bool available);

Q_SIGNALS:
    void planReady(const Slipway::UpgradePlan &plan);
    void rehearseRequested();

private:
    void fillTargets();
    void recompute();
    void onPlanFinished();
    void showPlan();
    void showDetails(QTreeWidgetItem *item);
    QString hopHtml(const PlanHop &hop) const;
    QString stepHtml(const PlanStep &step, int number) const;

    const ReleaseCatalog &m_catalog;
    ClusterSnapshot m_snapshot;
    UpgradePlan m_plan;
    QDate m_today;
    bool m_recomputeQueued = false;
    QFutureWatcher<UpgradePlan> *m_watcher;
    QComboBox *m_target;
    QCheckBox *m_patchFirst;
    QComboBox *m_packages;
    QLabel *m_summary;
    QTreeWidget *m_steps;
    QTextBrowser *m_details;
    QPushButton *m_copy;
    QPushButton *m_rehearse;
};

} // namespace Slipway
