#pragma once

// The annotations a Slipway cordon writes on a node (docs/drain.md): why, who (user@host) and when
// (UTC, ISO 8601). An uncordon by Slipway removes them; a cordoned node without them was cordoned
// outside Slipway. Qt Core only.

#include <QString>

namespace Slipway {

namespace CordonAnnotation {
inline QString reason()
{
    return QStringLiteral("slipway.io/cordon-reason");
}
inline QString by()
{
    return QStringLiteral("slipway.io/cordoned-by");
}
inline QString at()
{
    return QStringLiteral("slipway.io/cordoned-at");
}
} // namespace CordonAnnotation

} // namespace Slipway
