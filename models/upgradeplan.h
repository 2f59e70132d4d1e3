#pragma once

#include "models/clustersnapshot.h"
#include "models/finding.h"
#include "models/version.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// Value types of an upgrade plan (FACTS §1.1 upgrade order, §3.3 plan tables, §4 procedure).
// Produced by planUpgrade() (upgradeplanner.h), rendered by plantext.h and planjson.h.
namespace Slipway {

// Which package commands the steps use (FACTS §4).
enum class PackageFamily
{
    Debian,
    Rhel
};
QString packageFamilyName(PackageFamily family); // "debian", "rhel"
std::optional<PackageFamily> packageFamilyFromName(const QString &name);

struct PlanOptions
{
    QString target;                   // empty: newest patch of the next minor; `1.35` means its newest patch
    QDate today;                      // injected; catalog dates are compared with it
    bool includePatchHopFirst = true; // newest patch of the current minor first (FACTS §1.1 step 1)
    PackageFamily packageFamily = PackageFamily::Debian;
};

// One row of a `kubeadm upgrade plan` table (FACTS §3.3).
struct ComponentChange
{
    QString component; // kubelet, kube-apiserver, kube-controller-manager, kube-scheduler, kube-proxy,
                       // CoreDNS, etcd
    QString node;      // empty for kube-proxy and CoreDNS
    QString current;
    QString target;
    friend bool operator==(const ComponentChange &, const ComponentChange &) = default;
};

enum class StepAction
{
    SwitchRepository, // point the node's package repository at the next minor
    UpgradeKubeadm,
    KubeadmUpgradePlan,
    KubeadmUpgradeApply,
    KubeadmUpgradeNode,
    UpgradeCni, // manual, provider specific (FACTS §4)
    Drain,
    UpgradeKubelet, // kubelet and kubectl packages
    RestartKubelet,
    Uncordon,
    Verify,
};
QString stepActionName(StepAction action); // stable kebab-case id for JSON

// Where a step's commands run.
enum class StepHost
{
    Node,    // on the node itself (ssh)
    Kubectl, // anywhere with an admin kubeconfig (FACTS §4: "on a control-plane machine")
    Manual,  // no command; follow the provider's instructions
};
QString stepHostName(StepHost host);

struct PlanStep
{
    int hop = 0;  // index into UpgradePlan::hops
    QString node; // empty for cluster-wide steps
    StepAction action = StepAction::Verify;
    StepHost host = StepHost::Node;
    bool blocker = false; // must happen before this hop's control-plane upgrade
    QString description;  // one translated sentence
    QStringList commands;
    // upgrade-kubelet: the version the node's kubelet goes to in this step (a lagging node walks
    // one minor at a time, FACTS §1.1; the runner takes a worker's walk from these).
    Version version;
};

// One control-plane version change: a patch hop within a minor or one minor up.
struct PlanHop
{
    Version from; // cluster version before the hop
    Version to;
    bool patchOnly = false;
    QString title;                           // "Upgrade to the latest version in the v1.35 series"
    QList<ComponentChange> kubeletChanges;   // the "must be upgraded manually" table
    QList<ComponentChange> componentChanges; // control plane, kube-proxy, CoreDNS, etcd
    QList<Finding> findings;                 // projected after this hop's steps
};

struct UpgradePlan
{
    QString clusterName;
    Version clusterVersion;             // highest kube-apiserver (FACTS §3.1)
    QList<ComponentVersion> apiServers; // node and version as found
    Version kubeProxyVersion;           // DaemonSet image
    QList<Node> nodes;                  // as found
    Version target;                     // invalid when no target could be chosen
    Version latestInCurrentSeries;      // newest patch of the current minor
    QList<Version> path;                // hop targets in order
    QList<PlanHop> hops;
    QList<PlanStep> steps;
    QList<Finding> findings;           // about the cluster now and the plan as a whole
    QList<ComponentChange> components; // current -> final target, the overview table
    bool kubeadmManaged = false;
    PackageFamily packageFamily = PackageFamily::Debian;
    QDate today;
    QDate catalogDate;

    bool refused = false; // downgrade, unreadable cluster or target version: no path

    // The plan can be carried out: a path exists and nothing refuses it.
    bool isFeasible() const { return !refused && !path.isEmpty(); }
    bool isUpToDate() const { return !refused && path.isEmpty() && target.isValid(); }
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::UpgradePlan)
