#include "sim/apiserver/apiservertable.h"

#include "sim/apiserver/apiservercontext.h"

namespace Slipway {

namespace {

const QString None = QStringLiteral("<none>");

QJsonObject column(const char *name, const char *type, const char *description, int priority = 0,
                   const char *format = "")
{
    return {{QLatin1String("name"), QLatin1String(name)},
            {QLatin1String("type"), QLatin1String(type)},
            {QLatin1String("format"), QLatin1String(format)},
            {QLatin1String("description"), QLatin1String(description)},
            {QLatin1String("priority"), priority}};
}

QJsonObject nameColumn()
{
    return column("Name", "string",
                  "Name must be unique within a namespace. Cannot be updated. More info: "
                  "https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names",
                  0, "name");
}

QJsonObject ageColumn()
{
    return column(
        "Age", "string",
        "CreationTimestamp is a timestamp representing the server time when this object was created.");
}

QString age(const QDateTime &created, const QDateTime &now)
{
    if (!created.isValid() || !now.isValid())
        return QStringLiteral("<unknown>");
    return ApiTable::humanDuration(created.secsTo(now));
}

QString joined(const QStringList &values)
{
    return values.isEmpty() ? None : values.join(QLatin1Char(','));
}

QString selectorText(const LabelMap &selector)
{
    QStringList parts;
    for (auto it = selector.cbegin(); it != selector.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + it.value());
    return joined(parts);
}

QStringList containerNames(const QList<Container> &containers)
{
    QStringList out;
    for (const Container &c : containers)
        out.append(c.name);
    return out;
}

QStringList containerImages(const QList<Container> &containers)
{
    QStringList out;
    for (const Container &c : containers)
        out.append(c.image);
    return out;
}

QString nodeStatus(const Node &node)
{
    // printNode: the Ready condition, then SchedulingDisabled for cordoned nodes (FACTS §5.5).
    QString status = node.ready == ConditionStatus::True    ? QStringLiteral("Ready")
                     : node.ready == ConditionStatus::False ? QStringLiteral("NotReady")
                                                            : QStringLiteral("Unknown");
    if (node.unschedulable)
        status += QLatin1String(",SchedulingDisabled");
    return status;
}

QString podStatus(const Pod &pod)
{
    if (pod.deletionTimestamp)
        return QStringLiteral("Terminating");
    switch (pod.phase) {
    case PodPhase::Pending:
        return pod.nodeName.isEmpty() ? QStringLiteral("Pending") : QStringLiteral("ContainerCreating");
    case PodPhase::Running:
        return QStringLiteral("Running");
    case PodPhase::Succeeded:
        return QStringLiteral("Completed");
    case PodPhase::Failed:
        return QStringLiteral("Error");
    case PodPhase::Unknown:
        return QStringLiteral("Unknown");
    }
    return {};
}

} // namespace

namespace ApiTable {

QString humanDuration(qint64 seconds)
{
    if (seconds < -1)
        return QStringLiteral("<invalid>");
    if (seconds < 0)
        return QStringLiteral("0s");
    if (seconds < 60 * 2)
        return QStringLiteral("%1s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 10) {
        const qint64 s = seconds % 60;
        return s == 0 ? QStringLiteral("%1m").arg(minutes) : QStringLiteral("%1m%2s").arg(minutes).arg(s);
    }
    if (minutes < 60 * 3)
        return QStringLiteral("%1m").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 8) {
        const qint64 m = minutes % 60;
        return m == 0 ? QStringLiteral("%1h").arg(hours) : QStringLiteral("%1h%2m").arg(hours).arg(m);
    }
    if (hours < 48)
        return QStringLiteral("%1h").arg(hours);
    if (hours < 24 * 8) {
        const qint64 h = hours % 24;
        return h == 0 ? QStringLiteral("%1d").arg(hours / 24)
                      : QStringLiteral("%1d%2h").arg(hours / 24).arg(h);
    }
    if (hours < 24 * 365 * 2)
        return QStringLiteral("%1d").arg(hours / 24);
    if (hours < 24 * 365 * 8) {
        const qint64 d = (hours / 24) % 365;
        return d == 0 ? QStringLiteral("%1y").arg(hours / 24 / 365)
                      : QStringLiteral("%1y%2d").arg(hours / 24 / 365).arg(d);
    }
    return QStringLiteral("%1y").arg(hours / 24 / 365);
}

// NOLINTNEXTLINE(readability-function-size): a table, the columns kubectl shows per kind
QJsonArray columnDefinitions(ResourceKind kind)
{
    const char *containers = "Names of each container in the template.";
    const char *images = "Images referenced by each container in the template.";
    const char *selector = "The label selector of the resource.";
    switch (kind) {
    case ResourceKind::Node:
        return {
            nameColumn(),
            column("Status", "string", "The status of the node"),
            column("Roles", "string", "The roles of the node"),
            ageColumn(),
            column("Version", "string", "Kubelet Version reported by the node."),
            column("Internal-IP", "string", "List of addresses reachable to the node.", 1),
            column("External-IP", "string", "List of addresses reachable to the node.", 1),
            column("OS-Image", "string",
                   "OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).",
                   1),
            column("Kernel-Version", "string",
                   "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64).", 1),
            column("Container-Runtime", "string",
                   "Container runtime version reported by the node through runtime remote API (e.g. "
                   "containerd://1.4.2).",
                   1)};
    case ResourceKind::Pod:
        return {
            nameColumn(),
            column("Ready", "string", "The aggregate readiness state of this pod for accepting traffic."),
            column("Status", "string", "The aggregate status of the containers in this pod."),
            column("Restarts", "string",
                   "The number of times the containers in this pod have been restarted and when the last "
                   "container in this pod has restarted."),
            ageColumn(),
            column("IP", "string",
                   "IP address allocated to the pod. Routable at least within the cluster. Empty if not yet "
                   "allocated.",
                   1),
            column("Node", "string", "NodeName is a request to schedule this pod onto a specific node.", 1),
            column("Nominated Node", "string",
                   "nominatedNodeName is set when this pod preempts other pods on the node, but it cannot be "
                   "scheduled right away as preemption victims receive their graceful termination periods.",
                   1),
            column("Readiness Gates", "string",
                   "If specified, all readiness gates will be evaluated for pod readiness.", 1)};
    case ResourceKind::Namespace:
        return {nameColumn(), column("Status", "string", "The status of the namespace"), ageColumn()};
    case ResourceKind::Deployment:
        return {nameColumn(),
                column("Ready", "string", "Number of the pod with ready state"),
                column("Up-to-date", "integer",
                       "Total number of non-terminated pods targeted by this deployment that have the "
                       "desired template spec."),
                column("Available", "integer",
                       "Total number of available pods (ready for at least minReadySeconds) targeted by this "
                       "deployment."),
                ageColumn(),
                column("Containers", "string", containers, 1),
                column("Images", "string", images, 1),
                column("Selector", "string", selector, 1)};
    case ResourceKind::ReplicaSet:
        return {nameColumn(),
                column("Desired", "integer", "Number of desired pods."),
                column("Current", "integer", "Number of actual replicas."),
                column("Ready", "integer", "Number of ready replicas."),
                ageColumn(),
                column("Containers", "string", containers, 1),
                column("Images", "string", images, 1),
                column("Selector", "string", selector, 1)};
    case ResourceKind::StatefulSet:
        return {nameColumn(), column("Ready", "string", "Number of the pod with ready state"), ageColumn(),
                column("Containers", "string", containers, 1), column("Images", "string", images, 1)};
    case ResourceKind::DaemonSet:
        return {
            nameColumn(),
            column("Desired", "integer", "The total number of nodes that should be running the daemon pod."),
            column("Current", "integer", "The number of nodes that are running at least 1 daemon pod."),
            column("Ready", "integer",
                   "The number of nodes that should be running the daemon pod and have one or more of the "
                   "daemon pod running and ready."),
            column("Up-to-date", "integer", "The total number of nodes that are running updated daemon pod"),
            column("Available", "integer",
                   "The number of nodes that should be running the daemon pod and have one or more of the "
                   "daemon pod running and available."),
            column("Node Selector", "string",
                   "NodeSelector is a selector which must be true for the pod to fit on a node."),
            ageColumn(),
            column("Containers", "string", containers, 1),
            column("Images", "string", images, 1),
            column("Selector", "string", selector, 1)};
    case ResourceKind::Job:
        return {nameColumn(),
                column("Status", "string", "Status of the job."),
                column("Completions", "string", "The completion status of the job."),
                column("Duration", "string", "Time required to complete the job."),
                ageColumn(),
                column("Containers", "string", containers, 1),
                column("Images", "string", images, 1),
                column("Selector", "string", selector, 1)};
    case ResourceKind::PodDisruptionBudget:
        return {nameColumn(),
                column("Min Available", "string", "The minimum number of pods that must be available."),
                column("Max Unavailable", "string", "The maximum number of pods that may be unavailable."),
                column("Allowed Disruptions", "integer",
                       "Calculated number of pods that may be disrupted at this time."),
                ageColumn()};
    }
    return {};
}

QJsonArray cells(const StoredObject &object, const ApiServerContext &context, const QDateTime &now)
{
    switch (object.kind) {
    case ResourceKind::Node: {
        const Node &n = object.node;
        return {n.name,
                nodeStatus(n),
                joined(n.roles()),
                age(n.creationTimestamp, now),
                n.kubeletVersion,
                n.internalIP.isEmpty() ? None : n.internalIP,
                None,
                n.osImage,
                n.kernelVersion,
                n.containerRuntimeVersion};
    }
    case ResourceKind::Pod: {
        const Pod &p = object.pod;
        const bool running = p.phase == PodPhase::Running && p.ready;
        const qsizetype total = p.containers.size();
        const QString ip = context.podIP(p);
        return {p.name,
                QStringLiteral("%1/%2").arg(running ? total : 0).arg(total),
                podStatus(p),
                QStringLiteral("0"),
                age(p.creationTimestamp, now),
                ip.isEmpty() ? None : ip,
                p.nodeName.isEmpty() ? None : p.nodeName,
                None,
                None};
    }
    case ResourceKind::Namespace: {
        const Namespace &ns = object.namespaceObject;
        return {ns.name, ns.terminating ? QStringLiteral("Terminating") : QStringLiteral("Active"),
                age(ns.creationTimestamp, now)};
    }
    case ResourceKind::PodDisruptionBudget: {
        const PodDisruptionBudget &b = object.pdb;
        return {b.name, b.minAvailable ? b.minAvailable->toString() : QStringLiteral("N/A"),
                b.maxUnavailable ? b.maxUnavailable->toString() : QStringLiteral("N/A"), b.disruptionsAllowed,
                QStringLiteral("<unknown>")};
    }
    default:
        break;
    }
    const Workload &w = object.workload;
    const QString names = joined(containerNames(w.containers));
    const QString images = joined(containerImages(w.containers));
    const QString sel = selectorText(w.selector);
    const QString created = age(w.creationTimestamp, now);
    const QString readyOfDesired = QStringLiteral("%1/%2").arg(w.readyReplicas).arg(w.replicas);
    switch (w.kind) {
    case WorkloadKind::Deployment:
        return {w.name, readyOfDesired, w.replicas, w.readyReplicas, created, names, images, sel};
    case WorkloadKind::ReplicaSet:
        return {w.name, w.replicas, w.replicas, w.readyReplicas, created, names, images, sel};
    case WorkloadKind::StatefulSet:
        return {w.name, readyOfDesired, created, names, images};
    case WorkloadKind::DaemonSet:
        return {w.name, w.replicas, w.replicas, w.readyReplicas, w.replicas, w.readyReplicas,
                None,   created,    names,      images,          sel};
    case WorkloadKind::Job:
        return {w.name,
                QStringLiteral("Running"),
                QStringLiteral("0/%1").arg(w.replicas),
                created,
                created,
                names,
                images,
                sel};
    }
    return {};
}

QJsonObject row(const StoredObject &object, const QJsonObject &encoded, const ApiServerContext &context,
                const QDateTime &now, IncludeObject include)
{
    QJsonObject r{{QLatin1String("cells"), cells(object, context, now)}};
    if (include == IncludeObject::Object) {
        r.insert(QLatin1String("object"), encoded);
    } else if (include == IncludeObject::Metadata) {
        // kubectl reads namespace and labels (-A, --show-labels) from the row's metadata.
        r.insert(QLatin1String("object"),
                 QJsonObject{{QLatin1String("kind"), QStringLiteral("PartialObjectMetadata")},
                             {QLatin1String("apiVersion"), QStringLiteral("meta.k8s.io/v1")},
                             {QLatin1String("metadata"), encoded.value(QLatin1String("metadata"))}});
    }
    return r;
}

QJsonObject table(const QString &apiVersion, const QJsonArray &columns, const QJsonArray &rows,
                  const QJsonObject &listMetadata)
{
    QJsonObject t{{QLatin1String("kind"), QStringLiteral("Table")},
                  {QLatin1String("apiVersion"), apiVersion},
                  {QLatin1String("metadata"), listMetadata},
                  {QLatin1String("rows"), rows}};
    if (!columns.isEmpty())
        t.insert(QLatin1String("columnDefinitions"), columns);
    return t;
}

} // namespace ApiTable
} // namespace Slipway
