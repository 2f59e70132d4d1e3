#pragma once

#include "sim/apiserver/apiserverhttp.h"

#include <optional>

namespace Slipway {

class Simulator;

// The discovery documents kubectl reads before anything else: /api (APIVersions), /api/v1 and
// /apis/<group>/<version> (APIResourceList), /apis (APIGroupList), /apis/<group> (APIGroup), and
// /version (FACTS §7.1). /api/v1 advertises pods/eviction as policy/v1 Eviction (or as the server
// is told: ApiServer::setEvictionVersions), which is how
// kubectl drain decides to evict rather than delete (FACTS §5.2 step 6). Aggregated discovery
// is not offered: clients that ask for it fall back to these documents.
namespace ApiDiscovery {

HttpResponse apiVersions(const QByteArray &hostHeader);
HttpResponse groupList();
std::optional<HttpResponse> group(const QString &group);
// `evictionVersion`: the policy version /api/v1 names for pods/eviction; empty: not listed.
std::optional<HttpResponse> resourceList(const QString &group, const QString &version,
                                         const QString &evictionVersion);
HttpResponse version(const Simulator *simulator);

} // namespace ApiDiscovery
} // namespace Slipway
