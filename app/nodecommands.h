#pragma once

#include <QStringList>

#include <optional>

namespace Slipway {

// `slipway cordon|uncordon|drain NODE…` with kubectl's flags, messages and exit codes (FACTS §5),
// against a live cluster or the practice cluster (app/clustercli.h). `arguments` starts with the
// program name, then the sub-command. Exit code 0 on success, 1 otherwise.
int runCordonCommand(const QStringList &arguments);
int runUncordonCommand(const QStringList &arguments);
int runDrainCommand(const QStringList &arguments);

// Go's time.ParseDuration for kubectl's --timeout ("90s", "5m", "1h30m", "0"), in whole seconds
// rounded up; std::nullopt with kubectl's error text ("time: missing unit in duration \"5\"").
std::optional<qint64> parseGoDuration(const QString &text, QString *error);

} // namespace Slipway
