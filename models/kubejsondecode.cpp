#include "models/kubejson.h"
#include "models/kubejsonreader.h"

#include <QCoreApplication>

#include <limits>

// core/v1 decoders: Node, Pod, Namespace, and /version.
namespace Slipway::KubeJson {

namespace {

std::optional<ConditionStatus> conditionStatusFromName(const QString &name)
{
    if (name == QLatin1String("True"))
        return ConditionStatus::True;
    if (name == QLatin1String("False"))
        return ConditionStatus::False;
    if (name == QLatin1String("Unknown"))
        return ConditionStatus::Unknown;
    return std::nullopt;
}

bool isTaintEffect(const QString &effect)
{
    return effect == QLatin1String("NoSchedule") || effect == QLatin1String("PreferNoSchedule") ||
           effect == QLatin1String("NoExecute");
}

const std::initializer_list<QLatin1String> kCoreV1{QLatin1String("v1")};

} // namespace

Result<Node> decodeNode(const QJsonObject &object)
{
    Reader r(QLatin1String("Node"));
    checkKind(r, object, QLatin1String("Node"), kCoreV1);
    Node node;
    if (!readObjectMetadata(r, object, ObjectScope::Cluster, node))
        return r.failure<Node>();

    {
        const QJsonObject spec = r.object(object, QLatin1String("spec"));
        const auto specScope = r.enter(QLatin1String("spec"));
        node.unschedulable = r.boolean(spec, QLatin1String("unschedulable"), false);
        const QJsonArray taints = r.array(spec, QLatin1String("taints"));
        const auto taintsScope = r.enter(QLatin1String("taints"));
        node.taints.reserve(taints.size());
        for (qsizetype i = 0; i < taints.size() && !r.failed(); ++i) {
            const auto index = r.enter(i);
            const QJsonObject t = r.element(taints, i);
            Taint taint;
            taint.key = r.requiredString(t, QLatin1String("key"));
            taint.value = r.string(t, QLatin1String("value"));
            taint.effect = r.requiredString(t, QLatin1String("effect"));
            if (!r.failed() && !isTaintEffect(taint.effect))
                r.fail(QLatin1String("effect"),
                       QCoreApplication::translate(
                           "Slipway::KubeJson",
                           "\"%1\" is not a taint effect (NoSchedule, PreferNoSchedule, NoExecute)")
                           .arg(taint.effect));
            node.taints.append(std::move(taint));
        }
    }

    const QJsonObject status = r.object(object, QLatin1String("status"));
    const auto statusScope = r.enter(QLatin1String("status"));
    // No Ready condition: the node never reported, which kubectl shows as Unknown (FACTS §7.2).
    node.ready = ConditionStatus::Unknown;
    const QJsonObject ready = findCondition(r, status, QLatin1String("Ready"));
    if (!ready.isEmpty()) {
        const auto scope = r.enter(QLatin1String("conditions[Ready]"));
        const QString s = r.requiredString(ready, QLatin1String("status"));
        if (const auto cs = conditionStatusFromName(s))
            node.ready = *cs;
        else if (!r.failed())
            r.fail(QLatin1String("status"),
                   QCoreApplication::translate("Slipway::KubeJson",
                                               "\"%1\" is not a condition status (True, False, Unknown)")
                       .arg(s));
        node.readyReason = r.string(ready, QLatin1String("reason"));
    }
    {
        const QJsonObject info = r.object(status, QLatin1String("nodeInfo"));
        const auto scope = r.enter(QLatin1String("nodeInfo"));
        node.kubeletVersion = r.string(info, QLatin1String("kubeletVersion"));
        node.kubeProxyVersion = r.string(info, QLatin1String("kubeProxyVersion"));
        node.containerRuntimeVersion = r.string(info, QLatin1String("containerRuntimeVersion"));
        node.osImage = r.string(info, QLatin1String("osImage"));
        node.kernelVersion = r.string(info, QLatin1String("kernelVersion"));
        node.bootId = r.string(info, QLatin1String("bootID"));
        node.operatingSystem = r.string(info, QLatin1String("operatingSystem"));
        node.architecture = r.string(info, QLatin1String("architecture"));
    }
    {
        const QJsonArray addresses = r.array(status, QLatin1String("addresses"));
        const auto scope = r.enter(QLatin1String("addresses"));
        for (qsizetype i = 0; i < addresses.size() && !r.failed(); ++i) {
            const auto index = r.enter(i);
            const QJsonObject a = r.element(addresses, i);
            if (r.string(a, QLatin1String("type")) == QLatin1String("InternalIP")) {
                node.internalIP = r.requiredString(a, QLatin1String("address"));
                break;
            }
        }
    }
    node.capacity = readResources(r, status, QLatin1String("capacity"), true);
    node.allocatable = readResources(r, status, QLatin1String("allocatable"), true);
    return r.result(std::move(node));
}

Result<Pod> decodePod(const QJsonObject &object)
{
    Reader r(QLatin1String("Pod"));
    checkKind(r, object, QLatin1String("Pod"), kCoreV1);
    Pod pod;
    if (!readObjectMetadata(r, object, ObjectScope::Namespaced, pod))
        return r.failure<Pod>();

    {
        const QJsonObject spec = r.requiredObject(object, QLatin1String("spec"));
        const auto specScope = r.enter(QLatin1String("spec"));
        if (r.failed())
            return r.failure<Pod>();
        pod.nodeName = r.string(spec, QLatin1String("nodeName"));
        pod.nodeSelector = r.stringMap(spec, QLatin1String("nodeSelector"));
        pod.containers = readContainers(r, spec);
        pod.terminationGracePeriodSeconds = r.integer(spec, QLatin1String("terminationGracePeriodSeconds"), 0,
                                                      std::numeric_limits<qint64>::max())
                                                .value_or(30);
        pod.priorityClassName = r.string(spec, QLatin1String("priorityClassName"));
        pod.hostNetwork = r.boolean(spec, QLatin1String("hostNetwork"), false);

        const QJsonArray tolerations = r.array(spec, QLatin1String("tolerations"));
        const QJsonArray volumes = r.array(spec, QLatin1String("volumes"));
        {
            const auto tolScope = r.enter(QLatin1String("tolerations"));
            pod.tolerations.reserve(tolerations.size());
            for (qsizetype i = 0; i < tolerations.size() && !r.failed(); ++i) {
                const auto index = r.enter(i);
                const QJsonObject t = r.element(tolerations, i);
                Toleration tol;
                tol.key = r.string(t, QLatin1String("key"));
                const QString op = r.string(t, QLatin1String("operator"));
                if (!op.isEmpty()) { // empty defaults to Equal
                    if (op != QLatin1String("Equal") && op != QLatin1String("Exists"))
                        r.fail(QLatin1String("operator"),
                               QCoreApplication::translate(
                                   "Slipway::KubeJson", "\"%1\" is not a toleration operator (Equal, Exists)")
                                   .arg(op));
                    tol.op = op;
                }
                tol.value = r.string(t, QLatin1String("value"));
                tol.effect = r.string(t, QLatin1String("effect"));
                if (!tol.effect.isEmpty() && !isTaintEffect(tol.effect))
                    r.fail(QLatin1String("effect"),
                           QCoreApplication::translate(
                               "Slipway::KubeJson",
                               "\"%1\" is not a taint effect (NoSchedule, PreferNoSchedule, NoExecute)")
                               .arg(tol.effect));
                // Zero and negative values mean "evict immediately"; keep them as given.
                tol.tolerationSeconds =
                    r.integer(t, QLatin1String("tolerationSeconds"), -std::numeric_limits<qint64>::max(),
                              std::numeric_limits<qint64>::max());
                pod.tolerations.append(std::move(tol));
            }
        }
        const auto volScope = r.enter(QLatin1String("volumes"));
        pod.volumes.reserve(volumes.size());
        for (qsizetype i = 0; i < volumes.size() && !r.failed(); ++i) {
            const auto index = r.enter(i);
            const QJsonObject v = r.element(volumes, i);
            Volume volume;
            volume.name = r.requiredString(v, QLatin1String("name"));
            // kubectl drain: any emptyDir, whatever its medium, is local storage (FACTS §5.2).
            const auto emptyDir = v.constFind(QLatin1String("emptyDir"));
            volume.emptyDir = emptyDir != v.constEnd() && !emptyDir->isNull();
            pod.volumes.append(std::move(volume));
        }
    }

    const QJsonObject status = r.object(object, QLatin1String("status"));
    const auto statusScope = r.enter(QLatin1String("status"));
    const QString phase = r.string(status, QLatin1String("phase"));
    if (phase.isEmpty()) {
        pod.phase = PodPhase::Pending; // not yet reported by a kubelet
    } else if (const auto p = podPhaseFromName(phase)) {
        pod.phase = *p;
    } else if (!r.failed()) {
        r.fail(QLatin1String("phase"),
               QCoreApplication::translate("Slipway::KubeJson", "\"%1\" is not a pod phase").arg(phase));
    }
    const QJsonObject ready = findCondition(r, status, QLatin1String("Ready"));
    pod.ready = r.string(ready, QLatin1String("status")) == QLatin1String("True");
    // Why the scheduler cannot place the pod ("Unschedulable", "0/9 nodes are available: ...").
    const QJsonObject scheduled = findCondition(r, status, QLatin1String("PodScheduled"));
    if (r.string(scheduled, QLatin1String("status")) == QLatin1String("False")) {
        pod.statusReason = r.string(scheduled, QLatin1String("reason"));
        pod.statusMessage = r.string(scheduled, QLatin1String("message"));
    }
    return r.result(std::move(pod));
}

Result<Namespace> decodeNamespace(const QJsonObject &object)
{
    Reader r(QLatin1String("Namespace"));
    checkKind(r, object, QLatin1String("Namespace"), kCoreV1);
    Namespace ns;
    if (!readObjectMetadata(r, object, ObjectScope::Cluster, ns))
        return r.failure<Namespace>();
    const QJsonObject status = r.object(object, QLatin1String("status"));
    const auto scope = r.enter(QLatin1String("status"));
    ns.terminating = r.string(status, QLatin1String("phase")) == QLatin1String("Terminating");
    return r.result(std::move(ns));
}

Result<VersionInfo> decodeVersionInfo(const QJsonObject &object)
{
    // `kubectl version -o json` wraps the server's /version in serverVersion (FACTS §7.1).
    const auto server = object.constFind(QLatin1String("serverVersion"));
    if (server != object.constEnd() && server->isObject())
        return decodeVersionInfo(server->toObject());
    Reader r(QLatin1String("version"));
    VersionInfo info;
    info.gitVersion = r.requiredString(object, QLatin1String("gitVersion"));
    info.major = r.string(object, QLatin1String("major"));
    info.minor = r.string(object, QLatin1String("minor"));
    info.gitCommit = r.string(object, QLatin1String("gitCommit"));
    info.gitTreeState = r.string(object, QLatin1String("gitTreeState"));
    info.buildDate = r.string(object, QLatin1String("buildDate"));
    info.goVersion = r.string(object, QLatin1String("goVersion"));
    info.compiler = r.string(object, QLatin1String("compiler"));
    info.platform = r.string(object, QLatin1String("platform"));
    return r.result(std::move(info));
}

} // namespace Slipway::KubeJson
