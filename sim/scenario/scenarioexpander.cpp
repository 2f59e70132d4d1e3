#include "sim/scenario/scenarioexpander.h"

#include "models/componentversions.h"
#include "models/disruption.h"
#include "sim/engine/kubeconventions.h"
#include "models/schedulingpredicates.h"

namespace Slipway {

namespace {

const QString kKubeSystem = QStringLiteral("kube-system");
const QString kControlPlaneLabel = QStringLiteral("node-role.kubernetes.io/control-plane");

using KubeConventions::minorOf;
using KubeConventions::nameSuffix;
using KubeConventions::uidFor;

QString imageTag(const QString &version)
{
    return KubeConventions::imageTagFor(version); // '+' as '_' (FACTS §3.1)
}

Toleration exists(const QString &key, const QString &effect)
{
    Toleration t;
    t.key = key;
    t.op = QStringLiteral("Exists");
    t.effect = effect;
    return t;
}

OwnerReference controllerOf(const Workload &w)
{
    const QString apiVersion =
        w.kind == WorkloadKind::Job ? QStringLiteral("batch/v1") : QStringLiteral("apps/v1");
    return OwnerReference{apiVersion, workloadKindName(w.kind), w.name, w.uid, true};
}

} // namespace

ScenarioExpander::ScenarioExpander(const Scenario &scenario, QString fileName)
    : m_scenario(scenario)
    , m_fileName(std::move(fileName))
{}

ClusterSnapshot ScenarioExpander::expand()
{
    m_snapshot = {};
    m_snapshot.name = m_scenario.name;
    m_snapshot.takenAt = m_scenario.createdAt;
    QSet<QString> nodeNames;
    for (int i = 0; i < m_scenario.nodes.size(); ++i) {
        m_snapshot.nodes << makeNode(m_scenario.nodes.at(i), i);
        nodeNames.insert(m_scenario.nodes.at(i).name);
    }
    for (const auto &spec : m_scenario.nodes)
        addStaticPods(spec);
    addAddons();
    m_workloadTime = m_scenario.createdAt.addDays(1);
    for (int i = 0; i < m_scenario.workloads.size(); ++i) {
        const auto &spec = m_scenario.workloads.at(i);
        for (const QString &n : spec.nodes) {
            if (!nodeNames.contains(n)) {
                Diagnostic d = Diagnostic::error(tr("%1 \"%2/%3\" refers to unknown node \"%4\"")
                                                     .arg(spec.kind, spec.namespaceName, spec.name, n),
                                                 m_fileName, spec.line);
                d.where = QStringLiteral("workloads[%1].nodes").arg(i);
                m_diagnostics.add(std::move(d));
            }
        }
    }
    if (m_diagnostics.hasErrors())
        return {};
    for (int i = 0; i < m_scenario.workloads.size(); ++i)
        addWorkload(m_scenario.workloads.at(i), i);

    for (int i = 0; i < m_scenario.pdbs.size(); ++i) {
        const ScenarioPdb &spec = m_scenario.pdbs.at(i);
        PodDisruptionBudget pdb;
        pdb.namespaceName = spec.namespaceName;
        pdb.name = spec.name;
        pdb.uid = uidFor(QStringLiteral("pdb/") + spec.namespaceName + QLatin1Char('/') + spec.name);
        pdb.selector = spec.selector;
        pdb.minAvailable = spec.minAvailable;
        pdb.maxUnavailable = spec.maxUnavailable;
        m_snapshot.pdbs << pdb;
    }
    // Each budget's status from its namespace's pods (updatePdbStatus's count), in one pass over
    // the pods rather than one per budget.
    QHash<QString, QList<int>> pdbsByNamespace;
    for (int j = 0; j < m_snapshot.pdbs.size(); ++j)
        pdbsByNamespace[m_snapshot.pdbs.at(j).namespaceName] << j;
    QList<int> expected(m_snapshot.pdbs.size());
    QList<int> healthy(m_snapshot.pdbs.size());
    for (const Pod &pod : std::as_const(m_snapshot.pods)) {
        const auto budgets = pdbsByNamespace.constFind(pod.namespaceName);
        if (budgets == pdbsByNamespace.cend())
            continue;
        for (int j : *budgets) {
            if (!isPodExpectedByPdb(m_snapshot.pdbs.at(j).selector, pod))
                continue;
            ++expected[j];
            healthy[j] += isPodHealthyForPdb(pod) ? 1 : 0;
        }
    }
    for (int j = 0; j < m_snapshot.pdbs.size(); ++j)
        setPdbStatus(m_snapshot.pdbs[j], expected.at(j), healthy.at(j));

    // The API server version follows the newest kube-apiserver (kubeadm reads the highest, FACTS §3.1).
    QString serverVersion;
    int best = -1;
    for (const auto &spec : m_scenario.nodes) {
        const QString v = spec.controlPlane.value(QStringLiteral("kube-apiserver"));
        if (!v.isEmpty() && minorOf(v) > best) {
            best = minorOf(v);
            serverVersion = v;
        }
    }
    m_snapshot.serverVersion = serverVersion;
    // The cluster is observed an hour after its last workload was created.
    m_snapshot.takenAt = m_workloadTime.addSecs(3600);
    m_snapshot.components = deriveComponentVersions(m_snapshot.pods, m_snapshot.workloads);
    return m_snapshot;
}

Node ScenarioExpander::makeNode(const ScenarioNode &spec, int index) const
{
    Node n;
    n.name = spec.name;
    n.uid = uidFor(QStringLiteral("node/") + spec.name);
    n.labels = spec.labels;
    n.labels.insert(QStringLiteral("kubernetes.io/hostname"), spec.name);
    n.labels.insert(QStringLiteral("kubernetes.io/os"), QStringLiteral("linux"));
    n.labels.insert(QStringLiteral("kubernetes.io/arch"), spec.architecture);
    n.labels.insert(QStringLiteral("beta.kubernetes.io/os"), QStringLiteral("linux"));
    n.labels.insert(QStringLiteral("beta.kubernetes.io/arch"), spec.architecture);
    for (const QString &role : spec.roles)
        n.labels.insert(QStringLiteral("node-role.kubernetes.io/") + role, QString());
    const bool controlPlane =
        spec.roles.contains(QStringLiteral("control-plane")) || spec.roles.contains(QStringLiteral("master"));
    if (spec.taints) {
        n.taints = *spec.taints;
    } else if (controlPlane) {
        // kubeadm's taint; before 1.25 the legacy master taint (FACTS §7.3).
        const int minor = minorOf(spec.kubeletVersion);
        n.taints << Taint{minor >= 0 && minor < 25 ? QStringLiteral("node-role.kubernetes.io/master")
                                                   : kControlPlaneLabel,
                          QString(), QStringLiteral("NoSchedule")};
    }
    if (spec.unschedulable)
        n.taints << Taint{QStringLiteral("node.kubernetes.io/unschedulable"), QString(),
                          QStringLiteral("NoSchedule")};
    if (spec.ready == ConditionStatus::False)
        n.taints << Taint{QStringLiteral("node.kubernetes.io/not-ready"), QString(),
                          QStringLiteral("NoSchedule")};
    if (spec.ready == ConditionStatus::Unknown) {
        n.taints << Taint{QStringLiteral("node.kubernetes.io/unreachable"), QString(),
                          QStringLiteral("NoSchedule")};
        n.taints << Taint{QStringLiteral("node.kubernetes.io/unreachable"), QString(),
                          QStringLiteral("NoExecute")};
    }
    n.unschedulable = spec.unschedulable;
    n.ready = spec.ready;
    n.readyReason = spec.ready == ConditionStatus::True    ? QStringLiteral("KubeletReady")
                    : spec.ready == ConditionStatus::False ? QStringLiteral("KubeletNotReady")
                                                           : QStringLiteral("NodeStatusUnknown");
    n.kubeletVersion = spec.kubeletVersion;
    // The kubelet reported its own version here until the field was disabled in 1.33 (FACTS §7.2).
    n.kubeProxyVersion = KubeConventions::reportedKubeProxyVersion(spec.kubeletVersion);
    n.containerRuntimeVersion = spec.containerRuntime;
    n.osImage = spec.osImage;
    n.kernelVersion = spec.kernelVersion;
    n.architecture = spec.architecture;
    n.internalIP = QStringLiteral("192.168.56.%1").arg(10 + index);
    n.bootId = KubeConventions::newBootId(n.name, 0);
    n.capacity = spec.capacity;
    n.allocatable = spec.allocatable;
    n.creationTimestamp = m_scenario.createdAt.addSecs(index * 90);
    return n;
}

void ScenarioExpander::addStaticPods(const ScenarioNode &spec)
{
    // kubeadm's static pods, seen through the API as mirror pods "<component>-<node>" (FACTS §7.4).
    static const QHash<QString, Resources> requests{
        {QStringLiteral("etcd"), {100, 100LL * 1024 * 1024, 0}},
        {QStringLiteral("kube-apiserver"), {250, 0, 0}},
        {QStringLiteral("kube-controller-manager"), {200, 0, 0}},
        {QStringLiteral("kube-scheduler"), {100, 0, 0}},
    };
    const Node *node = m_snapshot.findNode(spec.name);
    for (auto it = spec.controlPlane.cbegin(); it != spec.controlPlane.cend(); ++it) {
        Pod pod;
        pod.namespaceName = kKubeSystem;
        pod.name = it.key() + QLatin1Char('-') + spec.name;
        pod.uid = uidFor(QStringLiteral("pod/kube-system/") + pod.name);
        pod.labels = {{QStringLiteral("component"), it.key()},
                      {QStringLiteral("tier"), QStringLiteral("control-plane")}};
        pod.annotations.insert(QStringLiteral("kubernetes.io/config.mirror"), nameSuffix(pod.name, 32));
        pod.annotations.insert(QStringLiteral("kubernetes.io/config.source"), QStringLiteral("file"));
        pod.ownerReferences << OwnerReference{QStringLiteral("v1"), QStringLiteral("Node"), spec.name,
                                              node ? node->uid : QString(), true};
        pod.nodeName = spec.name;
        pod.tolerations << exists(QString(), QStringLiteral("NoExecute"));
        pod.containers << Container{it.key(),
                                    m_scenario.registry + QLatin1Char('/') + it.key() + QLatin1Char(':') +
                                        imageTag(it.value()),
                                    requests.value(it.key())};
        pod.priorityClassName = QStringLiteral("system-node-critical");
        pod.hostNetwork = true;
        pod.terminationGracePeriodSeconds = 30;
        pod.phase = PodPhase::Running;
        pod.ready = spec.ready == ConditionStatus::True;
        pod.creationTimestamp = m_scenario.createdAt.addSecs(60);
        commitPod(pod);
    }
}

void ScenarioExpander::addAddons()
{
    const QDateTime addonTime = m_scenario.createdAt.addSecs(120);
    if (!m_scenario.kubeProxyVersion.isEmpty()) {
        Workload ds;
        ds.kind = WorkloadKind::DaemonSet;
        ds.namespaceName = kKubeSystem;
        ds.name = QStringLiteral("kube-proxy");
        ds.uid = uidFor(QStringLiteral("daemonset/kube-system/kube-proxy"));
        ds.labels = {{QStringLiteral("k8s-app"), QStringLiteral("kube-proxy")}};
        ds.selector = ds.labels;
        ds.containers << Container{QStringLiteral("kube-proxy"),
                                   m_scenario.registry + QStringLiteral("/kube-proxy:") +
                                       imageTag(m_scenario.kubeProxyVersion),
                                   {}};
        ds.creationTimestamp = addonTime;
        ScenarioWorkload spec;
        spec.kind = QStringLiteral("DaemonSet");
        spec.namespaceName = kKubeSystem;
        spec.name = ds.name;
        spec.labels = ds.labels;
        spec.terminationGracePeriodSeconds = 30;
        spec.tolerations << exists(QString(), QString()); // kube-proxy tolerates everything
        addDaemonSet(ds, spec);
    }
    if (!m_scenario.coreDnsVersion.isEmpty()) {
        ScenarioWorkload spec;
        spec.kind = QStringLiteral("Deployment");
        spec.namespaceName = kKubeSystem;
        spec.name = QStringLiteral("coredns");
        spec.replicas = m_scenario.coreDnsReplicas;
        // k8s.gcr.io kept CoreDNS at the top level; registry.k8s.io has it under coredns/ (FACTS §7.4).
        const bool legacyRegistry = m_scenario.registry == QLatin1String("k8s.gcr.io");
        spec.image = m_scenario.registry +
                     (legacyRegistry ? QStringLiteral("/coredns:") : QStringLiteral("/coredns/coredns:")) +
                     m_scenario.coreDnsVersion;
        spec.labels = {{QStringLiteral("k8s-app"), QStringLiteral("kube-dns")}};
        spec.requests = {100, 70LL * 1024 * 1024, 0};
        spec.terminationGracePeriodSeconds = 30;
        spec.tolerations << exists(QStringLiteral("CriticalAddonsOnly"), QString())
                         << exists(kControlPlaneLabel, QStringLiteral("NoSchedule"));
        spec.phase = QStringLiteral("Running");
        const QDateTime saved = m_workloadTime;
        m_workloadTime = addonTime;
        addWorkload(spec, -1);
        m_workloadTime = saved;
    }
}

Pod ScenarioExpander::podTemplate(const Workload &owner, const ScenarioWorkload &spec) const
{
    Pod pod;
    pod.namespaceName = spec.namespaceName;
    pod.labels = owner.selector;
    pod.nodeSelector = spec.nodeSelector;
    pod.tolerations = spec.tolerations;
    pod.containers << Container{spec.name, spec.image, spec.requests};
    if (spec.emptyDir)
        pod.volumes << Volume{QStringLiteral("scratch"), true};
    pod.terminationGracePeriodSeconds = spec.terminationGracePeriodSeconds;
    pod.phase = podPhaseFromName(spec.phase).value_or(PodPhase::Running);
    pod.ready = pod.phase == PodPhase::Running;
    pod.creationTimestamp = owner.creationTimestamp.addSecs(5);
    return pod;
}

void ScenarioExpander::addWorkload(const ScenarioWorkload &spec, int index)
{
    Q_UNUSED(index);
    Workload w;
    w.kind = workloadKindFromName(spec.kind).value_or(WorkloadKind::Deployment);
    w.namespaceName = spec.namespaceName;
    w.name = spec.name;
    w.labels = spec.labels.isEmpty() ? LabelMap{{QStringLiteral("app"), spec.name}} : spec.labels;
    w.selector = w.labels;
    w.containers << Container{spec.name, spec.image, spec.requests};
    w.creationTimestamp = m_workloadTime;
    m_workloadTime = m_workloadTime.addSecs(600);

    if (spec.kind == QLatin1String("Pod")) {
        // A bare pod: no controller at all (kubectl drain needs --force, FACTS §5.2).
        for (int i = 0; i < std::max(1, spec.replicas); ++i) {
            Pod pod = podTemplate(w, spec);
            pod.name = spec.replicas > 1 ? spec.name + QLatin1Char('-') + QString::number(i) : spec.name;
            pod.creationTimestamp = w.creationTimestamp;
            pod.nodeName = placePod(pod, spec.nodes, i, {});
            commitPod(pod);
        }
        return;
    }
    w.uid = uidFor(spec.kind + QLatin1Char('/') + w.key());
    if (w.kind == WorkloadKind::DaemonSet) {
        addDaemonSet(w, spec);
        return;
    }

    Workload owner = w; // the pods' controller
    if (w.kind == WorkloadKind::Deployment) {
        const QString hash = nameSuffix(QStringLiteral("rs/") + w.key(), 10);
        Workload rs = w;
        rs.kind = WorkloadKind::ReplicaSet;
        rs.name = w.name + QLatin1Char('-') + hash;
        rs.uid = uidFor(QStringLiteral("ReplicaSet/") + rs.key());
        rs.selector.insert(QStringLiteral("pod-template-hash"), hash);
        rs.labels = rs.selector;
        rs.ownerReferences << controllerOf(w);
        rs.replicas = spec.replicas;
        owner = rs;
    }
    if (w.kind == WorkloadKind::Job) {
        owner.selector = {{QStringLiteral("batch.kubernetes.io/job-name"), w.name},
                          {QStringLiteral("job-name"), w.name}};
        for (auto it = w.labels.cbegin(); it != w.labels.cend(); ++it)
            owner.selector.insert(it.key(), it.value());
        w.selector = owner.selector;
    }
    QHash<QString, int> spread;
    int ready = 0;
    for (int i = 0; i < spec.replicas; ++i) {
        Pod pod = podTemplate(owner, spec);
        if (w.kind == WorkloadKind::StatefulSet) {
            pod.name = w.name + QLatin1Char('-') + QString::number(i);
            pod.labels.insert(QStringLiteral("statefulset.kubernetes.io/pod-name"), pod.name);
            pod.labels.insert(QStringLiteral("apps.kubernetes.io/pod-index"), QString::number(i));
        } else {
            pod.name = owner.name + QLatin1Char('-') +
                       nameSuffix(owner.key() + QLatin1Char('#') + QString::number(i), 5);
        }
        pod.ownerReferences << controllerOf(owner);
        pod.nodeName = placePod(pod, spec.nodes, i, spread);
        if (pod.nodeName.isEmpty()) {
            pod.phase = PodPhase::Pending;
            pod.ready = false;
        } else {
            ++spread[pod.nodeName];
        }
        if (pod.ready)
            ++ready;
        commitPod(pod);
    }
    w.replicas = spec.replicas;
    w.readyReplicas = ready;
    if (owner.kind == WorkloadKind::ReplicaSet) {
        owner.readyReplicas = ready;
        m_snapshot.workloads << w << owner;
    } else {
        m_snapshot.workloads << w;
    }
}

void ScenarioExpander::addDaemonSet(Workload ds, const ScenarioWorkload &spec)
{
    // The DaemonSet controller adds these tolerations to every pod (node lifecycle taints).
    QList<Toleration> tolerations = spec.tolerations;
    KubeConventions::addDaemonSetTolerations(tolerations);
    int scheduled = 0;
    int ready = 0;
    for (const Node &node : std::as_const(m_snapshot.nodes)) {
        if (!toleratesAll(tolerations, node.taints, true) || !selectorMatches(spec.nodeSelector, node.labels))
            continue;
        Pod pod;
        pod.namespaceName = ds.namespaceName;
        pod.name = ds.name + QLatin1Char('-') + nameSuffix(ds.key() + QLatin1Char('@') + node.name, 5);
        pod.labels = ds.selector;
        pod.ownerReferences << controllerOf(ds);
        pod.nodeName = node.name;
        pod.tolerations = tolerations;
        pod.containers = ds.containers;
        if (pod.containers.isEmpty())
            pod.containers << Container{spec.name, spec.image, spec.requests};
        if (ds.name == QLatin1String("kube-proxy")) {
            // Each node's kube-proxy pod may run another version during an upgrade.
            const auto specNode = std::find_if(m_scenario.nodes.cbegin(), m_scenario.nodes.cend(),
                                               [&](const ScenarioNode &n) { return n.name == node.name; });
            if (specNode != m_scenario.nodes.cend() && !specNode->kubeProxyVersion.isEmpty())
                pod.containers.first().image = m_scenario.registry + QStringLiteral("/kube-proxy:") +
                                               imageTag(specNode->kubeProxyVersion);
            pod.priorityClassName = QStringLiteral("system-node-critical");
            pod.hostNetwork = true;
        }
        if (spec.emptyDir)
            pod.volumes << Volume{QStringLiteral("scratch"), true};
        pod.terminationGracePeriodSeconds = spec.terminationGracePeriodSeconds;
        pod.phase = PodPhase::Running;
        pod.ready = node.ready == ConditionStatus::True;
        pod.creationTimestamp = ds.creationTimestamp.addSecs(5);
        ++scheduled;
        if (pod.ready)
            ++ready;
        commitPod(pod);
    }
    ds.replicas = scheduled;
    ds.readyReplicas = ready;
    m_snapshot.workloads << ds;
}

bool ScenarioExpander::toleratesAll(const QList<Toleration> &tolerations, const QList<Taint> &taints,
                                    bool schedulingOnly)
{
    return SchedulingPredicates::toleratesAll(tolerations, taints, schedulingOnly);
}

bool ScenarioExpander::fits(const Node &node, const Pod &pod) const
{
    if (node.unschedulable || node.ready != ConditionStatus::True)
        return false;
    if (!toleratesAll(pod.tolerations, node.taints, true) ||
        !SchedulingPredicates::nodeSelectorMatches(pod.nodeSelector, node.labels))
        return false;
    return SchedulingPredicates::fitsResources(node, m_used.value(node.name), pod.totalRequests());
}

QString ScenarioExpander::placePod(const Pod &pod, const QStringList &explicitNodes, int ordinal,
                                   const QHash<QString, int> &spread)
{
    if (!explicitNodes.isEmpty())
        return explicitNodes.at(ordinal % explicitNodes.size());
    if (pod.phase == PodPhase::Pending)
        return {};
    // Spread like the default scheduler's topology spreading: fewest pods of this workload,
    // then the least requested CPU share, then the name.
    const Node *best = nullptr;
    auto score = [&](const Node &n) {
        const double cpuShare =
            n.allocatable.cpuMilli > 0 ? double(m_used.value(n.name).cpuMilli) / n.allocatable.cpuMilli : 1.0;
        return std::make_tuple(spread.value(n.name), cpuShare, n.name);
    };
    for (const Node &node : std::as_const(m_snapshot.nodes)) {
        if (!fits(node, pod))
            continue;
        if (!best || score(node) < score(*best))
            best = &node;
    }
    return best ? best->name : QString();
}

void ScenarioExpander::commitPod(Pod pod)
{
    if (pod.uid.isEmpty())
        pod.uid = uidFor(QStringLiteral("pod/") + pod.key());
    if (!pod.nodeName.isEmpty() && !pod.isFinished()) {
        Resources &used = m_used[pod.nodeName];
        const Resources need = pod.totalRequests();
        used.cpuMilli += need.cpuMilli;
        used.memoryBytes += need.memoryBytes;
        used.pods += 1;
    }
    m_snapshot.pods << pod;
}

} // namespace Slipway
