#include "models/planjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Slipway {

namespace {

QJsonValue versionOrNull(const Version &v)
{
    return v.isValid() ? QJsonValue(v.toString()) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray changes(const QList<ComponentChange> &rows)
{
    QJsonArray out;
    for (const ComponentChange &c : rows) {
        out.append(QJsonObject{{QStringLiteral("component"), c.component},
                               {QStringLiteral("node"), c.node},
                               {QStringLiteral("current"), c.current},
                               {QStringLiteral("target"), c.target}});
    }
    return out;
}

} // namespace

QJsonObject PlanJson::findingToJson(const Finding &f, int hop)
{
    return QJsonObject{{QStringLiteral("severity"), f.severityName()},
                       {QStringLiteral("rule"), f.rule},
                       {QStringLiteral("component"), f.component},
                       {QStringLiteral("node"), f.node},
                       {QStringLiteral("versions"), QJsonArray::fromStringList(f.versions)},
                       {QStringLiteral("allowedRange"), f.allowedRange},
                       {QStringLiteral("message"), f.message},
                       {QStringLiteral("fix"), f.fix},
                       {QStringLiteral("hop"), hop < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(hop)}};
}

QJsonObject PlanJson::toJson(const UpgradePlan &plan)
{
    QJsonArray apiServers;
    for (const ComponentVersion &c : plan.apiServers)
        apiServers.append(
            QJsonObject{{QStringLiteral("node"), c.node}, {QStringLiteral("version"), c.version}});
    const QJsonObject cluster{{QStringLiteral("name"), plan.clusterName},
                              {QStringLiteral("version"), plan.clusterVersion.isValid()
                                                              ? QJsonValue(plan.clusterVersion.raw())
                                                              : QJsonValue(QJsonValue::Null)},
                              {QStringLiteral("apiServers"), apiServers},
                              {QStringLiteral("kubeadm"), plan.kubeadmManaged}};

    QJsonArray path;
    for (const Version &v : plan.path)
        path.append(v.toString());

    QJsonArray findings;
    for (const Finding &f : plan.findings)
        findings.append(findingToJson(f));
    for (qsizetype i = 0; i < plan.hops.size(); ++i) {
        for (const Finding &f : plan.hops.at(i).findings)
            findings.append(findingToJson(f, int(i)));
    }

    QJsonArray nodes;
    for (const Node &n : plan.nodes) {
        // The DaemonSet's version; the node field is the kubelet's own or empty (FACTS §7.2).
        const QString kubeProxy =
            plan.kubeProxyVersion.isValid() ? plan.kubeProxyVersion.raw() : n.kubeProxyVersion;
        nodes.append(QJsonObject{{QStringLiteral("name"), n.name},
                                 {QStringLiteral("roles"), QJsonArray::fromStringList(n.roles())},
                                 {QStringLiteral("kubelet"), n.kubeletVersion},
                                 {QStringLiteral("kubeProxy"), kubeProxy},
                                 {QStringLiteral("ready"), conditionStatusName(n.ready)},
                                 {QStringLiteral("unschedulable"), n.unschedulable}});
    }

    QJsonArray steps;
    for (const PlanStep &s : plan.steps) {
        steps.append(QJsonObject{{QStringLiteral("hop"), s.hop},
                                 {QStringLiteral("node"), s.node},
                                 {QStringLiteral("action"), stepActionName(s.action)},
                                 {QStringLiteral("host"), stepHostName(s.host)},
                                 {QStringLiteral("blocker"), s.blocker},
                                 {QStringLiteral("description"), s.description},
                                 {QStringLiteral("commands"), QJsonArray::fromStringList(s.commands)}});
    }

    QJsonArray hops;
    for (const PlanHop &h : plan.hops) {
        hops.append(QJsonObject{{QStringLiteral("from"), versionOrNull(h.from)},
                                {QStringLiteral("to"), versionOrNull(h.to)},
                                {QStringLiteral("patchOnly"), h.patchOnly},
                                {QStringLiteral("title"), h.title},
                                {QStringLiteral("kubelets"), changes(h.kubeletChanges)},
                                {QStringLiteral("components"), changes(h.componentChanges)}});
    }

    return QJsonObject{{QStringLiteral("schemaVersion"), SchemaVersion},
                       {QStringLiteral("cluster"), cluster},
                       {QStringLiteral("target"), versionOrNull(plan.target)},
                       {QStringLiteral("path"), path},
                       {QStringLiteral("feasible"), plan.isFeasible()},
                       {QStringLiteral("upToDate"), plan.isUpToDate()},
                       {QStringLiteral("components"), changes(plan.components)},
                       {QStringLiteral("findings"), findings},
                       {QStringLiteral("nodes"), nodes},
                       {QStringLiteral("steps"), steps},
                       {QStringLiteral("hops"), hops},
                       {QStringLiteral("packageFamily"), packageFamilyName(plan.packageFamily)},
                       {QStringLiteral("catalogDate"), dateOrNull(plan.catalogDate)},
                       {QStringLiteral("today"), dateOrNull(plan.today)}};
}

QByteArray PlanJson::render(const UpgradePlan &plan, bool indented)
{
    return QJsonDocument(toJson(plan)).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

} // namespace Slipway
