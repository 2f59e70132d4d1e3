#include "sim/engine/virtualrunclock.h"

#include "sim/engine/virtualclock.h"

#include <algorithm>

namespace Slipway {

VirtualRunClock::VirtualRunClock(VirtualClock *clock, QObject *parent)
    : RunClock(parent)
    , m_clock(clock)
{}

QDateTime VirtualRunClock::now() const
{
    return m_clock->now();
}

quint64 VirtualRunClock::callAfter(qint64 msecs, QObject *context, std::function<void()> callback)
{
    const qint64 due = m_clock->nowMSecs() + std::max<qint64>(0, msecs);
    return m_clock->callAt(QDateTime::fromMSecsSinceEpoch(due, Qt::UTC), context, std::move(callback));
}

void VirtualRunClock::cancel(quint64 id)
{
    m_clock->cancel(id);
}

} // namespace Slipway
