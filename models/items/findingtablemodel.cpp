#include "models/items/findingtablemodel.h"

namespace Slipway {

FindingTableModel::FindingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FindingTableModel::setRows(const QList<Row> &rows)
{
    // Findings are recomputed as a whole and have no identity across plans; keep the row objects
    // where they are equal, and change the row count at the end only.
    const int common = int(std::min(rows.size(), m_rows.size()));
    for (int i = 0; i < common; ++i) {
        if (!(m_rows.at(i) == rows.at(i))) {
            m_rows[i] = rows.at(i);
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
    if (rows.size() > m_rows.size()) {
        beginInsertRows({}, int(m_rows.size()), int(rows.size()) - 1);
        m_rows << rows.mid(common);
        endInsertRows();
    } else if (rows.size() < m_rows.size()) {
        beginRemoveRows({}, int(rows.size()), int(m_rows.size()) - 1);
        m_rows.resize(rows.size());
        endRemoveRows();
    }
}

int FindingTableModel::countOf(Finding::Severity severity) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [severity](const Row &r) { return r.finding.severity == severity; }));
}

int FindingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Finding &f = row.finding;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return row.when.isEmpty()
                       ? Finding::severityDisplayName(f.severity)
                       : tr("%1 (after %2)").arg(Finding::severityDisplayName(f.severity), row.when);
        case RuleColumn:
            return f.rule;
        case ComponentColumn:
            return f.component;
        case NodeColumn:
            return f.node;
        case MessageColumn:
            return f.message;
        case FixColumn:
            return f.fix;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == FixColumn) {
            QString tip = QStringLiteral("<p>%1</p><p><b>%2</b> %3</p>")
                              .arg(f.message.toHtmlEscaped(), tr("Fix:"), f.fix.toHtmlEscaped());
            if (!f.allowedRange.isEmpty())
                tip += QStringLiteral("<p>%1 %2</p>").arg(tr("Allowed:"), f.allowedRange.toHtmlEscaped());
            return tip;
        }
        return {};
    case SortRole:
        if (index.column() == SeverityColumn)
            return int(f.severity) * 1000 + (row.when.isEmpty() ? 0 : 1);
        return data(index, Qt::DisplayRole);
    case SeverityRole:
        return int(f.severity);
    case NodeNameRole:
        return f.node;
    case WhenRole:
        return row.when;
    }
    return {};
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case ComponentColumn:
        return tr("Component");
    case NodeColumn:
        return tr("Node");
    case MessageColumn:
        return tr("Message");
    case FixColumn:
        return tr("Fix");
    }
    return {};
}

} // namespace Slipway
