// Fuzzes the offline dump loader (models/dumploader.h): `kubectl get … -A -o json` output — a v1
// List of mixed kinds, a typed list or a single object — or a `kubectl version -o json` body, turned
// into a cluster snapshot. Every problem must become a diagnostic, never a crash.
#include "models/dumploader.h"
#include "tests/fuzz/fuzzsupport.h"

#include <cstdlib>

using namespace Slipway;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<ClusterSnapshot> snapshot =
        DumpLoader::loadJson(SlipwayFuzz::bytes(data, size), QStringLiteral("dump.json"));
    if (!snapshot.ok() && snapshot.errorText().isEmpty())
        std::abort(); // a failure must say why
    return 0;
}
