// The main window driven like a user would: offscreen, real widgets, real practice scenarios.
#include "bundledscenariocatalog.h"
#include "mainwindow.h"
#include "nodetablemodel.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Slipway;

class TestMainWindow : public QObject
{
    Q_OBJECT

    BundledScenarioCatalog m_catalog;

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
        window.openBundledScenario(scenario);
        return shown.wait(10000);
    }

private Q_SLOTS:
    void opensTheDefaultPracticeCluster()
    {
        MainWindow window(&m_catalog);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(loadAndWait(window, QStringLiteral("default")));

        QTableView *nodes = window.findChild<QTableView *>(QStringLiteral("nodeTable"));
        QVERIFY(nodes);
        QCOMPARE(nodes->model()->rowCount(), 9);
        const QStringList names = visibleNodeNames(nodes);
        for (const QString &expected : {QStringLiteral("cp-1"), QStringLiteral("worker-1"), QStringLiteral("worker-6")})
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
        MainWindow window(&m_catalog);
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
        MainWindow window(&m_catalog);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        QTableView *nodes = window.nodeView();
        QHeaderView *header = nodes->horizontalHeader();
        const int x = header->sectionViewportPosition(NodeTableModel::KubeletColumn) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(nodes->model()->index(0, NodeTableModel::KubeletColumn).data().toString(), QStringLiteral("v1.31.9"));
    }

    void practiceMenuSwitchesScenario()
    {
        MainWindow window(&m_catalog);
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
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("versionLabel"))->text(), QStringLiteral("API server: v1.11.3"));
    }

    void everyMenuActionHasAShortcutOrSubmenu()
    {
        MainWindow window(&m_catalog);
        const auto menus = window.menuBar()->findChildren<QMenu *>();
        QVERIFY(!menus.isEmpty());
        for (QAction *top : window.menuBar()->actions()) {
            for (QAction *a : top->menu()->actions()) {
                if (a->isSeparator() || a->menu() || a->text().contains(QStringLiteral("Qt")))
                    continue;
                QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
            }
        }
    }

    void brokenScenarioFileShowsAnErrorAndKeepsTheCluster()
    {
        MainWindow window(&m_catalog);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.openScenarioFile(QStringLiteral(SLIPWAY_TEST_DATA_DIR "/scenarios/broken.yaml"));
        QVERIFY(failed.wait(10000));
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("broken.yaml:5:5: nodes[0].kubelte: unknown field")), qPrintable(message));
        QCOMPARE(window.nodeView()->model()->rowCount(), 9); // the shown cluster stays
    }

    void koreanTranslation()
    {
        // Installs the embedded Korean catalog, as `slipway --lang ko` does.
        QCOMPARE(installTranslations(qApp, QStringLiteral("ko")), QStringLiteral("ko"));
        MainWindow window(&m_catalog);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        const QAbstractItemModel *model = window.nodeView()->model();
        QCOMPARE(model->headerData(NodeTableModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("이름"));
        QCOMPARE(model->headerData(NodeTableModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("상태"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("clusterLabel"))->text().startsWith(QStringLiteral("클러스터")));
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("파일(&F)"));
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
