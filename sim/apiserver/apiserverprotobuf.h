#pragma once

#include "models/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The few protobuf bodies kubectl sends with its typed clients (Content-Type
// application/vnd.kubernetes.protobuf): `kubectl create deployment` POSTs its Deployment that way,
// and client-go does not fall back to JSON on a 415. The envelope is the "k8s\0" magic followed by
// a runtime.Unknown (typeMeta, raw); the raw message is decoded into the JSON shape the rest of
// the server reads — metadata (name, generateName, namespace, labels, annotations) and, for
// Deployments, ReplicaSets and StatefulSets, spec.replicas, spec.selector.matchLabels and the pod
// template's labels and containers (name, image). Other fields are ignored; other kinds are
// refused with an error the caller answers as 415.
namespace Slipway::ApiProtobuf {

bool isProtobuf(const QByteArray &mediaType);
Result<QJsonObject> decodeWorkload(const QByteArray &body);

// A meta/v1 DeleteOptions, as `kubectl drain --disable-eviction` DELETEs with, in the JSON shape
// the handlers read: gracePeriodSeconds (1), preconditions {uid, resourceVersion} (2),
// orphanDependents (3), propagationPolicy (4), dryRun (5).
Result<QJsonObject> decodeDeleteOptions(const QByteArray &body);
// The same body as client-go writes it, for tests.
QByteArray encodeDeleteOptions(const QJsonObject &options);

} // namespace Slipway::ApiProtobuf
