// Go's time.ParseDuration as Slipway reads kubectl's --timeout, --soak and --stuck-after: whole
// seconds rounded up, and Go's own error text on failure.
#include "models/goduration.h"

#include <QTest>

using namespace Slipway;

class TestGoDuration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::addRow("zero without a unit") << QStringLiteral("0") << qint64(0);
        QTest::addRow("seconds") << QStringLiteral("90s") << qint64(90);
        QTest::addRow("minutes") << QStringLiteral("5m") << qint64(300);
        QTest::addRow("hours and minutes") << QStringLiteral("1h30m") << qint64(5400);
        QTest::addRow("a fraction rounds up") << QStringLiteral("1.5s") << qint64(2);
        QTest::addRow("milliseconds round up") << QStringLiteral("500ms") << qint64(1);
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const Result<qint64> parsed = parseGoDuration(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
        QCOMPARE(parsed.value(), seconds);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::addRow("a number without a unit")
            << QStringLiteral("5") << QStringLiteral("time: missing unit in duration \"5\"");
        QTest::addRow("not a number")
            << QStringLiteral("soon") << QStringLiteral("time: invalid duration \"soon\"");
        QTest::addRow("empty") << QString() << QStringLiteral("time: invalid duration \"\"");
    }
    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const Result<qint64> parsed = parseGoDuration(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.errorText(), error);
    }
};

QTEST_GUILESS_MAIN(TestGoDuration)
#include "tst_goduration.moc"
