#include "app/plancommand.h"

#include "app/clustersource.h"

#include "models/planjson.h"
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

} // namespace

int runPlanCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Shows the cluster's versions and version-skew findings, the upgrade path one minor at a time, "
        "and every step with its commands, like `kubeadm upgrade plan` but for the whole cluster.\n\n"
        "Cluster sources: --demo [SCENARIO] (a bundled practice cluster), --scenario-file FILE, or "
        "--from-dump FILE (what `kubectl get nodes,pods,deployments,replicasets,statefulsets,daemonsets,"
        "jobs,poddisruptionbudgets -A -o json` writes; may be repeated)."));
    parser.addHelpOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  Tr::tr("Plan for a bundled practice cluster (default: default)."));
    const QCommandLineOption scenarioFile(QStringLiteral("scenario-file"),
                                          Tr::tr("Plan for a practice scenario file."), Tr::tr("file"));
    const QCommandLineOption dump(QStringLiteral("from-dump"),
                                  Tr::tr("Plan for a `kubectl get … -o json` dump (repeatable)."),
                                  Tr::tr("file"));
    const QCommandLineOption target(
        QStringLiteral("target"),
        Tr::tr("Target version, e.g. v1.35.8 or 1.35 (default: the newest patch of the next minor)."),
        Tr::tr("version"));
    const QCommandLineOption output(QStringLiteral("output"), Tr::tr("Output format: text or json."),
                                    Tr::tr("format"), QStringLiteral("text"));
    const QCommandLineOption today(
        QStringLiteral("today"),
        Tr::tr("Evaluate support windows as of this date (YYYY-MM-DD), for reproducible plans."),
        Tr::tr("date"));
    const QCommandLineOption family(QStringLiteral("packages"),
                                    Tr::tr("Package commands for: debian (apt) or rhel (yum/dnf)."),
                                    Tr::tr("family"), QStringLiteral("debian"));
    const QCommandLineOption noPatch(
        QStringLiteral("no-patch-first"),
        Tr::tr("Do not move to the newest patch of the current minor before the first minor upgrade."));
    const QCommandLineOption kubeconfig(
        QStringLiteral("kubeconfig"),
        Tr::tr("Read a live cluster with this kubeconfig (default: KUBECONFIG, then ~/.kube/config)."),
        Tr::tr("file"));
    const QCommandLineOption context(QStringLiteral("context"),
                                     Tr::tr("The kubeconfig context (default: current-context)."),
                                     Tr::tr("name"));
    parser.addOptions(
        {demo, scenarioFile, dump, kubeconfig, context, target, output, today, family, noPatch});
    parser.addPositionalArgument(QStringLiteral("scenario"),
                                 Tr::tr("With --demo: the practice scenario (default, cka-lecture)."),
                                 QStringLiteral("[scenario]"));
    // Global options (--lang, --verbose) were handled by main; accept them here too.
    parser.addOptions({QCommandLineOption(QStringLiteral("lang"), QString(), QStringLiteral("language")),
                       QCommandLineOption(QStringLiteral("verbose"))});
    parser.process(arguments);

    const QString format = parser.value(output);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return fail(Tr::tr("--output must be text or json, not \"%1\"").arg(format));
    PlanOptions options;
    options.target = parser.value(target);
    options.includePatchHopFirst = !parser.isSet(noPatch);
    options.today = QDate::currentDate();
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid())
            return fail(
                Tr::tr("--today must be a date like 2026-11-26, not \"%1\"").arg(parser.value(today)));
    }
    const auto packageFamily = packageFamilyFromName(parser.value(family));
    if (!packageFamily)
        return fail(Tr::tr("--packages must be debian or rhel, not \"%1\"").arg(parser.value(family)));
    options.packageFamily = *packageFamily;

    const bool live = parser.isSet(kubeconfig) || parser.isSet(context);
    const int sources = (parser.isSet(demo) ? 1 : 0) + (parser.isSet(scenarioFile) ? 1 : 0) +
                        (parser.isSet(dump) ? 1 : 0) + (live ? 1 : 0);
    if (sources > 1)
        return fail(Tr::tr(
            "give only one cluster source: --kubeconfig/--context, --demo, --scenario-file or --from-dump"));
    const QStringList positional = parser.positionalArguments().mid(1); // [0] is "plan"
    if (!positional.isEmpty() && !parser.isSet(demo))
        return fail(Tr::tr("unexpected argument \"%1\"").arg(positional.constFirst()));

    ClusterSourceChoice choice;
    if (parser.isSet(dump)) {
        choice.kind = ClusterSourceChoice::Kind::Dump;
        choice.dumps = parser.values(dump);
    } else if (parser.isSet(scenarioFile)) {
        choice.kind = ClusterSourceChoice::Kind::ScenarioFile;
        choice.scenarioFile = parser.value(scenarioFile);
    } else if (parser.isSet(demo)) {
        choice.kind = ClusterSourceChoice::Kind::Bundled;
        choice.scenario = positional.value(0, QStringLiteral("default"));
    } else {
        // Like kubectl: --kubeconfig, else KUBECONFIG, else ~/.kube/config.
        choice.kubeconfig = parser.value(kubeconfig);
        choice.context = parser.value(context);
    }
    QString error;
    QStringList warnings;
    const std::optional<LoadedCluster> loaded = loadCluster(choice, &error, &warnings);
    for (const QString &w : warnings)
        QTextStream(stderr) << "slipway plan: " << Tr::tr("warning: %1").arg(w) << '\n';
    if (!loaded) {
        if (sources == 0)
            error += QLatin1Char('\n') +
                     Tr::tr("(no cluster source was given, so the kubeconfig was used like kubectl does; "
                            "for a practice "
                            "cluster use --demo [SCENARIO], for an offline dump --from-dump FILE)");
        return fail(error);
    }
    const ClusterSnapshot &snapshot = loaded->snapshot;

    const UpgradePlan plan = planUpgrade(snapshot, ReleaseCatalog::bundled(), options);
    if (format == QLatin1String("json")) {
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
    const bool anyError = std::any_of(plan.findings.cbegin(), plan.findings.cend(), [](const Finding &f) {
        return f.severity == Finding::Severity::Error;
    });
    return anyError ? 2 : 0;
}

} // namespace Slipway
