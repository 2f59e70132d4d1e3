#pragma once

#include "models/finding.h"

// Helpers shared by the SkewPolicy source files; not part of the models API.
namespace Slipway::SkewDetail {

Finding makeFinding(Finding::Severity severity, const QString &rule, const QString &component,
                    const QString &node, const QStringList &versions, const QString &allowedRange,
                    const QString &message, const QString &fix);
// rule "version-unparseable"
Finding unparseable(const QString &component, const QString &node, const QString &raw);

} // namespace Slipway::SkewDetail
