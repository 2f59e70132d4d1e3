#include "sim/lessons/lessonplayer.h"

#include "sim/engine/simulator.h"
#include "sim/engine/virtualclock.h"
#include "sim/engine/virtualtimedriver.h"
#include "sim/lessons/lessonactions.h"
#include "sim/lessons/lessonstate.h"
#include "sim/scenario/scenarioloader.h"

#include <QEventLoop>
#include <QTimer>

#include <algorithm>

namespace Slipway {

class LessonPlayer::Private
{
public:
    explicit Private(LessonPlayer *player)
        : q(player)
    {}

    LessonPlayer *q;
    Lesson lesson;
    std::unique_ptr<Simulator> sim;
    LessonContext ctx;
    State state = State::Idle;
    QString error;
    int current = 0;
    bool inStep = false; // the current step's action ran; its wait is not over
    bool pauseAfterStep = false;
    double speed = 60;
    QList<LessonObservation> observations;
    // The running wait.
    qint64 deadlineMs = 0;
    std::function<bool(const LessonContext &)> until;
    quint64 deadlineTimer = 0;
    QMetaObject::Connection tickConnection;
    std::unique_ptr<LessonActionRunner> actions;

    bool fast() const { return speed == kAsFastAsPossible; }
    void setState(State s);
    bool createCluster();
    void scheduleNext();
    void runNext();
    void startStep(int index);
    void beginWait(const LessonAction &action);
    void resumeWait();
    void waitFast();
    void stopWaiting();
    void finishStep();
    void fail(const QString &message);
    LessonObservation observe(int index) const;
};

void LessonPlayer::Private::setState(State s)
{
    if (state == s)
        return;
    state = s;
    Q_EMIT q->stateChanged(s);
}

bool LessonPlayer::Private::createCluster()
{
    actions.reset();
    sim.reset();
    const Result<LoadedScenario> loaded = ScenarioLoader::loadBundled(lesson.scenario);
    if (!loaded.ok()) {
        error = loaded.errorText();
        return false;
    }
    sim = std::make_unique<Simulator>(loaded->snapshot);
    ctx = LessonContext();
    ctx.sim = sim.get();
    ctx.startedAt = sim->now();
    ctx.sandbox = loaded->snapshot;
    actions = std::make_unique<LessonActionRunner>(&ctx, q);
    QObject::connect(actions.get(), &LessonActionRunner::log, q, &LessonPlayer::log);
    current = 0;
    inStep = false;
    observations.clear();
    error.clear();
    return true;
}

void LessonPlayer::Private::scheduleNext()
{
    QTimer::singleShot(0, q, [this] { runNext(); });
}

void LessonPlayer::Private::runNext()
{
    if (state != State::Playing && state != State::Stepping)
        return;
    if (inStep)
        return resumeWait();
    if (current >= lesson.steps.size()) {
        setState(State::Finished);
        Q_EMIT q->finished(true);
        return;
    }
    startStep(current);
}

void LessonPlayer::Private::startStep(int index)
{
    const LessonStep &step = lesson.steps.at(index);
    inStep = true;
    Q_EMIT q->stepStarted(index, step.title.text());
    Q_EMIT q->narration(index, step.narration.text(), step.command);
    actions->setFast(fast());
    if (!fast()) {
        // Asynchronous actions (a drain) need time to pass while they run.
        sim->clock()->setSpeed(speed);
        sim->clock()->resume();
    }
    actions->start(step.action, [this, index](const QString &problem) {
        if (state == State::Failed || current != index || !inStep)
            return;
        if (!problem.isEmpty())
            return fail(problem);
        beginWait(lesson.steps.at(index).action);
    });
}

void LessonPlayer::Private::beginWait(const LessonAction &action)
{
    deadlineMs = sim->clock()->nowMSecs() + action.waitSeconds * 1000;
    until = action.until;
    resumeWait();
}

void LessonPlayer::Private::resumeWait()
{
    if (state != State::Playing && state != State::Stepping)
        return;
    VirtualClock *clock = sim->clock();
    const auto done = [this, clock] {
        return clock->nowMSecs() >= deadlineMs || (until && until(ctx));
    };
    if (done())
        return finishStep();
    if (fast())
        return waitFast();
    stopWaiting();
    clock->setSpeed(speed);
    deadlineTimer =
        clock->callAt(QDateTime::fromMSecsSinceEpoch(deadlineMs, Qt::UTC), q, [this] { finishStep(); });
    tickConnection = QObject::connect(clock, &VirtualClock::timeChanged, q, [this, done] {
        if (done())
            finishStep();
    });
    clock->resume();
}

void LessonPlayer::Private::waitFast()
{
    // As fast as possible: VirtualTimeDriver plays the virtual time (docs/in-process-runs.md) and
    // looks at `until` whenever the current instant is idle.
    VirtualClock *clock = sim->clock();
    VirtualTimeDriver driver(clock);
    driver.setMaxStepMSecs(1000);
    const qint64 budget = (deadlineMs - clock->nowMSecs() + 999) / 1000;
    driver.runUntil([this, clock] { return clock->nowMSecs() >= deadlineMs || (until && until(ctx)); },
                    budget);
    finishStep();
}

void LessonPlayer::Private::stopWaiting()
{
    if (deadlineTimer)
        sim->clock()->cancel(deadlineTimer);
    deadlineTimer = 0;
    QObject::disconnect(tickConnection);
    sim->clock()->pause();
}

void LessonPlayer::Private::finishStep()
{
    if (!inStep)
        return;
    stopWaiting();
    inStep = false;
    const int index = current;
    const LessonObservation observation = observe(index);
    observations << observation;
    Q_EMIT q->observation(observation);
    Q_EMIT q->stepFinished(index, observation.allChecksHold());
    ++current;
    if (current >= lesson.steps.size()) {
        setState(State::Finished);
        Q_EMIT q->finished(std::all_of(observations.cbegin(), observations.cend(),
                                       [](const LessonObservation &o) { return o.allChecksHold(); }));
        return;
    }
    if (pauseAfterStep || state == State::Stepping)
        return setState(State::Paused);
    scheduleNext();
}

void LessonPlayer::Private::fail(const QString &message)
{
    stopWaiting();
    inStep = false;
    error = message;
    setState(State::Failed);
    Q_EMIT q->log(message);
    Q_EMIT q->finished(false);
}

LessonObservation LessonPlayer::Private::observe(int index) const
{
    const LessonStep &step = lesson.steps.at(index);
    LessonObservation o;
    o.stepIndex = index;
    o.virtualSeconds = ctx.virtualSeconds();
    o.state = LessonState::describe(ctx, step.observe);
    for (const LessonCheck &check : step.checks)
        o.checks << LessonCheckResult{check.id, check.description.text(), check.holds && check.holds(ctx)};
    if (step.observe.findings)
        o.findings = LessonState::skewFindings(ctx);
    if (step.observe.table)
        o.table = ctx.table;
    return o;
}

// ---- LessonPlayer ----

LessonPlayer::LessonPlayer(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{}

LessonPlayer::~LessonPlayer()
{
    d->actions.reset();
    if (d->sim)
        d->stopWaiting();
}

bool LessonPlayer::load(const Lesson &lesson)
{
    if (d->sim)
        d->stopWaiting();
    d->lesson = lesson;
    if (!d->createCluster()) {
        d->setState(State::Failed);
        return false;
    }
    d->setState(State::Idle);
    return true;
}

const Lesson &LessonPlayer::lesson() const
{
    return d->lesson;
}

Simulator *LessonPlayer::simulator() const
{
    return d->sim.get();
}

const LessonContext &LessonPlayer::context() const
{
    return d->ctx;
}

LessonContext &LessonPlayer::context()
{
    return d->ctx;
}

LessonPlayer::State LessonPlayer::state() const
{
    return d->state;
}

QString LessonPlayer::error() const
{
    return d->error;
}

int LessonPlayer::currentStep() const
{
    return d->current;
}

QList<LessonObservation> LessonPlayer::observations() const
{
    return d->observations;
}

void LessonPlayer::setSpeed(double speed)
{
    d->speed = speed <= kAsFastAsPossible
                   ? kAsFastAsPossible
                   : std::clamp(speed, VirtualClock::kMinSpeed, VirtualClock::kMaxSpeed);
    if (d->sim && d->sim->clock()->isRunning()) {
        if (d->fast()) {
            d->stopWaiting();
            d->scheduleNext(); // continues the wait as fast as possible
        } else {
            d->sim->clock()->setSpeed(d->speed);
        }
    }
}

double LessonPlayer::speed() const
{
    return d->speed;
}

bool LessonPlayer::runToEnd()
{
    if (d->state == State::Failed || !d->sim)
        return false;
    if (d->state == State::Finished)
        return true;
    setSpeed(kAsFastAsPossible);
    QEventLoop loop;
    connect(this, &LessonPlayer::finished, &loop, &QEventLoop::quit);
    play();
    if (d->state != State::Finished && d->state != State::Failed)
        loop.exec();
    return d->state == State::Finished;
}

void LessonPlayer::setComponentVersion(const QString &component, const QString &node, const QString &version)
{
    LessonState::setSandboxVersion(d->ctx, component, node, version);
    LessonObservation o;
    o.stepIndex = std::max(0, d->inStep ? d->current : d->current - 1);
    o.virtualSeconds = d->ctx.virtualSeconds();
    LessonObserve observe;
    observe.findings = true;
    o.state = LessonState::describe(d->ctx, observe);
    o.findings = LessonState::skewFindings(d->ctx);
    Q_EMIT observation(o);
}

void LessonPlayer::play()
{
    if (!d->sim || d->state == State::Finished || d->state == State::Failed)
        return;
    d->pauseAfterStep = false;
    d->setState(State::Playing);
    d->scheduleNext();
}

void LessonPlayer::pause()
{
    if (d->state != State::Playing && d->state != State::Stepping)
        return;
    d->pauseAfterStep = true;
    if (d->inStep && !d->fast())
        d->stopWaiting();
    d->setState(State::Paused);
}

void LessonPlayer::step()
{
    if (!d->sim || d->state == State::Finished || d->state == State::Failed)
        return;
    d->pauseAfterStep = true;
    d->setState(State::Stepping);
    d->scheduleNext();
}

void LessonPlayer::restart()
{
    if (d->sim)
        d->stopWaiting();
    if (!d->createCluster()) {
        d->setState(State::Failed);
        return;
    }
    d->state = State::Failed; // force the signal: the cluster changed even when Idle before
    d->setState(State::Idle);
}

} // namespace Slipway
