#pragma once

#include <QStringList>

namespace Slipway {

// `slipway upgrade --to VERSION …`, `slipway maintain --nodes N1,N2 …` and
// `slipway rollback --journal FILE` (docs/runner.md "Command line"): runs through UpgradeRunner
// with a crash-safe journal; the same command with the same --journal resumes an interrupted run.
// `arguments` starts with the program name, then the sub-command.
// Exit codes: 0 every node done (or rolled back), 1 refused before anything changed (bad input),
// 2 the run failed or was aborted (the summary says which nodes and how to go on).
int runUpgradeCommand(const QStringList &arguments);
int runMaintainCommand(const QStringList &arguments);
int runRollbackCommand(const QStringList &arguments);

} // namespace Slipway
