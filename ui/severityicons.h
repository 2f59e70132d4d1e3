#pragma once

#include "models/finding.h"

#include <QIcon>
#include <QStyledItemDelegate>

namespace Slipway {

// Round badges for finding severities: red "!" for errors, amber "!" for warnings, blue "i" for info.
QIcon severityIcon(Finding::Severity severity);
QColor severityColor(Finding::Severity severity);

// Adds the severity badge of the model's `severityRole` (an int, -1 for none) to a cell.
class SeverityBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    SeverityBadgeDelegate(int severityRole, QObject *parent);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_severityRole;
};

} // namespace Slipway
