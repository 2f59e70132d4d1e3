#pragma once

#include <QStyledItemDelegate>

namespace Slipway {

// Paints a stepper cell: a coloured chip per state with a symbol that does not depend on colour
// (○ pending, ▶ running, ◷ waiting, ✓ done, ✗ failed, – skipped, ■ aborted) and a frame around
// the step "Next step" would run.
class StepDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QString symbol(int state);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Slipway
