#include "models/skewpolicy.h"

#include "models/skewpolicy_p.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace Slipway {

namespace {

const QString kApiServer = QStringLiteral("kube-apiserver");
const QString kKubelet = QStringLiteral("kubelet");
const QString kKubeProxy = QStringLiteral("kube-proxy");

bool isControllerComponent(const QString &component)
{
    // FACTS §1.1: these three share one rule.
    return component == QLatin1String("kube-controller-manager") ||
           component == QLatin1String("kube-scheduler") ||
           component == QLatin1String("cloud-controller-manager");
}

} // namespace

namespace SkewDetail {

Finding makeFinding(Finding::Severity severity, const QString &rule, const QString &component,
                    const QString &node, const QStringList &versions, const QString &allowedRange,
                    const QString &message, const QString &fix)
{
    return Finding{severity, rule, component, node, versions, allowedRange, message, fix};
}

Finding unparseable(const QString &component, const QString &node, const QString &raw)
{
    QString message;
    if (raw.trimmed().isEmpty()) {
        message = node.isEmpty() ? SkewPolicy::tr("%1 reports no version.").arg(component)
                                 : SkewPolicy::tr("%1 on %2 reports no version.").arg(component, node);
    } else {
        message =
            node.isEmpty()
                ? SkewPolicy::tr("%1 reports a version Slipway cannot read: \"%2\".").arg(component, raw)
                : SkewPolicy::tr("%1 on %2 reports a version Slipway cannot read: \"%3\".")
                      .arg(component, node, raw);
    }
    const QString fix =
        node.isEmpty() ? SkewPolicy::tr("Check the %1 version; skew rules for it are skipped until it reads "
                                        "like v1.34.2.")
                             .arg(component)
                       : SkewPolicy::tr("Check the %1 version on %2; skew rules for it are skipped until it "
                                        "reads like v1.34.2.")
                             .arg(component, node);
    return makeFinding(Finding::Severity::Warning, QStringLiteral("version-unparseable"), component, node,
                       {raw}, {}, message, fix);
}

} // namespace SkewDetail

using SkewDetail::makeFinding;

int SkewPolicy::maxMinorsBehind(int newestApiServerMinor, int nodeComponentMinor)
{
    // n-3 since 1.28 control planes (KEP-3935, website PR #42218), but only for kubelets and
    // kube-proxies at 1.25 or newer (FACTS §1.1, §1.2).
    return (newestApiServerMinor >= 28 && nodeComponentMinor >= 25) ? 3 : 2;
}

int SkewPolicy::minimumKubeletMinor(int controlPlaneMinor)
{
    int m = controlPlaneMinor;
    while (m > 0 && controlPlaneMinor - (m - 1) <= maxMinorsBehind(controlPlaneMinor, m - 1))
        --m;
    return m;
}

int SkewPolicy::maxKubeProxyKubeletSkew(int newestApiServerMinor, int kubeProxyMinor)
{
    // ±3 with the n-3 policy, ±2 below 1.25 and in the 2023-05 (n-2) text (FACTS §1.2).
    return (newestApiServerMinor >= 28 && kubeProxyMinor >= 25) ? 3 : 2;
}

int SkewPolicy::kubeadmMaxKubeletSkew(int kubeadmMinor)
{
    // kubernetes/kubernetes#120825, kubermatic/kubeone#3010 (FACTS §1.3)
    return kubeadmMinor >= 29 ? 3 : 1;
}

QString SkewPolicy::minorRange(int major, int lowest, int highest)
{
    const auto tag = [major](int minor) {
        return QStringLiteral("v%1.%2").arg(major).arg(minor);
    };
    if (lowest > highest)
        return tr("none");
    if (lowest == highest)
        return tag(lowest);
    return tag(lowest) + QChar(0x2013) + tag(highest);
}

QList<ComponentVersion> SkewPolicy::apiServers(const ClusterSnapshot &snapshot)
{
    QList<ComponentVersion> rows;
    for (const ComponentVersion &c : snapshot.components) {
        if (c.component == kApiServer)
            rows << c;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.node < b.node; });
    if (rows.isEmpty() && !snapshot.serverVersion.isEmpty())
        rows << ComponentVersion{kApiServer, QString(), snapshot.serverVersion, QString()};
    return rows;
}

Version SkewPolicy::clusterVersion(const ClusterSnapshot &snapshot)
{
    Version best;
    for (const ComponentVersion &c : apiServers(snapshot)) {
        const Version v = Version::parse(c.version);
        if (v.isValid() && (!best.isValid() || v > best))
            best = v;
    }
    return best;
}

Version SkewPolicy::oldestApiServer(const ClusterSnapshot &snapshot)
{
    Version oldest;
    for (const ComponentVersion &c : apiServers(snapshot)) {
        const Version v = Version::parse(c.version);
        if (v.isValid() && (!oldest.isValid() || v < oldest))
            oldest = v;
    }
    return oldest;
}

Version SkewPolicy::kubeProxyVersion(const ClusterSnapshot &snapshot)
{
    for (const ComponentVersion &c : snapshot.components) {
        if (c.component == kKubeProxy)
            return Version::parse(c.version);
    }
    return {};
}

bool SkewPolicy::isKubeadmManaged(const ClusterSnapshot &snapshot)
{
    bool staticPods = false;
    for (const ComponentVersion &c : snapshot.components) {
        if (c.component != kApiServer)
            continue;
        staticPods = true;
        if (Version::parse(c.version).hasVendorSuffix())
            return false;
    }
    return staticPods && !Version::parse(snapshot.serverVersion).hasVendorSuffix();
}

namespace {

// What every skew check reads: the parseable kube-apiserver and kubelet versions and the
// apiserver range they are measured against (FACTS §1.1).
struct SkewContext
{
    const ClusterSnapshot &snapshot;
    QList<std::pair<QString, Version>> apis; // node, version
    QHash<QString, Version> kubelets;        // node name → version
    QSet<QString> distinct;                  // distinct kube-apiserver versions
    Version minAS;
    Version maxAS;
    int major = 0;
    int n = 0;     // newest kube-apiserver minor
    int lowAS = 0; // oldest kube-apiserver minor
    int minKubelet = 0;
};

// Reads the versions; every one that does not parse becomes a finding in `out`.
SkewContext readSkewContext(const ClusterSnapshot &snapshot, QList<Finding> &out)
{
    SkewContext ctx{snapshot, {}, {}, {}, {}, {}};
    for (const ComponentVersion &row : SkewPolicy::apiServers(snapshot)) {
        const Version v = Version::parse(row.version);
        if (v.isValid())
            ctx.apis.append({row.node, v});
        else
            out << SkewDetail::unparseable(kApiServer, row.node, row.version);
    }
    for (const Node &node : snapshot.nodes) {
        const Version v = Version::parse(node.kubeletVersion);
        if (v.isValid())
            ctx.kubelets.insert(node.name, v);
        else
            out << SkewDetail::unparseable(kKubelet, node.name, node.kubeletVersion);
    }
    for (const ComponentVersion &row : snapshot.components) {
        if (row.component != kApiServer && !Version::parse(row.version).isValid())
            out << SkewDetail::unparseable(row.component, row.node, row.version);
    }
    if (ctx.apis.isEmpty())
        return ctx;
    ctx.minAS = ctx.apis.constFirst().second;
    ctx.maxAS = ctx.minAS;
    for (const auto &[node, v] : ctx.apis) {
        ctx.minAS = std::min(ctx.minAS, v);
        ctx.maxAS = std::max(ctx.maxAS, v);
        ctx.distinct.insert(v.raw());
    }
    ctx.major = ctx.maxAS.major();
    ctx.n = ctx.maxAS.minor();
    ctx.lowAS = ctx.minAS.minor();
    ctx.minKubelet = SkewPolicy::minimumKubeletMinor(ctx.n);
    return ctx;
}

// kube-apiserver: newest and oldest within one minor (FACTS §1.1).
QList<Finding> checkApiServerSkew(const SkewContext &ctx)
{
    QList<Finding> out;
    const int n = ctx.n;
    const Version &maxAS = ctx.maxAS;
    if (n - ctx.lowAS > 1) {
        for (const auto &[node, v] : ctx.apis) {
            if (n - v.minor() <= 1)
                continue;
            out << makeFinding(
                Finding::Severity::Error, QStringLiteral("apiserver-skew"), kApiServer, node,
                {v.raw(), maxAS.raw()}, SkewPolicy::minorRange(ctx.major, n - 1, n),
                SkewPolicy::tr(
                    "kube-apiserver on %1 (%2) is %3 minor versions older than the newest kube-apiserver "
                    "(%4); instances must be within one minor version.")
                    .arg(node, v.raw())
                    .arg(n - v.minor())
                    .arg(maxAS.raw()),
                SkewPolicy::tr(
                    "Upgrade kube-apiserver on %1 one minor version at a time (kubeadm upgrade node) "
                    "until it reaches %2.")
                    .arg(node, maxAS.minorTag()));
        }
    } else if (ctx.distinct.size() > 1) {
        QStringList lagging;
        for (const auto &[node, v] : ctx.apis) {
            if (v < maxAS)
                lagging << node;
        }
        QStringList versions(ctx.distinct.cbegin(), ctx.distinct.cend());
        versions.sort();
        // kubeadm: "Different API server versions in the cluster were discovered" (FACTS §3.1)
        out << makeFinding(
            Finding::Severity::Warning, QStringLiteral("apiserver-versions-differ"), kApiServer, {}, versions,
            SkewPolicy::minorRange(ctx.major, n - 1, n),
            SkewPolicy::tr(
                "The kube-apiserver instances run different versions (%1); kubeadm warns until every "
                "control-plane node runs the same version.")
                .arg(versions.join(QLatin1String(", "))),
            SkewPolicy::tr("Finish the control-plane upgrade: run kubeadm upgrade node on %1 to reach %2.")
                .arg(lagging.join(QLatin1String(", ")), maxAS.toString()));
    }
    return out;
}

// kubelet: not newer than the oldest apiserver, at most 3 (or 2) older than the newest.
QList<Finding> checkKubeletSkew(const SkewContext &ctx)
{
    QList<Finding> out;
    const int major = ctx.major;
    const int n = ctx.n;
    const QString range = SkewPolicy::minorRange(major, ctx.minKubelet, ctx.lowAS);
    for (const Node &node : ctx.snapshot.nodes) {
        if (!ctx.kubelets.contains(node.name))
            continue;
        const Version k = ctx.kubelets.value(node.name);
        const int behind = n - k.minor();
        const int allowed = SkewPolicy::maxMinorsBehind(n, k.minor());
        if (k.minor() > ctx.lowAS) {
            out << makeFinding(
                Finding::Severity::Error, QStringLiteral("kubelet-newer-than-apiserver"), kKubelet, node.name,
                {k.raw(), ctx.minAS.raw()}, range,
                SkewPolicy::tr(
                    "The kubelet on %1 (%2) is newer than the oldest kube-apiserver (%3); a kubelet must "
                    "not be newer than kube-apiserver.")
                    .arg(node.name, k.raw(), ctx.minAS.raw()),
                SkewPolicy::tr(
                    "Upgrade every kube-apiserver to %1 (the control plane goes first), or reinstall "
                    "the kubelet on %2 at %3.")
                    .arg(k.minorTag(), node.name, ctx.minAS.minorTag()));
        } else if (behind > allowed) {
            out << makeFinding(
                Finding::Severity::Error, QStringLiteral("kubelet-too-old"), kKubelet, node.name,
                {k.raw(), ctx.maxAS.raw()}, range,
                SkewPolicy::tr(
                    "The kubelet on %1 (%2) is %3 minor versions older than the newest kube-apiserver "
                    "(%4); at most %5 are supported.")
                    .arg(node.name, k.raw())
                    .arg(behind)
                    .arg(ctx.maxAS.raw())
                    .arg(allowed),
                SkewPolicy::tr(
                    "Upgrade the kubelet on %1 to %2 or newer, one minor version at a time, draining "
                    "the node first.")
                    .arg(node.name, SkewPolicy::minorRange(major, ctx.minKubelet, ctx.minKubelet)));
        } else if ((n + 1) - k.minor() > SkewPolicy::maxMinorsBehind(n + 1, k.minor())) {
            // "kubelets left persistently 3 minors behind must be upgraded before the next
            // control-plane upgrade" (FACTS §1.1 step 4). Checked against n+1 rather than
            // behind == allowed: a 1.25 kubelet under a 1.27 control plane is fine at 1.28.
            const int next = SkewPolicy::minimumKubeletMinor(n + 1);
            out << makeFinding(
                Finding::Severity::Warning, QStringLiteral("kubelet-at-skew-limit"), kKubelet, node.name,
                {k.raw(), ctx.maxAS.raw()}, range,
                SkewPolicy::tr(
                    "The kubelet on %1 (%2) is %3 minor versions behind the newest kube-apiserver (%4), "
                    "the most the policy allows.")
                    .arg(node.name, k.raw())
                    .arg(behind)
                    .arg(ctx.maxAS.raw()),
                SkewPolicy::tr(
                    "Upgrade the kubelet on %1 to %2 or newer before upgrading the control plane to "
                    "%3.")
                    .arg(node.name, SkewPolicy::minorRange(major, next, next),
                         SkewPolicy::minorRange(major, n + 1, n + 1)));
        }
    }
    return out;
}

// kube-proxy: same rule as the kubelet against the apiservers, and ±3 (±2) of the kubelet on
// each node (FACTS §1.1). Its version is the DaemonSet's, so every node.
QList<Finding> checkKubeProxySkew(const SkewContext &ctx, const ComponentVersion &row, const Version &v)
{
    QList<Finding> out;
    const int major = ctx.major;
    const int n = ctx.n;
    const QString range = SkewPolicy::minorRange(major, ctx.minKubelet, ctx.lowAS);
    if (v.minor() > ctx.lowAS) {
        out << makeFinding(
            Finding::Severity::Error, QStringLiteral("kube-proxy-newer-than-apiserver"), kKubeProxy, row.node,
            {v.raw(), ctx.minAS.raw()}, range,
            SkewPolicy::tr("kube-proxy (%1) is newer than the oldest kube-apiserver (%2).")
                .arg(v.raw(), ctx.minAS.raw()),
            SkewPolicy::tr("Upgrade every kube-apiserver to %1 before kube-proxy.").arg(v.minorTag()));
    } else if (n - v.minor() > SkewPolicy::maxMinorsBehind(n, v.minor())) {
        out << makeFinding(
            Finding::Severity::Error, QStringLiteral("kube-proxy-too-old"), kKubeProxy, row.node,
            {v.raw(), ctx.maxAS.raw()}, range,
            SkewPolicy::tr("kube-proxy (%1) is %2 minor versions older than the newest kube-apiserver (%3); "
                           "at most %4 are supported.")
                .arg(v.raw())
                .arg(n - v.minor())
                .arg(ctx.maxAS.raw())
                .arg(SkewPolicy::maxMinorsBehind(n, v.minor())),
            SkewPolicy::tr("Upgrade the kube-proxy DaemonSet to %1 or newer.")
                .arg(SkewPolicy::minorRange(major, ctx.minKubelet, ctx.minKubelet)));
    }
    for (const Node &node : ctx.snapshot.nodes) {
        if (!ctx.kubelets.contains(node.name))
            continue;
        const Version k = ctx.kubelets.value(node.name);
        const int skew = std::abs(v.minor() - k.minor());
        const int allowed = SkewPolicy::maxKubeProxyKubeletSkew(n, v.minor());
        if (skew <= allowed)
            continue;
        const QString fix =
            k < v
                ? SkewPolicy::tr("Upgrade the kubelet on %1 to %2 or newer.")
                      .arg(node.name, SkewPolicy::minorRange(major, v.minor() - allowed, v.minor() - allowed))
                : SkewPolicy::tr("Upgrade the kube-proxy DaemonSet to %1 or newer.")
                      .arg(SkewPolicy::minorRange(major, k.minor() - allowed, k.minor() - allowed));
        out << makeFinding(
            Finding::Severity::Error, QStringLiteral("kube-proxy-kubelet-skew"), kKubeProxy, node.name,
            {v.raw(), k.raw()}, SkewPolicy::minorRange(major, v.minor() - allowed, v.minor() + allowed),
            SkewPolicy::tr("kube-proxy (%1) is %2 minor versions away from the kubelet on %3 (%4); "
                           "at most %5 are supported.")
                .arg(v.raw())
                .arg(skew)
                .arg(node.name, k.raw())
                .arg(allowed),
            fix);
    }
    return out;
}

// kube-controller-manager, kube-scheduler, cloud-controller-manager: not newer than any
// apiserver, at most one minor older than the newest (FACTS §1.1).
QList<Finding> checkControllerSkew(const SkewContext &ctx, const ComponentVersion &row, const Version &v)
{
    const QString range = SkewPolicy::minorRange(ctx.major, ctx.n - 1, ctx.lowAS);
    if (v.minor() > ctx.lowAS) {
        return {makeFinding(
            Finding::Severity::Error, QStringLiteral("control-plane-component-newer-than-apiserver"),
            row.component, row.node, {v.raw(), ctx.minAS.raw()}, range,
            SkewPolicy::tr("%1 on %2 (%3) is newer than the oldest kube-apiserver (%4); it must not be newer "
                           "than any kube-apiserver it talks to.")
                .arg(row.component, row.node, v.raw(), ctx.minAS.raw()),
            SkewPolicy::tr("Upgrade the remaining kube-apiserver instances to %1.").arg(v.minorTag()))};
    }
    if (v.minor() < ctx.n - 1) {
        return {
            makeFinding(Finding::Severity::Error, QStringLiteral("control-plane-component-too-old"),
                        row.component, row.node, {v.raw(), ctx.maxAS.raw()}, range,
                        SkewPolicy::tr("%1 on %2 (%3) is more than one minor version older than the newest "
                                       "kube-apiserver (%4).")
                            .arg(row.component, row.node, v.raw(), ctx.maxAS.raw()),
                        SkewPolicy::tr("Upgrade %1 on %2 to %3 (kubeadm upgrade node on that node).")
                            .arg(row.component, row.node, ctx.maxAS.minorTag()))};
    }
    return {};
}

} // namespace

QList<Finding> SkewPolicy::checkSkew(const ClusterSnapshot &snapshot)
{
    QList<Finding> out;
    const SkewContext ctx = readSkewContext(snapshot, out);
    if (ctx.apis.isEmpty())
        return out;
    out << checkApiServerSkew(ctx);
    out << checkKubeletSkew(ctx);
    for (const ComponentVersion &row : snapshot.components) {
        const Version v = Version::parse(row.version);
        if (!v.isValid())
            continue;
        if (row.component == kKubeProxy)
            out << checkKubeProxySkew(ctx, row, v);
        else if (isControllerComponent(row.component))
            out << checkControllerSkew(ctx, row, v);
    }
    return out;
}

QList<Finding> SkewPolicy::evaluate(const ClusterSnapshot &snapshot, const ReleaseCatalog &catalog,
                                    const QDate &today)
{
    QList<Finding> out = checkSkew(snapshot);
    const Version cluster = clusterVersion(snapshot);
    if (cluster.isValid()) {
        out << checkSupport(cluster, catalog, today);
        out << checkAddons(snapshot, catalog, cluster);
    }
    sortFindings(out);
    return out;
}

} // namespace Slipway
