#include "sim/engine/virtualclock.h"

#include <QTimer>

#include <algorithm>

namespace Slipway {

VirtualClock::VirtualClock(const QDateTime &start, QObject *parent)
    : QObject(parent)
    , m_nowMs(start.isValid() ? start.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch())
    , m_ticker(new QTimer(this))
{
    m_ticker->setInterval(kTickMilliseconds);
    m_ticker->setTimerType(Qt::PreciseTimer);
    connect(m_ticker, &QTimer::timeout, this, &VirtualClock::tick);
}

VirtualClock::~VirtualClock() = default;

QDateTime VirtualClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(m_nowMs, Qt::UTC);
}

void VirtualClock::setSpeed(double factor)
{
    const double clamped = std::clamp(factor, kMinSpeed, kMaxSpeed);
    if (qFuzzyCompare(clamped, m_speed))
        return;
    if (m_running)
        tick(); // account for the real time that passed at the old speed
    m_speed = clamped;
    rebase();
    Q_EMIT speedChanged(m_speed);
}

void VirtualClock::pause()
{
    if (!m_running)
        return;
    tick();
    m_running = false;
    m_ticker->stop();
    Q_EMIT runningChanged(false);
}

void VirtualClock::resume()
{
    if (m_running)
        return;
    m_running = true;
    rebase();
    m_ticker->start();
    Q_EMIT runningChanged(true);
}

void VirtualClock::advance(qint64 seconds)
{
    advanceMSecs(seconds * 1000);
}

void VirtualClock::advanceMSecs(qint64 msecs)
{
    if (msecs < 0)
        return;
    advanceToMSecs(m_nowMs + msecs);
    rebase();
}

void VirtualClock::advanceTo(const QDateTime &target)
{
    if (!target.isValid())
        return;
    advanceToMSecs(std::max(m_nowMs, target.toMSecsSinceEpoch()));
    rebase();
}

quint64 VirtualClock::callAt(const QDateTime &due, QObject *context, std::function<void()> callback)
{
    const quint64 id = ++m_nextId;
    const qint64 dueMs = due.isValid() ? due.toMSecsSinceEpoch() : m_nowMs;
    m_timers.emplace(TimerKey{dueMs, id}, Timer{context, std::move(callback)});
    m_dueById.insert(id, dueMs);
    return id;
}

quint64 VirtualClock::callAfter(qint64 seconds, QObject *context, std::function<void()> callback)
{
    return callAt(QDateTime::fromMSecsSinceEpoch(m_nowMs + seconds * 1000, Qt::UTC), context,
                  std::move(callback));
}

void VirtualClock::cancel(quint64 id)
{
    const auto it = m_dueById.constFind(id);
    if (it == m_dueById.constEnd())
        return;
    m_timers.erase(TimerKey{it.value(), id});
    m_dueById.erase(it);
}

std::optional<QDateTime> VirtualClock::nextDue() const
{
    if (m_timers.empty())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(m_timers.begin()->first.first, Qt::UTC);
}

void VirtualClock::advanceToMSecs(qint64 targetMs)
{
    // A timer callback that advances the clock itself would reorder time; it is ignored.
    if (m_advancing)
        return;
    m_advancing = true;
    // Timers due now or earlier run at "now"; the clock never goes back.
    while (!m_timers.empty() && m_timers.begin()->first.first <= targetMs) {
        const auto first = m_timers.begin();
        const qint64 dueMs = std::max(first->first.first, m_nowMs);
        Timer timer = std::move(first->second);
        m_dueById.remove(first->first.second);
        m_timers.erase(first);
        if (dueMs > m_nowMs) {
            m_nowMs = dueMs;
            Q_EMIT timeChanged(now());
        }
        if (timer.context && timer.callback)
            timer.callback();
    }
    if (targetMs > m_nowMs) {
        m_nowMs = targetMs;
        Q_EMIT timeChanged(now());
    }
    m_advancing = false;
}

void VirtualClock::tick()
{
    if (!m_running)
        return;
    const qint64 target = m_baseMs + qint64(double(m_realTime.elapsed()) * m_speed);
    advanceToMSecs(std::max(target, m_nowMs));
}

void VirtualClock::rebase()
{
    m_baseMs = m_nowMs;
    m_realTime.start();
}

} // namespace Slipway
