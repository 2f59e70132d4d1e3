#pragma once

#include "models/clustersnapshot.h"
#include "models/drain/drainpreview.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;

namespace Slipway {

// Drain… for one node: kubectl drain's options, and the drain preview for exactly those options,
// recomputed off the GUI thread whenever an option (or the cluster) changes. Nothing happens to
// the cluster here; the caller starts the drain with options() once the user confirms.
class DrainDialog : public QDialog
{
    Q_OBJECT
public:
    DrainDialog(const ClusterSnapshot &snapshot, const QString &node, QWidget *parent = nullptr);
    ~DrainDialog() override;

    // A newer snapshot (watch events): the preview follows it.
    void setSnapshot(const ClusterSnapshot &snapshot);
    void setOptions(const DrainOptions &options);
    DrainOptions options() const;
    QString node() const { return m_node; }
    // The preview on screen (for the options shown once `previewUpdated` has fired).
    const DrainNodePreview &preview() const { return m_preview; }
    // `kubectl drain NODE --ignore-daemonsets …` for the options (overrides are Slipway's own).
    static QString commandLine(const QString &node, const DrainOptions &options);

    QTreeWidget *previewTree() const { return m_tree; }
    QCheckBox *forceBox() const { return m_force; }
    QCheckBox *ignoreDaemonSetsBox() const { return m_ignoreDaemonSets; }
    QCheckBox *deleteEmptyDirBox() const { return m_deleteEmptyDir; }
    QCheckBox *disableEvictionBox() const { return m_disableEviction; }
    QListWidget *overrideList() const { return m_overrides; }
    QPushButton *drainButton() const;

Q_SIGNALS:
    void previewUpdated();

private:
    QWidget *createOptions();
    void schedulePreview();
    void recompute();
    void onPreviewFinished();
    void showPreview();
    void fillOverrides();

    ClusterSnapshot m_snapshot;
    QString m_node;
    DrainNodePreview m_preview;
    QFutureWatcher<DrainNodePreview> *m_watcher;
    bool m_recomputeQueued = false;
    QTimer *m_debounce;
    QCheckBox *m_ignoreDaemonSets = nullptr;
    QCheckBox *m_deleteEmptyDir = nullptr;
    QCheckBox *m_force = nullptr;
    QCheckBox *m_disableEviction = nullptr;
    QSpinBox *m_gracePeriod = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_skipWait = nullptr;
    QLineEdit *m_podSelector = nullptr;
    QListWidget *m_overrides = nullptr;
    QLabel *m_command = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_messages = nullptr;
    QLabel *m_detail = nullptr;
    QTreeWidget *m_tree = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Slipway
