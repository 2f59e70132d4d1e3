# Common settings for every Slipway target: warnings, Qt hygiene defines, precompiled headers.

# Precompiled Qt headers (docs/ci.md): a cold build spends most of its time parsing Qt's headers
# again for every file. For cold builds such as CI; with ccache, which cannot cache files that use
# them (and already makes rebuilds cheap), leave it off.
option(SLIPWAY_PCH "Precompile the Qt headers of every library and test" OFF)

# What nearly every file includes, by the Qt modules a target uses.
set(SLIPWAY_PCH_CORE
    <QByteArray> <QCoreApplication> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject>
    <QList> <QMap> <QObject> <QPointer> <QSet> <QString> <QStringList> <QTimer> <QVariant>
    <algorithm> <functional> <memory> <optional> <utility>)
set(SLIPWAY_PCH_NETWORK <QSslCertificate> <QSslSocket> <QNetworkReply> <QNetworkAccessManager>)
set(SLIPWAY_PCH_WIDGETS
    <QApplication> <QComboBox> <QHBoxLayout> <QHeaderView> <QLabel> <QPainter> <QPushButton>
    <QVBoxLayout> <QWidget>)

function(slipway_target_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
    if(SLIPWAY_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()

# slipway_precompile_headers(<target> [NETWORK] [WIDGETS] [TEST]): the target's own precompiled
# header, made of SLIPWAY_PCH_CORE and the sets of the modules it uses.
function(slipway_precompile_headers target)
    if(NOT SLIPWAY_PCH)
        return()
    endif()
    cmake_parse_arguments(ARG "NETWORK;WIDGETS;TEST" "" "" ${ARGN})
    set(headers ${SLIPWAY_PCH_CORE})
    if(ARG_NETWORK)
        list(APPEND headers ${SLIPWAY_PCH_NETWORK})
    endif()
    if(ARG_WIDGETS)
        list(APPEND headers ${SLIPWAY_PCH_WIDGETS})
    endif()
    if(ARG_TEST)
        list(APPEND headers <QTest> <QSignalSpy> <QTemporaryDir>)
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
