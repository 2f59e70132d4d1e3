#include "models/clustersnapshot.h"

#include <QHash>

namespace Slipway {

namespace {
const QString kRolePrefix = QStringLiteral("node-role.kubernetes.io/");
}

bool Toleration::tolerates(const Taint &taint) const
{
    if (!effect.isEmpty() && effect != taint.effect)
        return false;
    if (op == QLatin1String("Exists"))
        return key.isEmpty() || key == taint.key;
    return key == taint.key && value == taint.value;
}

QStringList Node::roles() const
{
    QStringList result;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key().startsWith(kRolePrefix)) {
            const QString role = it.key().mid(kRolePrefix.size());
            if (!role.isEmpty())
                result << role;
        }
    }
    // kubectl also shows kubernetes.io/role=<role> (legacy)
    const QString legacy = labels.value(QStringLiteral("kubernetes.io/role"));
    if (!legacy.isEmpty() && !result.contains(legacy))
        result << legacy;
    result.sort();
    return result;
}

bool Node::isControlPlane() const
{
    // Both the current and the legacy label count (FACTS §7.3).
    return labels.contains(QStringLiteral("node-role.kubernetes.io/control-plane")) ||
           labels.contains(QStringLiteral("node-role.kubernetes.io/master"));
}

std::optional<OwnerReference> Pod::controllerRef() const
{
    for (const auto &ref : ownerReferences) {
        if (ref.controller)
            return ref;
    }
    return std::nullopt;
}

bool Pod::isMirror() const
{
    return annotations.contains(QStringLiteral("kubernetes.io/config.mirror"));
}

bool Pod::hasEmptyDir() const
{
    for (const auto &v : volumes) {
        if (v.emptyDir)
            return true;
    }
    return false;
}

Resources Pod::totalRequests() const
{
    Resources total;
    for (const auto &c : containers) {
        total.cpuMilli += c.requests.cpuMilli;
        total.memoryBytes += c.requests.memoryBytes;
    }
    total.pods = 1;
    return total;
}

QString workloadKindName(WorkloadKind kind)
{
    switch (kind) {
    case WorkloadKind::Deployment:
        return QStringLiteral("Deployment");
    case WorkloadKind::ReplicaSet:
        return QStringLiteral("ReplicaSet");
    case WorkloadKind::StatefulSet:
        return QStringLiteral("StatefulSet");
    case WorkloadKind::DaemonSet:
        return QStringLiteral("DaemonSet");
    case WorkloadKind::Job:
        return QStringLiteral("Job");
    }
    return {};
}

std::optional<WorkloadKind> workloadKindFromName(const QString &name)
{
    for (auto kind : {WorkloadKind::Deployment, WorkloadKind::ReplicaSet, WorkloadKind::StatefulSet,
                      WorkloadKind::DaemonSet, WorkloadKind::Job}) {
        if (workloadKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString IntOrPercent::toString() const
{
    return percent ? QString::number(value) + QLatin1Char('%') : QString::number(value);
}

std::optional<IntOrPercent> IntOrPercent::parse(const QString &text)
{
    QString t = text.trimmed();
    IntOrPercent result;
    if (t.endsWith(QLatin1Char('%'))) {
        result.percent = true;
        t.chop(1);
    }
    bool ok = false;
    result.value = t.toInt(&ok);
    if (!ok || result.value < 0 || (result.percent && result.value > 100))
        return std::nullopt;
    return result;
}

const Node *ClusterSnapshot::findNode(const QString &nodeName) const
{
    for (const auto &n : nodes) {
        if (n.name == nodeName)
            return &n;
    }
    return nullptr;
}

const Workload *ClusterSnapshot::findWorkload(WorkloadKind kind, const QString &ns,
                                              const QString &workloadName) const
{
    for (const auto &w : workloads) {
        if (w.kind == kind && w.namespaceName == ns && w.name == workloadName)
            return &w;
    }
    return nullptr;
}

QList<Pod> ClusterSnapshot::podsOnNode(const QString &nodeName) const
{
    QList<Pod> result;
    for (const auto &p : pods) {
        if (p.nodeName == nodeName)
            result << p;
    }
    return result;
}

QHash<QString, int> ClusterSnapshot::podCountByNode() const
{
    QHash<QString, int> counts;
    for (const auto &p : pods) {
        if (!p.nodeName.isEmpty() && !p.isFinished())
            ++counts[p.nodeName];
    }
    return counts;
}

QString conditionStatusName(ConditionStatus status)
{
    switch (status) {
    case ConditionStatus::True:
        return QStringLiteral("True");
    case ConditionStatus::False:
        return QStringLiteral("False");
    case ConditionStatus::Unknown:
        return QStringLiteral("Unknown");
    }
    return {};
}

QString podPhaseName(PodPhase phase)
{
    switch (phase) {
    case PodPhase::Pending:
        return QStringLiteral("Pending");
    case PodPhase::Running:
        return QStringLiteral("Running");
    case PodPhase::Succeeded:
        return QStringLiteral("Succeeded");
    case PodPhase::Failed:
        return QStringLiteral("Failed");
    case PodPhase::Unknown:
        return QStringLiteral("Unknown");
    }
    return {};
}

std::optional<PodPhase> podPhaseFromName(const QString &name)
{
    for (auto phase :
         {PodPhase::Pending, PodPhase::Running, PodPhase::Succeeded, PodPhase::Failed, PodPhase::Unknown}) {
        if (podPhaseName(phase) == name)
            return phase;
    }
    return std::nullopt;
}

bool selectorMatches(const LabelMap &selector, const LabelMap &labels)
{
    // An empty selector selects everything (policy/v1 PodDisruptionBudget semantics).
    for (auto it = selector.cbegin(); it != selector.cend(); ++it) {
        if (labels.value(it.key()) != it.value() || !labels.contains(it.key()))
            return false;
    }
    return true;
}

} // namespace Slipway
