#pragma once

#include "sim/apiserver/apiserverhttp.h"

#include <QStringList>

// A small OpenAPI v3 document for `kubectl explain`: /openapi/v3 lists the group-versions and
// /openapi/v3/api/v1 holds Node and Pod with their spec, status and a few nested types (NodeSpec,
// Taint, NodeStatus, NodeCondition, PodSpec, Container, Toleration, PodStatus, ObjectMeta), with
// descriptions abridged from the Kubernetes API reference. Other types and /openapi/v2 get a 404
// Status that says what is available. `segments` is the request path split at '/'.
namespace Slipway::ApiOpenApi {

HttpResponse serve(const QStringList &segments);

} // namespace Slipway::ApiOpenApi
