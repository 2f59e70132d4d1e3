#pragma once

#include "sim/engine/simcontext.h"

namespace Slipway {

// The Job controller: runs pods until `replicas` of them succeeded (completions = parallelism =
// replicas). Completed pods stay Succeeded; a running pod that is deleted or evicted is replaced
// while the Job is incomplete; a complete Job never starts pods again.
class JobController : public SimController
{
public:
    using SimController::SimController;

    void observe(const WatchEvent &event, const StoredObject *previous) override;
    bool hasWork() const override { return !m_dirty.isEmpty(); }
    void sync() override;

private:
    void syncJob(const QString &key);
    PendingKeys m_dirty;
    QHash<QString, QSet<QString>> m_succeeded; // job uid -> uids of its pods that succeeded
};

} // namespace Slipway
