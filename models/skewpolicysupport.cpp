// SkewPolicy checks built on the release catalog: support window, EOL and maintenance mode
// (FACTS §2), kubeadm's etcd and CoreDNS (FACTS §3.6), kubeadm's kubelet rule (FACTS §1.3).
#include "models/skewpolicy.h"

#include "models/releasecatalog.h"
#include "models/skewpolicy_p.h"

#include <cstdlib>
#include <functional>

namespace Slipway {

using SkewDetail::makeFinding;

namespace {

const QString kCluster = QStringLiteral("cluster");

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QList<int> supportedMinors(const ReleaseCatalog &catalog, const QDate &today)
{
    QList<int> result;
    for (int m : catalog.minors()) {
        if (catalog.isSupported(m, today))
            result << m;
    }
    return result;
}

// kubeadm falls back to the nearest key of its map (FACTS §3.2 item 6).
Version nearest(const ReleaseCatalog &catalog, int minor, const std::function<Version(int)> &get,
                bool *fellBack)
{
    if (fellBack)
        *fellBack = false;
    const Version exact = get(minor);
    if (exact.isValid())
        return exact;
    Version best;
    int bestDistance = 0;
    for (int m : catalog.minors()) {
        const Version v = get(m);
        const int distance = std::abs(m - minor);
        if (v.isValid() && (!best.isValid() || distance < bestDistance)) {
            best = v;
            bestDistance = distance;
        }
    }
    if (fellBack)
        *fellBack = best.isValid();
    return best;
}

} // namespace

Version SkewPolicy::expectedEtcd(const ReleaseCatalog &catalog, int minor, bool *fellBack)
{
    return nearest(
        catalog, minor, [&catalog](int m) { return catalog.etcdFor(m); }, fellBack);
}

Version SkewPolicy::expectedCoreDns(const ReleaseCatalog &catalog, int minor, bool *fellBack)
{
    return nearest(
        catalog, minor, [&catalog](int m) { return catalog.coreDnsFor(m); }, fellBack);
}

QList<Finding> SkewPolicy::checkSupport(const Version &cluster, const ReleaseCatalog &catalog,
                                        const QDate &today)
{
    QList<Finding> out;
    if (!cluster.isValid() || catalog.isEmpty())
        return out;
    const int m = cluster.minor();
    if (cluster.major() != 1 || !catalog.contains(m)) {
        out << makeFinding(Finding::Severity::Info, QStringLiteral("version-not-in-catalog"), kCluster, {},
                           {cluster.raw()}, {},
                           tr("%1 is not in Slipway's release catalog (release data as of %2).")
                               .arg(cluster.raw(), isoDate(catalog.catalogDate())),
                           tr("Update Slipway for newer release data; support dates for %1 are not checked.")
                               .arg(cluster.minorTag()));
        return out;
    }
    const MinorRelease info = catalog.info(m);
    const QList<int> supported = supportedMinors(catalog, today);
    QStringList supportedNames;
    for (int s : supported)
        supportedNames << QStringLiteral("1.%1").arg(s);
    const QString supportedRange =
        supported.isEmpty() ? QString() : minorRange(1, supported.first(), supported.last());
    const QString next = QStringLiteral("v1.%1").arg(m + 1);

    if (catalog.isEndOfLife(m, today)) {
        const QString message =
            info.endOfLife.isValid()
                ? tr("Kubernetes %1 reached end of life on %2; it no longer gets patches, including security "
                     "fixes.")
                      .arg(cluster.minorString(), isoDate(info.endOfLife))
                : tr("Kubernetes %1 is past end of life: three newer minor versions have been released.")
                      .arg(cluster.minorString());
        out << makeFinding(
            Finding::Severity::Error, QStringLiteral("cluster-end-of-life"), kCluster, {}, {cluster.raw()},
            supportedRange, message,
            tr("Upgrade one minor version at a time, starting with %1, to a supported version (%2).")
                .arg(next, supportedNames.join(QLatin1String(", "))));
    } else if (catalog.isInMaintenance(m, today)) {
        out << makeFinding(
            Finding::Severity::Warning, QStringLiteral("cluster-maintenance-mode"), kCluster, {},
            {cluster.raw()}, supportedRange,
            tr("Kubernetes %1 has been in maintenance mode since %2 (critical and security fixes only) "
               "and reaches end of life on %3.")
                .arg(cluster.minorString(), isoDate(info.maintenanceStart), isoDate(info.endOfLife)),
            tr("Upgrade to %1 before %2.").arg(next, isoDate(info.endOfLife)));
    } else if (!catalog.isSupported(m, today)) {
        const QString message =
            info.endOfLife.isValid()
                ? tr("Kubernetes %1 is no longer one of the three newest minor versions (%2) and reaches end "
                     "of life "
                     "on %3.")
                      .arg(cluster.minorString(), supportedNames.join(QLatin1String(", ")),
                           isoDate(info.endOfLife))
                : tr("Kubernetes %1 is not one of the three newest minor versions (%2).")
                      .arg(cluster.minorString(), supportedNames.join(QLatin1String(", ")));
        out << makeFinding(Finding::Severity::Warning, QStringLiteral("cluster-support-ending"), kCluster, {},
                           {cluster.raw()}, supportedRange, message, tr("Plan the upgrade to %1.").arg(next));
    }

    // Newest patch released by `today`: the policy recommends it before a minor upgrade (FACTS §1.1).
    PatchRelease newest;
    for (const PatchRelease &p : info.patches) {
        if (p.date.isValid() && p.date <= today)
            newest = p;
    }
    if (newest.version.isValid() && cluster < newest.version) {
        out << makeFinding(
            Finding::Severity::Info, QStringLiteral("cluster-patch-behind"), kCluster, {},
            {cluster.raw(), newest.version.toString()}, newest.version.toString(),
            tr("%1 is not the newest patch of %2: %3 was released on %4.")
                .arg(cluster.raw(), cluster.minorString(), newest.version.toString(), isoDate(newest.date)),
            tr("Upgrade to %1 first; the skew policy recommends the newest patch before a minor "
               "upgrade.")
                .arg(newest.version.toString()));
    }
    return out;
}

QList<Finding> SkewPolicy::checkAddons(const ClusterSnapshot &snapshot, const ReleaseCatalog &catalog,
                                       const Version &target)
{
    QList<Finding> out;
    if (!target.isValid())
        return out;
    const QString kubeadm = QStringLiteral("kubeadm ") + target.minorTag();
    bool etcdFellBack = false;
    const Version etcdWant = expectedEtcd(catalog, target.minor(), &etcdFellBack);
    bool warnedFallback = false;
    for (const ComponentVersion &row : snapshot.components) {
        const Version current = Version::parse(row.version);
        if (row.component != QLatin1String("etcd") || !current.isValid() || !etcdWant.isValid())
            continue;
        if (etcdFellBack && !warnedFallback) {
            warnedFallback = true;
            // kubeadm's own warning text (FACTS §3.2 item 6)
            out << makeFinding(
                Finding::Severity::Warning, QStringLiteral("etcd-version-unknown"), row.component, {},
                {etcdWant.raw()}, {},
                tr("could not find officially supported version of etcd for Kubernetes %1, falling "
                   "back to the nearest etcd version (%2)")
                    .arg(target.toString(), etcdWant.raw()),
                tr("Check the etcd version that kubeadm %1 installs before upgrading.")
                    .arg(target.minorTag()));
        }
        if (current < etcdWant) {
            const bool newMinor = current.major() != etcdWant.major() || current.minor() != etcdWant.minor();
            out << makeFinding(
                newMinor ? Finding::Severity::Warning : Finding::Severity::Info,
                newMinor ? QStringLiteral("etcd-minor-upgrade") : QStringLiteral("etcd-version"),
                row.component, row.node, {current.raw(), etcdWant.raw()}, etcdWant.raw(),
                tr("%1 moves etcd on %2 from %3 to %4.")
                    .arg(kubeadm, row.node, current.raw(), etcdWant.raw()),
                newMinor
                    ? tr("Take an etcd snapshot on %1 (etcdctl snapshot save) before upgrading the "
                         "control plane; etcd changes minor version.")
                          .arg(row.node)
                    : tr("Nothing to do: kubeadm upgrade replaces the etcd static pod on %1.").arg(row.node));
        } else if (current > etcdWant) {
            out << makeFinding(Finding::Severity::Warning, QStringLiteral("etcd-newer-than-kubeadm"),
                               row.component, row.node, {current.raw(), etcdWant.raw()}, etcdWant.raw(),
                               tr("etcd on %1 (%2) is newer than the %3 that %4 ships.")
                                   .arg(row.node, current.raw(), etcdWant.raw(), kubeadm),
                               tr("Check why etcd on %1 runs %2 before upgrading; %3 expects %4.")
                                   .arg(row.node, current.raw(), kubeadm, etcdWant.raw()));
        }
    }
    const Version dnsWant = expectedCoreDns(catalog, target.minor());
    for (const ComponentVersion &row : snapshot.components) {
        const Version current = Version::parse(row.version);
        if (row.component != QLatin1String("CoreDNS") || !current.isValid() || !dnsWant.isValid())
            continue;
        if (current < dnsWant) {
            out << makeFinding(
                Finding::Severity::Info, QStringLiteral("coredns-version"), row.component, {},
                {current.raw(), dnsWant.raw()}, dnsWant.raw(),
                tr("%1 upgrades CoreDNS from %2 to %3.").arg(kubeadm, current.raw(), dnsWant.raw()),
                tr("Review custom changes to the CoreDNS Corefile; kubeadm checks the Corefile "
                   "migration before upgrading."));
        } else if (current > dnsWant) {
            out << makeFinding(Finding::Severity::Info, QStringLiteral("coredns-newer-than-kubeadm"),
                               row.component, {}, {current.raw(), dnsWant.raw()}, dnsWant.raw(),
                               tr("CoreDNS (%1) is newer than the %2 that %3 ships.")
                                   .arg(current.raw(), dnsWant.raw(), kubeadm),
                               tr("Check that the CoreDNS Deployment is managed the way you expect before "
                                  "upgrading."));
        }
    }
    return out;
}

QList<Finding> SkewPolicy::checkControlPlaneUpgrade(const ClusterSnapshot &snapshot, const Version &target,
                                                    bool kubeadm)
{
    QList<Finding> out;
    if (!target.isValid())
        return out;
    const int t = target.minor();
    const int kubeadmSkew = kubeadmMaxKubeletSkew(t);
    for (const Node &node : snapshot.nodes) {
        const Version k = Version::parse(node.kubeletVersion);
        if (!k.isValid())
            continue; // reported by checkSkew
        const int needPolicy = minimumKubeletMinor(t);
        const QString range =
            minorRange(target.major(), kubeadm ? std::max(needPolicy, t - kubeadmSkew) : needPolicy, t);
        if (kubeadm && k.minor() + kubeadmSkew < t) {
            const int need = std::max(needPolicy, t - kubeadmSkew);
            // kubeadm: "There are kubelets in this cluster that are too old that have these
            // versions" (FACTS §3.5); MaximumAllowedMinorVersionKubeletSkew (FACTS §1.3)
            out << makeFinding(
                Finding::Severity::Error, QStringLiteral("kubeadm-kubelet-too-old"),
                QStringLiteral("kubelet"), node.name, {k.raw(), target.toString()}, range,
                tr("kubeadm %1 refuses to upgrade the control plane while the kubelet on %2 runs %3; it "
                   "accepts kubelets down to %4.")
                    .arg(target.minorTag(), node.name, k.raw(), minorRange(target.major(), need, need)),
                tr("Upgrade the kubelet on %1 to %2 or newer before upgrading the control plane to %3.")
                    .arg(node.name, minorRange(target.major(), need, need), target.toString()));
        } else if (t - k.minor() > maxMinorsBehind(t, k.minor())) {
            out << makeFinding(
                Finding::Severity::Warning, QStringLiteral("kubelet-too-old-for-target"),
                QStringLiteral("kubelet"), node.name, {k.raw(), target.toString()}, range,
                tr("The kubelet on %1 (%2) will be %3 minor versions behind once the control plane runs "
                   "%4; at most %5 are supported.")
                    .arg(node.name, k.raw())
                    .arg(t - k.minor())
                    .arg(target.toString())
                    .arg(maxMinorsBehind(t, k.minor())),
                tr("Upgrade the kubelet on %1 to %2 or newer before upgrading the control plane to %3.")
                    .arg(node.name, minorRange(target.major(), needPolicy, needPolicy), target.toString()));
        }
    }
    return out;
}

QList<Finding> SkewPolicy::checkKubectl(const Version &client, const ClusterSnapshot &snapshot)
{
    QList<Finding> out;
    const Version newest = clusterVersion(snapshot);
    const Version oldest = oldestApiServer(snapshot);
    if (!client.isValid() || !newest.isValid())
        return out;
    if (client.major() == newest.major() && client.minor() >= newest.minor() - 1 &&
        client.minor() <= oldest.minor() + 1)
        return out;
    // kubectl's own warning text (FACTS §1.3)
    out << makeFinding(
        Finding::Severity::Warning, QStringLiteral("kubectl-skew"), QStringLiteral("kubectl"), {},
        {client.raw(), newest.raw()}, minorRange(newest.major(), newest.minor() - 1, oldest.minor() + 1),
        tr("version difference between client (%1) and server (%2) exceeds the supported minor version "
           "skew of +/-1")
            .arg(client.minorString(), newest.minorString()),
        tr("Install kubectl %1.").arg(minorRange(newest.major(), newest.minor() - 1, oldest.minor() + 1)));
    return out;
}

} // namespace Slipway
