// Rehearse… in the GUI (issue 14, docs/rehearsal.md): offscreen, the real main window on the
// practice cluster (default scenario). Rehearse on the plan page plays the plan's run — every hop
// of its path, as the wizard runs it — on a worker thread while the GUI thread keeps ticking; the rehearsal
// panel beside the plan names the blockers `slipway rehearse` names for this scenario (the
// billing/invoice-api budget, the bare pod default/debug-shell, the emptyDir pods), each with the option that
// clears it, and its timeline has lanes with bars. Cancel stops a rehearsal at once. Screenshots go to
// <build>/screenshots/rehearsal-*.png. The wizard's pre-flight rehearses with its own options.
// The Timing… dialog sets the timing model (and a calibration from a run's journal) the next
// rehearsal plays and states; it refuses what is not a duration or not a usable journal.
// Cancelling and closing mid-rehearsal hold the worker at its first progress figure (the run has
// started) until the cancel, so they do not depend on how fast the machine plays 80 nodes.

#include "sim/engine/virtualtimedriver.h"
#include "app/appclusterconnector.h"
#include "models/items/timelinemodel.h"
#include "models/run/runjournal.h"
#include "sim/rehearsal/threadedrehearser.h"
#include "ui/mainwindow.h"
#include "ui/planview.h"
#include "ui/rehearsalpanel.h"
#include "ui/rehearsaltimingdialog.h"
#include "ui/settings.h"
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
#include <QLineEdit>
#include <QTemporaryDir>
#include <QThread>
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

// Rehearsers whose worker holds at its first progress figure — the run has started, nodes total
// known, none finished — until the rehearsal is cancelled, however fast the machine plays.
struct HeldRehearsals
{
    std::shared_ptr<std::atomic_int> figures = std::make_shared<std::atomic_int>(0); // seen by workers
    std::shared_ptr<std::atomic_int> held = std::make_shared<std::atomic_int>(0);    // holding now
    QPointer<ThreadedRehearser> last;

    RehearserFactory factory()
    {
        return [this](QObject *parent) {
            auto *rehearser = new ThreadedRehearser(parent);
            rehearser->setProgressHook([figures = figures, held = held](const RehearsalProgress &,
                                                                        const std::atomic_bool &cancelled) {
                if (figures->fetch_add(1) > 0)
                    return;
                held->fetch_add(1);
                while (!cancelled.load())
                    QThread::msleep(2);
                held->fetch_sub(1);
            });
            last = rehearser;
            return rehearser;
        };
    }
    bool workerEnded() const
    {
        return last && last->findChildren<QThread *>(Qt::FindDirectChildrenOnly).isEmpty();
    }
};

// A journal as a real run (wall clock) writes it: one upgrade phase per node, of these lengths.
QString writeJournal(const QString &path, const QList<int> &upgradeSeconds, bool virtualClock = false)
{
    RunJournalHeader h;
    h.runId = QStringLiteral("20261203-000000-test");
    h.createdAt = QDateTime(QDate(2026, 12, 3), QTime(4, 0), Qt::UTC);
    h.virtualClock = virtualClock;
    h.operatorName = QStringLiteral("ana@laptop");
    h.cluster = {QStringLiteral("prod"), QStringLiteral("prod-admin"),
                 QStringLiteral("https://10.0.0.1:6443")};
    RunSpec spec;
    spec.target = Version::parse(QStringLiteral("v1.35.0"));
    h.run = spec.toJson();
    auto journal = RunJournal::create(path, h);
    if (!journal.ok())
        return journal.errorText();
    QDateTime t = h.createdAt;
    int seq = 0;
    for (int i = 0; i < upgradeSeconds.size(); ++i) {
        RunEvent e;
        e.node = QStringLiteral("worker-%1").arg(i + 1);
        e.phase = RunPhase::Upgrade;
        e.seq = ++seq;
        e.time = t;
        e.type = RunEvent::Type::PhaseStarted;
        if (const Diagnostics d = (*journal)->append(e); d.hasErrors())
            return d.errorText();
        t = t.addSecs(upgradeSeconds.at(i));
        e.seq = ++seq;
        e.time = t;
        e.type = RunEvent::Type::PhaseFinished;
        e.data = {{QStringLiteral("result"), QStringLiteral("ok")}};
        if (const Diagnostics d = (*journal)->append(e); d.hasErrors())
            return d.errorText();
        t = t.addSecs(20);
    }
    return {};
}

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
        // The run the wizard would start from this plan: its target over every hop of its path.
        const UpgradePlan &plan = window.planView()->plan();
        const RehearsalRequest request = window.planRehearsalRequest();
        QVERIFY2(plan.path.size() >= 2, qPrintable(QString::number(plan.path.size())));
        QCOMPARE(request.spec.target, plan.target);
        QCOMPARE(request.spec.hops, plan.path);
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
        // The blockers `slipway rehearse --demo default` names (they stop the first hop), each with its fix.
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

    // A rehearsal of 80 nodes plays on its worker: the GUI thread's timer keeps ticking all along,
    // the progress bar counts the run's nodes, and Cancel ends it at once. The worker is held at
    // its first progress figure until the cancel (HeldRehearsals): the test sees the run mid-play
    // however fast the machine plays, and that the play stops there instead of playing on.
    void guiStaysResponsiveAndCancelWorks()
    {
        HeldRehearsals held;
        MainWindow window(&m_connector);
        window.setRehearserFactory(held.factory());
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
        // The copy and the plan come first (the worker computes; longer on a loaded machine),
        // then the first figure: 80 nodes to go. A second more with the worker held there.
        QTRY_COMPARE_WITH_TIMEOUT(panel->progressBar()->maximum(), 80, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(held.held->load(), 1, 20000);
        QTest::qWait(1000);
        QVERIFY(panel->isRunning());
        const qint64 playedMs = wall.elapsed();
        QVERIFY2(heartbeat.ticks >= playedMs / 10 / 4 && heartbeat.longestGapMs < 500,
                 qPrintable(QStringLiteral("%1 ticks in %2 ms, longest gap %3 ms")
                                .arg(heartbeat.ticks)
                                .arg(playedMs)
                                .arg(heartbeat.longestGapMs)));
        qInfo("GUI thread during the rehearsal: %d ticks of 10 ms in %lld ms, longest gap %lld ms",
              heartbeat.ticks, playedMs, heartbeat.longestGapMs);
        QCOMPARE(panel->progressBar()->maximum(), 80);
        QCOMPARE(panel->progressBar()->value(), 0);
        QVERIFY(panel->status()->text().startsWith(QLatin1String("Playing")));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/rehearsal-progress.png")));
        QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!panel->isRunning());
        QVERIFY2(panel->status()->text().contains(QLatin1String("cancelled")),
                 qPrintable(panel->status()->text()));
        // The worker reads the cancel at its next figure and stops there: its thread ends and it
        // saw no other figure (a play that went on would report at least its last one).
        QTRY_VERIFY_WITH_TIMEOUT(held.workerEnded(), 10000);
        QCOMPARE(held.figures->load(), 1);
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1); // the cancelled play reports nothing more
        QVERIFY(!panel->hasResult());
    }

    // Closing the window while a rehearsal plays: the rehearser cancels and waits for its
    // thread; its "cancelled" must not reach the half-destroyed panel (it crashed). Closed while
    // the worker still makes the copy, and while it is held mid-play.
    void closingTheWindowWhileRehearsing()
    {
        for (int round = 0; round < 3; ++round) {
            HeldRehearsals held;
            auto window = std::make_unique<MainWindow>(&m_connector);
            window->setRehearserFactory(held.factory());
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
            if (round > 0) {
                QTRY_COMPARE_WITH_TIMEOUT(held.held->load(), 1, 20000);
                QTest::qWait(100 * round);
                QVERIFY(window->rehearsalPanel()->isRunning());
            }
            window.reset();
            QCOMPARE(held.held->load(), 0); // the worker was let go and its thread waited for
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

    // The Timing… dialog: what is not a duration, and journals that cannot calibrate, are said in
    // the dialog (OK waits); a real run's journal calibrates the node upgrade as --calibrate-from.
    void timingDialogRefusesBadValuesAndJournals()
    {
        RehearsalTimingDialog dialog{RehearsalTimingChoice{}};
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(!dialog.errorLabel()->isVisible());
        QCOMPARE(dialog.choice().value(), RehearsalTimingChoice{}); // empty fields: the defaults
        QCOMPARE(dialog.nodeUpgradeEdit()->placeholderText(), QStringLiteral("5s"));

        const auto typeInto = [](QLineEdit *edit, const QString &text) {
            edit->clear();
            QTest::keyClicks(edit, text);
        };
        const auto refused = [&](QLineEdit *edit, const QString &text, const QString &message) {
            typeInto(edit, text);
            QVERIFY2(dialog.errorLabel()->isVisible(), qPrintable(text));
            QVERIFY2(dialog.errorLabel()->text().contains(message), qPrintable(dialog.errorLabel()->text()));
            QVERIFY(!dialog.okButton()->isEnabled());
            QVERIFY(!dialog.choice());
            edit->clear();
            QVERIFY(dialog.okButton()->isEnabled());
            QVERIFY(!dialog.errorLabel()->isVisible());
        };
        refused(dialog.imagePullEdit(), QStringLiteral("abc"),
                QStringLiteral("Image pull: \"abc\" is not a duration. Give seconds (45) or a duration"));
        refused(dialog.nodeUpgradeEdit(), QStringLiteral("5 minutes"),
                QStringLiteral("Node upgrade: \"5 minutes\""));
        refused(dialog.podStartupEdit(), QStringLiteral("-3"),
                QStringLiteral("Pod start-up: \"-3\" is negative"));
        refused(dialog.apiServerRestartEdit(), QStringLiteral("9d"), QStringLiteral("API server restart"));
        refused(dialog.staticPodStepEdit(), QStringLiteral("200h"), QStringLiteral("longer than a week"));
        refused(dialog.stuckAfterEdit(), QStringLiteral("0"),
                QStringLiteral("Stuck after must be longer than 0"));
        typeInto(dialog.imagePullEdit(), QStringLiteral("1m30s"));
        typeInto(dialog.stuckAfterEdit(), QStringLiteral("45"));
        QCOMPARE(dialog.choice()->timing.podStartSeconds, qint64(90));
        QCOMPARE(dialog.choice()->stuckSeconds, qint64(45));

        // Journals that cannot calibrate: the reason, naming the file; nothing changes.
        QTemporaryDir dir;
        const auto cannot = [&](const QString &path, const QString &message) {
            QVERIFY(!dialog.calibrateFrom(path));
            QVERIFY2(dialog.calibrationLabel()->text().contains(message),
                     qPrintable(dialog.calibrationLabel()->text()));
            QVERIFY(dialog.calibrationLabel()->text().contains(path));
            QVERIFY(dialog.nodeUpgradeEdit()->text().isEmpty());
            QVERIFY(!dialog.choice()->calibration);
        };
        cannot(dir.filePath(QStringLiteral("missing.jsonl")), QStringLiteral("does not exist"));
        QFile foreign(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("kubectl get nodes\nNAME STATUS\n");
        foreign.close();
        cannot(foreign.fileName(), QStringLiteral("is not a Slipway run journal"));
        typeInto(dialog.imagePullEdit(), QStringLiteral("abc"));
        QVERIFY(dialog.grab().save(screenshotDir() + QStringLiteral("/rehearsal-timing-dialog-refused.png")));
        typeInto(dialog.imagePullEdit(), QStringLiteral("1m30s"));
        QCOMPARE(writeJournal(dir.filePath(QStringLiteral("empty.jsonl")), {}), QString());
        cannot(dir.filePath(QStringLiteral("empty.jsonl")), QStringLiteral("no finished upgrade phase"));
        QCOMPARE(writeJournal(dir.filePath(QStringLiteral("rehearsal.jsonl")), {30, 40}, true), QString());
        cannot(dir.filePath(QStringLiteral("rehearsal.jsonl")), QStringLiteral("is a rehearsal's journal"));
        QVERIFY(dialog.okButton()->isEnabled()); // a journal that cannot calibrate blocks nothing

        // A real run: upgrade phases of 30 s, 45 s and 2 min; the median less the kubelet restart.
        const QString real = dir.filePath(QStringLiteral("real.jsonl"));
        QCOMPARE(writeJournal(real, {30, 120, 45}), QString());
        QVERIFY(dialog.calibrateFrom(real));
        QCOMPARE(dialog.nodeUpgradeEdit()->text(), QStringLiteral("40s"));
        QCOMPARE(dialog.calibrationLabel()->text(),
                 QStringLiteral("Node upgrade calibrated from %1: median upgrade phase 45 s over 3 nodes.")
                     .arg(real));
        QCOMPARE(dialog.choice()->timing.kubeletPackageSeconds, qint64(40));
        QCOMPARE(dialog.choice()->calibration->journal, real);
        QVERIFY(dialog.grab().save(screenshotDir() + QStringLiteral("/rehearsal-timing-dialog.png")));
        dialog.restoreDefaults();
        QCOMPARE(dialog.choice().value(), RehearsalTimingChoice{});
    }

    // Timing… on the panel: the values are remembered, Rehearse again plays with them and the
    // result states them; twice the node upgrade time makes the rolling run longer by that much
    // per node. A calibration is stated too.
    void timingSettingsChangeTheRehearsal()
    {
        Settings::setRehearsalTiming({});
        MainWindow window(&m_connector);
        openPlan(window);
        RehearsalPanel *panel = window.rehearsalPanel();
        QSignalSpy finished(panel, &RehearsalPanel::finished);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("runRehearsalTiming"))->isVisible());
        // The run goes through with the options that clear the scenario's blockers.
        RehearsalRequest request = window.planRehearsalRequest();
        request.spec.drain.force = true;
        request.spec.drain.deleteEmptyDirData = true;
        request.spec.drain.overridePdbs = {QStringLiteral("billing/invoice-api")};
        window.rehearsalDock()->show();
        panel->rehearse(request);
        QVERIFY(finished.wait(120000));
        QCOMPARE(panel->reply().result.result, QStringLiteral("succeeded"));
        const qint64 before = panel->reply().result.durationMs;
        int upgraded = 0;
        for (const RehearsalNode &n : panel->reply().result.nodes)
            upgraded += n.state == QLatin1String("done") ? 1 : 0;
        QVERIFY(upgraded >= 3);
        QVERIFY(panel->timingLabel()->isVisible());
        QVERIFY2(
            panel->timingLabel()->text().startsWith(QLatin1String(
                "Timing model: image pull 2 s, pod start-up (to Ready) 3 s, node upgrade (packages) 5 s")),
            qPrintable(panel->timingLabel()->text()));
        QVERIFY(panel->reply().reportText.contains(panel->timingLabel()->text()));

        // Timing…: twice the node upgrade, a longer stuck-after.
        QVERIFY(panel->againButton()->isEnabled());
        QTest::mouseClick(panel->timingButton(), Qt::LeftButton);
        RehearsalTimingDialog *dialog = panel->timingDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->nodeUpgradeEdit()->text().isEmpty()); // the default
        QTest::keyClicks(dialog->nodeUpgradeEdit(), QStringLiteral("10"));
        QTest::keyClicks(dialog->stuckAfterEdit(), QStringLiteral("2h"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!panel->timingDialog());
        QCOMPARE(Settings::rehearsalTiming().timing.kubeletPackageSeconds, qint64(10));
        QCOMPARE(Settings::rehearsalTiming().stuckSeconds, qint64(7200));
        QVERIFY2(panel->status()->text().contains(QLatin1String("Rehearse again")),
                 qPrintable(panel->status()->text()));

        QTest::mouseClick(panel->againButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QCOMPARE(panel->reply().result.result, QStringLiteral("succeeded"));
        const qint64 after = panel->reply().result.durationMs;
        qInfo("rolling run of %d nodes: %lld ms with a 5 s node upgrade, %lld ms with 10 s", upgraded, before,
              after);
        // Rolling one node at a time: each node's upgrade takes 5 s longer, one after the other.
        QVERIFY2(
            after - before >= qint64(upgraded) * 5000 - 2000,
            qPrintable(QStringLiteral("%1 ms → %2 ms over %3 nodes").arg(before).arg(after).arg(upgraded)));
        const QString timing = panel->timingLabel()->text();
        QVERIFY2(timing.contains(QLatin1String("node upgrade (packages) 10 s")), qPrintable(timing));
        QVERIFY2(timing.contains(
                     QLatin1String("Node upgrade 10s set in the rehearsal's timing settings (default 5s).")),
                 qPrintable(timing));
        QVERIFY2(timing.contains(QLatin1String("A wait longer than 2h is a blocker")), qPrintable(timing));
        QVERIFY(panel->reply().reportText.contains(QLatin1String("node upgrade (packages) 10 s")));
        QTest::qWait(100);
        QVERIFY(window.grab().save(screenshotDir() + QStringLiteral("/rehearsal-timing.png")));

        // Remembered: another window's dialog opens with them; a calibration is stated.
        MainWindow other(&m_connector);
        other.rehearsalPanel()->editTiming();
        RehearsalTimingDialog *again = other.rehearsalPanel()->timingDialog();
        QVERIFY(again);
        QCOMPARE(again->nodeUpgradeEdit()->text(), QStringLiteral("10s"));
        QCOMPARE(again->stuckAfterEdit()->text(), QStringLiteral("2h"));
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.jsonl"));
        QCOMPARE(writeJournal(real, {62, 65, 70}), QString());
        QVERIFY(again->calibrateFrom(real));
        again->accept();
        QCOMPARE(Settings::rehearsalTiming().calibration->journal, real);
        QCOMPARE(Settings::rehearsalTiming().timing.kubeletPackageSeconds, qint64(60));
        QTest::mouseClick(panel->againButton(), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QVERIFY2(
            panel->timingLabel()->text().contains(
                QStringLiteral("Node upgrade calibrated from %1: median upgrade phase 65 s over 3 nodes.")
                    .arg(real)),
            qPrintable(panel->timingLabel()->text()));
        QVERIFY(panel->reply().result.durationMs > after);
        Settings::setRehearsalTiming({});
    }
};

QTEST_MAIN(TestRehearsalPanel)
#include "tst_rehearsalpanel.moc"
