// NodeDrainer on a struggling API server (docs/runner.md "Faults"): an eviction or DELETE whose
// answer was lost (dropped connection, timeout) may or may not have been carried out, so it is
// never simply sent again: the pod is read first — gone, replaced or terminating means it went
// through; untouched means it did not, and only then is the request sent again. A 5xx that is
// not the API's own answer (several budgets over one pod, FACTS §5.3) is retried like a 429.
#include "models/drain/nodedrainer_p.h"
#include "models/run/runclock.h"

namespace Slipway {

namespace {

// Transient server errors are retried this many times per pod before the pod fails.
constexpr int kMaxServerErrorRetries = 10;

} // namespace

bool NodeDrainer::Private::isLostAnswer(const ClusterError &error)
{
    return error.kind == ClusterError::Kind::Unreachable || error.kind == ClusterError::Kind::Timeout;
}

bool NodeDrainer::Private::isTransientServerError(const ClusterError &error)
{
    // 500 for a pod under several budgets is the eviction API's real answer (FACTS §5.3).
    return error.kind == ClusterError::Kind::ServerError && error.httpStatus >= 500 &&
           error.httpStatus != 501 &&
           !error.message.contains(QLatin1String("more than one PodDisruptionBudget"));
}

// Handles an eviction answer that is a lost connection or a passing server error; false when the
// error is something else (the caller fails the pod as kubectl does).
bool NodeDrainer::Private::onEvictionFault(const QString &key, const ClusterError &error)
{
    PodState &state = pods[key];
    if (isLostAnswer(error)) {
        checkLostEviction(key, error);
        return true;
    }
    if (error.kind == ClusterError::Kind::Conflict && options.uidPreconditions) {
        // The uid precondition failed: the name belongs to a replacement, ours is gone.
        emitEvent(RunEvent::Type::EvictionAttempt, key, error.message,
                  {{QStringLiteral("attempt"), state.attempts},
                   {QStringLiteral("outcome"), QStringLiteral("gone")},
                   {QStringLiteral("httpStatus"), error.httpStatus},
                   {QStringLiteral("policyVersion"), evictionVersion}});
        pollPod(key);
        return true;
    }
    if (!isTransientServerError(error) || ++state.serverErrors > kMaxServerErrorRetries)
        return false;
    emitEvent(RunEvent::Type::EvictionAttempt, key, error.message,
              {{QStringLiteral("attempt"), state.attempts},
               {QStringLiteral("outcome"), QStringLiteral("error")},
               {QStringLiteral("httpStatus"), error.httpStatus},
               {QStringLiteral("policyVersion"), evictionVersion}});
    out(QStringLiteral("error when evicting pods/\"%1\" -n \"%2\" (will retry after 5s): %3")
            .arg(podName(key), podNamespace(key), errorText(error)),
        true);
    retryLater(key);
    return true;
}

// The eviction's answer was lost: read the pod and record what really happened.
void NodeDrainer::Private::checkLostEviction(const QString &key, const ClusterError &lost)
{
    whenReady(api->getPod(podNamespace(key), podName(key)), [this, key, lost](const PodResult &read) {
        PodState &state = pods[key];
        if (!read.ok() && read.error.kind != ClusterError::Kind::NotFound) {
            if (pastDeadline())
                return evict(key); // reports the global timeout as kubectl does
            state.timer =
                clock->callAfter(options.evictRetryDelayMsecs, q, [this, key, lost, g = generation] {
                    if (g == generation && running)
                        checkLostEviction(key, lost);
                });
            return;
        }
        const bool gone = !read.ok() || read.pod->uid != state.pod.uid;
        const bool went = gone || read.pod->deletionTimestamp.has_value();
        emitEvent(
            RunEvent::Type::EvictionAttempt, key,
            went ? QStringLiteral("the answer was lost (%1); the pod is %2, so the eviction went through")
                       .arg(errorText(lost), gone ? QStringLiteral("gone") : QStringLiteral("terminating"))
                 : QStringLiteral("the answer was lost (%1); the pod is untouched").arg(errorText(lost)),
            {{QStringLiteral("attempt"), state.attempts},
             {QStringLiteral("outcome"), went ? QStringLiteral("accepted") : QStringLiteral("error")},
             {QStringLiteral("httpStatus"), 0},
             {QStringLiteral("verified"), true},
             {QStringLiteral("policyVersion"), evictionVersion}});
        if (!went)
            return evict(key); // it never reached the server (or was not carried out): send again
        state.accepted = true;
        if (gone)
            podGone(key, read.ok() ? read.pod->uid : QString());
        else
            pollPod(key);
    });
}

// A DELETE whose answer was lost: `done` gets success when the pod is gone, replaced or
// terminating, else the DELETE is sent again.
void NodeDrainer::Private::checkLostDelete(const QString &key, const QString &why,
                                           std::function<void(const ClusterOperationResult &)> done,
                                           const ClusterOperationResult &lost)
{
    whenReady(api->getPod(podNamespace(key), podName(key)), [this, key, why, done = std::move(done),
                                                             lost](const PodResult &read) {
        PodState &state = pods[key];
        if (!read.ok() && read.error.kind != ClusterError::Kind::NotFound) {
            if (pastDeadline())
                return done(lost);
            state.timer = clock->callAfter(options.evictRetryDelayMsecs, q,
                                           [this, key, why, done, lost, g = generation] {
                                               if (g == generation && running)
                                                   checkLostDelete(key, why, done, lost);
                                           });
            return;
        }
        const bool went =
            !read.ok() || read.pod->uid != state.pod.uid || read.pod->deletionTimestamp.has_value();
        if (!went)
            return deleteOne(key, why, done);
        ClusterOperationResult ok = lost;
        ok.error = {};
        ok.alreadyDone = !read.ok();
        state.deleted = true;
        emitEvent(RunEvent::Type::PodDeleted, key,
                  QStringLiteral(
                      "the answer was lost (%1); the pod is gone or terminating, so the delete went through")
                      .arg(errorText(lost.error)),
                  {{QStringLiteral("why"), why}, {QStringLiteral("verified"), true}});
        done(ok);
    });
}

} // namespace Slipway
