#include "models/items/runsteppermodel.h"

#include "models/items/timelinelane.h"
#include "models/items/timelinemodel.h"

#include <QJsonArray>

namespace Slipway {

namespace {
QLatin1String key(const char *name)
{
    return QLatin1String(name);
}
} // namespace

RunStepperModel::RunStepperModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_phases(phasesOf(Kind::Upgrade))
{}

QList<RunPhase> RunStepperModel::phasesOf(Kind kind)
{
    return {RunPhase::Cordon, RunPhase::Drain, kind == Kind::Upgrade ? RunPhase::Upgrade : RunPhase::Maintain,
            RunPhase::Verify, RunPhase::Uncordon};
}

void RunStepperModel::setRun(Kind kind, const QStringList &nodes)
{
    beginResetModel();
    m_kind = kind;
    m_phases = phasesOf(kind);
    m_nodes = nodes;
    m_rowOf.clear();
    m_steps.clear();
    m_nodeState.clear();
    m_result.clear();
    m_hop = 0;
    m_hopCount = 0;
    m_hopTarget.clear();
    for (int row = 0; row < nodes.size(); ++row) {
        m_rowOf.insert(nodes.at(row), row);
        m_steps.append(QList<Step>(m_phases.size()));
    }
    m_next = QPersistentModelIndex();
    endResetModel();
    updateNext();
}

void RunStepperModel::setCommands(const QString &node, RunPhase phase, const QStringList &commands)
{
    QModelIndex index;
    if (Step *step = stepFor(node, phase, &index)) {
        step->commands = commands;
        changed(index);
    }
}

RunStepperModel::Step *RunStepperModel::stepFor(const QString &node, RunPhase phase, QModelIndex *index)
{
    const int row = m_rowOf.value(node, -1);
    const int column = int(m_phases.indexOf(phase));
    if (row < 0 || column < 0)
        return nullptr;
    *index = this->index(row, column);
    return &m_steps[row][column];
}

RunStepperModel::Step *RunStepperModel::runningStepOf(const QString &node, QModelIndex *index)
{
    const int row = m_rowOf.value(node, -1);
    if (row < 0)
        return nullptr;
    for (int column = 0; column < m_phases.size(); ++column) {
        Step &step = m_steps[row][column];
        if (step.state == StepState::Running || step.state == StepState::Waiting) {
            *index = this->index(row, column);
            return &step;
        }
    }
    return nullptr;
}

void RunStepperModel::changed(const QModelIndex &index)
{
    Q_EMIT dataChanged(index, index);
}

void RunStepperModel::addEvents(const QList<RunEvent> &events)
{
    for (const RunEvent &event : events)
        addEvent(event);
}

void RunStepperModel::addEvent(const RunEvent &event)
{
    QModelIndex index;
    switch (event.type) {
    case RunEvent::Type::RunStarted: {
        const Kind kind = event.data.value(key("kind")).toString() == QLatin1String("maintenance")
                              ? Kind::Maintenance
                              : Kind::Upgrade;
        QStringList nodes;
        for (const QJsonValue &v : event.data.value(key("nodes")).toArray())
            nodes << v.toString();
        // A resumed run starts again from the journal: keep the commands already set.
        if (kind != m_kind || nodes != m_nodes)
            setRun(kind, nodes);
        m_result.clear();
        return;
    }
    case RunEvent::Type::PhaseStarted:
        if (!event.phase)
            return;
        if (Step *step = stepFor(event.node, *event.phase, &index)) {
            step->state = StepState::Running;
            step->message.clear();
            changed(index);
        }
        break;
    case RunEvent::Type::PhaseFinished: {
        if (!event.phase)
            return;
        Step *step = stepFor(event.node, *event.phase, &index);
        if (!step)
            return;
        const QString result = event.data.value(key("result")).toString();
        step->state = result == QLatin1String("failed")    ? StepState::Failed
                      : result == QLatin1String("skipped") ? StepState::Skipped
                                                           : StepState::Done;
        step->message = event.message;
        changed(index);
        break;
    }
    case RunEvent::Type::WaitStarted:
        if (Step *step = runningStepOf(event.node, &index)) {
            step->state = StepState::Waiting;
            step->message = event.message;
            changed(index);
        }
        return;
    case RunEvent::Type::WaitEnded:
        if (Step *step = runningStepOf(event.node, &index); step && step->state == StepState::Waiting) {
            step->state = StepState::Running;
            step->message.clear();
            changed(index);
        }
        return;
    case RunEvent::Type::NodeState: {
        const int row = m_rowOf.value(event.node, -1);
        if (row < 0 || !event.state)
            return;
        m_nodeState.insert(event.node, int(*event.state));
        Q_EMIT headerDataChanged(Qt::Vertical, row, row);
        if (*event.state == NodeRunState::Aborted) {
            if (Step *step = runningStepOf(event.node, &index)) {
                step->state = StepState::Aborted;
                changed(index);
            }
        }
        return;
    }
    case RunEvent::Type::RunFinished:
        finishRun(event);
        break;
    case RunEvent::Type::HopStarted: {
        // A run of several hops (docs/run-events.md): every node goes through its steps again, at
        // the hop's version; the commands set for the run stay.
        m_hop = event.data.value(key("hop")).toInt();
        m_hopTarget = event.data.value(key("target")).toString();
        m_hopCount = event.data.value(key("of")).toInt();
        for (auto &row : m_steps) {
            for (Step &step : row) {
                step.state = StepState::Pending;
                step.message.clear();
            }
        }
        m_nodeState.clear();
        if (!m_steps.isEmpty()) {
            Q_EMIT dataChanged(this->index(0, 0),
                               this->index(int(m_steps.size()) - 1, int(m_phases.size()) - 1));
            Q_EMIT headerDataChanged(Qt::Vertical, 0, int(m_steps.size()) - 1);
        }
        break;
    }
    default:
        return;
    }
    updateNext();
}

void RunStepperModel::finishRun(const RunEvent &event)
{
    m_result = event.data.value(key("result")).toString();
    for (int row = 0; row < m_steps.size(); ++row) {
        for (int column = 0; column < m_phases.size(); ++column) {
            Step &step = m_steps[row][column];
            if (step.state == StepState::Running || step.state == StepState::Waiting) {
                step.state = StepState::Aborted;
                changed(index(row, column));
            }
        }
    }
}

void RunStepperModel::updateNext()
{
    QModelIndex next;
    if (m_result.isEmpty()) {
        for (int row = 0; row < m_steps.size() && !next.isValid(); ++row) {
            for (int column = 0; column < m_phases.size(); ++column) {
                if (m_steps.at(row).at(column).state == StepState::Pending) {
                    next = index(row, column);
                    break;
                }
            }
        }
    }
    if (next == QModelIndex(m_next))
        return;
    const QModelIndex previous = m_next;
    m_next = next;
    if (previous.isValid())
        changed(previous);
    if (next.isValid())
        changed(next);
}

RunStepperModel::StepState RunStepperModel::state(const QString &node, RunPhase phase) const
{
    const int row = m_rowOf.value(node, -1);
    const int column = int(m_phases.indexOf(phase));
    return row < 0 || column < 0 ? StepState::Pending : m_steps.at(row).at(column).state;
}

QString RunStepperModel::message(const QString &node, RunPhase phase) const
{
    const int row = m_rowOf.value(node, -1);
    const int column = int(m_phases.indexOf(phase));
    return row < 0 || column < 0 ? QString() : m_steps.at(row).at(column).message;
}

QModelIndex RunStepperModel::nextStep() const
{
    return m_next;
}

int RunStepperModel::count(StepState state) const
{
    int n = 0;
    for (const QList<Step> &row : m_steps) {
        for (const Step &step : row)
            n += step.state == state ? 1 : 0;
    }
    return n;
}

QString RunStepperModel::stateLabel(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return tr("Pending");
    case StepState::Running:
        return tr("Running");
    case StepState::Waiting:
        return tr("Waiting");
    case StepState::Done:
        return tr("Done");
    case StepState::Failed:
        return tr("Failed");
    case StepState::Skipped:
        return tr("Skipped");
    case StepState::Aborted:
        return tr("Aborted");
    }
    return {};
}

QString RunStepperModel::phaseLabel(RunPhase phase)
{
    return TimelineModel::categoryLabel(timelineCategoryOf(phase));
}

int RunStepperModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_nodes.size());
}

int RunStepperModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_phases.size());
}

QVariant RunStepperModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Step &step = m_steps.at(index.row()).at(index.column());
    const QString node = m_nodes.at(index.row());
    const RunPhase phase = m_phases.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return stateLabel(step.state);
    case Qt::ToolTipRole: {
        QStringList lines{tr("%1 on %2: %3").arg(phaseLabel(phase), node, stateLabel(step.state))};
        if (!step.message.isEmpty())
            lines << step.message;
        if (!step.commands.isEmpty())
            lines << step.commands.join(QLatin1Char('\n'));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3").arg(node, phaseLabel(phase), stateLabel(step.state));
    case SortRole:
    case StepStateRole:
        return int(step.state);
    case NodeNameRole:
        return node;
    case PhaseRole:
        return int(phase);
    case MessageRole:
        return step.message;
    case CommandsRole:
        return step.commands;
    case IsNextRole:
        return index == QModelIndex(m_next);
    case NodeStateRole:
        return m_nodeState.value(node, -1);
    default:
        return {};
    }
}

QVariant RunStepperModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_phases.size())
            return phaseLabel(m_phases.at(section));
        return {};
    }
    if (section < 0 || section >= m_nodes.size())
        return {};
    const QString node = m_nodes.at(section);
    const int state = m_nodeState.value(node, -1);
    const QString stateText =
        TimelineModel::nodeStateLabel(state < 0 ? std::nullopt : std::optional(NodeRunState(state)));
    switch (role) {
    case Qt::DisplayRole:
        return node;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(node, stateText);
    case NodeNameRole:
        return node;
    case NodeStateRole:
        return state;
    default:
        return {};
    }
}

} // namespace Slipway
