#pragma once

// Plays a Lesson (sim/lessons/lesson.h) on its own practice cluster: one step at a time or all of
// them, in real time at 1×–600× (the presenter view) or as fast as possible on the virtual clock
// (tests, `slipway lesson run --fast`). The GUI (presenter view) and the command line drive the
// same player and listen to the same signals (docs/lessons.md). Qt Core only.

#include "sim/lessons/lesson.h"
#include "sim/lessons/lessoncontext.h"

#include <QObject>

#include <memory>

namespace Slipway {

class Simulator;

class LessonPlayer : public QObject
{
    Q_OBJECT
public:
    static constexpr double kAsFastAsPossible = 0.0; // speed: no real-time pacing at all

    enum class State
    {
        Idle,     // loaded, no step started (or after restart())
        Playing,  // steps follow each other on their own
        Stepping, // one step runs, then the player pauses
        Paused,   // between steps or in the middle of a step's wait
        Finished, // every step done
        Failed,   // the lesson could not be loaded or a step's action failed (error())
    };
    Q_ENUM(State)

    explicit LessonPlayer(QObject *parent = nullptr);
    ~LessonPlayer() override;

    // Loads the lesson and a fresh cluster from its bundled scenario. False with error() set when
    // the scenario does not load.
    bool load(const Lesson &lesson);
    const Lesson &lesson() const;
    // The practice cluster being played (nullptr before load()); replaced by restart(). Shown by
    // the presenter view, served by serve-demo for students.
    Simulator *simulator() const;
    const LessonContext &context() const;
    LessonContext &context(); // lesson 4's sandbox is edited through setComponentVersion()

    State state() const;
    QString error() const;
    int currentStep() const; // the step running or next to run; steps().size() when finished
    QList<LessonObservation> observations() const; // one per finished step, in order

    // 1–600 (clamped), or kAsFastAsPossible. Takes effect at once, also in the middle of a wait.
    void setSpeed(double speed);
    double speed() const;

    // Blocks until the lesson has finished or failed, playing as fast as possible (tests, CLI
    // --fast). Signals are emitted as usual. Returns true when every step ran.
    bool runToEnd();

    // Lesson 4, interactive: sets a component's version in the sandbox and emits an observation
    // with the new findings for the current step.
    void setComponentVersion(const QString &component, const QString &node, const QString &version);

public Q_SLOTS:
    void play();    // runs steps one after another until the end (or pause())
    void pause();   // stops the clock and the step sequence; the running step resumes on play()/step()
    void step();    // runs the next step (or finishes the current one) and pauses after it
    void restart(); // discards the cluster, reloads the scenario, back to step 0 (Idle)

Q_SIGNALS:
    void stateChanged(Slipway::LessonPlayer::State state);
    void stepStarted(int index, const QString &title);
    // The narration and command of the step that just started (translated; command verbatim).
    void narration(int index, const QString &text, const QString &command);
    void observation(const Slipway::LessonObservation &observation);
    void stepFinished(int index, bool checksHold);
    void finished(bool ok);
    // Something the step's action reported (drain output, runner events), for a log panel.
    void log(const QString &line);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Slipway
