#include "ui/severityicons.h"

#include <QPainter>
#include <QPixmap>

namespace Slipway {

QColor severityColor(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Error:
        return QColor(0xc6, 0x28, 0x28);
    case Finding::Severity::Warning:
        return QColor(0xe0, 0x8a, 0x00);
    case Finding::Severity::Info:
        return QColor(0x19, 0x76, 0xd2);
    }
    return {};
}

QIcon severityIcon(Finding::Severity severity)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(severity));
    if (it != cache.cend())
        return *it;
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(severityColor(severity));
        p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(int(size * 0.7));
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter,
                   severity == Finding::Severity::Info ? QStringLiteral("i") : QStringLiteral("!"));
        p.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(int(severity), icon);
    return icon;
}

SeverityBadgeDelegate::SeverityBadgeDelegate(int severityRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_severityRole(severityRole)
{}

void SeverityBadgeDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant severity = index.data(m_severityRole);
    if (!severity.isValid() || severity.toInt() < 0)
        return;
    option->icon = severityIcon(Finding::Severity(severity.toInt()));
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationPosition = QStyleOptionViewItem::Right;
}

} // namespace Slipway
