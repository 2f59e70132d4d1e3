#include "models/quantity.h"

#include <array>
#include <limits>
#include <utility>

namespace Slipway {

namespace {

__extension__ using Int128 = __int128;

constexpr int kMaxSignificantDigits = 30; // < 2^100, so a binary suffix (<= 2^60) still fits in 128 bits

// The number part of a quantity: up to kMaxSignificantDigits digits, the rest folded into the
// exponent and `sticky`.
struct Mantissa
{
    Int128 value = 0;
    int exp10 = 0;
    bool sticky = false; // a dropped non-zero digit beyond kMaxSignificantDigits
    qsizetype end = 0;   // where the suffix starts
};

std::optional<Mantissa> parseMantissa(QStringView text)
{
    const qsizetype n = text.size();
    qsizetype pos = 0;
    if (pos < n && text[pos] == QLatin1Char('+'))
        ++pos;
    Mantissa m;
    int significant = 0;
    bool anyDigit = false;
    bool seenPoint = false;
    for (; pos < n; ++pos) {
        const QChar c = text[pos];
        if (c == QLatin1Char('.')) {
            if (seenPoint)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            break;
        anyDigit = true;
        const int digit = c.unicode() - '0';
        if (significant == 0 && digit == 0) {
            if (seenPoint)
                --m.exp10; // leading fractional zero
            continue;
        }
        if (significant < kMaxSignificantDigits) {
            m.value = m.value * 10 + digit;
            ++significant;
            if (seenPoint)
                --m.exp10;
        } else {
            m.sticky = m.sticky || digit != 0;
            if (!seenPoint)
                ++m.exp10; // an integer digit we cannot keep still scales the value
        }
    }
    if (!anyDigit)
        return std::nullopt;
    m.end = pos;
    return m;
}

// A binary (Ki..Ei), decimal (n u m "" k M G T P E) or exponent (e/E<int>) suffix, as
// {power of ten, binary shift}.
std::optional<std::pair<int, int>> parseSuffix(QStringView suffix)
{
    if (suffix.isEmpty())
        return std::pair{0, 0};
    struct Suffix
    {
        const char *text;
        int exp10;
        int shift;
    };
    static constexpr std::array<Suffix, 15> suffixes{{{"Ki", 0, 10},
                                                      {"Mi", 0, 20},
                                                      {"Gi", 0, 30},
                                                      {"Ti", 0, 40},
                                                      {"Pi", 0, 50},
                                                      {"Ei", 0, 60},
                                                      {"n", -9, 0},
                                                      {"u", -6, 0},
                                                      {"m", -3, 0},
                                                      {"k", 3, 0},
                                                      {"M", 6, 0},
                                                      {"G", 9, 0},
                                                      {"T", 12, 0},
                                                      {"P", 15, 0},
                                                      {"E", 18, 0}}};
    for (const Suffix &s : suffixes) {
        if (suffix == QLatin1String(s.text))
            return std::pair{s.exp10, s.shift};
    }
    // Decimal exponent "e3", "E-2"; a lone "E" (exa) was handled above.
    if (suffix[0] != QLatin1Char('e') && suffix[0] != QLatin1Char('E'))
        return std::nullopt;
    const QStringView expText = suffix.mid(1);
    if (expText.isEmpty() || expText.size() > 4)
        return std::nullopt;
    for (qsizetype i = 0; i < expText.size(); ++i) {
        const QChar c = expText[i];
        const bool sign = i == 0 && (c == QLatin1Char('+') || c == QLatin1Char('-'));
        if (!sign && (c < QLatin1Char('0') || c > QLatin1Char('9')))
            return std::nullopt;
    }
    bool ok = false;
    const int e = expText.toInt(&ok);
    if (!ok)
        return std::nullopt;
    return std::pair{e, 0};
}

// Parses a quantity into ceil(value * 10^scale10). Grammar (apimachinery resource/quantity.go):
// [+]digits[.digits] then a binary (Ki..Ei), decimal (n u m "" k M G T P E) or exponent (e/E<int>) suffix.
std::optional<qint64> parseScaled(QStringView text, int scale10)
{
    const std::optional<Mantissa> mantissa = parseMantissa(text);
    if (!mantissa)
        return std::nullopt;
    const auto suffix = parseSuffix(text.mid(mantissa->end));
    if (!suffix)
        return std::nullopt;
    const bool sticky = mantissa->sticky;
    const int exp10 = scale10 + mantissa->exp10 + suffix->first;
    const int binaryShift = suffix->second;
    if (mantissa->value == 0)
        return sticky ? std::optional<qint64>(1) : std::optional<qint64>(0);

    Int128 value = mantissa->value << binaryShift; // mantissa < 2^100 and shift <= 60 would overflow: check
    if (binaryShift > 0 && (value >> binaryShift) != mantissa->value)
        return std::nullopt;

    constexpr Int128 kMax = std::numeric_limits<qint64>::max();
    if (exp10 >= 0) {
        if (sticky || value > kMax)
            return std::nullopt; // more than kMaxSignificantDigits integer digits: far out of range
        // value <= kMax here and after every step, so value * 10 cannot overflow 128 bits.
        for (int i = 0; i < exp10; ++i) {
            value *= 10;
            if (value > kMax)
                return std::nullopt;
        }
    } else {
        // Round up like Quantity.MilliValue()/Value().
        bool remainder = sticky;
        for (int i = 0; i < -exp10 && value != 0; ++i) {
            remainder = remainder || value % 10 != 0;
            value /= 10;
        }
        if (remainder)
            ++value;
    }
    if (value > kMax)
        return std::nullopt;
    return static_cast<qint64>(value);
}

QString formatWithSuffixes(qint64 amount)
{
    if (amount == 0)
        return QStringLiteral("0");
    const bool negative = amount < 0;
    quint64 magnitude = negative ? 0 - static_cast<quint64>(amount) : static_cast<quint64>(amount);
    static constexpr std::array<const char *, 6> binary{"Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
    static constexpr std::array<const char *, 6> decimal{"k", "M", "G", "T", "P", "E"};
    int binaryLevel = 0;
    quint64 binaryValue = magnitude;
    while (binaryLevel < 6 && binaryValue % 1024 == 0) {
        binaryValue /= 1024;
        ++binaryLevel;
    }
    int decimalLevel = 0;
    quint64 decimalValue = magnitude;
    while (decimalLevel < 6 && decimalValue % 1000 == 0) {
        decimalValue /= 1000;
        ++decimalLevel;
    }
    const QString sign = negative ? QStringLiteral("-") : QString();
    if (binaryLevel > 0)
        return sign + QString::number(binaryValue) + QLatin1String(binary[binaryLevel - 1]);
    if (decimalLevel > 0)
        return sign + QString::number(decimalValue) + QLatin1String(decimal[decimalLevel - 1]);
    return sign + QString::number(magnitude);
}

} // namespace

std::optional<qint64> parseCpuMilli(const QString &text)
{
    return parseScaled(text, 3);
}

std::optional<qint64> parseBytes(const QString &text)
{
    return parseScaled(text, 0);
}

std::optional<qint64> parseCount(const QString &text)
{
    return parseScaled(text, 0);
}

QString formatCpuMilli(qint64 milli)
{
    if (milli % 1000 == 0)
        return QString::number(milli / 1000);
    return QString::number(milli) + QLatin1Char('m');
}

QString formatBytes(qint64 bytes)
{
    return formatWithSuffixes(bytes);
}

} // namespace Slipway
