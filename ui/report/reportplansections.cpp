// The report's plan sections: versions before and after, skew findings, the plan's hops and steps.
#include "ui/report/reportcomposer.h"

#include <QJsonObject>

namespace Slipway {

namespace {

QString str(const QJsonValue &object, const char *key)
{
    return object.toObject().value(QLatin1String(key)).toString();
}

QString stepHostText(const QString &host)
{
    if (host == QLatin1String("node"))
        return ReportComposer::tr("on the node");
    if (host == QLatin1String("kubectl"))
        return ReportComposer::tr("with kubectl");
    return ReportComposer::tr("manual");
}

} // namespace

QString ReportComposer::afterVersion(const QString &node, const QString &before, const QString &target) const
{
    if (!m_source.hasRun)
        return target.isEmpty() ? before : target;
    if (m_digest.kind == QLatin1String("maintenance"))
        return before;
    if (node.isEmpty()) // cluster-wide add-ons: upgraded with the first control plane
        return m_digest.result == QLatin1String("succeeded") ? target : tr("%1 (not confirmed)").arg(before);
    const RunDigest::NodeRun *run = m_digest.node(node);
    if (run && run->state == NodeRunState::Done)
        return target;
    return tr("%1 (not upgraded)").arg(before);
}

void ReportComposer::versions(ReportPager &pager, int no) const
{
    pager.heading(1, numbered(no, tr("Versions before and after")));
    const QString afterTitle = m_source.hasRun ? tr("After") : tr("Planned");
    pager.paragraph(
        m_source.hasRun
            ? tr("Before: as the cluster was read when the plan was made. After: the target for the "
                 "nodes whose run ended done (their upgrade and verify phases passed), otherwise "
                 "the version before.")
            : tr("Before: as the cluster was read. Planned: the versions after the last hop of the "
                 "plan."));
    pager.heading(2, QStringLiteral("%1.1  %2").arg(no).arg(tr("Control plane and add-ons")));
    QList<QStringList> rows;
    for (const QJsonValue &c : m_source.plan.value(QLatin1String("components")).toArray()) {
        if (str(c, "component") == QLatin1String("kubelet"))
            continue;
        rows.append({str(c, "component"), str(c, "node"), str(c, "current"),
                     afterVersion(str(c, "node"), str(c, "current"), str(c, "target"))});
    }
    if (rows.isEmpty())
        pager.paragraph(tr("No control-plane components were found (a managed control plane)."));
    else
        pager.table({{tr("Component"), 2}, {tr("Node"), 2}, {tr("Before"), 2, true}, {afterTitle, 2.4, true}},
                    rows);

    pager.heading(2, QStringLiteral("%1.2  %2").arg(no).arg(tr("Nodes: kubelet and kube-proxy")));
    QHash<QString, QString> kubeletTarget;
    for (const QJsonValue &c : m_source.plan.value(QLatin1String("components")).toArray()) {
        if (str(c, "component") == QLatin1String("kubelet"))
            kubeletTarget.insert(str(c, "node"), str(c, "target"));
    }
    // A big cluster's nodes are grouped by identical versions: 5,000 rows saying the same help no one.
    const bool grouped = m_nodes.size() > m_options.detailNodeLimit * 5;
    QList<QStringList> groups; // roles, before, after, kube-proxy, ready
    QList<QStringList> members;
    QHash<QString, int> groupIndex;
    for (const QJsonValue &n : m_nodes) {
        const QJsonObject node = n.toObject();
        const QString name = node.value(QLatin1String("name")).toString();
        const QString kubelet = node.value(QLatin1String("kubelet")).toString();
        QStringList roles;
        for (const QJsonValue &r : node.value(QLatin1String("roles")).toArray())
            roles << r.toString();
        const QStringList row{roles.join(QStringLiteral(", ")), kubelet,
                              afterVersion(name, kubelet, kubeletTarget.value(name, m_target)),
                              node.value(QLatin1String("kubeProxy")).toString(),
                              node.value(QLatin1String("ready")).toString()};
        const QString key = grouped ? row.join(QLatin1Char('\x1f')) : name;
        auto it = groupIndex.constFind(key);
        if (it == groupIndex.cend()) {
            it = groupIndex.insert(key, int(groups.size()));
            groups.append(row);
            members.append(QStringList());
        }
        members[*it].append(name);
    }
    rows.clear();
    QList<ReportPager::RowStyle> styles;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QStringList &names = members.at(g);
        QString nodes = names.constFirst();
        if (names.size() > 1) {
            nodes = tr("%1 nodes: %2").arg(number(names.size()), names.mid(0, 4).join(QStringLiteral(", "))) +
                    (names.size() > 4 ? QStringLiteral(", …") : QString());
        }
        rows.append(QStringList{nodes} + groups.at(g));
        styles << (groups.at(g).at(2).contains(QLatin1Char('(')) ? ReportPager::RowStyle::Emphasis
                                                                 : ReportPager::RowStyle::Normal);
    }
    if (grouped)
        pager.paragraph(
            tr("%1 nodes, grouped by identical roles, versions and readiness.").arg(number(m_nodes.size())));
    pager.table({{grouped ? tr("Nodes") : tr("Node"), grouped ? 3.4 : 2.4},
                 {tr("Roles"), 1.6},
                 {tr("Kubelet before"), 1.6, true},
                 {m_source.hasRun ? tr("Kubelet after") : tr("Kubelet planned"), 2.2, true},
                 {tr("kube-proxy"), 1.5, true},
                 {tr("Ready"), 0.9}},
                rows, styles);
}

void ReportComposer::findings(ReportPager &pager, int no) const
{
    pager.heading(1, numbered(no, tr("Version-skew findings")));
    const QJsonArray findings = m_source.plan.value(QLatin1String("findings")).toArray();
    if (findings.isEmpty()) {
        pager.paragraph(tr("No findings: every component is within the Kubernetes version-skew policy, now "
                           "and after each hop of the plan."));
        return;
    }
    pager.paragraph(
        tr("Each finding names its rule (docs/skew-rules.md), the component and node it is about, "
           "and the fix. \"Now\" is the cluster as read; the other groups are projected after "
           "each hop of the plan."));
    const QJsonArray hops = m_source.plan.value(QLatin1String("hops")).toArray();
    QList<QStringList> rows;
    QList<ReportPager::RowStyle> styles;
    for (int hop = -1; hop < int(hops.size()); ++hop) {
        bool groupStarted = false;
        for (const QJsonValue &f : findings) {
            const QJsonObject finding = f.toObject();
            const QJsonValue hopValue = finding.value(QLatin1String("hop"));
            if ((hop < 0 && !hopValue.isNull()) || (hop >= 0 && hopValue.toInt(-1) != hop))
                continue;
            if (!groupStarted) {
                rows.append({hop < 0 ? tr("Now")
                                     : tr("After hop %1: %2 → %3")
                                           .arg(hop + 1)
                                           .arg(str(hops.at(hop), "from"), str(hops.at(hop), "to"))});
                styles << ReportPager::RowStyle::Section;
                groupStarted = true;
            }
            const QString where = finding.value(QLatin1String("node")).toString().isEmpty()
                                      ? finding.value(QLatin1String("component")).toString()
                                      : finding.value(QLatin1String("component")).toString() +
                                            QStringLiteral(" · ") +
                                            finding.value(QLatin1String("node")).toString();
            const QString severity = finding.value(QLatin1String("severity")).toString();
            rows.append({severityText(severity), finding.value(QLatin1String("rule")).toString(), where,
                         finding.value(QLatin1String("message")).toString() + QLatin1Char('\n') +
                             tr("Fix: %1").arg(finding.value(QLatin1String("fix")).toString())});
            styles << (severity == QLatin1String("error") ? ReportPager::RowStyle::Emphasis
                                                          : ReportPager::RowStyle::Normal);
        }
    }
    pager.table(
        {{tr("Severity"), 1.1}, {tr("Rule"), 3.0, true}, {tr("Where"), 1.8}, {tr("Finding and fix"), 5.2}},
        rows, styles);
}

void ReportComposer::plan(ReportPager &pager, int no) const
{
    pager.heading(1, numbered(no, tr("Upgrade plan")));
    const QJsonObject &plan = m_source.plan;
    const QJsonArray hops = plan.value(QLatin1String("hops")).toArray();
    if (hops.isEmpty()) {
        pager.paragraph(plan.value(QLatin1String("upToDate")).toBool()
                            ? tr("Nothing to do: the cluster is at the target version.")
                            : tr("No upgrade path: see the findings for what refuses it."));
        return;
    }
    pager.paragraph(tr("The control plane moves one minor version at a time (the Kubernetes version-skew "
                       "policy); each hop upgrades the control-plane nodes first, then every node's kubelet. "
                       "Package commands are for %1.")
                        .arg(plan.value(QLatin1String("packageFamily")).toString()));
    QList<QStringList> rows;
    for (int i = 0; i < hops.size(); ++i)
        rows.append({QString::number(i + 1), str(hops.at(i), "from"), str(hops.at(i), "to"),
                     str(hops.at(i), "title")});
    pager.table({{tr("Hop"), 0.6}, {tr("From"), 1.5, true}, {tr("To"), 1.5, true}, {tr("Description"), 5}},
                rows);
    for (int i = 0; i < hops.size(); ++i) {
        pager.heading(
            2,
            QStringLiteral("%1.%2  %3")
                .arg(no)
                .arg(i + 1)
                .arg(tr("Hop %1: %2 → %3").arg(i + 1).arg(str(hops.at(i), "from"), str(hops.at(i), "to"))));
        planSteps(pager, i);
    }
}

void ReportComposer::planSteps(ReportPager &pager, int hop) const
{
    QList<QStringList> rows;
    QList<ReportPager::RowStyle> styles;
    QStringList shownNodes;
    QStringList skippedNodes;
    int number = 0;
    for (const QJsonValue &s : m_source.plan.value(QLatin1String("steps")).toArray()) {
        const QJsonObject step = s.toObject();
        if (step.value(QLatin1String("hop")).toInt() != hop)
            continue;
        ++number;
        const QString node = step.value(QLatin1String("node")).toString();
        if (!node.isEmpty() && !shownNodes.contains(node)) {
            if (shownNodes.size() >= m_options.stepNodeLimit) {
                if (skippedNodes.isEmpty() || skippedNodes.constLast() != node)
                    skippedNodes << node;
                continue;
            }
            shownNodes << node;
        }
        QStringList commands;
        for (const QJsonValue &c : step.value(QLatin1String("commands")).toArray())
            commands << c.toString();
        const bool blocker = step.value(QLatin1String("blocker")).toBool();
        rows.append({QString::number(number), node,
                     step.value(QLatin1String("description")).toString() + QLatin1Char('\n') +
                         stepHostText(step.value(QLatin1String("host")).toString()) +
                         (blocker ? QStringLiteral(" · ") + tr("before the control plane") : QString()),
                     commands.join(QLatin1Char('\n'))});
        styles << (blocker ? ReportPager::RowStyle::Emphasis : ReportPager::RowStyle::Normal);
    }
    pager.table({{tr("#"), 0.5}, {tr("Node"), 1.4}, {tr("Step"), 3.2}, {tr("Commands"), 5, true}}, rows,
                styles);
    if (!skippedNodes.isEmpty()) {
        skippedNodes.removeDuplicates();
        const QStringList named = skippedNodes.mid(0, 20);
        pager.paragraph(
            tr("The other %1 nodes take the same steps with their own names (%2%3); `slipway plan` "
               "lists every command.")
                .arg(skippedNodes.size())
                .arg(named.join(QStringLiteral(", ")))
                .arg(skippedNodes.size() > named.size() ? QStringLiteral(", …") : QString()),
            pager.fonts().small, ReportPager::dimColor());
    }
}

} // namespace Slipway
