#pragma once

// The clock a drain or a run is timed by: the wall clock for live clusters and serve-demo, the
// simulator's virtual clock for in-process practice runs (sim/engine/virtualrunclock.h), so a
// whole upgrade can be played and tested in virtual time. Qt Core only.

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>

namespace Slipway {

class RunClock : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~RunClock() override;

    virtual QDateTime now() const = 0; // UTC
    // Runs `callback` once after `msecs` of this clock's time; dropped when `context` dies.
    // Returns an id for cancel().
    virtual quint64 callAfter(qint64 msecs, QObject *context, std::function<void()> callback) = 0;
    virtual void cancel(quint64 id) = 0;
    // True for the simulator's clock (journals record "virtual").
    virtual bool isVirtual() const { return false; }
};

// Real time: QTimer-based.
class WallRunClock : public RunClock
{
    Q_OBJECT
public:
    using RunClock::RunClock;
    QDateTime now() const override;
    quint64 callAfter(qint64 msecs, QObject *context, std::function<void()> callback) override;
    void cancel(quint64 id) override;

private:
    quint64 m_nextId = 0;
    QHash<quint64, QObject *> m_timers;
};

} // namespace Slipway
