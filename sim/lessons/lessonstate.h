#pragma once

// What a lesson shows after a step (docs/lessons.md): kubectl-like rows of the nodes and pods
// involved, and lesson 4's sandbox with its skew findings. Internal to sim_lessons.

#include "models/finding.h"
#include "sim/lessons/lesson.h"
#include "sim/lessons/lessoncontext.h"

#include <QCoreApplication>

namespace Slipway {

class LessonState
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::Lessons)
public:
    // "NAME STATUS ROLES VERSION" rows, then "NAME READY STATUS NODE" rows, then `extra`.
    static QString describe(const LessonContext &ctx, const LessonObserve &observe);
    static QString nodeTable(const LessonContext &ctx, const QStringList &nodes);
    static QString podTable(const LessonContext &ctx, const QStringList &prefixes);
    // kubectl's STATUS column of a node: Ready / NotReady (False or Unknown), ",SchedulingDisabled".
    static QString nodeStatus(const Node &node);

    // Lesson 4's sandbox: component versions (kube-apiserver, kube-controller-manager,
    // kube-scheduler, etcd, CoreDNS, kube-proxy on the cluster; kubelet on `node`; kubectl in
    // notes) and what SkewPolicy says about them (skew and kubectl's ±1).
    static void setSandboxVersion(LessonContext &ctx, const QString &component, const QString &node,
                                  const QString &version);
    static QString sandboxVersion(const LessonContext &ctx, const QString &component,
                                  const QString &node = {});
    static QList<Finding> skewFindings(const LessonContext &ctx);
    static QString sandboxTable(const LessonContext &ctx);
};

} // namespace Slipway
