// Which kubeconfig files are read, per client-go's loader rules (FACTS §8.2).
#include "kube/kubeconfigpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;

class TestKubeconfigPaths : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString touch(const QString &relative)
    {
        const QString path = m_dir.filePath(relative);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        return QFileInfo(path).absoluteFilePath();
    }

private Q_SLOTS:
    void explicitFileWinsAndIsNotMerged()
    {
        const QString a = touch(QStringLiteral("a.yaml"));
        const QString b = touch(QStringLiteral("b.yaml"));
        const auto paths = KubeconfigPaths::resolve(a, b, m_dir.path());
        QCOMPARE(paths.files, QStringList{a});
        QVERIFY(paths.explicitFile);
        QVERIFY(paths.error.isEmpty());
    }

    void explicitMissingFileIsAnError()
    {
        const auto paths =
            KubeconfigPaths::resolve(m_dir.filePath(QStringLiteral("nope.yaml")), QString(), m_dir.path());
        QVERIFY(paths.files.isEmpty());
        QVERIFY(paths.error.contains(QStringLiteral("nope.yaml")));
        QVERIFY(paths.error.contains(QStringLiteral("--kubeconfig")));
    }

    void kubeconfigListIsSplitDedupedAndSkipsMissing()
    {
        const QString a = touch(QStringLiteral("one/config"));
        const QString b = touch(QStringLiteral("two/config"));
        const QString missing = m_dir.filePath(QStringLiteral("three/config"));
        const QString env = a + QStringLiteral("::") + missing + QLatin1Char(':') + b + QLatin1Char(':') + a;
        const auto paths = KubeconfigPaths::resolve(QString(), env, m_dir.path());
        QCOMPARE(paths.files, (QStringList{a, b}));
        QCOMPARE(paths.missing, QStringList{missing});
        QVERIFY(paths.error.isEmpty());
    }

    void allMissingIsReported()
    {
        const auto paths =
            KubeconfigPaths::resolve(QString(), m_dir.filePath(QStringLiteral("x")), m_dir.path());
        QVERIFY(paths.files.isEmpty());
        QVERIFY(paths.error.contains(QStringLiteral("KUBECONFIG")));
    }

    void fallsBackToHomeKubeConfig()
    {
        QTemporaryDir home;
        auto paths = KubeconfigPaths::resolve(QString(), QString(), home.path());
        QVERIFY(paths.files.isEmpty());
        QVERIFY(paths.error.contains(QStringLiteral(".kube/config")));
        QDir(home.path()).mkpath(QStringLiteral(".kube"));
        QFile f(home.filePath(QStringLiteral(".kube/config")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        paths = KubeconfigPaths::resolve(QString(), QString(), home.path());
        QCOMPARE(paths.files, QStringList{home.filePath(QStringLiteral(".kube/config"))});
    }
};

QTEST_GUILESS_MAIN(TestKubeconfigPaths)
#include "tst_kubeconfigpaths.moc"
