#pragma once

#include "models/clustersnapshot.h"
#include "models/items/findingindex.h"

#include <QAbstractTableModel>

namespace Slipway {

// One row per node. Refreshes are merged (insert/remove/dataChanged), never a model reset, so
// selections and scroll positions survive and 5,000-row tables stay cheap to update.
class NodeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns
    {
        NameColumn,
        RolesColumn,
        StatusColumn,
        KubeletColumn,
        KubeProxyColumn,
        RuntimeColumn,
        OsImageColumn,
        PodsColumn,
        ColumnCount
    };
    enum Roles
    {
        SortRole = Qt::UserRole, // a value that sorts naturally (numbers as numbers)
        NodeNameRole,            // QString
        ReadyRole,               // int(ConditionStatus)
        UnschedulableRole,       // bool
        ControlPlaneRole,        // bool
        FilterTextRole,          // all searchable text of the row
        SeverityRole,            // int(Finding::Severity) of the worst finding for the cell, -1 none
    };

    // One node as the table shows it: the node plus what is derived from the pods on it.
    struct Row
    {
        Node node;
        QString kubeProxyVersion; // from the kube-proxy pod's image on the node, else the node field
        int podCount = 0;
        friend bool operator==(const Row &, const Row &) = default;
    };

    explicit NodeTableModel(QObject *parent = nullptr);

    void setSnapshot(const ClusterSnapshot &snapshot);
    // Watch-event updates: replaces or appends the given rows and removes the named nodes, each in
    // O(1) plus the view notification (a burst touches only the rows it changed).
    void updateRows(const QList<Row> &rows, const QStringList &removedNodes);
    // Skew findings shown as badges: on Name (any finding of the node), Kubelet and kube-proxy.
    void setFindings(const QList<Finding> &findings);
    const Row &row(int row) const { return m_rows.at(row); }
    int rowOfNode(const QString &name) const;
    static QString statusText(const Node &node);
    // The Status cell's tooltip: why the node is not Ready, who cordoned it, when and why.
    static QString statusToolTip(const Node &node);
    static QList<Row> rowsFromSnapshot(const ClusterSnapshot &snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    friend class RowMerge;
    QVariant displayData(const Row &row, int column) const;
    void rebuildIndex();

    QList<Row> m_rows;
    QString findingComponent(int column) const;

    QHash<QString, int> m_rowByName;
    FindingIndex m_findings;
};

} // namespace Slipway
