#pragma once

#include "models/finding.h"

#include <QAbstractTableModel>

namespace Slipway {

// The findings of a plan (now and after each hop), one row each.
class FindingTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns
    {
        SeverityColumn,
        RuleColumn,
        ComponentColumn,
        NodeColumn,
        MessageColumn,
        FixColumn,
        ColumnCount
    };
    enum Roles
    {
        SortRole = Qt::UserRole,
        SeverityRole, // int(Finding::Severity)
        NodeNameRole, // QString, empty when cluster-wide
        WhenRole,     // QString: "now" or the hop's target version
    };

    struct Row
    {
        Finding finding;
        QString when; // empty: the cluster now; else "after v1.35.8"
        friend bool operator==(const Row &, const Row &) = default;
    };

    explicit FindingTableModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const Row &row(int row) const { return m_rows.at(row); }
    int countOf(Finding::Severity severity) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace Slipway
