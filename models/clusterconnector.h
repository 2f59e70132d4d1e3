#pragma once

#include "models/clusterapi.h"
#include "models/result.h"

#include <memory>

namespace Slipway {

// A cluster the GUI opened: the API object plus what the window should tell the user about it.
struct OpenedCluster
{
    std::unique_ptr<ClusterApi> api; // null when opening failed; `error` says why
    QString title;                   // "default (practice cluster)", "prod-admin@prod"
    QString source;                  // kubeconfig path or scenario name
    QString clusterName;             // shown as the cluster's name: scenario or context
    bool practice = false;
    bool insecureTls = false;  // insecure-skip-tls-verify: shown as a persistent warning
    QString kubectlKubeconfig; // practice clusters: a kubeconfig file kubectl can use (0600)
    QStringList warnings;
    QString error;
};

// The contexts of a kubeconfig, for the GUI's context box.
struct KubeconfigContexts
{
    QStringList names;
    QString current; // its current-context; empty when it has none
};

// How the GUI opens clusters without knowing sim/ or kube/: app/ implements it (practice
// clusters run in-process and are reached through their own HTTPS API server, live clusters
// through the user's kubeconfig), tests can pass their own.
class ClusterConnector
{
public:
    virtual ~ClusterConnector() = default;

    virtual QStringList practiceScenarios() const = 0;
    virtual QString practiceTitle(const QString &scenario) const = 0;
    // Where openPractice() finds the scenario.
    enum class PracticeSource
    {
        Bundled, // a bundled scenario by name
        File     // a scenario file by path
    };
    virtual OpenedCluster openPractice(const QString &scenarioOrFile, PracticeSource source) = 0;

    // Contexts of a kubeconfig file, and its current-context; an error sentence on failure.
    virtual Result<KubeconfigContexts> contexts(const QString &kubeconfigPath) const = 0;
    // Empty path: kubectl's rules (KUBECONFIG, then ~/.kube/config); empty context: current-context.
    virtual OpenedCluster openKubeconfig(const QString &kubeconfigPath, const QString &context) = 0;
};

} // namespace Slipway
