#pragma once

#include <QSortFilterProxyModel>

namespace Slipway {

// Natural order: digit runs compare as numbers (worker-2 < worker-10, v1.9 < v1.10).
int naturalCompare(const QString &a, const QString &b);

// Sorts nodes by their SortRole and keeps the rows whose text contains every word of the
// search string (case-insensitive), e.g. "worker 1.33" or "SchedulingDisabled".
class NodeFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit NodeFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
};

} // namespace Slipway
