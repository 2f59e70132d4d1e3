#pragma once

#include "models/clustersnapshot.h"
#include "models/result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// Kubernetes API JSON <-> snapshot value types (FACTS §7). Decoding is defensive: a malformed
// object yields a failed Result whose error names the kind, the object and the field, e.g.
// `Pod "default/web-0": spec.containers[1].resources.requests.cpu: "lots" is not a quantity`.
// Encoding writes what the API server would return, so that real kubectl can read it.
namespace Slipway {

// GET /version (FACTS §7.1).
struct VersionInfo
{
    QString major;
    QString minor;
    QString gitVersion;
    QString gitCommit;
    QString gitTreeState;
    QString buildDate;
    QString goVersion;
    QString compiler;
    QString platform;

    // major/minor derived the way the API server reports them ("v1.29.3-eks-adc7111" -> "1", "29+").
    static VersionInfo fromGitVersion(const QString &gitVersion);
    friend bool operator==(const VersionInfo &, const VersionInfo &) = default;
};

namespace KubeJson {

// Metadata and status details the value types don't carry; the practice cluster's API server
// passes them in when it serves an object.
struct EncodeOptions
{
    QString resourceVersion;
    // Node condition heartbeat/transition times and Deployment conditions; invalid: creationTimestamp.
    QDateTime now;
    // Pods only: status.hostIP / status.podIP, omitted when empty.
    QString hostIP;
    QString podIP;
    // PodDisruptionBudget only: "policy/v1" (default) or "policy/v1beta1".
    QString pdbApiVersion;
};

// The apiVersion the API serves a workload kind under ("apps/v1", "batch/v1").
QString apiVersionFor(WorkloadKind kind);

// ---- decoding; the Result's warnings are lossy but usable conversions ----
Result<Node> decodeNode(const QJsonObject &object);
Result<Pod> decodePod(const QJsonObject &object);
Result<Namespace> decodeNamespace(const QJsonObject &object);
// Deployment, ReplicaSet, StatefulSet, DaemonSet or Job, chosen by the object's kind.
Result<Workload> decodeWorkload(const QJsonObject &object);
// policy/v1 or policy/v1beta1.
Result<PodDisruptionBudget> decodePodDisruptionBudget(const QJsonObject &object);
// A /version body, or `kubectl version -o json` (its serverVersion).
Result<VersionInfo> decodeVersionInfo(const QJsonObject &object);

// RFC 3339 "2024-03-01T10:00:00Z" (fractional seconds and offsets accepted); invalid on failure.
QDateTime parseTimestamp(const QString &text);
// RFC 3339 in UTC with second precision, as metav1.Time marshals.
QString formatTimestamp(const QDateTime &time);

// ---- encoding ----
QJsonObject encodeNode(const Node &node, const EncodeOptions &options = {});
QJsonObject encodePod(const Pod &pod, const EncodeOptions &options = {});
QJsonObject encodeNamespace(const Namespace &ns, const EncodeOptions &options = {});
QJsonObject encodeWorkload(const Workload &workload, const EncodeOptions &options = {});
QJsonObject encodePodDisruptionBudget(const PodDisruptionBudget &pdb, const EncodeOptions &options = {});
QJsonObject encodeVersionInfo(const VersionInfo &info);
// {"apiVersion": .., "kind": "<Kind>List", "metadata": {"resourceVersion", "continue"?}, "items": ..}
QJsonObject encodeList(const QString &apiVersion, const QString &listKind, const QJsonArray &items,
                       const QString &resourceVersion, const QString &continueToken = {});

} // namespace KubeJson
} // namespace Slipway
