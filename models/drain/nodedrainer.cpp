// NodeDrainer's flow: cordon, list, filter, then evict or delete (nodedrainerevict.cpp), as
// kubectl drain's RunDrain and deleteOrEvictPodsSimple (FACTS §5.2).
#include "models/drain/nodedrainer.h"

#include "models/drain/nodecordoner.h"
#include "models/drain/nodedrainer_p.h"
#include "models/run/runclock.h"

#include <QSet>

namespace Slipway {

NodeDrainer::Private::Private(NodeDrainer *q, ClusterApi *api, RunClock *clock)
    : q(q)
    , api(api)
    , clock(clock)
{}

NodeDrainer::NodeDrainer(ClusterApi *api, RunClock *clock, QObject *parent)
    : QObject(parent)
    , d(new Private(this, api, clock))
{
    qRegisterMetaType<DrainOutcome>();
    d->cordoner = new NodeCordoner(api, clock, this);
    connect(d->cordoner, &NodeCordoner::event, this, &NodeDrainer::event);
    connect(d->cordoner, &NodeCordoner::output, this, &NodeDrainer::output);
    connect(d->cordoner, &NodeCordoner::finished, this, [this](const CordonOutcome &cordoned) {
        if (!d->running || d->cancelled)
            return;
        if (!cordoned.ok()) {
            // kubectl stops before any pod is touched; its error is the cordon's.
            d->outcome.error = cordoned.errorLine;
            d->outcome.errorLines = {cordoned.errorLine};
            d->finish();
            return;
        }
        d->listAndFilter(
            [this](const DrainPodList &list, const ClusterError &error) { d->onFiltered(list, error); });
    });
}

NodeDrainer::~NodeDrainer()
{
    delete d;
}

void NodeDrainer::start(const QString &node, const DrainOptions &options)
{
    if (d->running)
        return;
    ++d->generation;
    d->node = node;
    d->options = options;
    d->outcome = DrainOutcome();
    d->outcome.node = node;
    d->pods.clear();
    d->order.clear();
    d->errors.clear();
    d->deadline.reset();
    d->cancelled = false;
    d->usingEviction = true;
    d->running = true;
    d->start();
}

void NodeDrainer::cancel()
{
    if (!d->running)
        return;
    d->cancelled = true;
    d->outcome.cancelled = true;
    for (const QString &key : std::as_const(d->order)) { // the list's order, as kubectl reports
        Private::PodState &state = d->pods[key];
        if (state.done)
            continue;
        d->clock->cancel(state.timer);
        if (state.blocked) {
            d->emitEvent(RunEvent::Type::WaitEnded, key, {},
                         {{QStringLiteral("reason"), QStringLiteral("disruption-budget")},
                          {QStringLiteral("outcome"), QStringLiteral("aborted")}});
        }
        d->outcome.pendingPods << key;
    }
    d->finish();
}

bool NodeDrainer::isRunning() const
{
    return d->running;
}

void NodeDrainer::Private::start()
{
    if (options.alreadyCordoned) {
        listAndFilter(
            [this](const DrainPodList &list, const ClusterError &error) { onFiltered(list, error); });
        return;
    }
    CordonOptions cordon;
    cordon.reason = options.cordonReason;
    cordon.by = options.by;
    cordon.dryRun = options.dryRun;
    cordoner->cordon(node, cordon);
}

void NodeDrainer::Private::listAndFilter(
    const std::function<void(const DrainPodList &, const ClusterError &)> &done)
{
    // GET the node's pods, then the DaemonSets that control live DaemonSet pods (the DaemonSet
    // filter's lookup), then the filter chain (FACTS §5.2 steps 2–3).
    whenReady(api->listPodsOnNode(node, options.podSelector), [this, done](const PodListResult &listed) {
        if (!listed.ok()) {
            done({}, listed.error);
            return;
        }
        auto lookups = std::make_shared<QHash<QString, DaemonSetLookup>>();
        QSet<QString> wanted;
        for (const Pod &pod : listed.pods) {
            if (needsDaemonSetLookup(pod))
                wanted.insert(pod.namespaceName + QLatin1Char('/') + pod.controllerRef()->name);
        }
        auto filter = [this, done, lookups, pods = listed.pods] {
            DrainPodList list;
            const QDateTime now = clock->now();
            for (const Pod &pod : pods) {
                const DaemonSetLookup lookup =
                    needsDaemonSetLookup(pod)
                        ? lookups->value(pod.namespaceName + QLatin1Char('/') + pod.controllerRef()->name)
                        : DaemonSetLookup();
                list.items << DrainPodDecision{pod, filterPodForDrain(pod, options, now, lookup)};
            }
            done(list, {});
        };
        if (wanted.isEmpty()) {
            filter();
            return;
        }
        auto remaining = std::make_shared<int>(int(wanted.size()));
        for (const QString &key : std::as_const(wanted)) {
            whenReady(api->getWorkload(WorkloadKind::DaemonSet, podNamespace(key), podName(key)),
                      [lookups, remaining, filter, key](const WorkloadResult &result) {
                          DaemonSetLookup lookup;
                          if (result.ok())
                              lookup.result = DaemonSetLookup::Result::Exists;
                          else {
                              lookup.result = result.error.kind == ClusterError::Kind::NotFound
                                                  ? DaemonSetLookup::Result::NotFound
                                                  : DaemonSetLookup::Result::Failed;
                              lookup.errorText = errorText(result.error);
                          }
                          lookups->insert(key, lookup);
                          if (--*remaining == 0)
                              filter();
                      });
        }
    });
}

void NodeDrainer::Private::onFiltered(const DrainPodList &list, const ClusterError &error)
{
    if (!error.ok()) {
        failNode(errorText(error), {errorText(error)});
        return;
    }
    const QStringList errors = list.errors();
    if (!errors.isEmpty()) {
        // Any error: nothing on this node is evicted (FACTS §5.2 step 4).
        failNode(aggregateErrors(errors), errors);
        return;
    }
    const QString warnings = list.warnings();
    if (!warnings.isEmpty()) {
        outcome.warnings = warnings.split(QStringLiteral("; "));
        out(QStringLiteral("Warning: ") + warnings, true);
    }
    const QList<Pod> toDelete = list.podsToDelete();
    if (options.dryRun == DrainOptions::DryRun::Client) {
        for (const Pod &pod : toDelete)
            out(QStringLiteral("evicting pod %1 (dry run)").arg(pod.key()));
        finishOk();
        return;
    }
    if (toDelete.isEmpty()) {
        finishOk();
        return;
    }
    startDeletion(toDelete);
}

void NodeDrainer::Private::startDeletion(const QList<Pod> &toDelete)
{
    for (const Pod &pod : toDelete) {
        PodState state;
        state.pod = pod;
        state.fresh = pod;
        pods.insert_or_assign(pod.key(), state);
        order << pod.key();
    }
    // One global deadline for the evict/delete-and-wait phase (FACTS §5.1 --timeout).
    if (options.timeoutSeconds > 0)
        deadline = clock->now().addSecs(options.timeoutSeconds);
    if (options.disableEviction) {
        usingEviction = false;
        deleteSequentially(0);
        return;
    }
    whenReady(api->evictionSupport(), [this](const EvictionSupportResult &support) {
        if (!support.ok()) {
            reportPendingAndFail(errorText(support.error), {NodeCordoner::serverErrorLine(support.error)});
            return;
        }
        if (support.support == EvictionSupport::None) {
            usingEviction = false;
            deleteSequentially(0);
            return;
        }
        evictionVersion =
            support.support == EvictionSupport::PolicyV1 ? QStringLiteral("v1") : QStringLiteral("v1beta1");
        // kubectl evicts all pods at once, one goroutine each (FACTS §5.3).
        for (const QString &key : std::as_const(order))
            evict(key);
    });
}

void NodeDrainer::Private::failNode(const QString &error, const QStringList &errorLines)
{
    outcome.error = error;
    outcome.errorLines = errorLines;
    out(QStringLiteral("error: unable to drain node \"%1\" due to error: %2, continuing command...")
            .arg(node, error),
        true);
    finish();
}

void NodeDrainer::Private::finishOk()
{
    outcome.ok = true;
    out(QStringLiteral("node/%1 drained").arg(node) + NodeCordoner::dryRunSuffix(options.dryRun));
    finish();
}

void NodeDrainer::Private::finishWithPodErrors()
{
    // The eviction path returns an aggregate (kubectl prints each error on its own line); the
    // delete path's wait returns one plain error ("error: context deadline exceeded").
    const QString aggregate = aggregateErrors(errors);
    reportPendingAndFail(aggregate,
                         usingEviction ? errors : QStringList{QStringLiteral("error: ") + aggregate});
}

void NodeDrainer::Private::reportPendingAndFail(const QString &aggregate, const QStringList &errorLines)
{
    // kubectl lists the node again and names the pods that are still to go.
    listAndFilter([this, aggregate, errorLines](const DrainPodList &list, const ClusterError &error) {
        const QList<Pod> pending = list.podsToDelete();
        if (!pending.isEmpty()) {
            out(QStringLiteral("There are pending pods in node \"%1\" when an error occurred: %2")
                    .arg(node, aggregate),
                true);
            for (const Pod &pod : pending) {
                out(QStringLiteral("pod/") + pod.name, true);
                outcome.pendingPods << pod.key();
            }
        }
        QStringList listErrors = list.errors();
        if (!error.ok())
            listErrors << errorText(error);
        if (!listErrors.isEmpty()) {
            out(QStringLiteral("Following errors occurred while getting the list of pods to delete:\n") +
                    aggregateErrors(listErrors),
                true);
        }
        failNode(aggregate, errorLines);
    });
}

void NodeDrainer::Private::finish()
{
    running = false;
    for (auto &[key, state] : pods)
        clock->cancel(state.timer);
    Q_EMIT q->finished(outcome);
}

void NodeDrainer::Private::emitEvent(RunEvent::Type type, const QString &pod, const QString &message,
                                     const QJsonObject &data)
{
    RunEvent e;
    e.time = clock->now();
    e.type = type;
    e.node = node;
    e.pod = pod;
    e.message = message;
    e.data = data;
    Q_EMIT q->event(e);
}

QString NodeDrainer::Private::errorText(const ClusterError &error)
{
    // What kubectl's err.Error() says: the Status message for a server's answer.
    return error.message.isEmpty() ? error.describe() : error.message;
}

} // namespace Slipway
