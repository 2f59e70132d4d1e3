#pragma once

// The cluster a sub-command acts on, chosen on its command line: a live cluster through the
// kubeconfig (--kubeconfig FILE, --context NAME; else KUBECONFIG, else ~/.kube/config, like
// kubectl), or the practice cluster started in-process (--demo [SCENARIO], --scenario-file FILE)
// and reached over HTTPS through the same client, as the GUI does. Shared by `slipway cordon`,
// `uncordon`, `drain`, `upgrade` and `maintain`.

#include "models/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

#include <memory>

namespace Slipway {

class ClusterApi;
class KubeClusterApi;
class PracticeCluster;

struct ClusterCliOptions
{
    QCommandLineOption kubeconfig;
    QCommandLineOption context;
    QCommandLineOption demo; // takes the scenario; prepareArguments() supplies "default"
    QCommandLineOption scenarioFile;
    QCommandLineOption speed;          // the practice cluster's clock
    QCommandLineOption requestTimeout; // kubectl's --request-timeout

    ClusterCliOptions();
    QList<QCommandLineOption> all() const
    {
        return {kubeconfig, context, demo, scenarioFile, speed, requestTimeout};
    }
    // The --request-timeout option's help text, shared by plan and report.
    static QString requestTimeoutHelp();

    // "--demo [SCENARIO]": the word after --demo is its scenario only when it names a bundled
    // scenario; otherwise (and at the end) --demo means --demo=default. Boolean flags written
    // kubectl's way (--force=true, --force=false) become --force or nothing; `booleanFlags`
    // names them without dashes.
    static QStringList prepareArguments(const QStringList &arguments, const QStringList &booleanFlags = {});
};

// An open cluster: owns the ClusterApi and, for --demo/--scenario-file, the practice cluster.
class CliCluster
{
public:
    ~CliCluster();

    // A failure names the file, context or scenario; the warnings say what was tolerated (e.g. a
    // missing KUBECONFIG entry), on success too.
    static Result<std::unique_ptr<CliCluster>> open(const QCommandLineParser &parser,
                                                    const ClusterCliOptions &options);

    ClusterApi *api() const;
    KubeClusterApi *kubeApi() const { return m_api.get(); }
    PracticeCluster *practice() const { return m_practice.get(); } // nullptr for a live cluster
    // The context name, or "<scenario> (practice cluster)".
    QString displayName() const { return m_displayName; }

private:
    CliCluster() = default;
    std::unique_ptr<PracticeCluster> m_practice; // destroyed after the client (declared first)
    std::unique_ptr<KubeClusterApi> m_api;
    QString m_displayName;
};

} // namespace Slipway
