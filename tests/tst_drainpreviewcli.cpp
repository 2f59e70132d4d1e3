// `slipway drain --preview` run as a user runs it: against the practice cluster's API server over
// HTTPS (what serve-demo serves), the preview as text, exit 0, and nothing changed on the cluster.
#include "practiceapifixture.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Slipway;

class TestDrainPreviewCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // Runs slipway while this process's event loop keeps serving the practice API.
    static Run slipway(const QStringList &arguments)
    {
        QProcess p;
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(SLIPWAY_EXECUTABLE), arguments);
        if (!finished.wait(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    PracticeApiFixture m_practice;

    QStringList drain(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("drain"), QStringLiteral("--kubeconfig"),
                           m_practice.servedKubeconfig} +
               arguments;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_practice.start(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_practice.stop(); }

    void previewPrintsTheTableAndChangesNothing()
    {
        const ClusterSnapshot before = m_practice.sim->snapshot();
        const Run run = slipway(drain({QStringLiteral("--preview"), QStringLiteral("worker-3"),
                                       QStringLiteral("--ignore-daemonsets"), QStringLiteral("--force")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.out.startsWith(QLatin1String("Drain preview for node worker-3 (nothing is changed)\nPOD ")),
            qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(QRegularExpression(QStringLiteral(
            "\\nbilling/invoice-api-\\S+ +Deployment billing/invoice-api +blocked +PodDisruptionBudget "
            "billing/invoice-api \\(minAvailable 1: 1 healthy, 1 desired, 0 disruptions allowed\\)"))));
        QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("\\ndefault/debug-shell +- +downtime "))));
        QVERIFY(run.out.contains(
            QLatin1String("\nerror: cannot delete Pods with local storage (use "
                          "--delete-emptydir-data to override): kube-system/metrics-server-")));
        QVERIFY(!run.out.contains(QLatin1String("cordoned")));
        // Nothing was cordoned, evicted or deleted.
        const ClusterSnapshot after = m_practice.sim->snapshot();
        QVERIFY(!after.findNode(QStringLiteral("worker-3"))->unschedulable);
        QCOMPARE(after.podsOnNode(QStringLiteral("worker-3")).size(),
                 before.podsOnNode(QStringLiteral("worker-3")).size());
        QCOMPARE(after.pods.size(), before.pods.size());
    }

    void previewOfSeveralNodesListsWhatStopsThem()
    {
        const Run run = slipway(drain({QStringLiteral("--preview"), QStringLiteral("worker-2"),
                                       QStringLiteral("worker-3"), QStringLiteral("--ignore-daemonsets")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("Drain preview for node worker-2")));
        QVERIFY(run.out.contains(QLatin1String("\nDrain preview for node worker-3")));
        QVERIFY2(run.out.contains(QLatin1String("\nWhat stops the run:\nNODE ")), qPrintable(run.out));
        QVERIFY(run.out.contains(
            QRegularExpression(QStringLiteral("\\nworker-3 +default/debug-shell +.*--force\\n"))));
    }

    void unknownNodeAndBadSelectorAreErrors()
    {
        Run run = slipway(drain({QStringLiteral("--preview"), QStringLiteral("nope")}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("nodes \"nope\" not found")), qPrintable(run.err));
        run = slipway(drain({QStringLiteral("--preview"), QStringLiteral("worker-1"),
                             QStringLiteral("--pod-selector=app in (x")}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(
            run.err.contains(QLatin1String("--pod-selector=<pod_selector> must be a valid label selector")));
    }
};

QTEST_GUILESS_MAIN(TestDrainPreviewCli)
#include "tst_drainpreviewcli.moc"
