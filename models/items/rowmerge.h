#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <type_traits>

namespace Slipway {

// How the flat table models take a refreshed list of rows (docs/architecture.md "Threading and
// refresh"): merged row by row, never reset, so selection and scroll position survive. Rows whose
// key is gone are removed (contiguous runs at once, back to front), rows still there are updated
// in place (dataChanged when they differ), new rows are appended at the end. A model declares
// `friend class RowMerge;` so the merge can announce its changes.
class RowMerge
{
public:
    template<typename Model, typename Row, typename KeyOf>
    static void byKey(Model &model, QList<Row> &rows, const QList<Row> &incoming, KeyOf keyOf)
    {
        using Key = std::decay_t<decltype(keyOf(incoming.constFirst()))>;
        QSet<Key> incomingKeys;
        incomingKeys.reserve(incoming.size());
        for (const Row &r : incoming)
            incomingKeys.insert(keyOf(r));
        for (int i = int(rows.size()) - 1; i >= 0;) {
            if (incomingKeys.contains(keyOf(rows.at(i)))) {
                --i;
                continue;
            }
            int first = i;
            while (first > 0 && !incomingKeys.contains(keyOf(rows.at(first - 1))))
                --first;
            model.beginRemoveRows({}, first, i);
            rows.remove(first, i - first + 1);
            model.endRemoveRows();
            i = first - 1;
        }

        QHash<Key, int> existing;
        existing.reserve(rows.size());
        for (int i = 0; i < rows.size(); ++i)
            existing.insert(keyOf(rows.at(i)), i);
        QList<Row> appended;
        const int lastColumn = model.columnCount({}) - 1;
        for (const Row &r : incoming) {
            const auto it = existing.constFind(keyOf(r));
            if (it == existing.cend()) {
                appended << r;
            } else if (!(rows.at(*it) == r)) {
                rows[*it] = r;
                Q_EMIT model.dataChanged(model.index(*it, 0), model.index(*it, lastColumn));
            }
        }
        if (!appended.isEmpty()) {
            model.beginInsertRows({}, int(rows.size()), int(rows.size() + appended.size()) - 1);
            rows << appended;
            model.endInsertRows();
        }
    }
};

} // namespace Slipway
