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

namespace {

// The translators installTranslations() made are children of the application with this name, so
// the next call can take them out again.
const QString kTranslatorName = QStringLiteral("slipway-translator");

void removeInstalledTranslators(QCoreApplication *app)
{
    const auto installed = app->findChildren<QTranslator *>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

QString installTranslations(QCoreApplication *app, const QString &language)
{
    // Switching language replaces the catalogs: a translator left installed would answer for
    // every string the new catalog lacks.
    removeInstalledTranslators(app);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QString installed = QStringLiteral("en");
    auto *own = new QTranslator(app);
    own->setObjectName(kTranslatorName);
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
    qt->setObjectName(kTranslatorName);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return installed.isEmpty() ? QStringLiteral("en") : installed;
}

} // namespace Slipway
