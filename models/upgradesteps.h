#pragma once

#include "models/clustersnapshot.h"
#include "models/upgradeplan.h"
#include "models/version.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace Slipway {

class ReleaseCatalog;

// The cluster as it will be while a plan is built: versions move as steps are planned, so the
// skew policy can be asked about every intermediate state.
struct PlanState
{
    ClusterSnapshot snapshot;
    QHash<QString, int> repoMinor; // which pkgs.k8s.io minor each node's packages come from
    // Node name -> its indices in snapshot.nodes (planning changes versions, never the node list),
    // so that per-node lookups stay O(1) on a 5,000-node cluster.
    QHash<QString, QList<qsizetype>> nodeIndex;

    static PlanState from(const ClusterSnapshot &snapshot);
    Version kubelet(const QString &node) const;
    void setKubelet(const QString &node, const Version &version);
    // Sets every row of `component` (on `node`, or on all nodes when `node` is empty).
    void setComponent(const QString &component, const QString &node, const QString &version);
    QString componentVersion(const QString &component, const QString &node) const;
    bool hasComponent(const QString &component, const QString &node = QString()) const;
    // Nodes running kube-apiserver static pods or labelled as control plane, sorted by name,
    // Ready ones first (the first runs `kubeadm upgrade apply`).
    QStringList controlPlaneNodes() const;
    QStringList workerNodes() const;
};

// Appends the steps of one hop in the documented order (FACTS §1.1, §4): blockers, the first
// control-plane node, the other control-plane nodes, control-plane kubelets, then workers.
class UpgradeSteps
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::UpgradeSteps)

public:
    UpgradeSteps(const ReleaseCatalog &catalog, PackageFamily family, const QDate &today, int hop,
                 QList<PlanStep> *out);

    // Kubelets too old for a control plane at `target` are brought up to the oldest allowed
    // minor first, one minor at a time (FACTS §1.1 step 4, §1.3). Returns the nodes touched.
    QStringList addBlockers(PlanState &state, const Version &target, bool kubeadm);
    // kubeadm on every control-plane node: apply on the first, node on the others (FACTS §4).
    void addControlPlane(PlanState &state, const Version &target, const Version &etcd,
                         const Version &coreDns);
    // Drain, upgrade the kubelet, uncordon on each control-plane node, after all control-plane
    // components are upgraded so that no kubelet is newer than an apiserver (FACTS §1.1).
    void addControlPlaneKubelets(PlanState &state, const Version &target);
    // Each worker in turn: kubeadm, `kubeadm upgrade node`, drain, kubelet, uncordon (FACTS §4).
    void addWorkers(PlanState &state, const Version &target);
    void addVerify(const Version &target);

    // The versions a node passes through from `from` to `to`: each minor's newest patch in
    // between, then `to` (one minor at a time, FACTS §1.3 kubeadm skew).
    QList<Version> stages(const Version &from, const Version &to) const;

private:
    void add(const QString &node, StepAction action, StepHost host, const QString &description,
             const QStringList &commands, bool blocker = false);
    void switchRepository(PlanState &state, const QString &node, const Version &version, bool blocker);
    void walkNode(PlanState &state, const QString &node, const QList<Version> &stages, bool runKubeadm,
                  bool blocker, const QString &drainReason);

    const ReleaseCatalog &m_catalog;
    PackageFamily m_family;
    QDate m_today;
    int m_hop;
    QList<PlanStep> *m_out;
};

} // namespace Slipway
