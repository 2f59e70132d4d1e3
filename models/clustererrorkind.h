#pragma once

// The ClusterError kind of an HTTP error status, shared by the live client (kube/kubeclient.cpp)
// and the in-process seam (sim/engine/simclusterapi.cpp), so both report the same Status alike.

#include "models/clusterapi.h"

namespace Slipway {

// 401 Unauthorized, 403 Forbidden, 404 NotFound, 409 Conflict, 410 Gone, 429 TooManyRequests,
// anything else ServerError.
ClusterError::Kind clusterErrorKindForHttpStatus(int status);

} // namespace Slipway
