#pragma once

#include "models/drain/drainoptions.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QToolBox;
class QTreeWidget;

namespace Slipway {

class ClusterApi;
class NodeCordoner;
class NodeDrainer;
class RunClock;
struct CordonOutcome;
struct DrainOutcome;

// The side panel of node operations: one page per node with its state, a progress bar, kubectl's
// output lines, and for a drain the live diagnosis of every pod not yet gone — with escape
// hatches that each ask first (wait longer, delete this pod, disable eviction for the node).
// Everything is asynchronous: the cordoner and drainer answer through signals.
class NodeOperationsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NodeOperationsPanel(QWidget *parent = nullptr);
    ~NodeOperationsPanel() override;

    // Operations go to this cluster (the open one); a new cluster drops finished pages.
    void setCluster(ClusterApi *api);
    void cordon(const QString &node, const QString &reason);
    void uncordon(const QString &node, bool force = false);
    // `podsToGo`: the preview's count of pods to evict, for the progress bar (0: unknown).
    void drain(const QString &node, const DrainOptions &options, int podsToGo);
    bool isBusy(const QString &node) const;

    // Who does it, for the cordon annotations and override events: "user@host".
    static QString currentUser();

    QToolBox *pages() const { return m_pages; }
    QPlainTextEdit *log(const QString &node) const;
    QTreeWidget *diagnosisTree(const QString &node) const;
    QLabel *stateLabel(const QString &node) const;

Q_SIGNALS:
    void operationStarted(const QString &node);
    void operationFinished(const QString &node, bool ok);

private:
    struct Page;
    Page *page(const QString &node);
    // Deletes the page's cordoner and drainer without hearing from them again.
    void forget(Page *p);
    void retire(QObject *worker);
    void appendLine(Page *p, const QString &line, bool isError);
    void setState(Page *p, const QString &state);
    void onDiagnosis(Page *p, const QString &podKey, const QString &sentence, bool stuck);
    void onDrainFinished(Page *p, const DrainOutcome &outcome);
    void onCordonFinished(Page *p, const CordonOutcome &outcome);
    void startDrain(Page *p);
    void waitLonger(Page *p);
    void deleteSelectedPod(Page *p);
    void disableEviction(Page *p);
    // A non-modal question; `onYes` runs when the user confirms.
    void confirm(const QString &objectName, const QString &title, const QString &text, const QString &yesText,
                 std::function<void()> onYes);

    ClusterApi *m_api = nullptr;
    RunClock *m_clock;
    QToolBox *m_pages;
    QLabel *m_empty;
    QHash<QString, Page *> m_byNode;
};

} // namespace Slipway
