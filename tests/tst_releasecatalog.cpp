// The bundled release catalog: FACTS §2 dates, §3.6 etcd/CoreDNS, and the support rules.
#include "models/releasecatalog.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

const ReleaseCatalog &catalog()
{
    return ReleaseCatalog::bundled();
}

} // namespace

class TestReleaseCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundledResource();
    void generatedFileMatchesScript();
    void latestPatch_data();
    void latestPatch();
    void latestPatchAsOf();
    void minorDates_data();
    void minorDates();
    void isEndOfLife_data();
    void isEndOfLife();
    void isInMaintenance_data();
    void isInMaintenance();
    void isSupported_data();
    void isSupported();
    void kubeadmAddons_data();
    void kubeadmAddons();
    void knownReleases();
    void loadErrors_data();
    void loadErrors();
};

void TestReleaseCatalog::bundledResource()
{
    QVERIFY(QFile::exists(QStringLiteral(":/slipway/catalog/releases.json")));
    QVERIFY(!catalog().isEmpty());
    QCOMPARE(catalog().catalogDate(), d("2026-08-20"));
    QCOMPARE(catalog().minors().constFirst(), 0);
    QCOMPARE(catalog().newestMinor(), 36);
    QCOMPARE(catalog().minors().size(), 37); // 1.0 … 1.36

    // The file loader reads the same data.
    const Result<ReleaseCatalog> fromFile =
        ReleaseCatalog::fromFile(QStringLiteral(SLIPWAY_SOURCE_DIR "/resources/catalog/releases.json"));
    QVERIFY2(fromFile.ok(), qPrintable(fromFile.errorText()));
    QVERIFY(!fromFile->isEmpty());
    QCOMPARE(fromFile->minors(), catalog().minors());
    QCOMPARE(fromFile->latestPatch(35), catalog().latestPatch(35));
}

void TestReleaseCatalog::generatedFileMatchesScript()
{
    // The committed JSON must be what the committed script makes from ../shared.
    const QString source = QStringLiteral(SLIPWAY_SOURCE_DIR);
    const QString data = source + QStringLiteral("/../shared/kubernetes/data");
    if (!QDir(data).exists())
        QSKIP("../shared/kubernetes/data is not available here");
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("releases.json"));
    QProcess p;
    p.start(python,
            {source + QStringLiteral("/scripts/gen-release-catalog.py"), data, QStringLiteral("-o"), out});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QFile generated(out);
    QFile committed(source + QStringLiteral("/resources/catalog/releases.json"));
    QVERIFY(generated.open(QIODevice::ReadOnly));
    QVERIFY(committed.open(QIODevice::ReadOnly));
    QVERIFY2(generated.readAll() == committed.readAll(),
             "resources/catalog/releases.json is stale: run scripts/gen-release-catalog.py");
}

void TestReleaseCatalog::latestPatch_data()
{
    QTest::addColumn<int>("minor");
    QTest::addColumn<QString>("expected");
    QTest::addRow("1.36 newest minor") << 36 << "v1.36.4";
    QTest::addRow("1.35") << 35 << "v1.35.8";
    QTest::addRow("1.34") << 34 << "v1.34.11";
    QTest::addRow("1.33 final patch") << 33 << "v1.33.13";
    QTest::addRow("1.29: git tags go past eol.yaml's 1.29.14") << 29 << "v1.29.15";
    QTest::addRow("1.13 course path end") << 13 << "v1.13.12";
    QTest::addRow("1.12") << 12 << "v1.12.10";
    QTest::addRow("1.11") << 11 << "v1.11.10";
    QTest::addRow("1.0") << 0 << "v1.0.7";
    QTest::addRow("1.37 is not in the catalog") << 37 << "";
}

void TestReleaseCatalog::latestPatch()
{
    QFETCH(int, minor);
    QFETCH(QString, expected);
    const Version v = catalog().latestPatch(minor);
    QCOMPARE(v.isValid() ? v.toString() : QString(), expected);
}

void TestReleaseCatalog::latestPatchAsOf()
{
    QCOMPARE(catalog().latestPatch(35, d("2026-03-01")).toString(), QStringLiteral("v1.35.2"));
    QCOMPARE(catalog().latestPatch(35, d("2026-02-26")).toString(), QStringLiteral("v1.35.2"));
    QCOMPARE(catalog().latestPatch(35, d("2026-02-25")).toString(), QStringLiteral("v1.35.1"));
    QCOMPARE(catalog().latestPatch(11, d("2019-01-01")).toString(), QStringLiteral("v1.11.6"));
    QVERIFY(!catalog().latestPatch(36, d("2026-04-01")).isValid());
    QCOMPARE(catalog().newestMinorReleased(d("2026-04-21")), 35);
    QCOMPARE(catalog().newestMinorReleased(d("2026-04-22")), 36);
}

void TestReleaseCatalog::minorDates_data()
{
    QTest::addColumn<int>("minor");
    QTest::addColumn<QDate>("released");
    QTest::addColumn<QDate>("maintenance");
    QTest::addColumn<QDate>("eol");
    // FACTS §2 table
    QTest::addRow("1.0: no EOL in the website data") << 0 << d("2015-07-10") << QDate() << QDate();
    QTest::addRow("1.1 uses the website date, not the git tag") << 1 << d("2015-11-09") << QDate() << QDate();
    QTest::addRow("1.2") << 2 << d("2016-03-16") << QDate() << d("2016-10-23");
    QTest::addRow("1.18 (1.18.20 fixed a regression)") << 18 << d("2020-03-25") << QDate() << d("2021-06-18");
    QTest::addRow("1.22 first with maintenance mode, EOL later than planned")
        << 22 << d("2021-08-04") << d("2022-08-28") << d("2022-12-08");
    QTest::addRow("1.26 release date from schedule.yaml")
        << 26 << d("2022-12-09") << d("2023-12-28") << d("2024-02-28");
    QTest::addRow("1.27 actual EOL, not the planned 2024-06-28")
        << 27 << d("2023-04-11") << d("2024-04-28") << d("2024-07-16");
    QTest::addRow("1.32") << 32 << d("2024-12-11") << d("2025-12-28") << d("2026-02-28");
    QTest::addRow("1.33") << 33 << d("2025-04-23") << d("2026-04-28") << d("2026-06-28");
    QTest::addRow("1.34 maintenance on the 27th")
        << 34 << d("2025-08-27") << d("2026-08-27") << d("2026-10-27");
    QTest::addRow("1.36") << 36 << d("2026-04-22") << d("2027-04-28") << d("2027-06-28");
}

void TestReleaseCatalog::minorDates()
{
    QFETCH(int, minor);
    const MinorRelease info = catalog().info(minor);
    QVERIFY(info.isValid());
    QCOMPARE(info.minor, minor);
    QTEST(info.releaseDate, "released");
    QTEST(info.maintenanceStart, "maintenance");
    QTEST(info.endOfLife, "eol");
    QVERIFY(!info.patches.isEmpty());
    QCOMPARE(info.patches.constFirst().version, Version::fromParts(1, minor, 0));
    for (qsizetype i = 1; i < info.patches.size(); ++i)
        QVERIFY(info.patches.at(i - 1).version < info.patches.at(i).version);
}

void TestReleaseCatalog::isEndOfLife_data()
{
    QTest::addColumn<int>("minor");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("expected");
    QTest::addRow("1.32 on its EOL day is still supported") << 32 << d("2026-02-28") << false;
    QTest::addRow("1.32 the day after EOL") << 32 << d("2026-03-01") << true;
    QTest::addRow("1.33 planned EOL 2026-06-28") << 33 << d("2026-06-29") << true;
    QTest::addRow("1.27 the day before its late EOL") << 27 << d("2024-07-15") << false;
    QTest::addRow("1.27 after its late EOL") << 27 << d("2024-07-17") << true;
    QTest::addRow("1.36 in the snapshot") << 36 << d("2026-08-22") << false;
    QTest::addRow("1.0 while 1.2 is newest") << 0 << d("2016-03-20") << false;
    QTest::addRow("1.0 once 1.3 is out (three newer minors)") << 0 << d("2016-07-02") << true;
    QTest::addRow("unknown minor 1.40") << 40 << d("2030-01-01") << false;
}

void TestReleaseCatalog::isEndOfLife()
{
    QFETCH(int, minor);
    QFETCH(QDate, today);
    QTEST(catalog().isEndOfLife(minor, today), "expected");
}

void TestReleaseCatalog::isInMaintenance_data()
{
    QTest::addColumn<int>("minor");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("expected");
    QTest::addRow("1.34 the day before maintenance") << 34 << d("2026-08-26") << false;
    QTest::addRow("1.34 first maintenance day") << 34 << d("2026-08-27") << true;
    QTest::addRow("1.34 on its EOL day") << 34 << d("2026-10-27") << true;
    QTest::addRow("1.34 after EOL is no longer maintenance") << 34 << d("2026-10-28") << false;
    QTest::addRow("1.22 in maintenance") << 22 << d("2022-09-01") << true;
    QTest::addRow("1.21 had no maintenance mode") << 21 << d("2022-06-01") << false;
}

void TestReleaseCatalog::isInMaintenance()
{
    QFETCH(int, minor);
    QFETCH(QDate, today);
    QTEST(catalog().isInMaintenance(minor, today), "expected");
}

void TestReleaseCatalog::isSupported_data()
{
    QTest::addColumn<int>("minor");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("expected");
    QTest::addRow("1.36 at the snapshot") << 36 << d("2026-08-22") << true;
    QTest::addRow("1.34 in maintenance but one of the newest three") << 34 << d("2026-08-28") << true;
    QTest::addRow("1.33 before EOL but no longer one of the newest three") << 33 << d("2026-05-01") << false;
    QTest::addRow("1.33 while 1.36 is not yet released") << 33 << d("2026-04-01") << true;
    QTest::addRow("1.36 the day before its release") << 36 << d("2026-04-21") << false;
    QTest::addRow("1.32 after EOL") << 32 << d("2026-03-01") << false;
    QTest::addRow("1.11 in 2018") << 11 << d("2018-09-01") << true;
    QTest::addRow("1.37 unknown") << 37 << d("2026-08-22") << false;
}

void TestReleaseCatalog::isSupported()
{
    QFETCH(int, minor);
    QFETCH(QDate, today);
    QTEST(catalog().isSupported(minor, today), "expected");
}

void TestReleaseCatalog::kubeadmAddons_data()
{
    QTest::addColumn<int>("minor");
    QTest::addColumn<QString>("etcd");
    QTest::addColumn<QString>("coreDns");
    // FACTS §3.6
    QTest::addRow("1.36 (CoreDNS weakly sourced)") << 36 << "3.6.10-0"
                                                   << "v1.14.2";
    QTest::addRow("1.35") << 35 << "3.6.10-0"
                          << "v1.13.1";
    QTest::addRow("1.34 first on etcd 3.6") << 34 << "3.6.10-0"
                                            << "v1.12.1";
    QTest::addRow("1.33 last on etcd 3.5") << 33 << "3.5.24-0"
                                           << "v1.12.0";
    QTest::addRow("1.31") << 31 << "3.5.24-0"
                          << "v1.11.3";
    QTest::addRow("1.29") << 29 << "3.5.21-0"
                          << "v1.11.1";
    QTest::addRow("1.12") << 12 << "3.2.24"
                          << "v1.2.2";
    QTest::addRow("1.8 before CoreDNS") << 8 << "3.0.17"
                                        << "";
    QTest::addRow("1.5 before both") << 5 << ""
                                     << "";
}

void TestReleaseCatalog::kubeadmAddons()
{
    QFETCH(int, minor);
    const Version etcd = catalog().etcdFor(minor);
    const Version dns = catalog().coreDnsFor(minor);
    QTEST(etcd.isValid() ? etcd.raw() : QString(), "etcd");
    QTEST(dns.isValid() ? dns.raw() : QString(), "coreDns");
}

void TestReleaseCatalog::knownReleases()
{
    QVERIFY(catalog().isKnownRelease(Version::parse(QStringLiteral("v1.35.8"))));
    QVERIFY(!catalog().isKnownRelease(Version::parse(QStringLiteral("v1.35.9"))));
    QVERIFY(catalog().isKnownRelease(Version::parse(QStringLiteral("v1.29.3-eks-adc7111"))));
    QVERIFY(!catalog().isKnownRelease(Version::parse(QStringLiteral("v1.31.0-rc.1"))));
    QVERIFY(!catalog().isKnownRelease(Version::parse(QStringLiteral("v1.35"))));
    QCOMPARE(catalog().releaseDateOf(Version::parse(QStringLiteral("1.35.2"))), d("2026-02-26"));
}

void TestReleaseCatalog::loadErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");
    QTest::addRow("not JSON") << QByteArray("{nope") << "not a JSON object";
    QTest::addRow("wrong schema") << QByteArray(R"({"schema": 99, "minors": []})") << "schema 99";
    QTest::addRow("no minors") << QByteArray(R"({"schema": 1, "minors": []})") << "no minors";
    QTest::addRow("bad minor") << QByteArray(R"({"schema": 1, "minors": [{"minor": "one"}]})")
                               << "invalid minor";
    QTest::addRow("patch of another minor")
        << QByteArray(R"({"schema": 1, "minors": [{"minor": "1.35", "releaseDate": "2025-12-17",
                         "patches": [{"version": "1.34.1", "date": "2025-09-09"}]}]})")
        << "does not belong";
    QTest::addRow("no release date") << QByteArray(R"({"schema": 1, "minors": [{"minor": "1.35"}]})")
                                     << "no release date";
}

void TestReleaseCatalog::loadErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    const Result<ReleaseCatalog> c = ReleaseCatalog::fromJson(json, QStringLiteral("releases.json"));
    QVERIFY(!c.ok());
    QVERIFY(!c.hasValue());
    QVERIFY2(c.errorText().contains(errorPart), qPrintable(c.errorText()));
    QVERIFY2(c.errorText().startsWith(QStringLiteral("releases.json: ")), qPrintable(c.errorText()));

    const Result<ReleaseCatalog> missing =
        ReleaseCatalog::fromFile(QStringLiteral("/nonexistent/releases.json"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.errorText().contains(QStringLiteral("/nonexistent/releases.json")));
}

QTEST_GUILESS_MAIN(TestReleaseCatalog)
#include "tst_releasecatalog.moc"
