#pragma once

#include "models/run/nodeexecutor.h"

namespace Slipway {

// Practice executor: asks the practice cluster's node agent through node annotations
// (models/run/practicetrigger.h) and waits for its status answer.
class PracticeExecutor : public NodeExecutor
{
    Q_OBJECT
public:
    PracticeExecutor(const RunEnv &env, QObject *parent = nullptr);

    QString action(const NodeJob &job) const override;
    void start(const NodeJob &job) override;
    void cancel() override;

private:
    void poll();

    RunEnv m_env;
    NodeJob m_job;
    quint64 m_timer = 0;
    bool m_running = false;
};

} // namespace Slipway
