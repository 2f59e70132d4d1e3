#pragma once

#include "models/clusterconnector.h"

namespace Slipway {

// The real ClusterConnector: practice clusters are simulated in-process, served over HTTPS on
// loopback and read back through the live-cluster client; kubeconfigs follow kubectl's rules.
class AppClusterConnector : public ClusterConnector
{
public:
    explicit AppClusterConnector(double practiceSpeed = 1.0);

    QStringList practiceScenarios() const override;
    QString practiceTitle(const QString &scenario) const override;
    OpenedCluster openPractice(const QString &scenarioOrFile, PracticeSource source) override;
    Result<KubeconfigContexts> contexts(const QString &kubeconfigPath) const override;
    OpenedCluster openKubeconfig(const QString &kubeconfigPath, const QString &context) override;

private:
    double m_practiceSpeed;
};

} // namespace Slipway
