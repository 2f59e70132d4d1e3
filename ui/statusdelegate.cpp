#include "ui/statusdelegate.h"

#include "models/items/nodetablemodel.h"

namespace Slipway {

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    static const QColor ready(0x1b, 0x7f, 0x3b);
    static const QColor down(0xc6, 0x28, 0x28);
    static const QColor cordoned(0xb2, 0x6a, 0x00);
    const auto status = ConditionStatus(index.data(NodeTableModel::ReadyRole).toInt());
    QColor colour = status == ConditionStatus::True ? ready : down;
    if (status == ConditionStatus::True && index.data(NodeTableModel::UnschedulableRole).toBool())
        colour = cordoned;
    option->palette.setColor(QPalette::Text, colour);
    option->palette.setColor(QPalette::HighlightedText, option->palette.color(QPalette::HighlightedText));
    option->font.setBold(status != ConditionStatus::True ||
                         index.data(NodeTableModel::UnschedulableRole).toBool());
}

} // namespace Slipway
