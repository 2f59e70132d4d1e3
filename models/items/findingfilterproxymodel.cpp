#include "models/items/findingfilterproxymodel.h"

#include "models/items/findingtablemodel.h"

namespace Slipway {

FindingFilterProxyModel::FindingFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FindingTableModel::SortRole);
    setDynamicSortFilter(true);
}

void FindingFilterProxyModel::setSeverityVisible(Finding::Severity severity, bool visible)
{
    if (visible == isSeverityVisible(severity))
        return;
    if (visible)
        m_hidden.remove(int(severity));
    else
        m_hidden.insert(int(severity));
    invalidateFilter();
}

bool FindingFilterProxyModel::isSeverityVisible(Finding::Severity severity) const
{
    return !m_hidden.contains(int(severity));
}

bool FindingFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const int severity =
        sourceModel()->index(sourceRow, 0, sourceParent).data(FindingTableModel::SeverityRole).toInt();
    return !m_hidden.contains(severity);
}

} // namespace Slipway
