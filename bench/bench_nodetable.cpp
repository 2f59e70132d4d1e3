// How fast a 5,000-node practice cluster is expanded, shown and refreshed.
#include "models/items/nodefilterproxymodel.h"
#include "models/items/nodetablemodel.h"
#include "sim/scenario/scenarioloader.h"

#include <QTest>

using namespace Slipway;

namespace {

// A generated scenario: 5 control-plane nodes, `workers` workers, 30 pods per worker.
QByteArray bigScenario(int workers)
{
    QByteArray y = "apiVersion: slipway/v1\nkind: Scenario\nname: big\n"
                   "defaults: {capacity: {cpu: \"64\", memory: 256Gi, pods: 250}}\nnodes:\n";
    for (int i = 1; i <= 5; ++i)
        y += "  - {name: cp-" + QByteArray::number(i) +
             ", kubelet: v1.34.3, controlPlane: {kube-apiserver: v1.34.3, "
             "kube-controller-manager: v1.34.3, kube-scheduler: v1.34.3, etcd: 3.6.5-0}}\n";
    for (int i = 1; i <= workers; ++i)
        y += "  - {name: worker-" + QByteArray::number(i) +
             ", kubelet: " + (i % 10 == 0 ? "v1.33.7" : "v1.34.3") + "}\n";
    y += "addons: {coredns: {version: v1.12.1}, kubeProxy: {version: v1.34.3}}\nworkloads:\n"
         "  - {kind: DaemonSet, namespace: kube-system, name: cni, tolerations: [{operator: Exists}]}\n";
    for (int d = 0; d < workers / 10; ++d)
        y += "  - {kind: Deployment, namespace: ns-" + QByteArray::number(d % 50) + ", name: app-" +
             QByteArray::number(d) + ", replicas: 280, requests: {cpu: 10m, memory: 16Mi}}\n";
    return y;
}

} // namespace

class BenchNodeTable : public QObject
{
    Q_OBJECT
    ClusterSnapshot m_snapshot;

private Q_SLOTS:
    void initTestCase()
    {
        const auto result = ScenarioLoader::loadFromString(bigScenario(5000), QStringLiteral("big.yaml"));
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        m_snapshot = result->snapshot;
        qInfo("snapshot: %lld nodes, %lld pods", qlonglong(m_snapshot.nodes.size()),
              qlonglong(m_snapshot.pods.size()));
    }

    void expandScenario()
    {
        const QByteArray yaml = bigScenario(5000);
        QBENCHMARK
        {
            const auto result = ScenarioLoader::loadFromString(yaml, QStringLiteral("big.yaml"));
            QVERIFY(result.ok());
        }
    }

    void firstFill()
    {
        QBENCHMARK
        {
            NodeTableModel model;
            model.setSnapshot(m_snapshot);
        }
    }

    void refreshWithOneCordon()
    {
        NodeTableModel model;
        model.setSnapshot(m_snapshot);
        ClusterSnapshot changed = m_snapshot;
        changed.nodes[2500].unschedulable = true;
        bool flip = false;
        QBENCHMARK
        {
            model.setSnapshot(flip ? m_snapshot : changed);
            flip = !flip;
        }
    }

    void filterAndSort()
    {
        NodeTableModel model;
        model.setSnapshot(m_snapshot);
        NodeFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QBENCHMARK
        {
            proxy.setSearchText(QStringLiteral("v1.33"));
            proxy.sort(NodeTableModel::NameColumn);
            proxy.setSearchText(QString());
        }
    }
};

QTEST_GUILESS_MAIN(BenchNodeTable)
#include "bench_nodetable.moc"
