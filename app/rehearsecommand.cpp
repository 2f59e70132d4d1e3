// slipway rehearse (docs/rehearsal.md).
#include "app/rehearsecommand.h"

#include "app/clustersource.h"
#include "app/nodecommands.h"
#include "app/runoptions.h"
#include "models/run/rehearsaltiming.h"
#include "sim/rehearsal/practicecopy.h"
#include "sim/rehearsal/rehearsal.h"
#include "sim/rehearsal/rehearsalreport.h"

#include <QJsonDocument>
#include <QTextStream>

namespace Slipway {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::RehearseCommand)
};

// The rehearsal's own options, next to the run options of `slipway upgrade`/`maintain`.
struct RehearseOptions
{
    QCommandLineOption dump{QStringLiteral("from-dump"),
                            Tr::tr("Rehearse on a copy of a `kubectl get … -o json` dump (repeatable)."),
                            Tr::tr("file")};
    QCommandLineOption compare{QStringLiteral("compare-strategies"),
                               Tr::tr("Rehearse rolling 1, rolling N, all at once and surge; one table.")};
    QCommandLineOption output{QStringLiteral("output"), Tr::tr("Output format: text or json."),
                              Tr::tr("format"), QStringLiteral("text")};
    QCommandLineOption imagePull{
        QStringLiteral("image-pull"),
        Tr::tr("Timing model: seconds from a pod's binding to its containers running "
               "(image pull and start; default %1).")
            .arg(SimTimingModel().podStartSeconds),
        Tr::tr("seconds")};
    QCommandLineOption podStartup{QStringLiteral("pod-startup"),
                                  Tr::tr("Timing model: seconds from running to Ready (default %1).")
                                      .arg(SimTimingModel().podReadySeconds),
                                  Tr::tr("seconds")};
    QCommandLineOption nodeUpgrade{QStringLiteral("node-upgrade"),
                                   Tr::tr("Timing model: seconds a node's package upgrade takes before the "
                                          "kubelet restarts (default %1).")
                                       .arg(SimTimingModel().kubeletPackageSeconds),
                                   Tr::tr("seconds")};
    QCommandLineOption staticPodStep{QStringLiteral("static-pod-step"),
                                     Tr::tr("Timing model: seconds between kubeadm's static pod replacements "
                                            "(default %1).")
                                         .arg(SimTimingModel().staticPodStepSeconds),
                                     Tr::tr("seconds")};
    QCommandLineOption apiServerRestart{
        QStringLiteral("api-server-restart"),
        Tr::tr("Timing model: seconds a restarted kube-apiserver takes to serve again; a single "
               "control-plane node's API is unavailable that long (default %1).")
            .arg(SimTimingModel().apiServerRestartSeconds),
        Tr::tr("seconds")};
    QCommandLineOption calibrate{QStringLiteral("calibrate-from"),
                                 Tr::tr("Calibrate the node upgrade time from a real run's journal."),
                                 Tr::tr("journal")};
    QCommandLineOption stuckAfter{QStringLiteral("stuck-after"),
                                  Tr::tr("A wait longer than this counts as a blocker and ends the "
                                         "rehearsal (default 1h)."),
                                  Tr::tr("duration"), QStringLiteral("1h")};

    QList<QCommandLineOption> all() const
    {
        return {dump,        compare,       output,           imagePull, podStartup,
                nodeUpgrade, staticPodStep, apiServerRestart, calibrate, stuckAfter};
    }
};

bool readSeconds(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 *out,
                 QStringList *notes, QString *error)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < 0) {
        *error = Tr::tr("--%1 must be a number of seconds (0 or more), not \"%2\"")
                     .arg(option.names().constFirst(), parser.value(option));
        return false;
    }
    *out = value;
    *notes << Tr::tr("--%1 %2 s given on the command line.").arg(option.names().constFirst()).arg(value);
    return true;
}

std::optional<SimTimingModel> timingFrom(const RunParser &p, const RehearseOptions &r, QStringList *notes,
                                         QString *error)
{
    SimTimingModel t;
    if (p.parser.isSet(r.calibrate)) {
        const auto calibration = TimingCalibration::fromJournal(p.parser.value(r.calibrate), t);
        if (!calibration.ok()) {
            *error = calibration.errorText();
            return std::nullopt;
        }
        calibration->applyTo(&t);
        *notes << calibration->note();
    }
    if (!readSeconds(p.parser, r.imagePull, &t.podStartSeconds, notes, error) ||
        !readSeconds(p.parser, r.podStartup, &t.podReadySeconds, notes, error) ||
        !readSeconds(p.parser, r.nodeUpgrade, &t.kubeletPackageSeconds, notes, error) ||
        !readSeconds(p.parser, r.staticPodStep, &t.staticPodStepSeconds, notes, error) ||
        !readSeconds(p.parser, r.apiServerRestart, &t.apiServerRestartSeconds, notes, error))
        return std::nullopt;
    return t;
}

// The copy's source from the command line, read once.
std::optional<LoadedCluster> readSource(const RunParser &p, const RehearseOptions &r, QString *source,
                                        QString *error)
{
    ClusterSourceChoice choice;
    if (p.parser.isSet(r.dump)) {
        choice.kind = ClusterSourceChoice::Kind::Dump;
        choice.dumps = p.parser.values(r.dump);
        *source = Tr::tr("the dump %1").arg(choice.dumps.join(QStringLiteral(", ")));
    } else if (p.parser.isSet(p.cluster.scenarioFile)) {
        choice.kind = ClusterSourceChoice::Kind::ScenarioFile;
        choice.scenarioFile = p.parser.value(p.cluster.scenarioFile);
        *source = Tr::tr("the scenario file %1").arg(choice.scenarioFile);
    } else if (p.parser.isSet(p.cluster.demo)) {
        choice.kind = ClusterSourceChoice::Kind::Bundled;
        choice.scenario = p.parser.value(p.cluster.demo);
        *source = Tr::tr("the practice scenario \"%1\"").arg(choice.scenario);
    } else {
        choice.kubeconfig = p.parser.value(p.cluster.kubeconfig);
        choice.context = p.parser.value(p.cluster.context);
    }
    Result<LoadedCluster> loaded = loadCluster(choice);
    for (const QString &w : loaded.warningLines())
        QTextStream(stderr) << "Warning: " << w << '\n';
    if (!loaded.ok()) {
        *error = loaded.errorText();
        return std::nullopt;
    }
    if (choice.kind == ClusterSourceChoice::Kind::Live)
        *source = Tr::tr("the context %1 (%2), read once").arg(loaded->context, loaded->server);
    return std::move(loaded).value();
}

int report(const RehearsalResult &result, const RehearsalContext &context,
           const QList<RehearsalResult> &compared, bool json)
{
    QTextStream out(stdout);
    if (json) {
        out << QJsonDocument(RehearsalReport::json(result, context, compared))
                   .toJson(QJsonDocument::Indented);
    } else {
        out << RehearsalReport::text(result, context);
        if (!compared.isEmpty())
            out << '\n'
                << Tr::tr("Strategies compared on the same copy:") << '\n'
                << RehearsalReport::compareTable(compared);
    }
    out.flush();
    if (!result.rehearsable)
        return 1;
    return result.hasBlockers() ? 2 : 0;
}

} // namespace

int runRehearseCommand(const QStringList &arguments)
{
    const RehearseOptions r;
    RunParser p(
        QStringLiteral("rehearse"),
        Tr::tr("Rehearse the planned run on a practice copy of the cluster (a live cluster read once, a "
               "dump or a practice scenario), on a virtual clock, and report its duration per node and "
               "phase, the blockers and the options that clear them, pods left Pending, workloads "
               "below desired and the peak of unavailable nodes. The cluster itself is never changed."),
        {RunKind::Upgrade, RunKind::Maintenance}, r.all());
    if (!p.parse(arguments))
        return 1;
    const QString format = p.parser.value(r.output);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return refuseRun(Tr::tr("--output must be text or json, not \"%1\"").arg(format));
    const RunKind kind = p.parser.isSet(p.to) ? RunKind::Upgrade : RunKind::Maintenance;
    if (kind == RunKind::Maintenance && !p.parser.isSet(p.nodes))
        return refuseRun(
            Tr::tr("slipway rehearse needs --to VERSION (an upgrade) or --nodes N1,N2… (maintenance)"));
    const Result<qint64> stuck = parseGoDuration(p.parser.value(r.stuckAfter));
    if (!stuck.ok() || *stuck <= 0)
        return refuseRun(QStringLiteral("--stuck-after: ") +
                         (stuck.ok() ? Tr::tr("must be longer than 0") : stuck.errorText()));
    QString error;
    RehearsalContext context;
    const auto timing = timingFrom(p, r, &context.timingNotes, &error);
    if (!timing)
        return refuseRun(error);
    context.timing = *timing;
    Result<RunSpec> spec = runSpecFrom(p, kind, true);
    if (!spec.ok())
        return refuseRun(spec.errorText());
    const auto loaded = readSource(p, r, &context.source, &error);
    if (!loaded)
        return refuseRun(error);
    const ClusterSnapshot copy = PracticeCopy::make(loaded->snapshot, &context.copy);
    RehearsalOptions options;
    options.plan = runPlanFor(*spec, copy, p.parser.value(p.to));
    if (kind == RunKind::Upgrade)
        spec->target =
            options.plan.target.isValid() ? options.plan.target : Version::parse(p.parser.value(p.to));
    options.spec = *spec;
    options.timing = context.timing;
    options.journalPath = p.parser.value(p.journal);
    options.stuckSeconds = *stuck;
    const RehearsalResult result = Rehearsal::play(copy, options);
    const QList<RehearsalResult> compared =
        p.parser.isSet(r.compare) ? Rehearsal::compareStrategies(copy, options) : QList<RehearsalResult>{};
    return report(result, context, compared, format == QLatin1String("json"));
}

} // namespace Slipway
