// Rehearse… in the GUI (issue 14, docs/rehearsal.md): offscreen, the real main window on the
// practice cluster (default scenario). Rehearse on the plan page plays the plan's first hop on a
// worker thread while the GUI thread keeps ticking; the rehearsal panel beside the plan names
// the blockers `slipway rehearse` names for this scenario (the billing/invoice-api budget, the
// bare pod default/debug-shell, the emptyDir pods), each with the option that clears it, and
// its timeline has lanes with bars. Cancel stops a rehearsal at once. Screenshots go to
// <build>/screenshots/rehearsal-*.png. The wizard's pre-flight rehearses with its own options.

#include "sim/engine/virtualtimedriver.h"
#include "app/appclusterconnector.h"
#include "models/items/timelinemodel.h"
#include "sim/rehearsal/threadedrehearser.h"
#include "ui/mainwindow.h"
#include "ui/planview.h"
#include "ui/rehearsalpanel.h"
#include "ui/timelinechart.h"
#include "ui/translations.h"
#include "ui/wizard/preflightpage.h"
#include "ui/wizard/strategypage.h"
#include "ui/wizard/targetpage.h"
#include "ui/wizard/upgradewizard.h"
#include "wizardtestsupport.h"

#include <memory>
#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QListWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QRadioButton>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Slipway;
using namespace Slipway::WizardTest;

namespace {

// The blocker rows as "object | fix".
QStringList blockerRows(const RehearsalPanel *panel)
{
    QStringList rows;
    const QTreeWidget *tree = panel->blockerTree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        rows << tree->topLevelItem(i)->text(0) + QStringLiteral(" | ") + tree->topLevelItem(i)->text(1);
    return rows;
}

// Counts the GUI thread's timer ticks and the longest gap between two of them.
struct Heartbeat
{
    QTimer timer;
    QElapsedTimer since;
    int ticks = 0;
    qint64 longestGapMs = 0;

    Heartbeat()
    {
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] {
            ++ticks;
            longestGapMs = std::max(longestGapMs, since.restart());
        });
    }
    void start()
    {
        ticks = 0;
        longestGapMs = 0;
        since.start();
        timer.start();
    }
};

} // namespace

class TestRehearsalPanel : public QObject
{
    Q_OBJECT

    AppClusterConnector m_connector{60.0};

    static void openPlan(MainWindow &window)
    {
        window.setRehearserFactory([](QObject *parent) { return new ThreadedRehearser(parent); });
        window.resize(1700, 1000);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        window.tabs()->setCurrentWidget(window.planView());
        QVERIFY(window.planView()->rehearseButton()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(window.planView()->rehearseButton()->isEnabled(), 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        VirtualTimeDriver::prepareForOtherThreads(); // before the network threads start
        QCOMPARE(installTranslations(qApp, QString()), QStringLiteral("en"));
        QCoreApplication::setOrganizationName(QStringLiteral("SlipwayTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_rehearsalpanel"));
        QSettings().clear();
    }

    void withoutAFactoryThereIsNoRehearse()
    {
        MainWindow window(&m_connector);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        QVERIFY(!window.planView()->rehearseButton()->isVisible());
        QVERIFY(!window.rehearsePlan());
        QVERIFY(!window.rehearsalDock()->isVisible());
    }

    void planPageRehearsesTheDefaultScenario()
    {
        MainWindow window(&m_connector);
        openPlan(window);
        RehearsalPanel *panel = window.rehearsalPanel();
        QSignalSpy finished(panel, &RehearsalPanel::finished);
        QTest::mouseClick(window.planView()->rehearseButton(), Qt::LeftButton);
        QVERIFY(window.rehearsalDock()->isVisible());
        QVERIFY(panel->isRunning());
        QVERIFY(panel->cancelButton()->isEnabled());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!panel->isRunning());
        QVERIFY(!panel->cancelButton()->isEnabled());
        QVERIFY(panel->copyButton()->isEnabled());

        QCOMPARE(panel->badge()->text(),
                 QStringLiteral("Rehearsal — practice copy, nothing was changed on the cluster"));
        QVERIFY(panel->badge()->isVisible());
        QVERIFY2(panel->headline()->text().contains(QLatin1String("Predicted duration")),
                 qPrintable(panel->headline()->text()));
        // The blockers `slipway rehearse --demo default --to v1.34.11` names, each with its fix.
        const QStringList rows = blockerRows(panel);
        const auto has = [&rows](const QString &objectStart, const QString &fix) {
            return std::any_of(rows.cbegin(), rows.cend(), [&](const QString &row) {
                return row.startsWith(objectStart) && row.endsWith(QStringLiteral(" | ") + fix);
            });
        };
        QVERIFY2(has(QStringLiteral("Pod billing/invoice-api-"),
                     QStringLiteral("--override-pdb billing/invoice-api")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY2(has(QStringLiteral("Pod default/debug-shell"), QStringLiteral("--force")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY2(rows.filter(QStringLiteral(" | --delete-emptydir-data")).size() >= 2,
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QCOMPARE(panel->tabs()->currentWidget(), panel->blockerTree()); // blockers first
        // Under each blocker, what it is in a sentence (kubectl's words).
        QVERIFY2(panel->blockerTree()->topLevelItem(0)->child(0)->text(0).startsWith(
                     QLatin1String("cannot delete")),
                 qPrintable(panel->blockerTree()->topLevelItem(0)->child(0)->text(0)));
        QVERIFY(panel->tabs()->tabText(1).contains(QString::number(rows.size())));
        QVERIFY(panel->nodeTree()->topLevelItemCount() > 0);

        // The rehearsal's timeline: lanes, and bars in them.
        const TimelineModel *timeline = panel->timelineModel();
        QVERIFY(timeline->laneCount() > 0);
        int bars = 0;
        for (int lane = 0; lane < timeline->laneCount(); ++lane)
            bars += timeline->rowCount(timeline->index(lane, 0));
        QVERIFY2(bars > 0, "no bars in the rehearsal's timeline");
        panel->tabs()->setCurrentWidget(panel->timelineChart());
        panel->timelineChart()->flushUpdates();
        QVERIFY(!panel->timelineChart()->barRect(0, 0).isEmpty());
        QVERIFY(panel->timelineChart()->isVisible());
        QTest::qWait(100);
        QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/rehearsal-plan-timeline.png")));
        panel->tabs()->setCurrentWidget(panel->blockerTree());
        QTest::qWait(50);
        QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/rehearsal-plan-blockers.png")));
    }

    // A 80-node cluster rehearses for seconds: the GUI thread's timer keeps ticking all along,
    // the progress bar moves, and Cancel ends it long before it would have finished.
    void guiStaysResponsiveAndCancelWorks()
    {
        MainWindow window(&m_connector);
        window.setRehearserFactory([](QObject *parent) { return new ThreadedRehearser(parent); });
        window.resize(1700, 1000);
        window.show();
        QSignalSpy shown(&window, &MainWindow::snapshotShown);
        window.openPracticeFile(QStringLiteral(SLIPWAY_TEST_DATA_DIR "/scenarios/rehearsal-80-nodes.yaml"));
        QVERIFY(shown.wait(30000));
        window.tabs()->setCurrentWidget(window.planView());
        QTRY_VERIFY_WITH_TIMEOUT(window.planView()->rehearseButton()->isEnabled(), 20000);
        RehearsalPanel *panel = window.rehearsalPanel();
        QSignalSpy finished(panel, &RehearsalPanel::finished);
        Heartbeat heartbeat;
        heartbeat.start();
        QElapsedTimer wall;
        wall.start();
        // With the drain options its emptyDir pods need, the run goes through all 80 nodes.
        RehearsalRequest request = window.planRehearsalRequest();
        request.spec.drain.force = true;
        request.spec.drain.deleteEmptyDirData = true;
        window.rehearsalDock()->show();
        panel->rehearse(request);
        QVERIFY(panel->isRunning());
        // The copy and the plan come first (longer on a loaded machine); then the play reports
        // progress. Let it play a second more, then look: the GUI thread ticked on, the progress
        // bar counts nodes.
        QTRY_COMPARE_WITH_TIMEOUT(panel->progressBar()->maximum(), 80, 20000);
        QTest::qWait(1000);
        QVERIFY2(panel->isRunning(),
                 "the 80-node rehearsal ended within a second; the test needs a longer one");
        const qint64 playedMs = wall.elapsed();
        QVERIFY2(heartbeat.ticks >= playedMs / 10 / 4 && heartbeat.longestGapMs < 500,
                 qPrintable(QStringLiteral("%1 ticks in %2 ms, longest gap %3 ms")
                                .arg(heartbeat.ticks)
                                .arg(playedMs)
                                .arg(heartbeat.longestGapMs)));
        qInfo("GUI thread during the rehearsal: %d ticks of 10 ms in %lld ms, longest gap %lld ms",
              heartbeat.ticks, playedMs, heartbeat.longestGapMs);
        QCOMPARE(panel->progressBar()->maximum(), 80);
        QVERIFY(panel->status()->text().startsWith(QLatin1String("Playing")));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/rehearsal-progress.png")));
        QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!panel->isRunning());
        QVERIFY2(panel->status()->text().contains(QLatin1String("cancelled")),
                 qPrintable(panel->status()->text()));
        QTest::qWait(500);
        QCOMPARE(finished.size(), 1); // the cancelled play reports nothing more
    }

    // Closing the window while a rehearsal plays: the rehearser cancels and waits for its
    // thread; its "cancelled" must not reach the half-destroyed panel (it crashed).
    void closingTheWindowWhileRehearsing()
    {
        for (int round = 0; round < 3; ++round) {
            auto window = std::make_unique<MainWindow>(&m_connector);
            window->setRehearserFactory([](QObject *parent) { return new ThreadedRehearser(parent); });
            QSignalSpy shown(window.get(), &MainWindow::snapshotShown);
            window->openPracticeFile(
                QStringLiteral(SLIPWAY_TEST_DATA_DIR "/scenarios/rehearsal-80-nodes.yaml"));
            QVERIFY(shown.wait(30000));
            QTRY_VERIFY_WITH_TIMEOUT(window->planView()->rehearseButton()->isEnabled(), 20000);
            RehearsalRequest request = window->planRehearsalRequest();
            request.spec.drain.force = true;
            request.spec.drain.deleteEmptyDirData = true;
            window->rehearsalPanel()->rehearse(request);
            QVERIFY(window->rehearsalPanel()->isRunning());
            QTest::qWait(100 * round);
            window.reset();
        }
    }

    void cancelStopsTheRehearsal()
    {
        MainWindow window(&m_connector);
        openPlan(window);
        RehearsalPanel *panel = window.rehearsalPanel();
        QSignalSpy finished(panel, &RehearsalPanel::finished);
        QVERIFY(window.rehearsePlan());
        QVERIFY(panel->isRunning());
        QCOMPARE(window.focusWidget(), panel->cancelButton()); // Space cancels at once
        QTest::keyClick(panel->cancelButton(), Qt::Key_Space);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!panel->isRunning());
        QVERIFY(!panel->cancelButton()->isEnabled());
        QVERIFY2(panel->status()->text().contains(QLatin1String("cancelled")),
                 qPrintable(panel->status()->text()));
        QVERIFY(!panel->hasResult());
        // The cancelled play stays silent; a new rehearsal (Run ▸ Rehearse the plan…) reports.
        QAction *rehearse = window.findChild<QAction *>(QStringLiteral("runRehearse"));
        QVERIFY(rehearse && rehearse->isVisible());
        QCOMPARE(rehearse->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("showRehearsal"))->isChecked());
        rehearse->trigger();
        QVERIFY(finished.wait(120000));
        QTest::qWait(100);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY(panel->hasResult());
        QVERIFY(panel->blockerTree()->topLevelItemCount() > 0);
    }

    // The wizard's pre-flight: Rehearse… plays the run with the drain options ticked there (and
    // the draft's strategy) in a window beside the wizard.
    void wizardPreflightRehearsesWithItsOptions()
    {
        MainWindow window(&m_connector);
        openPlan(window);
        window.findChild<QAction *>(QStringLiteral("runUpgrade"))->trigger();
        UpgradeWizard *w = window.wizard();
        QVERIFY(w);
        QVERIFY(QTest::qWaitForWindowExposed(w));
        next(w)->click();
        TargetPage *target = w->targetPage();
        QTRY_COMPARE_WITH_TIMEOUT(target->blockerList()->count(), 2, 10000);
        for (int i = 0; i < target->blockerList()->count(); ++i)
            target->blockerList()->item(i)->setCheckState(Qt::Checked);
        next(w)->click();
        QCOMPARE(w->currentId(), int(UpgradeWizard::PreflightPageId));
        PreflightPage *preflight = w->preflightPage();
        QTRY_VERIFY_WITH_TIMEOUT(!preflight->isComputing(), 20000);
        QVERIFY(preflight->rehearseButton()->isVisible());
        QVERIFY(!w->rehearsalPanel());

        // As the pre-flight stands: its blockers, met in the play.
        QTest::mouseClick(preflight->rehearseButton(), Qt::LeftButton);
        RehearsalPanel *panel = w->rehearsalPanel();
        QVERIFY(panel);
        // Watched before anything waits: a quick rehearsal reports while the window is exposed.
        QSignalSpy finished(panel, &RehearsalPanel::finished);
        QVERIFY(QTest::qWaitForWindowExposed(panel->window()));
        QCOMPARE(panel->window()->windowTitle(), QStringLiteral("Rehearsal — Slipway"));
        QVERIFY(finished.size() == 1 || finished.wait(120000));
        QVERIFY(blockerRows(panel).filter(QStringLiteral(" | --force")).size() == 1);
        QVERIFY2(panel->headline()->text().contains(QLatin1String("fails")),
                 qPrintable(panel->headline()->text()));

        // With the options that clear them, the rehearsal runs through.
        preflight->forceBox()->setChecked(true);
        preflight->emptyDirBox()->setChecked(true);
        tick(preflight->overrideList(), QStringLiteral("billing/invoice-api"));
        QTRY_VERIFY_WITH_TIMEOUT(!preflight->isComputing() && preflight->blockerCount() == 0, 20000);
        w->draft().spec.maxUnavailable = 2; // as the strategy page sets it
        QTest::mouseClick(preflight->rehearseButton(), Qt::LeftButton);
        QCOMPARE(w->rehearsalPanel(), panel); // one window, rehearsed again
        QVERIFY(finished.wait(120000));
        QCOMPARE(panel->reply().result.result, QStringLiteral("succeeded"));
        QCOMPARE(panel->reply().result.spec.maxUnavailable, 2);
        QCOMPARE(panel->blockerTree()->topLevelItemCount(), 0);
        QVERIFY(panel->reply().result.spec.drain.force);
        QCOMPARE(panel->reply().result.spec.drain.overridePdbs,
                 QStringList{QStringLiteral("billing/invoice-api")});
        QVERIFY2(panel->headline()->text().contains(QLatin1String("succeeds")),
                 qPrintable(panel->headline()->text()));
        QCOMPARE(panel->tabs()->currentWidget(), panel->timelineChart());
        QVERIFY(panel->timelineModel()->laneCount() == int(window.snapshot().nodes.size()));
        QTest::qWait(100);
        QVERIFY(panel->window()->grab().save(screenshotDir() + QStringLiteral("/rehearsal-wizard.png")));

        // The strategy page rehearses its own choice: all at once.
        next(w)->click();
        QCOMPARE(w->currentId(), int(UpgradeWizard::StrategyPageId));
        StrategyPage *strategy = w->strategyPage();
        QVERIFY(strategy->rehearseButton()->isVisible());
        strategy->allAtOnceButton()->setChecked(true);
        QTest::mouseClick(strategy->rehearseButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QCOMPARE(panel->reply().result.spec.strategy, RunStrategy::AllAtOnce);
        QVERIFY(panel->reply().result.spec.drain.force); // the pre-flight's options came along
        QVERIFY2(panel->findChild<QLabel *>(QStringLiteral("rehearsalRun"))
                     ->text()
                     .contains(QLatin1String("all workers at once")),
                 qPrintable(panel->findChild<QLabel *>(QStringLiteral("rehearsalRun"))->text()));

        // Compare strategies: the same run four ways, one table.
        QVERIFY(panel->compareButton()->isEnabled());
        QTest::mouseClick(panel->compareButton(), Qt::LeftButton);
        QVERIFY(panel->isRunning());
        QVERIFY(finished.wait(120000));
        QCOMPARE(panel->reply().compared.size(), 4);
        QCOMPARE(panel->strategyTree()->topLevelItemCount(), 4);
        QCOMPARE(panel->tabs()->currentWidget(), panel->strategyTree());
        QCOMPARE(panel->strategyTree()->topLevelItem(0)->text(0), QStringLiteral("rolling 1"));
        QCOMPARE(panel->strategyTree()->topLevelItem(0)->text(1), QStringLiteral("succeeded"));
        QTest::qWait(50);
        QVERIFY(panel->window()->grab().save(screenshotDir() + QStringLiteral("/rehearsal-compare.png")));
        w->close();
    }
};

QTEST_MAIN(TestRehearsalPanel)
#include "tst_rehearsalpanel.moc"
