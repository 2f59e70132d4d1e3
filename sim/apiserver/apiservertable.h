#pragma once

#include "sim/engine/simulator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

// Server-side printing: the meta.k8s.io Table kubectl asks for (`Accept:
// application/json;as=Table;v=v1;g=meta.k8s.io`), with the columns the real API server prints
// (kubernetes pkg/printers/internalversion): `kubectl get nodes` shows NAME STATUS ROLES AGE VERSION,
// `kubectl get pods -o wide` adds IP NODE NOMINATED NODE READINESS GATES (priority-1 columns).
namespace Slipway {

class ApiServerContext;

namespace ApiTable {

enum class IncludeObject
{
    None,
    Metadata,
    Object
};

QJsonArray columnDefinitions(ResourceKind kind);
QJsonArray cells(const StoredObject &object, const ApiServerContext &context, const QDateTime &now);
// One row; `encoded` is the object as served (its metadata, or all of it, goes into row.object).
QJsonObject row(const StoredObject &object, const QJsonObject &encoded, const ApiServerContext &context,
                const QDateTime &now, IncludeObject include);
// The complete Table; columnDefinitions are left out when `columns` is empty (watch events
// after the first, to save bandwidth, as the API server does).
QJsonObject table(const QString &apiVersion, const QJsonArray &columns, const QJsonArray &rows,
                  const QJsonObject &listMetadata);
// apimachinery's duration.HumanDuration: "45s", "5m30s", "3h", "12d", "2y30d".
QString humanDuration(qint64 seconds);

} // namespace ApiTable
} // namespace Slipway
