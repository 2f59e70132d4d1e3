#pragma once

#include <QStyledItemDelegate>

namespace Slipway {

// Colours the node Status column from the model's semantic roles: Ready green, NotReady and
// Unknown red, cordoned (SchedulingDisabled) amber, so a trainer's cordon is visible from afar.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Slipway
