#include "sim/lessons/lesson.h"

#include <algorithm>

namespace Slipway {

namespace {

QString fill(QString text, const QStringList &args)
{
    for (const QString &arg : args)
        text = text.arg(arg);
    return text;
}

} // namespace

QString LessonText::text() const
{
    if (isEmpty())
        return {};
    return fill(QCoreApplication::translate("Slipway::Lessons", source), args);
}

QString LessonText::english() const
{
    if (isEmpty())
        return {};
    return fill(QString::fromUtf8(source), args);
}

bool LessonObservation::allChecksHold() const
{
    return std::all_of(checks.cbegin(), checks.cend(), [](const LessonCheckResult &c) { return c.holds; });
}

} // namespace Slipway
