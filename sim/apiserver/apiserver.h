#pragma once

#include "models/result.h"
#include "sim/apiserver/apiserverconnection.h"
#include "sim/apiserver/servercredentials.h"

#include <QHostAddress>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

#include <memory>
#include <optional>

class QSslServer;

namespace Slipway {

class ApiAuthenticator;
class ApiRouter;
class ApiServerContext;
class Simulator;

// Test switch: make a share of requests fail the way a struggling API server does. Off by default;
// health checks (/healthz, /livez, /readyz) are exempt.
struct ApiServerFaults
{
    double errorRate = 0; // answered 500 InternalError or 503 ServiceUnavailable (with Retry-After: 1)
    double dropRate = 0;  // connection dropped without an answer (writes: half of them after acting)
    int latencyMs = 0;    // added before every answer
    quint32 seed = 1;     // deterministic choice of the failing requests

    bool enabled() const { return errorRate > 0 || dropRate > 0 || latencyMs > 0; }
    // "5xx=0.05,drop=0.02,latency=200ms,seed=7" (rates 0..1; latency 200ms, 1s or plain ms;
    // `errors` and `drops` are older names of the rates).
    static Result<ApiServerFaults> parse(const QString &spec);
};

// The practice cluster served as a real Kubernetes API: HTTPS (QSslServer) on a loopback address
// only, bearer-token and client-certificate authentication, the endpoints kubectl get / cordon /
// drain use (discovery, nodes, pods, evictions, workloads, PDBs, watches, Tables). Lives on the
// thread that owns the Simulator and never blocks it: requests are answered from the event loop,
// big lists and watches are streamed in slices.
class ApiServer : public QObject
{
    Q_OBJECT
public:
    ApiServer(Simulator *simulator, const ServerCredentials &credentials, QObject *parent = nullptr);
    ~ApiServer() override;

    static bool isLoopback(const QHostAddress &address);
    // Refuses anything but 127.0.0.0/8 and ::1. Port 0 picks a free port (see serverPort()).
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    void close();
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    QUrl url() const; // https://127.0.0.1:PORT or https://[::1]:PORT

    void setFaults(const ApiServerFaults &faults);
    ApiServerFaults faults() const { return m_faults; }
    void setLimits(const ApiConnection::Limits &limits);
    const ApiConnection::Limits &limits() const { return m_limits; }
    // Test switch: the Eviction versions pods/eviction serves, the first named by /api/v1
    // discovery ("v1", "v1beta1"). The default {v1, v1beta1} is a 1.22–1.24 server; {v1beta1} a
    // server before 1.22; {} one without the eviction subresource (discovery omits it, a POST to
    // it is 404), where kubectl drain deletes the pods instead (FACTS §5.2 step 6, §5.4).
    void setEvictionVersions(const QStringList &versions);
    QStringList evictionVersions() const;
    // Eviction bodies received so far, by apiVersion ("policy/v1": 3).
    QHash<QString, int> evictionsReceived() const;

    int connectionCount() const { return int(m_connections.size()); }
    // Answer bytes accepted but not yet sent, over all connections (bounded per connection by
    // ApiConnection::HighWaterBytes plus one slice while lists stream).
    qint64 bufferedBytes() const;
    int watchCount() const;
    quint64 requestCount() const { return m_requestCount; }

Q_SIGNALS:
    // After the status line of every answer was written (streams: when they start).
    void requestHandled(const QString &method, const QString &path, int status);

private:
    void acceptConnections();
    // kube-apiserver restarting (Simulator::apiServerAvailabilityChanged): stop listening and drop
    // every connection, so clients see "connection refused" as from a real single master; listen on
    // the same address and port again once it serves.
    void setControlPlaneAvailable(bool available);
    // Makes room for a new connection from `address` within the limits; false: refuse it.
    bool makeRoom(const QString &address);
    void onRequest(ApiConnection *connection, const HttpRequest &request);
    void dispatch(ApiConnection *connection, const HttpRequest &request);
    void answer(ApiConnection *connection, const HttpRequest &request); // authenticate and route

    ServerCredentials m_credentials;
    std::unique_ptr<ApiServerContext> m_context;
    std::unique_ptr<ApiRouter> m_router;
    std::unique_ptr<ApiAuthenticator> m_authenticator;
    QSslServer *m_server = nullptr;
    QHostAddress m_address; // what listen() bound, kept while kube-apiserver restarts
    quint16 m_port = 0;
    bool m_suspended = false;
    QSet<ApiConnection *> m_connections;
    ApiConnection::Limits m_limits;
    ApiServerFaults m_faults;
    QRandomGenerator m_random;
    quint64 m_requestCount = 0;
    quint64 m_acceptedCount = 0;
};

} // namespace Slipway
