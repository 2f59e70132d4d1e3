#include "models/kubejson.h"
#include "models/kubejsonreader.h"

#include <QCoreApplication>

// apps/v1, batch/v1 and policy decoders: workloads and PodDisruptionBudgets.
namespace Slipway::KubeJson {

Result<Workload> decodeWorkload(const QJsonObject &object)
{
    const QString kindName = object.value(QLatin1String("kind")).toString();
    const auto kind = workloadKindFromName(kindName);
    if (!kind) {
        Reader r(QLatin1String("Workload"));
        r.setObjectName(
            object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString());
        r.fail(QLatin1String("kind"),
               kindName.isEmpty()
                   ? QCoreApplication::translate(
                         "Slipway::KubeJson",
                         "missing; expected Deployment, ReplicaSet, StatefulSet, DaemonSet or Job")
                   : QCoreApplication::translate("Slipway::KubeJson", "\"%1\" is not a workload kind")
                         .arg(kindName));
        return r.failure<Workload>();
    }
    const QByteArray kindLatin1 = kindName.toLatin1();
    Reader r{QLatin1String(kindLatin1)};
    switch (*kind) {
    case WorkloadKind::Deployment:
    case WorkloadKind::ReplicaSet:
    case WorkloadKind::DaemonSet:
        checkKind(r, object, QLatin1String(kindLatin1),
                  {QLatin1String("apps/v1"), QLatin1String("apps/v1beta2"), QLatin1String("apps/v1beta1"),
                   QLatin1String("extensions/v1beta1")});
        break;
    case WorkloadKind::StatefulSet:
        checkKind(r, object, QLatin1String(kindLatin1),
                  {QLatin1String("apps/v1"), QLatin1String("apps/v1beta2"), QLatin1String("apps/v1beta1")});
        break;
    case WorkloadKind::Job:
        checkKind(r, object, QLatin1String(kindLatin1), {QLatin1String("batch/v1")});
        break;
    }
    Workload w;
    w.kind = *kind;
    if (!readObjectMetadata(r, object, ObjectScope::Namespaced, w))
        return r.failure<Workload>();

    const QJsonObject status = r.object(object, QLatin1String("status"));
    {
        const QJsonObject spec = r.requiredObject(object, QLatin1String("spec"));
        const auto specScope = r.enter(QLatin1String("spec"));
        if (r.failed())
            return r.failure<Workload>();
        w.selector = readSelector(r, spec);
        {
            const QJsonObject podTemplate = r.requiredObject(spec, QLatin1String("template"));
            const auto templateScope = r.enter(QLatin1String("template"));
            const QJsonObject podSpec = r.requiredObject(podTemplate, QLatin1String("spec"));
            const auto podSpecScope = r.enter(QLatin1String("spec"));
            if (r.failed())
                return r.failure<Workload>();
            w.containers = readContainers(r, podSpec);
        }
        switch (*kind) {
        case WorkloadKind::Deployment:
        case WorkloadKind::ReplicaSet:
        case WorkloadKind::StatefulSet:
            // spec.replicas is defaulted to 1 by the API server.
            w.replicas = int(r.integer(spec, QLatin1String("replicas")).value_or(1));
            break;
        case WorkloadKind::Job:
            w.replicas = int(r.integer(spec, QLatin1String("parallelism")).value_or(1));
            break;
        case WorkloadKind::DaemonSet:
            break;
        }
    }
    const auto statusScope = r.enter(QLatin1String("status"));
    switch (*kind) {
    case WorkloadKind::Deployment:
    case WorkloadKind::ReplicaSet:
    case WorkloadKind::StatefulSet:
        w.readyReplicas = int(r.integer(status, QLatin1String("readyReplicas")).value_or(0));
        break;
    case WorkloadKind::DaemonSet:
        w.replicas = int(r.integer(status, QLatin1String("desiredNumberScheduled")).value_or(0));
        w.readyReplicas = int(r.integer(status, QLatin1String("numberReady")).value_or(0));
        break;
    case WorkloadKind::Job:
        // status.ready exists since 1.24; older servers only report active pods.
        if (const auto ready = r.integer(status, QLatin1String("ready")))
            w.readyReplicas = int(*ready);
        else
            w.readyReplicas = int(r.integer(status, QLatin1String("active")).value_or(0));
        break;
    }
    return r.result(std::move(w));
}

Result<PodDisruptionBudget> decodePodDisruptionBudget(const QJsonObject &object)
{
    Reader r(QLatin1String("PodDisruptionBudget"));
    checkKind(r, object, QLatin1String("PodDisruptionBudget"),
              {QLatin1String("policy/v1"), QLatin1String("policy/v1beta1")});
    PodDisruptionBudget pdb;
    if (!readObjectMetadata(r, object, ObjectScope::Namespaced, pdb))
        return r.failure<PodDisruptionBudget>();
    {
        const QJsonObject spec = r.object(object, QLatin1String("spec"));
        const auto specScope = r.enter(QLatin1String("spec"));
        bool emptySelector = false;
        pdb.selector = readSelector(r, spec, &emptySelector);
        // policy/v1beta1: an empty selector matches no pods; policy/v1: every pod in the namespace.
        if (emptySelector &&
            object.value(QLatin1String("apiVersion")).toString() == QLatin1String("policy/v1beta1"))
            r.warn(QCoreApplication::translate(
                "Slipway::KubeJson",
                "has an empty selector, which in policy/v1beta1 matches no pods; it is treated as matching "
                "every pod in the namespace like policy/v1"));
        pdb.minAvailable = r.intOrPercent(spec, QLatin1String("minAvailable"));
        pdb.maxUnavailable = r.intOrPercent(spec, QLatin1String("maxUnavailable"));
    }
    const QJsonObject status = r.object(object, QLatin1String("status"));
    const auto statusScope = r.enter(QLatin1String("status"));
    pdb.currentHealthy = int(r.integer(status, QLatin1String("currentHealthy")).value_or(0));
    pdb.desiredHealthy = int(r.integer(status, QLatin1String("desiredHealthy")).value_or(0));
    pdb.expectedPods = int(r.integer(status, QLatin1String("expectedPods")).value_or(0));
    pdb.disruptionsAllowed = int(r.integer(status, QLatin1String("disruptionsAllowed")).value_or(0));
    return r.result(std::move(pdb));
}

} // namespace Slipway::KubeJson
