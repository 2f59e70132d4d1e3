#pragma once

#include <QStringList>

namespace Slipway {

// `slipway serve-demo`: serves the practice cluster's Kubernetes API over HTTPS on loopback and
// writes a kubeconfig for it (docs/practice-api-server.md). Runs until interrupted.
// Exit codes: 0 stopped by SIGINT/SIGTERM, 1 unusable options or the server could not start.
int runServeDemoCommand(const QStringList &arguments);

} // namespace Slipway
