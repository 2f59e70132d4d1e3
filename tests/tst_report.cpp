// The PDF report read back as its reader would (pdftotext, pdffonts, pdfinfo): plan-only reports
// of every bundled scenario, a run report from a journal, Korean, paper sizes.
#include "models/planjson.h"
#include "models/releasecatalog.h"
#include "models/upgradeplanner.h"
#include "reporttestsupport.h"
#include "sim/scenario/scenarioloader.h"
#include "timelinerunfixture.h"
#include "ui/report/reportwriter.h"
#include "ui/translations.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;

class TestReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static ClusterSnapshot snapshotFor(const QString &scenario)
    {
        const Result<LoadedScenario> loaded = ScenarioLoader::loadBundled(scenario);
        if (!loaded.ok())
            qFatal("scenario %s does not load", qPrintable(scenario));
        return loaded->snapshot;
    }

    static UpgradePlan planFor(const ClusterSnapshot &snapshot)
    {
        PlanOptions options;
        options.today = QDate(2026, 12, 2);
        return planUpgrade(snapshot, ReleaseCatalog::bundled(), options);
    }

    static ReportSource planSource(const QString &scenario, const QString &context = {},
                                   const QString &server = {})
    {
        const ClusterSnapshot snapshot = snapshotFor(scenario);
        return ReportSource::fromPlan(snapshot, planFor(snapshot), context, server);
    }

    QString write(const ReportSource &source, const ReportOptions &options, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!ReportWriter::write(source, options, path, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

    static ReportOptions utc(const QString &language = QStringLiteral("en"))
    {
        ReportOptions options;
        options.language = language;
        options.timeZone = QTimeZone::utc();
        options.generatedAt = QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC);
        return options;
    }

    // A run as the runner records it (until the runner is on main: the timeline's synthetic
    // rolling run of the default scenario), with an override the operator confirmed.
    static QList<RunEvent> runEvents()
    {
        QList<RunEvent> events = TimelineFixture::rollingRun(TimelineFixture::defaultScenarioRun());
        RunEvent override;
        override.type = RunEvent::Type::Override;
        override.node = QStringLiteral("worker-3");
        override.pod = QStringLiteral("billing/invoice-api-7d9f8-bcdfg");
        override.message = QStringLiteral("Delete the pod despite its disruption budget");
        override.data = QJsonObject{{QStringLiteral("kind"), QStringLiteral("override-pdb")},
                                    {QStringLiteral("by"), QStringLiteral("alice@bastion-1")},
                                    {QStringLiteral("target"), QStringLiteral("billing/invoice-api")}};
        override.time = events.at(events.size() / 2).time;
        events.insert(events.size() / 2 + 1, override);
        for (int i = 0; i < events.size(); ++i)
            events[i].seq = i + 1;
        return events;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void planOnly_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const QString &name : ScenarioLoader::bundledScenarioNames())
            QTest::addRow("%s", qPrintable(name)) << name;
    }

    void planOnly()
    {
        QFETCH(QString, scenario);
        const ClusterSnapshot snapshot = snapshotFor(scenario);
        const UpgradePlan plan = planFor(snapshot);
        const ReportSource source = ReportSource::fromPlan(
            snapshot, plan, QStringLiteral("ctx-%1").arg(scenario), QStringLiteral("https://10.0.0.1:6443"));
        const QString pdf = write(source, utc(), scenario + QStringLiteral(".pdf"));
        const QString text = ReportTest::pdfText(pdf);
        // Table cells wrap where the layout wrapped them: look for identifiers without whitespace.
        QString flat = text;
        flat.remove(QLatin1Char(' '));
        QVERIFY2(text.contains(QLatin1String("Kubernetes upgrade plan")), qPrintable(text.left(300)));
        QVERIFY(text.contains(QStringLiteral("ctx-%1").arg(scenario)));
        QVERIFY(text.contains(QLatin1String("https://10.0.0.1:6443")));
        QVERIFY(text.contains(QLatin1String("Contents")));
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("Page 1 of \\d+"))));
        for (const Node &node : plan.nodes)
            QVERIFY2(text.contains(node.name), qPrintable(node.name));
        QVERIFY(text.contains(plan.clusterVersion.toString()));
        if (plan.target.isValid())
            QVERIFY(text.contains(plan.target.toString()));
        for (const Node &node : plan.nodes)
            QVERIFY2(text.contains(node.kubeletVersion), qPrintable(node.kubeletVersion));
        for (const Finding &finding : plan.findings)
            QVERIFY2(flat.contains(finding.rule), qPrintable(finding.rule));
        for (const PlanHop &hop : plan.hops) {
            for (const Finding &finding : hop.findings)
                QVERIFY2(flat.contains(finding.rule), qPrintable(finding.rule));
        }
    }

    void fontsAreEmbeddedOutlines_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("en") << QStringLiteral("en");
        QTest::addRow("ko") << QStringLiteral("ko");
    }

    void fontsAreEmbeddedOutlines()
    {
        QFETCH(QString, language);
        const QString pdf = write(planSource(QStringLiteral("default")), utc(language),
                                  QStringLiteral("fonts-%1.pdf").arg(language));
        const QStringList rows = ReportTest::pdfFontRows(pdf);
        QVERIFY(!rows.isEmpty());
        for (const QString &row : rows) {
            QVERIFY2(!row.contains(QLatin1String("Type 3")), qPrintable(row));
            const QStringList fields = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            // name, type (2 words), encoding, emb, sub, uni, object, generation
            QVERIFY2(fields.size() >= 7 && fields.at(fields.size() - 5) == QLatin1String("yes"),
                     qPrintable(row));
            QVERIFY2(fields.at(fields.size() - 3) == QLatin1String("yes"), qPrintable(row)); // ToUnicode
        }
    }

    void koreanReportHasExtractableKorean()
    {
        installTranslations(qApp, QStringLiteral("ko"));
        const ClusterSnapshot snapshot = snapshotFor(QStringLiteral("default"));
        const UpgradePlan plan = planFor(snapshot); // findings in Korean
        const QString pdf = write(ReportSource::fromPlan(snapshot, plan, {}, {}), utc(QStringLiteral("ko")),
                                  QStringLiteral("ko.pdf"));
        // Back to English for the tests after this one (the Korean catalog is replaced).
        installTranslations(qApp, QStringLiteral("en"));
        const QString text = ReportTest::pdfText(pdf);
        QVERIFY(!plan.findings.isEmpty());
        const QString message = plan.findings.constFirst().message.simplified();
        QVERIFY(message.contains(QRegularExpression(QStringLiteral("[\\x{AC00}-\\x{D7AF}]"))));
        // pdftotext breaks lines where the layout did; compare without whitespace.
        QString flat = text;
        flat.remove(QLatin1Char(' '));
        QString expected = message;
        expected.remove(QLatin1Char(' '));
        QVERIFY2(flat.contains(expected), qPrintable(expected));
        // Versions inside Korean sentences keep their digits.
        QVERIFY(text.contains(plan.clusterVersion.toString()));
    }

    void paperSizes()
    {
        const ReportSource source = planSource(QStringLiteral("default"));
        ReportOptions options = utc();
        options.paper = QPageSize::Letter;
        QVERIFY(ReportTest::pdfInfo(write(source, options, QStringLiteral("letter.pdf")))
                    .contains(QLatin1String("612 x 792 pts")));
        options.paper = QPageSize::A4;
        QVERIFY(ReportTest::pdfInfo(write(source, options, QStringLiteral("a4.pdf")))
                    .contains(QLatin1String("595 x 842 pts (A4)")));
    }

    void runReportFromJournal()
    {
        const UpgradePlan plan = planFor(snapshotFor(QStringLiteral("default")));
        const QList<RunEvent> events = runEvents();
        const QString journal = m_dir.filePath(QStringLiteral("run.jsonl"));
        QVERIFY(ReportTest::writeJournal(
            journal, ReportTest::journalHeader(PlanJson::toJson(plan), plan.clusterName), events));
        const Result<ReportSource> source = ReportSource::fromJournal(journal);
        QVERIFY2(source.ok(), qPrintable(source.errorText()));
        QCOMPARE(source->events.size(), events.size());
        const QString text = ReportTest::pdfText(write(source.value(), utc(), QStringLiteral("run.pdf")));
        QVERIFY(text.contains(QLatin1String("Kubernetes upgrade report")));
        QVERIFY(text.contains(QLatin1String("alice@bastion-1")));
        QVERIFY(text.contains(QLatin1String("https://127.0.0.1:6443")));
        QVERIFY(text.contains(QLatin1String("Execution")));
        QVERIFY(text.contains(QLatin1String("Timeline")));
        QVERIFY(text.contains(QLatin1String("Appendix: event log")));
        // Every phase start and end, in the report's time zone (UTC here).
        for (const RunEvent &e : events) {
            if (e.type == RunEvent::Type::PhaseStarted || e.type == RunEvent::Type::PhaseFinished)
                QVERIFY2(text.contains(e.time.toUTC().toString(QStringLiteral("HH:mm:ss"))),
                         qPrintable(e.node));
            if (!e.node.isEmpty())
                QVERIFY2(text.contains(e.node), qPrintable(e.node));
        }
        // The override: what, on which node, by whom.
        QVERIFY(text.contains(QLatin1String("override-pdb")));
        QVERIFY(text.contains(QLatin1String("Delete the pod despite its disruption budget")));
        QVERIFY(text.contains(QLatin1String("billing/invoice-api")));
        // Versions before and after: the target for nodes that finished.
        QVERIFY(text.contains(plan.target.toString()));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
