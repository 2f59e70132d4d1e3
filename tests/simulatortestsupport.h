#pragma once

// Helpers shared by the simulator specifications (header-only: tests never compile library code).
#include "sim/scenario/scenarioloader.h"
#include "sim/engine/simulator.h"
#include "sim/engine/virtualclock.h"

#include <QFile>
#include <QTest>

#include <memory>

namespace SimTest {

using namespace Slipway;

// A scenario file: the bundled one, or YAML given inline. Null (with a warning) on errors.
inline std::unique_ptr<Simulator> load(const Result<LoadedScenario> &result)
{
    if (!result.ok()) {
        qWarning("%s", qPrintable(result.errorText()));
        return nullptr;
    }
    return std::make_unique<Simulator>(result->snapshot);
}

inline std::unique_ptr<Simulator> loadBundled(const QString &name)
{
    return load(ScenarioLoader::loadBundled(name));
}

inline std::unique_ptr<Simulator> loadYaml(const QByteArray &yaml)
{
    return load(ScenarioLoader::loadFromString(yaml, QStringLiteral("test.yaml")));
}

inline QByteArray bundledYaml(const QString &name)
{
    QFile file(ScenarioLoader::bundledScenarioPath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A small lab: one control plane (its version from the argument), three workers.
inline QByteArray labScenario(const QByteArray &controlPlaneVersion = "v1.34.3",
                              const QByteArray &workloads = {}, const QByteArray &extraNodes = {})
{
    const QByteArray v = controlPlaneVersion;
    QByteArray yaml =
        "apiVersion: slipway/v1\nkind: Scenario\nname: lab\ncreatedAt: \"2025-09-03T08:00:00Z\"\n"
        "defaults:\n  capacity: {cpu: \"4\", memory: 16Gi, pods: 110}\n"
        "  allocatable: {cpu: \"4\", memory: 16Gi, pods: 110}\n"
        "nodes:\n"
        "  - name: cp-1\n    roles: [control-plane]\n    kubelet: " +
        v + "\n    controlPlane: {kube-apiserver: " + v + ", kube-controller-manager: " + v +
        ", kube-scheduler: " + v +
        ", etcd: 3.5.16-0}\n"
        "  - {name: w1, kubelet: " +
        v +
        "}\n"
        "  - {name: w2, kubelet: " +
        v +
        "}\n"
        "  - {name: w3, kubelet: " +
        v + "}\n" + extraNodes +
        "addons: {coredns: {version: v1.11.3, replicas: 2}, kubeProxy: {version: " + v + "}}\n";
    if (!workloads.isEmpty())
        yaml += "workloads:\n" + workloads;
    return yaml;
}

inline std::optional<Pod> pod(const Simulator &sim, const QString &ns, const QString &name)
{
    const auto o = sim.get(ResourceKind::Pod, ns, name);
    return o ? std::optional<Pod>(o->pod) : std::nullopt;
}

inline Node node(const Simulator &sim, const QString &name)
{
    const auto o = sim.get(ResourceKind::Node, QString(), name);
    return o ? o->node : Node();
}

inline Workload workload(const Simulator &sim, ResourceKind kind, const QString &ns, const QString &name)
{
    const auto o = sim.get(kind, ns, name);
    return o ? o->workload : Workload();
}

inline PodDisruptionBudget pdb(const Simulator &sim, const QString &ns, const QString &name)
{
    const auto o = sim.get(ResourceKind::PodDisruptionBudget, ns, name);
    return o ? o->pdb : PodDisruptionBudget();
}

// Pods of a namespace whose name starts with `prefix`, in name order.
inline QList<Pod> pods(const Simulator &sim, const QString &ns, const QString &prefix = {})
{
    QList<Pod> result;
    for (const StoredObject &o : sim.list(ResourceKind::Pod, ns).items) {
        if (o.pod.name.startsWith(prefix))
            result << o.pod;
    }
    return result;
}

inline QList<Pod> podsOnNode(const Simulator &sim, const QString &nodeName)
{
    QList<Pod> result;
    for (const StoredObject &o : sim.list(ResourceKind::Pod).items) {
        if (o.pod.nodeName == nodeName)
            result << o.pod;
    }
    return result;
}

inline bool hasTaint(const Node &n, const QString &key, const QString &effect)
{
    return std::any_of(n.taints.cbegin(), n.taints.cend(),
                       [&](const Taint &t) { return t.key == key && t.effect == effect; });
}

inline void advanceTo(Simulator &sim, const QDateTime &when)
{
    sim.clock()->advanceTo(when);
}

} // namespace SimTest
