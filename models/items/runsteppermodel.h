#pragma once

// The wizard's stepper: one row per node (in run order), one column per phase, each cell a step
// with a live state derived from the run's events (docs/run-events.md). The same events feed the
// timeline; this model answers "where are we, and what is the next step". Updates are cell-level
// dataChanged; setRun() is the only reset (before a run, never during one).

#include "models/run/runevent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace Slipway {

class RunStepperModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Upgrade,
        Maintenance
    };
    enum class StepState
    {
        Pending,
        Running,
        Waiting, // the phase waits (a PDB, a gate, the executor, the node)
        Done,
        Failed,
        Skipped,
        Aborted, // the run ended (aborted) while the step ran
    };
    enum Roles
    {
        SortRole = Qt::UserRole,
        StepStateRole, // int(StepState)
        NodeNameRole,  // QString
        PhaseRole,     // int(RunPhase)
        MessageRole,   // QString: why it failed, what it waits for (the cluster's words)
        CommandsRole,  // QStringList: the kubectl/kubeadm equivalent of the step
        IsNextRole,    // bool: the step "Next step" would run
        NodeStateRole, // int(NodeRunState) of the row's node, -1 before its first node-state
    };

    explicit RunStepperModel(QObject *parent = nullptr);

    // The run's shape before it starts (pending steps); a run-started event sets it too when the
    // model is empty or its nodes differ. Resets the model.
    void setRun(Kind kind, const QStringList &nodes);
    Kind kind() const { return m_kind; }
    static QList<RunPhase> phasesOf(Kind kind);
    QList<RunPhase> phases() const { return m_phases; }
    QStringList nodes() const { return m_nodes; }
    // What the step does, as commands an admin could type; shown and copyable.
    void setCommands(const QString &node, RunPhase phase, const QStringList &commands);

    void addEvent(const RunEvent &event);
    void addEvents(const QList<RunEvent> &events);

    StepState state(const QString &node, RunPhase phase) const;
    QString message(const QString &node, RunPhase phase) const;
    int nodeState(const QString &node) const { return m_nodeState.value(node, -1); }
    // The step "Next step" runs: the first step, in run order, that has not started. Invalid when
    // every step has started or ended.
    QModelIndex nextStep() const;
    bool isRunFinished() const { return !m_result.isEmpty(); }
    QString runResult() const { return m_result; } // run-finished's result, else empty
    // Runs of several hops: the hop under way (1…; 0 for a run of one hop), how many, its version.
    int hop() const { return m_hop; }
    int hopCount() const { return m_hopCount; }
    QString hopTarget() const { return m_hopTarget; }
    int count(StepState state) const;

    static QString stateLabel(StepState state);
    static QString phaseLabel(RunPhase phase);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Step
    {
        StepState state = StepState::Pending;
        QString message;
        QStringList commands;
    };
    Step *stepFor(const QString &node, RunPhase phase, QModelIndex *index);
    Step *runningStepOf(const QString &node, QModelIndex *index);
    void changed(const QModelIndex &index);
    void updateNext();
    void finishRun(const RunEvent &event);

    Kind m_kind = Kind::Upgrade;
    QStringList m_nodes;
    QList<RunPhase> m_phases;
    QHash<QString, int> m_rowOf;
    QList<QList<Step>> m_steps; // [row][column]
    QHash<QString, int> m_nodeState;
    QPersistentModelIndex m_next;
    QString m_result;
    int m_hop = 0;
    int m_hopCount = 0;
    QString m_hopTarget;
};

} // namespace Slipway
