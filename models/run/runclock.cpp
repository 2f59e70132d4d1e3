#include "models/run/runclock.h"

#include <QPointer>
#include <QTimer>

#include <limits>

namespace Slipway {

RunClock::~RunClock() = default;

QDateTime WallRunClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

quint64 WallRunClock::callAfter(qint64 msecs, QObject *context, std::function<void()> callback)
{
    const quint64 id = ++m_nextId;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    QPointer<QObject> guard(context);
    connect(timer, &QTimer::timeout, this, [this, id, timer, guard, callback = std::move(callback)] {
        m_timers.remove(id);
        timer->deleteLater();
        if (guard)
            callback();
    });
    m_timers.insert(id, timer);
    timer->start(int(qBound(qint64(0), msecs, qint64(std::numeric_limits<int>::max()))));
    return id;
}

void WallRunClock::cancel(quint64 id)
{
    if (QObject *timer = m_timers.take(id)) {
        timer->disconnect(this); // a timeout already queued must not run the callback
        timer->deleteLater();
    }
}

} // namespace Slipway
