#include "ui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Slipway {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

QString installTranslations(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QString installed = QStringLiteral("en");
    auto *own = new QTranslator(app);
    // Fall back to the English catalog (it carries the plural forms) for locales we lack, C included.
    if (own->load(locale, QStringLiteral("slipway"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/slipway_en.qm"))) {
        QCoreApplication::installTranslator(own);
        installed = own->language().section(QLatin1Char('_'), 0, 0);
    } else {
        delete own;
    }
    // Qt's own catalog (dialog buttons, context menus), when the system has it.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return installed.isEmpty() ? QStringLiteral("en") : installed;
}

} // namespace Slipway
