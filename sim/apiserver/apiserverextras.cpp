#include "sim/apiserver/apiserverextras.h"

#include "sim/apiserver/apiserverconnection.h"
#include "sim/apiserver/apiservercontext.h"
#include "sim/apiserver/apiserverevents.h"

#include <QJsonObject>

namespace Slipway::ApiExtras {

namespace {

bool isTrue(const QString &value)
{
    return value == QLatin1String("true") || value == QLatin1String("1");
}

QJsonObject resource(const char *name, const char *singular, bool namespaced, const char *kind,
                     const QStringList &verbs, const QStringList &shortNames = {}, const QString &group = {},
                     const QString &version = {})
{
    QJsonObject r{{QLatin1String("name"), QLatin1String(name)},
                  {QLatin1String("singularName"), QLatin1String(singular)},
                  {QLatin1String("namespaced"), namespaced},
                  {QLatin1String("kind"), QLatin1String(kind)},
                  {QLatin1String("verbs"), QJsonArray::fromStringList(verbs)}};
    if (!shortNames.isEmpty())
        r.insert(QLatin1String("shortNames"), QJsonArray::fromStringList(shortNames));
    if (!group.isEmpty()) {
        r.insert(QLatin1String("group"), group);
        r.insert(QLatin1String("version"), version);
    }
    return r;
}

// /api/v1[/watch][/namespaces/NS]/events[/NAME]
bool routeEvents(ApiServerContext *context, const HttpRequest &request, QStringList rest,
                 ApiConnection *connection)
{
    bool watch = false;
    if (rest.value(0) == QLatin1String("watch")) {
        watch = true;
        rest.removeFirst();
    }
    QString ns;
    if (rest.value(0) == QLatin1String("namespaces") && rest.size() >= 3) {
        ns = rest.at(1);
        rest = rest.mid(2);
    }
    if (rest.value(0) != QLatin1String("events") || rest.size() > 2)
        return false;
    watch = watch || isTrue(request.queryValue(QStringLiteral("watch")));
    ApiEvents::serve(context, request, ns, rest.value(1), watch, connection);
    return true;
}

} // namespace

bool route(ApiServerContext *context, const HttpRequest &request, const QStringList &segments,
           ApiConnection *connection)
{
    if (segments.value(0) == QLatin1String("api") && segments.value(1) == QLatin1String("v1"))
        return routeEvents(context, request, segments.mid(2), connection);
    return false;
}

QJsonArray discoveryResources(const QString &group, const QString &version)
{
    if (group.isEmpty() && version == QLatin1String("v1"))
        return {resource("events", "event", true, "Event",
                         {QStringLiteral("create"), QStringLiteral("delete"),
                          QStringLiteral("deletecollection"), QStringLiteral("get"), QStringLiteral("list"),
                          QStringLiteral("patch"), QStringLiteral("update"), QStringLiteral("watch")},
                         {QStringLiteral("ev")})};
    return {};
}

} // namespace Slipway::ApiExtras
