#include "models/quantity.h"

#include <QTest>

using namespace Slipway;

// Kubernetes resource quantities (apimachinery resource.Quantity) in canonical units.
class TestQuantity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseCpuMilli_data();
    void parseCpuMilli();
    void parseBytes_data();
    void parseBytes();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void formatCpuMilli_data();
    void formatCpuMilli();
    void formatBytes_data();
    void formatBytes();
    void formatThenParseIsIdentity_data();
    void formatThenParseIsIdentity();
};

void TestQuantity::parseCpuMilli_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("milli");
    QTest::addRow("millicores") << QStringLiteral("100m") << qint64(100);
    QTest::addRow("half a core") << QStringLiteral("0.5") << qint64(500);
    QTest::addRow("whole cores") << QStringLiteral("2") << qint64(2000);
    QTest::addRow("leading dot") << QStringLiteral(".25") << qint64(250);
    QTest::addRow("trailing dot") << QStringLiteral("3.") << qint64(3000);
    QTest::addRow("explicit plus sign") << QStringLiteral("+1") << qint64(1000);
    QTest::addRow("decimal exponent") << QStringLiteral("1e3") << qint64(1000000);
    QTest::addRow("negative exponent") << QStringLiteral("25e-2") << qint64(250);
    QTest::addRow("kilo suffix") << QStringLiteral("2k") << qint64(2000000);
    QTest::addRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::addRow("zero millicores") << QStringLiteral("0m") << qint64(0);
    // Quantity.MilliValue() rounds up: a non-zero request never becomes 0.
    QTest::addRow("sub-millicore rounds up") << QStringLiteral("0.0001") << qint64(1);
    QTest::addRow("micro cores round up") << QStringLiteral("1500u") << qint64(2);
    QTest::addRow("nano cores round up") << QStringLiteral("250000000n") << qint64(250);
    QTest::addRow("more than 30 significant digits")
        << QStringLiteral("0.1000000000000000000000000000000001") << qint64(101);
}

void TestQuantity::parseCpuMilli()
{
    QFETCH(QString, text);
    QFETCH(qint64, milli);
    const auto parsed = Slipway::parseCpuMilli(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, milli);
}

void TestQuantity::parseBytes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");
    QTest::addRow("plain bytes") << QStringLiteral("4096") << qint64(4096);
    QTest::addRow("kibibytes") << QStringLiteral("16370636Ki") << qint64(16370636) * 1024;
    QTest::addRow("mebibytes") << QStringLiteral("128Mi") << qint64(134217728);
    QTest::addRow("gibibytes") << QStringLiteral("1Gi") << qint64(1073741824);
    QTest::addRow("fractional gibibytes") << QStringLiteral("1.5Gi") << qint64(1610612736);
    QTest::addRow("tebibytes") << QStringLiteral("2Ti") << qint64(2) * 1024 * 1024 * 1024 * 1024;
    QTest::addRow("exbibytes near the limit") << QStringLiteral("7Ei") << (qint64(7) << 60);
    QTest::addRow("decimal gigabytes") << QStringLiteral("1G") << qint64(1000000000);
    QTest::addRow("decimal kilobytes") << QStringLiteral("500k") << qint64(500000);
    QTest::addRow("decimal megabytes") << QStringLiteral("70M") << qint64(70000000);
    QTest::addRow("exa with capital E") << QStringLiteral("1E") << qint64(1000000000000000000);
    QTest::addRow("exponent") << QStringLiteral("1e3") << qint64(1000);
    QTest::addRow("capital exponent") << QStringLiteral("12E6") << qint64(12000000);
    QTest::addRow("ephemeral storage in bytes") << QStringLiteral("93478772582") << qint64(93478772582);
    QTest::addRow("milli bytes round up") << QStringLiteral("1500m") << qint64(2);
}

void TestQuantity::parseBytes()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    const auto parsed = Slipway::parseBytes(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, bytes);
}

void TestQuantity::rejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("suffix only") << QStringLiteral("Mi");
    QTest::addRow("negative") << QStringLiteral("-1");
    QTest::addRow("two dots") << QStringLiteral("1.2.3");
    QTest::addRow("lower-case kibi") << QStringLiteral("1ki");
    QTest::addRow("upper-case kilo") << QStringLiteral("1K");
    QTest::addRow("unknown suffix") << QStringLiteral("5GB");
    QTest::addRow("trailing space") << QStringLiteral("1Gi ");
    QTest::addRow("leading space") << QStringLiteral(" 1");
    QTest::addRow("exponent without digits") << QStringLiteral("1e");
    QTest::addRow("words") << QStringLiteral("lots");
    QTest::addRow("overflows qint64") << QStringLiteral("8Ei");
    QTest::addRow("huge exponent") << QStringLiteral("1e400");
    // Found by fuzzing: above 2^63 after a binary suffix, then scaled to millicores (was UB).
    QTest::addRow("20 digits of exbibytes") << QStringLiteral("92233720368547758079Ei");
    QTest::addRow("29 digits of gibibytes") << QStringLiteral("20000000000000000000600200000Gi");
}

void TestQuantity::rejectsMalformed()
{
    QFETCH(QString, text);
    QCOMPARE(Slipway::parseBytes(text), std::nullopt);
    QCOMPARE(Slipway::parseCpuMilli(text), std::nullopt);
}

void TestQuantity::formatCpuMilli_data()
{
    QTest::addColumn<qint64>("milli");
    QTest::addColumn<QString>("text");
    QTest::addRow("zero") << qint64(0) << QStringLiteral("0");
    QTest::addRow("whole cores drop the suffix") << qint64(4000) << QStringLiteral("4");
    QTest::addRow("fraction of a core") << qint64(250) << QStringLiteral("250m");
    QTest::addRow("more than a core") << qint64(1500) << QStringLiteral("1500m");
}

void TestQuantity::formatCpuMilli()
{
    QFETCH(qint64, milli);
    QFETCH(QString, text);
    QCOMPARE(Slipway::formatCpuMilli(milli), text);
}

void TestQuantity::formatBytes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addRow("zero") << qint64(0) << QStringLiteral("0");
    QTest::addRow("exact gibibytes") << qint64(16) * 1024 * 1024 * 1024 << QStringLiteral("16Gi");
    QTest::addRow("exact mebibytes") << qint64(128) * 1024 * 1024 << QStringLiteral("128Mi");
    QTest::addRow("kubelet-style kibibytes") << qint64(16370636) * 1024 << QStringLiteral("16370636Ki");
    QTest::addRow("decimal gigabyte") << qint64(1000000000) << QStringLiteral("1G");
    QTest::addRow("odd byte count") << qint64(1234567) << QStringLiteral("1234567");
    QTest::addRow("negative") << qint64(-2048) << QStringLiteral("-2Ki");
}

void TestQuantity::formatBytes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(Slipway::formatBytes(bytes), text);
}

void TestQuantity::formatThenParseIsIdentity_data()
{
    QTest::addColumn<qint64>("value");
    for (qint64 v :
         {qint64(0), qint64(1), qint64(999), qint64(1000), qint64(1024), qint64(1536), qint64(70000000),
          qint64(3) << 40, qint64(4013036) * 1024, std::numeric_limits<qint64>::max()})
        QTest::addRow("%lld", static_cast<long long>(v)) << v;
}

void TestQuantity::formatThenParseIsIdentity()
{
    QFETCH(qint64, value);
    QCOMPARE(Slipway::parseBytes(Slipway::formatBytes(value)), value);
    QCOMPARE(Slipway::parseCpuMilli(Slipway::formatCpuMilli(value)), value);
}

QTEST_GUILESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
