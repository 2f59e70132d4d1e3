#pragma once

#include <QStringList>

namespace Slipway {

// `slipway report -o FILE.pdf`: the PDF report of a run (--journal FILE) or of a plan (--demo,
// --from-dump, --kubeconfig/--context). Makes its own application object: a QApplication on the
// offscreen platform unless QT_QPA_PLATFORM says otherwise, so it works without a display.
// Exit codes: 0 written, 1 bad input or the file could not be written (no file left behind).
int runReportCommand(int &argc, char **argv, const QStringList &arguments);

} // namespace Slipway
