#pragma once

// Plays virtual time as fast as the machine allows (docs/in-process-runs.md): whenever the event
// loop has nothing left to do for the current instant (every posted event, queued call and
// finished future handled), it moves the VirtualClock to its next due timer, at most `maxStep`
// at a time, and starts again. The one "advance until idle" loop of the code base: rehearsals,
// lessons and tests all use it. Deterministic: the same scenario and run give the same events at
// the same virtual times, however fast the machine is.

#include <QObject>

#include <functional>

namespace Slipway {

class VirtualClock;

class VirtualTimeDriver : public QObject
{
    Q_OBJECT
public:
    // `clock` must outlive this object; it should be paused (a running clock follows real time).
    explicit VirtualTimeDriver(VirtualClock *clock, QObject *parent = nullptr);
    ~VirtualTimeDriver() override;

    // A driver off the application's thread counts deliveries with a Qt notify callback. Qt's
    // callback table may not change while another thread delivers an event, so register it
    // early, on the application's thread, before other threads deliver events (main(), a test's
    // initTestCase(), the threaded rehearser's constructor as a fallback). Idempotent.
    static void prepareForOtherThreads();

    // A driven run posts millions of events (queued calls, finished futures). Posting to a thread
    // whose event dispatcher is GLib's costs a system call each time (GLib writes its wake-up
    // eventfd on every wake-up; in a virtual machine that was half of a rehearsal's CPU time),
    // while Qt's own Unix dispatcher writes once until the thread next polls. Call before the
    // application object and any thread exist: from then on worker threads (the GUI's
    // rehearsal) use Qt's dispatcher, and with `mainThreadToo` (command-line runs, benchmarks,
    // nothing that needs GLib's main loop) the main thread too. A GUI keeps GLib on its main
    // thread: platform dialogs may need it. Sets QT_NO_THREADED_GLIB (and QT_NO_GLIB) unless set.
    static void preferQtEventDispatcher(bool mainThreadToo);

    // The longest single step of virtual time when no timer is due sooner (default one hour).
    void setMaxStepMSecs(qint64 msecs) { m_maxStepMs = std::max<qint64>(1, msecs); }

    // Returns true as soon as done() holds (checked whenever the current instant is idle), false
    // when `maxVirtualSeconds` of virtual time passed first.
    bool runUntil(const std::function<bool()> &done, qint64 maxVirtualSeconds);

    // Handles every posted event for the current instant (and, every 64th call, the event loop's
    // timers and sockets); returns when idle.
    void settle();

    // Instants played (clock steps) and events handled by the last runUntil(), for benchmarks.
    quint64 steps() const { return m_steps; }
    quint64 eventsHandled() const { return m_delivered; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    quint64 delivered() const; // events delivered on this driver's thread so far

    VirtualClock *m_clock;
    bool m_onAppThread = true;
    qint64 m_maxStepMs = 3600 * 1000;
    quint64 m_delivered = 0;
    quint64 m_steps = 0;
    quint64 m_settles = 0;
    static constexpr quint64 kPollEvery = 64;
};

} // namespace Slipway
