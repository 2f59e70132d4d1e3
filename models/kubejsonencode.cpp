#include "models/kubejson.h"
#include "models/kubejsonwriter.h"

#include <QRegularExpression>

// core/v1 encoders: Node, Pod, Namespace, /version and lists. They write objects the way the API
// server returns them (defaults filled in, omitempty fields left out), because real kubectl reads
// them from the practice cluster (FACTS §7).
namespace Slipway {

VersionInfo VersionInfo::fromGitVersion(const QString &gitVersion)
{
    VersionInfo info;
    info.gitVersion = gitVersion;
    // hack/lib/version.sh: minor gets a '+' when the version has a '-' (pre-release) part.
    static const QRegularExpression re(QStringLiteral("^v(\\d+)\\.(\\d+)(\\.\\d+)?(-[^+]*)?(\\+.*)?$"));
    const auto match = re.match(gitVersion);
    if (match.hasMatch()) {
        info.major = match.captured(1);
        info.minor = match.captured(2);
        if (match.capturedLength(4) > 0)
            info.minor += QLatin1Char('+');
    }
    info.gitTreeState = QStringLiteral("clean");
    info.compiler = QStringLiteral("gc");
    info.platform = QStringLiteral("linux/amd64");
    return info;
}

namespace KubeJson {

namespace {

QString nodeReadyReason(const Node &node)
{
    if (!node.readyReason.isEmpty())
        return node.readyReason;
    switch (node.ready) {
    case ConditionStatus::True:
        return QStringLiteral("KubeletReady");
    case ConditionStatus::False:
        return QStringLiteral("KubeletNotReady");
    case ConditionStatus::Unknown:
        return QStringLiteral("NodeStatusUnknown");
    }
    return {};
}

QJsonArray nodeConditions(const Node &node, const QDateTime &time)
{
    const QJsonValue when = timeValue(time);
    auto make = [&when](const QString &type, const QString &status, const QString &reason,
                        const QString &message) {
        return QJsonObject{{QStringLiteral("type"), type},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("reason"), reason},
                           {QStringLiteral("message"), message},
                           {QStringLiteral("lastHeartbeatTime"), when},
                           {QStringLiteral("lastTransitionTime"), when}};
    };
    // The node lifecycle controller sets every condition to Unknown when heartbeats stop (FACTS §6).
    const bool unknown = node.ready == ConditionStatus::Unknown;
    const QString unknownStatus = QStringLiteral("Unknown");
    const QString unknownReason = QStringLiteral("NodeStatusUnknown");
    const QString unknownMessage = QStringLiteral("Kubelet stopped posting node status.");
    QJsonArray conditions;
    const struct
    {
        const char *type;
        const char *reason;
        const char *message;
    } pressures[] = {
        {"MemoryPressure", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"},
        {"DiskPressure", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"},
        {"PIDPressure", "KubeletHasSufficientPID", "kubelet has sufficient PID available"}};
    for (const auto &p : pressures) {
        if (unknown)
            conditions.append(make(QLatin1String(p.type), unknownStatus, unknownReason, unknownMessage));
        else
            conditions.append(make(QLatin1String(p.type), QStringLiteral("False"), QLatin1String(p.reason),
                                   QLatin1String(p.message)));
    }
    QString readyMessage;
    switch (node.ready) {
    case ConditionStatus::True:
        readyMessage = QStringLiteral("kubelet is posting ready status");
        break;
    case ConditionStatus::False:
        readyMessage = QStringLiteral("container runtime status check may not have completed yet");
        break;
    case ConditionStatus::Unknown:
        readyMessage = unknownMessage;
        break;
    }
    conditions.append(
        make(QStringLiteral("Ready"), conditionStatusName(node.ready), nodeReadyReason(node), readyMessage));
    return conditions;
}

QString qosClass(const Pod &pod)
{
    for (const Container &c : pod.containers) {
        if (c.requests.cpuMilli != 0 || c.requests.memoryBytes != 0)
            return QStringLiteral("Burstable"); // we keep no limits, so never Guaranteed
    }
    return QStringLiteral("BestEffort");
}

QJsonObject containerState(const Pod &pod, const QJsonValue &startedAt)
{
    switch (pod.phase) {
    case PodPhase::Pending:
        return {{QStringLiteral("waiting"),
                 QJsonObject{{QStringLiteral("reason"), QStringLiteral("ContainerCreating")}}}};
    case PodPhase::Running:
    case PodPhase::Unknown:
        return {{QStringLiteral("running"), QJsonObject{{QStringLiteral("startedAt"), startedAt}}}};
    case PodPhase::Succeeded:
    case PodPhase::Failed: {
        const bool ok = pod.phase == PodPhase::Succeeded;
        return {{QStringLiteral("terminated"),
                 QJsonObject{
                     {QStringLiteral("exitCode"), ok ? 0 : 1},
                     {QStringLiteral("reason"), ok ? QStringLiteral("Completed") : QStringLiteral("Error")},
                     {QStringLiteral("startedAt"), startedAt},
                     {QStringLiteral("finishedAt"), startedAt}}}};
    }
    }
    return {};
}

QJsonObject encodePodStatus(const Pod &pod, const KubeJson::EncodeOptions &options)
{
    // Pods don't heartbeat: they started and changed state when they were created, as far as we know.
    const QDateTime &time = pod.creationTimestamp;
    const QJsonValue when = timeValue(time);
    const bool scheduled = !pod.nodeName.isEmpty();
    const bool finished = pod.isFinished();
    const QString completed = finished ? QStringLiteral("PodCompleted") : QString();

    QJsonObject status{{QStringLiteral("phase"), podPhaseName(pod.phase)},
                       {QStringLiteral("qosClass"), qosClass(pod)}};
    QJsonArray conditions;
    if (scheduled) {
        conditions.append(condition(QStringLiteral("Initialized"), true, completed, when));
        conditions.append(condition(QStringLiteral("Ready"), pod.ready, completed, when));
        conditions.append(condition(QStringLiteral("ContainersReady"), pod.ready, completed, when));
        conditions.append(condition(QStringLiteral("PodScheduled"), true, QString(), when));
    } else {
        conditions.append(condition(QStringLiteral("Ready"), pod.ready, QString(), when));
        // The scheduler's verdict; a pod it has not looked at yet has no PodScheduled condition.
        if (!pod.statusReason.isEmpty() || !pod.statusMessage.isEmpty()) {
            QJsonObject scheduledCondition =
                condition(QStringLiteral("PodScheduled"), false, pod.statusReason, when);
            if (!pod.statusMessage.isEmpty())
                scheduledCondition.insert(QLatin1String("message"), pod.statusMessage);
            conditions.append(scheduledCondition);
        }
    }
    status.insert(QLatin1String("conditions"), conditions);
    if (!options.hostIP.isEmpty()) {
        status.insert(QLatin1String("hostIP"), options.hostIP);
        status.insert(QLatin1String("hostIPs"),
                      QJsonArray{QJsonObject{{QStringLiteral("ip"), options.hostIP}}});
    }
    if (!options.podIP.isEmpty()) {
        status.insert(QLatin1String("podIP"), options.podIP);
        status.insert(QLatin1String("podIPs"),
                      QJsonArray{QJsonObject{{QStringLiteral("ip"), options.podIP}}});
    }
    if (!scheduled)
        return status; // no kubelet has seen it yet
    status.insert(QLatin1String("startTime"), when);
    const bool running = pod.phase == PodPhase::Running || pod.phase == PodPhase::Unknown;
    QJsonArray containerStatuses;
    for (const Container &c : pod.containers) {
        containerStatuses.append(QJsonObject{{QStringLiteral("name"), c.name},
                                             {QStringLiteral("image"), c.image},
                                             {QStringLiteral("imageID"), QString()},
                                             {QStringLiteral("ready"), running && pod.ready},
                                             {QStringLiteral("started"), running},
                                             {QStringLiteral("restartCount"), 0},
                                             {QStringLiteral("state"), containerState(pod, when)}});
    }
    status.insert(QLatin1String("containerStatuses"), containerStatuses);
    return status;
}

// Well-known priority classes resolve to their values at admission.
std::optional<int> priorityOf(const QString &priorityClassName)
{
    if (priorityClassName == QLatin1String("system-node-critical"))
        return 2000001000;
    if (priorityClassName == QLatin1String("system-cluster-critical"))
        return 2000000000;
    return std::nullopt;
}

} // namespace

QJsonObject encodeNode(const Node &node, const EncodeOptions &options)
{
    const MetaFields meta{
        node.name, nullptr, node.uid, &node.labels, &node.annotations, nullptr, node.creationTimestamp};
    QJsonObject spec;
    if (!node.taints.isEmpty()) {
        QJsonArray taints;
        for (const Taint &t : node.taints) {
            QJsonObject o{{QStringLiteral("key"), t.key}, {QStringLiteral("effect"), t.effect}};
            if (!t.value.isEmpty())
                o.insert(QLatin1String("value"), t.value);
            taints.append(o);
        }
        spec.insert(QLatin1String("taints"), taints);
    }
    if (node.unschedulable) // omitempty: cordoned nodes only (FACTS §7.2)
        spec.insert(QLatin1String("unschedulable"), true);

    QJsonArray addresses;
    if (!node.internalIP.isEmpty())
        addresses.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("InternalIP")},
                                     {QStringLiteral("address"), node.internalIP}});
    addresses.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Hostname")},
                                 {QStringLiteral("address"), node.name}});
    const QJsonObject nodeInfo{{QStringLiteral("machineID"), QString()},
                               {QStringLiteral("systemUUID"), QString()},
                               {QStringLiteral("bootID"), node.bootId},
                               {QStringLiteral("kernelVersion"), node.kernelVersion},
                               {QStringLiteral("osImage"), node.osImage},
                               {QStringLiteral("containerRuntimeVersion"), node.containerRuntimeVersion},
                               {QStringLiteral("kubeletVersion"), node.kubeletVersion},
                               {QStringLiteral("kubeProxyVersion"), node.kubeProxyVersion},
                               {QStringLiteral("operatingSystem"), node.operatingSystem},
                               {QStringLiteral("architecture"), node.architecture}};
    const QJsonObject status{
        {QStringLiteral("capacity"), resourceList(node.capacity, true)},
        {QStringLiteral("allocatable"), resourceList(node.allocatable, true)},
        {QStringLiteral("conditions"), nodeConditions(node, eventTime(options, node.creationTimestamp))},
        {QStringLiteral("addresses"), addresses},
        {QStringLiteral("daemonEndpoints"),
         QJsonObject{{QStringLiteral("kubeletEndpoint"), QJsonObject{{QStringLiteral("Port"), 10250}}}}},
        {QStringLiteral("nodeInfo"), nodeInfo}};
    return {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Node")},
            {QStringLiteral("metadata"), encodeMetadata(meta, options)},
            {QStringLiteral("spec"), spec},
            {QStringLiteral("status"), status}};
}

QJsonObject encodePod(const Pod &pod, const EncodeOptions &options)
{
    const MetaFields meta{pod.name,
                          &pod.namespaceName,
                          pod.uid,
                          &pod.labels,
                          &pod.annotations,
                          &pod.ownerReferences,
                          pod.creationTimestamp,
                          &pod.deletionTimestamp};
    QJsonObject metadata = encodeMetadata(meta, options);
    if (pod.deletionGracePeriodSeconds)
        metadata.insert(QLatin1String("deletionGracePeriodSeconds"), *pod.deletionGracePeriodSeconds);

    QJsonObject spec{{QStringLiteral("containers"), encodeContainers(pod.containers)},
                     {QStringLiteral("terminationGracePeriodSeconds"), pod.terminationGracePeriodSeconds}};
    const auto controller = pod.controllerRef();
    insertPodSpecDefaults(spec, controller && controller->kind == QLatin1String("Job")
                                    ? QStringLiteral("Never")
                                    : QStringLiteral("Always"));
    if (!pod.nodeName.isEmpty())
        spec.insert(QLatin1String("nodeName"), pod.nodeName);
    if (!pod.nodeSelector.isEmpty())
        spec.insert(QLatin1String("nodeSelector"), stringMap(pod.nodeSelector));
    if (!pod.priorityClassName.isEmpty()) {
        spec.insert(QLatin1String("priorityClassName"), pod.priorityClassName);
        if (const auto priority = priorityOf(pod.priorityClassName))
            spec.insert(QLatin1String("priority"), *priority);
    }
    if (pod.hostNetwork)
        spec.insert(QLatin1String("hostNetwork"), true);
    if (!pod.tolerations.isEmpty()) {
        QJsonArray tolerations;
        for (const Toleration &t : pod.tolerations) {
            QJsonObject o{{QStringLiteral("operator"), t.op}};
            if (!t.key.isEmpty())
                o.insert(QLatin1String("key"), t.key);
            if (!t.value.isEmpty())
                o.insert(QLatin1String("value"), t.value);
            if (!t.effect.isEmpty())
                o.insert(QLatin1String("effect"), t.effect);
            if (t.tolerationSeconds)
                o.insert(QLatin1String("tolerationSeconds"), *t.tolerationSeconds);
            tolerations.append(o);
        }
        spec.insert(QLatin1String("tolerations"), tolerations);
    }
    if (!pod.volumes.isEmpty()) {
        QJsonArray volumes;
        for (const Volume &v : pod.volumes) {
            QJsonObject o{{QStringLiteral("name"), v.name}};
            if (v.emptyDir)
                o.insert(QLatin1String("emptyDir"), QJsonObject());
            volumes.append(o);
        }
        spec.insert(QLatin1String("volumes"), volumes);
    }
    return {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Pod")},
            {QStringLiteral("metadata"), metadata},
            {QStringLiteral("spec"), spec},
            {QStringLiteral("status"), encodePodStatus(pod, options)}};
}

QJsonObject encodeNamespace(const Namespace &ns, const EncodeOptions &options)
{
    const MetaFields meta{ns.name,
                          nullptr,
                          ns.uid,
                          &ns.labels,
                          &ns.annotations,
                          nullptr,
                          ns.creationTimestamp,
                          &ns.deletionTimestamp};
    return {{QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("kind"), QStringLiteral("Namespace")},
            {QStringLiteral("metadata"), encodeMetadata(meta, options)},
            {QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("finalizers"), QJsonArray{QStringLiteral("kubernetes")}}}},
            {QStringLiteral("status"),
             QJsonObject{{QStringLiteral("phase"),
                          ns.terminating ? QStringLiteral("Terminating") : QStringLiteral("Active")}}}};
}

QJsonObject encodeVersionInfo(const VersionInfo &info)
{
    return {{QStringLiteral("major"), info.major},
            {QStringLiteral("minor"), info.minor},
            {QStringLiteral("gitVersion"), info.gitVersion},
            {QStringLiteral("gitCommit"), info.gitCommit},
            {QStringLiteral("gitTreeState"), info.gitTreeState},
            {QStringLiteral("buildDate"), info.buildDate},
            {QStringLiteral("goVersion"), info.goVersion},
            {QStringLiteral("compiler"), info.compiler},
            {QStringLiteral("platform"), info.platform}};
}

QJsonObject encodeList(const QString &apiVersion, const QString &listKind, const QJsonArray &items,
                       const QString &resourceVersion, const QString &continueToken)
{
    QJsonObject meta{{QStringLiteral("resourceVersion"), resourceVersion}};
    if (!continueToken.isEmpty())
        meta.insert(QLatin1String("continue"), continueToken);
    return {{QStringLiteral("apiVersion"), apiVersion},
            {QStringLiteral("kind"), listKind},
            {QStringLiteral("metadata"), meta},
            {QStringLiteral("items"), items}};
}

} // namespace KubeJson
} // namespace Slipway
