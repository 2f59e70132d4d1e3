// Node actions in the main window, driven like a user would (offscreen, the practice cluster the
// window opens): the Drain… dialog and its live preview.
#include "app/appclusterconnector.h"
#include "models/items/nodetablemodel.h"
#include "ui/draindialog.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Slipway;

namespace {

QTreeWidgetItem *previewItem(QTreeWidget *tree, const QString &podPrefix)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(1).startsWith(podPrefix))
            return tree->topLevelItem(i);
    }
    return nullptr;
}

} // namespace

class TestNodeActions : public QObject
{
    Q_OBJECT

    AppClusterConnector m_connector{60.0};

    static bool loadAndWait(MainWindow &window, const QString &scenario)
    {
        QSignalSpy shown(&window, &MainWindow::snapshotShown);
        window.openPractice(scenario);
        return shown.wait(10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(installTranslations(qApp, QString()), QStringLiteral("en"));
        QCoreApplication::setOrganizationName(QStringLiteral("SlipwayTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_nodeactions"));
        QSettings().clear();
    }

    void drainDialogPreviewFollowsTheOptions()
    {
        MainWindow window(&m_connector);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("default")));

        DrainDialog dialog(window.snapshot(), QStringLiteral("worker-3"), &window);
        QSignalSpy updated(&dialog, &DrainDialog::previewUpdated);
        dialog.show();
        QVERIFY(updated.wait(5000));
        QTreeWidget *tree = dialog.previewTree();
        QTreeWidgetItem *debug = previewItem(tree, QStringLiteral("default/debug-shell"));
        QVERIFY(debug);
        QCOMPARE(debug->text(0), QStringLiteral("blocked"));
        // kubectl would refuse (a bare pod, emptyDir): the Drain button waits for the options.
        QVERIFY(!dialog.drainButton()->isEnabled());
        // The budgets selecting a pod on the node can be overridden.
        const auto budgets =
            dialog.overrideList()->findItems(QStringLiteral("billing/invoice-api"), Qt::MatchExactly);
        QCOMPARE(budgets.size(), 1);
        QVERIFY(!dialog.overrideList()
                     ->findItems(QStringLiteral("shop/catalog-api"), Qt::MatchExactly)
                     .isEmpty());

        dialog.forceBox()->setChecked(true);
        dialog.deleteEmptyDirBox()->setChecked(true);
        QVERIFY(updated.wait(5000));
        debug = previewItem(dialog.previewTree(), QStringLiteral("default/debug-shell"));
        QCOMPARE(debug->text(0), QStringLiteral("downtime"));
        QVERIFY(dialog.drainButton()->isEnabled());
        // The budget still blocks (a 429 until the timeout) unless it is overridden.
        QTreeWidgetItem *invoice = previewItem(dialog.previewTree(), QStringLiteral("billing/invoice-api-"));
        QCOMPARE(invoice->text(0), QStringLiteral("blocked"));
        QVERIFY(invoice->text(2).contains(QLatin1String("0 disruptions allowed")));
        budgets.first()->setCheckState(Qt::Checked);
        QVERIFY(updated.wait(5000));
        invoice = previewItem(dialog.previewTree(), QStringLiteral("billing/invoice-api-"));
        QCOMPARE(invoice->text(0), QStringLiteral("downtime"));
        QCOMPARE(dialog.options().overridePdbs, QStringList{QStringLiteral("billing/invoice-api")});
        QCOMPARE(DrainDialog::commandLine(QStringLiteral("worker-3"), dialog.options()),
                 QStringLiteral("kubectl drain worker-3 --ignore-daemonsets --delete-emptydir-data --force"));

        budgets.first()->setCheckState(Qt::Unchecked);
        QVERIFY(updated.wait(5000));
        const QString shot = QStringLiteral(SLIPWAY_BINARY_DIR "/screenshot-drain-dialog.png");
        QVERIFY(dialog.grab().save(shot));
    }
};

QTEST_MAIN(TestNodeActions)
#include "tst_nodeactions.moc"
