#pragma once

#include "clustersnapshot.h"

namespace Slipway {

struct SnapshotLoadResult
{
    ClusterSnapshot snapshot;
    QStringList errors; // sentences for people, each naming file, line and field where known
    bool ok() const { return errors.isEmpty(); }
};

// Where practice clusters come from. The GUI only knows this interface; app/ hands it the
// simulator's implementation, so ui/ never depends on sim/. load*() are thread-safe and are
// called off the GUI thread.
class ScenarioCatalog
{
public:
    virtual ~ScenarioCatalog() = default;
    virtual QStringList names() const = 0;
    virtual QString title(const QString &name) const = 0;
    virtual SnapshotLoadResult load(const QString &name) const = 0;
    virtual SnapshotLoadResult loadFile(const QString &path) const = 0;
};

} // namespace Slipway
