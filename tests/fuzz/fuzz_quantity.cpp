// Fuzzes the Kubernetes quantity parsers (models/quantity.h): "100m", "1.5Gi", "1e3", … from pod
// specs and node capacities. Besides not crashing: a parsed value is never negative and formatting
// it gives text that parses back to the same value.
#include "models/quantity.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace Slipway;
using SlipwayFuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(SlipwayFuzz::bytes(data, size));
    if (const auto milli = parseCpuMilli(text)) {
        check(*milli >= 0);
        check(parseCpuMilli(formatCpuMilli(*milli)) == milli);
    }
    if (const auto bytes = parseBytes(text)) {
        check(*bytes >= 0);
        check(parseBytes(formatBytes(*bytes)) == bytes);
    }
    if (const auto count = parseCount(text))
        check(*count >= 0);
    return 0;
}
