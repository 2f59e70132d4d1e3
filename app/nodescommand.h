#pragma once

#include "models/clustersnapshot.h"

#include <QTextStream>

namespace Slipway {

// The plain-text node and component tables (`slipway nodes`, and the headless default).
void printClusterTables(const ClusterSnapshot &snapshot, QTextStream &out);

} // namespace Slipway
