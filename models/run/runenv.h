#pragma once

// What the parts of a run share (internal to models/run): the seam, the clock, the spec and the
// one way to record an event (number it, journal it with fsync, then emit it).

#include "models/run/runevent.h"
#include "models/run/runspec.h"

#include <functional>

namespace Slipway {

class ClusterApi;
class RunClock;

struct RunEnv
{
    ClusterApi *api = nullptr;
    RunClock *clock = nullptr;
    RunSpec spec;
    QString runId;
    // The version this hop upgrades to (spec.target for a run of one hop), and the hop (1…) of a
    // run of several; 0 for a run of one hop (docs/runner.md "Hops").
    Version target;
    int hop = 0;
    qint64 pollMsecs = 1000; // how often waits look at the cluster
    // Numbers, journals and emits `event`; false when the journal could not be written, and the
    // caller must then send no mutation.
    std::function<bool(RunEvent event)> record;

    static RunEvent make(RunEvent::Type type, const QString &node = {}, const QJsonObject &data = {},
                         const QString &message = {})
    {
        RunEvent e;
        e.type = type;
        e.node = node;
        e.data = data;
        e.message = message;
        return e;
    }
};

} // namespace Slipway
