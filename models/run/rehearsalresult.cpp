#include "models/run/rehearsalresult.h"

namespace Slipway {

int RehearsalResult::downtimeWorkloads() const
{
    int n = 0;
    for (const RehearsalWorkload &w : workloadsBelowDesired)
        n += w.zeroMs > 0 && w.desired > 1 ? 1 : 0;
    return n;
}

int RehearsalResult::singleReplicaGaps() const
{
    int n = 0;
    for (const RehearsalWorkload &w : workloadsBelowDesired)
        n += w.zeroMs > 0 && w.desired <= 1 ? 1 : 0;
    return n;
}

} // namespace Slipway
