// NodeDrainer's eviction loop, delete path and wait for deletion (FACTS §5.3, §5.4): kubectl's
// evictPods, deletePods and waitForDelete, with their output lines, plus run events, diagnosis
// and the escape hatches.
#include "models/drain/nodecordoner.h"
#include "models/drain/nodedrainer_p.h"
#include "models/run/runclock.h"

#include <QJsonArray>

namespace Slipway {

namespace {

QString secondsText(qint64 seconds)
{
    // Go's time.Duration String() for whole seconds: "45s", "2m0s", "1h0m0s".
    if (seconds < 60)
        return QString::number(seconds) + QLatin1Char('s');
    if (seconds < 3600)
        return QStringLiteral("%1m%2s").arg(seconds / 60).arg(seconds % 60);
    return QStringLiteral("%1h%2m%3s").arg(seconds / 3600).arg((seconds % 3600) / 60).arg(seconds % 60);
}

} // namespace

bool NodeDrainer::Private::pastDeadline() const
{
    return deadline && clock->now() >= *deadline;
}

QString NodeDrainer::Private::timeoutText() const
{
    return secondsText(options.timeoutSeconds);
}

ClusterWriteOptions NodeDrainer::Private::writeOptions() const
{
    ClusterWriteOptions write;
    if (options.gracePeriodSeconds >= 0)
        write.gracePeriodSeconds = options.gracePeriodSeconds;
    write.dryRun = options.dryRun == DrainOptions::DryRun::Server;
    write.evictionVersion = evictionVersion;
    return write;
}

void NodeDrainer::Private::evict(const QString &key)
{
    PodState &state = pods[key];
    state.timer = 0;
    if (options.disableEviction && !state.accepted && !state.deleted) {
        // Eviction was disabled for this node while the pod waited (NodeDrainer::disableEvictionNow).
        deleteAndWait(key, QStringLiteral("disable-eviction"));
        return;
    }
    const bool serverDryRun = options.dryRun == DrainOptions::DryRun::Server;
    out(QStringLiteral("evicting pod ") + key +
        (serverDryRun ? QStringLiteral(" (server dry run)") : QString()));
    // kubectl checks the global deadline after announcing the attempt.
    if (pastDeadline()) {
        outcome.timedOut = true;
        podFailed(key, QStringLiteral("error when evicting pods/\"%1\" -n \"%2\": global timeout reached: %3")
                           .arg(podName(key), podNamespace(key), timeoutText()));
        return;
    }
    if (state.attempts == 0) {
        sendEviction(key);
        return;
    }
    // Retries use the pod as it is now (kubectl 1.35, FACTS §5.3); a failed read keeps the old one.
    whenReady(api->getPod(podNamespace(key), podName(key)), [this, key](const PodResult &result) {
        if (result.ok() && result.pod->uid == pods[key].pod.uid)
            pods[key].fresh = *result.pod;
        sendEviction(key);
    });
}

void NodeDrainer::Private::sendEviction(const QString &key)
{
    PodState &state = pods[key];
    ++state.attempts;
    ClusterWriteOptions write = writeOptions();
    if (options.uidPreconditions)
        write.preconditionUid = state.pod.uid;
    if (!write.dryRun) {
        QJsonObject data{{QStringLiteral("action"), QStringLiteral("evict")}};
        if (write.gracePeriodSeconds)
            data.insert(QStringLiteral("gracePeriodSeconds"), double(*write.gracePeriodSeconds));
        emitEvent(RunEvent::Type::Intent, key, {}, data);
    }
    whenReady(api->evictPod(podNamespace(key), podName(key), write),
              [this, key](const ClusterOperationResult &result) { onEvictionAnswer(key, result); });
}

void NodeDrainer::Private::onEvictionAnswer(const QString &key, const ClusterOperationResult &result)
{
    PodState &state = pods[key];
    const ClusterError &error = result.error;
    auto attemptEvent = [&](const char *outcomeName, const QJsonObject &extra = {}) {
        QJsonObject data{
            {QStringLiteral("attempt"), state.attempts},
            {QStringLiteral("outcome"), QLatin1String(outcomeName)},
            {QStringLiteral("httpStatus"), error.ok() ? (result.alreadyDone ? 404 : 201) : error.httpStatus},
            {QStringLiteral("policyVersion"), evictionVersion}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            data.insert(it.key(), it.value());
        emitEvent(RunEvent::Type::EvictionAttempt, key, error.message, data);
    };
    if (error.ok()) {
        attemptEvent(result.alreadyDone ? "gone" : "accepted");
        state.accepted = true;
        if (result.alreadyDone || options.dryRun == DrainOptions::DryRun::Server) {
            podEnded(key); // 404: nothing left to wait for; a dry run deletes nothing
            return;
        }
        pollPod(key);
        return;
    }
    if (error.kind == ClusterError::Kind::TooManyRequests) {
        onBlocked(key, error);
        return;
    }
    const bool namespaceTerminating = error.kind == ClusterError::Kind::Forbidden &&
                                      error.causes.contains(QLatin1String("NamespaceTerminating"));
    if (namespaceTerminating) {
        attemptEvent("namespace-terminating");
        if (state.fresh.deletionTimestamp) {
            pollPod(key); // it is going anyway; an eviction can never succeed now
            return;
        }
        out(QStringLiteral(
                "error when evicting pod \"%1\" from terminating namespace \"%2\" (will retry after 5s): %3")
                .arg(podName(key), podNamespace(key), errorText(error)),
            true);
        retryLater(key);
        return;
    }
    if (onEvictionFault(key, error))
        return;
    attemptEvent("error");
    podFailed(key, QStringLiteral("error when evicting pods/\"%1\" -n \"%2\": %3")
                       .arg(podName(key), podNamespace(key), errorText(error)));
}

void NodeDrainer::Private::onBlocked(const QString &key, const ClusterError &error)
{
    out(QStringLiteral("error when evicting pods/\"%1\" -n \"%2\" (will retry after 5s): %3")
            .arg(podName(key), podNamespace(key), errorText(error)),
        true);
    // Which budget said no, with its numbers, for the event, the diagnosis and --override-pdb.
    whenReady(api->listPodDisruptionBudgets(podNamespace(key)),
              [this, key, error](const PdbListResult &listed) {
                  PodState &state = pods[key];
                  QList<PodDisruptionBudget> matching;
                  for (const PodDisruptionBudget &pdb : listed.pdbs) {
                      if (!pdb.selector.isEmpty() && selectorMatches(pdb.selector, state.fresh.labels))
                          matching << pdb;
                  }
                  QJsonObject data{{QStringLiteral("attempt"), state.attempts},
                                   {QStringLiteral("outcome"), QStringLiteral("blocked")},
                                   {QStringLiteral("httpStatus"), error.httpStatus},
                                   {QStringLiteral("policyVersion"), evictionVersion}};
                  const std::optional<PodDisruptionBudget> pdb =
                      matching.isEmpty() ? std::nullopt : std::optional(matching.constFirst());
                  if (pdb)
                      data.insert(QStringLiteral("pdb"), pdb->key());
                  emitEvent(RunEvent::Type::EvictionAttempt, key, error.message, data);
                  if (options.disableEviction) {
                      // Eviction was disabled for this node while this request was on its way.
                      deleteAndWait(key, QStringLiteral("disable-eviction"));
                      return;
                  }
                  if (pdb && options.overridePdbs.contains(pdb->key())) {
                      // --override-pdb: this budget's pods are deleted instead (an explicit override).
                      emitEvent(RunEvent::Type::Override, key,
                                QStringLiteral("delete instead of evict: PDB %1").arg(pdb->key()),
                                {{QStringLiteral("kind"), QStringLiteral("override-pdb")},
                                 {QStringLiteral("by"), options.by},
                                 {QStringLiteral("target"), pdb->key()}});
                      deleteAndWait(key, QStringLiteral("override-pdb"));
                      return;
                  }
                  diagnoseBlocked(key, pdb);
                  retryLater(key);
              });
}

void NodeDrainer::Private::diagnoseBlocked(const QString &key, const std::optional<PodDisruptionBudget> &pdb)
{
    PodState &state = pods[key];
    QString sentence;
    bool stuck = false;
    QJsonObject data{{QStringLiteral("reason"), QStringLiteral("disruption-budget")}};
    if (pdb) {
        // A budget that stays at 0 disruptions even with every expected pod healthy will never
        // let this pod go (e.g. minAvailable 1 over one replica); otherwise pods are coming up.
        stuck = pdb->disruptionsAllowed <= 0 && pdb->expectedPods <= pdb->desiredHealthy;
        sentence = stuck ? QStringLiteral(
                               "retrying on PDB %1: needs %2 healthy, has %3; it allows no disruption even "
                               "with all %4 expected pods healthy")
                               .arg(pdb->key())
                               .arg(pdb->desiredHealthy)
                               .arg(pdb->currentHealthy)
                               .arg(pdb->expectedPods)
                         : QStringLiteral("retrying on PDB %1: needs %2 healthy, has %3")
                               .arg(pdb->key())
                               .arg(pdb->desiredHealthy)
                               .arg(pdb->currentHealthy);
        data.insert(QStringLiteral("pdb"), pdb->key());
        data.insert(QStringLiteral("needs"), pdb->desiredHealthy);
        data.insert(QStringLiteral("has"), pdb->currentHealthy);
    } else {
        sentence = QStringLiteral("retrying: the eviction was refused (429) by the API server");
    }
    if (!state.blocked) {
        state.blocked = true;
        emitEvent(RunEvent::Type::WaitStarted, key, sentence, data);
    }
    Q_EMIT q->diagnosis(key, sentence, stuck);
}

void NodeDrainer::Private::retryLater(const QString &key)
{
    pods[key].timer = clock->callAfter(options.evictRetryDelayMsecs, q, [this, key, g = generation] {
        if (g == generation && running)
            evict(key);
    });
}

void NodeDrainer::Private::deleteSequentially(int index)
{
    // kubectl deletes one pod after another; any error but NotFound ends the drain (FACTS §5.4).
    if (index >= order.size()) {
        if (options.dryRun == DrainOptions::DryRun::Server) {
            for (const QString &key : std::as_const(order))
                podEnded(key);
            return;
        }
        for (const QString &key : std::as_const(order))
            pollPod(key);
        return;
    }
    const QString key = order.at(index);
    const QString why =
        options.disableEviction ? QStringLiteral("disable-eviction") : QStringLiteral("no-eviction-api");
    deleteOne(key, why, [this, index](const ClusterOperationResult &result) {
        if (!result.ok()) {
            reportPendingAndFail(errorText(result.error), {NodeCordoner::serverErrorLine(result.error)});
            return;
        }
        deleteSequentially(index + 1);
    });
}

void NodeDrainer::Private::deleteOne(const QString &key, const QString &why,
                                     const std::function<void(const ClusterOperationResult &)> &done)
{
    ClusterWriteOptions write = writeOptions();
    if (options.uidPreconditions)
        write.preconditionUid = pods[key].pod.uid;
    QJsonObject data;
    if (write.gracePeriodSeconds)
        data.insert(QStringLiteral("gracePeriodSeconds"), double(*write.gracePeriodSeconds));
    if (!write.dryRun) {
        QJsonObject intent = data;
        intent.insert(QStringLiteral("action"), QStringLiteral("delete"));
        emitEvent(RunEvent::Type::Intent, key, {}, intent);
    }
    whenReady(
        api->deletePod(podNamespace(key), podName(key), write),
        [this, key, why, data, done, dryRun = write.dryRun](const ClusterOperationResult &result) mutable {
            if (!dryRun && isLostAnswer(result.error))
                return checkLostDelete(key, why, done, result);
            if (result.error.kind == ClusterError::Kind::Conflict && options.uidPreconditions) {
                ClusterOperationResult gone = result; // the uid precondition: a replacement has the name
                gone.error = {};
                gone.alreadyDone = true;
                return done(gone);
            }
            if (result.ok() && !dryRun) {
                pods[key].deleted = true;
                data.insert(QStringLiteral("why"), why);
                emitEvent(RunEvent::Type::PodDeleted, key, {}, data);
            }
            done(result);
        });
}

void NodeDrainer::Private::deleteAndWait(const QString &key, const QString &why)
{
    // A pod whose eviction was shown as blocked no longer waits for the user once it is being
    // deleted: say so now, not only when the DELETE and the next read have been answered (until
    // then the run page and the console would still offer the escape hatches for it).
    if (pods[key].blocked)
        Q_EMIT q->diagnosis(key, QStringLiteral("deleting instead of evicting (%1)").arg(why), false);
    deleteOne(key, why, [this, key](const ClusterOperationResult &deleted) {
        if (!deleted.ok())
            podFailed(key, QStringLiteral("error when deleting pods/\"%1\" -n \"%2\": %3")
                               .arg(podName(key), podNamespace(key), errorText(deleted.error)));
        else
            pollPod(key);
    });
}

void NodeDrainer::Private::pollPod(const QString &key)
{
    pollPod(key, pods[key]);
}

void NodeDrainer::Private::pollPod(const QString &key, PodState &state)
{
    state.timer = 0;
    // readPod(), not whenReady(getPod()): the same answer at the same turn, without two futures
    // per read (once a second for every evicted pod). `state` stays where it is until the next
    // start() (std::unordered_map), which bumps the generation: a stale answer never touches it.
    api->readPod(state.pod.namespaceName, state.pod.name, q,
                 [this, key, state = &state, expected = generation](const PodResult &result) {
                     if (expected == generation && running)
                         onPodRead(key, *state, result);
                 });
}

void NodeDrainer::Private::onPodRead(const QString &key, PodState &state, const PodResult &result)
{
    if (state.done)
        return;
    // Gone: NotFound, or the name now belongs to a new pod (a StatefulSet's) (FACTS §5.4).
    if (result.error.kind == ClusterError::Kind::NotFound) {
        podGone(key, {});
        return;
    }
    if (!result.ok() && (isLostAnswer(result.error) || isTransientServerError(result.error)) &&
        !pastDeadline()) {
        // A passing fault while waiting: look again (the deadline still applies).
        state.timer = clock->callAfter(options.deletePollMsecs, q, [this, key, g = generation] {
            if (g == generation && running)
                pollPod(key);
        });
        return;
    }
    if (!result.ok()) {
        podFailed(key, usingEviction
                           ? QStringLiteral(
                                 "error when waiting for pod \"%1\" in namespace \"%2\" to terminate: %3")
                                 .arg(podName(key), podNamespace(key), errorText(result.error))
                           : errorText(result.error));
        return;
    }
    if (result.pod->uid != state.pod.uid) {
        podGone(key, result.pod->uid);
        return;
    }
    state.fresh = *result.pod;
    const QDateTime now = clock->now();
    const auto deletion = state.fresh.deletionTimestamp;
    if (options.skipWaitForDeleteTimeoutSeconds > 0 && deletion &&
        deletion->secsTo(now) > options.skipWaitForDeleteTimeoutSeconds) {
        out(QStringLiteral("pod \"%1\" has DeletionTimestamp older than %2 seconds, skipping")
                .arg(podName(key))
                .arg(options.skipWaitForDeleteTimeoutSeconds));
        outcome.skipped << key;
        podEnded(key);
        return;
    }
    if (pastDeadline()) {
        outcome.timedOut = true;
        podFailed(key, usingEviction
                           ? QStringLiteral("error when waiting for pod \"%1\" in namespace \"%2\" to "
                                            "terminate: global timeout reached: %3")
                                 .arg(podName(key), podNamespace(key), timeoutText())
                           : QStringLiteral("context deadline exceeded"));
        return;
    }
    diagnoseTerminating(key, state);
    state.timer = clock->callAfter(options.deletePollMsecs, q, [this, key, state = &state, g = generation] {
        if (g == generation && running)
            pollPod(key, *state);
    });
}

void NodeDrainer::Private::diagnoseTerminating(const QString &key, PodState &state)
{
    const Pod &pod = state.fresh;
    if (!pod.deletionTimestamp) {
        Q_EMIT q->diagnosis(key, QStringLiteral("waiting for the API server to mark the pod for deletion"),
                            false);
        return;
    }
    const qint64 grace = pod.deletionGracePeriodSeconds.value_or(pod.terminationGracePeriodSeconds);
    const QDateTime now = clock->now();
    if (!state.terminatingSeen)
        state.terminatingSeen = now;
    const qint64 elapsed = state.terminatingSeen->secsTo(now);
    if (elapsed <= grace) {
        // Every second for every evicted pod: one allocation, no format string to parse.
        Q_EMIT q->diagnosis(key,
                            QStringLiteral("terminating, ") + QString::number(elapsed) +
                                QStringLiteral(" s of a ") + QString::number(grace) +
                                QStringLiteral(" s grace"),
                            false);
        return;
    }
    // Past its grace the kubelet should have killed it: a node that is down, or a finalizer.
    Q_EMIT q->diagnosis(
        key,
        QStringLiteral("terminating for %1 s, past its %2 s grace: the node's kubelet may be down or "
                       "a finalizer holds it")
            .arg(elapsed)
            .arg(grace),
        elapsed > 2 * grace + 30);
}

void NodeDrainer::Private::podGone(const QString &key, const QString &replacedBy)
{
    PodState &state = pods[key];
    QJsonObject data{{QStringLiteral("uid"), state.pod.uid}};
    if (!replacedBy.isEmpty())
        data.insert(QStringLiteral("replacedBy"), replacedBy);
    emitEvent(RunEvent::Type::PodGone, key, {}, data);
    const bool deleted = state.deleted;
    out(QStringLiteral("pod/") + podName(key) +
        (deleted ? QStringLiteral(" deleted") : QStringLiteral(" evicted")));
    (deleted ? outcome.deleted : outcome.evicted) << key;
    podEnded(key);
}

void NodeDrainer::Private::podFailed(const QString &key, const QString &error)
{
    pods[key].error = error;
    errors << error;
    emitEvent(RunEvent::Type::Log, key, error, {{QStringLiteral("level"), QStringLiteral("error")}});
    podEnded(key);
}

void NodeDrainer::Private::podEnded(const QString &key)
{
    PodState &state = pods[key];
    if (state.done)
        return;
    state.done = true;
    clock->cancel(state.timer);
    state.timer = 0;
    if (state.blocked) {
        state.blocked = false;
        const bool resolved = state.error.isEmpty();
        emitEvent(RunEvent::Type::WaitEnded, key, {},
                  {{QStringLiteral("reason"), QStringLiteral("disruption-budget")},
                   {QStringLiteral("outcome"),
                    resolved ? (state.deleted ? QStringLiteral("overridden") : QStringLiteral("resolved"))
                             : (outcome.timedOut ? QStringLiteral("timeout") : QStringLiteral("aborted"))}});
    }
    for (const auto &[otherKey, other] : std::as_const(pods)) {
        if (!other.done)
            return;
    }
    if (errors.isEmpty())
        finishOk();
    else
        finishWithPodErrors();
}

} // namespace Slipway

// Escape hatches (NodeDrainer's public API).
namespace Slipway {

void NodeDrainer::deletePodNow(const QString &podKey, const QString &by)
{
    if (!d->running || !d->pods.contains(podKey) || d->pods[podKey].done || d->pods[podKey].deleted)
        return;
    Private::PodState &state = d->pods[podKey];
    d->clock->cancel(state.timer);
    state.timer = 0;
    d->emitEvent(RunEvent::Type::Override, podKey, QStringLiteral("delete this pod now"),
                 {{QStringLiteral("kind"), QStringLiteral("delete-pod")}, {QStringLiteral("by"), by}});
    d->deleteAndWait(podKey, QStringLiteral("user"));
}

void NodeDrainer::disableEvictionNow(const QString &by)
{
    if (!d->running || d->options.disableEviction)
        return;
    d->emitEvent(RunEvent::Type::Override, {},
                 QStringLiteral("disable eviction for this node: delete the pods that are left"),
                 {{QStringLiteral("kind"), QStringLiteral("disable-eviction")}, {QStringLiteral("by"), by}});
    d->options.disableEviction = true;
    // Pods waiting for their next eviction attempt are deleted now; one whose eviction request is
    // on its way is deleted when the answer says it is still blocked (evict() checks the option).
    for (const QString &key : std::as_const(d->order)) {
        Private::PodState &state = d->pods[key];
        if (state.done || state.deleted || state.accepted)
            continue;
        if (!state.timer) {
            if (state.blocked)
                Q_EMIT diagnosis(
                    key, QStringLiteral("eviction disabled: deleted once its eviction request is answered"),
                    false);
            continue;
        }
        d->clock->cancel(state.timer);
        d->evict(key);
    }
}

void NodeDrainer::extendTimeout(qint64 seconds, const QString &by)
{
    if (!d->running)
        return;
    d->emitEvent(RunEvent::Type::Override, {}, QStringLiteral("wait %1 s longer").arg(seconds),
                 {{QStringLiteral("kind"), QStringLiteral("wait-longer")},
                  {QStringLiteral("by"), by},
                  {QStringLiteral("seconds"), double(seconds)}});
    if (d->deadline)
        d->deadline = d->deadline->addSecs(seconds);
}

} // namespace Slipway
