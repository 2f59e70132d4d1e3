#include "sim/lessons/lessoncatalog.h"

#include "sim/lessons/lessonbuilders.h"

namespace Slipway {

QList<Lesson> LessonCatalog::all()
{
    using namespace LessonBuild;
    return {nodeDownLesson(), rebootLesson(),  cordonLesson(),
            versionsLesson(), kubeadmLesson(), strategiesLesson()};
}

std::optional<Lesson> LessonCatalog::lesson(int number)
{
    for (const Lesson &l : all()) {
        if (l.number == number)
            return l;
    }
    return std::nullopt;
}

} // namespace Slipway
