#pragma once

// One node's state in a run (docs/run-events.md "Node states"): the working path
//   pending → cordoned → draining → drained → upgrading | maintaining → verifying → uncordoned → done
// plus `waiting` and `paused` (which remember the working state they interrupt and return to it or
// go on from it), and the terminal `failed` and `aborted`. Every allowed change yields the
// `node-state` event that records it; anything else is refused. Plain Qt Core value type.

#include "models/result.h"
#include "models/run/runevent.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Slipway {

class NodeRunStateMachine
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::NodeRunStateMachine)

public:
    explicit NodeRunStateMachine(QString node = {});

    QString node() const { return m_node; }
    NodeRunState state() const { return m_state; }
    // The working state a `waiting` or `paused` node returns to; equals state() otherwise.
    NodeRunState heldState() const { return m_held; }
    bool isTerminal() const { return Slipway::isTerminal(m_state); }

    // Whether state() may change to `to` now (see transitionsFrom()).
    bool canMoveTo(NodeRunState to) const;
    // Changes the state and returns its `node-state` event (seq and time are the runner's), or an
    // error naming both states when the change is not allowed; the state is then unchanged.
    Result<RunEvent> moveTo(NodeRunState to, const QString &message = {});
    // Puts a node back into a state read from a journal (no event, no checks of the path taken).
    void restore(NodeRunState state, NodeRunState held);
    // A `failed` node is taken up again on the user's word: back to `pending` (or `cordoned` when
    // it is still cordoned by this run). Returns the event; refused for any other state.
    Result<RunEvent> retry(bool stillCordoned, const QString &message = {});

    // The working-path changes allowed from `from` (waiting, paused, failed and aborted left out;
    // those are allowed from every non-terminal state).
    static QList<NodeRunState> transitionsFrom(NodeRunState from);

private:
    Result<RunEvent> record(NodeRunState to, const QString &message);

    QString m_node;
    NodeRunState m_state = NodeRunState::Pending;
    NodeRunState m_held = NodeRunState::Pending;
};

} // namespace Slipway
