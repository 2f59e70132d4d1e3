#include "sim/apiserver/practicecluster.h"

#include "sim/apiserver/apiserver.h"
#include "sim/apiserver/apiserverkubeconfig.h"
#include "sim/apiserver/servercredentials.h"
#include "sim/engine/simulator.h"
#include "sim/engine/virtualclock.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Slipway {

PracticeCluster::PracticeCluster(QObject *parent)
    : QObject(parent)
{}

PracticeCluster::~PracticeCluster()
{
    // The server talks to the simulator: stop serving first.
    delete m_server;
    m_server = nullptr;
    delete m_simulator;
    m_simulator = nullptr;
}

std::unique_ptr<PracticeCluster> PracticeCluster::start(const ClusterSnapshot &initial, double speed,
                                                        QString *error, QObject *parent)
{
    const auto credentials = ServerCredentials::generate(error);
    if (!credentials)
        return nullptr;
    std::unique_ptr<PracticeCluster> cluster(new PracticeCluster(parent));
    cluster->m_clusterName = initial.name.isEmpty() ? QStringLiteral("practice") : initial.name;
    cluster->m_simulator = new Simulator(initial, cluster.get());
    cluster->m_server = new ApiServer(cluster->m_simulator, *credentials, cluster.get());
    QString listenError;
    if (!cluster->m_server->listen(QHostAddress(QHostAddress::LocalHost), 0, &listenError)) {
        *error = QCoreApplication::translate("Slipway::PracticeCluster",
                                             "The practice cluster's API server could not start: %1")
                     .arg(listenError);
        return nullptr;
    }
    cluster->m_kubeconfig =
        PracticeKubeconfig::yaml(*credentials, cluster->m_server->url(), cluster->m_clusterName);
    VirtualClock *clock = cluster->m_simulator->clock();
    clock->setSpeed(speed);
    clock->resume();
    return cluster;
}

QUrl PracticeCluster::url() const
{
    return m_server->url();
}

} // namespace Slipway
