#include "ui/training/classroomserver.h"

#include "sim/apiserver/apiserver.h"
#include "sim/apiserver/apiserverkubeconfig.h"
#include "sim/engine/simulator.h"

#include <QDir>
#include <QHostAddress>
#include <QStandardPaths>

namespace Slipway {

ClassroomServer::ClassroomServer(QObject *parent)
    : QObject(parent)
{}

ClassroomServer::~ClassroomServer()
{
    serve(nullptr, {});
}

bool ClassroomServer::isServing() const
{
    return m_server && m_server->isListening();
}

QString ClassroomServer::serverUrl() const
{
    return m_server ? m_server->url().toString() : QString();
}

bool ClassroomServer::serve(Simulator *simulator, const QString &clusterName)
{
    // The server talks to the simulator: it goes first.
    delete m_server;
    m_server = nullptr;
    m_simulator = simulator;
    m_error.clear();
    if (!simulator) {
        Q_EMIT servingChanged();
        return true;
    }
    if (!m_credentials) {
        m_credentials = ServerCredentials::generate(&m_error);
        if (!m_credentials)
            return false;
    }
    m_server = new ApiServer(simulator, *m_credentials, this);
    // The same port as before when it is still free, so handed-out kubeconfigs keep working.
    QString error;
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), m_port, &error) &&
        (m_port == 0 || !m_server->listen(QHostAddress(QHostAddress::LocalHost), 0, &error))) {
        m_error = tr("The students' API server could not start: %1").arg(error);
        delete m_server;
        m_server = nullptr;
        Q_EMIT servingChanged();
        return false;
    }
    m_port = m_server->serverPort();
    connect(m_server, &ApiServer::requestHandled, this,
            [this](const QString &method, const QString &path, int status) {
                const QDateTime at = m_simulator ? m_simulator->now() : QDateTime::currentDateTimeUtc();
                Q_EMIT request(at, method, path, status);
            });
    const bool written = writeKubeconfig(clusterName);
    Q_EMIT servingChanged();
    return written;
}

bool ClassroomServer::writeKubeconfig(const QString &clusterName)
{
    const QString dir =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/classroom");
    if (!QDir().mkpath(dir)) {
        m_error = tr("Cannot create %1 for the students' kubeconfig.").arg(dir);
        return false;
    }
    const QString path = dir + QStringLiteral("/kubeconfig");
    QString error;
    if (!PracticeKubeconfig::write(
            path, PracticeKubeconfig::yaml(*m_credentials, m_server->url(), clusterName), &error)) {
        m_error = error;
        return false;
    }
    m_kubeconfigPath = path;
    return true;
}

} // namespace Slipway
