// slipway — one binary: the GUI by default, sub-commands for the command line.
#include "app/appclusterconnector.h"
#include "app/lessoncommand.h"
#include "app/logging.h"
#include "sim/engine/virtualtimedriver.h"
#include "sim/rehearsal/threadedrehearser.h"
#include "ui/mainwindow.h"
#include "ui/training/trainingwindow.h"
#include "app/nodecommands.h"
#include "app/nodescommand.h"
#include "app/plancommand.h"
#include "app/runcommand.h"
#include "app/rehearsecommand.h"
#include "app/reportcommand.h"
#include "sim/scenario/scenarioloader.h"
#include "app/servedemocommand.h"
#include "ui/settings.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Slipway;

namespace {

struct CommonOptions
{
    QCommandLineOption lang{QStringLiteral("lang"),
                            QStringLiteral("User interface language: en or ko (default: the system locale)."),
                            QStringLiteral("language")};
    QCommandLineOption verbose{QStringLiteral("verbose"), QStringLiteral("Log debug messages to stderr.")};
    QCommandLineOption scenario{QStringLiteral("scenario"),
                                QStringLiteral("Open this bundled practice scenario (default: default)."),
                                QStringLiteral("name"), QStringLiteral("default")};
    QCommandLineOption scenarioFile{QStringLiteral("scenario-file"),
                                    QStringLiteral("Open a practice scenario from a YAML file."),
                                    QStringLiteral("file")};
    QCommandLineOption kubeconfig{
        QStringLiteral("kubeconfig"),
        QStringLiteral("Open a live cluster from this kubeconfig file (like kubectl; KUBECONFIG works too)."),
        QStringLiteral("file")};
    QCommandLineOption context{QStringLiteral("context"),
                               QStringLiteral("The kubeconfig context to use (default: current-context)."),
                               QStringLiteral("name")};
};

bool hasDisplay()
{
    // An explicit platform (offscreen, xcb, wayland…) is the user's choice; otherwise a GUI needs
    // an X11 or Wayland display.
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Slipway"));
    QCoreApplication::setApplicationName(QStringLiteral("slipway"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLIPWAY_VERSION));
}

Result<LoadedScenario> loadPractice(const QCommandLineParser &parser, const CommonOptions &o)
{
    if (parser.isSet(o.scenarioFile))
        return ScenarioLoader::loadFile(parser.value(o.scenarioFile));
    return ScenarioLoader::loadBundled(parser.value(o.scenario));
}

int runNodes(const QCommandLineParser &parser, const CommonOptions &o, bool headlessFallback)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Result<LoadedScenario> result = loadPractice(parser, o);
    if (!result.ok()) {
        for (const QString &e : result.errorLines())
            err << "slipway: " << e << '\n';
        return 1;
    }
    printClusterTables(result->snapshot, out);
    if (headlessFallback) {
        err << '\n'
            << QCoreApplication::translate(
                   "main",
                   "No display found (DISPLAY and WAYLAND_DISPLAY are not set), so Slipway printed the "
                   "practice cluster instead of opening its window.\n"
                   "To see the GUI, run it on a desktop, or under a virtual display: xvfb-run -a %1")
                   .arg(QCoreApplication::arguments().join(QLatin1Char(' ')))
            << '\n';
    }
    return 0;
}

// A QCoreApplication with Slipway's identity, logging and translations, for sub-commands that
// parse their own arguments.
int withCoreApplication(int argc, char **argv, const QStringList &arguments,
                        int (*command)(const QStringList &), ConsoleLog quiet = ConsoleLog::Warnings)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    setupLogging(arguments.contains(QStringLiteral("--verbose")) ? ConsoleLog::Debug : quiet);
    const qsizetype lang = arguments.indexOf(QStringLiteral("--lang"));
    installTranslations(&app, lang > 0 ? arguments.value(lang + 1) : QString());
    return command(arguments);
}

// Sub-commands with options of their own: they parse their arguments themselves.
struct SubCommand
{
    const char *name;
    int (*run)(int argc, char **argv, const QStringList &arguments);
    const char *summary; // one line for slipway --help
};

const SubCommand kSubCommands[] = {
    {"plan",
     [](int c, char **v, const QStringList &a) { return withCoreApplication(c, v, a, &runPlanCommand); },
     "version findings, upgrade path and per-node steps (slipway plan --help)"},
    {"report", [](int c, char **v, const QStringList &a) { return runReportCommand(c, v, a); },
     "the upgrade report as PDF, of a run's journal or of a plan (slipway report --help)"},
    {"serve-demo",
     [](int c, char **v, const QStringList &a) { return withCoreApplication(c, v, a, &runServeDemoCommand); },
     "serve the practice cluster as a Kubernetes API over HTTPS (slipway serve-demo --help)"},
    {"cordon",
     [](int c, char **v, const QStringList &a) {
         return withCoreApplication(c, v, a, &runCordonCommand, ConsoleLog::Errors);
     },
     "mark nodes unschedulable, as kubectl cordon, recording why and who (slipway cordon --help)"},
    {"uncordon",
     [](int c, char **v, const QStringList &a) {
         return withCoreApplication(c, v, a, &runUncordonCommand, ConsoleLog::Errors);
     },
     "mark nodes schedulable, as kubectl uncordon (slipway uncordon --help)"},
    {"drain",
     [](int c, char **v, const QStringList &a) {
         return withCoreApplication(c, v, a, &runDrainCommand, ConsoleLog::Errors);
     },
     "drain nodes exactly as kubectl drain (slipway drain --help)"},
    {"upgrade",
     [](int c, char **v, const QStringList &a) { return withCoreApplication(c, v, a, &runUpgradeCommand); },
     "upgrade the cluster node by node with a crash-safe journal (slipway upgrade --help)"},
    {"maintain",
     [](int c, char **v, const QStringList &a) { return withCoreApplication(c, v, a, &runMaintainCommand); },
     "drain, maintain or reboot, verify and uncordon nodes one by one (slipway maintain --help)"},
    {"rehearse",
     [](int c, char **v, const QStringList &a) { return withCoreApplication(c, v, a, &runRehearseCommand); },
     "play the planned run on a practice copy of the cluster first (slipway rehearse --help)"},
    {"rollback",
     [](int c, char **v, const QStringList &a) { return withCoreApplication(c, v, a, &runRollbackCommand); },
     "uncordon what an interrupted run cordoned, from its journal (slipway rollback --help)"},
    {"lesson",
     [](int c, char **v, const QStringList &a) { return withCoreApplication(c, v, a, &runLessonCommand); },
     "the CKA upgrade chapter's lessons on the practice cluster (slipway lesson list | run N)"},
};

void describeCommands(QCommandLineParser &parser)
{
    QString text = QStringLiteral(
        "Slipway plans, rehearses and runs Kubernetes cluster upgrades node by node.\n\n"
        "Commands:\n"
        "  (none)      open the GUI on the practice cluster (or print it when there is no display)\n"
        "  nodes       print the practice cluster's nodes and component versions\n");
    for (const SubCommand &command : kSubCommands)
        text += QStringLiteral("  %1 %2\n")
                    .arg(QString::fromLatin1(command.name), -11)
                    .arg(QString::fromLatin1(command.summary));
    parser.setApplicationDescription(text.trimmed());
}

} // namespace

int main(int argc, char **argv)
{
    // Before any thread exists: rehearsals in the GUI drive their simulator on a worker thread.
    VirtualTimeDriver::prepareForOtherThreads();
    setIdentity();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    CommonOptions o;
    QCommandLineParser parser;
    describeCommands(parser);
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addOptions({o.lang, o.verbose, o.scenario, o.scenarioFile, o.kubeconfig, o.context});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("nodes, or nothing for the GUI."),
                                 QStringLiteral("[command]"));
    for (const SubCommand &command : kSubCommands) {
        if (arguments.value(1) == QLatin1String(command.name)) {
            VirtualTimeDriver::preferQtEventDispatcher(true); // no GUI: no use for GLib's loop
            return command.run(argc, argv, arguments);
        }
    }
    // Parsed before the application object exists: whether it is a QApplication depends on it.
    const bool parsed = parser.parse(arguments);
    const QString command = parser.positionalArguments().value(0);
    const bool gui =
        parsed && command.isEmpty() && !parser.isSet(help) && !parser.isSet(version) && hasDisplay();

    VirtualTimeDriver::preferQtEventDispatcher(!gui);
    std::unique_ptr<QCoreApplication> app =
        gui ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    setIdentity();
    parser.process(arguments); // prints --help / --version / option errors and exits

    setupLogging(parser.isSet(o.verbose));
    // --lang for this start, else the language chosen in the window (View ▸ Language), else the system's.
    installTranslations(app.get(),
                        parser.isSet(o.lang) || !gui ? parser.value(o.lang) : Settings::language());
    if (parser.isSet(o.lang) && !availableLanguages().contains(parser.value(o.lang)))
        QTextStream(stderr) << "slipway: "
                            << QCoreApplication::translate("main", "unknown language \"%1\"; available: %2")
                                   .arg(parser.value(o.lang), availableLanguages().join(QStringLiteral(", ")))
                            << '\n';

    if (command == QLatin1String("nodes"))
        return runNodes(parser, o, false);
    if (!command.isEmpty()) {
        QTextStream(stderr)
            << "slipway: "
            << QCoreApplication::translate("main", "unknown command \"%1\"; see slipway --help").arg(command)
            << '\n';
        return 1;
    }
    if (!gui)
        return runNodes(parser, o, true);

    AppClusterConnector connector;
    MainWindow window(&connector);
    window.setTrainingWindowFactory([](QWidget *parent) { return new TrainingWindow(parent); });
    window.setRehearserFactory([](QObject *parent) { return new ThreadedRehearser(parent); });
    window.show();
    // A cluster is "given" by --kubeconfig, --context or KUBECONFIG; otherwise the practice cluster.
    if (parser.isSet(o.kubeconfig) || parser.isSet(o.context) || !qEnvironmentVariableIsEmpty("KUBECONFIG"))
        window.openKubeconfig(parser.value(o.kubeconfig), parser.value(o.context));
    else if (parser.isSet(o.scenarioFile))
        window.openPracticeFile(parser.value(o.scenarioFile));
    else
        window.openPractice(parser.value(o.scenario));
    return app->exec();
}
