#pragma once

#include "models/clusterapi.h"
#include "kube/kubelist.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class QTimer;

namespace Slipway {

// One line of a watch stream: {"type": "ADDED", "object": {…}}; ERROR events carry a Status.
struct KubeWatchEvent
{
    QString type;            // ADDED, MODIFIED, DELETED, BOOKMARK, ERROR (anything else is ignored)
    QJsonObject object;      // the object, or the Status of an ERROR
    QString resourceVersion; // the object's metadata.resourceVersion
    int errorCode = 0;       // ERROR: the Status code (410: the resourceVersion expired)
};
KubeWatchEvent parseWatchEvent(const QByteArray &line);

// Watches one resource type from a resourceVersion: GET ?watch=1 streams one JSON event per line
// (ADDED, MODIFIED, DELETED, BOOKMARK, ERROR). A 410 Gone (expired resourceVersion) lists again
// and emits the differences as events; a dropped or ended stream reconnects, with exponential
// backoff after failures. Objects are emitted as JSON; the caller decodes them.
class KubeWatch : public QObject
{
    Q_OBJECT
public:
    KubeWatch(KubeClient *client, const KubeResourceType &type, QObject *parent = nullptr);
    ~KubeWatch() override;

    // `known`: key ("ns/name" or "name") → resourceVersion of what the caller already has.
    void start(const QString &resourceVersion, const QHash<QString, QString> &known);
    void stop();
    bool isRunning() const { return m_running; }
    bool isConnected() const { return m_connected; }
    QString resourceVersion() const { return m_resourceVersion; }
    const KubeResourceType &type() const { return m_type; }

Q_SIGNALS:
    void objectChanged(Slipway::ObjectChange change, const QJsonObject &object);
    // The stream is up (again).
    void connected();
    // The stream failed; the next attempt follows in `retryInMs`.
    void disconnected(const Slipway::ClusterError &error, int retryInMs);
    // A 410 made the watch list again; `changes` differences were emitted.
    void relisted(int changes);

private:
    void connectStream();
    void onLine(const QByteArray &line);
    void onStreamFinished(const KubeResponse &response);
    void relist();
    void onRelisted(const KubeListResult &result);
    void scheduleRetry(const ClusterError &error, bool relistNext);
    void apply(ObjectChange change, const QJsonObject &object);

    KubeClient *m_client;
    KubeResourceType m_type;
    QPointer<KubeCall> m_call;
    QPointer<KubeList> m_list;
    QTimer *m_retryTimer;
    QElapsedTimer m_connectedFor;
    QHash<QString, QString> m_known;
    QString m_resourceVersion;
    int m_backoffMs = 0;
    bool m_running = false;
    bool m_connected = false;
    bool m_gone = false;
    bool m_relistNext = false;
};

} // namespace Slipway
