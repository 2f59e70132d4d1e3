#pragma once

#include "sim/apiserver/apiserverhttp.h"
#include "models/clustersnapshot.h"

namespace Slipway {

class ApiConnection;
class ApiServerContext;

// The writes students make in the CKA chapter, answered like kube-apiserver:
// - createPod: POST /api/v1/namespaces/NS/pods (`kubectl run NAME --image=X`): 201 with the pod,
//   which starts Pending and is bound by the scheduler; 409 AlreadyExists, 404 for a missing
//   namespace, 400 when the body's namespace differs from the URL's, 422 without containers;
// - createWorkload: POST /apis/apps/v1/namespaces/NS/deployments (`kubectl create deployment`),
//   also replicasets and statefulsets: 201; the controllers create the ReplicaSet and pods;
// - scale: GET, PUT and PATCH of …/{deployments,replicasets,statefulsets}/NAME/scale, an
//   autoscaling/v1 Scale (`kubectl scale`); a stale metadata.resourceVersion in a PUT is 409.
// dryRun=All answers with the result and changes nothing.
namespace ApiCreate {

void createPod(ApiServerContext *context, const HttpRequest &request, const QString &namespaceName,
               ApiConnection *connection);
void createWorkload(ApiServerContext *context, const HttpRequest &request, WorkloadKind kind,
                    const QString &namespaceName, ApiConnection *connection);
void scale(ApiServerContext *context, const HttpRequest &request, WorkloadKind kind,
           const QString &namespaceName, const QString &name, ApiConnection *connection);

} // namespace ApiCreate
} // namespace Slipway
