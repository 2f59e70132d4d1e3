#pragma once

#include "models/clusterapi.h"
#include "kube/kubeconfigselection.h"
#include "kube/tokenfilesource.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QUrlQuery>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Slipway {

class ExecCredentialPlugin;
class KubeClient;

struct KubeClientOptions
{
    int requestTimeoutMs = 30000; // per attempt, for everything but watches; 0: none
    // One call across all its attempts and the waits between them (kubectl's --request-timeout,
    // which client-go applies to the whole retry loop); 0: none. Not for watches.
    int totalTimeoutMs = 60000;
    int maxRetries = 4; // extra attempts after connection loss, 5xx, 429
    // A body bigger than this (a list page, an object, an error) is refused, not held in memory:
    // 128 KiB for each of 500 objects of a page (a big Pod is 20 KiB, a Node with images 50 KiB).
    qint64 maxResponseBytes = 64 * 1024 * 1024;
    qint64 maxEventBytes = 16 * 1024 * 1024; // one watch event (one line of the stream)
    int initialBackoffMs = 500;              // doubled per retry, with ±20 % jitter
    int maxBackoffMs = 30000;                // also caps Retry-After
    int watchTimeoutSeconds = 300;           // server-side timeoutSeconds of a watch
    int execTimeoutMs = 60000;               // exec credential plugin run time
    int pageSize = 500;                      // list limit (kubectl's --chunk-size, FACTS §5.1)
};

// kubectl's --request-timeout: "0" (no limit), a whole number of seconds, or a Go duration such as
// "500ms", "30s", "2m" or "1h30m". Milliseconds; an error for anything else.
Result<qint64> parseRequestTimeout(const QString &text);
// Sets the per-attempt and the total time of every call (not watches) to `ms`; 0 means no limit.
void applyRequestTimeout(KubeClientOptions &options, qint64 ms);

// One API call. The verb/resource/namespace/name fields only describe it for error messages.
struct KubeRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path; // "/api/v1/nodes"
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType; // set with a body; default application/json
    QString verb;           // get, list, watch, patch, create, delete
    QString resource;       // nodes, pods/eviction …
    QString namespaceName;
    QString name;
    bool streaming = false;           // watch: lines arrive through KubeCall::lineReceived
    bool retryServerErrors = true;    // 5xx; off for evictions (500 means several PDBs, FACTS §5.3)
    bool retryTooManyRequests = true; // 429; off for evictions (the caller loops, FACTS §5.3)
    // A lost connection or a timeout; off for writes a second copy of could do harm (an eviction
    // or DELETE that reached the server may have been carried out: the caller reads and decides).
    bool retryConnectionLoss = true;
    // false: a successful body is left to the caller (list pages are parsed on the thread pool,
    // not on the GUI thread); error answers are always parsed for their Status.
    bool parseJsonBody = true;
};

struct KubeResponse
{
    int httpStatus = 0;
    QByteArray body;
    QJsonObject json; // the body when it is a JSON object (see KubeRequest::parseJsonBody)
    ClusterError error;
    bool ok() const { return error.ok(); }
};

// What an error answer's body says: a metav1.Status (reason, message, details.causes[].reason)
// or, for a body that is not one, its first 300 characters as the message.
struct KubeStatusBody
{
    QString reason;
    QString message;
    QStringList causes;
};
// `json`: the body parsed as a JSON object (empty when it is not one).
KubeStatusBody parseStatusBody(const QByteArray &body, const QJsonObject &json);

// One logical request including its retries. Emits finished() exactly once, then deletes itself.
class KubeCall : public QObject
{
    Q_OBJECT
public:
    ~KubeCall() override;
    const KubeRequest &request() const { return m_request; }
    int attempts() const { return m_attempts; }
    // Stops the request; finished() follows with a Cancelled error.
    void abort();

Q_SIGNALS:
    // Streaming requests: one complete line of the body (a watch event).
    void lineReceived(const QByteArray &line);
    void finished(const Slipway::KubeResponse &response);

private:
    friend class KubeClient;
    KubeCall(KubeClient *client, const KubeRequest &request);
    static constexpr qint64 ReadBufferBytes = 1024 * 1024; // Qt's buffer for a reply
    void attempt();
    void sendWithCredentials();
    void onReplyFinished();
    void onReadyRead();
    void onMetaDataChanged();
    // Stops the attempt because the answer cannot be accepted; `problem` becomes the error message.
    void refuse(const QString &problem);
    int remainingBudgetMs() const; // -1: no total budget
    void finish(const KubeResponse &response);
    bool retry(const ClusterError &error, int retryAfterSeconds);

    KubeClient *m_client;
    KubeRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timer;
    QList<QSslError> m_sslErrors;
    QByteArray m_lineBuffer;
    QByteArray m_body; // of a non-streaming answer, read as it arrives
    QString m_refusal; // why the answer was refused (too big); empty otherwise
    QElapsedTimer m_started;
    int m_attempts = 0;
    int m_backoffMs = 0;
    bool m_timedOut = false;
    bool m_retriedAfter401 = false;
    bool m_finished = false;
    bool m_waitingForCredential = false;
};

// The HTTPS client for one kubeconfig selection on QtNetwork: TLS (CA, client certificates,
// tls-server-name, insecure-skip-tls-verify), credentials (token, token file, basic auth, exec
// plugin), timeouts and retries with exponential backoff. Everything is asynchronous.
class KubeClient : public QObject
{
    Q_OBJECT
public:
    explicit KubeClient(const KubeconfigSelection &selection, const KubeClientOptions &options = {},
                        QObject *parent = nullptr);
    ~KubeClient() override;

    const KubeClientOptions &options() const { return m_options; }
    QString contextName() const { return m_selection.contextName; }
    QString userName() const { return m_selection.userName; }
    // "https://host:port", for messages.
    QString serverAddress() const;
    QString authDescription() const { return m_selection.authDescription(); }
    ExecCredentialPlugin *execPlugin() const { return m_exec; }

    KubeCall *send(const KubeRequest &request);

    // ---- requests with their descriptions filled in ----
    KubeCall *getVersion();
    KubeCall *getNode(const QString &name);
    KubeCall *getPod(const QString &namespaceName, const QString &name);
    // GET apps/v1 or batch/v1 <kind> <ns>/<name>.
    KubeCall *getWorkload(WorkloadKind kind, const QString &namespaceName, const QString &name);
    // GET /api/v1 (discovery), for kubectl's CheckEvictionSupport (FACTS §5.2).
    KubeCall *getCoreV1Discovery();
    // PATCH with a strategic merge patch: {"spec":{"unschedulable":true}} or null (FACTS §5.5).
    KubeCall *patchNodeUnschedulable(const QString &name, bool unschedulable);
    // One strategic merge PATCH of spec.unschedulable and annotations (removed ones as null).
    KubeCall *patchNode(const QString &name, const NodePatch &patch, const ClusterWriteOptions &options);
    // POST policy/v1 (or v1beta1) Eviction (FACTS §5.3); gracePeriodSeconds only when >= 0.
    KubeCall *evictPod(const QString &namespaceName, const QString &name, const ClusterWriteOptions &options);
    KubeCall *deletePod(const QString &namespaceName, const QString &name,
                        const ClusterWriteOptions &options);

    // The values that must never appear in output; messages built here are already redacted.
    QStringList secrets() const;

Q_SIGNALS:
    // A request went out (method and path only, for the log pane).
    void requestSent(const QString &method, const QString &path);

private:
    friend class KubeCall;
    QNetworkReply *startReply(KubeCall *call);
    // Address, verb, resource, object and user of a call's error.
    ClusterError baseError(const KubeCall *call) const;
    ClusterError errorFor(const KubeCall *call, QNetworkReply *reply, int status, const QByteArray &body,
                          const QJsonObject &json) const;

    KubeconfigSelection m_selection;
    KubeClientOptions m_options;
    QNetworkAccessManager *m_manager;
    TokenFileSource m_tokenFile;
    ExecCredentialPlugin *m_exec = nullptr;
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::KubeResponse)
