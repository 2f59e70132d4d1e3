#pragma once

#include <QStringList>

namespace Slipway {

// `slipway lesson list` and `slipway lesson run N [--speed X | --fast] [--lang ko]`: the CKA
// upgrade chapter's lessons in a terminal (docs/lessons.md) — each step's narration, its
// command and the observed cluster state. Exit codes: 0 every check held, 2 some did not,
// 1 unusable input.
int runLessonCommand(const QStringList &arguments);

} // namespace Slipway
