#pragma once

#include "models/clustersnapshot.h"
#include "models/result.h"
#include "sim/scenario/scenario.h"

#include <QCoreApplication>

namespace Slipway {

// Turns a parsed Scenario into a full ClusterSnapshot: nodes with their status, kubeadm's static
// control-plane pods, CoreDNS and kube-proxy, workloads with their controllers (Deployment →
// ReplicaSet → Pods), pods placed on nodes the way the scheduler would (taints, nodeSelector,
// requests against allocatable, spreading), and PDB status. Names and UIDs are deterministic.
class ScenarioExpander
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ScenarioExpander)
public:
    ScenarioExpander(const Scenario &scenario, QString fileName);

    ClusterSnapshot expand();
    const Diagnostics &diagnostics() const { return m_diagnostics; }

private:
    Node makeNode(const ScenarioNode &spec, int index) const;
    void addStaticPods(const ScenarioNode &spec);
    void addAddons();
    void addWorkload(const ScenarioWorkload &spec, int index);
    void addDaemonSet(Workload ds, const ScenarioWorkload &spec);
    QString placePod(const Pod &pod, const QStringList &explicitNodes, int ordinal,
                     const QHash<QString, int> &spread);
    bool fits(const Node &node, const Pod &pod) const;
    static bool toleratesAll(const QList<Toleration> &tolerations, const QList<Taint> &taints,
                             bool schedulingOnly);
    Pod podTemplate(const Workload &owner, const ScenarioWorkload &spec) const;
    void commitPod(Pod pod);

    const Scenario &m_scenario;
    QString m_fileName;
    Diagnostics m_diagnostics;
    ClusterSnapshot m_snapshot;
    QHash<QString, Resources> m_used;
    QDateTime m_workloadTime;
};

} // namespace Slipway
