#pragma once

#include <QListWidget>

namespace Slipway {

// The run order of nodes, reorderable by drag and drop and by keyboard (Alt+Up / Alt+Down move
// the current node). Pinned nodes (the control plane, which always goes first) stay at the top
// in their own order; a node dropped among them is put back after them.
class NodeOrderList : public QListWidget
{
    Q_OBJECT
public:
    explicit NodeOrderList(QWidget *parent = nullptr);

    // `nodes` in order; the first `pinned` of them are the pinned ones.
    void setNodes(const QStringList &nodes, int pinned);
    QStringList nodes() const;
    int pinnedCount() const { return m_pinned; }

    // Moves the current node one place up (-1) or down (+1) among the unpinned ones.
    bool moveCurrent(int delta);

Q_SIGNALS:
    void orderChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void restorePinned();
    void updateAccessibleNames();

    int m_pinned = 0;
};

} // namespace Slipway
