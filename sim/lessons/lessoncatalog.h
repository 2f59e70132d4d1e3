#pragma once

// The built-in lessons of the CKA upgrade chapter (issue 11, docs/lessons.md), numbered as in the
// course: 1 node down, 2 reboot vs drain, 3 cordon/drain/uncordon, 4 versions and skew,
// 5 kubeadm 1.11 → 1.12 → 1.13, 6 worker strategies side by side. Qt Core only.

#include "sim/lessons/lesson.h"

#include <optional>

namespace Slipway {

class LessonCatalog
{
public:
    static QList<Lesson> all();                      // in course order
    static std::optional<Lesson> lesson(int number); // nullopt for an unknown number
};

} // namespace Slipway
