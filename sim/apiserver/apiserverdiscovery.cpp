#include "sim/apiserver/apiserverdiscovery.h"

#include "sim/apiserver/apiserverextras.h"
#include "sim/apiserver/apiserverrouter.h"
#include "models/kubejson.h"
#include "sim/engine/simulator.h"

#include <QJsonArray>

namespace Slipway {

namespace {

QJsonArray stringArray(const char *commaSeparated)
{
    QJsonArray out;
    for (const QString &s : QString::fromLatin1(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.append(s);
    return out;
}

QStringList groupVersions()
{
    QStringList out;
    for (const ResourceType &t : resourceTypes()) {
        const QString gv = t.apiVersion();
        if (!QLatin1String(t.group).isEmpty() && !out.contains(gv))
            out.append(gv);
    }
    return out;
}

QJsonObject groupObject(const QString &group)
{
    QJsonArray versions;
    QJsonObject preferred;
    for (const QString &gv : groupVersions()) {
        if (gv.section(QLatin1Char('/'), 0, 0) != group)
            continue;
        const QJsonObject v{{QLatin1String("groupVersion"), gv},
                            {QLatin1String("version"), gv.section(QLatin1Char('/'), 1)}};
        versions.append(v);
        if (preferred.isEmpty())
            preferred = v;
    }
    return {{QLatin1String("name"), group},
            {QLatin1String("versions"), versions},
            {QLatin1String("preferredVersion"), preferred}};
}

} // namespace

namespace ApiDiscovery {

HttpResponse apiVersions(const QByteArray &hostHeader)
{
    return Http::jsonResponse(
        200, {{QLatin1String("kind"), QStringLiteral("APIVersions")},
              {QLatin1String("versions"), QJsonArray{QStringLiteral("v1")}},
              {QLatin1String("serverAddressByClientCIDRs"),
               QJsonArray{QJsonObject{{QLatin1String("clientCIDR"), QStringLiteral("0.0.0.0/0")},
                                      {QLatin1String("serverAddress"), QString::fromLatin1(hostHeader)}}}}});
}

HttpResponse groupList()
{
    QJsonArray groups;
    QStringList seen;
    for (const QString &gv : groupVersions()) {
        const QString group = gv.section(QLatin1Char('/'), 0, 0);
        if (seen.contains(group))
            continue;
        seen.append(group);
        groups.append(groupObject(group));
    }
    return Http::jsonResponse(200, {{QLatin1String("kind"), QStringLiteral("APIGroupList")},
                                    {QLatin1String("apiVersion"), QStringLiteral("v1")},
                                    {QLatin1String("groups"), groups}});
}

std::optional<HttpResponse> group(const QString &group)
{
    QJsonObject g = groupObject(group);
    if (g.value(QLatin1String("versions")).toArray().isEmpty())
        return std::nullopt;
    g.insert(QLatin1String("kind"), QStringLiteral("APIGroup"));
    g.insert(QLatin1String("apiVersion"), QStringLiteral("v1"));
    return Http::jsonResponse(200, g);
}

std::optional<HttpResponse> resourceList(const QString &group, const QString &version,
                                         const QString &evictionVersion)
{
    QJsonArray resources;
    for (const ResourceType &t : resourceTypes()) {
        if (t.groupName() != group || QLatin1String(t.version) != version)
            continue;
        QJsonObject r{{QLatin1String("name"), t.resource()},
                      {QLatin1String("singularName"), QLatin1String(t.singular)},
                      {QLatin1String("namespaced"), t.namespaced},
                      {QLatin1String("kind"), QLatin1String(t.kindName)},
                      {QLatin1String("verbs"), stringArray(t.verbs)}};
        if (*t.shortNames)
            r.insert(QLatin1String("shortNames"), stringArray(t.shortNames));
        if (*t.categories)
            r.insert(QLatin1String("categories"), stringArray(t.categories));
        resources.append(r);
        if (t.kind == ResourceKind::Pod && !evictionVersion.isEmpty()) {
            // kubectl drain's CheckEvictionSupport: name pods/eviction, kind Eviction, with a group
            // and version (FACTS §5.2).
            resources.append(QJsonObject{{QLatin1String("name"), QStringLiteral("pods/eviction")},
                                         {QLatin1String("singularName"), QStringLiteral("")},
                                         {QLatin1String("namespaced"), true},
                                         {QLatin1String("group"), QStringLiteral("policy")},
                                         {QLatin1String("version"), evictionVersion},
                                         {QLatin1String("kind"), QStringLiteral("Eviction")},
                                         {QLatin1String("verbs"), QJsonArray{QStringLiteral("create")}}});
        }
    }
    for (const QJsonValue &extra : ApiExtras::discoveryResources(group, version))
        resources.append(extra);
    if (resources.isEmpty())
        return std::nullopt;
    const QString groupVersion = group.isEmpty() ? version : group + QLatin1Char('/') + version;
    return Http::jsonResponse(200, {{QLatin1String("kind"), QStringLiteral("APIResourceList")},
                                    {QLatin1String("apiVersion"), QStringLiteral("v1")},
                                    {QLatin1String("groupVersion"), groupVersion},
                                    {QLatin1String("resources"), resources}});
}

HttpResponse version(const Simulator *simulator)
{
    VersionInfo info = VersionInfo::fromGitVersion(simulator->serverGitVersion());
    // Plausible build details; kubectl only parses gitVersion (FACTS §7.1, §1.3).
    info.gitCommit = QStringLiteral("0000000000000000000000000000000000000000");
    info.buildDate = QStringLiteral("2025-01-01T00:00:00Z");
    info.goVersion = QStringLiteral("go1.24.6");
    return Http::jsonResponse(200, KubeJson::encodeVersionInfo(info));
}

} // namespace ApiDiscovery
} // namespace Slipway
