#pragma once

#include "models/run/upgraderunner.h"

#include <QWizardPage>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTabWidget;
class QTimer;

namespace Slipway {

class RunStepperModel;
class TimelineChart;
class TimelineModel;
class UpgradeWizard;

// Page 5: the run. A stepper (nodes × phases, live from the runner's events) with the commands
// of the selected step, the live timeline and the log. The pace is the user's: every change the
// runner makes waits at its mutation gate until Next step (one phase of one node), Run node (the
// rest of this node) or Run all; the gates the user chose (before each node, before each
// uncordon), manual steps and the all-at-once downtime warning always stop and ask. Pause, Abort
// (with the offer to uncordon what Slipway cordoned) and, while a drain is stuck, the diagnosis
// with its escape hatches.
class RunPage : public QWizardPage
{
    Q_OBJECT
public:
    enum class Pace
    {
        Step, // one phase of one node, then wait (the trainer's pace)
        Node, // the rest of the current node, then wait
        All,  // everything, stopping only at the user's own gates
    };

    explicit RunPage(UpgradeWizard *wizard);
    ~RunPage() override;

    void initializePage() override;
    bool isComplete() const override;

    // Starts the run the draft describes; false (with the runner's reasons shown) when refused.
    bool startRun();
    // Picks up an interrupted run from its journal (the page shows it as if it had never stopped).
    bool resumeRun(const QString &journalPath);

    UpgradeRunner *runner() const { return m_runner; }
    RunStepperModel *stepper() const { return m_stepper; }
    TimelineModel *timeline() const { return m_timeline; }
    TimelineChart *chart() const { return m_chart; }
    const QList<RunEvent> &events() const { return m_events; }
    bool isFinished() const { return m_finished; }
    bool isStarted() const { return m_started; }
    // Entering the page will not start a new run: a resume follows.
    void prepareResume() { m_resuming = true; }
    bool isHeld() const { return !m_held.isEmpty(); } // a gate waits for the user
    Pace pace() const { return m_pace; }

    QPushButton *nextStepButton() const { return m_nextStep; }
    QPushButton *runNodeButton() const { return m_runNode; }
    QPushButton *runAllButton() const { return m_runAll; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *abortButton() const { return m_abort; }
    QPushButton *copyButton() const { return m_copy; }
    QTableView *stepView() const { return m_stepView; }
    QPlainTextEdit *commandsView() const { return m_commands; }
    QPlainTextEdit *logView() const { return m_log; }
    QLabel *statusLabel() const { return m_status; }
    QListWidget *diagnosisList() const { return m_diagnosis; }
    QPushButton *deletePodButton() const { return m_deletePod; }
    QPushButton *waitLongerButton() const { return m_waitLonger; }
    QPushButton *disableEvictionButton() const { return m_disableEviction; }
    // The escape hatches for the selected diagnosis; they ask first unless `confirmed`.
    bool deleteSelectedPod(bool confirmed = false);
    bool waitLonger(bool confirmed = false);
    bool disableEviction(bool confirmed = false);

    void nextStep();
    void runNode();
    void runAll();
    void togglePause();
    // Asks first unless `confirmed`.
    void abortRun(bool confirmed = false);

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void runFinished(const Slipway::RunOutcome &outcome);

private:
    struct HeldGate
    {
        QString node;
        RunGate gate = RunGate::Mutation;
        QString question;
    };

    QWidget *createControls();
    void applyFonts();
    void fitStepper();
    QWidget *createStepPanel();
    void connectRunner();
    void onEvent(const RunEvent &event);
    void onGate(const QString &node, RunGate gate, const QString &question, const QStringList &commands);
    void onFinished(const RunOutcome &outcome);
    void proceed(Pace pace);
    void confirm(const HeldGate &gate, bool go);
    bool autoConfirms(const QString &node, RunGate gate) const;
    void showStep(const QModelIndex &index);
    void fillCommands();
    void updateButtons();
    void appendLog(const QString &line);

    UpgradeWizard *m_wizard;
    RunClock *m_clock;
    UpgradeRunner *m_runner;
    RunStepperModel *m_stepper;
    TimelineModel *m_timeline;
    TimelineChart *m_chart;
    QTimer *m_nowTimer;
    QList<RunEvent> m_events;
    QList<HeldGate> m_held; // in the order the runner asked
    Pace m_pace = Pace::Step;
    QString m_paceNode; // Pace::Node: the node being run
    bool m_started = false;
    bool m_finished = false;
    bool m_resuming = false;
    QString m_startError; // why start() refused, shown until a run starts

    QPushButton *m_nextStep;
    QPushButton *m_runNode;
    QPushButton *m_runAll;
    QPushButton *m_pause;
    QPushButton *m_abort;
    QPushButton *m_copy;
    QLabel *m_status;
    QLabel *m_question;
    QTableView *m_stepView;
    QLabel *m_stepTitle;
    QPlainTextEdit *m_commands;
    QListWidget *m_diagnosis;
    QPushButton *m_deletePod;
    QPushButton *m_waitLonger;
    QPushButton *m_disableEviction;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_log;
};

} // namespace Slipway
