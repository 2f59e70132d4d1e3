#include "models/run/noderunstatemachine.h"

namespace Slipway {

namespace {

using S = NodeRunState;

bool isInterruption(S s)
{
    return s == S::Waiting || s == S::Paused;
}

} // namespace

NodeRunStateMachine::NodeRunStateMachine(QString node)
    : m_node(std::move(node))
{}

QList<NodeRunState> NodeRunStateMachine::transitionsFrom(NodeRunState from)
{
    switch (from) {
    case S::Pending:
        // done: nothing to do on this node (already at the target, skipped at a gate)
        return {S::Cordoned, S::Done};
    case S::Cordoned:
        // uncordoned: given back without a drain (a roll back, a gate said no)
        return {S::Draining, S::Uncordoned};
    case S::Draining:
        return {S::Drained};
    case S::Drained:
        return {S::Upgrading, S::Maintaining, S::Uncordoned};
    case S::Upgrading:
    case S::Maintaining:
        return {S::Verifying};
    case S::Verifying:
        // done: a retired node (surge) is gone, with nothing left to uncordon; upgrading: a
        // lagging worker's next minor under the same drain (docs/runner.md "Lagging nodes")
        return {S::Uncordoned, S::Done, S::Upgrading};
    case S::Uncordoned:
        // cordoned: a lagging worker's walk goes on after the control plane (docs/runner.md
        // "Lagging nodes")
        return {S::Done, S::Cordoned};
    case S::Done:
    case S::Failed:
    case S::Aborted:
    case S::Waiting:
    case S::Paused:
        return {};
    }
    return {};
}

bool NodeRunStateMachine::canMoveTo(NodeRunState to) const
{
    if (isTerminal() || to == m_state)
        return false;
    if (to == S::Failed || to == S::Aborted)
        return true;
    if (isInterruption(to))
        return true; // waiting ↔ paused, or interrupting the working state
    if (isInterruption(m_state) && to == m_held)
        return true; // the wait or pause is over
    return transitionsFrom(m_held).contains(to);
}

Result<RunEvent> NodeRunStateMachine::moveTo(NodeRunState to, const QString &message)
{
    if (!canMoveTo(to)) {
        return Result<RunEvent>::failure(tr("Node %1 cannot go from \"%2\" to \"%3\".")
                                             .arg(m_node, nodeRunStateName(m_state), nodeRunStateName(to)));
    }
    return record(to, message);
}

Result<RunEvent> NodeRunStateMachine::record(NodeRunState to, const QString &message)
{
    RunEvent e;
    e.type = RunEvent::Type::NodeState;
    e.node = m_node;
    e.state = to;
    e.message = message;
    e.data.insert(QLatin1String("previous"), nodeRunStateName(m_state));
    m_state = to;
    if (!isInterruption(to))
        m_held = to;
    return e;
}

void NodeRunStateMachine::restore(NodeRunState state, NodeRunState held)
{
    m_state = state;
    m_held = isInterruption(state) && !isInterruption(held) ? held : state;
}

Result<RunEvent> NodeRunStateMachine::retry(bool stillCordoned, const QString &message)
{
    if (m_state != S::Failed) {
        return Result<RunEvent>::failure(
            tr("Node %1 is \"%2\", not \"failed\": only a failed node can be taken up again.")
                .arg(m_node, nodeRunStateName(m_state)));
    }
    return record(stillCordoned ? S::Cordoned : S::Pending, message);
}

} // namespace Slipway
