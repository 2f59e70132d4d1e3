#pragma once

#include <QStringList>

namespace Slipway {

// `slipway rehearse` (docs/rehearsal.md): the planned upgrade or maintenance run, with the options
// of `slipway upgrade`/`maintain`, played on a practice copy of the cluster (a dump, a bundled
// scenario or a live cluster read once) on the virtual clock. Exit codes: 0 the rehearsal
// finished with no blocker, 2 it found blockers (or the run failed), 1 unusable input.
int runRehearseCommand(const QStringList &arguments);

} // namespace Slipway
