#pragma once

#include "models/kubejson.h"

// Private helpers of the KubeJson encoders: metadata, pod templates, conditions, omitempty rules.
namespace Slipway::KubeJson {

QJsonValue timeValue(const QDateTime &time);
QJsonObject stringMap(const LabelMap &map);
// The time stamped on conditions: options.now, else the creation time.
QDateTime eventTime(const KubeJson::EncodeOptions &options, const QDateTime &creation);

struct MetaFields
{
    const QString &name;
    const QString *namespaceName = nullptr;
    const QString &uid;
    const LabelMap *labels = nullptr;
    const LabelMap *annotations = nullptr;
    const QList<OwnerReference> *ownerReferences = nullptr;
    const QDateTime &creationTimestamp;
    const std::optional<QDateTime> *deletionTimestamp = nullptr;
    qint64 generation = 0; // 0: not written (Pods, Nodes and Namespaces have none)
};

QJsonObject encodeMetadata(const MetaFields &m, const KubeJson::EncodeOptions &options);
QJsonObject resourceList(const Resources &r, bool withPods);
QJsonArray encodeContainers(const QList<Container> &containers);
// The API server's defaults for a pod spec.
void insertPodSpecDefaults(QJsonObject &spec, const QString &restartPolicy);
QJsonObject selectorObject(const LabelMap &selector);
QJsonObject condition(const QString &type, bool status, const QString &reason, const QJsonValue &when);
// Go's omitempty for counters.
void insertNonZero(QJsonObject &o, QLatin1String key, qint64 value);

} // namespace Slipway::KubeJson
