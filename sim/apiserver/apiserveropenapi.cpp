#include "sim/apiserver/apiserveropenapi.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Slipway::ApiOpenApi {

namespace {

const QString kCore = QStringLiteral("io.k8s.api.core.v1.");
const QString kMeta = QStringLiteral("io.k8s.apimachinery.pkg.apis.meta.v1.");
const char *const kConventions =
    "https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md";

QJsonObject scalar(const char *type, const QString &description)
{
    return {{QLatin1String("type"), QLatin1String(type)}, {QLatin1String("description"), description}};
}

QJsonObject refTo(const QString &schema)
{
    return {{QLatin1String("$ref"), QString(QStringLiteral("#/components/schemas/") + schema)}};
}

QJsonObject object(const QString &schema, const QString &description)
{
    return {{QLatin1String("allOf"), QJsonArray{refTo(schema)}},
            {QLatin1String("default"), QJsonObject()},
            {QLatin1String("description"), description}};
}

QJsonObject arrayOf(const QString &schema, const QString &description)
{
    return {{QLatin1String("type"), QStringLiteral("array")},
            {QLatin1String("items"), QJsonObject{{QLatin1String("allOf"), QJsonArray{refTo(schema)}},
                                                 {QLatin1String("default"), QJsonObject()}}},
            {QLatin1String("description"), description}};
}

QJsonObject stringMap(const QString &description)
{
    return {
        {QLatin1String("type"), QStringLiteral("object")},
        {QLatin1String("additionalProperties"), QJsonObject{{QLatin1String("type"), QStringLiteral("string")},
                                                            {QLatin1String("default"), QString()}}},
        {QLatin1String("description"), description}};
}

QJsonObject schema(const QString &description, const QJsonObject &properties,
                   const QStringList &required = {})
{
    QJsonObject s{{QLatin1String("type"), QStringLiteral("object")},
                  {QLatin1String("description"), description},
                  {QLatin1String("properties"), properties}};
    if (!required.isEmpty())
        s.insert(QLatin1String("required"), QJsonArray::fromStringList(required));
    return s;
}

QJsonObject topLevel(const char *kind, const QString &description, const QString &spec,
                     const QString &specText, const QString &status, const QString &statusText)
{
    QJsonObject s = schema(
        description,
        {{QLatin1String("apiVersion"),
          scalar("string",
                 QStringLiteral("APIVersion defines the versioned schema of this representation of an "
                                "object. Servers should convert recognized schemas to the latest "
                                "internal value, and may reject unrecognized values. More info: %1#resources")
                     .arg(QLatin1String(kConventions)))},
         {QLatin1String("kind"),
          scalar("string",
                 QStringLiteral("Kind is a string value representing the REST resource this object "
                                "represents. Servers may infer this from the endpoint the client submits "
                                "requests to. Cannot be updated. In CamelCase. More info: %1#types-kinds")
                     .arg(QLatin1String(kConventions)))},
         {QLatin1String("metadata"),
          object(kMeta + QStringLiteral("ObjectMeta"),
                 QStringLiteral("Standard object's metadata. More info: %1#metadata")
                     .arg(QLatin1String(kConventions)))},
         {QLatin1String("spec"), object(kCore + spec, specText)},
         {QLatin1String("status"), object(kCore + status, statusText)}});
    s.insert(QLatin1String("x-kubernetes-group-version-kind"),
             QJsonArray{QJsonObject{{QLatin1String("group"), QString()},
                                    {QLatin1String("kind"), QLatin1String(kind)},
                                    {QLatin1String("version"), QStringLiteral("v1")}}});
    return s;
}

QJsonObject nodeSchemas()
{
    const QString spec = QStringLiteral("%1#spec-and-status").arg(QLatin1String(kConventions));
    return {
        {kCore + QStringLiteral("Node"),
         topLevel(
             "Node",
             QStringLiteral("Node is a worker node in Kubernetes. Each node will have a unique identifier in "
                            "the cache (i.e. in etcd)."),
             QStringLiteral("NodeSpec"), QStringLiteral("Spec defines the behavior of a node. ") + spec,
             QStringLiteral("NodeStatus"),
             QStringLiteral("Most recently observed status of the node. Populated by the system. Read-only. "
                            "More info: ") +
                 spec)},
        {kCore + QStringLiteral("NodeSpec"),
         schema(
             QStringLiteral("NodeSpec describes the attributes that a node is created with."),
             {{QLatin1String("podCIDR"),
               scalar("string", QStringLiteral("PodCIDR represents the pod IP range assigned to the node."))},
              {QLatin1String("taints"),
               arrayOf(kCore + QStringLiteral("Taint"), QStringLiteral("If specified, the node's taints."))},
              {QLatin1String("unschedulable"),
               scalar("boolean", QStringLiteral("Unschedulable controls node schedulability of new pods. By "
                                                "default, node is schedulable. More info: "
                                                "https://kubernetes.io/docs/concepts/nodes/node/"
                                                "#manual-node-administration"))}})},
        {kCore + QStringLiteral("Taint"),
         schema(
             QStringLiteral("The node this Taint is attached to has the \"effect\" on any pod that does not "
                            "tolerate the Taint."),
             {{QLatin1String("effect"),
               scalar("string",
                      QStringLiteral("Required. The effect of the taint on pods that do not tolerate "
                                     "the taint. Valid effects are NoSchedule, PreferNoSchedule and "
                                     "NoExecute."))},
              {QLatin1String("key"),
               scalar("string", QStringLiteral("Required. The taint key to be applied to a "
                                               "node."))},
              {QLatin1String("timeAdded"),
               scalar("string",
                      QStringLiteral("TimeAdded represents the time at which the taint was added."))},
              {QLatin1String("value"),
               scalar("string", QStringLiteral("The taint value corresponding to the taint key."))}},
             {QStringLiteral("key"), QStringLiteral("effect")})},
        {kCore + QStringLiteral("NodeStatus"),
         schema(QStringLiteral("NodeStatus is information about the current status of a node."),
                {{QLatin1String("conditions"),
                  arrayOf(
                      kCore + QStringLiteral("NodeCondition"),
                      QStringLiteral("Conditions is an array of current observed node conditions. More info: "
                                     "https://kubernetes.io/docs/reference/node/node-status/#condition"))}})},
        {kCore + QStringLiteral("NodeCondition"),
         schema(QStringLiteral("NodeCondition contains condition information for a node."),
                {{QLatin1String("lastHeartbeatTime"),
                  scalar("string", QStringLiteral("Last time we got an update on a given condition."))},
                 {QLatin1String("lastTransitionTime"),
                  scalar("string",
                         QStringLiteral("Last time the condition transit from one status to another."))},
                 {QLatin1String("message"),
                  scalar("string", QStringLiteral("Human readable message indicating details about last "
                                                  "transition."))},
                 {QLatin1String("reason"),
                  scalar("string", QStringLiteral("(brief) reason for the condition's last transition."))},
                 {QLatin1String("status"),
                  scalar("string", QStringLiteral("Status of the condition, one of True, False, Unknown."))},
                 {QLatin1String("type"), scalar("string", QStringLiteral("Type of node condition."))}},
                {QStringLiteral("type"), QStringLiteral("status")})},
    };
}

QJsonObject podSchemas()
{
    const QString spec = QStringLiteral("%1#spec-and-status").arg(QLatin1String(kConventions));
    return {
        {kCore + QStringLiteral("Pod"),
         topLevel(
             "Pod",
             QStringLiteral("Pod is a collection of containers that can run on your host. This resource is "
                            "created by clients and scheduled onto hosts."),
             QStringLiteral("PodSpec"),
             QStringLiteral("Specification of the desired behavior of the pod. More info: ") + spec,
             QStringLiteral("PodStatus"),
             QStringLiteral("Most recently observed status of the pod. This data may not be up to date. "
                            "Populated by the system. Read-only. More info: ") +
                 spec)},
        {kCore + QStringLiteral("PodSpec"),
         schema(QStringLiteral("PodSpec is a description of a pod."),
                {{QLatin1String("containers"),
                  arrayOf(kCore + QStringLiteral("Container"),
                          QStringLiteral(
                              "List of containers belonging to the pod. Containers cannot currently be "
                              "added or removed. There must be at least one container in a Pod. Cannot "
                              "be updated."))},
                 {QLatin1String("nodeName"),
                  scalar("string",
                         QStringLiteral("NodeName indicates in which node this pod is scheduled. If empty, "
                                        "this pod is a candidate for scheduling by the scheduler defined "
                                        "in schedulerName."))},
                 {QLatin1String("nodeSelector"),
                  stringMap(
                      QStringLiteral("NodeSelector is a selector which must be true for the pod to fit on a "
                                     "node. Selector which must match a node's labels for the pod to be "
                                     "scheduled on that node."))},
                 {QLatin1String("terminationGracePeriodSeconds"),
                  scalar("integer", QStringLiteral("Optional duration in seconds the pod needs to terminate "
                                                   "gracefully. Defaults to 30 seconds."))},
                 {QLatin1String("tolerations"),
                  arrayOf(kCore + QStringLiteral("Toleration"),
                          QStringLiteral("If specified, the pod's tolerations."))}},
                {QStringLiteral("containers")})},
        {kCore + QStringLiteral("Container"),
         schema(
             QStringLiteral("A single application container that you want to run within a pod."),
             {{QLatin1String("image"), scalar("string", QStringLiteral("Container image name. More info: "
                                                                       "https://kubernetes.io/docs/concepts/"
                                                                       "containers/images"))},
              {QLatin1String("name"),
               scalar("string",
                      QStringLiteral("Name of the container specified as a DNS_LABEL. Each container "
                                     "in a pod must have a unique name (DNS_LABEL). Cannot be "
                                     "updated."))}},
             {QStringLiteral("name")})},
        {kCore + QStringLiteral("Toleration"),
         schema(QStringLiteral(
                    "The pod this Toleration is attached to tolerates any taint that matches the triple "
                    "<key,value,effect> using the matching operator <operator>."),
                {{QLatin1String("effect"),
                  scalar("string", QStringLiteral("Effect indicates the taint effect to "
                                                  "match. Empty means match all taint "
                                                  "effects."))},
                 {QLatin1String("key"),
                  scalar("string", QStringLiteral("Key is the taint key that the toleration "
                                                  "applies to. Empty means match all taint "
                                                  "keys."))},
                 {QLatin1String("operator"),
                  scalar("string", QStringLiteral("Operator represents a key's "
                                                  "relationship to the value. Valid "
                                                  "operators are Exists and Equal."))},
                 {QLatin1String("tolerationSeconds"),
                  scalar("integer",
                         QStringLiteral("TolerationSeconds represents the period of time the toleration "
                                        "(which must be of effect NoExecute, otherwise this field is "
                                        "ignored) tolerates the taint."))},
                 {QLatin1String("value"),
                  scalar("string", QStringLiteral("Value is the taint value the toleration "
                                                  "matches to."))}})},
        {kCore + QStringLiteral("PodStatus"),
         schema(
             QStringLiteral(
                 "PodStatus represents information about the status of a pod. Status may trail the "
                 "actual state of a system, especially if the node that hosts the pod cannot contact "
                 "the control plane."),
             {{QLatin1String("hostIP"),
               scalar("string", QStringLiteral("hostIP holds the IP address of the host to which the pod is "
                                               "assigned."))},
              {QLatin1String("phase"),
               scalar("string",
                      QStringLiteral("The phase of a Pod is a simple, high-level summary of where the "
                                     "Pod is in its lifecycle: Pending, Running, Succeeded, Failed or "
                                     "Unknown."))},
              {QLatin1String("podIP"),
               scalar("string", QStringLiteral("podIP address allocated to the pod."))}})},
    };
}

QJsonObject metaSchemas()
{
    return {
        {kMeta + QStringLiteral("ObjectMeta"),
         schema(
             QStringLiteral("ObjectMeta is metadata that all persisted resources must have, which includes "
                            "all objects users must create."),
             {{QLatin1String("annotations"),
               stringMap(QStringLiteral("Annotations is an unstructured key value map stored with a resource "
                                        "that may be set by external tools to store and retrieve arbitrary "
                                        "metadata."))},
              {QLatin1String("labels"),
               stringMap(QStringLiteral("Map of string keys and values that can be used to organize and "
                                        "categorize (scope and select) objects."))},
              {QLatin1String("name"),
               scalar("string", QStringLiteral("Name must be unique within a namespace."))},
              {QLatin1String("namespace"),
               scalar("string", QStringLiteral("Namespace defines the space within which each name must be "
                                               "unique."))}})}};
}

// kubectl explain finds a resource's kind through the get operation of its path.
QJsonObject paths()
{
    auto get = [](const char *kind) {
        return QJsonObject{{QLatin1String("get"),
                            QJsonObject{{QLatin1String("x-kubernetes-action"), QStringLiteral("get")},
                                        {QLatin1String("x-kubernetes-group-version-kind"),
                                         QJsonObject{{QLatin1String("group"), QString()},
                                                     {QLatin1String("kind"), QLatin1String(kind)},
                                                     {QLatin1String("version"), QStringLiteral("v1")}}}}}};
    };
    return {{QStringLiteral("/api/v1/nodes/{name}"), get("Node")},
            {QStringLiteral("/api/v1/namespaces/{namespace}/pods/{name}"), get("Pod")}};
}

QByteArray coreDocument()
{
    static const QByteArray document = [] {
        QJsonObject schemas = nodeSchemas();
        for (const QJsonObject &more : {podSchemas(), metaSchemas()}) {
            for (auto it = more.constBegin(); it != more.constEnd(); ++it)
                schemas.insert(it.key(), it.value());
        }
        const QJsonObject doc{
            {QLatin1String("openapi"), QStringLiteral("3.0.0")},
            {QLatin1String("info"), QJsonObject{{QLatin1String("title"), QStringLiteral("Kubernetes")},
                                                {QLatin1String("version"), QStringLiteral("v1")}}},
            {QLatin1String("paths"), paths()},
            {QLatin1String("components"), QJsonObject{{QLatin1String("schemas"), schemas}}}};
        return QJsonDocument(doc).toJson(QJsonDocument::Compact);
    }();
    return document;
}

} // namespace

HttpResponse serve(const QStringList &segments)
{
    const QString notServed = QStringLiteral(
        "the practice API server publishes OpenAPI v3 for Node and Pod only (kubectl explain node, "
        "kubectl explain pod); other types, OpenAPI v2 and client-side validation are not available.");
    if (segments.value(1) == QLatin1String("v3") && segments.size() == 2) {
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(coreDocument(), QCryptographicHash::Sha512).toHex().left(128).toUpper());
        const QJsonObject coreV1{
            {QLatin1String("serverRelativeURL"), QString(QStringLiteral("/openapi/v3/api/v1?hash=") + hash)}};
        return Http::jsonResponse(200,
                                  {{QLatin1String("paths"), QJsonObject{{QLatin1String("api/v1"), coreV1}}}});
    }
    if (segments.value(1) == QLatin1String("v3") &&
        segments.mid(2) == QStringList{QStringLiteral("api"), QStringLiteral("v1")}) {
        HttpResponse r;
        r.body = coreDocument();
        return r;
    }
    return Http::statusResponse(404, QStringLiteral("NotFound"), notServed);
}

} // namespace Slipway::ApiOpenApi
