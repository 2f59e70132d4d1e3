// Fuzzes the practice API server's HTTP/1.1 request parser (sim/apiserver/apiserverhttp.h): request
// line, header fields, Content-Length and chunked bodies, pipelined requests, then what the
// handlers read from a request (query, Accept negotiation, content type, keep-alive). Besides not
// crashing: a complete request never claims more bytes than it was given nor a body above the limit.
#include "sim/apiserver/apiserverhttp.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace Slipway;
using SlipwayFuzz::check;

namespace {

void readRequest(const HttpRequest &request)
{
    (void)request.keepAlive();
    (void)request.contentType();
    (void)Http::negotiate(request.header("accept"), true);
    (void)Http::negotiate(request.header("accept"), false);
    (void)Http::percentDecode(request.target, true);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray input = SlipwayFuzz::bytes(data, size);
    // Small limits so that the fuzzer reaches them, and the server's own.
    const Http::RequestLimits limits = {size % 2 ? qint64(512) : qint64(64 * 1024),
                                        size % 3 ? 4096 : 3 << 20};
    for (int pipelined = 0; pipelined < 8 && !input.isEmpty(); ++pipelined) {
        HttpRequest request;
        const Http::ParseResult result = Http::parseRequest(input, limits, &request);
        if (result.state != Http::ParseResult::State::Complete) {
            check(result.state == Http::ParseResult::State::Incomplete || result.status >= 400);
            break;
        }
        check(result.consumed > 0 && result.consumed <= input.size());
        check(request.body.size() <= limits.maxBodyBytes);
        readRequest(request);
        input.remove(0, result.consumed);
    }
    return 0;
}
