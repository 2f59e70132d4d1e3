#pragma once

// Go's time.ParseDuration, as kubectl reads --timeout and Slipway reads --soak and --stuck-after.

#include "models/result.h"

#include <QString>

namespace Slipway {

// "90s", "5m", "1h30m", "0", in whole seconds rounded up; a failure with Go's error text
// ("time: missing unit in duration \"5\"").
Result<qint64> parseGoDuration(const QString &text);

} // namespace Slipway
