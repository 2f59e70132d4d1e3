#pragma once

#include <QString>

namespace Slipway {

// spdlog: a rotating file in the application data directory (debug and up) and stderr
// (warnings, or debug with --verbose). Qt's own messages are routed there too.
// Returns the log file path.
QString setupLogging(bool verbose);

} // namespace Slipway
