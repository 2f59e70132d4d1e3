#pragma once

#include "models/goduration.h" // parseGoDuration, used by the run options too

#include <QStringList>

#include <optional>

namespace Slipway {

// `slipway cordon|uncordon|drain NODE…` with kubectl's flags, messages and exit codes (FACTS §5),
// against a live cluster or the practice cluster (app/clustercli.h). `arguments` starts with the
// program name, then the sub-command. Exit code 0 on success, 1 otherwise.
int runCordonCommand(const QStringList &arguments);
int runUncordonCommand(const QStringList &arguments);
int runDrainCommand(const QStringList &arguments);

} // namespace Slipway
