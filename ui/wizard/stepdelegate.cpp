#include "ui/wizard/stepdelegate.h"

#include "models/items/runsteppermodel.h"

#include <QApplication>
#include <QPainter>

namespace Slipway {

namespace {
using State = RunStepperModel::StepState;

// Okabe–Ito, like the timeline: told apart with the common forms of colour blindness.
QColor stateColor(State state, bool dark)
{
    switch (state) {
    case State::Pending:
        return dark ? QColor(0x55, 0x55, 0x55) : QColor(0xe0, 0xe0, 0xe0);
    case State::Running:
        return QColor(0x56, 0xb4, 0xe9);
    case State::Waiting:
        return QColor(0xe6, 0x9f, 0x00);
    case State::Done:
        return QColor(0x00, 0x9e, 0x73);
    case State::Failed:
        return QColor(0xd5, 0x5e, 0x00);
    case State::Skipped:
        return dark ? QColor(0x44, 0x44, 0x44) : QColor(0xf0, 0xf0, 0xf0);
    case State::Aborted:
        return QColor(0x99, 0x99, 0x99);
    }
    return {};
}
} // namespace

QString StepDelegate::symbol(int state)
{
    switch (State(state)) {
    case State::Pending:
        return QStringLiteral("○");
    case State::Running:
        return QStringLiteral("▶");
    case State::Waiting:
        return QStringLiteral("◷"); // a clock face; ⏸ is missing from common fonts (drawn as a box)
    case State::Done:
        return QStringLiteral("✓");
    case State::Failed:
        return QStringLiteral("✗");
    case State::Skipped:
        return QStringLiteral("–");
    case State::Aborted:
        return QStringLiteral("■");
    }
    return {};
}

void StepDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const bool dark = opt.palette.color(QPalette::Base).lightness() < 128;
    const auto state = State(index.data(RunStepperModel::StepStateRole).toInt());
    const bool next = index.data(RunStepperModel::IsNextRole).toBool();

    painter->save();
    // The selection and focus as the style draws them, then the chip inside.
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRectF chip = QRectF(opt.rect).adjusted(4, 3, -4, -3);
    const QColor fill = stateColor(state, dark);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(next ? QPen(opt.palette.color(QPalette::Highlight), 2.5) : Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(chip, 4, 4);
    const bool lightText =
        state == State::Failed || state == State::Done || (dark && state == State::Pending);
    painter->setPen(lightText ? Qt::white : QColor(0x20, 0x20, 0x20));
    painter->drawText(chip.adjusted(6, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      symbol(int(state)) + QLatin1Char(' ') + index.data(Qt::DisplayRole).toString());
    painter->restore();
}

QSize StepDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + option.fontMetrics.horizontalAdvance(QStringLiteral("✓ ")) + 24);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 12));
    return size;
}

} // namespace Slipway
