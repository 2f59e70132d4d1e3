// Fuzzes Version::parse (models/version.h): versions as clusters, image tags and kubectl report
// them. The input holds two versions separated by a newline. Besides not crashing: the ordering is
// consistent (antisymmetric, reflexive) and a valid version's normalised text parses back to an
// equal version.
#include "models/version.h"
#include "tests/fuzz/fuzzsupport.h"

using namespace Slipway;
using SlipwayFuzz::check;

namespace {

void checkOne(const Version &v)
{
    check(v == v);
    (void)v.toPlainString();
    (void)v.minorString();
    (void)v.hasVendorSuffix();
    (void)preReleaseName(v.preRelease());
    if (v.isValid())
        check(Version::parse(v.toString()) == v);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = SlipwayFuzz::split(SlipwayFuzz::bytes(data, size), "\n", 2);
    const Version a = Version::parse(QString::fromUtf8(parts.value(0)));
    const Version b = Version::parse(QString::fromUtf8(parts.value(1)));
    checkOne(a);
    checkOne(b);
    const std::weak_ordering ab = a <=> b;
    const std::weak_ordering ba = b <=> a;
    check((ab < 0) == (ba > 0) && (ab == 0) == (ba == 0));
    check(a.sameMinor(b) == b.sameMinor(a));
    return 0;
}
