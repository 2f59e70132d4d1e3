#pragma once

// Go's time.ParseDuration, as kubectl reads --timeout and Slipway reads --soak and --stuck-after.

#include <QString>

#include <optional>

namespace Slipway {

// "90s", "5m", "1h30m", "0", in whole seconds rounded up; std::nullopt with Go's error text
// ("time: missing unit in duration \"5\"").
std::optional<qint64> parseGoDuration(const QString &text, QString *error);

} // namespace Slipway
