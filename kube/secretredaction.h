#pragma once

#include <QString>
#include <QStringList>

namespace Slipway {

// Replaces every occurrence of each secret (at least 4 characters long) in `text` with "[redacted]".
// Used on text that may echo a secret back, e.g. an exec plugin's stderr.
QString redactSecrets(QString text, const QStringList &secrets);

} // namespace Slipway
