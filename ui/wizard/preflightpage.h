#pragma once

#include "models/drain/drainoptions.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Slipway {

class UpgradeWizard;
struct DrainNodePreview;

// Page 3: what draining each node of the run would do (the drain preview, node after node, with
// the earlier ones cordoned): per pod evict / downtime / skip / blocked, whether the evicted pods
// fit elsewhere, the downtime forecast per workload, and kubectl's drain options. The run cannot
// start while a blocker is not covered by an option. Computed on the thread pool.
class PreflightPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PreflightPage(UpgradeWizard *wizard);
    ~PreflightPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isComputing() const;
    // How many nodes are out of service together (the strategy's max unavailable; 0: all at
    // once). Re-previews when it changes; the strategy page shows the outcome.
    void setMaxCordoned(int nodes);
    int maxCordoned() const { return m_maxCordoned; }
    // Re-previews with the order chosen on the strategy page.
    void recompute();
    QTreeWidget *previewTree() const { return m_tree; }
    QListWidget *blockerList() const { return m_blockers; }
    QListWidget *downtimeList() const { return m_downtime; }
    QLabel *capacityLabel() const { return m_capacity; }
    QCheckBox *forceBox() const { return m_force; }
    QCheckBox *emptyDirBox() const { return m_emptyDir; }
    QListWidget *overrideList() const { return m_overrides; }
    int blockerCount() const { return m_blockerCount; }
    // "Rehearse…": the run with these drain options on a practice copy (UpgradeWizard::rehearse).
    QPushButton *rehearseButton() const { return m_rehearse; }

Q_SIGNALS:
    void previewReady();

private:
    QWidget *createOptionsBox();
    DrainOptions options() const;
    void onFinished();
    void showPreview(const QList<DrainNodePreview> &previews);
    void fillNode(const DrainNodePreview &preview);

    UpgradeWizard *m_wizard;
    QFutureWatcher<QList<DrainNodePreview>> *m_watcher;
    bool m_queued = false;
    bool m_computing = false; // from recompute() until its result is shown
    QCheckBox *m_force;
    QCheckBox *m_emptyDir;
    QCheckBox *m_disableEviction;
    QSpinBox *m_timeout;
    QListWidget *m_overrides; // budgets that block: tick to delete their pods instead (recorded)
    QTreeWidget *m_tree;
    QListWidget *m_blockers;
    QListWidget *m_downtime;
    QLabel *m_capacity;
    QLabel *m_status;
    QPushButton *m_rehearse;
    int m_blockerCount = -1; // -1 until the first preview
    int m_maxCordoned = 1;
};

} // namespace Slipway
