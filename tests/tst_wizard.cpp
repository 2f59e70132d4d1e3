// The upgrade wizard driven as an admin would: offscreen, the real main window on the practice
// cluster (default scenario), Run ▸ Upgrade… and Run ▸ Maintenance…, page by page. Saves a
// screenshot of each page into the build directory (screenshots/wizard-*.png).

#include "app/appclusterconnector.h"
#include "models/clustersession.h"
#include "models/items/runsteppermodel.h"
#include "models/items/timelinemodel.h"
#include "ui/findingsview.h"
#include "ui/mainwindow.h"
#include "ui/planview.h"
#include "ui/timelinechart.h"
#include "ui/translations.h"
#include "ui/wizard/clusterpage.h"
#include "ui/wizard/nodeorderlist.h"
#include "ui/wizard/preflightpage.h"
#include "ui/wizard/runpage.h"
#include "ui/wizard/strategypage.h"
#include "ui/wizard/summarypage.h"
#include "ui/wizard/targetpage.h"
#include "ui/wizard/upgradewizard.h"
#include "wizardtestsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Slipway;

using namespace Slipway::WizardTest;

class TestWizard : public QObject
{
    Q_OBJECT

    AppClusterConnector m_connector{60.0};

    // Pages 1 and 2 of an upgrade of the default scenario: the plan, the blockers acknowledged.
    static void throughTarget(UpgradeWizard *w)
    {
        QCOMPARE(w->currentId(), int(UpgradeWizard::ClusterPageId));
        ClusterPage *cluster = w->clusterPage();
        QVERIFY(cluster->findChild<QLabel *>(QStringLiteral("wizardContext"))
                    ->text()
                    .contains(QStringLiteral("default")));
        QCOMPARE(cluster->findChild<QLabel *>(QStringLiteral("wizardVersions"))->text(),
                 QStringLiteral("control plane v1.34.3 · kubelets v1.31.9 × 1, v1.33.7 × 1, v1.34.3 × 7"));
        QTRY_VERIFY_WITH_TIMEOUT(!cluster->summaryLabel()->text().startsWith(QStringLiteral("Planning")),
                                 10000);
        // "%n error(s)" reads "2 errors" once the English catalog has the plural; either way 2.
        QVERIFY2(cluster->summaryLabel()->text().startsWith(QStringLiteral("2 error")),
                 qPrintable(cluster->summaryLabel()->text()));
        QVERIFY(cluster->findingsView()->model()->rowCount() > 0);
        QVERIFY(next(w)->isEnabled());
        saveScreenshot(w, QStringLiteral("1-cluster"));
        next(w)->click();

        QCOMPARE(w->currentId(), int(UpgradeWizard::TargetPageId));
        TargetPage *target = w->targetPage();
        QVERIFY(target->upgradeButton()->isChecked());
        // Two errors block: end of life and worker-6's old kubelet. Each must be ticked.
        QTRY_COMPARE_WITH_TIMEOUT(target->blockerList()->count(), 2, 10000);
        QVERIFY(!next(w)->isEnabled());
        QVERIFY(target->statusLabel()->text().startsWith(QStringLiteral("2 blocker")));
        target->blockerList()->item(0)->setCheckState(Qt::Checked);
        QVERIFY(!next(w)->isEnabled());
        target->blockerList()->item(1)->setCheckState(Qt::Checked);
        QVERIFY(next(w)->isEnabled());
        QVERIFY2(target->statusLabel()->text().contains(
                     QStringLiteral("Ready: v1.34.3 → v1.35.8 in one run of 2 hops (v1.34.11 → v1.35.8)")),
                 qPrintable(target->statusLabel()->text()));
        saveScreenshot(w, QStringLiteral("2-target"));
        next(w)->click();
        QCOMPARE(w->draft().acknowledgedBlockers.size(), 2);
        QCOMPARE(w->draft().plan.target.toString(), QStringLiteral("v1.35.8"));
        QCOMPARE(w->draft().spec.target.toString(), QStringLiteral("v1.35.8")); // every hop in one run
        QCOMPARE(w->draft().spec.hops.size(), 2);
    }

    // Page 3 of an upgrade of the default scenario: its drain blockers, each covered by an option.
    static void throughPreflight(UpgradeWizard *w, bool screenshot)
    {
        QCOMPARE(w->currentId(), int(UpgradeWizard::PreflightPageId));
        PreflightPage *preflight = w->preflightPage();
        QTRY_VERIFY_WITH_TIMEOUT(!preflight->isComputing(), 20000);
        QCOMPARE(preflight->previewTree()->topLevelItemCount(), 9);
        QVERIFY(preflight->blockerCount() > 0);
        QVERIFY(!next(w)->isEnabled());
        preflight->forceBox()->setChecked(true);    // default/debug-shell has no controller
        preflight->emptyDirBox()->setChecked(true); // metrics-server, session-cache
        QTRY_VERIFY_WITH_TIMEOUT(!preflight->isComputing(), 20000);
        tick(preflight->overrideList(), QStringLiteral("billing/invoice-api")); // 1 replica, minAvailable 1
        QTRY_VERIFY_WITH_TIMEOUT(!preflight->isComputing() && preflight->blockerCount() == 0, 20000);
        QVERIFY(next(w)->isEnabled());
        if (screenshot)
            saveScreenshot(w, QStringLiteral("3-preflight"));
        next(w)->click();
        QVERIFY(w->draft().spec.drain.force);
        QVERIFY(w->draft().spec.drain.deleteEmptyDirData);
        QCOMPARE(w->draft().spec.drain.overridePdbs, QStringList{QStringLiteral("billing/invoice-api")});
    }

    // One bar per phase per node and hop (`passes`: the run's hops), in the phases' order, each
    // ended ok, none overlapping the next.
    static void verifyTimeline(const TimelineModel *timeline, const QStringList &nodes,
                               const QList<RunPhase> &phases, int passes = 1)
    {
        QCOMPARE(timeline->laneCount(), int(nodes.size()));
        for (const QString &node : nodes) {
            const int row = timeline->rowOfNode(node);
            QVERIFY2(row >= 0, qPrintable(node));
            QList<TimelineBar> bars;
            for (const TimelineBar &bar : timeline->lane(row).bars) {
                if (!bar.isWait)
                    bars << bar;
            }
            // A lagging worker walks one minor at a time under one drain (docs/runner.md "Lagging
            // nodes"): each step below the hop's version is an upgrade and a verify bar followed by
            // the next step's upgrade. Those pairs are checked like the others and then set aside.
            for (int i = 0; i + 2 < bars.size();) {
                if (bars.at(i).phase == RunPhase::Upgrade && bars.at(i + 1).phase == RunPhase::Verify &&
                    bars.at(i + 2).phase == RunPhase::Upgrade) {
                    for (int k = i; k < i + 2; ++k) {
                        QCOMPARE(bars.at(k).result, TimelineBar::Result::Ok);
                        QVERIFY(bars.at(k + 1).startMs >= bars.at(k).endMs);
                    }
                    bars.remove(i, 2);
                } else {
                    ++i;
                }
            }
            QCOMPARE(bars.size(), phases.size() * passes);
            for (int i = 0; i < bars.size(); ++i) {
                QCOMPARE(bars.at(i).phase, phases.at(i % phases.size()));
                QCOMPARE(bars.at(i).result, TimelineBar::Result::Ok);
                QVERIFY(!bars.at(i).isOpen());
                QVERIFY(bars.at(i).endMs >= bars.at(i).startMs);
                if (i > 0)
                    QVERIFY2(bars.at(i).startMs >= bars.at(i - 1).endMs, qPrintable(node));
            }
        }
    }

    // Page 4 as it comes, then Start the run: the run page, waiting for the user.
    static void startRun(UpgradeWizard *w, RunPage **out)
    {
        QTRY_VERIFY_WITH_TIMEOUT(w->currentPage()->isComplete(), 20000);
        QAbstractButton *start = w->button(QWizard::CommitButton);
        QVERIFY(start->isVisible() && start->isEnabled());
        QCOMPARE(start->text(), QStringLiteral("&Start the run"));
        start->click();
        QCOMPARE(w->currentId(), int(UpgradeWizard::RunPageId));
        RunPage *run = w->runPage();
        QVERIFY2(run->isStarted(), qPrintable(run->logView()->toPlainText()));
        QVERIFY(!w->button(QWizard::BackButton)->isVisible() || !w->button(QWizard::BackButton)->isEnabled());
        QVERIFY(!next(w)->isEnabled()); // the summary waits for the end
        *out = run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(installTranslations(qApp, QString()), QStringLiteral("en"));
        QCoreApplication::setOrganizationName(QStringLiteral("SlipwayTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wizard"));
        QSettings().clear();
        // Journals of earlier runs of this test must not be offered for resuming.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/runs"))
            .removeRecursively();
    }

    void launcherNeedsACluster()
    {
        MainWindow window(&m_connector);
        auto *upgrade = window.findChild<QAction *>(QStringLiteral("runUpgrade"));
        QVERIFY(upgrade);
        QCOMPARE(upgrade->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("runMaintenance")));
        QVERIFY(!window.openWizard(RunKind::Upgrade)); // nothing loaded yet
        QVERIFY(!window.wizard());
    }

    void upgradePagesOneToFour()
    {
        MainWindow window(&m_connector);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        window.findChild<QAction *>(QStringLiteral("runUpgrade"))->trigger();
        UpgradeWizard *w = window.wizard();
        QVERIFY(w);
        QVERIFY(QTest::qWaitForWindowExposed(w));
        // A second launch raises the same wizard.
        QCOMPARE(window.openWizard(RunKind::Upgrade), w);
        throughTarget(w);

        throughPreflight(w, true);
        PreflightPage *preflight = w->preflightPage();

        // Page 4: control plane first and fixed; workers reorderable by keyboard.
        QCOMPARE(w->currentId(), int(UpgradeWizard::StrategyPageId));
        StrategyPage *strategy = w->strategyPage();
        NodeOrderList *order = strategy->orderList();
        QCOMPARE(order->pinnedCount(), 3);
        QCOMPARE(order->nodes().mid(0, 4), (QStringList{QStringLiteral("cp-1"), QStringLiteral("cp-2"),
                                                        QStringLiteral("cp-3"), QStringLiteral("worker-1")}));
        order->setFocus();
        order->setCurrentRow(3); // worker-1
        QTest::keyClick(order, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(order->nodes().at(4), QStringLiteral("worker-1"));
        QCOMPARE(order->currentRow(), 4);
        QCOMPARE(order->item(4)->data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("worker-1, position 5 of 9"));
        QTest::keyClick(order, Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(order, Qt::Key_Up, Qt::AltModifier); // cannot pass the control plane
        QCOMPARE(order->nodes().at(3), QStringLiteral("worker-1"));
        order->setCurrentRow(0);
        QTest::keyClick(order, Qt::Key_Down, Qt::AltModifier); // the control plane stays put
        QCOMPARE(order->nodes().at(0), QStringLiteral("cp-1"));
        order->setCurrentRow(8);
        QTest::keyClick(order, Qt::Key_Up, Qt::AltModifier); // worker-6 before worker-5
        QCOMPARE(order->nodes().mid(7),
                 (QStringList{QStringLiteral("worker-6"), QStringLiteral("worker-5")}));

        QVERIFY(strategy->rollingButton()->isChecked());
        QVERIFY(strategy->downtimeWarning()->isHidden());
        const QString rollingEstimate = strategy->estimateLabel()->text();
        QVERIFY(rollingEstimate.startsWith(QStringLiteral("Estimated duration: about ")));
        // The pre-flight follows the strategy: one node at a time (the reordered workers) is fine.
        QTRY_VERIFY_WITH_TIMEOUT(!preflight->isComputing(), 20000);
        QCOMPARE(preflight->blockerCount(), 0);
        QCOMPARE(strategy->preflightLabel()->text(),
                 QStringLiteral("Pre-flight with this strategy and order: nothing blocks."));
        QVERIFY(w->currentPage()->isComplete());
        // All at once: every worker out together, the downtime warning, and pods that fit nowhere.
        strategy->allAtOnceButton()->setChecked(true);
        QVERIFY(!strategy->downtimeWarning()->isHidden());
        QVERIFY(!strategy->maxUnavailableBox()->isEnabled());
        QVERIFY(strategy->estimateLabel()->text() != rollingEstimate); // all at once is shorter
        QCOMPARE(preflight->maxCordoned(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!preflight->isComputing(), 20000);
        QVERIFY(preflight->blockerCount() > 0);
        QVERIFY(strategy->preflightLabel()->text().startsWith(QStringLiteral("⚠")));
        QVERIFY(!w->currentPage()->isComplete());
        strategy->rollingButton()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(!preflight->isComputing() && preflight->blockerCount() == 0, 20000);
        QCOMPARE(strategy->estimateLabel()->text(), rollingEstimate);
        // The practice agent is the default on the practice cluster; a template needs {node}.
        QCOMPARE(strategy->executorBox()->currentData().toInt(), int(RunExecutor::Practice));
        strategy->executorBox()->setCurrentIndex(
            strategy->executorBox()->findData(int(RunExecutor::Command)));
        QVERIFY(!w->currentPage()->isComplete());
        strategy->templateEdit()->setText(QStringLiteral("ssh {node} sudo upgrade-node {version}"));
        QTRY_VERIFY_WITH_TIMEOUT(w->currentPage()->isComplete(), 20000);
        strategy->executorBox()->setCurrentIndex(0);
        saveScreenshot(w, QStringLiteral("4-strategy"));
        QVERIFY(strategy->validatePage());
        QCOMPARE(w->draft().spec.nodes.at(7), QStringLiteral("worker-6"));
        QCOMPARE(w->draft().spec.strategy, RunStrategy::Rolling);

        // Back keeps what was chosen.
        w->back();
        QCOMPARE(w->currentId(), int(UpgradeWizard::PreflightPageId));
        QTRY_VERIFY_WITH_TIMEOUT(!preflight->isComputing(), 20000);
        QVERIFY(preflight->forceBox()->isChecked());
        QCOMPARE(preflight->blockerCount(), 0);
        w->close();
    }

    void maintenancePages()
    {
        MainWindow window(&m_connector);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        window.findChild<QAction *>(QStringLiteral("runMaintenance"))->trigger();
        UpgradeWizard *w = window.wizard();
        QVERIFY(w);
        next(w)->click();
        TargetPage *target = w->targetPage();
        QVERIFY(target->maintenanceButton()->isChecked());
        QCOMPARE(target->nodeList()->count(), 9);
        QVERIFY(!next(w)->isEnabled());
        tick(target->nodeList(), QStringLiteral("worker-1 "));
        tick(target->nodeList(), QStringLiteral("worker-2 "));
        QVERIFY(next(w)->isEnabled());
        // A command must name the node.
        target->commandButton()->setChecked(true);
        QVERIFY(!next(w)->isEnabled());
        QTest::keyClicks(target->commandEdit(), QStringLiteral("ssh {node} sudo apt-get -y upgrade"));
        QVERIFY(next(w)->isEnabled());
        target->rebootButton()->setChecked(true);
        QVERIFY(!target->commandEdit()->isEnabled());
        saveScreenshot(w, QStringLiteral("2-maintenance"));
        next(w)->click();
        QCOMPARE(w->draft().spec.kind, RunKind::Maintenance);
        QCOMPARE(w->draft().maintenanceNodes,
                 (QStringList{QStringLiteral("worker-1"), QStringLiteral("worker-2")}));
        QVERIFY(w->draft().spec.reboot);

        PreflightPage *preflight = w->preflightPage();
        QTRY_VERIFY_WITH_TIMEOUT(!preflight->isComputing(), 20000);
        QCOMPARE(preflight->previewTree()->topLevelItemCount(), 2);
        if (preflight->blockerCount() > 0) {
            preflight->forceBox()->setChecked(true);
            preflight->emptyDirBox()->setChecked(true);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!preflight->isComputing() && preflight->blockerCount() == 0, 20000);
        next(w)->click();
        StrategyPage *strategy = w->strategyPage();
        QCOMPARE(strategy->orderList()->pinnedCount(), 0);
        QCOMPARE(strategy->orderList()->nodes(),
                 (QStringList{QStringLiteral("worker-1"), QStringLiteral("worker-2")}));
        QCOMPARE(strategy->maxUnavailableBox()->maximum(), 2);
        w->close();
    }
    void rollingUpgradeToSummary()
    {
        MainWindow window(&m_connector);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        window.findChild<QAction *>(QStringLiteral("runUpgrade"))->trigger();
        UpgradeWizard *w = window.wizard();
        throughTarget(w);
        throughPreflight(w, false);
        RunPage *run = nullptr;
        startRun(w, &run);
        QVERIFY(run);
        RunStepperModel *stepper = run->stepper();
        const QString cp1 = QStringLiteral("cp-1");
        QCOMPARE(stepper->nodes().constFirst(), cp1);

        // The trainer's pace: nothing happens until Next step, then one phase of one node.
        QTRY_VERIFY_WITH_TIMEOUT(run->isHeld(), 20000);
        QCOMPARE(stepper->state(cp1, RunPhase::Cordon), RunStepperModel::StepState::Pending);
        QCOMPARE(stepper->nextStep(), stepper->index(0, 0));
        QVERIFY(run->nextStepButton()->isEnabled());
        QTest::keyClick(run, Qt::Key_F10); // Next step from the keyboard
        QTRY_COMPARE_WITH_TIMEOUT(stepper->state(cp1, RunPhase::Cordon), RunStepperModel::StepState::Done,
                                  20000);
        QTRY_VERIFY_WITH_TIMEOUT(run->isHeld(), 20000);
        QCOMPARE(stepper->state(cp1, RunPhase::Drain), RunStepperModel::StepState::Pending);

        // Each step's kubectl equivalent, shown and copyable.
        run->stepView()->setCurrentIndex(stepper->index(0, 1));
        QVERIFY(run->commandsView()->toPlainText().startsWith(
            QStringLiteral("kubectl drain cp-1 --ignore-daemonsets --force --delete-emptydir-data")));
        run->copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), run->commandsView()->toPlainText());

        // Run node: the rest of cp-1, then the next node waits.
        run->runNodeButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(stepper->state(cp1, RunPhase::Uncordon), RunStepperModel::StepState::Done,
                                  60000);
        QTRY_VERIFY_WITH_TIMEOUT(run->isHeld(), 20000);
        QCOMPARE(stepper->state(QStringLiteral("cp-2"), RunPhase::Cordon),
                 RunStepperModel::StepState::Pending);

        // Pause and resume.
        run->pauseButton()->click();
        QVERIFY(run->runner()->isPaused());
        QCOMPARE(run->pauseButton()->text(), QStringLiteral("&Resume"));
        run->chart()->flushUpdates();
        QTRY_VERIFY(run->chart()->lanesView()->chart()->plotArea().left() >=
                    QFontMetrics(run->chart()->font()).horizontalAdvance(QStringLiteral("worker-1")));
        saveScreenshot(w, QStringLiteral("5-run-paused"));
        run->pauseButton()->click();
        QVERIFY(!run->runner()->isPaused());

        // Run all: to the end without stopping (no gates chosen).
        run->runAllButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 120000);
        QCOMPARE(stepper->runResult(), QStringLiteral("succeeded"));
        // Both hops in one run (v1.34.11, then v1.35.8): the stepper shows the last hop's steps, the
        // timeline every hop's bars one after the other.
        QCOMPARE(stepper->hop(), 2);
        QCOMPARE(stepper->hopCount(), 2);
        QCOMPARE(stepper->hopTarget(), QStringLiteral("v1.35.8"));
        // The step commands follow the hop: cp-1's upgrade cell shows hop 2's kubeadm upgrade apply.
        run->stepView()->setCurrentIndex(stepper->index(0, 2));
        QVERIFY2(run->commandsView()->toPlainText().contains(QStringLiteral("kubeadm upgrade apply v1.35.8")),
                 qPrintable(run->commandsView()->toPlainText()));
        QVERIFY(!run->commandsView()->toPlainText().contains(QStringLiteral("v1.34.11")));
        QCOMPARE(stepper->count(RunStepperModel::StepState::Done), 9 * 5);
        verifyTimeline(run->timeline(), stepper->nodes(),
                       RunStepperModel::phasesOf(RunStepperModel::Kind::Upgrade), 2);
        QVERIFY(!run->nextStepButton()->isEnabled());
        QVERIFY(!run->abortButton()->isEnabled());
        run->chart()->showWholeRun();
        saveScreenshot(w, QStringLiteral("5-run"));

        QVERIFY(next(w)->isEnabled());
        next(w)->click();
        QCOMPARE(w->currentId(), int(UpgradeWizard::SummaryPageId));
        SummaryPage *summary = w->summaryPage();
        QVERIFY2(summary->headline()->text().startsWith(QStringLiteral("<b>Succeeded.</b> 9 of 9")),
                 qPrintable(summary->headline()->text()));
        QCOMPARE(summary->durationTree()->topLevelItemCount(), 9);
        saveScreenshot(w, QStringLiteral("6-summary"));
        // The report helper's PDF, from the run's journal.
        QVERIFY(summary->exportButton()->isEnabled());
        const QString pdf = screenshotDir() + QStringLiteral("/wizard-report.pdf");
        QFile::remove(pdf);
        QString error;
        QVERIFY2(summary->exportPdf(pdf, &error), qPrintable(error));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        w->button(QWizard::FinishButton)->click();
    }

    void maintenanceRunOfTwoWorkers()
    {
        MainWindow window(&m_connector);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        window.findChild<QAction *>(QStringLiteral("runMaintenance"))->trigger();
        UpgradeWizard *w = window.wizard();
        next(w)->click();
        tick(w->targetPage()->nodeList(), QStringLiteral("worker-1 "));
        tick(w->targetPage()->nodeList(), QStringLiteral("worker-2 "));
        next(w)->click();
        PreflightPage *preflight = w->preflightPage();
        QTRY_VERIFY_WITH_TIMEOUT(!preflight->isComputing(), 20000);
        if (preflight->blockerCount() > 0) {
            preflight->forceBox()->setChecked(true);
            preflight->emptyDirBox()->setChecked(true);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!preflight->isComputing() && preflight->blockerCount() == 0, 20000);
        next(w)->click();
        RunPage *run = nullptr;
        startRun(w, &run);
        QVERIFY(run);
        QCOMPARE(run->stepper()->nodes(),
                 (QStringList{QStringLiteral("worker-1"), QStringLiteral("worker-2")}));
        QCOMPARE(run->stepper()->phases().at(2), RunPhase::Maintain);
        QTRY_VERIFY_WITH_TIMEOUT(run->isHeld(), 20000);
        run->runAllButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 120000);
        QCOMPARE(run->stepper()->runResult(), QStringLiteral("succeeded"));
        verifyTimeline(run->timeline(), run->stepper()->nodes(),
                       RunStepperModel::phasesOf(RunStepperModel::Kind::Maintenance));
        saveScreenshot(w, QStringLiteral("5-run-maintenance"));
        next(w)->click();
        QCOMPARE(w->summaryPage()->durationTree()->topLevelItemCount(), 2);
        saveScreenshot(w, QStringLiteral("6-summary-maintenance"));
    }
    void resumeAtTheRunPage()
    {
        QString journal;
        {
            // Slipway is closed in the middle of a maintenance run: worker-1 cordoned, its drain waiting.
            auto *window = new MainWindow(&m_connector);
            window->show();
            QVERIFY(loadAndWait(*window, QStringLiteral("default")));
            UpgradeWizard *w = window->openWizard(RunKind::Maintenance);
            next(w)->click();
            tick(w->targetPage()->nodeList(), QStringLiteral("worker-1 "));
            tick(w->targetPage()->nodeList(), QStringLiteral("worker-2 "));
            next(w)->click();
            QTRY_VERIFY_WITH_TIMEOUT(!w->preflightPage()->isComputing(), 20000);
            w->preflightPage()->forceBox()->setChecked(true);
            w->preflightPage()->emptyDirBox()->setChecked(true);
            QTRY_VERIFY_WITH_TIMEOUT(
                !w->preflightPage()->isComputing() && w->preflightPage()->blockerCount() == 0, 20000);
            next(w)->click();
            RunPage *run = nullptr;
            startRun(w, &run);
            QVERIFY(run);
            QTRY_VERIFY_WITH_TIMEOUT(run->isHeld(), 20000);
            run->nextStep();
            QTRY_COMPARE_WITH_TIMEOUT(run->stepper()->state(QStringLiteral("worker-1"), RunPhase::Cordon),
                                      RunStepperModel::StepState::Done, 20000);
            QTRY_VERIFY_WITH_TIMEOUT(run->isHeld(), 20000);
            journal = run->runner()->journalPath();
            QVERIFY(QFile::exists(journal));
            delete window; // no goodbye: the journal is all that is left
        }
        // Slipway starts again on the same cluster and offers the run back.
        MainWindow window(&m_connector);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        QMessageBox *offer = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((offer = window.findChild<QMessageBox *>(QStringLiteral("resumeOffer"))),
                                 5000);
        QVERIFY2(offer->text().contains(QStringLiteral("0 of 2 nodes done")), qPrintable(offer->text()));
        offer->findChild<QPushButton *>(QStringLiteral("resumeRun"))->click();
        UpgradeWizard *w = window.wizard();
        QVERIFY(w);
        QCOMPARE(w->currentId(), int(UpgradeWizard::RunPageId));
        RunPage *run = w->runPage();
        QVERIFY2(run->isStarted(), qPrintable(run->logView()->toPlainText()));
        QCOMPARE(run->stepper()->nodes(),
                 (QStringList{QStringLiteral("worker-1"), QStringLiteral("worker-2")}));
        // What happened before the interruption is shown as it was recorded.
        QCOMPARE(run->stepper()->state(QStringLiteral("worker-1"), RunPhase::Cordon),
                 RunStepperModel::StepState::Done);
        QVERIFY(run->timeline()->rowOfNode(QStringLiteral("worker-1")) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(run->isHeld() || run->isFinished(), 20000);
        run->runAll();
        QTRY_VERIFY_WITH_TIMEOUT(run->isFinished(), 120000);
        QCOMPARE(run->stepper()->runResult(), QStringLiteral("succeeded"));
        QCOMPARE(run->runner()->journalPath(), journal);
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
