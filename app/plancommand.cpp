#include "app/plancommand.h"

#include "app/clustercli.h"
#include "app/clustersource.h"

#include "models/planjson.h"
#include "models/result.h"
#include "models/plantext.h"
#include "models/releasecatalog.h"
#include "models/upgradeplanner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace Slipway {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS, so Tr::tr() strings are found at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::PlanCommand)
};

int fail(const QString &message)
{
    QTextStream(stderr) << "slipway plan: " << message << '\n';
    return 1;
}

// The options of `slipway plan`.
struct PlanCliOptions
{
    QCommandLineOption demo{QStringLiteral("demo"),
                            Tr::tr("Plan for a bundled practice cluster (default: default).")};
    QCommandLineOption scenarioFile{QStringLiteral("scenario-file"),
                                    Tr::tr("Plan for a practice scenario file."), Tr::tr("file")};
    QCommandLineOption dump{QStringLiteral("from-dump"),
                            Tr::tr("Plan for a `kubectl get … -o json` dump (repeatable)."), Tr::tr("file")};
    QCommandLineOption target{
        QStringLiteral("target"),
        Tr::tr("Target version, e.g. v1.35.8 or 1.35 (default: the newest patch of the next minor)."),
        Tr::tr("version")};
    QCommandLineOption output{QStringLiteral("output"), Tr::tr("Output format: text or json."),
                              Tr::tr("format"), QStringLiteral("text")};
    QCommandLineOption today{
        QStringLiteral("today"),
        Tr::tr("Evaluate support windows as of this date (YYYY-MM-DD), for reproducible plans."),
        Tr::tr("date")};
    QCommandLineOption family{QStringLiteral("packages"),
                              Tr::tr("Package commands for: debian (apt) or rhel (yum/dnf)."),
                              Tr::tr("family"), QStringLiteral("debian")};
    QCommandLineOption noPatch{
        QStringLiteral("no-patch-first"),
        Tr::tr("Do not move to the newest patch of the current minor before the first minor upgrade.")};
    QCommandLineOption kubeconfig{
        QStringLiteral("kubeconfig"),
        Tr::tr("Read a live cluster with this kubeconfig (default: KUBECONFIG, then ~/.kube/config)."),
        Tr::tr("file")};
    QCommandLineOption context{QStringLiteral("context"),
                               Tr::tr("The kubeconfig context (default: current-context)."), Tr::tr("name")};
    QCommandLineOption requestTimeout{QStringLiteral("request-timeout"),
                                      ClusterCliOptions::requestTimeoutHelp(), Tr::tr("duration")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(Tr::tr(
            "Shows the cluster's versions and version-skew findings, the upgrade path one minor at a time, "
            "and every step with its commands, like `kubeadm upgrade plan` but for the whole cluster.\n\n"
            "Cluster sources: --demo [SCENARIO] (a bundled practice cluster), --scenario-file FILE, or "
            "--from-dump FILE (what `kubectl get nodes,pods,deployments,replicasets,statefulsets,daemonsets,"
            "jobs,poddisruptionbudgets -A -o json` writes; may be repeated)."));
        parser.addHelpOption();
        parser.addOptions({demo, scenarioFile, dump, kubeconfig, context, requestTimeout, target, output,
                           today, family, noPatch});
        parser.addPositionalArgument(QStringLiteral("scenario"),
                                     Tr::tr("With --demo: the practice scenario (default, cka-lecture)."),
                                     QStringLiteral("[scenario]"));
        // Global options (--lang, --verbose) were handled by main; accept them here too.
        parser.addOptions({QCommandLineOption(QStringLiteral("lang"), QString(), QStringLiteral("language")),
                           QCommandLineOption(QStringLiteral("verbose"))});
    }
};

// What the command line asks for.
struct PlanRequest
{
    PlanOptions options;
    ClusterSourceChoice source;
    bool sourceGiven = false; // false: the kubeconfig, like kubectl
    bool json = false;
};

Result<PlanRequest> parsePlanRequest(const QCommandLineParser &parser, const PlanCliOptions &o)
{
    PlanRequest request;
    const QString format = parser.value(o.output);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return Result<PlanRequest>::failure(Tr::tr("--output must be text or json, not \"%1\"").arg(format));
    request.json = format == QLatin1String("json");
    PlanOptions &options = request.options;
    options.target = parser.value(o.target);
    options.includePatchHopFirst = !parser.isSet(o.noPatch);
    options.today = QDate::currentDate();
    if (parser.isSet(o.today)) {
        options.today = QDate::fromString(parser.value(o.today), Qt::ISODate);
        if (!options.today.isValid())
            return Result<PlanRequest>::failure(
                Tr::tr("--today must be a date like 2026-11-26, not \"%1\"").arg(parser.value(o.today)));
    }
    const auto packageFamily = packageFamilyFromName(parser.value(o.family));
    if (!packageFamily)
        return Result<PlanRequest>::failure(
            Tr::tr("--packages must be debian or rhel, not \"%1\"").arg(parser.value(o.family)));
    options.packageFamily = *packageFamily;

    const bool live = parser.isSet(o.kubeconfig) || parser.isSet(o.context);
    const int sources = (parser.isSet(o.demo) ? 1 : 0) + (parser.isSet(o.scenarioFile) ? 1 : 0) +
                        (parser.isSet(o.dump) ? 1 : 0) + (live ? 1 : 0);
    if (sources > 1)
        return Result<PlanRequest>::failure(Tr::tr(
            "give only one cluster source: --kubeconfig/--context, --demo, --scenario-file or --from-dump"));
    request.sourceGiven = sources > 0;
    const QStringList positional = parser.positionalArguments().mid(1); // [0] is "plan"
    if (!positional.isEmpty() && !parser.isSet(o.demo))
        return Result<PlanRequest>::failure(
            Tr::tr("unexpected argument \"%1\"").arg(positional.constFirst()));

    ClusterSourceChoice &choice = request.source;
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
        // Like kubectl: --kubeconfig, else KUBECONFIG, else ~/.kube/config.
        choice.kubeconfig = parser.value(o.kubeconfig);
        choice.context = parser.value(o.context);
        choice.requestTimeout = parser.value(o.requestTimeout);
    }
    return request;
}

void writePlan(const UpgradePlan &plan, bool json)
{
    if (json) {
        // Already UTF-8: written as it is (a 5,000-node plan is tens of MB; no round trip through QString).
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly)) {
            out.write(PlanJson::render(plan));
            out.flush();
        }
    } else {
        QTextStream out(stdout);
        out << PlanText::render(plan);
        out.flush();
    }
}

} // namespace

int runPlanCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const PlanCliOptions cli;
    cli.addTo(parser);
    parser.process(arguments);
    const Result<PlanRequest> request = parsePlanRequest(parser, cli);
    if (!request.ok())
        return fail(request.errorText());

    const Result<LoadedCluster> loaded = loadCluster(request->source);
    for (const QString &w : loaded.warningLines())
        QTextStream(stderr) << "slipway plan: " << Tr::tr("warning: %1").arg(w) << '\n';
    if (!loaded.ok()) {
        QString error = loaded.errorText();
        if (!request->sourceGiven)
            error += QLatin1Char('\n') +
                     Tr::tr("(no cluster source was given, so the kubeconfig was used like kubectl does; "
                            "for a practice "
                            "cluster use --demo [SCENARIO], for an offline dump --from-dump FILE)");
        return fail(error);
    }

    const UpgradePlan plan = planUpgrade(loaded->snapshot, ReleaseCatalog::bundled(), request->options);
    writePlan(plan, request->json);
    const bool anyError = std::any_of(plan.findings.cbegin(), plan.findings.cend(), [](const Finding &f) {
        return f.severity == Finding::Severity::Error;
    });
    return anyError ? 2 : 0;
}

} // namespace Slipway
