#include "app/logging.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace Slipway {

namespace {

void qtMessageToSpdlog(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg:
        spdlog::debug(text);
        break;
    case QtInfoMsg:
        spdlog::info(text);
        break;
    case QtWarningMsg:
        spdlog::warn(text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::error(text);
        break;
    }
}

} // namespace

QString setupLogging(ConsoleLog level)
{
    std::vector<spdlog::sink_ptr> sinks;
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(level == ConsoleLog::Debug    ? spdlog::level::debug
                       : level == ConsoleLog::Errors ? spdlog::level::err
                                                     : spdlog::level::warn);
    console->set_pattern("slipway: %^%l%$: %v");
    sinks.push_back(console);

    QString logPath;
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
    if (QDir().mkpath(dir)) {
        logPath = dir + QStringLiteral("/slipway.log");
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(logPath.toStdString(),
                                                                               5 * 1024 * 1024, 3);
            file->set_level(spdlog::level::debug);
            file->set_pattern("%Y-%m-%dT%H:%M:%S.%e %l [%t] %v");
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex &e) {
            console->log(spdlog::details::log_msg(
                "slipway", spdlog::level::warn,
                fmt::format("cannot write the log file {}: {}", logPath.toStdString(), e.what())));
            logPath.clear();
        }
    }
    auto logger = std::make_shared<spdlog::logger>("slipway", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(qtMessageToSpdlog);
    return logPath;
}

} // namespace Slipway
