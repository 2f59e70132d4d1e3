// Fuzzes the practice API server's protobuf readers (sim/apiserver/apiserverprotobuf.h): the "k8s\0"
// envelope with a meta/v1 DeleteOptions (kubectl drain --disable-eviction) or a workload (kubectl
// create deployment). The first byte picks the reader. A refused body must say why.
#include "sim/apiserver/apiserverprotobuf.h"
#include "tests/fuzz/fuzzsupport.h"

#include <cstdlib>

using namespace Slipway;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body = SlipwayFuzz::bytes(data + 1, size - 1);
    const Result<QJsonObject> decoded =
        data[0] % 2 == 0 ? ApiProtobuf::decodeWorkload(body) : ApiProtobuf::decodeDeleteOptions(body);
    if (!decoded.ok() && decoded.errorText().isEmpty())
        std::abort();
    return 0;
}
