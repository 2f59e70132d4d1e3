#include "models/goduration.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace Slipway {

Result<qint64> parseGoDuration(const QString &text)
{
    using R = Result<qint64>;
    // time.ParseDuration: "0", or one or more <number><unit> with units ns us µs ms s m h.
    const QString quoted = QLatin1Char('"') + text + QLatin1Char('"');
    if (text == QLatin1String("0"))
        return qint64(0);
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h)?"));
    double seconds = 0;
    qsizetype at = 0;
    while (at < text.size()) {
        const auto match = part.match(text, at, QRegularExpression::NormalMatch,
                                      QRegularExpression::AnchorAtOffsetMatchOption);
        if (!match.hasMatch())
            return R::failure(QStringLiteral("time: invalid duration ") + quoted);
        if (match.captured(2).isEmpty())
            return R::failure(QStringLiteral("time: missing unit in duration ") + quoted);
        static const QHash<QString, double> units{{QStringLiteral("ns"), 1e-9}, {QStringLiteral("us"), 1e-6},
                                                  {QStringLiteral("µs"), 1e-6}, {QStringLiteral("ms"), 1e-3},
                                                  {QStringLiteral("s"), 1},     {QStringLiteral("m"), 60},
                                                  {QStringLiteral("h"), 3600}};
        seconds += match.captured(1).toDouble() * units.value(match.captured(2));
        at = match.capturedEnd();
    }
    if (text.isEmpty())
        return R::failure(QStringLiteral("time: invalid duration ") + quoted);
    return qint64(std::ceil(seconds));
}

} // namespace Slipway
