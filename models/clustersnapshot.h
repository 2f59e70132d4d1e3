#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Immutable value types describing one observed state of a cluster. Every source (practice
// cluster scenario, `kubectl get -o json` dump, live API) produces a ClusterSnapshot; planning,
// tables and reports only read it.
namespace Slipway {

using LabelMap = QMap<QString, QString>;

// Node condition status as the API reports it (core/v1 ConditionStatus). FACTS §7.2
enum class ConditionStatus
{
    True,
    False,
    Unknown
};

struct Taint
{
    QString key;
    QString value;
    QString effect; // NoSchedule, PreferNoSchedule, NoExecute
    friend bool operator==(const Taint &, const Taint &) = default;
};

struct Toleration
{
    QString key; // empty with operator Exists tolerates everything
    QString op = QStringLiteral("Equal");
    QString value;
    QString effect; // empty: all effects
    std::optional<qint64> tolerationSeconds;
    friend bool operator==(const Toleration &, const Toleration &) = default;
    bool tolerates(const Taint &taint) const;
};

// Resource amounts in canonical units: cpu in millicores, memory in bytes.
struct Resources
{
    qint64 cpuMilli = 0;
    qint64 memoryBytes = 0;
    qint64 pods = 0;
    friend bool operator==(const Resources &, const Resources &) = default;
};

struct Node
{
    QString name;
    QString uid;
    LabelMap labels;
    LabelMap annotations;
    QList<Taint> taints;
    bool unschedulable = false;
    ConditionStatus ready = ConditionStatus::True;
    QString readyReason;
    QString kubeletVersion;
    QString kubeProxyVersion; // deprecated field, empty from 1.33 (FACTS §7.2)
    QString containerRuntimeVersion;
    QString osImage;
    QString kernelVersion;
    QString bootId; // status.nodeInfo.bootID: changes with every boot (a reboot is verified by it)
    QString operatingSystem = QStringLiteral("linux");
    QString architecture = QStringLiteral("amd64");
    QString internalIP;
    Resources capacity;
    Resources allocatable;
    QDateTime creationTimestamp;

    // Roles from node-role.kubernetes.io/<role> labels, sorted (FACTS §7.3).
    QStringList roles() const;
    bool isControlPlane() const;
    friend bool operator==(const Node &, const Node &) = default;
};

struct OwnerReference
{
    QString apiVersion;
    QString kind;
    QString name;
    QString uid;
    bool controller = false;
    friend bool operator==(const OwnerReference &, const OwnerReference &) = default;
};

struct Container
{
    QString name;
    QString image;
    Resources requests; // pods field unused
    friend bool operator==(const Container &, const Container &) = default;
};

enum class PodPhase
{
    Pending,
    Running,
    Succeeded,
    Failed,
    Unknown
};

struct Volume
{
    QString name;
    bool emptyDir = false;
    friend bool operator==(const Volume &, const Volume &) = default;
};

struct Pod
{
    QString namespaceName;
    QString name;
    QString uid;
    LabelMap labels;
    LabelMap annotations;
    QList<OwnerReference> ownerReferences;
    QString nodeName;
    LabelMap nodeSelector;
    QList<Toleration> tolerations;
    QList<Container> containers;
    QList<Volume> volumes;
    qint64 terminationGracePeriodSeconds = 30;
    QString priorityClassName;
    bool hostNetwork = false;
    PodPhase phase = PodPhase::Running;
    bool ready = true;
    QDateTime creationTimestamp;
    std::optional<QDateTime> deletionTimestamp;
    // metadata.deletionGracePeriodSeconds, set with deletionTimestamp (the grace the DELETE asked for).
    std::optional<qint64> deletionGracePeriodSeconds;
    // The PodScheduled=False condition's reason and message while the scheduler cannot place the
    // pod ("Unschedulable", "0/9 nodes are available: …"); empty otherwise.
    QString statusReason;
    QString statusMessage;

    QString key() const { return namespaceName + QLatin1Char('/') + name; }
    // The ownerReference with controller=true, if any.
    std::optional<OwnerReference> controllerRef() const;
    bool isMirror() const; // static pod mirror, annotation kubernetes.io/config.mirror (FACTS §7.4)
    bool isFinished() const { return phase == PodPhase::Succeeded || phase == PodPhase::Failed; }
    bool hasEmptyDir() const;
    Resources totalRequests() const;
    friend bool operator==(const Pod &, const Pod &) = default;
};

enum class WorkloadKind
{
    Deployment,
    ReplicaSet,
    StatefulSet,
    DaemonSet,
    Job
};
QString workloadKindName(WorkloadKind kind);
std::optional<WorkloadKind> workloadKindFromName(const QString &name);

// A controller object: Deployment, ReplicaSet, StatefulSet, DaemonSet or Job.
struct Workload
{
    WorkloadKind kind = WorkloadKind::Deployment;
    QString namespaceName;
    QString name;
    QString uid;
    LabelMap labels;
    LabelMap selector; // matchLabels
    QList<OwnerReference> ownerReferences;
    int replicas = 1; // desired; for DaemonSets the number of scheduled nodes
    int readyReplicas = 0;
    QList<Container> containers; // pod template containers
    QDateTime creationTimestamp;

    QString key() const { return namespaceName + QLatin1Char('/') + name; }
    friend bool operator==(const Workload &, const Workload &) = default;
};

// An int-or-percent field of a PodDisruptionBudget.
struct IntOrPercent
{
    int value = 0;
    bool percent = false;
    QString toString() const;
    static std::optional<IntOrPercent> parse(const QString &text);
    friend bool operator==(const IntOrPercent &, const IntOrPercent &) = default;
};

struct PodDisruptionBudget
{
    QString namespaceName;
    QString name;
    QString uid;
    LabelMap selector;
    std::optional<IntOrPercent> minAvailable;
    std::optional<IntOrPercent> maxUnavailable;
    // status as the disruption controller reports it
    int currentHealthy = 0;
    int desiredHealthy = 0;
    int expectedPods = 0;
    int disruptionsAllowed = 0;

    QString key() const { return namespaceName + QLatin1Char('/') + name; }
    friend bool operator==(const PodDisruptionBudget &, const PodDisruptionBudget &) = default;
};

// A core/v1 Namespace; Terminating namespaces refuse evictions (FACTS §5.3).
struct Namespace
{
    QString name;
    QString uid;
    LabelMap labels;
    LabelMap annotations;
    bool terminating = false; // status.phase Terminating
    QDateTime creationTimestamp;
    std::optional<QDateTime> deletionTimestamp;
    friend bool operator==(const Namespace &, const Namespace &) = default;
};

// One row of "which version runs where": control-plane static pods per node, and the
// cluster-wide CoreDNS and kube-proxy (FACTS §3.1, §7.4).
struct ComponentVersion
{
    QString component; // kube-apiserver, kube-controller-manager, kube-scheduler, etcd, CoreDNS, kube-proxy
    QString node;      // empty for cluster-wide add-ons
    QString version;   // as found (image tag with kubeadm's '_' turned back into '+')
    QString image;
    friend bool operator==(const ComponentVersion &, const ComponentVersion &) = default;
};

struct ClusterSnapshot
{
    QString name;          // context or scenario name
    QString serverVersion; // /version gitVersion
    QDateTime takenAt;
    QList<Node> nodes;
    QList<Pod> pods;
    QList<Workload> workloads;
    QList<PodDisruptionBudget> pdbs;
    QList<Namespace> namespaces; // only when the source lists them (kubectl dumps usually don't)
    QList<ComponentVersion> components;

    const Node *findNode(const QString &name) const;
    const Workload *findWorkload(WorkloadKind kind, const QString &ns, const QString &name) const;
    QList<Pod> podsOnNode(const QString &nodeName) const;
    QHash<QString, int> podCountByNode() const;
};

QString conditionStatusName(ConditionStatus status);
QString podPhaseName(PodPhase phase);
std::optional<PodPhase> podPhaseFromName(const QString &name);
bool selectorMatches(const LabelMap &selector, const LabelMap &labels);

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::ClusterSnapshot)
