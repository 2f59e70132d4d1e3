#include "models/items/componenttablemodel.h"

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
    // Merge: keep rows whose key still exists (updating them in place), drop the others,
    // append the new ones. The list is small, so linear look-ups are fine.
    QHash<QString, ComponentVersion> incoming;
    for (const auto &c : components)
        incoming.insert(rowKey(c), c);

    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!incoming.contains(rowKey(m_rows.at(i)))) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    QHash<QString, int> existing;
    for (int i = 0; i < m_rows.size(); ++i)
        existing.insert(rowKey(m_rows.at(i)), i);

    QList<ComponentVersion> appended;
    for (const auto &c : components) {
        const auto it = existing.constFind(rowKey(c));
        if (it == existing.cend()) {
            appended << c;
        } else if (!(m_rows.at(*it) == c)) {
            m_rows[*it] = c;
            Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
        }
    }
    if (!appended.isEmpty()) {
        beginInsertRows({}, m_rows.size(), m_rows.size() + appended.size() - 1);
        m_rows << appended;
        endInsertRows();
    }
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
