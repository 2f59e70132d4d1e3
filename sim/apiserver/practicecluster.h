#pragma once

#include "models/clustersnapshot.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace Slipway {

class ApiServer;
class Simulator;

// The practice cluster as the GUI uses it: the simulator running on a real-time clock and its
// Kubernetes API served over HTTPS on 127.0.0.1 (a free port), with fresh in-memory credentials.
// Slipway's own live-cluster client then connects to it with kubeconfig(), so what a newcomer
// sees is the code an admin runs (ARCHITECTURE "One idea", item 3).
class PracticeCluster : public QObject
{
    Q_OBJECT
public:
    // nullptr with `error` set when the server cannot start.
    static std::unique_ptr<PracticeCluster> start(const ClusterSnapshot &initial, double speed,
                                                  QString *error, QObject *parent = nullptr);
    ~PracticeCluster() override;

    Simulator *simulator() const { return m_simulator; }
    ApiServer *server() const { return m_server; }
    QUrl url() const;
    QString clusterName() const { return m_clusterName; }
    // A kubeconfig (YAML) for this server: token context current, client-certificate context too.
    QByteArray kubeconfig() const { return m_kubeconfig; }

private:
    explicit PracticeCluster(QObject *parent);

    Simulator *m_simulator = nullptr;
    ApiServer *m_server = nullptr;
    QString m_clusterName;
    QByteArray m_kubeconfig;
};

} // namespace Slipway
