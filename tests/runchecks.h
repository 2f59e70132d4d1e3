#pragma once

// Checks shared by the runner's tests over HTTPS (tst_upgraderunner) and in-process on the
// virtual clock (tst_inprocessrun): budgets never below their minimum at any simulator change,
// boot id changes per node, "every node at the target and every workload at desired", and the
// plan a practice run uses. Header-only; needs models and sim_engine.
#include "models/disruption.h"
#include "models/releasecatalog.h"
#include "models/upgradeplanner.h"
#include "sim/engine/simulator.h"

#include <QHash>
#include <QStringList>

namespace Slipway {

// Watches every simulator change: PDBs below their minimum (except overridden ones) and how
// often each node's boot id changed.
struct SimWatch
{
    QStringList pdbViolations;
    QHash<QString, int> bootIdChanges;
    QHash<QString, QString> bootIds;

    void attach(Simulator *sim, const QStringList &overridden)
    {
        for (const Node &n : sim->snapshot().nodes)
            bootIds.insert(n.name, n.bootId);
        QObject::connect(sim, &Simulator::changed, sim, [this, sim, overridden](const WatchEvent &e) {
            if (e.object.kind == ResourceKind::Node) {
                const Node &n = e.object.node;
                if (bootIds.value(n.name) != n.bootId) {
                    bootIds.insert(n.name, n.bootId);
                    ++bootIdChanges[n.name];
                }
            }
            if (e.object.kind == ResourceKind::Pod)
                checkBudgets(sim->snapshot(), overridden, e.object.resourceVersion);
        });
    }

    // Kubernetes' disruption controller measures a budget against its controllers' scale
    // (getExpectedScale), not the pod count, which a terminating pod and its replacement inflate.
    void checkBudgets(const ClusterSnapshot &s, const QStringList &overridden, quint64 rv)
    {
        for (const PodDisruptionBudget &p : s.pdbs) {
            int scale = 0;
            for (const Workload &w : s.workloads) {
                if (w.namespaceName == p.namespaceName &&
                    (w.kind == WorkloadKind::Deployment || w.kind == WorkloadKind::StatefulSet) &&
                    selectorMatches(p.selector, w.selector))
                    scale += w.replicas;
            }
            int healthy = 0;
            for (const Pod &pod : s.pods) {
                if (pod.namespaceName == p.namespaceName && selectorMatches(p.selector, pod.labels) &&
                    isPodHealthyForPdb(pod))
                    ++healthy;
            }
            const auto scaled = [scale](const IntOrPercent &v) {
                return v.percent ? (v.value * scale + 99) / 100 : v.value;
            };
            const int required = p.minAvailable     ? scaled(*p.minAvailable)
                                 : p.maxUnavailable ? std::max(0, scale - scaled(*p.maxUnavailable))
                                                    : 0;
            if (!overridden.contains(p.key()) && healthy < required && !pdbViolations.contains(p.key()))
                pdbViolations << p.key() + QStringLiteral(" at rv %1: %2 healthy, %3 required")
                                               .arg(rv)
                                               .arg(healthy)
                                               .arg(required);
        }
    }
};

inline QString allSettled(const ClusterSnapshot &s, const QString &version)
{
    for (const Node &n : s.nodes) {
        if (n.ready != ConditionStatus::True || n.unschedulable ||
            (!version.isEmpty() && n.kubeletVersion != version))
            return n.name + QStringLiteral(" ") + n.kubeletVersion;
    }
    for (const Workload &w : s.workloads) {
        if ((w.kind == WorkloadKind::Deployment || w.kind == WorkloadKind::StatefulSet) &&
            w.readyReplicas < w.replicas)
            return w.key() + QStringLiteral(" %1/%2").arg(w.readyReplicas).arg(w.replicas);
    }
    return {};
}

inline UpgradePlan practicePlan(const ClusterSnapshot &snapshot, const QString &target)
{
    PlanOptions options;
    options.target = target;
    options.today = QDate(2026, 12, 2);
    options.includePatchHopFirst = false;
    return planUpgrade(snapshot, ReleaseCatalog::bundled(), options);
}

} // namespace Slipway
