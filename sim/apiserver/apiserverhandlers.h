#pragma once

#include "sim/apiserver/apiserverhttp.h"

namespace Slipway {

class ApiConnection;
class ApiServerContext;
struct ResourcePath;

// The single-object verbs of the practice API server, each answering with the object or a
// Status shaped like kube-apiserver's:
// - get: any served kind (JSON or a one-row Table);
// - patchNode / updateNode: PATCH (strategic merge, merge, JSON patch) and PUT of a node's
//   spec.unschedulable, spec.taints, labels and annotations (kubectl cordon/uncordon, FACTS §5.5);
//   a stale metadata.resourceVersion gives 409 Conflict;
// - deletePod: gracePeriodSeconds from the query or a DeleteOptions body, preconditions.uid;
// - evictPod: an Eviction in policy/v1 or policy/v1beta1 (FACTS §5.3): 201 when allowed, 429 when
//   a PodDisruptionBudget forbids it, 404 for an unknown pod, 500 when several budgets match.
// dryRun=All is honoured: the answer shows the outcome and nothing changes.
namespace ApiHandlers {

void get(ApiServerContext *context, const HttpRequest &request, const ResourcePath &path,
         ApiConnection *connection);
void patchNode(ApiServerContext *context, const HttpRequest &request, const ResourcePath &path,
               ApiConnection *connection);
void updateNode(ApiServerContext *context, const HttpRequest &request, const ResourcePath &path,
                ApiConnection *connection);
void deletePod(ApiServerContext *context, const HttpRequest &request, const ResourcePath &path,
               ApiConnection *connection);
void evictPod(ApiServerContext *context, const HttpRequest &request, const ResourcePath &path,
              ApiConnection *connection);

} // namespace ApiHandlers
} // namespace Slipway
