#pragma once

#include <QString>

namespace Slipway {

// What reaches stderr; the log file always has debug and up.
enum class ConsoleLog
{
    Warnings, // the default: warnings and errors
    Debug,    // --verbose
    Errors,   // kubectl-exact commands (cordon, uncordon, drain): their stderr is kubectl's, so a
              // request retried and then answered (kubectl logs that only at -v 4 and up) goes to
              // the file, and to stderr with --verbose
};

// spdlog: a rotating file in the application data directory (debug and up) and stderr (at the
// given level). Qt's own messages are routed there too. Returns the log file path.
QString setupLogging(ConsoleLog console);
inline QString setupLogging(bool verbose)
{
    return setupLogging(verbose ? ConsoleLog::Debug : ConsoleLog::Warnings);
}

} // namespace Slipway
