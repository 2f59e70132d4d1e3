#include "models/items/componenttablemodel.h"

#include "models/items/rowmerge.h"

namespace Slipway {

namespace {
QString rowKey(const ComponentVersion &c)
{
    return c.component + QLatin1Char('\n') + c.node;
}
} // namespace

ComponentTableModel::ComponentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ComponentTableModel::setComponents(const QList<ComponentVersion> &components)
{
    RowMerge::byKey(*this, m_rows, components, rowKey);
}

void ComponentTableModel::setFindings(const QList<Finding> &findings)
{
    m_findings.reset(findings);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {SeverityRole, Qt::ToolTipRole});
}

int ComponentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComponentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComponentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ComponentVersion &c = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case ComponentColumn:
            return c.component;
        case NodeColumn:
            if (role == Qt::DisplayRole && c.node.isEmpty())
                return tr("(cluster-wide)");
            return c.node;
        case VersionColumn:
            return c.version.isEmpty() ? tr("unknown") : c.version;
        case ImageColumn:
            return c.image;
        }
    }
    if (index.column() == VersionColumn && role == SeverityRole)
        return m_findings.worstSeverity(c.node, c.component);
    if (index.column() == VersionColumn && role == Qt::ToolTipRole)
        return m_findings.toolTip(c.node, c.component);
    if (role == SeverityRole)
        return -1;
    if (role == ComponentRole)
        return c.component;
    if (role == NodeNameRole)
        return c.node;
    return {};
}

QVariant ComponentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ComponentColumn:
        return tr("Component");
    case NodeColumn:
        return tr("Node");
    case VersionColumn:
        return tr("Version");
    case ImageColumn:
        return tr("Image");
    }
    return {};
}

} // namespace Slipway
