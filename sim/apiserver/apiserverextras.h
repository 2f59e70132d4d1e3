#pragma once

#include "sim/apiserver/apiserverhttp.h"

#include <QJsonArray>
#include <QStringList>

namespace Slipway {

class ApiConnection;
class ApiServerContext;

// What students type in the CKA chapter beyond reads and node writes (issue 11): events
// (apiserverevents), the `kubernetes` and `kube-dns` Services (kubectl cluster-info), POST of pods
// and Deployments (kubectl run, kubectl create deployment), the scale subresource (kubectl scale),
// and a one-sentence Status for what the practice cluster cannot do (logs, exec, attach,
// port-forward, proxy, metrics, OpenAPI for kubectl explain).
namespace ApiExtras {

// Answers the request and returns true when it is one of the above; false leaves it to the
// router's generic resource handling. `segments` is the path split at '/'.
bool route(ApiServerContext *context, const HttpRequest &request, const QStringList &segments,
           ApiConnection *connection);

// Extra entries for /api/v1 and /apis/<group>/<version> discovery.
QJsonArray discoveryResources(const QString &group, const QString &version);

} // namespace ApiExtras
} // namespace Slipway
