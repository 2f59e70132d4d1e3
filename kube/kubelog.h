#pragma once

#include <QLoggingCategory>

// Log category of the kube library ("slipway.kube"); app/ routes Qt messages into spdlog. Log
// lines name methods, paths, status codes and users, never tokens, keys, passwords or exec env.
namespace Slipway {
Q_DECLARE_LOGGING_CATEGORY(lcKube)
} // namespace Slipway
