// `slipway report` run as a user runs it: bad input gives a clear message, exit 1 and no file;
// the file is written atomically; a live cluster's credentials never reach the PDF.
#include "practiceapifixture.h"
#include "models/run/runjournal.h"
#include "reporttestsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Slipway;

class TestReportCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString err;
    };

    QTemporaryDir m_dir;

    static Run report(const QStringList &arguments)
    {
        return slipway(QStringList{QStringLiteral("report")} + arguments);
    }

    // Waits in an event loop, so a practice API server in this process keeps answering.
    static Run slipway(const QStringList &arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command picks offscreen itself
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        p.setProcessEnvironment(env);
        QEventLoop loop;
        QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        p.start(QStringLiteral(SLIPWAY_EXECUTABLE), arguments);
        loop.exec();
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write a test file");
        file.write(content);
        return file.fileName();
    }

    static QByteArray compact(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    static QByteArray header(int version = 1)
    {
        const QJsonObject node{{QStringLiteral("name"), QStringLiteral("worker-1")},
                               {QStringLiteral("roles"), QJsonArray()},
                               {QStringLiteral("kubelet"), QStringLiteral("v1.34.3")},
                               {QStringLiteral("kubeProxy"), QStringLiteral("v1.34.3")},
                               {QStringLiteral("ready"), QStringLiteral("True")},
                               {QStringLiteral("unschedulable"), false}};
        const QJsonObject plan{
            {QStringLiteral("schemaVersion"), 1},
            {QStringLiteral("cluster"), QJsonObject{{QStringLiteral("name"), QStringLiteral("lab")},
                                                    {QStringLiteral("version"), QStringLiteral("v1.34.3")}}},
            {QStringLiteral("nodes"), QJsonArray{node}},
            {QStringLiteral("target"), QStringLiteral("v1.35.8")}};
        QJsonObject header = ReportTest::journalHeader(plan, QStringLiteral("lab"));
        header.insert(QStringLiteral("operator"), QStringLiteral("bob@host"));
        header.insert(QStringLiteral("v"), version);
        return compact(header);
    }

    static QByteArray event(int seq, const QString &type, const QJsonObject &more = {})
    {
        QJsonObject o = more;
        o.insert(QStringLiteral("v"), 1);
        o.insert(QStringLiteral("seq"), seq);
        o.insert(QStringLiteral("t"),
                 QStringLiteral("2026-12-02T04:30:%1.000Z").arg(seq, 2, 10, QLatin1Char('0')));
        o.insert(QStringLiteral("type"), type);
        return compact(o);
    }

    // No report and no temporary file of QSaveFile's beside it.
    void verifyNoFileLeft(const QString &output)
    {
        QVERIFY2(!QFile::exists(output), qPrintable(output));
        const QStringList entries = QDir(QFileInfo(output).absolutePath()).entryList(QDir::Files);
        for (const QString &entry : entries)
            QVERIFY2(!entry.startsWith(QFileInfo(output).fileName()), qPrintable(entry));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString out = path(QStringLiteral("bad.pdf"));
        const QString missing = path(QStringLiteral("no-such-journal.jsonl"));
        QTest::addRow("missing journal")
            << QStringList{QStringLiteral("--journal"), missing, QStringLiteral("-o"), out}
            << QStringLiteral("no-such-journal.jsonl does not exist");
        const QString empty = writeFile(QStringLiteral("empty.jsonl"), {});
        QTest::addRow("empty journal")
            << QStringList{QStringLiteral("--journal"), empty, QStringLiteral("-o"), out}
            << QStringLiteral("empty.jsonl is not a Slipway run journal: it has no header line");
        const QString foreign = writeFile(
            QStringLiteral("foreign.jsonl"),
            compact({{QStringLiteral("kind"), QStringLiteral("EventList")}, {QStringLiteral("v"), 1}}) +
                '\n');
        QTest::addRow("foreign journal")
            << QStringList{QStringLiteral("--journal"), foreign, QStringLiteral("-o"), out}
            << QStringLiteral("not a Slipway run journal");
        const QString yaml = writeFile(QStringLiteral("kubeconfig.yaml"), "apiVersion: v1\nkind: Config\n");
        QTest::addRow("not JSON at all")
            << QStringList{QStringLiteral("--journal"), yaml, QStringLiteral("-o"), out}
            << QStringLiteral("not a Slipway run journal");
        const QString truncatedHeader = writeFile(QStringLiteral("cut-header.jsonl"), header().left(60));
        QTest::addRow("header cut short")
            << QStringList{QStringLiteral("--journal"), truncatedHeader, QStringLiteral("-o"), out}
            << QStringLiteral("not a Slipway run journal");
        const QString v2 = writeFile(QStringLiteral("v2.jsonl"), header(2) + '\n');
        QTest::addRow("other format version")
            << QStringList{QStringLiteral("--journal"), v2, QStringLiteral("-o"), out}
            << QStringLiteral("it is a run journal of format version 2; this Slipway reads version 1");
        const QString broken =
            writeFile(QStringLiteral("broken.jsonl"),
                      header() + '\n' + "{not json\n" + event(2, QStringLiteral("run-paused")) + '\n');
        QTest::addRow("broken line in the middle")
            << QStringList{QStringLiteral("--journal"), broken, QStringLiteral("-o"), out}
            << QStringLiteral("broken.jsonl is damaged: line 2 is not a JSON object");
        const QString journal = writeFile(QStringLiteral("ok.jsonl"),
                                          header() + '\n' + event(1, QStringLiteral("run-started")) + '\n');
        QTest::addRow("unknown language") << QStringList{QStringLiteral("--journal"), journal,
                                                         QStringLiteral("--lang"),    QStringLiteral("fr"),
                                                         QStringLiteral("-o"),        out}
                                          << QStringLiteral("unknown language \"fr\"; available: en, ko");
        QTest::addRow("unknown paper") << QStringList{QStringLiteral("--demo"), QStringLiteral("--paper"),
                                                      QStringLiteral("a3"), QStringLiteral("-o"), out}
                                       << QStringLiteral("--paper must be a4 or letter");
        QTest::addRow("no output") << QStringList{QStringLiteral("--demo")} << QStringLiteral("-o FILE.pdf");
        QTest::addRow("two sources") << QStringList{QStringLiteral("--demo"), QStringLiteral("--journal"),
                                                    journal, QStringLiteral("-o"), out}
                                     << QStringLiteral("give only one source");
        QTest::addRow("unknown scenario")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("nope"), QStringLiteral("-o"), out}
            << QStringLiteral("nope");
        const QString notADir = writeFile(QStringLiteral("plain-file"), "x");
        QTest::addRow("unwritable path")
            << QStringList{QStringLiteral("--journal"), journal, QStringLiteral("-o"),
                           notADir + QStringLiteral("/r.pdf")}
            << QStringLiteral("cannot write");
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = report(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QRegularExpression(QStringLiteral("(^|\\n)slipway report: "))),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        verifyNoFileLeft(path(QStringLiteral("bad.pdf")));
    }

    void failureKeepsTheOldReport()
    {
        const QString out = writeFile(QStringLiteral("kept.pdf"), "an earlier report");
        const Run run = report(
            {QStringLiteral("--journal"), path(QStringLiteral("missing.jsonl")), QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 1);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("an earlier report"));
    }

    void interruptedJournalIsReported()
    {
        // A last line cut short by a crash is ignored (docs/run-events.md), the rest is reported.
        const QString journal = writeFile(
            QStringLiteral("crashed.jsonl"),
            header() + '\n' +
                event(1, QStringLiteral("run-started"),
                      {{QStringLiteral("data"),
                        QJsonObject{{QStringLiteral("kind"), QStringLiteral("upgrade")},
                                    {QStringLiteral("target"), QStringLiteral("v1.35.8")},
                                    {QStringLiteral("nodes"), QJsonArray{QStringLiteral("worker-1")}}}}}) +
                '\n' +
                event(2, QStringLiteral("phase-started"),
                      {{QStringLiteral("node"), QStringLiteral("worker-1")},
                       {QStringLiteral("phase"), QStringLiteral("cordon")}}) +
                '\n' + event(3, QStringLiteral("phase-finished")).left(30));
        const QString out = path(QStringLiteral("crashed.pdf"));
        const Run run = report({QStringLiteral("--journal"), journal, QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 0);
        const QString text = ReportTest::pdfText(out);
        QVERIFY2(text.contains(QLatin1String("Interrupted")), qPrintable(text.left(500)));
        QVERIFY(text.contains(QLatin1String("cut short")));
        QVERIFY(text.contains(QLatin1String("worker-1")));
        QVERIFY(text.contains(QLatin1String("bob@host")));
    }

    void demoPlanWithoutDisplay()
    {
        const QString out = path(QStringLiteral("demo.pdf"));
        const Run run =
            report({QStringLiteral("--demo"), QStringLiteral("cka-lecture"), QStringLiteral("--paper"),
                    QStringLiteral("letter"), QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        QVERIFY(ReportTest::pdfInfo(out).contains(QLatin1String("612 x 792 pts")));
    }

    // A practice-cluster run made by the real runner (`slipway upgrade`/`maintain`), then reported.
    QString runJournal(const QString &name, const QStringList &runArguments)
    {
        const QString journal = path(name);
        const Run run = slipway(
            runArguments +
            QStringList{QStringLiteral("--demo"), QStringLiteral("default"), QStringLiteral("--speed"),
                        QStringLiteral("600"), QStringLiteral("--yes"), QStringLiteral("--force"),
                        QStringLiteral("--delete-emptydir-data"), QStringLiteral("--override-pdb"),
                        QStringLiteral("billing/invoice-api"), QStringLiteral("--journal"), journal});
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return run.exitCode == 0 ? journal : QString();
    }

    // What every run report must show: nodes, each phase's start and end, the override.
    static void verifyRunReport(const QString &text, const RunJournal::Contents &journal)
    {
        QVERIFY(text.contains(journal.header.operatorName));
        QVERIFY(text.contains(journal.header.cluster.server));
        int phases = 0;
        for (const RunEvent &e : journal.events) {
            if (!e.node.isEmpty())
                QVERIFY2(text.contains(e.node), qPrintable(e.node));
            if (e.type == RunEvent::Type::PhaseStarted || e.type == RunEvent::Type::PhaseFinished) {
                ++phases;
                QVERIFY2(text.contains(e.time.toUTC().toString(QStringLiteral("HH:mm:ss"))),
                         qPrintable(e.node));
            }
            if (e.type == RunEvent::Type::Override) {
                QVERIFY(text.contains(e.data.value(QLatin1String("kind")).toString()));
                QVERIFY(text.contains(e.data.value(QLatin1String("by")).toString()));
            }
        }
        QVERIFY(phases > 0);
        QVERIFY2(text.contains(QLatin1String("override-pdb")),
                 "the practice run overrides billing/invoice-api");
        QVERIFY(text.contains(QLatin1String("billing/invoice-api")));
    }

    void upgradeRunByTheRunner()
    {
        const QString journal =
            runJournal(QStringLiteral("upgrade.jsonl"),
                       {QStringLiteral("upgrade"), QStringLiteral("--to"), QStringLiteral("v1.35.8")});
        QVERIFY(!journal.isEmpty());
        const Result<RunJournal::Contents> contents = RunJournal::read(journal);
        QVERIFY2(contents.ok(), qPrintable(contents.errorText()));
        const QString out = path(QStringLiteral("upgrade.pdf"));
        const Run run = report({QStringLiteral("--journal"), journal, QStringLiteral("--time-zone"),
                                QStringLiteral("UTC"), QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("warning")), qPrintable(run.err));
        const QString text = ReportTest::pdfText(out);
        QVERIFY(text.contains(QLatin1String("Kubernetes upgrade report")));
        QVERIFY(text.contains(QLatin1String("Succeeded: 9 of 9 nodes done")));
        verifyRunReport(text, contents.value());
        // Versions before and after: v1.34.3 before, the target after, on every node.
        QVERIFY(text.contains(QStringLiteral("v1.34.3 → v1.35.8")));
        QVERIFY(!text.contains(QLatin1String("not upgraded")));
        QString flat = text;
        flat.remove(QLatin1Char(' '));
        for (const QJsonValue &f : contents->header.plan.value(QLatin1String("findings")).toArray()) {
            const QString rule = f.toObject().value(QLatin1String("rule")).toString();
            QVERIFY2(flat.contains(rule), qPrintable(rule));
        }
    }

    void koreanReportOfAKoreanRun()
    {
        // The plan in the journal is written in the run's language; the report keeps it.
        const QString journal =
            runJournal(QStringLiteral("upgrade-ko.jsonl"),
                       {QStringLiteral("upgrade"), QStringLiteral("--to"), QStringLiteral("v1.35.8"),
                        QStringLiteral("--lang"), QStringLiteral("ko")});
        QVERIFY(!journal.isEmpty());
        const QString out = path(QStringLiteral("upgrade-ko.pdf"));
        const Run run = report({QStringLiteral("--journal"), journal, QStringLiteral("--lang"),
                                QStringLiteral("ko"), QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = ReportTest::pdfText(out);
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("[\\x{AC00}-\\x{D7AF}]{2,}"))),
                 qPrintable(text.left(800)));
        QVERIFY(text.contains(QStringLiteral("v1.34.3 → v1.35.8")));
        for (const QString &row : ReportTest::pdfFontRows(out))
            QVERIFY2(!row.contains(QLatin1String("Type 3")), qPrintable(row));
    }

    void maintenanceRunByTheRunner()
    {
        const QString journal =
            runJournal(QStringLiteral("maintain.jsonl"),
                       {QStringLiteral("maintain"), QStringLiteral("--reboot"), QStringLiteral("--nodes"),
                        QStringLiteral("worker-1,worker-2,worker-3")});
        QVERIFY(!journal.isEmpty());
        const Result<RunJournal::Contents> contents = RunJournal::read(journal);
        QVERIFY2(contents.ok(), qPrintable(contents.errorText()));
        const QString out = path(QStringLiteral("maintain.pdf"));
        const Run run = report({QStringLiteral("--journal"), journal, QStringLiteral("--time-zone"),
                                QStringLiteral("UTC"), QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString text = ReportTest::pdfText(out);
        QVERIFY(text.contains(QLatin1String("Kubernetes node maintenance report")));
        QVERIFY(text.contains(QLatin1String("Succeeded: 3 of 3 nodes done")));
        verifyRunReport(text, contents.value());
    }

    void liveClusterCredentialsStayOut()
    {
        PracticeApiFixture fixture;
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        const QByteArray token = fixture.credentials->token();
        const QString kubeconfig = fixture.writeFile(QStringLiteral("config"),
                                                     fixture.kubeconfig(fixture.caLine, fixture.tokenLine()));
        const QString out = path(QStringLiteral("live.pdf"));
        const QString server = QStringLiteral("https://127.0.0.1:%1").arg(fixture.server->url().port());
        const Run run = report({QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("--context"),
                                QStringLiteral("test"), QStringLiteral("-o"), out});
        fixture.stop();
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!run.err.contains(QString::fromUtf8(token)));
        const QString text = ReportTest::pdfText(out);
        QVERIFY2(text.contains(server), qPrintable(text.left(600)));
        QVERIFY(text.contains(QLatin1String("test"))); // the context
        QVERIFY(!text.contains(QString::fromUtf8(token)));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(token));
    }
};

QTEST_MAIN(TestReportCli)
#include "tst_reportcli.moc"
