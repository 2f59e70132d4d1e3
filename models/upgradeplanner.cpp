#include "models/upgradeplanner.h"

#include "models/skewpolicy.h"
#include "models/upgradesteps.h"

#include <QSet>

#include <algorithm>

namespace Slipway {

namespace {

using Severity = Finding::Severity;

const QString kCluster = QStringLiteral("cluster");

Finding planFinding(Severity severity, const QString &rule, const QString &component, const QString &node,
                    const QStringList &versions, const QString &message, const QString &fix)
{
    return Finding{severity, rule, component, node, versions, QString(), message, fix};
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// Findings of a projected state are about the future: an error there is a warning now
// ("will be outside policy after a planned step"). Unreadable versions were reported already.
void addFuture(QList<Finding> *out, const QList<Finding> &findings, bool midHop)
{
    for (Finding f : findings) {
        if (f.rule == QLatin1String("version-unparseable"))
            continue;
        // Mid-hop, kubelets at the limit are upgraded by the very next steps.
        if (midHop && f.rule == QLatin1String("kubelet-at-skew-limit"))
            continue;
        if (f.severity == Severity::Error)
            f.severity = Severity::Warning;
        const bool seen = std::any_of(out->cbegin(), out->cend(), [&f](const Finding &o) {
            return o.rule == f.rule && o.node == f.node && o.component == f.component;
        });
        if (!seen)
            out->append(f);
    }
}

// Without kubeadm the plan has no steps; the projection still moves every version so that
// later hops have tables.
void projectWithoutSteps(PlanState &state, const Version &to, const Version &etcd, const Version &coreDns)
{
    state.snapshot.serverVersion = to.toString();
    for (ComponentVersion &c : state.snapshot.components) {
        if (c.component == QLatin1String("etcd")) {
            if (etcd.isValid() && Version::parse(c.version) < etcd)
                c.version = etcd.raw();
        } else if (c.component == QLatin1String("CoreDNS")) {
            if (coreDns.isValid() && Version::parse(c.version) < coreDns)
                c.version = coreDns.raw();
        } else {
            c.version = to.toString();
        }
    }
    for (Node &n : state.snapshot.nodes)
        n.kubeletVersion = to.toString();
}

QList<Finding> nodeFindings(const ClusterSnapshot &snapshot)
{
    QList<Finding> out;
    QStringList notReadyControlPlanes;
    for (const Node &node : snapshot.nodes) {
        if (node.ready != ConditionStatus::True) {
            out << planFinding(
                Severity::Warning, QStringLiteral("node-not-ready"), QStringLiteral("node"), node.name, {},
                UpgradePlanner::tr("%1 is not Ready (%2); its drain and upgrade will stall until it is "
                                   "back.")
                    .arg(node.name, conditionStatusName(node.ready)),
                UpgradePlanner::tr("Bring %1 back to Ready, or remove it from the cluster, before "
                                   "upgrading.")
                    .arg(node.name));
            if (node.isControlPlane())
                notReadyControlPlanes << node.name;
        }
        if (node.unschedulable) {
            out << planFinding(
                Severity::Info, QStringLiteral("node-cordoned"), QStringLiteral("node"), node.name, {},
                UpgradePlanner::tr("%1 is already cordoned; the plan uncordons it after its upgrade.")
                    .arg(node.name),
                UpgradePlanner::tr("Cordon %1 again afterwards (kubectl cordon %1) if it should stay "
                                   "unschedulable.")
                    .arg(node.name));
        }
    }
    if (!notReadyControlPlanes.isEmpty()) {
        // kubeadm's ControlPlaneNodesReady health check (FACTS §3.5)
        out << planFinding(
            Severity::Error, QStringLiteral("control-plane-not-ready"), QStringLiteral("node"), {}, {},
            UpgradePlanner::tr("kubeadm upgrade apply will refuse to start: there are NotReady "
                               "control-planes in the cluster: [%1]")
                .arg(notReadyControlPlanes.join(QLatin1Char(' '))),
            UpgradePlanner::tr("Bring %1 back to Ready before upgrading the control plane.")
                .arg(notReadyControlPlanes.join(QLatin1String(", "))));
    }
    return out;
}

QList<Finding> targetFindings(const Version &target, const QList<Version> &path,
                              const ReleaseCatalog &catalog, const QDate &today, bool kubeadm)
{
    QList<Finding> out;
    const int t = target.minor();
    QStringList supported;
    for (int m : catalog.minors()) {
        if (catalog.isSupported(m, today))
            supported << QStringLiteral("1.%1").arg(m);
    }
    const MinorRelease info = catalog.info(t);
    if (catalog.isEndOfLife(t, today)) {
        out << planFinding(
            Severity::Warning, QStringLiteral("target-end-of-life"), kCluster, {}, {target.toString()},
            info.endOfLife.isValid()
                ? UpgradePlanner::tr("The target %1 reached end of life on %2.")
                      .arg(target.minorString(), isoDate(info.endOfLife))
                : UpgradePlanner::tr("The target %1 is past end of life.").arg(target.minorString()),
            UpgradePlanner::tr("Continue to a supported minor version (%1), one minor at a time.")
                .arg(supported.join(QLatin1String(", "))));
    } else if (catalog.isInMaintenance(t, today)) {
        out << planFinding(
            Severity::Warning, QStringLiteral("target-maintenance-mode"), kCluster, {}, {target.toString()},
            UpgradePlanner::tr("The target %1 has been in maintenance mode since %2 and reaches end of "
                               "life on %3.")
                .arg(target.minorString(), isoDate(info.maintenanceStart), isoDate(info.endOfLife)),
            UpgradePlanner::tr("Plan the next upgrade before %1.").arg(isoDate(info.endOfLife)));
    }
    if (target.isPreRelease()) {
        out << planFinding(
            Severity::Warning, QStringLiteral("target-pre-release"), kCluster, {}, {target.toString()},
            UpgradePlanner::tr("%1 is a pre-release; kubeadm upgrades to it only with "
                               "--allow-release-candidate-upgrades or --allow-experimental-upgrades.")
                .arg(target.toString()),
            UpgradePlanner::tr("Use a released version for clusters that matter."));
    }
    QStringList legacy;
    for (const Version &v : path) {
        if (v.minor() < 24 && !legacy.contains(v.minorTag()))
            legacy << v.minorTag();
    }
    if (kubeadm && !legacy.isEmpty()) {
        // pkgs.k8s.io starts at v1.24; the legacy repositories were frozen on 2023-09-13 (FACTS §4).
        out << planFinding(
            Severity::Info, QStringLiteral("legacy-package-repository"), kCluster, {}, legacy,
            UpgradePlanner::tr("pkgs.k8s.io has no packages for %1; they came from the legacy "
                               "apt.kubernetes.io and yum.kubernetes.io repositories, frozen since "
                               "2023-09-13.")
                .arg(legacy.join(QLatin1String(", "))),
            UpgradePlanner::tr("Install these versions from the package source the nodes were built "
                               "from; skip the repository steps."));
    }
    return out;
}

} // namespace

Version UpgradePlanner::resolveTarget(const QString &text, const Version &current,
                                      const ReleaseCatalog &catalog, const QDate &today,
                                      QList<Finding> *findings)
{
    const QString newestKnown = catalog.latestPatch(catalog.newestMinor()).toString();
    if (text.trimmed().isEmpty()) {
        const Version next = catalog.latestPatch(current.minor() + 1, today);
        if (next.isValid())
            return next;
        const Version patch = catalog.latestPatch(current.minor(), today);
        return patch.isValid() && patch > current ? patch : current;
    }
    const Version parsed = Version::parse(text);
    if (!parsed.isValid()) {
        findings->append(
            planFinding(Severity::Error, QStringLiteral("target-unparseable"), kCluster, {}, {text},
                        tr("The target \"%1\" is not a Kubernetes version.").arg(text),
                        tr("Give a version such as %1 or %2.")
                            .arg(newestKnown, catalog.latestPatch(catalog.newestMinor()).minorString())));
        return {};
    }
    if (!parsed.hasPatch()) {
        const Version patch = catalog.latestPatch(parsed.minor(), today);
        if (patch.isValid() && parsed.major() == 1)
            return patch;
        findings->append(
            planFinding(Severity::Error, QStringLiteral("target-minor-unknown"), kCluster, {}, {text},
                        tr("Slipway's release catalog (data as of %1) has no release of %2.")
                            .arg(isoDate(catalog.catalogDate()), parsed.minorString()),
                        tr("Give a full version such as %1.0, or update Slipway.").arg(parsed.minorTag())));
        return {};
    }
    if (parsed.major() != 1 || parsed.minor() > catalog.newestMinor()) {
        findings->append(planFinding(
            Severity::Warning, QStringLiteral("target-beyond-catalog"), kCluster, {}, {parsed.toString()},
            tr("%1 is newer than Slipway's release catalog (newest known: %2, data as of %3).")
                .arg(parsed.toString(), newestKnown, isoDate(catalog.catalogDate())),
            tr("Check that %1 has been released and read its release notes; the etcd and "
               "CoreDNS targets are estimates.")
                .arg(parsed.toString())));
    } else if (!catalog.isKnownRelease(parsed) && !parsed.isPreRelease()) {
        const Version latest = catalog.latestPatch(parsed.minor());
        findings->append(planFinding(Severity::Warning, QStringLiteral("target-not-in-catalog"), kCluster, {},
                                     {parsed.toString()},
                                     tr("%1 is not a release in Slipway's catalog (newest %2 release: %3).")
                                         .arg(parsed.toString(), parsed.minorString(), latest.toString()),
                                     tr("Check the version, or use %1.").arg(latest.toString())));
    }
    return parsed;
}

QList<Version> UpgradePlanner::computePath(const Version &current, const Version &target,
                                           const ReleaseCatalog &catalog, const QDate &today,
                                           bool includePatchHopFirst)
{
    QList<Version> path;
    if (!current.isValid() || !target.isValid() || target <= current || target.major() != current.major())
        return path;
    if (target.sameMinor(current))
        return {target};
    const Version currentLatest = catalog.latestPatch(current.minor(), today);
    if (includePatchHopFirst && currentLatest.isValid() && currentLatest > current)
        path << currentLatest;
    for (int m = current.minor() + 1; m < target.minor(); ++m) {
        const Version latest = catalog.latestPatch(m, today);
        path << (latest.isValid() ? latest : Version::fromParts(current.major(), m, 0));
    }
    path << target;
    return path;
}

QString UpgradePlanner::hopTitle(const Version &to, const ReleaseCatalog &catalog, const QDate &today)
{
    if (to == catalog.latestPatch(to.minor(), today) && !to.isPreRelease()) {
        if (to.minor() == (today.isValid() ? catalog.newestMinorReleased(today) : catalog.newestMinor()))
            return tr("Upgrade to the latest stable version");
        return tr("Upgrade to the latest version in the %1 series").arg(to.minorTag());
    }
    return tr("Upgrade to %1").arg(to.toString());
}

void UpgradePlanner::componentTables(const ClusterSnapshot &snapshot, const Version &to,
                                     const ReleaseCatalog &catalog, QList<ComponentChange> *kubelets,
                                     QList<ComponentChange> *components)
{
    QList<Node> nodes = snapshot.nodes;
    std::sort(nodes.begin(), nodes.end(), [](const Node &a, const Node &b) { return a.name < b.name; });
    for (const Node &n : nodes)
        kubelets->append({QStringLiteral("kubelet"), n.name, n.kubeletVersion, to.toString()});

    auto rowsOf = [&snapshot](const QString &component) {
        QList<ComponentVersion> rows;
        for (const ComponentVersion &c : snapshot.components) {
            if (c.component == component)
                rows << c;
        }
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.node < b.node; });
        return rows;
    };
    for (const ComponentVersion &c : SkewPolicy::apiServers(snapshot))
        components->append({c.component, c.node, c.version, to.toString()});
    for (const QString &name :
         {QStringLiteral("kube-controller-manager"), QStringLiteral("kube-scheduler")}) {
        for (const ComponentVersion &c : rowsOf(name))
            components->append({c.component, c.node, c.version, to.toString()});
    }
    // kubeadm prints the cluster version without `v` here (FACTS §3.3); the DaemonSet's own
    // version is more truthful when there is one.
    const QList<ComponentVersion> proxies = rowsOf(QStringLiteral("kube-proxy"));
    const QString proxyCurrent = proxies.isEmpty() ? SkewPolicy::clusterVersion(snapshot).toPlainString()
                                                   : proxies.constFirst().version;
    components->append({QStringLiteral("kube-proxy"), QString(), proxyCurrent, to.toString()});
    const Version dnsWant = SkewPolicy::expectedCoreDns(catalog, to.minor());
    for (const ComponentVersion &c : rowsOf(QStringLiteral("CoreDNS")))
        components->append(
            {c.component, QString(), c.version, dnsWant.isValid() ? dnsWant.raw() : c.version});
    // No etcd pods means external etcd: no rows (FACTS §3.1).
    const Version etcdWant = SkewPolicy::expectedEtcd(catalog, to.minor());
    for (const ComponentVersion &c : rowsOf(QStringLiteral("etcd")))
        components->append({c.component, c.node, c.version, etcdWant.isValid() ? etcdWant.raw() : c.version});
}

namespace {

// The cluster as it stands and what the policy says about it, before any refusal.
UpgradePlan planHeader(const ClusterSnapshot &snapshot, const ReleaseCatalog &catalog,
                       const PlanOptions &options)
{
    UpgradePlan plan;
    plan.clusterName = snapshot.name;
    plan.apiServers = SkewPolicy::apiServers(snapshot);
    plan.kubeProxyVersion = SkewPolicy::kubeProxyVersion(snapshot);
    plan.nodes = snapshot.nodes;
    plan.kubeadmManaged = SkewPolicy::isKubeadmManaged(snapshot);
    plan.packageFamily = options.packageFamily;
    plan.today = options.today;
    plan.catalogDate = catalog.catalogDate();
    plan.findings = SkewPolicy::evaluate(snapshot, catalog, options.today);
    return plan;
}

// Sets plan.clusterVersion and plan.target; false (with the finding that says why) when there is
// no plan: an unreadable cluster version, an unusable target, a downgrade.
bool resolveVersions(UpgradePlan &plan, const ClusterSnapshot &snapshot, const ReleaseCatalog &catalog,
                     const PlanOptions &options)
{
    const Version cluster = SkewPolicy::clusterVersion(snapshot);
    if (!cluster.isValid()) {
        const QString raw = plan.apiServers.isEmpty() ? QString() : plan.apiServers.constFirst().version;
        plan.findings << planFinding(
            Severity::Error, QStringLiteral("cluster-version-unknown"), kCluster, {}, {raw},
            UpgradePlanner::tr("Slipway cannot read the cluster version (kube-apiserver reports \"%1\"), so "
                               "it cannot plan an upgrade.")
                .arg(raw),
            UpgradePlanner::tr("Check that the kube-apiserver pods and /version report a version like "
                               "v1.34.2."));
        return false;
    }
    plan.clusterVersion = cluster;
    plan.latestInCurrentSeries = catalog.latestPatch(cluster.minor(), options.today);
    const Version target =
        UpgradePlanner::resolveTarget(options.target, cluster, catalog, options.today, &plan.findings);
    plan.target = target;
    if (!target.isValid())
        return false;
    if (target < cluster || target.major() != cluster.major()) {
        plan.findings << planFinding(
            Severity::Error, QStringLiteral("downgrade-refused"), kCluster, {},
            {cluster.raw(), target.toString()},
            UpgradePlanner::tr("The target %1 is older than the cluster version %2; Slipway does not plan "
                               "downgrades.")
                .arg(target.toString(), cluster.raw()),
            UpgradePlanner::tr("Choose a target of %1 or newer. To roll back a failed upgrade, use the "
                               "backups kubeadm keeps in /etc/kubernetes/tmp.")
                .arg(cluster.toString()));
        return false;
    }
    return true;
}

// The hops from the cluster version to the target; empty when every node already runs it.
QList<Version> upgradePath(const ClusterSnapshot &snapshot, const Version &cluster, const Version &target,
                           const ReleaseCatalog &catalog, const PlanOptions &options)
{
    QList<Version> path =
        UpgradePlanner::computePath(cluster, target, catalog, options.today, options.includePatchHopFirst);
    // A control plane left half-way (apiservers a minor apart) is finished before going on.
    const Version oldest = SkewPolicy::oldestApiServer(snapshot);
    if (oldest.minor() < cluster.minor() && !path.isEmpty() && !path.constFirst().sameMinor(cluster))
        path.prepend(Version::fromParts(cluster.major(), cluster.minor(), cluster.patch()));
    if (path.isEmpty()) {
        bool behind = oldest < target;
        for (const Node &n : snapshot.nodes)
            behind = behind || Version::parse(n.kubeletVersion) < target;
        if (behind)
            path << target;
    }
    return path;
}

// Findings about the whole path: how the cluster is run, its nodes, the target, the first minor hop.
void addPathFindings(UpgradePlan &plan, const ClusterSnapshot &snapshot, const ReleaseCatalog &catalog,
                     const PlanOptions &options)
{
    const Version &cluster = plan.clusterVersion;
    // etcd and CoreDNS are reported per hop instead.
    plan.findings.removeIf([](const Finding &f) {
        return f.rule.startsWith(QLatin1String("etcd-")) || f.rule.startsWith(QLatin1String("coredns-"));
    });
    if (!plan.kubeadmManaged) {
        plan.findings << planFinding(
            Severity::Warning, QStringLiteral("not-kubeadm-cluster"), kCluster, {}, {cluster.raw()},
            UpgradePlanner::tr("The control plane does not run as kubeadm static pods (%1), so the plan "
                               "lists no kubeadm commands.")
                .arg(cluster.raw()),
            UpgradePlanner::tr("Upgrade the control plane one minor version at a time with your "
                               "provider's tools (EKS, GKE, AKS, k3s, RKE2), then the nodes."));
    }
    plan.findings << nodeFindings(snapshot);
    plan.findings << targetFindings(plan.target, plan.path, catalog, options.today, plan.kubeadmManaged);
    for (const Version &hop : std::as_const(plan.path)) {
        if (hop.minor() > cluster.minor()) {
            plan.findings << SkewPolicy::checkControlPlaneUpgrade(snapshot, hop, plan.kubeadmManaged);
            break;
        }
    }
}

// Hop `index` of the path: its findings and component tables, and (kubeadm clusters) its steps
// appended to plan.steps; `state` is projected to the cluster after the hop.
PlanHop planHop(UpgradePlan &plan, PlanState &state, qsizetype index, const ReleaseCatalog &catalog,
                const PlanOptions &options)
{
    const Version &to = plan.path.at(index);
    PlanHop hop;
    hop.from = SkewPolicy::clusterVersion(state.snapshot);
    hop.to = to;
    hop.patchOnly = to.sameMinor(hop.from);
    hop.title = UpgradePlanner::hopTitle(to, catalog, options.today);
    // What kubeadm does to etcd and CoreDNS in this hop (FACTS §3.6).
    hop.findings << SkewPolicy::checkAddons(state.snapshot, catalog, to);
    UpgradePlanner::componentTables(state.snapshot, to, catalog, &hop.kubeletChanges, &hop.componentChanges);
    const Version etcd = SkewPolicy::expectedEtcd(catalog, to.minor());
    const Version coreDns = SkewPolicy::expectedCoreDns(catalog, to.minor());
    if (plan.kubeadmManaged) {
        UpgradeSteps steps(catalog, options.packageFamily, options.today, int(index), &plan.steps);
        steps.addBlockers(state, to, true);
        steps.addControlPlane(state, to, etcd, coreDns);
        addFuture(&hop.findings, SkewPolicy::checkSkew(state.snapshot), true);
        steps.addControlPlaneKubelets(state, to);
        steps.addWorkers(state, to);
        steps.addVerify(to);
    } else {
        projectWithoutSteps(state, to, etcd, coreDns);
    }
    addFuture(&hop.findings, SkewPolicy::checkSkew(state.snapshot), false);
    sortFindings(hop.findings);
    return hop;
}

} // namespace

UpgradePlan planUpgrade(const ClusterSnapshot &snapshot, const ReleaseCatalog &catalog,
                        const PlanOptions &options)
{
    UpgradePlan plan = planHeader(snapshot, catalog, options);
    auto finish = [&plan]() {
        sortFindings(plan.findings);
        return plan;
    };
    if (!resolveVersions(plan, snapshot, catalog, options)) {
        plan.refused = true;
        return finish();
    }
    plan.path = upgradePath(snapshot, plan.clusterVersion, plan.target, catalog, options);
    if (plan.path.isEmpty()) {
        plan.findings << planFinding(
            Severity::Info, QStringLiteral("already-at-target"), kCluster, {}, {plan.target.toString()},
            UpgradePlanner::tr("The cluster already runs %1 on every node.").arg(plan.target.toString()),
            UpgradePlanner::tr("Nothing to do."));
        return finish();
    }
    addPathFindings(plan, snapshot, catalog, options);

    PlanState state = PlanState::from(snapshot);
    for (qsizetype i = 0; i < plan.path.size(); ++i)
        plan.hops << planHop(plan, state, i, catalog, options);
    QList<ComponentChange> overview;
    UpgradePlanner::componentTables(snapshot, plan.target, catalog, &plan.components, &overview);
    plan.components << overview;
    return finish();
}

} // namespace Slipway
