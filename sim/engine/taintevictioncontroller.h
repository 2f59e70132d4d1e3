#pragma once

#include "sim/engine/simcontext.h"

#include <set>

namespace Slipway {

// The taint eviction controller (a separate controller since 1.29, FACTS §6): pods on a node
// with NoExecute taints are deleted at once when a taint is not tolerated, after the smallest
// tolerationSeconds of the matching tolerations when it is (300 s for the DefaultTolerationSeconds
// ones), and never when the tolerations have no tolerationSeconds (DaemonSet and static pods).
// The deletion is an ordinary graceful DELETE, which an unreachable kubelet never finishes.
class TaintEvictionController : public SimController
{
public:
    using SimController::SimController;

    void observe(const WatchEvent &event, const StoredObject *previous) override;
    bool hasWork() const override;
    void sync() override;

private:
    void processPod(const QString &podKey);
    void cancel(const QString &uid);

    std::set<QString> m_nodes;
    std::set<QString> m_pods;
    QHash<QString, qint64> m_startedMs; // pod uid -> when its eviction was scheduled
    QHash<QString, qint64> m_timerMs;   // pod uid -> the pending timer's due time
};

} // namespace Slipway
