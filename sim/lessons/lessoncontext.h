#pragma once

// What a lesson step's action, `until` condition, checks and observation see while it plays
// (docs/lessons.md): the practice cluster, the lesson's skew sandbox (lesson 4), its measured
// table (lesson 6) and a few questions the checks ask often. Qt Core only.

#include "models/clustersnapshot.h"
#include "sim/lessons/lesson.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace Slipway {

class Simulator;

struct LessonContext
{
    Simulator *sim = nullptr;
    QDateTime startedAt; // virtual time when the lesson started
    // Lesson 4: a cluster of component versions the trainer edits; SkewPolicy judges it.
    ClusterSnapshot sandbox;
    LessonTable table;             // lesson 6: filled by Run steps
    QHash<QString, QString> notes; // values steps remember for later checks (pod names, times)

    qint64 virtualSeconds() const; // since startedAt

    // --- questions checks ask ---
    bool podExists(const QString &namespaceName, const QString &name) const;
    // Pods whose name starts with `prefix` in `namespaceName` (not terminating unless asked).
    QList<Pod> pods(const QString &namespaceName, const QString &prefix,
                    bool includeTerminating = false) const;
    int readyPods(const QString &namespaceName, const QString &prefix) const;       // Running and Ready
    QStringList nodesOf(const QString &namespaceName, const QString &prefix) const; // sorted, duplicates kept
    const Node *node(const QString &name) const; // from a fresh snapshot (valid until the next call)
    ConditionStatus nodeReady(const QString &name) const;
    int desiredReplicas(const QString &namespaceName, const QString &deployment) const;

private:
    mutable Node m_node;
};

} // namespace Slipway
