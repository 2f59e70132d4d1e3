#pragma once

#include "models/clustersnapshot.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Slipway {

// The outcome of loading a dump: a snapshot, or an error that names the file and the problem.
struct DumpLoadResult
{
    ClusterSnapshot snapshot;
    QString error;        // empty on success
    QStringList warnings; // usable but lossy input (ignored kinds, unsupported selectors, ...)
    bool ok() const { return error.isEmpty(); }
};

// Builds a ClusterSnapshot offline from what
// `kubectl get nodes,pods,deployments,replicasets,statefulsets,daemonsets,jobs,poddisruptionbudgets -A -o
// json` writes: a v1 List of mixed kinds, a typed list (NodeList, PodList, ...) or a single object. `kubectl
// version -o json` (or a /version body) may be given as one more file to set the server version.
class DumpLoader
{
public:
    // Several files are merged (e.g. one per kind); the snapshot is named after the first.
    static DumpLoadResult loadFiles(const QStringList &paths);
    static DumpLoadResult loadJson(const QByteArray &json, const QString &sourceName);
};

} // namespace Slipway
