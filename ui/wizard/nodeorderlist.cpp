#include "ui/wizard/nodeorderlist.h"

#include <QDropEvent>
#include <QKeyEvent>

namespace Slipway {

namespace {
constexpr int kPinnedRole = Qt::UserRole + 1;
}

NodeOrderList::NodeOrderList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("nodeOrder"));
    setAccessibleName(tr("Node order"));
    setAccessibleDescription(tr("Alt+Up and Alt+Down move the selected node; the control plane goes first."));
    setToolTip(accessibleDescription());
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

void NodeOrderList::setNodes(const QStringList &nodes, int pinned)
{
    clear();
    m_pinned = pinned;
    for (int i = 0; i < nodes.size(); ++i) {
        auto *item = new QListWidgetItem(nodes.at(i), this);
        item->setData(Qt::UserRole, nodes.at(i));
        item->setData(kPinnedRole, i < pinned);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (i >= pinned)
            flags |= Qt::ItemIsDragEnabled;
        item->setFlags(flags);
    }
    updateAccessibleNames();
    if (count() > 0)
        setCurrentRow(std::min(pinned, count() - 1));
}

QStringList NodeOrderList::nodes() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        out << item(i)->data(Qt::UserRole).toString();
    return out;
}

bool NodeOrderList::moveCurrent(int delta)
{
    const int row = currentRow();
    const int target = row + delta;
    if (row < m_pinned || target < m_pinned || target >= count())
        return false;
    QListWidgetItem *moved = takeItem(row);
    insertItem(target, moved);
    setCurrentRow(target);
    updateAccessibleNames();
    Q_EMIT orderChanged();
    return true;
}

void NodeOrderList::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::AltModifier &&
        (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        moveCurrent(event->key() == Qt::Key_Up ? -1 : 1);
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

void NodeOrderList::dropEvent(QDropEvent *event)
{
    QListWidget::dropEvent(event);
    restorePinned();
    updateAccessibleNames();
    Q_EMIT orderChanged();
}

void NodeOrderList::restorePinned()
{
    // Pinned nodes first, in the order they had; the others keep their new order.
    int next = 0;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(kPinnedRole).toBool()) {
            if (i != next)
                insertItem(next, takeItem(i));
            ++next;
        }
    }
}

void NodeOrderList::updateAccessibleNames()
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *it = item(i);
        const QString name = it->data(Qt::UserRole).toString();
        const bool pinned = it->data(kPinnedRole).toBool();
        it->setText(tr("%1. %2").arg(i + 1).arg(name) +
                    (pinned ? tr(" (control plane, goes first)") : QString()));
        it->setData(Qt::AccessibleTextRole,
                    pinned
                        ? tr("%1, position %2 of %3, control plane, fixed").arg(name).arg(i + 1).arg(count())
                        : tr("%1, position %2 of %3").arg(name).arg(i + 1).arg(count()));
    }
}

} // namespace Slipway
