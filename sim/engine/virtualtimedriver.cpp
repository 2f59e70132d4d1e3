#include "sim/engine/virtualtimedriver.h"

#include "sim/engine/virtualclock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QThread>

#include <algorithm>
#include <mutex>

namespace Slipway {

namespace {

// Events delivered on this thread, for drivers off the application's thread (a rehearsal on the
// GUI's worker thread): an application event filter only sees the main thread's events, so
// there they are counted with Qt's notify hook, which QCoreApplication::notifyInternal2 calls on
// every thread before delivering. Registered once (prepareForOtherThreads()), never removed; it
// only counts.
thread_local quint64 t_delivered = 0;

bool countDelivery(void **)
{
    ++t_delivered;
    return false; // never consumes the event
}

std::once_flag g_counterRegistered;

void registerCounter()
{
    std::call_once(g_counterRegistered,
                   [] { QInternal::registerCallback(QInternal::EventNotifyCallback, countDelivery); });
}

} // namespace

VirtualTimeDriver::VirtualTimeDriver(VirtualClock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    QCoreApplication *app = QCoreApplication::instance();
    m_onAppThread = app && app->thread() == QThread::currentThread();
    // An application event filter sees every event delivered in the main thread: the way to tell
    // that a pass over the event loop did nothing, i.e. that the current instant is idle.
    if (m_onAppThread) {
        app->installEventFilter(this);
    } else {
        registerCounter(); // done already when prepareForOtherThreads() was called as it says
    }
}

void VirtualTimeDriver::prepareForOtherThreads()
{
    registerCounter();
}

void VirtualTimeDriver::preferQtEventDispatcher(bool mainThreadToo)
{
    // Read by Qt when it makes a thread's dispatcher (QThreadPrivate::createEventDispatcher, and
    // for the main thread the application's constructor or the platform plugin).
    if (!qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB"))
        qputenv("QT_NO_THREADED_GLIB", "1");
    if (mainThreadToo && !qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
}

VirtualTimeDriver::~VirtualTimeDriver()
{
    if (QCoreApplication *app = QCoreApplication::instance(); app && m_onAppThread)
        app->removeEventFilter(this);
}

quint64 VirtualTimeDriver::delivered() const
{
    return m_onAppThread ? m_delivered : t_delivered;
}

bool VirtualTimeDriver::eventFilter(QObject *watched, QEvent *event)
{
    ++m_delivered;
    return QObject::eventFilter(watched, event);
}

void VirtualTimeDriver::settle()
{
    // Posted events (queued calls, finished futures' watchers, singleShot(0)) are all an
    // in-process run makes; the event loop proper (real timers, sockets) is polled every
    // kPollEvery settles only, since a poll costs a system call and a big run settles millions
    // of instants.
    const bool poll = ++m_settles % kPollEvery == 0;
    for (;;) {
        const quint64 before = delivered();
        QCoreApplication::sendPostedEvents();
        // Watchers and finished helpers are deleteLater()'d; outside a running QEventLoop they
        // would wait for one, so they go now (as QTest does).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (delivered() != before) {
            m_delivered += m_onAppThread ? 0 : delivered() - before;
            continue;
        }
        if (poll) {
            QCoreApplication::processEvents(QEventLoop::AllEvents);
            if (delivered() != before) {
                m_delivered += m_onAppThread ? 0 : delivered() - before;
                continue;
            }
        }
        return;
    }
}

bool VirtualTimeDriver::runUntil(const std::function<bool()> &done, qint64 maxVirtualSeconds)
{
    m_clock->pause(); // a running clock would follow real time
    m_steps = 0;
    const qint64 endMs = m_clock->nowMSecs() + std::max<qint64>(0, maxVirtualSeconds) * 1000;
    for (;;) {
        settle();
        if (done())
            return true;
        const qint64 nowMs = m_clock->nowMSecs();
        if (nowMs >= endMs)
            return false;
        qint64 target = std::min(nowMs + m_maxStepMs, endMs);
        if (const auto next = m_clock->nextDue())
            target = std::min(target, std::max(nowMs, next->toMSecsSinceEpoch()));
        ++m_steps;
        m_clock->advanceTo(QDateTime::fromMSecsSinceEpoch(target, Qt::UTC));
    }
}

} // namespace Slipway
