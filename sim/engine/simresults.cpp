#include "sim/engine/simresults.h"

namespace Slipway::SimResults {

namespace {

SimResult failure(int status, const QString &reason, const QString &message, const QString &kind = {},
                  const QString &name = {})
{
    SimResult r;
    r.httpStatus = status;
    r.reason = reason;
    r.message = message;
    r.detailsKind = kind;
    r.detailsName = name;
    return r;
}

} // namespace

SimResult ok(const StoredObject &object, int httpStatus)
{
    SimResult r;
    r.httpStatus = httpStatus;
    r.object = object;
    return r;
}

SimResult notFound(const QString &resource, const QString &name)
{
    return failure(404, QStringLiteral("NotFound"), QStringLiteral("%1 \"%2\" not found").arg(resource, name),
                   resource, name);
}

SimResult staleObject(const QString &resource, const QString &name)
{
    return failure(
        409, QStringLiteral("Conflict"),
        QStringLiteral(
            "Operation cannot be fulfilled on %1 \"%2\": the object has been modified; please apply "
            "your changes to the latest version and try again")
            .arg(resource, name),
        resource, name);
}

SimResult conflict(const QString &message)
{
    return failure(409, QStringLiteral("Conflict"), message);
}

SimResult invalid(const QString &resource, const QString &name, const QString &message)
{
    return failure(422, QStringLiteral("Invalid"), message, resource, name);
}

} // namespace Slipway::SimResults
