#pragma once

// Typed access to what Slipway remembers between starts (hotspot's settings.h): window geometry
// and layout, the last page, the interface language, the presenter zoom and the rehearsal's timing. QSettings
// underneath (organisation "Slipway", application "slipway").

#include "models/run/rehearsaltiming.h"

#include <QByteArray>
#include <QString>

namespace Slipway {

class Settings
{
public:
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);
    // Splitters and table headers by object name.
    static QByteArray layoutState(const QString &name);
    static void setLayoutState(const QString &name, const QByteArray &state);
    static int lastPage();
    static void setLastPage(int index);
    // "en", "ko" or empty (the system locale); --lang overrides it for one start.
    static QString language();
    static void setLanguage(const QString &language);
    static bool presenterZoom();
    static void setPresenterZoom(bool on);
    // The Timing… dialog's choice (docs/rehearsal.md "In the GUI"); the defaults until one is made.
    static RehearsalTimingChoice rehearsalTiming();
    static void setRehearsalTiming(const RehearsalTimingChoice &choice);
};

} // namespace Slipway
