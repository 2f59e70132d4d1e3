#pragma once

#include "sim/apiserver/apiserverhttp.h"
#include "sim/engine/simulator.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Slipway {

class ApiConnection;
class ApiServerContext;

// A resource the practice API server serves, as its discovery documents describe it.
struct ResourceType
{
    ResourceKind kind;
    const char *group; // "" for the core group
    const char *version;
    const char *plural;
    const char *singular;
    const char *kindName;
    bool namespaced;
    const char *shortNames; // comma-separated
    const char *verbs;      // comma-separated
    const char *categories; // comma-separated

    QString groupName() const { return QLatin1String(group); }
    QString resource() const { return QLatin1String(plural); }
    QString apiVersion() const; // "v1", "apps/v1"
    QString listKind() const { return QLatin1String(kindName) + QLatin1String("List"); }
    QStringList verbList() const;
};

const QList<ResourceType> &resourceTypes();
const ResourceType *findResourceType(const QString &group, const QString &version, const QString &plural);
const ResourceType *findResourceType(ResourceKind kind);

// A parsed /api/v1/… or /apis/<group>/<version>/… path.
struct ResourcePath
{
    const ResourceType *type = nullptr;
    QString group;
    QString version;
    QString namespaceName; // set for /namespaces/<ns>/<resource>…
    QString name;
    QString subresource;
    bool watchPrefix = false; // the deprecated /api/v1/watch/… form
};

// Turns a request into the right handler: discovery, /version, health, or a resource verb
// (get, list, watch, patch, update, delete, eviction). Every error is a Status body.
class ApiRouter
{
public:
    explicit ApiRouter(ApiServerContext *context);
    void route(const HttpRequest &request, ApiConnection *connection);

private:
    void routeResource(const HttpRequest &request, const ResourcePath &path, ApiConnection *connection);

    ApiServerContext *m_context;
};

} // namespace Slipway
