#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// PATCH bodies the API server accepts for nodes:
// - application/strategic-merge-patch+json: what kubectl cordon/uncordon/drain send
//   ({"spec":{"unschedulable":true}}, FACTS §5.5); lists with a patch merge key (spec.taints by
//   key, status.conditions by type …) merge item by item, with the $patch, $setElementOrder,
//   $deleteFromPrimitiveList and $retainKeys directives;
// - application/merge-patch+json (RFC 7386);
// - application/json-patch+json (RFC 6902: add, remove, replace, move, copy, test).
namespace Slipway::ApiPatch {

enum class Type
{
    Json,
    Merge,
    Strategic
};

std::optional<Type> typeFromContentType(const QByteArray &mediaType);

struct Result
{
    QJsonObject object; // the patched object, when status == 0
    int status = 0;     // otherwise 400 (malformed patch) or 422 (cannot be applied)
    QString message;
    bool ok() const { return status == 0; }
};

Result apply(Type type, const QJsonObject &original, const QByteArray &patch);

} // namespace Slipway::ApiPatch
