#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

// Shared by the fuzz entry points (docs/fuzzing.md): libFuzzer's main (fuzz_<name>) and the
// corpus replay (fuzzreplay_<name>) both call LLVMFuzzerTestOneInput.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace SlipwayFuzz {

// The input as bytes (a copy: the parsers may keep references).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Some code needs an application object (translations, resources, QSslSocket-free Network parts).
inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "slipway-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

// A property the code under test must keep: abort (libFuzzer reports a crash) when it does not.
inline void check(bool condition)
{
    if (!condition)
        std::abort();
}

// Splits an input into at most `maxParts` parts at `separator` (several documents in one input).
inline QList<QByteArray> split(const QByteArray &input, const QByteArray &separator, int maxParts)
{
    QList<QByteArray> parts;
    qsizetype from = 0;
    while (parts.size() + 1 < maxParts) {
        const qsizetype at = input.indexOf(separator, from);
        if (at < 0)
            break;
        parts << input.mid(from, at - from);
        from = at + separator.size();
    }
    parts << input.mid(from);
    return parts;
}

} // namespace SlipwayFuzz
