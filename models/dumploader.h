#pragma once

#include "models/clustersnapshot.h"
#include "models/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Slipway {

// Builds a ClusterSnapshot offline from what
// `kubectl get nodes,pods,deployments,replicasets,statefulsets,daemonsets,jobs,poddisruptionbudgets -A -o
// json` writes: a v1 List of mixed kinds, a typed list (NodeList, PodList, ...) or a single object. `kubectl
// version -o json` (or a /version body) may be given as one more file to set the server version.
class DumpLoader
{
public:
    // The snapshot, or errors that name the file (and items[N]) and the problem; warnings for
    // usable but lossy input (ignored kinds, unsupported selectors, ...).
    // Several files are merged (e.g. one per kind); the snapshot is named after the first.
    static Result<ClusterSnapshot> loadFiles(const QStringList &paths);
    static Result<ClusterSnapshot> loadJson(const QByteArray &json, const QString &sourceName);
};

} // namespace Slipway
