#pragma once

// The lesson's practice cluster served to students (issue 11): the simulator a LessonPlayer plays,
// behind the practice API server (sim/apiserver) on a loopback address, with a kubeconfig file to
// hand out. The credentials and the port stay the same when the lesson restarts or another lesson
// is loaded, so the kubeconfig students already have keeps working. Every request a student's
// kubectl sends is reported as it is answered (the trainer's window reads the simulator directly,
// so every request this server sees is a student's).

#include "sim/apiserver/servercredentials.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <optional>

namespace Slipway {

class ApiServer;
class Simulator;

class ClassroomServer : public QObject
{
    Q_OBJECT
public:
    explicit ClassroomServer(QObject *parent = nullptr);
    ~ClassroomServer() override;

    // Serves `simulator` (nullptr: stops serving). Call with nullptr BEFORE the simulator goes
    // away (LessonPlayer::load()/restart() replace it). False with error() set when the server
    // cannot listen or the kubeconfig cannot be written.
    bool serve(Simulator *simulator, const QString &clusterName);
    bool isServing() const;
    QString error() const { return m_error; }
    QString kubeconfigPath() const { return m_kubeconfigPath; } // 0600, written when serving
    QString serverUrl() const;

Q_SIGNALS:
    // A student's request, answered with `status` (watches: when they start).
    void request(const QDateTime &at, const QString &method, const QString &path, int status);
    void servingChanged();

private:
    bool writeKubeconfig(const QString &clusterName);

    std::optional<ServerCredentials> m_credentials;
    QPointer<Simulator> m_simulator;
    ApiServer *m_server = nullptr;
    quint16 m_port = 0; // kept across lessons
    QString m_kubeconfigPath;
    QString m_error;
};

} // namespace Slipway
