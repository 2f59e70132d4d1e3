#pragma once

#include "sim/engine/simulator.h"

// API responses in the API server's own words (apimachinery's StatusError constructors).
namespace Slipway::SimResults {

// 200/201 with the object.
SimResult ok(const StoredObject &object, int httpStatus = 200);
// 404 NotFound: `pods "web-0" not found`.
SimResult notFound(const QString &resource, const QString &name);
// 409 Conflict on a stale resourceVersion: `Operation cannot be fulfilled on nodes "w1": the object
// has been modified; please apply your changes to the latest version and try again`.
SimResult staleObject(const QString &resource, const QString &name);
// 409 Conflict with a message of our own.
SimResult conflict(const QString &message);
// 422 Invalid.
SimResult invalid(const QString &resource, const QString &name, const QString &message);

} // namespace Slipway::SimResults
