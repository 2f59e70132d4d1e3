#pragma once

// Decides that a node came back (docs/runner.md "Verification"): an upgraded node is Ready and its
// kubelet reports the target version; a control-plane node's static pods (kube-apiserver,
// kube-controller-manager, kube-scheduler) run the target image and /version reports at least the
// target; a maintained (rebooted) node is Ready with a status.nodeInfo.bootID other than before.
// Polls fresh reads through the seam on the run's clock.

#include "models/run/runspec.h"
#include "models/version.h"

#include <QCoreApplication>
#include <QObject>

namespace Slipway {

class ClusterApi;
class RunClock;
struct ClusterSnapshot;
struct Node;
struct Pod;

struct VerifyCriteria
{
    QString node;
    RunKind kind = RunKind::Upgrade;
    Version target;
    bool controlPlane = false;
    QString bootIdBefore;      // maintenance: the boot id before the step; empty = do not check
    qint64 timeoutSeconds = 0; // 0: wait as long as it takes (the manual executor)
    qint64 pollMsecs = 2000;
    bool once = false; // one look (read errors aside): finished(false) at the first problem
};

class NodeVerifier : public QObject
{
    Q_OBJECT
public:
    NodeVerifier(ClusterApi *api, RunClock *clock, QObject *parent = nullptr);

    void start(const VerifyCriteria &criteria);
    void cancel();

    // What still keeps `node` from verifying, one sentence; empty when it verifies.
    static QString nodeProblem(const VerifyCriteria &criteria, const Node &node);
    static QString staticPodProblem(const VerifyCriteria &criteria, const QList<Pod> &pods);

Q_SIGNALS:
    void waiting(const QString &sentence); // what it waits for, whenever that changes
    void finished(bool ok, const QString &message);

private:
    void poll();
    void checkStaticPods();
    void checkServerVersion();
    void again(const QString &problem, bool readFailed = false);

    ClusterApi *m_api;
    RunClock *m_clock;
    VerifyCriteria m_criteria;
    qint64 m_deadlineMs = 0;
    qint64 m_startedMs = 0;
    quint64 m_timer = 0;
    bool m_running = false;
    QString m_lastProblem;
    QMetaObject::Connection m_snapshotConnection;
    QMetaObject::Connection m_failedConnection;
};

} // namespace Slipway
