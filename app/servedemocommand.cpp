#include "app/servedemocommand.h"

#include "app/clustersource.h"
#include "models/result.h"
#include "sim/apiserver/apiserver.h"
#include "sim/apiserver/apiserverkubeconfig.h"
#include "sim/scenario/scenarioloader.h"
#include "sim/apiserver/servercredentials.h"
#include "sim/engine/simulator.h"
#include "sim/engine/virtualclock.h"
#include "sim/rehearsal/practicecopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHostInfo>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTextStream>

#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Slipway {

namespace {

const QString ClusterName = QStringLiteral("slipway-practice");

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS, so Tr::tr() strings are found at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ServeDemoCommand)
};

int fail(const QString &message)
{
    QTextStream(stderr) << "slipway serve-demo: " << message << '\n';
    return 1;
}

struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;
};

std::optional<ListenAddress> parseListen(const QString &text, QString *error)
{
    QString host;
    QString port;
    if (text.startsWith(QLatin1Char('['))) { // [::1]:6443
        const qsizetype close = text.indexOf(QLatin1String("]:"));
        host = text.mid(1, close - 1);
        port = close < 0 ? QString() : text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        host = text.left(colon);
        port = colon < 0 ? QString() : text.mid(colon + 1);
    }
    bool ok = false;
    const uint portNumber = port.toUInt(&ok);
    if (host.isEmpty() || !ok || portNumber > 65535) {
        *error = Tr::tr("--listen must be ADDRESS:PORT, e.g. 127.0.0.1:6443 or [::1]:0 (port 0 picks a free "
                        "port), not \"%1\"")
                     .arg(text);
        return std::nullopt;
    }
    ListenAddress listen;
    // "localhost" is loopback by definition (RFC 6761) and is not looked up: /etc/hosts could say otherwise.
    listen.address =
        host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    listen.port = quint16(portNumber);
    if (listen.address.isNull()) {
        // A name: every address it resolves to must be loopback, so that no lookup can widen the listener.
        const QHostInfo resolved = QHostInfo::fromName(host);
        const QList<QHostAddress> addresses = resolved.addresses();
        if (addresses.isEmpty()) {
            *error = Tr::tr("--listen: \"%1\" is neither an IP address nor a name that resolves (%2); use "
                            "127.0.0.1, ::1 or localhost")
                         .arg(host, resolved.errorString());
            return std::nullopt;
        }
        QStringList wide;
        for (const QHostAddress &a : addresses) {
            if (!ApiServer::isLoopback(a))
                wide << a.toString();
        }
        if (!wide.isEmpty()) {
            *error =
                Tr::tr("refusing to listen on %1: it resolves to %2, which is not a loopback address; the "
                       "practice cluster only serves this computer (use 127.0.0.1, ::1 or localhost)")
                    .arg(host, wide.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        listen.address = addresses.constFirst();
    }
    return listen;
}

// As Go raises it for kube-apiserver: a flood of connections must not run out of file descriptors
// before the server's own connection limits apply.
void raiseOpenFileLimit()
{
    rlimit files{};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        setrlimit(RLIMIT_NOFILE, &files);
    }
}

// SIGINT/SIGTERM end the event loop from a socket notifier: only write() is async-signal-safe.
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalFds[0], &byte, 1);
}

void quitOnSignals(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalFds[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

// The options of `slipway serve-demo`.
struct ServeDemoCliOptions
{
    QCommandLineOption scenario{QStringLiteral("scenario"),
                                Tr::tr("The bundled practice scenario (default: default)."), Tr::tr("name"),
                                QStringLiteral("default")};
    QCommandLineOption scenarioFile{QStringLiteral("scenario-file"),
                                    Tr::tr("A practice scenario from a YAML file."), Tr::tr("file")};
    QCommandLineOption dump{QStringLiteral("from-dump"),
                            Tr::tr("Serve a practice copy of a `kubectl get … -o json` dump (repeatable)."),
                            Tr::tr("file")};
    QCommandLineOption kubeconfig{
        QStringLiteral("kubeconfig"),
        Tr::tr(
            "Serve a practice copy of this live cluster, read once (names only; nothing is written to it)."),
        Tr::tr("file")};
    QCommandLineOption context{QStringLiteral("context"),
                               Tr::tr("The kubeconfig context of the live cluster to copy."), Tr::tr("name")};
    QCommandLineOption listen{
        QStringLiteral("listen"),
        Tr::tr("Loopback address and port (default: 127.0.0.1:6443; port 0 picks a free one)."),
        Tr::tr("address:port"), QStringLiteral("127.0.0.1:6443")};
    QCommandLineOption kubeconfigOut{
        QStringLiteral("kubeconfig-out"),
        Tr::tr("Where to write the kubeconfig (default: kubeconfig in the state directory)."),
        Tr::tr("file")};
    QCommandLineOption stateDir{QStringLiteral("state-dir"),
                                Tr::tr("Where the CA, certificates and token are kept (default: %1).")
                                    .arg(QStringLiteral("<app data>/practice-cluster")),
                                Tr::tr("dir")};
    QCommandLineOption speed{
        QStringLiteral("speed"),
        Tr::tr("How fast the practice cluster's clock runs, 1 to 600 times real time (default: 1)."),
        Tr::tr("factor"), QStringLiteral("1")};
    QCommandLineOption faults{
        QStringList{QStringLiteral("faults"), QStringLiteral("inject-faults")},
        Tr::tr("For tests: fail a share of requests, e.g. 5xx=0.05,drop=0.02,latency=200ms,seed=7 (off by "
               "default; health checks are exempt)."),
        Tr::tr("spec")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(Tr::tr(
            "Serves the practice cluster as a real Kubernetes API over HTTPS on this computer, so that "
            "kubectl and "
            "Slipway's live-cluster client can talk to it. Writes a kubeconfig with two contexts: one "
            "logs in with a "
            "bearer token (the current context), the other with a client certificate. The CA, "
            "certificates and token "
            "are created on the first start and kept in the state directory."));
        parser.addHelpOption();
        parser.addOptions({scenario, scenarioFile, dump, kubeconfig, context, listen, kubeconfigOut, stateDir,
                           speed, faults});
        // Global options (--lang, --verbose) were handled by main; accept them here too.
        parser.addOptions({QCommandLineOption(QStringLiteral("lang"), QString(), QStringLiteral("language")),
                           QCommandLineOption(QStringLiteral("verbose"))});
        parser.addPositionalArgument(QStringLiteral("serve-demo"), Tr::tr("The sub-command."),
                                     QStringLiteral("serve-demo"));
    }
};

// What the command line asks for.
struct ServeDemoRequest
{
    ClusterSourceChoice source;
    ListenAddress address;
    double speed = 1;
    ApiServerFaults faults;
    QString faultsSpec;
    QString stateDir;   // absolute
    QString kubeconfig; // absolute: where the kubeconfig is written
};

Result<ClusterSourceChoice> parseSource(const QCommandLineParser &parser, const ServeDemoCliOptions &o)
{
    const bool live = parser.isSet(o.kubeconfig) || parser.isSet(o.context);
    const int sources = int(parser.isSet(o.scenarioFile)) + int(parser.isSet(o.dump)) + int(live);
    if (sources > 1 || (sources == 1 && parser.isSet(o.scenario)))
        return Result<ClusterSourceChoice>::failure(Tr::tr(
            "give only one source: --scenario, --scenario-file, --from-dump or --kubeconfig/--context"));
    ClusterSourceChoice choice;
    choice.kind = parser.isSet(o.dump)           ? ClusterSourceChoice::Kind::Dump
                  : live                         ? ClusterSourceChoice::Kind::Live
                  : parser.isSet(o.scenarioFile) ? ClusterSourceChoice::Kind::ScenarioFile
                                                 : ClusterSourceChoice::Kind::Bundled;
    choice.scenario = parser.value(o.scenario);
    choice.scenarioFile = parser.value(o.scenarioFile);
    choice.dumps = parser.values(o.dump);
    choice.kubeconfig = parser.value(o.kubeconfig);
    choice.context = parser.value(o.context);
    return choice;
}

Result<ServeDemoRequest> parseServeDemoRequest(const QCommandLineParser &parser, const ServeDemoCliOptions &o)
{
    using R = Result<ServeDemoRequest>;
    const QStringList extra = parser.positionalArguments().mid(1); // [0] is "serve-demo"
    if (!extra.isEmpty())
        return R::failure(Tr::tr("unexpected argument \"%1\"").arg(extra.constFirst()));

    ServeDemoRequest request;
    QString error;
    const auto address = parseListen(parser.value(o.listen), &error);
    if (!address)
        return R::failure(error);
    if (!ApiServer::isLoopback(address->address))
        return R::failure(
            Tr::tr("refusing to listen on %1: the practice cluster only serves loopback addresses "
                   "(127.0.0.1, ::1 or "
                   "localhost), so that nothing outside this computer can reach it")
                .arg(address->address.toString()));
    request.address = *address;

    bool speedOk = false;
    request.speed = parser.value(o.speed).toDouble(&speedOk);
    if (!speedOk || request.speed < VirtualClock::kMinSpeed || request.speed > VirtualClock::kMaxSpeed)
        return R::failure(
            Tr::tr("--speed must be a number from 1 to 600, not \"%1\"").arg(parser.value(o.speed)));

    if (parser.isSet(o.faults)) {
        const auto parsed = ApiServerFaults::parse(parser.value(o.faults));
        if (!parsed.ok())
            return R::failure(Tr::tr("--faults: %1").arg(parsed.errorText()));
        request.faults = *parsed;
        request.faultsSpec = parser.value(o.faults);
    }

    const Result<ClusterSourceChoice> source = parseSource(parser, o);
    if (!source.ok())
        return R::failure(source);
    request.source = *source;

    request.stateDir = parser.isSet(o.stateDir)
                           ? QDir(parser.value(o.stateDir)).absolutePath()
                           : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                                 QStringLiteral("/practice-cluster");
    request.kubeconfig = parser.isSet(o.kubeconfigOut)
                             ? QDir().absoluteFilePath(parser.value(o.kubeconfigOut))
                             : QDir(request.stateDir).filePath(QStringLiteral("kubeconfig"));
    return request;
}

// A bundled scenario or a scenario file as it is; a dump or a live cluster (read once) as a
// practice copy (sim/rehearsal/practicecopy.h: names only).
std::optional<ClusterSnapshot> servedSnapshot(const ClusterSourceChoice &choice, QString *error)
{
    const Result<LoadedCluster> loaded = loadCluster(choice);
    for (const QString &w : loaded.warningLines())
        QTextStream(stderr) << "slipway serve-demo: warning: " << w << '\n';
    if (!loaded.ok()) {
        *error = loaded.errorText();
        return std::nullopt;
    }
    const bool copied =
        choice.kind == ClusterSourceChoice::Kind::Dump || choice.kind == ClusterSourceChoice::Kind::Live;
    return copied ? PracticeCopy::make(loaded->snapshot) : loaded->snapshot;
}

void printBanner(const ServeDemoRequest &request, const QString &clusterName, const Simulator &simulator,
                 const ApiServer &server)
{
    QTextStream out(stdout);
    out << Tr::tr("Serving the practice cluster \"%1\" (Kubernetes %2) at %3 (port %4)")
               .arg(clusterName, simulator.serverGitVersion(), server.url().toString())
               .arg(server.serverPort())
        << '\n'
        << Tr::tr("Clock: %1x real time").arg(request.speed) << '\n'
        << Tr::tr("kubeconfig: %1").arg(request.kubeconfig) << '\n'
        << Tr::tr("  contexts: %1 (bearer token, current), %2 (client certificate)")
               .arg(PracticeKubeconfig::tokenContextName(ClusterName),
                    PracticeKubeconfig::certificateContextName(ClusterName))
        << '\n'
        << Tr::tr("Try: kubectl --kubeconfig %1 get nodes").arg(request.kubeconfig) << '\n'
        << Tr::tr("Press Ctrl+C to stop.") << '\n';
    if (request.faults.enabled())
        out << Tr::tr("Fault injection is on: %1").arg(request.faultsSpec) << '\n';
    out.flush();
}

// Loads the cluster and the credentials, serves until SIGINT or SIGTERM.
int serve(const ServeDemoRequest &request)
{
    QString error;
    const auto loaded = servedSnapshot(request.source, &error);
    if (!loaded)
        return fail(error);
    const auto credentials = ServerCredentials::loadOrCreate(request.stateDir);
    if (!credentials.ok())
        return fail(credentials.errorText());

    raiseOpenFileLimit();
    Simulator simulator(*loaded);
    ApiServer server(&simulator, *credentials);
    server.setFaults(request.faults);
    if (!server.listen(request.address.address, request.address.port, &error))
        return fail(error + (request.address.port != 0 ? Tr::tr(" (try --listen 127.0.0.1:0 for a free port)")
                                                       : QString()));
    if (!PracticeKubeconfig::write(request.kubeconfig,
                                   PracticeKubeconfig::yaml(*credentials, server.url(), ClusterName), &error))
        return fail(error);

    simulator.clock()->setSpeed(request.speed);
    simulator.clock()->resume();
    quitOnSignals(QCoreApplication::instance());
    printBanner(request, loaded->name, simulator, server);

    const int code = QCoreApplication::exec();
    server.close();
    QTextStream(stdout) << Tr::tr("Stopped.") << '\n';
    return code;
}

} // namespace

int runServeDemoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const ServeDemoCliOptions cli;
    cli.addTo(parser);
    parser.process(arguments);
    const Result<ServeDemoRequest> request = parseServeDemoRequest(parser, cli);
    if (!request.ok())
        return fail(request.errorText());
    return serve(*request);
}

} // namespace Slipway
