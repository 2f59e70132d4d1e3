// `slipway plan` run as a user runs it: inputs, formats, exit codes, and golden JSON output.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestPlanCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    static Run plan(const QStringList &arguments,
                    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SLIPWAY_EXECUTABLE), QStringList{QStringLiteral("plan")} + arguments);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }

    static QString dump(const char *name)
    {
        return QStringLiteral(SLIPWAY_TEST_DATA_DIR "/dumps/") + QString::fromLatin1(name);
    }

private Q_SLOTS:
    void goldenJson_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("today");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("default scenario, v1.34 past end of life")
            << QStringLiteral("default") << QStringLiteral("2026-11-26") << 2;
        QTest::addRow("cka-lecture in the course's time")
            << QStringLiteral("cka-lecture") << QStringLiteral("2018-10-20") << 0;
    }

    void goldenJson()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, today);
        QFETCH(int, exitCode);
        const Run r = plan({QStringLiteral("--demo"), scenario, QStringLiteral("--today"), today,
                            QStringLiteral("--output"), QStringLiteral("json")});
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(r.exitCode, exitCode);
        const QString goldenPath = QStringLiteral(SLIPWAY_TEST_DATA_DIR "/golden/plan-%1.json").arg(scenario);
        if (qEnvironmentVariableIsSet("SLIPWAY_UPDATE_GOLDEN")) {
            QFile f(goldenPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(r.out);
            QSKIP("golden file rewritten; review the diff before committing");
        }
        QFile f(goldenPath);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(goldenPath));
        const QJsonDocument expected = QJsonDocument::fromJson(f.readAll());
        const QJsonDocument actual = QJsonDocument::fromJson(r.out);
        QVERIFY(actual.isObject());
        if (actual != expected) {
            // Show the first differing top-level key to make failures readable.
            const QJsonObject a = actual.object(), e = expected.object();
            for (const QString &key : e.keys())
                QVERIFY2(
                    a.value(key) == e.value(key),
                    qPrintable(
                        QStringLiteral("\"%1\" differs; run with SLIPWAY_UPDATE_GOLDEN=1 to see").arg(key)));
            QFAIL("output has keys the golden file lacks");
        }
    }

    void defaultPlanShowsTheSkewProblemWithAFix()
    {
        const Run r = plan({QStringLiteral("--demo"), QStringLiteral("--today"), QStringLiteral("2026-11-26"),
                            QStringLiteral("--output"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 2);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QStringLiteral("path")).toArray(),
                 (QJsonArray{QStringLiteral("v1.34.11"), QStringLiteral("v1.35.8")}));
        bool found = false;
        for (const QJsonValue &v : json.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("node")).toString() == QLatin1String("worker-6") &&
                f.value(QStringLiteral("severity")) == QLatin1String("error")) {
                found = true;
                QVERIFY(f.value(QStringLiteral("fix")).toString().contains(QStringLiteral("worker-6")));
                QVERIFY(f.value(QStringLiteral("fix")).toString().contains(QStringLiteral("v1.32")));
            }
        }
        QVERIFY2(found, "worker-6's v1.31 kubelet must be an error with a fix");
    }

    void textReadsLikeKubeadmUpgradePlan()
    {
        // In January 2019, when 1.13 was out: the course's path 1.11 → 1.12 → 1.13.
        const Run r =
            plan({QStringLiteral("--demo"), QStringLiteral("cka-lecture"), QStringLiteral("--today"),
                  QStringLiteral("2019-01-15"), QStringLiteral("--target"), QStringLiteral("1.13")});
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("[upgrade/versions] Cluster version: ")),
                 qPrintable(out.left(300)));
        QVERIFY(out.contains(QStringLiteral("COMPONENT")));
        QVERIFY(out.contains(QStringLiteral("kubeadm upgrade apply v1.12.")));
        QVERIFY(out.contains(QStringLiteral("kubeadm upgrade apply v1.13.")));
        QVERIFY(out.indexOf(QStringLiteral("v1.12.")) <
                out.indexOf(QStringLiteral("kubeadm upgrade apply v1.13.")));
    }

    void fromDump()
    {
        const Run r =
            plan({QStringLiteral("--from-dump"), dump("kubeadm-mid-upgrade.json"), QStringLiteral("--today"),
                  QStringLiteral("2026-11-26"), QStringLiteral("--output"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 2, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QVERIFY(!json.value(QStringLiteral("nodes")).toArray().isEmpty());
        QVERIFY(!json.value(QStringLiteral("cluster"))
                     .toObject()
                     .value(QStringLiteral("apiServers"))
                     .toArray()
                     .isEmpty());
        // A managed control plane has no apiserver pods: the version comes from `kubectl version -o json`.
        const Run eks =
            plan({QStringLiteral("--from-dump"), dump("eks-1.29.json"), QStringLiteral("--from-dump"),
                  dump("eks-1.29-version.json"), QStringLiteral("--today"), QStringLiteral("2026-11-26")});
        QVERIFY2(eks.exitCode == 0 || eks.exitCode == 2, qPrintable(eks.err));
        QVERIFY2(QString::fromUtf8(eks.out).contains(QStringLiteral("Cluster version: 1.29")),
                 eks.out.constData());
        // Without it, the plan says plainly that it cannot know.
        const Run blind = plan({QStringLiteral("--from-dump"), dump("eks-1.29.json"),
                                QStringLiteral("--today"), QStringLiteral("2026-11-26")});
        QCOMPARE(blind.exitCode, 2);
        QVERIFY(blind.err.contains(QStringLiteral("kubectl version -o json")));
        QVERIFY(QString::fromUtf8(blind.out).contains(QStringLiteral("cluster-version-unknown")));
    }

    void unusableInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("no source and no kubeconfig")
            << QStringList{QStringLiteral("--kubeconfig"), QStringLiteral("/nonexistent/kubeconfig")}
            << QStringLiteral("/nonexistent/kubeconfig");
        QTest::addRow("invalid JSON names the file and position")
            << QStringList{QStringLiteral("--from-dump"), dump("invalid-json.json")}
            << QStringLiteral("invalid-json.json");
        QTest::addRow("a list without nodes")
            << QStringList{QStringLiteral("--from-dump"), dump("no-nodes.json")}
            << QStringLiteral("no-nodes.json");
        QTest::addRow("missing file")
            << QStringList{QStringLiteral("--from-dump"), QStringLiteral("/nonexistent.json")}
            << QStringLiteral("/nonexistent.json");
        QTest::addRow("bad output format")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--output"), QStringLiteral("yaml")}
            << QStringLiteral("--output must be text or json");
        QTest::addRow("bad date") << QStringList{QStringLiteral("--demo"), QStringLiteral("--today"),
                                                 QStringLiteral("yesterday")}
                                  << QStringLiteral("--today must be a date");
        QTest::addRow("unknown scenario") << QStringList{QStringLiteral("--demo"), QStringLiteral("nope")}
                                          << QStringLiteral("no bundled practice scenario named \"nope\"");
        QTest::addRow("two sources") << QStringList{QStringLiteral("--demo"), QStringLiteral("--from-dump"),
                                                    dump("eks-1.29.json")}
                                     << QStringLiteral("only one cluster source");
    }

    void unusableInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run r = plan(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void noSourceFallsBackToTheKubeconfigLikeKubectl()
    {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("KUBECONFIG"));
        env.insert(QStringLiteral("HOME"), home.path());
        const Run r = plan({}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral(".kube/config")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("--demo")));
    }

    void liveClusterThroughItsKubeconfig()
    {
        // The practice cluster served over HTTPS, read through the live client like any cluster.
        QTemporaryDir dir;
        QProcess server;
        server.setProcessChannelMode(QProcess::MergedChannels);
        server.start(QStringLiteral(SLIPWAY_EXECUTABLE),
                     {QStringLiteral("serve-demo"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                      QStringLiteral("--kubeconfig-out"), dir.filePath(QStringLiteral("kubeconfig")),
                      QStringLiteral("--state-dir"), dir.filePath(QStringLiteral("state"))});
        QVERIFY(server.waitForStarted());
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT((banner += server.readAll()).contains("Press Ctrl+C"), 20000);
        const QString kubeconfig = dir.filePath(QStringLiteral("kubeconfig"));
        const Run live =
            plan({QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("--today"),
                  QStringLiteral("2026-11-26"), QStringLiteral("--output"), QStringLiteral("json")});
        const Run demo =
            plan({QStringLiteral("--demo"), QStringLiteral("--today"), QStringLiteral("2026-11-26"),
                  QStringLiteral("--output"), QStringLiteral("json")});
        // A dump written by the real kubectl from the same server plans the same way.
        Run fromKubectl;
        const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (!kubectl.isEmpty()) {
            QProcess get;
            get.setStandardOutputFile(dir.filePath(QStringLiteral("dump.json")));
            get.start(
                kubectl,
                {QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("get"),
                 QStringLiteral(
                     "nodes,pods,deployments,replicasets,statefulsets,daemonsets,jobs,poddisruptionbudgets"),
                 QStringLiteral("-A"), QStringLiteral("-o"), QStringLiteral("json")});
            QVERIFY(get.waitForFinished(60000));
            QCOMPARE(get.exitCode(), 0);
            fromKubectl = plan({QStringLiteral("--from-dump"), dir.filePath(QStringLiteral("dump.json")),
                                QStringLiteral("--today"), QStringLiteral("2026-11-26"),
                                QStringLiteral("--output"), QStringLiteral("json")});
        }
        server.terminate();
        server.waitForFinished(10000);
        QCOMPARE(live.exitCode, 2);
        if (!kubectl.isEmpty()) {
            QCOMPARE(fromKubectl.exitCode, 2);
            const QJsonObject c = QJsonDocument::fromJson(fromKubectl.out).object();
            for (const char *key : {"path", "target", "components", "steps", "nodes"})
                QVERIFY2(c.value(QLatin1String(key)) ==
                             QJsonDocument::fromJson(demo.out).object().value(QLatin1String(key)),
                         key);
        }
        const QJsonObject a = QJsonDocument::fromJson(live.out).object();
        const QJsonObject b = QJsonDocument::fromJson(demo.out).object();
        // The same cluster, read two ways, gives the same plan.
        for (const char *key : {"path", "target", "components", "steps", "nodes"})
            QVERIFY2(a.value(QLatin1String(key)) == b.value(QLatin1String(key)), key);
        // The other context authenticates with the client certificate.
        const Run cert = plan({QStringLiteral("--kubeconfig"), kubeconfig, QStringLiteral("--context"),
                               QStringLiteral("slipway-practice-cert"), QStringLiteral("--today"),
                               QStringLiteral("2026-11-26")});
        QVERIFY2(cert.exitCode == 1 || cert.exitCode == 2,
                 qPrintable(cert.err)); // server already stopped: 1 is fine
    }

    void unreachableClusterIsAPlainSentence()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("kubeconfig")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: v1\nkind: Config\ncurrent-context: c\nclusters:\n- name: k\n  cluster:\n    "
                "server: https://127.0.0.1:1\n"
                "contexts:\n- name: c\n  context: {cluster: k, user: u}\nusers:\n- name: u\n  user: {token: "
                "s3cr3t-t0ken}\n");
        f.close();
        const Run r = plan({QStringLiteral("--kubeconfig"), f.fileName()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("127.0.0.1:1")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("s3cr3t-t0ken")));
    }

    void downgradeIsRefused()
    {
        const Run r = plan({QStringLiteral("--demo"), QStringLiteral("--target"), QStringLiteral("v1.33.5"),
                            QStringLiteral("--today"), QStringLiteral("2026-11-26"),
                            QStringLiteral("--output"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 2);
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QVERIFY(json.value(QStringLiteral("path")).toArray().isEmpty());
        QVERIFY(QString::fromUtf8(r.out).contains(QStringLiteral("downgrade")));
    }
};

QTEST_GUILESS_MAIN(TestPlanCli)
#include "tst_plancli.moc"
