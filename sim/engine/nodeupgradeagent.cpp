#include "sim/engine/nodeupgradeagent.h"

#include "models/componentversions.h"
#include "sim/engine/kubeconventions.h"
#include "sim/engine/kubeletfleet.h"
#include "models/releasecatalog.h"
#include "sim/engine/simresults.h"
#include "sim/engine/simtiming.h"
#include "models/version.h"

namespace Slipway {

using namespace SimTiming;

namespace {

const QString kKubeSystem = QStringLiteral("kube-system");
const QString kEtcd = QStringLiteral("etcd");

QString staticPodKey(const QString &node, const QString &component)
{
    return kKubeSystem + QLatin1Char('/') + component + QLatin1Char('-') + node;
}

// kubeadm upgrades the static pods in this order (FACTS §3.5).
const QStringList &kubeadmOrder()
{
    static const QStringList order{kEtcd, QStringLiteral("kube-apiserver"),
                                   QStringLiteral("kube-controller-manager"),
                                   QStringLiteral("kube-scheduler")};
    return order;
}

} // namespace

NodeUpgradeAgent::NodeUpgradeAgent(SimContext &context, Finished finished)
    : m_ctx(context)
    , m_finished(std::move(finished))
{}

QStringList NodeUpgradeAgent::staticPodsOn(const QString &node) const
{
    QStringList result;
    for (const QString &component : kubeadmOrder()) {
        const Pod *pod = m_ctx.store.pod(staticPodKey(node, component));
        if (pod && pod->isMirror() && pod->nodeName == node && !pod->containers.isEmpty())
            result << component;
    }
    return result;
}

SimResult NodeUpgradeAgent::start(const QString &nodeName, const QString &version, bool firstControlPlane)
{
    const StoredObject *node = m_ctx.store.find(ResourceKind::Node, nodeName);
    if (!node)
        return SimResults::notFound(QStringLiteral("nodes"), nodeName);
    const Version target = Version::parse(version);
    if (!target.isValid() || !target.hasPatch())
        return SimResults::invalid(
            QStringLiteral("nodes"), nodeName,
            tr("invalid version \"%1\": expected vMAJOR.MINOR.PATCH, e.g. v1.35.0").arg(version));
    if (!m_ctx.kubelets->isRunning(nodeName))
        return SimResults::conflict(
            tr("node \"%1\" is powered off: its kubelet cannot be upgraded; power it on first")
                .arg(nodeName));
    if (m_upgrading.contains(nodeName))
        return SimResults::conflict(tr("node \"%1\" is already being upgraded").arg(nodeName));
    const QStringList components = staticPodsOn(nodeName);
    if (firstControlPlane && components.isEmpty())
        return SimResults::invalid(
            QStringLiteral("nodes"), nodeName,
            tr("`kubeadm upgrade apply` needs the static Pod manifests of a control-plane node; "
               "node \"%1\" has none (run `kubeadm upgrade node` there)")
                .arg(nodeName));

    const QString kubeletVersion =
        version.startsWith(QLatin1Char('v')) ? version : QLatin1Char('v') + version;
    m_upgrading.insert(nodeName);
    qint64 offset = 0;
    for (const QString &component : components) {
        const Pod *pod = m_ctx.store.pod(staticPodKey(nodeName, component));
        const QString image = pod->containers.constFirst().image;
        QString tag = KubeConventions::imageTagFor(kubeletVersion);
        if (component == kEtcd) {
            const Version etcd = ReleaseCatalog::bundled().etcdFor(target.minor());
            if (!etcd.isValid())
                continue; // unknown: kubeadm's map has no entry we know of; leave etcd alone
            tag = etcd.raw();
        }
        const QString newImage = KubeConventions::withImageTag(image, tag);
        if (newImage == image)
            continue;
        offset += m_ctx.timing.staticPodStepSeconds;
        m_ctx.at(m_ctx.now().addSecs(offset),
                 [this, nodeName, component, newImage] { replaceStaticPod(nodeName, component, newImage); });
    }
    if (!components.isEmpty()) {
        m_ctx.at(m_ctx.now().addSecs(offset), [this, target, kubeletVersion, firstControlPlane] {
            // Since v1.28 the add-ons wait for the last control-plane instance (FACTS §3.5).
            const bool addonsNow = target.minor() >= 28 ? allControlPlanesAt(target) : firstControlPlane;
            if (addonsNow)
                upgradeAddons(target, kubeletVersion);
        });
    }
    m_ctx.at(m_ctx.now().addSecs(offset + m_ctx.timing.kubeletPackageSeconds),
             [this, nodeName, kubeletVersion] {
                 if (!m_ctx.kubelets->isRunning(nodeName)) {
                     m_upgrading.remove(nodeName); // powered off mid-upgrade: the package upgrade is lost
                     return;
                 }
                 m_ctx.kubelets->restart(nodeName, kubeletVersion, [this, nodeName, kubeletVersion] {
                     m_upgrading.remove(nodeName);
                     if (m_finished)
                         m_finished(nodeName, kubeletVersion);
                 });
             });
    SimResult result;
    result.object = *node;
    return result;
}

void NodeUpgradeAgent::replaceStaticPod(const QString &node, const QString &component, const QString &image)
{
    // The kubelet sees the new manifest, stops the old static pod and starts the new one; its
    // mirror pod is deleted and recreated (new uid) with the new image.
    const QString key = staticPodKey(node, component);
    const Pod *old = m_ctx.store.pod(key);
    if (!old || !m_ctx.kubelets->isRunning(node))
        return;
    Pod fresh = *old;
    m_ctx.store.remove(ResourceKind::Pod, key);
    fresh.containers.first().image = image;
    fresh.annotations.insert(QStringLiteral("kubernetes.io/config.mirror"),
                             KubeConventions::nameSuffix(key + image, 32));
    fresh.annotations.insert(QStringLiteral("kubernetes.io/config.hash"),
                             fresh.annotations.value(QStringLiteral("kubernetes.io/config.mirror")));
    fresh.phase = PodPhase::Running;
    fresh.ready = false;
    m_ctx.createPod(fresh);
    m_ctx.kubelets->expectReady(
        key, component == QLatin1String("kube-apiserver") ? m_ctx.timing.apiServerRestartSeconds : -1);
}

bool NodeUpgradeAgent::allControlPlanesAt(const Version &target) const
{
    bool any = false;
    const auto [first, last] = m_ctx.store.namespaceRange(ResourceKind::Pod, kKubeSystem);
    for (auto it = first; it != last; ++it) {
        const Pod &pod = it->second.pod;
        if (pod.labels.value(QStringLiteral("component")) != QLatin1String("kube-apiserver") ||
            pod.containers.isEmpty())
            continue;
        any = true;
        if (Version::parse(imageTagToVersion(pod.containers.constFirst().image)) != target)
            return false;
    }
    return any;
}

void NodeUpgradeAgent::upgradeAddons(const Version &target, const QString &version)
{
    for (const auto &[key, object] : m_ctx.store.objects(ResourceKind::Deployment)) {
        const Workload &w = object.workload;
        if (w.namespaceName != kKubeSystem ||
            w.labels.value(QStringLiteral("k8s-app")) != QLatin1String("kube-dns") || w.containers.isEmpty())
            continue;
        const Version coreDns = ReleaseCatalog::bundled().coreDnsFor(target.minor());
        if (!coreDns.isValid())
            continue;
        // Keep the tag's style: old k8s.gcr.io CoreDNS tags had no leading "v".
        const QString current = imageTagToVersion(w.containers.constFirst().image);
        QString tag = coreDns.raw();
        if (!current.startsWith(QLatin1Char('v')) && tag.startsWith(QLatin1Char('v')))
            tag.remove(0, 1);
        const QString image = KubeConventions::withImageTag(w.containers.constFirst().image, tag);
        m_ctx.store.updateWorkload(WorkloadKind::Deployment, key,
                                   [&image](Workload &d) { d.containers.first().image = image; });
    }
    const QString proxyKey = kKubeSystem + QStringLiteral("/kube-proxy");
    if (const Workload *proxy = m_ctx.store.workload(WorkloadKind::DaemonSet, proxyKey);
        proxy && !proxy->containers.isEmpty()) {
        const QString image = KubeConventions::withImageTag(proxy->containers.constFirst().image,
                                                            KubeConventions::imageTagFor(version));
        m_ctx.store.updateWorkload(WorkloadKind::DaemonSet, proxyKey,
                                   [&image](Workload &d) { d.containers.first().image = image; });
    }
}

} // namespace Slipway
