#pragma once

#include "models/clustersnapshot.h"

#include <QString>

// The parsed form of a practice-cluster scenario file (docs/scenario-format.md): a compact
// description that ScenarioExpander turns into a full ClusterSnapshot.
namespace Slipway {

struct ScenarioNode
{
    QString name;
    QStringList roles;
    QString kubeletVersion;
    QString kubeProxyVersion; // version of the kube-proxy pod on this node
    QString containerRuntime;
    QString osImage;
    QString kernelVersion;
    QString architecture;
    Resources capacity;
    Resources allocatable;
    LabelMap labels;
    std::optional<QList<Taint>> taints; // unset: control-plane nodes get the kubeadm taint
    bool unschedulable = false;
    ConditionStatus ready = ConditionStatus::True;
    QMap<QString, QString> controlPlane; // component -> version (static pods)
    int line = 0;
};

struct ScenarioWorkload
{
    QString kind; // Deployment, StatefulSet, DaemonSet, Job, Pod
    QString namespaceName;
    QString name;
    int replicas = 1;
    QString image;
    LabelMap labels;
    Resources requests;
    bool emptyDir = false;
    qint64 terminationGracePeriodSeconds = 30;
    LabelMap nodeSelector;
    QList<Toleration> tolerations;
    QStringList nodes; // explicit placement
    QString phase;     // Jobs and bare pods: Running, Succeeded, Failed, Pending
    int line = 0;
};

struct ScenarioPdb
{
    QString namespaceName;
    QString name;
    LabelMap selector;
    std::optional<IntOrPercent> minAvailable;
    std::optional<IntOrPercent> maxUnavailable;
    int line = 0;
};

struct Scenario
{
    QString name;
    QString title;
    QString description;
    QString registry = QStringLiteral("registry.k8s.io");
    QDateTime createdAt;
    QString coreDnsVersion;
    int coreDnsReplicas = 2;
    QString kubeProxyVersion; // the kube-proxy DaemonSet image
    QList<ScenarioNode> nodes;
    QList<ScenarioWorkload> workloads;
    QList<ScenarioPdb> pdbs;
};

} // namespace Slipway
