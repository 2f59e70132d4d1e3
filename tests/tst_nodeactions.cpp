// Node actions in the main window, driven like a user would (offscreen, the practice cluster the
// window opens, served over HTTPS): Cordon… with a reason, the Drain… dialog and its live
// preview, the drain itself with its progress panel and escape hatches, Uncordon.
#include "app/appclusterconnector.h"
#include "models/items/nodetablemodel.h"
#include "ui/draindialog.h"
#include "ui/mainwindow.h"
#include "ui/nodeactions.h"
#include "ui/nodeoperationspanel.h"
#include "ui/translations.h"
#include "ui/wizard/targetpage.h"
#include "ui/wizard/upgradewizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableView>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Slipway;

namespace {

QTreeWidgetItem *itemStartingWith(QTreeWidget *tree, int column, const QString &prefix)
{
    for (int i = 0; tree && i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(column).startsWith(prefix))
            return tree->topLevelItem(i);
    }
    return nullptr;
}

// The row of a pod in the drain dialog's preview.
QTreeWidgetItem *previewItem(QTreeWidget *tree, const QString &podPrefix)
{
    return itemStartingWith(tree, 1, podPrefix);
}

QString statusCell(MainWindow &window, const QString &node, int role = Qt::DisplayRole)
{
    QAbstractItemModel *model = window.nodeView()->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, NodeTableModel::NameColumn).data().toString() == node)
            return model->index(r, NodeTableModel::StatusColumn).data(role).toString();
    }
    return {};
}

QStringList podsOn(MainWindow &window, const QString &node)
{
    QStringList keys;
    for (const Pod &pod : window.snapshot().podsOnNode(node))
        keys << pod.key();
    return keys;
}

// The drain dialog the Drain… action opened, once its first preview is on screen.
DrainDialog *openDrainDialog(MainWindow &window, const QString &node)
{
    window.showNode(node);
    window.nodeActions()->drainAction()->trigger();
    auto *dialog = window.findChild<DrainDialog *>();
    if (!dialog)
        return nullptr;
    QSignalSpy updated(dialog, &DrainDialog::previewUpdated);
    if (dialog->preview().node != node && !updated.wait(5000))
        return nullptr;
    return dialog;
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

    void nodeMenuAndContextMenuOfferTheActions()
    {
        MainWindow window(&m_connector);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("cka-lecture")));
        auto *menu = window.findChild<QMenu *>(QStringLiteral("nodeMenu"));
        QVERIFY(menu);
        QVERIFY(window.menuBar()->actions().contains(menu->menuAction()));
        NodeActions *actions = window.nodeActions();
        QCOMPARE(actions->cordonAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        QCOMPARE(actions->drainAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        QCOMPARE(actions->uncordonAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        // Nothing selected: nothing to act on.
        window.nodeView()->setCurrentIndex({});
        QVERIFY(!actions->drainAction()->isEnabled());
        window.showNode(QStringLiteral("node01"));
        QVERIFY(actions->cordonAction()->isEnabled());
        QVERIFY(actions->drainAction()->isEnabled());
        QVERIFY(!actions->uncordonAction()->isEnabled()); // node01 is schedulable
        QCOMPARE(window.nodeView()->contextMenuPolicy(), Qt::CustomContextMenu);

        // Maintain… opens the run wizard's maintenance run with the node chosen.
        QVERIFY(actions->maintainAction()->isEnabled());
        actions->maintainAction()->trigger();
        UpgradeWizard *wizard = window.wizard();
        QVERIFY(wizard);
        QVERIFY(wizard->targetPage()->maintenanceButton()->isChecked());
        QStringList chosen;
        QListWidget *nodes = wizard->targetPage()->nodeList();
        for (int i = 0; i < nodes->count(); ++i) {
            if (nodes->item(i)->checkState() == Qt::Checked)
                chosen << nodes->item(i)->data(Qt::UserRole).toString();
        }
        QCOMPARE(chosen, QStringList{QStringLiteral("node01")});
        wizard->close();
    }

    void cordonDrainUncordon()
    {
        MainWindow window(&m_connector);
        window.resize(1400, 800);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("cka-lecture")));
        const QString node = QStringLiteral("node01");

        // Cordon… asks for the reason; the table shows SchedulingDisabled and the tooltip the reason.
        window.showNode(node);
        window.nodeActions()->cordonAction()->trigger();
        auto *ask = window.findChild<QInputDialog *>(QStringLiteral("cordonReasonDialog"));
        QVERIFY(ask);
        ask->setTextValue(QStringLiteral("kernel 6.8 security update"));
        ask->accept();
        QTRY_VERIFY_WITH_TIMEOUT(statusCell(window, node).contains(QLatin1String("SchedulingDisabled")),
                                 15000);
        QTRY_VERIFY_WITH_TIMEOUT(
            statusCell(window, node, Qt::ToolTipRole).contains(QLatin1String("kernel 6.8 security update")),
            15000);
        QVERIFY(statusCell(window, node, Qt::ToolTipRole).startsWith(QLatin1String("Cordoned by ")));
        NodeOperationsPanel *panel = window.nodeActions()->panel();
        QVERIFY(window.nodeActions()->dock()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(panel->stateLabel(node)->text(), QStringLiteral("cordoned"), 15000);
        QVERIFY(panel->log(node)->toPlainText().contains(QLatin1String("node/node01 cordoned")));

        // Drain… shows the preview; confirming drains the node.
        DrainDialog *dialog = openDrainDialog(window, node);
        QVERIFY(dialog);
        const int toGo = dialog->preview().count(DrainPodVerdict::Evict);
        QVERIFY(toGo >= 2);
        QVERIFY(dialog->drainButton()->isEnabled());
        dialog->drainButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(panel->stateLabel(node)->text(), QStringLiteral("drained"), 60000);
        const QString log = panel->log(node)->toPlainText();
        QVERIFY2(log.contains(QLatin1String("node/node01 drained")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String(" evicted")), qPrintable(log));
        // Only the DaemonSet pods stay.
        const auto onlyDaemonSetPodsLeft = [&] {
            const QStringList left = podsOn(window, node);
            return std::all_of(left.cbegin(), left.cend(), [](const QString &key) {
                return key.startsWith(QLatin1String("kube-system/weave-net-")) ||
                       key.startsWith(QLatin1String("kube-system/kube-proxy-"));
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(onlyDaemonSetPodsLeft(), 15000);

        // Uncordon: schedulable again, the reason gone.
        window.showNode(node);
        QTRY_VERIFY_WITH_TIMEOUT(window.nodeActions()->uncordonAction()->isEnabled(), 5000);
        window.nodeActions()->uncordonAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!statusCell(window, node).contains(QLatin1String("SchedulingDisabled")),
                                 15000);
        QVERIFY(!statusCell(window, node, Qt::ToolTipRole).contains(QLatin1String("kernel")));
        QTRY_COMPARE_WITH_TIMEOUT(panel->stateLabel(node)->text(), QStringLiteral("uncordoned"), 15000);
    }

    void stuckDrainIsFreedByDeletingThePodAfterConfirmation()
    {
        MainWindow window(&m_connector);
        window.resize(1400, 800);
        window.show();
        QVERIFY(loadAndWait(window, QStringLiteral("default")));
        const QString node = QStringLiteral("worker-3");
        DrainDialog *dialog = openDrainDialog(window, node);
        QVERIFY(dialog);
        QSignalSpy updated(dialog, &DrainDialog::previewUpdated);
        dialog->forceBox()->setChecked(true);
        dialog->deleteEmptyDirBox()->setChecked(true);
        QVERIFY(updated.wait(5000));
        QVERIFY(dialog->drainButton()->isEnabled());
        dialog->drainButton()->click();

        // The budget billing/invoice-api allows no disruption: the panel says so and waits.
        NodeOperationsPanel *panel = window.nodeActions()->panel();
        QTreeWidgetItem *stuck = nullptr;
        const auto stuckPod = [&] {
            return (stuck = itemStartingWith(panel->diagnosisTree(node), 0,
                                             QStringLiteral("billing/invoice-api-")));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(stuckPod(),
                                  qPrintable(panel->log(node)
                                                 ? panel->stateLabel(node)->text() + QLatin1Char('\n') +
                                                       panel->log(node)->toPlainText()
                                                 : QStringLiteral("no drain started")),
                                  30000);
        QVERIFY2(stuck->text(1).contains(QLatin1String("billing/invoice-api")), qPrintable(stuck->text(1)));
        QCOMPARE(panel->stateLabel(node)->text(), QStringLiteral("draining"));
        QVERIFY(window.nodeActions()->dock()->isVisible());
        QVERIFY(window.grab().save(QStringLiteral(SLIPWAY_BINARY_DIR "/screenshot-node-operations.png")));

        // Delete this pod… asks first; Cancel changes nothing.
        panel->diagnosisTree(node)->setCurrentItem(stuck);
        auto *deleteButton = panel->findChild<QPushButton *>(QStringLiteral("deletePod"));
        QVERIFY(deleteButton && deleteButton->isEnabled());
        deleteButton->click();
        auto *question = panel->findChild<QMessageBox *>(QStringLiteral("confirmDeletePod"));
        QVERIFY(question);
        question->button(QMessageBox::Cancel)->click();
        QTest::qWait(200);
        QCOMPARE(panel->stateLabel(node)->text(), QStringLiteral("draining"));
        // Confirmed: the pod is deleted and the drain completes.
        deleteButton->click();
        question = panel->findChild<QMessageBox *>(QStringLiteral("confirmDeletePod"));
        QVERIFY(question);
        QAbstractButton *yes = nullptr;
        for (QAbstractButton *b : question->buttons()) {
            if (question->buttonRole(b) == QMessageBox::AcceptRole)
                yes = b;
        }
        QVERIFY(yes);
        yes->click();
        QTRY_COMPARE_WITH_TIMEOUT(panel->stateLabel(node)->text(), QStringLiteral("drained"), 60000);
        QVERIFY(panel->log(node)->toPlainText().contains(QLatin1String("node/worker-3 drained")));
    }
};

QTEST_MAIN(TestNodeActions)
#include "tst_nodeactions.moc"
