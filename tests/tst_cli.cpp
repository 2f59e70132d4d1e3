// The `slipway` binary run as a user runs it: exit codes, headless fallback, languages.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Headless: no display and no platform chosen, as on a fresh server.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SLIPWAY_EXECUTABLE), arguments);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("slipway ")));
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const QString &word : {QStringLiteral("--lang"), QStringLiteral("--scenario"),
                                    QStringLiteral("nodes"), QStringLiteral("--verbose")})
            QVERIFY2(r.out.contains(word), qPrintable(word));
    }

    void headlessFallbackPrintsTheClusterAndExplainsTheGui()
    {
        const Run r = run({});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Cluster: default")));
        QVERIFY(r.out.contains(QStringLiteral("worker-6")));
        QVERIFY(r.out.contains(QStringLiteral("v1.31.9")));
        QVERIFY(r.err.contains(QStringLiteral("xvfb-run -a")));
    }

    void nodesCommand()
    {
        const Run r =
            run({QStringLiteral("nodes"), QStringLiteral("--scenario"), QStringLiteral("cka-lecture")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        QVERIFY(lines.contains(QStringLiteral("API server: v1.11.3")));
        QVERIFY(r.out.contains(QStringLiteral("NAME     STATUS   ROLES    KUBELET")));
        QVERIFY(r.out.contains(QStringLiteral("master   Ready    master   v1.11.3")));
        QVERIFY(r.err.isEmpty());
    }

    void koreanOutput()
    {
        const Run r = run({QStringLiteral("nodes"), QStringLiteral("--lang"), QStringLiteral("ko")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("클러스터: default")), qPrintable(r.out.left(80)));
    }

    void errorsAreReportedWithExitCode1()
    {
        Run r = run({QStringLiteral("nodes"), QStringLiteral("--scenario-file"),
                     QStringLiteral(SLIPWAY_TEST_DATA_DIR "/scenarios/broken.yaml")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(
            r.err.contains(QStringLiteral(
                "broken.yaml:5:5: nodes[0].kubelte: unknown field \"kubelte\" (did you mean \"kubelet\"?)")),
            qPrintable(r.err));
        r = run({QStringLiteral("nodes"), QStringLiteral("--scenario"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no bundled practice scenario named \"nope\"")));
        r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("unknown command \"frobnicate\"")));
        r = run({QStringLiteral("--no-such-option")});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains(QStringLiteral("no-such-option")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
