#include "app/reportcommand.h"

#include "app/clustercli.h"
#include "app/clustersource.h"
#include "app/logging.h"
#include "models/releasecatalog.h"
#include "models/upgradeplanner.h"
#include "ui/report/reportwriter.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

namespace Slipway {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ReportCommand)
};

int fail(const QString &message)
{
    QTextStream(stderr) << "slipway report: " << message << '\n';
    return 1;
}

struct Options
{
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              Tr::tr("Write the report to this PDF file."),
                              Tr::tr("file")};
    QCommandLineOption journal{QStringLiteral("journal"),
                               Tr::tr("Report on the run recorded in this journal."), Tr::tr("file")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            Tr::tr("Report the plan for a bundled practice cluster.")};
    QCommandLineOption scenarioFile{QStringLiteral("scenario-file"),
                                    Tr::tr("Report the plan for a practice scenario file."), Tr::tr("file")};
    QCommandLineOption dump{QStringLiteral("from-dump"),
                            Tr::tr("Report the plan for a `kubectl get … -o json` dump (repeatable)."),
                            Tr::tr("file")};
    QCommandLineOption kubeconfig{QStringLiteral("kubeconfig"),
                                  Tr::tr("Report the plan for a live cluster with this kubeconfig."),
                                  Tr::tr("file")};
    QCommandLineOption context{QStringLiteral("context"),
                               Tr::tr("The kubeconfig context (default: current-context)."), Tr::tr("name")};
    QCommandLineOption requestTimeout{QStringLiteral("request-timeout"),
                                      ClusterCliOptions::requestTimeoutHelp(), Tr::tr("duration")};
    QCommandLineOption target{QStringLiteral("target"),
                              Tr::tr("Target version of the plan, e.g. v1.35.8 or 1.35."), Tr::tr("version")};
    QCommandLineOption lang{QStringLiteral("lang"), Tr::tr("Language of the report: en or ko."),
                            Tr::tr("language"), QStringLiteral("en")};
    QCommandLineOption paper{QStringLiteral("paper"), Tr::tr("Paper size: a4 or letter."), Tr::tr("size"),
                             QStringLiteral("a4")};
    QCommandLineOption timeZone{
        QStringLiteral("time-zone"),
        Tr::tr("Show times in this IANA time zone, e.g. Asia/Seoul (default: the system's)."),
        Tr::tr("zone")};
    QCommandLineOption verbose{QStringLiteral("verbose"), Tr::tr("Log debug messages to stderr.")};
};

// The plan-only source: read the cluster, plan, and name the cluster as the title block does.
std::optional<ReportSource> planSource(const QCommandLineParser &parser, const Options &o, QString *error)
{
    ClusterSourceChoice choice;
    const QStringList positional = parser.positionalArguments().mid(1);
    if (parser.isSet(o.dump)) {
        choice.kind = ClusterSourceChoice::Kind::Dump;
        choice.dumps = parser.values(o.dump);
    } else if (parser.isSet(o.scenarioFile)) {
        choice.kind = ClusterSourceChoice::Kind::ScenarioFile;
        choice.scenarioFile = parser.value(o.scenarioFile);
    } else if (parser.isSet(o.demo)) {
        choice.kind = ClusterSourceChoice::Kind::Bundled;
        choice.scenario = positional.value(0, QStringLiteral("default"));
    } else {
        choice.kubeconfig = parser.value(o.kubeconfig);
        choice.context = parser.value(o.context);
        choice.requestTimeout = parser.value(o.requestTimeout);
    }
    const Result<LoadedCluster> loaded = loadCluster(choice);
    for (const QString &w : loaded.warningLines())
        QTextStream(stderr) << "slipway report: " << Tr::tr("warning: %1").arg(w) << '\n';
    if (!loaded.ok()) {
        *error = loaded.errorText();
        return std::nullopt;
    }
    PlanOptions options;
    options.target = parser.value(o.target);
    options.today = QDate::currentDate();
    const UpgradePlan plan = planUpgrade(loaded->snapshot, ReleaseCatalog::bundled(), options);
    return ReportSource::fromPlan(loaded->snapshot, plan, loaded->context, loaded->server);
}

int report(const QCommandLineParser &parser, const Options &o)
{
    if (!parser.isSet(o.output))
        return fail(Tr::tr("give the PDF file to write with -o FILE.pdf"));
    const QString language = parser.value(o.lang);
    if (!ReportWriter::languages().contains(language))
        return fail(Tr::tr("unknown language \"%1\"; available: %2")
                        .arg(language, ReportWriter::languages().join(QStringLiteral(", "))));
    const auto paper = ReportWriter::paperFromName(parser.value(o.paper));
    if (!paper)
        return fail(Tr::tr("--paper must be a4 or letter, not \"%1\"").arg(parser.value(o.paper)));
    ReportOptions options;
    options.language = language;
    options.paper = *paper;
    if (parser.isSet(o.timeZone)) {
        options.timeZone = QTimeZone(parser.value(o.timeZone).toUtf8());
        if (!options.timeZone.isValid())
            return fail(Tr::tr("unknown time zone \"%1\" (use an IANA name such as Asia/Seoul or UTC)")
                            .arg(parser.value(o.timeZone)));
    }

    const bool live = parser.isSet(o.kubeconfig) || parser.isSet(o.context);
    const int sources = (parser.isSet(o.journal) ? 1 : 0) + (parser.isSet(o.demo) ? 1 : 0) +
                        (parser.isSet(o.scenarioFile) ? 1 : 0) + (parser.isSet(o.dump) ? 1 : 0) +
                        (live ? 1 : 0);
    if (sources > 1)
        return fail(Tr::tr("give only one source: --journal, --demo, --scenario-file, --from-dump or "
                           "--kubeconfig/--context"));
    const QStringList positional = parser.positionalArguments().mid(1);
    if (!positional.isEmpty() && !parser.isSet(o.demo))
        return fail(Tr::tr("unexpected argument \"%1\"").arg(positional.constFirst()));

    ReportSource source;
    if (parser.isSet(o.journal)) {
        Result<ReportSource> read = ReportSource::fromJournal(parser.value(o.journal));
        if (!read.ok())
            return fail(read.errorText());
        source = std::move(read).value();
    } else {
        QString error;
        std::optional<ReportSource> planned = planSource(parser, o, &error);
        if (!planned)
            return fail(error);
        source = std::move(*planned);
    }
    QString error;
    if (!ReportWriter::write(source, options, parser.value(o.output), &error))
        return fail(error);
    return 0;
}

} // namespace

int runReportCommand(int &argc, char **argv, const QStringList &arguments)
{
    // Fonts and painting need a GUI application, the timeline chart a widget one; nothing is
    // shown, so the offscreen platform serves with or without a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Slipway"));
    QCoreApplication::setApplicationName(QStringLiteral("slipway"));
    setupLogging(arguments.contains(QStringLiteral("--verbose")));

    Options o;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Writes the upgrade report as PDF: from a run's journal (--journal FILE, finished or "
               "interrupted), or a "
               "plan-only report of a cluster (--demo [SCENARIO], --scenario-file FILE, --from-dump FILE, "
               "--kubeconfig FILE/--context NAME; the kubeconfig like kubectl when no source is given)."));
    parser.addHelpOption();
    parser.addOptions({o.output, o.journal, o.demo, o.scenarioFile, o.dump, o.kubeconfig, o.context,
                       o.requestTimeout, o.target, o.lang, o.paper, o.timeZone, o.verbose});
    parser.addPositionalArgument(QStringLiteral("scenario"),
                                 Tr::tr("With --demo: the practice scenario (default, cka-lecture)."),
                                 QStringLiteral("[scenario]"));
    parser.process(arguments);
    // The report is written in its own language; an unknown one is refused in report().
    if (ReportWriter::languages().contains(parser.value(o.lang)))
        installTranslations(&app, parser.value(o.lang));
    return report(parser, o);
}

} // namespace Slipway
