#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>
#include <optional>
#include <utility>

class QTimer;

namespace Slipway {

// The practice cluster's time. It starts paused; when running, a timer moves it at 1×–600× real
// time. Tests step it deterministically with advance(). Everything timed (kubelets, controllers,
// the upgrade agent) registers a timer with callAt(); advancing runs the due timers in
// (due time, registration) order, each with now() set to its own instant, so a one-hour step
// behaves exactly like an hour of small steps.
class VirtualClock : public QObject
{
    Q_OBJECT
public:
    static constexpr double kMinSpeed = 1.0;
    static constexpr double kMaxSpeed = 600.0;
    static constexpr int kTickMilliseconds = 100; // real-time driving granularity

    explicit VirtualClock(const QDateTime &start, QObject *parent = nullptr);
    ~VirtualClock() override;

    QDateTime now() const; // UTC
    qint64 nowMSecs() const { return m_nowMs; }

    double speed() const { return m_speed; }
    void setSpeed(double factor); // clamped to [kMinSpeed, kMaxSpeed]
    bool isRunning() const { return m_running; }
    void pause();
    void resume();

    // Step mode: moves time forward, running every timer due on the way at its own instant.
    // Negative steps are ignored (virtual time never goes back).
    void advance(qint64 seconds);
    void advanceMSecs(qint64 msecs);
    void advanceTo(const QDateTime &target);

    // Runs `callback` once virtual time reaches `due` (at once on the next advance or tick when
    // `due` is not in the future). It is dropped when `context` is destroyed. Returns an id for
    // cancel().
    quint64 callAt(const QDateTime &due, QObject *context, std::function<void()> callback);
    quint64 callAfter(qint64 seconds, QObject *context, std::function<void()> callback);
    void cancel(quint64 id);
    std::optional<QDateTime> nextDue() const;
    int pendingTimers() const { return int(m_timers.size()); }

Q_SIGNALS:
    void timeChanged(const QDateTime &now);
    void speedChanged(double speed);
    void runningChanged(bool running);

private:
    using TimerKey = std::pair<qint64, quint64>; // due (ms since the epoch), id (FIFO for ties)
    struct Timer
    {
        QPointer<QObject> context;
        std::function<void()> callback;
    };

    void advanceToMSecs(qint64 targetMs);
    void tick();
    void rebase();

    qint64 m_nowMs = 0;
    double m_speed = 1.0;
    bool m_running = false;
    bool m_advancing = false;
    quint64 m_nextId = 0;
    std::map<TimerKey, Timer> m_timers;
    QHash<quint64, qint64> m_dueById;
    QTimer *m_ticker = nullptr;
    QElapsedTimer m_realTime; // real time since the last rebase
    qint64 m_baseMs = 0;      // virtual time at the last rebase
};

} // namespace Slipway
