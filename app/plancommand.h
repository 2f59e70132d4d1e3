#pragma once

#include <QStringList>

namespace Slipway {

// `slipway plan`: versions, findings, upgrade path and per-node steps as text or JSON.
// Exit codes: 0 no finding is an error, 2 some are, 1 unusable input.
int runPlanCommand(const QStringList &arguments);

} // namespace Slipway
