// Specification of the node table model, its merge-on-refresh behaviour, and the filter proxy.
#include "models/items/componenttablemodel.h"
#include "models/items/nodefilterproxymodel.h"
#include "models/items/nodetablemodel.h"
#include "sim/scenario/scenarioloader.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Slipway;

class TestNodeTableModel : public QObject
{
    Q_OBJECT

private:
    static ClusterSnapshot defaultSnapshot()
    {
        const auto result = ScenarioLoader::loadBundled(QStringLiteral("default"));
        Q_ASSERT(result.ok());
        return result->snapshot;
    }
    static QString cell(const QAbstractItemModel &m, int row, int column)
    {
        return m.index(row, column).data().toString();
    }

private Q_SLOTS:
    void showsNodesWithTheirColumns()
    {
        NodeTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(defaultSnapshot());
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.columnCount(), int(NodeTableModel::ColumnCount));
        QCOMPARE(model.headerData(NodeTableModel::KubeletColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Kubelet"));
        const int row = model.rowOfNode(QStringLiteral("worker-6"));
        QVERIFY(row >= 0);
        QCOMPARE(cell(model, row, NodeTableModel::NameColumn), QStringLiteral("worker-6"));
        QCOMPARE(cell(model, row, NodeTableModel::RolesColumn), QStringLiteral("worker"));
        QCOMPARE(cell(model, row, NodeTableModel::StatusColumn), QStringLiteral("Ready"));
        QCOMPARE(cell(model, row, NodeTableModel::KubeletColumn), QStringLiteral("v1.31.9"));
        // kube-proxy comes from the DaemonSet pod's image on the node.
        QCOMPARE(cell(model, row, NodeTableModel::KubeProxyColumn), QStringLiteral("v1.34.3"));
        QCOMPARE(cell(model, row, NodeTableModel::RuntimeColumn), QStringLiteral("containerd://1.7.24"));
        QCOMPARE(cell(model, row, NodeTableModel::OsImageColumn), QStringLiteral("Ubuntu 22.04.5 LTS"));
        QVERIFY(model.index(row, NodeTableModel::PodsColumn).data().toInt() > 0);
        const int cp = model.rowOfNode(QStringLiteral("cp-1"));
        QVERIFY(model.index(cp, 0).data(NodeTableModel::ControlPlaneRole).toBool());
        QCOMPARE(cell(model, cp, NodeTableModel::RolesColumn), QStringLiteral("control-plane"));
    }

    void statusText_data()
    {
        QTest::addColumn<int>("ready");
        QTest::addColumn<bool>("unschedulable");
        QTest::addColumn<QString>("text");
        QTest::addRow("ready") << int(ConditionStatus::True) << false << QStringLiteral("Ready");
        QTest::addRow("cordoned") << int(ConditionStatus::True) << true
                                  << QStringLiteral("Ready,SchedulingDisabled");
        QTest::addRow("not ready") << int(ConditionStatus::False) << false << QStringLiteral("NotReady");
        QTest::addRow("unreachable and cordoned")
            << int(ConditionStatus::Unknown) << true << QStringLiteral("Unknown,SchedulingDisabled");
    }

    void statusText()
    {
        QFETCH(int, ready);
        QFETCH(bool, unschedulable);
        QFETCH(QString, text);
        Node node;
        node.ready = ConditionStatus(ready);
        node.unschedulable = unschedulable;
        QCOMPARE(NodeTableModel::statusText(node), text);
    }

    void cordonToolTip()
    {
        // Who cordoned, when and why, from Slipway's slipway.io/cordon-* annotations.
        Node node;
        node.unschedulable = true;
        QCOMPARE(NodeTableModel::statusToolTip(node),
                 QStringLiteral("Cordoned (not by Slipway: no reason recorded)"));
        node.annotations.insert(QStringLiteral("slipway.io/cordoned-by"), QStringLiteral("ana@laptop"));
        node.annotations.insert(QStringLiteral("slipway.io/cordoned-at"),
                                QStringLiteral("2026-12-02T09:15:00Z"));
        node.annotations.insert(QStringLiteral("slipway.io/cordon-reason"), QStringLiteral("kernel update"));
        QCOMPARE(NodeTableModel::statusToolTip(node),
                 QStringLiteral("Cordoned by ana@laptop at 2026-12-02T09:15:00Z: kernel update"));
        NodeTableModel model;
        ClusterSnapshot snapshot;
        node.name = QStringLiteral("worker-1");
        snapshot.nodes << node;
        model.setSnapshot(snapshot);
        QCOMPARE(model.index(0, NodeTableModel::StatusColumn).data(Qt::ToolTipRole).toString(),
                 NodeTableModel::statusToolTip(node));
    }

    void refreshMergesInsteadOfResetting()
    {
        NodeTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ClusterSnapshot snapshot = defaultSnapshot();
        model.setSnapshot(snapshot);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // Same data again: nothing is signalled.
        model.setSnapshot(snapshot);
        QCOMPARE(changed.count(), 0);

        // Cordon one node: exactly one row changes.
        for (Node &n : snapshot.nodes)
            if (n.name == QLatin1String("worker-2"))
                n.unschedulable = true;
        model.setSnapshot(snapshot);
        QCOMPARE(changed.count(), 1);
        const int row = model.rowOfNode(QStringLiteral("worker-2"));
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(cell(model, row, NodeTableModel::StatusColumn), QStringLiteral("Ready,SchedulingDisabled"));

        // A node leaves and another joins.
        snapshot.nodes.removeIf([](const Node &n) { return n.name == QLatin1String("worker-4"); });
        Node fresh = snapshot.nodes.constLast();
        fresh.name = QStringLiteral("worker-7");
        snapshot.nodes << fresh;
        model.setSnapshot(snapshot);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.rowOfNode(QStringLiteral("worker-4")), -1);
        QVERIFY(model.rowOfNode(QStringLiteral("worker-7")) >= 0);
        QCOMPARE(resets.count(), 0);
    }

    void sortsNaturallyAndFilters()
    {
        NodeTableModel model;
        NodeFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ClusterSnapshot snapshot = defaultSnapshot();
        Node tenth = snapshot.nodes.constLast();
        tenth.name = QStringLiteral("worker-10");
        snapshot.nodes << tenth;
        model.setSnapshot(snapshot);

        proxy.sort(NodeTableModel::NameColumn, Qt::AscendingOrder);
        QStringList names;
        for (int r = 0; r < proxy.rowCount(); ++r)
            names << cell(proxy, r, NodeTableModel::NameColumn);
        QCOMPARE(names.indexOf(QStringLiteral("worker-2")) + 1, names.indexOf(QStringLiteral("worker-3")));
        QCOMPARE(names.constLast(), QStringLiteral("worker-10"));

        proxy.sort(NodeTableModel::PodsColumn, Qt::DescendingOrder);
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r - 1, NodeTableModel::PodsColumn).data().toInt() >=
                    proxy.index(r, NodeTableModel::PodsColumn).data().toInt());

        proxy.setSearchText(QStringLiteral("v1.31"));
        QCOMPARE(proxy.rowCount(), 2); // worker-6 and its copy worker-10
        proxy.setSearchText(QStringLiteral("WORKER   1.33"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(cell(proxy, 0, NodeTableModel::NameColumn), QStringLiteral("worker-5"));
        proxy.setSearchText(QStringLiteral("control-plane"));
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setSearchText(QStringLiteral("no-such-node"));
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 10);
    }

    void componentTable()
    {
        ComponentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ClusterSnapshot snapshot = defaultSnapshot();
        model.setComponents(snapshot.components);
        QCOMPARE(model.rowCount(), 3 * 4 + 2); // four static pods per control-plane node, CoreDNS, kube-proxy
        QCOMPARE(model.index(0, ComponentTableModel::ComponentColumn).data().toString(),
                 QStringLiteral("kube-apiserver"));
        QCOMPARE(model.index(0, ComponentTableModel::NodeColumn).data().toString(), QStringLiteral("cp-1"));
        QCOMPARE(model.index(0, ComponentTableModel::VersionColumn).data().toString(),
                 QStringLiteral("v1.34.3"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        snapshot.components[0].version = QStringLiteral("v1.35.0");
        model.setComponents(snapshot.components);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, ComponentTableModel::VersionColumn).data().toString(),
                 QStringLiteral("v1.35.0"));
    }
};

QTEST_GUILESS_MAIN(TestNodeTableModel)
#include "tst_nodetablemodel.moc"
