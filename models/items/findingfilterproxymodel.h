#pragma once

#include "models/finding.h"

#include <QSortFilterProxyModel>

namespace Slipway {

// Shows the findings of the chosen severities, sorted by the model's SortRole.
class FindingFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FindingFilterProxyModel(QObject *parent = nullptr);
    void setSeverityVisible(Finding::Severity severity, bool visible);
    bool isSeverityVisible(Finding::Severity severity) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<int> m_hidden;
};

} // namespace Slipway
