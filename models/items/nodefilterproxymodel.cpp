#include "models/items/nodefilterproxymodel.h"

#include "models/items/nodetablemodel.h"

namespace Slipway {

NodeFilterProxyModel::NodeFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(NodeTableModel::SortRole);
    setDynamicSortFilter(true);
}

void NodeFilterProxyModel::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() is the 6.4 way.
    m_words = words;
    invalidateFilter();
}

bool NodeFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString text =
        sourceModel()->index(sourceRow, 0, sourceParent).data(NodeTableModel::FilterTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

int naturalCompare(const QString &a, const QString &b)
{
    // Digit runs compare as numbers, so worker-2 < worker-10 and v1.9 < v1.10. Locale-free on
    // purpose: QCollator's numeric mode does nothing in the C locale.
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype ei = i, ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            const QStringView na = QStringView(a).mid(i, ei - i), nb = QStringView(b).mid(j, ej - j);
            // Compare without leading zeros: longer is bigger, then digit by digit.
            auto strip = [](QStringView v) {
                while (v.size() > 1 && v.front() == QLatin1Char('0'))
                    v = v.mid(1);
                return v;
            };
            const QStringView sa = strip(na), sb = strip(nb);
            if (sa.size() != sb.size())
                return sa.size() < sb.size() ? -1 : 1;
            if (const int c = sa.compare(sb); c != 0)
                return c;
            i = ei;
            j = ej;
            continue;
        }
        const QChar ca = a.at(i).toCaseFolded(), cb = b.at(j).toCaseFolded();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    return (a.size() - i) < (b.size() - j) ? -1 : ((a.size() - i) > (b.size() - j) ? 1 : 0);
}

bool NodeFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.typeId() == QMetaType::Int && r.typeId() == QMetaType::Int)
        return l.toInt() < r.toInt();
    return naturalCompare(l.toString(), r.toString()) < 0;
}

} // namespace Slipway
