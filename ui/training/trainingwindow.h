#pragma once

// Training mode (issue 11): the presenter controls for the CKA upgrade lessons. Lists the built-in
// lessons (LessonCatalog) and plays one with a LessonPlayer (sim/lessons, docs/lessons.md) at
// 1×–600×: Play/Pause, Step, Restart. For each step an explanation panel for students (the
// installed language, with the English source beside it when that differs), the kubectl/kubeadm
// command it corresponds to (copyable), what was observed and whether the step's checks held; the
// lesson's cluster live (nodes and the lesson's pods); a Students panel (ClassroomServer: the
// kubeconfig to hand out, commands to try, their requests live); the player's log. The presenter
// view (F11) enlarges everything and hides what the class does not need.

#include "sim/lessons/lessonplayer.h"

#include <QMainWindow>

class QAction;
class QBoxLayout;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace Slipway {

class ClassroomServer;
class LessonClusterView;
class StudentsPanel;

class TrainingWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit TrainingWindow(QWidget *parent = nullptr);
    ~TrainingWindow() override;

    // Loads lesson `number` (1–6) on a fresh cluster; false (the reason shown) when it cannot.
    bool openLesson(int number);
    void setSpeed(double speed);
    void setPresenterView(bool on);
    bool isPresenterView() const { return m_presenter; }

    LessonPlayer *player() const { return m_player; }
    ClassroomServer *classroom() const { return m_classroom; }
    LessonClusterView *clusterView() const { return m_cluster; }
    StudentsPanel *studentsPanel() const { return m_students; }
    QListWidget *lessonList() const { return m_lessons; }
    QPushButton *playButton() const { return m_play; }
    QPushButton *stepButton() const { return m_step; }
    QPushButton *restartButton() const { return m_restart; }
    QComboBox *speedBox() const { return m_speed; }
    QLabel *stepTitle() const { return m_stepTitle; }
    QTextBrowser *explanation() const { return m_explanation; }
    QPlainTextEdit *commandView() const { return m_command; }
    QPushButton *copyButton() const { return m_copy; }
    QPlainTextEdit *observedView() const { return m_observed; }
    QListWidget *checkList() const { return m_checks; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *clockLabel() const { return m_clock; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *createControls();
    QWidget *createStepPanel();
    void connectPlayer();
    void fillLessons();
    void bindCluster();
    void onNarration(int index, const QString &text, const QString &command);
    void onObservation(const LessonObservation &observation);
    void togglePlay();
    void restartLesson();
    void updateControls();
    void updateClock();
    void applyFonts();
    void fitStepPanel();
    void showObservation();

    LessonPlayer *m_player;
    ClassroomServer *m_classroom;
    bool m_presenter = false;
    QListWidget *m_lessons;
    QPushButton *m_play;
    QPushButton *m_step;
    QPushButton *m_restart;
    QComboBox *m_speed;
    QLabel *m_lessonTitle;
    QLabel *m_progress;
    QLabel *m_clock;
    QLabel *m_stepTitle;
    QTextBrowser *m_explanation;
    QBoxLayout *m_header = nullptr;
    QLabel *m_commandLabel = nullptr;
    QPlainTextEdit *m_command;
    QPushButton *m_copy;
    QPlainTextEdit *m_observed;
    LessonObservation m_observation; // the last step's, shown in m_observed
    QListWidget *m_checks;
    LessonClusterView *m_cluster;
    StudentsPanel *m_students;
    QPlainTextEdit *m_log;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    QAction *m_presenterAction;
    QTimer *m_clockTimer;
};

} // namespace Slipway
