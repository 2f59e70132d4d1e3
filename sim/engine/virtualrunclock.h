#pragma once

// The run clock (models/run/runclock.h) of an in-process run: the simulator's VirtualClock, so a
// whole upgrade is timed, journalled ("clock":"virtual") and tested in virtual time
// (docs/in-process-runs.md). VirtualTimeDriver plays that time as fast as the machine allows.

#include "models/run/runclock.h"

namespace Slipway {

class VirtualClock;

class VirtualRunClock : public RunClock
{
    Q_OBJECT
public:
    // `clock` must outlive this object.
    explicit VirtualRunClock(VirtualClock *clock, QObject *parent = nullptr);

    QDateTime now() const override;
    quint64 callAfter(qint64 msecs, QObject *context, std::function<void()> callback) override;
    void cancel(quint64 id) override;
    bool isVirtual() const override { return true; }

private:
    VirtualClock *m_clock;
};

} // namespace Slipway
