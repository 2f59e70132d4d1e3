#include "models/clusterapi.h"
#include "models/clustererrorkind.h"
#include "models/clusterfutures.h"

#include <QCoreApplication>

namespace Slipway {

namespace {

// lupdate takes the context from Q_DECLARE_TR_FUNCTIONS, so Tr::tr() strings are found at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ClusterError)
};

// " Server says: <message>" when there is one.
QString serverSays(const ClusterError &e)
{
    return e.message.isEmpty() ? QString() : QLatin1Char(' ') + Tr::tr("Server says: %1").arg(e.message);
}

QString what(const ClusterError &e)
{
    const QString object = e.objectName();
    if (object.isEmpty())
        return e.resource;
    return e.resource + QLatin1Char(' ') + QLatin1Char('"') + object + QLatin1Char('"');
}

} // namespace

ClusterApi::ClusterApi(QObject *parent)
    : QObject(parent)
{}

ClusterApi::~ClusterApi() = default;

void ClusterApi::readPod(const QString &namespaceName, const QString &name, QObject *context,
                         std::function<void(const PodResult &)> done)
{
    whenFinished(getPod(namespaceName, name), context, std::move(done));
}

ClusterCounts ClusterCounts::of(const ClusterSnapshot &s, bool withNodes)
{
    ClusterCounts out;
    for (const Node &n : s.nodes) {
        out.readyNodes += n.ready == ConditionStatus::True ? 1 : 0;
        out.schedulableNodes += n.ready == ConditionStatus::True && !n.unschedulable ? 1 : 0;
    }
    out.totalNodes = int(s.nodes.size());
    for (const Pod &p : s.pods)
        out.pendingPods += p.phase == PodPhase::Pending && !p.deletionTimestamp ? 1 : 0;
    for (const Workload &w : s.workloads) {
        if (w.kind == WorkloadKind::Deployment || w.kind == WorkloadKind::StatefulSet ||
            w.kind == WorkloadKind::DaemonSet)
            out.workloadsBelowDesired += w.readyReplicas < w.replicas ? 1 : 0;
    }
    if (withNodes)
        out.nodes = s.nodes;
    return out;
}

QString ClusterError::objectName() const
{
    if (name.isEmpty())
        return {};
    return namespaceName.isEmpty() ? name : namespaceName + QLatin1Char('/') + name;
}

ClusterError::Kind clusterErrorKindForHttpStatus(int status)
{
    switch (status) {
    case 401:
        return ClusterError::Kind::Unauthorized;
    case 403:
        return ClusterError::Kind::Forbidden;
    case 404:
        return ClusterError::Kind::NotFound;
    case 409:
        return ClusterError::Kind::Conflict;
    case 410:
        return ClusterError::Kind::Gone;
    case 429:
        return ClusterError::Kind::TooManyRequests;
    default:
        return ClusterError::Kind::ServerError;
    }
}

QString ClusterError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Config:
        return QStringLiteral("Config");
    case Kind::Credentials:
        return QStringLiteral("Credentials");
    case Kind::Unreachable:
        return QStringLiteral("Unreachable");
    case Kind::Timeout:
        return QStringLiteral("Timeout");
    case Kind::Tls:
        return QStringLiteral("Tls");
    case Kind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("Forbidden");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::Conflict:
        return QStringLiteral("Conflict");
    case Kind::Gone:
        return QStringLiteral("Gone");
    case Kind::TooManyRequests:
        return QStringLiteral("TooManyRequests");
    case Kind::ServerError:
        return QStringLiteral("ServerError");
    case Kind::MalformedResponse:
        return QStringLiteral("MalformedResponse");
    case Kind::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return {};
}

QString ClusterError::describe() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Config:
    case Kind::Credentials:
        return message;
    case Kind::Unreachable:
        return Tr::
            tr("Cannot reach the Kubernetes API server at %1: %2. Check that the cluster is running, "
               "that the server address in the kubeconfig is right and that no firewall or proxy blocks it.")
                .arg(address, message);
    case Kind::Timeout: {
        const QString text =
            Tr::tr(
                "The Kubernetes API server at %1 did not answer in time (%2 %3). The server or the network "
                "may be overloaded; try again.")
                .arg(address, verb, what(*this));
        return message.isEmpty() ? text : text + QLatin1Char(' ') + message;
    }
    case Kind::Tls:
        if (caFromKubeconfig)
            return Tr::
                tr("The TLS connection to %1 failed: %2. The certificate authority came from the kubeconfig; "
                   "check certificate-authority(-data) and tls-server-name of the cluster entry.")
                    .arg(address, tlsProblem);
        return Tr::
            tr("The TLS connection to %1 failed: %2. The kubeconfig names no certificate authority, so the "
               "system's trusted CAs were used; add certificate-authority-data to the cluster entry.")
                .arg(address, tlsProblem);
    case Kind::Unauthorized:
        return Tr::tr(
                   "The API server at %1 rejected the credentials of user \"%2\" (%3) with 401 Unauthorized. "
                   "The token or certificate may have expired or been revoked; log in again or fetch a fresh "
                   "kubeconfig.%4")
            .arg(address, user, authMethod, serverSays(*this));
    case Kind::Forbidden:
        return Tr::
            tr("User \"%1\" may not %2 %3 (403 Forbidden). Ask a cluster administrator for RBAC permission "
               "to %2 %4.%5")
                .arg(user, verb, what(*this), resource, serverSays(*this));
    case Kind::NotFound:
        return Tr::tr(
                   "%1 was not found on the cluster (404). It may have been deleted, or the cluster does not "
                   "serve this API version.%2")
            .arg(what(*this), serverSays(*this));
    case Kind::Conflict:
        return Tr::tr("%1 changed while Slipway was updating it (409 Conflict); refresh and try again.%2")
            .arg(what(*this), serverSays(*this));
    case Kind::Gone:
        return Tr::tr("The list or watch of %1 expired on the server (410 Gone); Slipway lists again.")
            .arg(resource);
    case Kind::TooManyRequests:
        return Tr::tr("The API server refused to %1 %2 for now (429 Too Many Requests).%3")
            .arg(verb, what(*this), serverSays(*this));
    case Kind::ServerError:
        return Tr::tr("The API server failed to %1 %2 (HTTP %3 %4).%5")
            .arg(verb, what(*this), QString::number(httpStatus), reason, serverSays(*this));
    case Kind::MalformedResponse:
        return Tr::tr("The API server at %1 sent an unexpected answer to %2 %3: %4")
            .arg(address, verb, what(*this), message);
    case Kind::Cancelled:
        return Tr::tr("The request to %1 %2 was cancelled.").arg(verb, what(*this));
    }
    return message;
}

} // namespace Slipway
