#pragma once

// What the report says about an executed run, derived from its events (docs/run-events.md "What
// readers derive"): the run's outline and, per node, evictions, waits and their reasons,
// overrides, errors. Phase bars come from the TimelineModel, the same model the chart draws.
// Qt Core only.

#include "models/run/runevent.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Slipway {

struct RunDigest
{
    struct Eviction
    {
        QString pod;
        int attempts = 0;
        int blocked = 0;    // answered 429 by a disruption budget
        QString outcome;    // the last attempt's outcome, or "deleted"
        QString pdb;        // the budget that refused, when one did
        QString deletedWhy; // pod-deleted's why, when the pod was deleted instead
        bool gone = false;  // the wait saw it gone
        QDateTime first;
        QDateTime last;
    };
    struct Wait
    {
        QString reason; // docs/run-events.md wait reasons
        QString pod;
        QString pdb;
        QString message; // the diagnosis sentence
        QString outcome; // resolved | timeout | overridden | aborted; empty while open
        QDateTime start;
        QDateTime end; // invalid while open
    };
    struct Override
    {
        QDateTime time;
        QString kind;
        QString by;
        QString target;
        QString pod;
        QString message;
    };
    struct Problem
    {
        QDateTime time;
        QString text;
    };
    struct NodeRun
    {
        QString node;
        std::optional<NodeRunState> state;
        QString cordonResult;
        QString uncordonResult;
        QList<Eviction> evictions;
        QList<Wait> waits;
        QList<Override> overrides;
        QList<Problem> errors;
        QList<Problem> warnings;
        int commandLines = 0;

        bool hasProblems() const;
    };

    bool started = false;
    QString kind; // upgrade | maintenance
    QString target;
    QStringList hops; // a run of several hops (run-started data.hops, format 1.1), in order
    QString strategy;
    int maxUnavailable = 0;
    QString executor;
    QStringList order; // nodes in run order
    QDateTime start;
    QDateTime end; // the last event's time when the run did not finish
    bool finished = false;
    QString result; // succeeded | failed | aborted; empty when the journal ends early
    int nodesDone = 0;
    int nodesFailed = 0;
    QStringList leftCordoned;
    int pauses = 0;
    int resumes = 0;
    QList<NodeRun> nodes;     // run order, then order of appearance
    QList<Problem> runErrors; // errors not about one node

    int evictionCount() const;
    int blockedEvictionCount() const;
    int waitCount(const QString &reason = {}) const;
    qint64 waitMs(const QString &reason = {}) const;
    int overrideCount() const;
    int errorCount() const;
    const NodeRun *node(const QString &name) const;

    static RunDigest fromEvents(const QList<RunEvent> &events);

private:
    NodeRun &nodeRun(const QString &name);
    void apply(const RunEvent &event);
    void applyNodeEvent(NodeRun &run, const RunEvent &event);
    QHash<QString, int> m_index;
    bool hasCounts = false; // run-finished carried nodesDone/nodesFailed
};

} // namespace Slipway
