// The wizard's run page beyond the happy path, driven offscreen on the practice cluster as an
// admin would: the user's gates (before each node, before each uncordon) confirmed through the
// page, a drain stuck on a PodDisruptionBudget with its diagnosis and the three escape hatches
// (each asks first and is recorded as an override), the presenter zoom inside the wizard, and
// every page in Korean. Screenshots go to <build>/screenshots/wizard-*.png.

#include "app/appclusterconnector.h"
#include "models/clustersession.h"
#include "models/items/runsteppermodel.h"
#include "sim/apiserver/practicecluster.h"
#include "sim/engine/simulator.h"
#include "ui/mainwindow.h"
#include "ui/timelinechart.h"
#include "ui/timelineclusterchart.h"
#include "ui/wizard/clusterpage.h"
#include "ui/wizard/nodeorderlist.h"
#include "ui/translations.h"
#include "ui/wizard/preflightpage.h"
#include "ui/wizard/runpage.h"
#include "ui/wizard/strategypage.h"
#include "ui/wizard/summarypage.h"
#include "ui/wizard/targetpage.h"
#include "ui/wizard/upgradewizard.h"
#include "wizardtestsupport.h"

#include <QAction>
#include <algorithm>
#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

using namespace Slipway;
using namespace Slipway::WizardTest;

// A helper's QVERIFY only leaves the helper: the test stops here too.
#define RETURN_IF_FAILED()                                                                                   \
    do {                                                                                                     \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

namespace {

// Answers the next message box the page opens with `button` and keeps its text.
struct MessageBoxAnswer
{
    QString text;
    bool answered = false;

    void arm(QMessageBox::StandardButton button)
    {
        answered = false;
        text.clear();
        QTimer::singleShot(0, qApp, [this, button] { poll(button, 200); });
    }

    void poll(QMessageBox::StandardButton button, int triesLeft)
    {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            answered = true;
            // Declining: Cancel, or No where the question has no Cancel.
            QAbstractButton *choice = box->button(button);
            if (!choice && button == QMessageBox::Cancel)
                choice = box->button(QMessageBox::No);
            if (!choice)
                choice = box->escapeButton();
            choice->click();
            return;
        }
        if (triesLeft > 0)
            QTimer::singleShot(20, qApp, [this, button, triesLeft] { poll(button, triesLeft - 1); });
    }
};

int countEvents(const RunPage *run, RunEvent::Type type, const QString &key, const QString &value)
{
    int n = 0;
    for (const RunEvent &e : run->events()) {
        if (e.type == type && e.data.value(key).toString() == value)
            ++n;
    }
    return n;
}

bool hasHangul(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
}

} // namespace

class TestWizardRun : public QObject
{
    Q_OBJECT

    AppClusterConnector m_connector{60.0};

    // Pre-flight of a maintenance run: the options the default scenario needs.
    static void coverPreflight(UpgradeWizard *w)
    {
        PreflightPage *preflight = w->preflightPage();
        QTRY_VERIFY_WITH_TIMEOUT(!preflight->isComputing(), 20000);
        preflight->forceBox()->setChecked(true);
        preflight->emptyDirBox()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(!preflight->isComputing(), 20000);
        if (preflight->blockerCount() > 0)
            tick(preflight->overrideList(), QStringLiteral("billing/invoice-api"));
        QTRY_VERIFY_WITH_TIMEOUT(!preflight->isComputing() && preflight->blockerCount() == 0, 20000);
    }

    // The user's gate `question` holds the run: nothing moves until it is confirmed.
    static void expectGate(RunPage *run, const QString &question)
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            run->isHeld() && run->findChild<QLabel *>(QStringLiteral("gateQuestion"))->text() == question,
            60000);
        QVERIFY(run->findChild<QLabel *>(QStringLiteral("gateQuestion"))->isVisible());
        QCOMPARE(run->statusLabel()->text(), QStringLiteral("Waiting for you."));
        QVERIFY(run->runAllButton()->isEnabled());
    }

    // The stuck diagnosis of `node` (a budget that never allows a disruption), selected, with the
    // escape hatches enabled; null when the node's drain finished without one.
    static QListWidgetItem *waitForStuckOrDrained(RunPage *run, const QString &node)
    {
        QListWidget *diagnosis = run->diagnosisList();
        const auto stuck = [&]() -> QListWidgetItem * {
            for (int i = 0; i < diagnosis->count(); ++i) {
                QListWidgetItem *item = diagnosis->item(i);
                if (item->data(Qt::UserRole + 1).toString() == node &&
                    item->text().startsWith(QStringLiteral("⚠ needs you")))
                    return item;
            }
            return nullptr;
        };
        const auto drained = [&] {
            return run->stepper()->state(node, RunPhase::Drain) == RunStepperModel::StepState::Done;
        };
        if (!QTest::qWaitFor([&] { return stuck() || drained() || run->isFinished(); }, 60000))
            return nullptr;
        QListWidgetItem *item = stuck();
        if (!item)
            return nullptr;
        diagnosis->setCurrentItem(item);
        return item;
    }

    // Pushes `button`, declines the question once (nothing recorded), then confirms it.
    static void declineThenConfirm(RunPage *run, QPushButton *button, const QString &kind,
                                   const QString &mentions)
    {
        MessageBoxAnswer answer;
        const int before = countEvents(run, RunEvent::Type::Override, QStringLiteral("kind"), kind);
        answer.arm(QMessageBox::Cancel);
        button->click();
        QVERIFY(answer.answered);
        QVERIFY2(answer.text.contains(mentions), qPrintable(answer.text));
        QTest::qWait(50);
        QCOMPARE(countEvents(run, RunEvent::Type::Override, QStringLiteral("kind"), kind), before);
        if (!run->diagnosisList()->currentItem())
            return; // the drain ended meanwhile
        answer.arm(QMessageBox::Yes);
        button->click();
        QVERIFY(answer.answered);
        QTRY_COMPARE_WITH_TIMEOUT(countEvents(run, RunEvent::Type::Override, QStringLiteral("kind"), kind),
                                  before + 1, 5000);
    }

    // A drain of `node` stuck on `item`: the first time Wait longer (the drain still waits) and
    // Delete this pod; afterwards Disable eviction for this node.
    static void useEscapeHatch(RunPage *run, const QString &node, QListWidgetItem *item, int stuckSoFar)
    {
        QVERIFY2(item->text().contains(QStringLiteral("retrying on PDB ")), qPrintable(item->text()));
        QCOMPARE(run->stepper()->state(node, RunPhase::Drain), RunStepperModel::StepState::Waiting);
        for (QPushButton *hatch :
             {run->deletePodButton(), run->waitLongerButton(), run->disableEvictionButton()})
            QVERIFY(hatch->isEnabled());
        const QString pod = item->data(Qt::UserRole + 2).toString();
        if (stuckSoFar == 0) {
            saveScreenshot(run->window(), QStringLiteral("5-run-stuck-drain"));
            declineThenConfirm(run, run->waitLongerButton(), QStringLiteral("wait-longer"), node);
            QCOMPARE(run->stepper()->state(node, RunPhase::Drain), RunStepperModel::StepState::Waiting);
            declineThenConfirm(run, run->deletePodButton(), QStringLiteral("delete-pod"), pod);
        } else {
            declineThenConfirm(run, run->disableEvictionButton(), QStringLiteral("disable-eviction"), node);
        }
    }

    // A maintenance run of `worker` from page 1 to the finished run page (Run all, no gates).
    static void maintainToTheEnd(UpgradeWizard *w, const QString &worker, const QString &prefix)
    {
        saveScreenshot(w, prefix + QStringLiteral("1-cluster"));
        next(w)->click();
        tickNode(w->targetPage()->nodeList(), worker);
        saveScreenshot(w, prefix + QStringLiteral("2-maintenance"));
        next(w)->click();
        coverPreflight(w);
        w->preflightPage()->previewTree()->expandAll();
        saveScreenshot(w, prefix + QStringLiteral("3-preflight"));
        next(w)->click();
        QTRY_VERIFY_WITH_TIMEOUT(w->currentPage()->isComplete(), 20000);
        saveScreenshot(w, prefix + QStringLiteral("4-strategy"));
        w->button(QWizard::CommitButton)->click();
        RunPage *run = w->runPage();
        QVERIFY2(run->isStarted(), qPrintable(run->logView()->toPlainText()));
        QTRY_VERIFY_WITH_TIMEOUT(run->isHeld(), 20000);
        run->runAllButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 120000);
        run->chart()->showWholeRun();
        run->chart()->flushUpdates();
        QTest::qWait(300); // the charts lay out again after the last update
        run->chart()->flushUpdates();
    }

    // The cluster panel of a run page shows its value labels whole, beside the plot area.
    static void verifyClusterLabels(RunPage *run)
    {
        QChartView *cluster = run->chart()->clusterView();
        QVERIFY(cluster->isVisible());
        const QStringList elided = elidedChartTexts(cluster->scene());
        QVERIFY2(elided.isEmpty(), qPrintable(elided.join(QStringLiteral(", "))));
        const auto *chart = static_cast<TimelineClusterChart *>(cluster->chart());
        QVERIFY2(chart->valueLabels().size() >= 4, qPrintable(chart->valueLabels().join(QLatin1Char(' '))));
        // Nothing drawn outside the panel: the labels have their room left and right of the plot.
        const QRectF plot = chart->plotArea();
        QVERIFY2(plot.left() >= chart->margins().left() + chart->leftLabelWidth() - 1,
                 qPrintable(QStringLiteral("plot starts at %1, labels need %2")
                                .arg(plot.left())
                                .arg(chart->leftLabelWidth())));
        QVERIFY(plot.right() <= chart->size().width() - chart->rightLabelWidth() + 1);
        // Both panels share the time axis: same plot span.
        const QRectF lanes = run->chart()->lanesView()->chart()->plotArea();
        QCOMPARE(qRound(lanes.left()), qRound(plot.left()));
        // … and the lane names have their column left of it.
        QVERIFY(lanes.left() >=
                QFontMetrics(run->chart()->font()).horizontalAdvance(QStringLiteral("worker-1")));
        QCOMPARE(qRound(lanes.right()), qRound(plot.right()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(installTranslations(qApp, QString()), QStringLiteral("en"));
        QCoreApplication::setOrganizationName(QStringLiteral("SlipwayTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wizardrun"));
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/runs"))
            .removeRecursively();
    }

    void gatesAndEscapeHatches()
    {
        MainWindow window(&m_connector);
        window.resize(1300, 900);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        Simulator *sim = window.session()->api()->findChild<PracticeCluster *>()->simulator();
        // Two replicas of invoice-api: its budget (minAvailable 1) lets the pre-flight pass.
        const QString billing = QStringLiteral("billing"), shop = QStringLiteral("shop");
        QVERIFY(sim->scaleWorkload(WorkloadKind::Deployment, billing, QStringLiteral("invoice-api"), 2).ok());
        const auto allowed = [sim](const QString &ns, const QString &name) {
            const auto pdb = sim->get(ResourceKind::PodDisruptionBudget, ns, name);
            return pdb ? pdb->pdb.disruptionsAllowed : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(allowed(billing, QStringLiteral("invoice-api")), 1, 30000);
        QSignalSpy shown(&window, &MainWindow::snapshotShown);
        window.refresh(); // budgets are read with the snapshot, not watched
        QVERIFY(shown.wait(15000));

        UpgradeWizard *w = window.openWizard(RunKind::Maintenance);
        next(w)->click();
        for (int i = 1; i <= 6; ++i)
            tickNode(w->targetPage()->nodeList(), QStringLiteral("worker-%1").arg(i));
        next(w)->click();
        PreflightPage *preflight = w->preflightPage();
        QTRY_VERIFY_WITH_TIMEOUT(!preflight->isComputing(), 20000);
        preflight->forceBox()->setChecked(true);
        preflight->emptyDirBox()->setChecked(true);
        (void)QTest::qWaitFor([&] { return !preflight->isComputing() && preflight->blockerCount() == 0; },
                              20000);
        QStringList blockers;
        for (int i = 0; i < preflight->blockerList()->count(); ++i)
            blockers << preflight->blockerList()->item(i)->text();
        QVERIFY2(preflight->blockerCount() == 0, qPrintable(blockers.join(QLatin1Char('\n'))));
        next(w)->click();
        StrategyPage *strategy = w->strategyPage();
        strategy->gateNodeBox()->setChecked(true);
        strategy->gateUncordonBox()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(w->currentPage()->isComplete(), 20000);
        w->button(QWizard::CommitButton)->click();
        RunPage *run = w->runPage();
        QVERIFY2(run->isStarted(), qPrintable(run->logView()->toPlainText()));
        const QStringList nodes = run->stepper()->nodes();

        int stuck = 0;
        for (const QString &node : nodes) {
            // The user's own gate holds the node: nothing changes before it is confirmed.
            expectGate(run, QStringLiteral("Start on node %1?").arg(node));
            RETURN_IF_FAILED();
            QCOMPARE(run->stepper()->state(node, RunPhase::Cordon), RunStepperModel::StepState::Pending);
            if (node == nodes.constFirst()) {
                // While the run waits, both services go down to one replica: their budgets now
                // allow no disruption at all, and every drain that meets them waits for the user.
                QVERIFY(
                    sim->scaleWorkload(WorkloadKind::Deployment, billing, QStringLiteral("invoice-api"), 1)
                        .ok());
                QVERIFY(sim->scaleWorkload(WorkloadKind::Deployment, shop, QStringLiteral("catalog-api"), 1)
                            .ok());
                QTRY_COMPARE_WITH_TIMEOUT(allowed(billing, QStringLiteral("invoice-api")), 0, 30000);
                QTRY_COMPARE_WITH_TIMEOUT(allowed(shop, QStringLiteral("catalog-api")), 0, 30000);
            }
            run->runAllButton()->click(); // Run all from here: it still stops at the user's gates
            while (QListWidgetItem *item = waitForStuckOrDrained(run, node)) {
                useEscapeHatch(run, node, item, stuck++);
                RETURN_IF_FAILED();
                QTest::qWait(200); // the deleted pods' wait
            }
            QTRY_COMPARE_WITH_TIMEOUT(run->stepper()->state(node, RunPhase::Drain),
                                      RunStepperModel::StepState::Done, 30000);
            QCOMPARE(run->diagnosisList()->count(), 0); // a finished drain's diagnosis is history
            // The gate before the uncordon: the node stays cordoned until it is confirmed.
            expectGate(run, QStringLiteral("%1 verified. Uncordon it?").arg(node));
            RETURN_IF_FAILED();
            QCOMPARE(run->stepper()->state(node, RunPhase::Uncordon), RunStepperModel::StepState::Pending);
            run->nextStepButton()->click();
            QTRY_COMPARE_WITH_TIMEOUT(run->stepper()->state(node, RunPhase::Uncordon),
                                      RunStepperModel::StepState::Done, 30000);
        }
        QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 60000);
        QCOMPARE(run->stepper()->runResult(), QStringLiteral("succeeded"));
        QVERIFY2(stuck >= 2, qPrintable(QString::number(stuck)));
        const auto overrides = [run](const char *kind) {
            return countEvents(run, RunEvent::Type::Override, QStringLiteral("kind"), QLatin1String(kind));
        };
        QCOMPARE(overrides("wait-longer"), 1);
        QCOMPARE(overrides("delete-pod"), 1);
        QCOMPARE(overrides("disable-eviction"), stuck - 1);
        QCOMPARE(countEvents(run, RunEvent::Type::PodDeleted, QStringLiteral("why"), QStringLiteral("user")),
                 1);
        QVERIFY(countEvents(run, RunEvent::Type::PodDeleted, QStringLiteral("why"),
                            QStringLiteral("disable-eviction")) >= 1);
        run->chart()->showWholeRun();
        run->chart()->flushUpdates();
        verifyClusterLabels(run);
        saveScreenshot(w, QStringLiteral("5-run-overrides"));

        // The summary lists every override the user confirmed.
        next(w)->click();
        QListWidget *list = w->summaryPage()->overrideList();
        QStringList texts;
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text();
        const QString all = texts.join(QLatin1Char('\n'));
        for (const QString &said :
             {QStringLiteral("wait 300 s longer"), QStringLiteral("delete this pod now"),
              QStringLiteral("disable eviction for this node")})
            QVERIFY2(all.contains(said), qPrintable(all));
        saveScreenshot(w, QStringLiteral("6-summary-overrides"));
    }

    void presenterZoomInsideTheWizard()
    {
        MainWindow window(&m_connector);
        window.resize(1300, 900);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        UpgradeWizard *w = window.openWizard(RunKind::Maintenance);
        w->resize(1280, 960);
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QAction *zoom = window.findChild<QAction *>(QStringLiteral("presenterZoom"));
        QVERIFY(!zoom->isChecked());
        const qreal normal = w->font().pointSizeF();
        QVERIFY(normal < 16);
        // The shortcut works with the wizard in front (the class sees the wizard, not the window).
        QApplication::setActiveWindow(w);
        QTest::keyClick(w, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(zoom->isChecked());
        QTRY_VERIFY(w->font().pointSizeF() >= 16);
        QVERIFY(w->clusterPage()->findChild<QLabel *>(QStringLiteral("wizardContext"))->font().pointSizeF() >=
                16);
        QVERIFY(w->button(QWizard::NextButton)->font().pointSizeF() >= 16);
        // The run page's timeline grows too: its axes, legend and lane names.
        maintainToTheEnd(w, QStringLiteral("worker-1"), QStringLiteral("presenter-"));
        RETURN_IF_FAILED();
        RunPage *run = w->runPage();
        QVERIFY(run->chart()->font().pointSizeF() >= 16);
        const QList<QAbstractAxis *> axes = run->chart()->clusterView()->chart()->axes();
        for (const QAbstractAxis *axis : axes)
            QVERIFY(axis->labelsFont().pointSizeF() >= 16);
        verifyClusterLabels(run);
        saveScreenshot(w, QStringLiteral("presenter-5-run"));
        // The same shortcut from the wizard turns it off again.
        QTest::keyClick(w, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!zoom->isChecked());
        QTRY_COMPARE(w->font().pointSizeF(), normal);
        QTRY_VERIFY(run->chart()->clusterView()->chart()->axes().constFirst()->labelsFont().pointSizeF() <
                    16);
    }

    void everyPageInKorean()
    {
        QCOMPARE(installTranslations(qApp, QStringLiteral("ko")), QStringLiteral("ko"));
        {
            MainWindow window(&m_connector);
            window.resize(1300, 900);
            window.show();
            QVERIFY(loadAndWait(window, QStringLiteral("default")));
            // Upgrade: pages 1 to 4 (the target page with its blockers and the plan).
            UpgradeWizard *w = window.openWizard(RunKind::Upgrade);
            w->resize(1200, 900);
            QVERIFY(QTest::qWaitForWindowExposed(w));
            QTRY_VERIFY_WITH_TIMEOUT(next(w)->isEnabled(), 10000);
            QVERIFY2(hasHangul(w->currentPage()->title()), qPrintable(w->currentPage()->title()));
            saveScreenshot(w, QStringLiteral("ko-1-cluster"));
            next(w)->click();
            QTRY_COMPARE_WITH_TIMEOUT(w->targetPage()->blockerList()->count(), 2, 10000);
            for (int i = 0; i < 2; ++i)
                w->targetPage()->blockerList()->item(i)->setCheckState(Qt::Checked);
            saveScreenshot(w, QStringLiteral("ko-2-target"));
            next(w)->click();
            coverPreflight(w);
            saveScreenshot(w, QStringLiteral("ko-3-preflight"));
            next(w)->click();
            QTRY_VERIFY_WITH_TIMEOUT(w->currentPage()->isComplete(), 20000);
            saveScreenshot(w, QStringLiteral("ko-4-strategy"));
            w->close();
        }
        {
            // Maintenance of one worker: the run page and the summary.
            MainWindow window(&m_connector);
            window.resize(1300, 900);
            window.show();
            QVERIFY(loadAndWait(window, QStringLiteral("default")));
            UpgradeWizard *w = window.openWizard(RunKind::Maintenance);
            w->resize(1200, 900);
            maintainToTheEnd(w, QStringLiteral("worker-2"), QStringLiteral("ko-maintenance-"));
            RETURN_IF_FAILED();
            verifyClusterLabels(w->runPage());
            saveScreenshot(w, QStringLiteral("ko-5-run"));
            next(w)->click();
            saveScreenshot(w, QStringLiteral("ko-6-summary"));
            w->button(QWizard::FinishButton)->click();
        }
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        installTranslations(qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestWizardRun)
#include "tst_wizardrun.moc"
