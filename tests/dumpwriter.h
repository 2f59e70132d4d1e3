#pragma once

// Writes a snapshot as the `kubectl get … -A -o json` dump models/dumploader reads, for the
// rehearsal's tests (tst_rehearsal, tst_rehearsecli). Header-only; needs models.
#include "models/clustersnapshot.h"
#include "models/kubejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Slipway {

// What `kubectl get nodes,pods,deployments,replicasets,statefulsets,daemonsets,jobs,
// poddisruptionbudgets -A -o json` writes for `s`: one v1 List.
inline bool writeDump(const ClusterSnapshot &s, const QString &path)
{
    QJsonArray items;
    for (const Node &n : s.nodes)
        items << KubeJson::encodeNode(n);
    for (const Pod &p : s.pods)
        items << KubeJson::encodePod(p);
    for (const Workload &w : s.workloads)
        items << KubeJson::encodeWorkload(w);
    for (const PodDisruptionBudget &p : s.pdbs)
        items << KubeJson::encodePodDisruptionBudget(p);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject list{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                           {QStringLiteral("kind"), QStringLiteral("List")},
                           {QStringLiteral("items"), items}};
    file.write(QJsonDocument(list).toJson(QJsonDocument::Compact));
    return file.commit();
}

} // namespace Slipway
