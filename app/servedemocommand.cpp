#include "app/servedemocommand.h"

#include "app/clustersource.h"
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

// The options that choose what is served, in the order scenario, scenario file, dump,
// kubeconfig, context.
struct SourceOptions
{
    QCommandLineOption scenario, scenarioFile, dump, kubeconfig, context;
};

// A bundled scenario or a scenario file as it is; a dump or a live cluster (read once) as a
// practice copy (sim/rehearsal/practicecopy.h: names only).
std::optional<ClusterSnapshot> servedSnapshot(const QCommandLineParser &parser, const SourceOptions &o,
                                              QString *error)
{
    const bool live = parser.isSet(o.kubeconfig) || parser.isSet(o.context);
    const int sources = int(parser.isSet(o.scenarioFile)) + int(parser.isSet(o.dump)) + int(live);
    if (sources > 1 || (sources == 1 && parser.isSet(o.scenario))) {
        *error = Tr::tr(
            "give only one source: --scenario, --scenario-file, --from-dump or --kubeconfig/--context");
        return std::nullopt;
    }
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
    QStringList warnings;
    const std::optional<LoadedCluster> loaded = loadCluster(choice, error, &warnings);
    for (const QString &w : std::as_const(warnings))
        QTextStream(stderr) << "slipway serve-demo: warning: " << w << '\n';
    if (!loaded)
        return std::nullopt;
    const bool copied =
        choice.kind == ClusterSourceChoice::Kind::Dump || choice.kind == ClusterSourceChoice::Kind::Live;
    return copied ? PracticeCopy::make(loaded->snapshot) : loaded->snapshot;
}

} // namespace

int runServeDemoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Serves the practice cluster as a real Kubernetes API over HTTPS on this computer, so that "
               "kubectl and "
               "Slipway's live-cluster client can talk to it. Writes a kubeconfig with two contexts: one "
               "logs in with a "
               "bearer token (the current context), the other with a client certificate. The CA, "
               "certificates and token "
               "are created on the first start and kept in the state directory."));
    parser.addHelpOption();
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      Tr::tr("The bundled practice scenario (default: default)."),
                                      Tr::tr("name"), QStringLiteral("default"));
    const QCommandLineOption scenarioFile(QStringLiteral("scenario-file"),
                                          Tr::tr("A practice scenario from a YAML file."), Tr::tr("file"));
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        Tr::tr("Loopback address and port (default: 127.0.0.1:6443; port 0 picks a free one)."),
        Tr::tr("address:port"), QStringLiteral("127.0.0.1:6443"));
    const QCommandLineOption kubeconfigOut(
        QStringLiteral("kubeconfig-out"),
        Tr::tr("Where to write the kubeconfig (default: kubeconfig in the state directory)."),
        Tr::tr("file"));
    const QCommandLineOption stateDir(QStringLiteral("state-dir"),
                                      Tr::tr("Where the CA, certificates and token are kept (default: %1).")
                                          .arg(QStringLiteral("<app data>/practice-cluster")),
                                      Tr::tr("dir"));
    const QCommandLineOption speed(
        QStringLiteral("speed"),
        Tr::tr("How fast the practice cluster's clock runs, 1 to 600 times real time (default: 1)."),
        Tr::tr("factor"), QStringLiteral("1"));
    const QCommandLineOption faults(
        QStringList{QStringLiteral("faults"), QStringLiteral("inject-faults")},
        Tr::tr("For tests: fail a share of requests, e.g. 5xx=0.05,drop=0.02,latency=200ms,seed=7 (off by "
               "default; health checks are exempt)."),
        Tr::tr("spec"));
    const QCommandLineOption dump(
        QStringLiteral("from-dump"),
        Tr::tr("Serve a practice copy of a `kubectl get … -o json` dump (repeatable)."), Tr::tr("file"));
    const QCommandLineOption sourceKubeconfig(
        QStringLiteral("kubeconfig"),
        Tr::tr(
            "Serve a practice copy of this live cluster, read once (names only; nothing is written to it)."),
        Tr::tr("file"));
    const QCommandLineOption sourceContext(QStringLiteral("context"),
                                           Tr::tr("The kubeconfig context of the live cluster to copy."),
                                           Tr::tr("name"));
    parser.addOptions({scenario, scenarioFile, dump, sourceKubeconfig, sourceContext, listen, kubeconfigOut,
                       stateDir, speed, faults});
    // Global options (--lang, --verbose) were handled by main; accept them here too.
    parser.addOptions({QCommandLineOption(QStringLiteral("lang"), QString(), QStringLiteral("language")),
                       QCommandLineOption(QStringLiteral("verbose"))});
    parser.addPositionalArgument(QStringLiteral("serve-demo"), Tr::tr("The sub-command."),
                                 QStringLiteral("serve-demo"));
    parser.process(arguments);
    const QStringList extra = parser.positionalArguments().mid(1); // [0] is "serve-demo"
    if (!extra.isEmpty())
        return fail(Tr::tr("unexpected argument \"%1\"").arg(extra.constFirst()));

    QString error;
    const auto address = parseListen(parser.value(listen), &error);
    if (!address)
        return fail(error);
    if (!ApiServer::isLoopback(address->address))
        return fail(Tr::tr("refusing to listen on %1: the practice cluster only serves loopback addresses "
                           "(127.0.0.1, ::1 or "
                           "localhost), so that nothing outside this computer can reach it")
                        .arg(address->address.toString()));
    bool speedOk = false;
    const double factor = parser.value(speed).toDouble(&speedOk);
    if (!speedOk || factor < VirtualClock::kMinSpeed || factor > VirtualClock::kMaxSpeed)
        return fail(Tr::tr("--speed must be a number from 1 to 600, not \"%1\"").arg(parser.value(speed)));
    ApiServerFaults faultSettings;
    if (parser.isSet(faults)) {
        const auto parsed = ApiServerFaults::parse(parser.value(faults), &error);
        if (!parsed)
            return fail(Tr::tr("--faults: %1").arg(error));
        faultSettings = *parsed;
    }

    const auto loaded =
        servedSnapshot(parser, {scenario, scenarioFile, dump, sourceKubeconfig, sourceContext}, &error);
    if (!loaded)
        return fail(error);

    const QString state = parser.isSet(stateDir)
                              ? QDir(parser.value(stateDir)).absolutePath()
                              : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                                    QStringLiteral("/practice-cluster");
    const auto credentials = ServerCredentials::loadOrCreate(state, &error);
    if (!credentials)
        return fail(error);

    raiseOpenFileLimit();
    Simulator simulator(*loaded);
    ApiServer server(&simulator, *credentials);
    server.setFaults(faultSettings);
    if (!server.listen(address->address, address->port, &error))
        return fail(error +
                    (address->port != 0 ? Tr::tr(" (try --listen 127.0.0.1:0 for a free port)") : QString()));

    const QString kubeconfig = parser.isSet(kubeconfigOut)
                                   ? QDir().absoluteFilePath(parser.value(kubeconfigOut))
                                   : QDir(state).filePath(QStringLiteral("kubeconfig"));
    if (!PracticeKubeconfig::write(kubeconfig,
                                   PracticeKubeconfig::yaml(*credentials, server.url(), ClusterName), &error))
        return fail(error);

    simulator.clock()->setSpeed(factor);
    simulator.clock()->resume();
    quitOnSignals(QCoreApplication::instance());

    QTextStream out(stdout);
    out << Tr::tr("Serving the practice cluster \"%1\" (Kubernetes %2) at %3 (port %4)")
               .arg(loaded->name, simulator.serverGitVersion(), server.url().toString())
               .arg(server.serverPort())
        << '\n'
        << Tr::tr("Clock: %1x real time").arg(factor) << '\n'
        << Tr::tr("kubeconfig: %1").arg(kubeconfig) << '\n'
        << Tr::tr("  contexts: %1 (bearer token, current), %2 (client certificate)")
               .arg(PracticeKubeconfig::tokenContextName(ClusterName),
                    PracticeKubeconfig::certificateContextName(ClusterName))
        << '\n'
        << Tr::tr("Try: kubectl --kubeconfig %1 get nodes").arg(kubeconfig) << '\n'
        << Tr::tr("Press Ctrl+C to stop.") << '\n';
    if (faultSettings.enabled())
        out << Tr::tr("Fault injection is on: %1").arg(parser.value(faults)) << '\n';
    out.flush();

    const int code = QCoreApplication::exec();
    server.close();
    out << Tr::tr("Stopped.") << '\n';
    return code;
}

} // namespace Slipway
