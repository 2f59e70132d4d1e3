#pragma once

// Building blocks of the built-in lessons (sim/lessons/lesson*.cpp). Internal to sim_lessons.

#include "sim/lessons/lesson.h"
#include "sim/lessons/lessoncontext.h"

namespace Slipway::LessonBuild {

// Every lesson sentence lives in the "Slipway::Lessons" translation context, written out as
// QT_TRANSLATE_NOOP("Slipway::Lessons", …) at each use: lupdate does not expand macros, so a
// shorter wrapper macro would hide every sentence from the Korean catalog.

inline LessonText text(const char *source, const QStringList &args = {})
{
    return LessonText{source, args};
}

inline Lesson lesson(int number, const QString &id, const LessonText &title, const LessonText &summary,
                     const QString &scenario, const QList<LessonStep> &steps)
{
    return Lesson{number, id, title, summary, scenario, steps};
}

inline LessonStep step(const QString &id, const LessonText &title, const LessonText &narration,
                       const QString &command = {})
{
    LessonStep s;
    s.id = id;
    s.title = title;
    s.narration = narration;
    s.command = command;
    return s;
}

inline LessonAction action(LessonAction::Kind kind, const QString &node = {}, qint64 waitSeconds = 0)
{
    LessonAction a;
    a.kind = kind;
    a.node = node;
    a.waitSeconds = waitSeconds;
    return a;
}

inline LessonCheck check(const QString &id, const LessonText &description,
                         std::function<bool(const LessonContext &)> holds)
{
    return LessonCheck{id, description, std::move(holds)};
}

// Checks several lessons share.
LessonCheck blueAtDesired(const QString &id = QStringLiteral("blue-ready"));
LessonCheck nodeReadyIs(const QString &node, ConditionStatus status);
LessonCheck podRunningOn(const QString &pod, const QString &node);
bool hasTaint(const LessonContext &ctx, const QString &node, const QString &key, const QString &effect);
// Pods of `prefix` (not terminating) on `node`.
int podsOn(const LessonContext &ctx, const QString &prefix, const QString &node);
// Remembers the names of the blue pods on `node` (note key) / compares later.
QString podNamesOn(const LessonContext &ctx, const QString &prefix, const QString &node);

LessonObserve observePods(const QStringList &prefixes, const QStringList &nodes = {});

Lesson nodeDownLesson();
Lesson rebootLesson();
Lesson cordonLesson();
Lesson versionsLesson();
Lesson kubeadmLesson();
Lesson strategiesLesson();

} // namespace Slipway::LessonBuild
