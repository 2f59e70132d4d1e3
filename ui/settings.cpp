#include "ui/settings.h"

#include <QSettings>

namespace Slipway {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kLayout = QStringLiteral("layout/");
const QString kLastPage = QStringLiteral("window/lastPage");
const QString kLanguage = QStringLiteral("ui/language");
const QString kPresenter = QStringLiteral("ui/presenterZoom");
} // namespace

QByteArray Settings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QByteArray Settings::windowState()
{
    return QSettings().value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    QSettings().setValue(kState, state);
}

QByteArray Settings::layoutState(const QString &name)
{
    return QSettings().value(kLayout + name).toByteArray();
}

void Settings::setLayoutState(const QString &name, const QByteArray &state)
{
    QSettings().setValue(kLayout + name, state);
}

int Settings::lastPage()
{
    return QSettings().value(kLastPage, 0).toInt();
}

void Settings::setLastPage(int index)
{
    QSettings().setValue(kLastPage, index);
}

QString Settings::language()
{
    return QSettings().value(kLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, language);
}

bool Settings::presenterZoom()
{
    return QSettings().value(kPresenter, false).toBool();
}

void Settings::setPresenterZoom(bool on)
{
    QSettings().setValue(kPresenter, on);
}

} // namespace Slipway
