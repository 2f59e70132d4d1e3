#pragma once

// A rehearsal shown beside the plan (issue 14, docs/rehearsal.md): "Rehearse…" on the plan page or
// in the wizard's pre-flight hands the run to this panel, which plays it on a practice copy
// through a Rehearser (a worker thread: the GUI stays responsive; progress and a Cancel button)
// and shows what the run would meet — predicted duration, per node and phase, blockers with
// their fix, Pending pods and why, workloads below desired, the peak of unavailable nodes — and
// the rehearsal's timeline, under a badge saying it was a practice copy and nothing was changed.

#include "models/run/rehearser.h"
#include "ui/rehearsaltimingdialog.h" // QPointer needs the whole class

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace Slipway {

class TimelineChart;
class TimelineModel;

class RehearsalPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RehearsalPanel(QWidget *parent = nullptr);
    ~RehearsalPanel() override;

    // Where rehearsers come from (app/ hands the window sim/rehearsal's); without one the panel
    // cannot rehearse.
    void setRehearserFactory(RehearserFactory factory);
    bool canRehearse() const { return bool(m_factory); }

    // Plays `request` (a running rehearsal is cancelled first) with the remembered timing
    // settings (Settings::rehearsalTiming()); returns at once.
    void rehearse(const RehearsalRequest &request);
    // Opens the Timing… dialog (not modal); OK remembers its choice for every rehearsal after.
    void editTiming();
    void cancel();
    bool isRunning() const;
    const RehearsalReply &reply() const { return m_reply; }
    bool hasResult() const { return m_hasResult; }

    // A sentence describing the rehearsed run ("Upgrade to v1.35.0, rolling, 1 node at a time …").
    static QString describeRun(const RunSpec &spec, int nodes);

    QLabel *badge() const { return m_badge; }
    QLabel *headline() const { return m_headline; }
    QLabel *status() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *copyButton() const { return m_copy; }
    // Plays the last rehearsal's run again as rolling 1, rolling N, all at once and surge.
    QPushButton *compareButton() const { return m_compare; }
    // Plays the last rehearsal's run again, with the timing settings as they are now.
    QPushButton *againButton() const { return m_again; }
    QPushButton *timingButton() const { return m_timingButton; }
    // The shown result's timing model, as `slipway rehearse` states it, with its notes.
    QLabel *timingLabel() const { return m_timingLabel; }
    RehearsalTimingDialog *timingDialog() const { return m_timingDialog; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *blockerTree() const { return m_blockers; }
    QTreeWidget *nodeTree() const { return m_nodes; }
    QTreeWidget *pendingTree() const { return m_pending; }
    QTreeWidget *workloadTree() const { return m_workloads; }
    QTreeWidget *strategyTree() const { return m_strategies; }
    TimelineModel *timelineModel() const { return m_timeline; }
    TimelineChart *timelineChart() const { return m_chart; }

Q_SIGNALS:
    void started();
    void finished(bool cancelled);

private:
    void setUpButtons();
    void setUpTabs();
    void onProgress(const RehearsalProgress &progress);
    void onFinished(const RehearsalReply &reply);
    void showResult();
    void fillNodes(const RehearsalResult &r);
    void fillBlockers(const RehearsalResult &r);
    void fillPending(const RehearsalResult &r);
    void fillWorkloads(const RehearsalResult &r);
    void fillStrategies(const QList<RehearsalResult> &results);
    QString headlineText(const RehearsalResult &r) const;
    void setRunning(bool running);

    RehearserFactory m_factory;
    QPointer<Rehearser> m_rehearser;
    RehearsalReply m_reply;
    bool m_hasResult = false;
    QString m_what; // describeRun() of the running or shown rehearsal
    RehearsalRequest m_lastRequest;
    bool m_hasLastRequest = false;

    QLabel *m_badge;
    QLabel *m_runLabel;
    QLabel *m_headline;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_copy;
    QPushButton *m_compare;
    QPushButton *m_again;
    QPushButton *m_timingButton;
    QLabel *m_timingLabel;
    QPointer<RehearsalTimingDialog> m_timingDialog;
    QTabWidget *m_tabs;
    TimelineModel *m_timeline;
    TimelineChart *m_chart;
    QTreeWidget *m_nodes;
    QTreeWidget *m_blockers;
    QTreeWidget *m_pending;
    QTreeWidget *m_workloads;
    QTreeWidget *m_strategies;
};

} // namespace Slipway
