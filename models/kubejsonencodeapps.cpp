#include "models/kubejson.h"
#include "models/kubejsonwriter.h"

// apps/v1, batch/v1 and policy encoders: workloads and PodDisruptionBudgets, with the defaults the
// API server fills in (strategies, revision limits, observedGeneration).
namespace Slipway::KubeJson {

namespace {

QJsonObject podTemplate(const Workload &w, const QString &restartPolicy)
{
    QJsonObject spec{{QStringLiteral("containers"), encodeContainers(w.containers)},
                     {QStringLiteral("terminationGracePeriodSeconds"), 30}};
    insertPodSpecDefaults(spec, restartPolicy);
    QJsonObject meta{{QStringLiteral("creationTimestamp"), QJsonValue(QJsonValue::Null)}};
    if (!w.selector.isEmpty())
        meta.insert(QLatin1String("labels"), stringMap(w.selector));
    return {{QStringLiteral("metadata"), meta}, {QStringLiteral("spec"), spec}};
}

QJsonObject rollingUpdate(QLatin1String type, const QJsonObject &parameters)
{
    return {{QStringLiteral("type"), type}, {QStringLiteral("rollingUpdate"), parameters}};
}

} // namespace

QString apiVersionFor(WorkloadKind kind)
{
    return kind == WorkloadKind::Job ? QStringLiteral("batch/v1") : QStringLiteral("apps/v1");
}

QJsonObject encodeWorkload(const Workload &w, const EncodeOptions &options)
{
    MetaFields meta{
        w.name, &w.namespaceName, w.uid, &w.labels, nullptr, &w.ownerReferences, w.creationTimestamp};
    meta.generation = 1;
    const int ready = w.readyReplicas;
    QJsonObject spec{{QStringLiteral("selector"), selectorObject(w.selector)}};
    QJsonObject status{{QStringLiteral("observedGeneration"), 1}};
    switch (w.kind) {
    case WorkloadKind::Deployment:
        spec.insert(QLatin1String("replicas"), w.replicas);
        spec.insert(QLatin1String("template"), podTemplate(w, QStringLiteral("Always")));
        spec.insert(QLatin1String("strategy"),
                    rollingUpdate(QLatin1String("RollingUpdate"),
                                  {{QStringLiteral("maxUnavailable"), QStringLiteral("25%")},
                                   {QStringLiteral("maxSurge"), QStringLiteral("25%")}}));
        spec.insert(QLatin1String("revisionHistoryLimit"), 10);
        spec.insert(QLatin1String("progressDeadlineSeconds"), 600);
        insertNonZero(status, QLatin1String("replicas"), w.replicas);
        insertNonZero(status, QLatin1String("updatedReplicas"), w.replicas);
        insertNonZero(status, QLatin1String("readyReplicas"), ready);
        insertNonZero(status, QLatin1String("availableReplicas"), ready);
        insertNonZero(status, QLatin1String("unavailableReplicas"), qMax(0, w.replicas - ready));
        status.insert(QLatin1String("conditions"),
                      QJsonArray{condition(QStringLiteral("Available"), ready >= w.replicas,
                                           ready >= w.replicas ? QStringLiteral("MinimumReplicasAvailable")
                                                               : QStringLiteral("MinimumReplicasUnavailable"),
                                           timeValue(eventTime(options, w.creationTimestamp)))});
        break;
    case WorkloadKind::ReplicaSet:
        spec.insert(QLatin1String("replicas"), w.replicas);
        spec.insert(QLatin1String("template"), podTemplate(w, QStringLiteral("Always")));
        status.insert(QLatin1String("replicas"), w.replicas);
        insertNonZero(status, QLatin1String("fullyLabeledReplicas"), w.replicas);
        insertNonZero(status, QLatin1String("readyReplicas"), ready);
        insertNonZero(status, QLatin1String("availableReplicas"), ready);
        break;
    case WorkloadKind::StatefulSet:
        spec.insert(QLatin1String("replicas"), w.replicas);
        spec.insert(QLatin1String("template"), podTemplate(w, QStringLiteral("Always")));
        spec.insert(QLatin1String("serviceName"), w.name);
        spec.insert(QLatin1String("podManagementPolicy"), QStringLiteral("OrderedReady"));
        spec.insert(QLatin1String("updateStrategy"),
                    rollingUpdate(QLatin1String("RollingUpdate"), {{QStringLiteral("partition"), 0}}));
        spec.insert(QLatin1String("revisionHistoryLimit"), 10);
        status.insert(QLatin1String("replicas"), w.replicas);
        status.insert(QLatin1String("availableReplicas"), ready);
        insertNonZero(status, QLatin1String("readyReplicas"), ready);
        insertNonZero(status, QLatin1String("currentReplicas"), w.replicas);
        insertNonZero(status, QLatin1String("updatedReplicas"), w.replicas);
        break;
    case WorkloadKind::DaemonSet:
        spec.insert(QLatin1String("template"), podTemplate(w, QStringLiteral("Always")));
        spec.insert(QLatin1String("updateStrategy"),
                    rollingUpdate(QLatin1String("RollingUpdate"),
                                  {{QStringLiteral("maxUnavailable"), 1}, {QStringLiteral("maxSurge"), 0}}));
        spec.insert(QLatin1String("revisionHistoryLimit"), 10);
        status.insert(QLatin1String("currentNumberScheduled"), w.replicas);
        status.insert(QLatin1String("numberMisscheduled"), 0);
        status.insert(QLatin1String("desiredNumberScheduled"), w.replicas);
        status.insert(QLatin1String("numberReady"), ready);
        insertNonZero(status, QLatin1String("updatedNumberScheduled"), w.replicas);
        insertNonZero(status, QLatin1String("numberAvailable"), ready);
        insertNonZero(status, QLatin1String("numberUnavailable"), qMax(0, w.replicas - ready));
        break;
    case WorkloadKind::Job:
        spec.insert(QLatin1String("parallelism"), w.replicas);
        spec.insert(QLatin1String("completions"), w.replicas);
        spec.insert(QLatin1String("backoffLimit"), 6);
        spec.insert(QLatin1String("completionMode"), QStringLiteral("NonIndexed"));
        spec.insert(QLatin1String("suspend"), false);
        spec.insert(QLatin1String("template"), podTemplate(w, QStringLiteral("Never")));
        status.remove(QLatin1String("observedGeneration")); // JobStatus has none
        insertNonZero(status, QLatin1String("active"), w.replicas);
        status.insert(QLatin1String("ready"), ready);
        status.insert(QLatin1String("startTime"), timeValue(w.creationTimestamp));
        break;
    }
    return {{QStringLiteral("apiVersion"), apiVersionFor(w.kind)},
            {QStringLiteral("kind"), workloadKindName(w.kind)},
            {QStringLiteral("metadata"), encodeMetadata(meta, options)},
            {QStringLiteral("spec"), spec},
            {QStringLiteral("status"), status}};
}

QJsonObject encodePodDisruptionBudget(const PodDisruptionBudget &pdb, const EncodeOptions &options)
{
    const QDateTime noTime;
    MetaFields meta{pdb.name, &pdb.namespaceName, pdb.uid, nullptr, nullptr, nullptr, noTime};
    meta.generation = 1;
    auto intOrString = [](const IntOrPercent &v) {
        return v.percent ? QJsonValue(v.toString()) : QJsonValue(v.value);
    };
    QJsonObject spec{{QStringLiteral("selector"), selectorObject(pdb.selector)}};
    if (pdb.minAvailable)
        spec.insert(QLatin1String("minAvailable"), intOrString(*pdb.minAvailable));
    if (pdb.maxUnavailable)
        spec.insert(QLatin1String("maxUnavailable"), intOrString(*pdb.maxUnavailable));
    const bool allowed = pdb.disruptionsAllowed > 0;
    QJsonObject allowedCondition =
        condition(QStringLiteral("DisruptionAllowed"), allowed,
                  allowed ? QStringLiteral("SufficientPods") : QStringLiteral("InsufficientPods"),
                  timeValue(options.now));
    allowedCondition.insert(QLatin1String("message"), QString());
    allowedCondition.insert(QLatin1String("observedGeneration"), 1);
    const QJsonObject status{{QStringLiteral("observedGeneration"), 1},
                             {QStringLiteral("disruptionsAllowed"), pdb.disruptionsAllowed},
                             {QStringLiteral("currentHealthy"), pdb.currentHealthy},
                             {QStringLiteral("desiredHealthy"), pdb.desiredHealthy},
                             {QStringLiteral("expectedPods"), pdb.expectedPods},
                             {QStringLiteral("conditions"), QJsonArray{allowedCondition}}};
    return {{QStringLiteral("apiVersion"),
             options.pdbApiVersion.isEmpty() ? QStringLiteral("policy/v1") : options.pdbApiVersion},
            {QStringLiteral("kind"), QStringLiteral("PodDisruptionBudget")},
            {QStringLiteral("metadata"), encodeMetadata(meta, options)},
            {QStringLiteral("spec"), spec},
            {QStringLiteral("status"), status}};
}

} // namespace Slipway::KubeJson
