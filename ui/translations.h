#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Slipway {

// Installs Slipway's and Qt's own catalogs for `language` ("en", "ko"; empty: the system
// locale). Returns the language actually installed ("en" when nothing matched). Calling it again
// replaces the catalogs an earlier call installed.
QString installTranslations(QCoreApplication *app, const QString &language);
QStringList availableLanguages();

} // namespace Slipway
