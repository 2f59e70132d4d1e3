// Fuzzes the practice API server's PATCH support (sim/apiserver/apiserverpatch.h): strategic merge,
// JSON merge (RFC 7386) and JSON patch (RFC 6902) bodies applied to an object. The first byte picks
// the patch type; the rest is the original object and the patch, separated by the first newline
// (an empty original stands for a Node as the server keeps it).
#include "sim/apiserver/apiserverpatch.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QJsonDocument>

#include <cstdlib>

using namespace Slipway;

namespace {

QJsonObject defaultNode()
{
    return QJsonDocument::fromJson(R"({"apiVersion":"v1","kind":"Node","metadata":{"name":"node-1",
        "labels":{"kubernetes.io/hostname":"node-1"},"annotations":{"a":"b"},"resourceVersion":"7"},
        "spec":{"taints":[{"key":"k","effect":"NoSchedule"}],"podCIDRs":["10.0.0.0/24"]},
        "status":{"conditions":[{"type":"Ready","status":"True"}],"capacity":{"cpu":"2"},
        "images":[{"names":["a"]}]}})")
        .object();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const ApiPatch::Type types[] = {ApiPatch::Type::Json, ApiPatch::Type::Merge,
                                           ApiPatch::Type::Strategic};
    const ApiPatch::Type type = types[data[0] % 3];
    const QList<QByteArray> parts = SlipwayFuzz::split(SlipwayFuzz::bytes(data + 1, size - 1), "\n", 2);
    if (parts.size() < 2)
        return 0;
    static const QJsonObject node = defaultNode();
    const QJsonObject original =
        parts.at(0).trimmed().isEmpty() ? node : QJsonDocument::fromJson(parts.at(0)).object();
    const ApiPatch::Result result = ApiPatch::apply(type, original, parts.at(1));
    if (!result.ok() && (result.message.isEmpty() || (result.status != 400 && result.status != 422)))
        std::abort(); // a refused patch must say why, as a Status kubectl understands
    (void)ApiPatch::typeFromContentType(parts.at(1).left(64));
    return 0;
}
