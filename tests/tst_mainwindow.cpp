// The main window driven like a user would: offscreen, real widgets, real practice scenarios.
#include "app/appclusterconnector.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"
#include "models/items/nodetablemodel.h"
#include "ui/findingsview.h"
#include "ui/planview.h"
#include "ui/translations.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QApplication>
#include <QSettings>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Slipway;

class TestMainWindow : public QObject
{
    Q_OBJECT

    AppClusterConnector m_connector{60.0}; // practice clusters at 60x, as a trainer would run them

    static QStringList visibleNodeNames(QTableView *view)
    {
        QStringList names;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            names << view->model()->index(r, NodeTableModel::NameColumn).data().toString();
        return names;
    }

    static bool loadAndWait(MainWindow &window, const QString &scenario)
    {
        QSignalSpy shown(&window, &MainWindow::snapshotShown);
        window.openPractice(scenario);
        return shown.wait(10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // As the app does at start-up; the C locale of the test gets the English catalog.
        QCOMPARE(installTranslations(qApp, QString()), QStringLiteral("en"));
        // Every run starts from no remembered layout (XDG_CONFIG_HOME is the build's test home).
        QCoreApplication::setOrganizationName(QStringLiteral("SlipwayTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
    }

    void remembersLayoutPageAndPresenterZoom()
    {
        const QFont before = QApplication::font();
        {
            MainWindow window(&m_connector);
            window.resize(1111, 777);
            window.show();
            QVERIFY(loadAndWait(window, QStringLiteral("cka-lecture")));
            window.tabs()->setCurrentIndex(2);
            auto *zoom = window.findChild<QAction *>(QStringLiteral("presenterZoom"));
            QVERIFY(zoom);
            QCOMPARE(zoom->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
            zoom->trigger(); // re-fits the columns to the bigger text
            QVERIFY(window.presenterZoom());
            QVERIFY(QApplication::font().pointSizeF() >= 16.0);
            QVERIFY(QApplication::font().pointSizeF() > before.pointSizeF());
            // What the user then makes of the columns is what comes back.
            window.nodeView()->setColumnWidth(NodeTableModel::KubeletColumn, 333);
            window.close(); // saves
        }
        MainWindow again(&m_connector);
        again.show();
        QVERIFY(loadAndWait(again, QStringLiteral("cka-lecture")));
        QCOMPARE(again.tabs()->currentIndex(), 2);
        // The height as left; the width at least as left (bigger fonts widen the minimum size).
        QCOMPARE(again.height(), 777);
        QVERIFY(again.width() >= 1111);
        QCOMPARE(again.nodeView()->columnWidth(NodeTableModel::KubeletColumn), 333);
        QVERIFY(again.presenterZoom());
        again.setPresenterZoom(false);
        QCOMPARE(QApplication::font().pointSizeF(), before.pointSizeF());
        again.tabs()->setCurrentIndex(0);
        again.close();
        QSettings().clear();
    }

    void opensTheDefaultPracticeCluster()
    {
        MainWindow window(&m_connector);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(loadAndWait(window, QStringLiteral("default")));

        QTableView *nodes = window.findChild<QTableView *>(QStringLiteral("nodeTable"));
        QVERIFY(nodes);
        QCOMPARE(nodes->model()->rowCount(), 9);
        const QStringList names = visibleNodeNames(nodes);
        for (const QString &expected :
             {QStringLiteral("cp-1"), QStringLiteral("worker-1"), QStringLiteral("worker-6")})
            QVERIFY2(names.contains(expected), qPrintable(names.join(QLatin1Char(','))));
        // Sorted by name by default.
        QCOMPARE(names.constFirst(), QStringLiteral("cp-1"));

        const auto *cluster = window.findChild<QLabel *>(QStringLiteral("clusterLabel"));
        const auto *version = window.findChild<QLabel *>(QStringLiteral("versionLabel"));
        const auto *count = window.findChild<QLabel *>(QStringLiteral("nodeCountLabel"));
        QCOMPARE(cluster->text(), QStringLiteral("Cluster: default"));
        QCOMPARE(version->text(), QStringLiteral("API server: v1.34.3"));
        QCOMPARE(count->text(), QStringLiteral("9 nodes"));

        QTableView *components = window.findChild<QTableView *>(QStringLiteral("componentTable"));
        QCOMPARE(components->model()->rowCount(), 14);
        QCOMPARE(components->model()->index(0, 0).data().toString(), QStringLiteral("kube-apiserver"));
    }

    void searchBoxFiltersTheTable()
    {
        MainWindow window(&m_connector);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        QLineEdit *search = window.findChild<QLineEdit *>(QStringLiteral("nodeSearch"));
        QTableView *nodes = window.nodeView();
        QTest::keyClicks(search, QStringLiteral("v1.31"));
        QTRY_COMPARE_WITH_TIMEOUT(nodes->model()->rowCount(), 1, 2000);
        QCOMPARE(visibleNodeNames(nodes), QStringList{QStringLiteral("worker-6")});
        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(nodes->model()->rowCount(), 9, 2000);
    }

    void clickingAHeaderSorts()
    {
        MainWindow window(&m_connector);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        QTableView *nodes = window.nodeView();
        QHeaderView *header = nodes->horizontalHeader();
        const int x = header->sectionViewportPosition(NodeTableModel::KubeletColumn) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(nodes->model()->index(0, NodeTableModel::KubeletColumn).data().toString(),
                 QStringLiteral("v1.31.9"));
    }

    void practiceMenuSwitchesScenario()
    {
        MainWindow window(&m_connector);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        auto *action = window.findChild<QAction *>(QStringLiteral("scenario-cka-lecture"));
        QVERIFY(action);
        QVERIFY(!action->shortcut().isEmpty());
        QSignalSpy shown(&window, &MainWindow::snapshotShown);
        action->trigger();
        QVERIFY(shown.wait(10000));
        QCOMPARE(window.nodeView()->model()->rowCount(), 4);
        QVERIFY(visibleNodeNames(window.nodeView()).contains(QStringLiteral("master")));
        QVERIFY(action->isChecked());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("versionLabel"))->text(),
                 QStringLiteral("API server: v1.11.3"));
    }

    void everyMenuActionHasAShortcutOrSubmenu()
    {
        MainWindow window(&m_connector);
        const auto menus = window.menuBar()->findChildren<QMenu *>();
        QVERIFY(!menus.isEmpty());
        QHash<QKeySequence, QString> taken; // no two menu entries share a shortcut (Qt fires neither)
        for (QAction *top : window.menuBar()->actions()) {
            for (QAction *a : top->menu()->actions()) {
                if (a->isSeparator() || a->menu() || a->text().contains(QStringLiteral("Qt")))
                    continue;
                QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
                QVERIFY2(!taken.contains(a->shortcut()),
                         qPrintable(a->text() + QStringLiteral(" and ") + taken.value(a->shortcut())));
                taken.insert(a->shortcut(), a->text());
            }
        }
    }

    void brokenScenarioFileShowsAnErrorAndKeepsTheCluster()
    {
        MainWindow window(&m_connector);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.openPracticeFile(QStringLiteral(SLIPWAY_TEST_DATA_DIR "/scenarios/broken.yaml"));
        QVERIFY(failed.count() == 1 || failed.wait(10000));
        QVERIFY(window.errorBanner()->isVisible());
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("broken.yaml:5:5: nodes[0].kubelte: unknown field")),
                 qPrintable(message));
        QCOMPARE(window.nodeView()->model()->rowCount(), 9); // the shown cluster stays
    }

    void findingsAndBadgesFollowThePlan()
    {
        MainWindow window(&m_connector);
        window.show();
        QSignalSpy planned(&window, &MainWindow::planShown);
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        QVERIFY(planned.wait(10000));
        // worker-6's v1.31 kubelet is too old for the next control plane: an error badge.
        const QAbstractItemModel *nodes = window.nodeView()->model();
        int row = -1;
        for (int r = 0; r < nodes->rowCount(); ++r)
            if (nodes->index(r, 0).data().toString() == QLatin1String("worker-6"))
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(nodes->index(row, NodeTableModel::KubeletColumn).data(NodeTableModel::SeverityRole).toInt(),
                 int(Finding::Severity::Error));
        QVERIFY(nodes->index(row, NodeTableModel::KubeletColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("kubelet")));
        QCOMPARE(nodes->index(0, NodeTableModel::KubeletColumn).data(NodeTableModel::SeverityRole).toInt(),
                 -1); // cp-1 is fine
        QVERIFY(window.tabs()->tabText(1).contains(QStringLiteral("error")));

        // The findings tab lists them; double-clicking the worker-6 finding shows the node.
        QTableView *findings = window.findingsView()->view();
        QVERIFY(findings->model()->rowCount() > 0);
        int findingRow = -1;
        for (int r = 0; r < findings->model()->rowCount(); ++r)
            if (findings->model()->index(r, FindingTableModel::NodeColumn).data().toString() ==
                QLatin1String("worker-6"))
                findingRow = r;
        QVERIFY(findingRow >= 0);
        window.tabs()->setCurrentIndex(1);
        window.searchEdit()->setText(QStringLiteral("cp-"));
        QTRY_COMPARE_WITH_TIMEOUT(window.nodeView()->model()->rowCount(), 3, 2000);
        QTRY_VERIFY(findings->isVisible());
        const QModelIndex cell = findings->model()->index(findingRow, FindingTableModel::MessageColumn);
        findings->scrollTo(cell);
        QCoreApplication::processEvents();
        // A double click is press, release, press+double-click, release as a user's mouse sends it.
        const QPoint at = findings->visualRect(cell).center();
        QTest::mouseClick(findings->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(findings->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(window.tabs()->currentIndex(), 0);
        QCOMPARE(window.nodeView()->currentIndex().data().toString(), QStringLiteral("worker-6"));

        // Severity filter.
        const int all = findings->model()->rowCount();
        window.findingsView()->severityButton(Finding::Severity::Info)->click();
        QVERIFY(findings->model()->rowCount() < all);
        for (int r = 0; r < findings->model()->rowCount(); ++r)
            QVERIFY(findings->model()->index(r, 0).data(FindingTableModel::SeverityRole).toInt() !=
                    int(Finding::Severity::Info));
    }

    void planViewShowsHopsStepsAndCommands()
    {
        MainWindow window(&m_connector);
        window.show();
        QSignalSpy planned(&window, &MainWindow::planShown);
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        QVERIFY(planned.wait(10000));
        PlanView *plan = window.planView();
        plan->setToday(QDate(2026, 11, 26));
        QVERIFY(planned.wait(10000));
        window.tabs()->setCurrentIndex(2);
        QTreeWidget *steps = plan->stepTree();
        QCOMPARE(steps->topLevelItemCount(), 2); // v1.34.3 → v1.34.11 → v1.35.8
        QVERIFY(steps->topLevelItem(0)->text(0).contains(QStringLiteral("v1.34.11")));
        QVERIFY(steps->topLevelItem(1)->text(0).contains(QStringLiteral("v1.35.8")));
        QVERIFY(plan->details()->toPlainText().contains(QStringLiteral("kube-apiserver")));
        // Select the kubeadm upgrade apply step and copy its command.
        // Steps are grouped by node: hop → node → step.
        QTreeWidgetItem *apply = nullptr;
        QTreeWidgetItem *cp1 = steps->topLevelItem(1)->child(0);
        QCOMPARE(cp1->text(0), QStringLiteral("cp-1 — control plane"));
        for (int i = 0; i < cp1->childCount(); ++i)
            if (cp1->child(i)->text(0).contains(QStringLiteral("kubeadm upgrade apply")))
                apply = cp1->child(i);
        QVERIFY(apply);
        steps->setCurrentItem(apply);
        QVERIFY(
            plan->details()->toPlainText().contains(QStringLiteral("sudo kubeadm upgrade apply v1.35.8")));
        QVERIFY(plan->copyButton()->isEnabled());
        QCOMPARE(plan->copyButton()->property("commands").toString(),
                 QStringLiteral("sudo kubeadm upgrade apply v1.35.8"));

        // The target chooser lists catalog versions with their support dates.
        QComboBox *target = plan->targetBox();
        const int index = target->findData(QStringLiteral("v1.36.4"));
        QVERIFY(index > 0);
        QVERIFY(target->itemText(index).contains(QStringLiteral("2027-06-28")));
        target->setCurrentIndex(index);
        QVERIFY(planned.wait(10000));
        QCOMPARE(steps->topLevelItemCount(), 3);
    }

    void kubectlCordonShowsUpWithinASecond()
    {
        // A trainer's demo: students cordon with the real kubectl; the table follows via the watch.
        const QString kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        if (kubectl.isEmpty())
            QSKIP("kubectl is not installed");
        MainWindow window(&m_connector);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        QVERIFY(!window.practiceKubeconfig().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(window.cluster()->state(), ClusterConnectionState::Connected, 5000);
        QProcess p;
        p.start(kubectl, {QStringLiteral("--kubeconfig"), window.practiceKubeconfig(),
                          QStringLiteral("cordon"), QStringLiteral("worker-2")});
        // Keep the event loop running while kubectl talks to the in-process server.
        QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 30000);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("node/worker-2 cordoned"));
        QElapsedTimer clock;
        clock.start();
        const QAbstractItemModel *nodes = window.nodeView()->model();
        auto statusOf = [nodes](const QString &name) {
            for (int r = 0; r < nodes->rowCount(); ++r)
                if (nodes->index(r, 0).data().toString() == name)
                    return nodes->index(r, NodeTableModel::StatusColumn).data().toString();
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(QStringLiteral("worker-2")),
                                  QStringLiteral("Ready,SchedulingDisabled"), 1000);
        qInfo("cordon visible after %lld ms", clock.elapsed());
    }

    void screenshotsOfEveryTab()
    {
        // Rendered offscreen with real fonts, for people to look at (build/screenshots/).
        MainWindow window(&m_connector);
        window.resize(1400, 860);
        window.show();
        QSignalSpy planned(&window, &MainWindow::planShown);
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        QVERIFY(planned.wait(10000));
        const QString dir = QStringLiteral(SLIPWAY_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        for (int tab = 0; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            const QImage image = window.grab().toImage();
            QVERIFY(!image.isNull());
            QVERIFY(image.save(dir + QStringLiteral("/main-tab%1.png").arg(tab)));
        }
        // What a class sees on the projector.
        window.tabs()->setCurrentIndex(0);
        window.setPresenterZoom(true);
        QTest::qWait(200); // layouts follow the new font
        QVERIFY(window.grab().toImage().save(dir + QStringLiteral("/main-presenter.png")));
        window.setPresenterZoom(false);
    }

    void koreanTranslation()
    {
        // Installs the embedded Korean catalog, as `slipway --lang ko` does.
        QCOMPARE(installTranslations(qApp, QStringLiteral("ko")), QStringLiteral("ko"));
        MainWindow window(&m_connector);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        const QAbstractItemModel *model = window.nodeView()->model();
        QCOMPARE(model->headerData(NodeTableModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("이름"));
        QCOMPARE(model->headerData(NodeTableModel::StatusColumn, Qt::Horizontal).toString(),
                 QStringLiteral("상태"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("clusterLabel"))
                    ->text()
                    .startsWith(QStringLiteral("클러스터")));
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("파일(&F)"));
        installTranslations(qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
