#include "sim/lessons/lessonstate.h"

#include "models/skewpolicy.h"
#include "models/texttable.h"
#include "sim/engine/simulator.h"

namespace Slipway {

namespace {

const QString kKubectl = QStringLiteral("kubectl");
const QString kKubelet = QStringLiteral("kubelet");

QString podStatus(const Pod &p)
{
    if (p.deletionTimestamp)
        return QStringLiteral("Terminating");
    return podPhaseName(p.phase);
}

QString withTag(const QString &image, const QString &version)
{
    const qsizetype colon = image.lastIndexOf(QLatin1Char(':'));
    return colon < 0 ? image : image.left(colon + 1) + version;
}

} // namespace

QString LessonState::nodeStatus(const Node &node)
{
    QString status =
        node.ready == ConditionStatus::True ? QStringLiteral("Ready") : QStringLiteral("NotReady");
    if (node.unschedulable)
        status += QStringLiteral(",SchedulingDisabled");
    return status;
}

QString LessonState::nodeTable(const LessonContext &ctx, const QStringList &nodes)
{
    TextTable table({QStringLiteral("NAME"), QStringLiteral("STATUS"), QStringLiteral("ROLES"),
                     QStringLiteral("VERSION"), QStringLiteral("TAINTS")});
    for (const StoredObject &o : ctx.sim->list(ResourceKind::Node).items) {
        const Node &n = o.node;
        if (!nodes.isEmpty() && !nodes.contains(n.name))
            continue;
        QStringList taints;
        for (const Taint &t : n.taints)
            taints << t.key + QLatin1Char(':') + t.effect;
        const QStringList roles = n.roles();
        table.addRow(
            {n.name, nodeStatus(n), roles.isEmpty() ? QStringLiteral("<none>") : roles.join(QLatin1Char(',')),
             n.kubeletVersion, taints.isEmpty() ? QStringLiteral("<none>") : taints.join(QLatin1Char(','))});
    }
    return table.toString();
}

QString LessonState::podTable(const LessonContext &ctx, const QStringList &prefixes)
{
    TextTable table(
        {QStringLiteral("NAME"), QStringLiteral("READY"), QStringLiteral("STATUS"), QStringLiteral("NODE")});
    for (const StoredObject &o : ctx.sim->list(ResourceKind::Pod, QStringLiteral("default")).items) {
        const Pod &p = o.pod;
        const bool wanted = std::any_of(prefixes.cbegin(), prefixes.cend(),
                                        [&p](const QString &prefix) { return p.name.startsWith(prefix); });
        if (!wanted)
            continue;
        table.addRow({p.name, p.ready ? QStringLiteral("1/1") : QStringLiteral("0/1"), podStatus(p),
                      p.nodeName.isEmpty() ? QStringLiteral("<none>") : p.nodeName});
    }
    return table.rowCount() ? table.toString()
                            : tr("No pods of %1.").arg(prefixes.join(QStringLiteral(", "))) + u'\n';
}

QString LessonState::describe(const LessonContext &ctx, const LessonObserve &observe)
{
    QString text;
    const bool clusterRows =
        !observe.nodes.isEmpty() || !observe.podsOf.isEmpty() || (!observe.extra && !observe.findings);
    if (clusterRows && ctx.sim) {
        text += nodeTable(ctx, observe.nodes);
        if (!observe.podsOf.isEmpty())
            text += u'\n' + podTable(ctx, observe.podsOf);
    }
    if (observe.findings)
        text += sandboxTable(ctx);
    if (observe.extra) {
        const QString extra = observe.extra(ctx);
        if (!text.isEmpty() && !extra.isEmpty())
            text += u'\n';
        text += extra;
        if (!extra.isEmpty() && !extra.endsWith(u'\n'))
            text += u'\n';
    }
    return text;
}

void LessonState::setSandboxVersion(LessonContext &ctx, const QString &component, const QString &node,
                                    const QString &version)
{
    if (component == kKubectl) {
        ctx.notes.insert(kKubectl, version);
        return;
    }
    if (component == kKubelet) {
        for (Node &n : ctx.sandbox.nodes) {
            if (node.isEmpty() || n.name == node)
                n.kubeletVersion = version;
        }
        return;
    }
    for (ComponentVersion &c : ctx.sandbox.components) {
        if (c.component == component && (node.isEmpty() || c.node.isEmpty() || c.node == node)) {
            c.version = version;
            c.image = withTag(c.image, version);
        }
    }
    if (component == QLatin1String("kube-apiserver"))
        ctx.sandbox.serverVersion = SkewPolicy::clusterVersion(ctx.sandbox).raw();
}

QString LessonState::sandboxVersion(const LessonContext &ctx, const QString &component, const QString &node)
{
    if (component == kKubectl)
        return ctx.notes.value(kKubectl);
    if (component == kKubelet) {
        for (const Node &n : ctx.sandbox.nodes) {
            if (node.isEmpty() || n.name == node)
                return n.kubeletVersion;
        }
        return {};
    }
    for (const ComponentVersion &c : ctx.sandbox.components) {
        if (c.component == component && (node.isEmpty() || c.node.isEmpty() || c.node == node))
            return c.version;
    }
    return {};
}

QList<Finding> LessonState::skewFindings(const LessonContext &ctx)
{
    QList<Finding> findings = SkewPolicy::checkSkew(ctx.sandbox);
    const Version kubectl = Version::parse(ctx.notes.value(kKubectl));
    if (kubectl.isValid())
        findings << SkewPolicy::checkKubectl(kubectl, ctx.sandbox);
    sortFindings(findings);
    return findings;
}

QString LessonState::sandboxTable(const LessonContext &ctx)
{
    TextTable table({tr("COMPONENT"), tr("NODE"), tr("VERSION")});
    for (const ComponentVersion &c : ctx.sandbox.components)
        table.addRow({c.component, c.node.isEmpty() ? QStringLiteral("-") : c.node, c.version});
    for (const Node &n : ctx.sandbox.nodes)
        table.addRow({kKubelet, n.name, n.kubeletVersion});
    if (!ctx.notes.value(kKubectl).isEmpty())
        table.addRow({kKubectl, QStringLiteral("-"), ctx.notes.value(kKubectl)});
    QString text = table.toString();
    const QList<Finding> findings = skewFindings(ctx);
    if (findings.isEmpty())
        text += tr("Findings: none — every component is within the skew policy.") + u'\n';
    for (const Finding &f : findings)
        text += QStringLiteral("%1 %2: %3\n").arg(f.severityName(), f.rule, f.message);
    return text;
}

} // namespace Slipway
