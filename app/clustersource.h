#pragma once

// The cluster a command reads, chosen on its command line: a bundled practice scenario
// (--demo [SCENARIO]), a scenario file, `kubectl get … -o json` dumps (--from-dump), or a live
// cluster through the kubeconfig (--kubeconfig/--context, else KUBECONFIG, else ~/.kube/config).
// Shared by `slipway plan` and `slipway report`.

#include "models/clustersnapshot.h"
#include "models/result.h"

#include <QStringList>

#include <optional>

namespace Slipway {

struct ClusterSourceChoice
{
    enum class Kind
    {
        Live,
        Bundled,
        ScenarioFile,
        Dump
    };
    Kind kind = Kind::Live;
    QString scenario = QStringLiteral("default"); // Bundled
    QString scenarioFile;                         // ScenarioFile
    QStringList dumps;                            // Dump
    QString kubeconfig;                           // Live; empty: KUBECONFIG, then ~/.kube/config
    QString context;                              // Live; empty: current-context
    QString requestTimeout;                       // Live; kubectl's --request-timeout, empty: default
};

struct LoadedCluster
{
    ClusterSnapshot snapshot;
    QString context; // the kubeconfig context of a live cluster
    QString server;  // "https://host:port" of a live cluster, without credentials
};

// Reads the cluster, waiting in a local event loop for a live one. The Result's warnings are what
// was tolerated (a missing KUBECONFIG entry, a lossy dump object).
Result<LoadedCluster> loadCluster(const ClusterSourceChoice &choice);

} // namespace Slipway
