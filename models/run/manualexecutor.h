#pragma once

#include "models/run/nodeexecutor.h"

namespace Slipway {

// Manual executor: shows the node's exact commands (FACTS §4) and hands over; the runner's
// verification then waits, without a time limit, until the node reports the target (or a new boot).
class ManualExecutor : public NodeExecutor
{
    Q_OBJECT
public:
    using NodeExecutor::NodeExecutor;
    QString action(const NodeJob &job) const override;
    void start(const NodeJob &job) override;
};

} // namespace Slipway
