#pragma once

// Shared test support for the planner tests (tst_skewpolicy, tst_upgradeplanner, tst_planrender):
// short literals, a hand-built kubeadm cluster and the planner called the way the tests call it.

#include "models/clustersnapshot.h"
#include "models/plantext.h"
#include "models/releasecatalog.h"
#include "models/upgradeplanner.h"

#include <QDate>
#include <QDebug>
#include <QString>
#include <QStringList>

namespace Slipway::TestUtils {

inline QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

inline const ReleaseCatalog &catalog()
{
    return ReleaseCatalog::bundled();
}

// The etcd a control-plane node gets unless a test names another (or none).
inline QString defaultEtcd()
{
    return s("3.5.24-0");
}

// A control plane without an etcd pod (an external etcd, or a test that leaves etcd out).
inline QString noEtcd()
{
    return QString();
}

// A kubeadm cluster built by hand: static-pod components per control-plane node, kube-proxy
// DaemonSet and CoreDNS Deployment versions, workers.
class ClusterBuilder
{
public:
    explicit ClusterBuilder(const QString &name = s("test")) { m_snapshot.name = name; }

    // apiserver, controller-manager and scheduler at `version`, etcd unless empty, and the kubelet
    // at `version` unless given. The first control plane also sets the server version.
    ClusterBuilder &controlPlane(const QString &node, const QString &version,
                                 const QString &etcd = defaultEtcd(), const QString &kubelet = QString())
    {
        Node n;
        n.name = node;
        n.labels.insert(s("node-role.kubernetes.io/control-plane"), QString());
        n.kubeletVersion = kubelet.isNull() ? version : kubelet;
        m_snapshot.nodes << n;
        for (const char *c : {"kube-apiserver", "kube-controller-manager", "kube-scheduler"})
            component(s(c), node, version);
        if (!etcd.isEmpty())
            component(s("etcd"), node, etcd);
        if (m_snapshot.serverVersion.isEmpty())
            m_snapshot.serverVersion = version;
        return *this;
    }
    ClusterBuilder &worker(const QString &node, const QString &kubelet)
    {
        Node n;
        n.name = node;
        n.kubeletVersion = kubelet;
        m_snapshot.nodes << n;
        return *this;
    }
    // Sets one component's version on one node (empty node: a cluster-wide add-on), replacing an
    // earlier one.
    ClusterBuilder &component(const QString &component, const QString &node, const QString &version)
    {
        for (ComponentVersion &c : m_snapshot.components) {
            if (c.component == component && c.node == node) {
                c.version = version;
                return *this;
            }
        }
        m_snapshot.components << ComponentVersion{component, node, version, QString()};
        return *this;
    }
    ClusterBuilder &addons(const QString &kubeProxy, const QString &coreDns)
    {
        component(s("kube-proxy"), QString(), kubeProxy);
        return component(s("CoreDNS"), QString(), coreDns);
    }
    ClusterBuilder &notReady(const QString &node)
    {
        for (Node &n : m_snapshot.nodes) {
            if (n.name == node)
                n.ready = ConditionStatus::Unknown;
        }
        return *this;
    }
    ClusterBuilder &server(const QString &version)
    {
        m_snapshot.serverVersion = version;
        return *this;
    }
    ClusterSnapshot build() const { return m_snapshot; }

private:
    ClusterSnapshot m_snapshot;
};

// A kubeadm cluster with one control plane (etcd 3.6.4-0) and two workers, all at `version`.
inline ClusterSnapshot smallCluster(const QString &version = s("v1.34.3"))
{
    return ClusterBuilder()
        .controlPlane(s("cp-1"), version, s("3.6.4-0"))
        .worker(s("worker-1"), version)
        .worker(s("worker-2"), version)
        .addons(version, s("v1.12.1"))
        .build();
}

enum class PatchHop
{
    First, // the newest patch of the current minor first (the planner's default)
    Skip
};

// Plans with the bundled catalog; SLIPWAY_PRINT_PLAN=1 prints each plan while a test is written.
inline UpgradePlan plan(const ClusterSnapshot &snapshot, const QString &target, const QDate &today,
                        PatchHop patchHop = PatchHop::First, PackageFamily family = PackageFamily::Debian)
{
    PlanOptions options;
    options.target = target;
    options.today = today;
    options.includePatchHopFirst = patchHop == PatchHop::First;
    options.packageFamily = family;
    const UpgradePlan p = planUpgrade(snapshot, catalog(), options);
    if (qEnvironmentVariableIsSet("SLIPWAY_PRINT_PLAN"))
        qInfo().noquote() << PlanText::render(p);
    return p;
}

// The index of one node's step of one hop in the plan, or -1.
inline qsizetype indexOf(const UpgradePlan &p, const QString &node, StepAction action, int hop)
{
    for (qsizetype i = 0; i < p.steps.size(); ++i) {
        const PlanStep &step = p.steps.at(i);
        if (step.node == node && step.action == action && step.hop == hop)
            return i;
    }
    return -1;
}

} // namespace Slipway::TestUtils
