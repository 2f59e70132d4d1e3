// `slipway rehearse` and `slipway serve-demo --from-dump` as processes (docs/rehearsal.md): exit
// codes 0/2/1 and the JSON report; a rehearsal of a live cluster reads it once and sends it no
// mutating request (the source is a practice API server in this process, every request counted);
// serve-demo serves a practice copy of a dump that a rehearsal can read like any cluster.
#include "dumpwriter.h"

#include "sim/apiserver/apiserver.h"
#include "sim/apiserver/practicecluster.h"
#include "sim/engine/simulator.h"
#include "sim/scenario/scenarioloader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

const QStringList kClearing = {QStringLiteral("--force"), QStringLiteral("--delete-emptydir-data"),
                               QStringLiteral("--override-pdb"), QStringLiteral("billing/invoice-api")};

// Runs slipway with the event loop turning (a server in this process must answer it).
Run slipway(const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess p;
    QSignalSpy finished(&p, &QProcess::finished);
    p.start(QStringLiteral(SLIPWAY_EXECUTABLE), arguments);
    Run r;
    if (!finished.wait(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QStringList rehearse(const QStringList &more)
{
    return QStringList{QStringLiteral("rehearse"), QStringLiteral("--to"), QStringLiteral("v1.35.0")} + more;
}

} // namespace

class TestRehearseCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodesAndJson();
    void badInputExitsOne_data();
    void badInputExitsOne();
    void noMutatingRequestReachesTheSource();
    void serveDemoServesACopyOfADump();

private:
    QTemporaryDir m_dir;
};

void TestRehearseCli::exitCodesAndJson()
{
    const Run blocked =
        slipway(rehearse({QStringLiteral("--demo"), QStringLiteral("--output"), QStringLiteral("json")}));
    QCOMPARE(blocked.exitCode, 2);
    const QJsonObject b = blocked.json();
    QCOMPARE(b.value(QStringLiteral("kind")).toString(), QStringLiteral("SlipwayRehearsal"));
    QCOMPARE(b.value(QStringLiteral("timing")).toObject().value(QStringLiteral("imagePullSeconds")).toInt(),
             2);
    QVERIFY(!b.value(QStringLiteral("rehearsal"))
                 .toObject()
                 .value(QStringLiteral("blockers"))
                 .toArray()
                 .isEmpty());
    const Run clean = slipway(rehearse(QStringList{QStringLiteral("--demo")} + kClearing));
    QCOMPARE(clean.exitCode, 0);
    QVERIFY2(clean.out.contains(QLatin1String("Blockers: none.")), qPrintable(clean.out));
    QVERIFY(clean.out.contains(QLatin1String("Timing model: image pull 2 s")));
    const Run slower = slipway(
        rehearse(QStringList{QStringLiteral("--demo"), QStringLiteral("--node-upgrade"), QStringLiteral("60"),
                             QStringLiteral("--output"), QStringLiteral("json")} +
                 kClearing));
    QCOMPARE(slower.exitCode, 0);
    const auto seconds = [](const Run &r) {
        return r.json()
            .value(QStringLiteral("rehearsal"))
            .toObject()
            .value(QStringLiteral("durationSeconds"))
            .toDouble();
    };
    const Run cleanJson = slipway(
        rehearse(QStringList{QStringLiteral("--demo"), QStringLiteral("--output"), QStringLiteral("json")} +
                 kClearing));
    QVERIFY2(seconds(slower) >= seconds(cleanJson) + 9 * 55, // 55 s more on each of 9 nodes
             qPrintable(slower.out.left(400)));
}

void TestRehearseCli::badInputExitsOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("no target") << QStringList{QStringLiteral("rehearse"), QStringLiteral("--demo")}
                               << QStringLiteral("needs --to");
    QTest::newRow("output") << rehearse({QStringLiteral("--demo"), QStringLiteral("--output"),
                                         QStringLiteral("xml")})
                            << QStringLiteral("--output");
    QTest::newRow("timing") << rehearse({QStringLiteral("--demo"), QStringLiteral("--image-pull"),
                                         QStringLiteral("x")})
                            << QStringLiteral("--image-pull");
    QTest::newRow("calibrate") << rehearse({QStringLiteral("--demo"), QStringLiteral("--calibrate-from"),
                                            QStringLiteral("/nonexistent.jsonl")})
                               << QStringLiteral("The run journal /nonexistent.jsonl does not exist.");
    QTest::newRow("dump") << rehearse({QStringLiteral("--from-dump"), QStringLiteral("/nonexistent.json")})
                          << QStringLiteral("nonexistent");
    QTest::newRow("unknown node") << rehearse({QStringLiteral("--demo"), QStringLiteral("--nodes"),
                                               QStringLiteral("nope")})
                                  << QStringLiteral("nope");
}

void TestRehearseCli::badInputExitsOne()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const Run r = slipway(arguments);
    QCOMPARE(r.exitCode, 1);
    const QString all = r.err + r.out;
    QVERIFY2(all.contains(says), qPrintable(all));
}

void TestRehearseCli::noMutatingRequestReachesTheSource()
{
    const Result<LoadedScenario> scenario = ScenarioLoader::loadBundled(QStringLiteral("default"));
    QVERIFY(scenario.ok());
    QString error;
    const auto source = PracticeCluster::start(scenario->snapshot, 1.0, &error);
    QVERIFY2(source, qPrintable(error));
    QHash<QString, int> methods;
    connect(source->server(), &ApiServer::requestHandled, this,
            [&methods](const QString &method, const QString &, int) { ++methods[method]; });
    const quint64 before = source->simulator()->resourceVersion();
    const QString kubeconfig = m_dir.filePath(QStringLiteral("source-kubeconfig"));
    QFile file(kubeconfig);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(source->kubeconfig());
    file.close();
    const Run r = slipway(rehearse(QStringList{QStringLiteral("--kubeconfig"), kubeconfig,
                                               QStringLiteral("--output"), QStringLiteral("json")} +
                                   kClearing));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = r.json();
    QVERIFY2(json.value(QStringLiteral("source")).toString().contains(source->url().toString()),
             qPrintable(json.value(QStringLiteral("source")).toString()));
    QCOMPARE(json.value(QStringLiteral("rehearsal")).toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("succeeded"));
    QVERIFY(methods.value(QStringLiteral("GET")) > 0);
    for (auto it = methods.cbegin(); it != methods.cend(); ++it)
        QVERIFY2(it.key() == QLatin1String("GET"), qPrintable(it.key()));
    // Nothing on the source moved but its own clock's work: no node cordoned, none upgraded.
    for (const Node &n : source->simulator()->snapshot().nodes) {
        QVERIFY(!n.unschedulable);
        QVERIFY(n.kubeletVersion != QLatin1String("v1.35.0"));
    }
    Q_UNUSED(before);
}

void TestRehearseCli::serveDemoServesACopyOfADump()
{
    const Result<LoadedScenario> scenario = ScenarioLoader::loadBundled(QStringLiteral("default"));
    QVERIFY2(scenario.ok(), qPrintable(scenario.errorText()));
    const QString dump = m_dir.filePath(QStringLiteral("default.json"));
    QVERIFY(writeDump(scenario->snapshot, dump));
    const QString kubeconfig = m_dir.filePath(QStringLiteral("served-kubeconfig"));
    QProcess serve;
    serve.start(QStringLiteral(SLIPWAY_EXECUTABLE),
                {QStringLiteral("serve-demo"), QStringLiteral("--from-dump"), dump,
                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--state-dir"),
                 m_dir.filePath(QStringLiteral("state")), QStringLiteral("--kubeconfig-out"), kubeconfig});
    QString out;
    QElapsedTimer waited;
    waited.start();
    while (!out.contains(QLatin1String("Press Ctrl+C")) && waited.elapsed() < 60000 &&
           serve.state() != QProcess::NotRunning) {
        serve.waitForReadyRead(500);
        out += QString::fromUtf8(serve.readAllStandardOutput());
    }
    QVERIFY2(out.contains(QLatin1String("Press Ctrl+C")),
             qPrintable(out + QString::fromUtf8(serve.readAllStandardError())));
    QVERIFY(out.contains(scenario->snapshot.name));
    const Run r = slipway(rehearse(QStringList{QStringLiteral("--kubeconfig"), kubeconfig} + kClearing));
    serve.terminate();
    serve.waitForFinished(10000);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("9 nodes")), qPrintable(r.out.left(300)));
}

QTEST_GUILESS_MAIN(TestRehearseCli)
#include "tst_rehearsecli.moc"
