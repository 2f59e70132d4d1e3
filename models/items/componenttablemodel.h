#pragma once

#include "models/clustersnapshot.h"
#include "models/items/findingindex.h"

#include <QAbstractTableModel>

namespace Slipway {

// Control-plane components per node plus the cluster-wide CoreDNS and kube-proxy.
class ComponentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns
    {
        ComponentColumn,
        NodeColumn,
        VersionColumn,
        ImageColumn,
        ColumnCount
    };
    enum Roles
    {
        SortRole = Qt::UserRole,
        ComponentRole,
        NodeNameRole,
        SeverityRole
    };

    explicit ComponentTableModel(QObject *parent = nullptr);

    void setComponents(const QList<ComponentVersion> &components);
    // Findings shown as badges on the Version column (matched by component and node).
    void setFindings(const QList<Finding> &findings);
    const ComponentVersion &component(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    friend class RowMerge;
    QList<ComponentVersion> m_rows;
    FindingIndex m_findings;
};

} // namespace Slipway
