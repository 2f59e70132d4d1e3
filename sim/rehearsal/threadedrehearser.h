#pragma once

// The GUI's rehearsals (models/run/rehearser.h) played on a worker thread: each start() gets a
// QThread of its own that makes the practice copy, owns the simulator, the runner and the virtual
// time driver, and plays Rehearsal::play there. Progress and the result come back to the
// rehearser's thread by queued calls; cancel() is a flag the play looks at about ten times a
// second of wall time. The GUI thread never waits for the simulator.

#include "models/run/rehearser.h"

#include <atomic>
#include <memory>

namespace Slipway {

class ThreadedRehearser : public Rehearser
{
    Q_OBJECT
public:
    explicit ThreadedRehearser(QObject *parent = nullptr);
    // Cancels a running rehearsal and waits for its thread (at most the time to abort the play).
    ~ThreadedRehearser() override;

    void start(const RehearsalRequest &request) override;
    void cancel() override;
    bool isRunning() const override { return m_running; }

    // What the worker thread does, on the calling thread: the copy, the run's one-hop plan, the
    // play (and the strategies compared), the report text. `progress` returning false cancels.
    static RehearsalReply rehearse(const RehearsalRequest &request,
                                   const std::function<bool(const RehearsalProgress &)> &progress = {});

    // For tests: called on the worker thread with each progress figure (after it is posted to
    // this thread, before the cancel flag is read), with that flag. A test holds the play at a
    // known point with it — the run started, so many nodes finished — until cancel(), however
    // fast the machine plays. Set before start().
    using ProgressHook = std::function<void(const RehearsalProgress &, const std::atomic_bool &cancelled)>;
    void setProgressHook(ProgressHook hook) { m_hook = std::move(hook); }

private:
    std::shared_ptr<std::atomic_bool> m_cancel;
    ProgressHook m_hook;
    quint64 m_generation = 0; // results of an older (cancelled, replaced) rehearsal are dropped
    bool m_running = false;
};

} // namespace Slipway
