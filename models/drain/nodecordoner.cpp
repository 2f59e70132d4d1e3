#include "models/drain/nodecordoner.h"

#include "models/clusterfutures.h"
#include "models/run/runclock.h"

#include <QFutureWatcher>

namespace Slipway {

namespace {

// Calls `done` with the future's result on `context`'s thread.
template<typename T, typename F>
void onResult(QFuture<T> future, QObject *context, F done)
{
    whenFinished(future, context, std::move(done));
}

// kubectl cordon: `error: unable to cordon node "x": <err>` (FACTS §5.5).
QString patchErrorLine(bool cordon, const QString &node, const ClusterError &error)
{
    return QStringLiteral("error: unable to %1 node \"%2\": %3")
        .arg(cordon ? QStringLiteral("cordon") : QStringLiteral("uncordon"), node,
             error.message.isEmpty() ? error.describe() : error.message);
}

} // namespace

NodeCordoner::NodeCordoner(ClusterApi *api, RunClock *clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
{
    qRegisterMetaType<CordonOutcome>();
}

void NodeCordoner::cordon(const QString &node, const CordonOptions &options)
{
    run(node, true, options);
}

void NodeCordoner::uncordon(const QString &node, const CordonOptions &options)
{
    run(node, false, options);
}

bool NodeCordoner::cordonedBySlipway(const Node &node)
{
    return node.annotations.contains(CordonAnnotation::by());
}

QString NodeCordoner::dryRunSuffix(DrainOptions::DryRun dryRun)
{
    switch (dryRun) {
    case DrainOptions::DryRun::None:
        break;
    case DrainOptions::DryRun::Client:
        return QStringLiteral(" (dry run)");
    case DrainOptions::DryRun::Server:
        return QStringLiteral(" (server dry run)");
    }
    return {};
}

QString NodeCordoner::serverErrorLine(const ClusterError &error)
{
    // kubectl's StandardErrorMessage for an API Status (cmdutil.CheckErr).
    if (error.httpStatus == 0)
        return QStringLiteral("error: ") + (error.message.isEmpty() ? error.describe() : error.message);
    if (error.kind == ClusterError::Kind::Unauthorized)
        return QStringLiteral("error: You must be logged in to the server (%1)").arg(error.message);
    if (!error.reason.isEmpty())
        return QStringLiteral("Error from server (%1): %2").arg(error.reason, error.message);
    return QStringLiteral("Error from server: ") + error.message;
}

void NodeCordoner::run(const QString &node, bool cordon, const CordonOptions &options)
{
    // kubectl reads the node first (its resource builder), also for a client dry run.
    onResult(m_api->getNode(node), this, [=, this](const NodeResult &result) {
        if (!result.ok()) {
            CordonOutcome outcome;
            outcome.node = node;
            outcome.error = result.error;
            outcome.errorLine = serverErrorLine(result.error);
            finish(outcome);
            return;
        }
        decide(*result.node, cordon, options);
    });
}

void NodeCordoner::decide(const Node &node, bool cordon, const CordonOptions &options)
{
    CordonOutcome outcome;
    outcome.node = node.name;
    const QString suffix = dryRunSuffix(options.dryRun);
    const QString object = QStringLiteral("node/") + node.name;
    // kubectl's UpdateIfRequired: nothing to do when spec.unschedulable already is as desired.
    if (node.unschedulable == cordon) {
        outcome.result = cordon ? QStringLiteral("already-cordoned") : QStringLiteral("already-uncordoned");
        Q_EMIT output(
            object + (cordon ? QStringLiteral(" already cordoned") : QStringLiteral(" already uncordoned")) +
                suffix,
            false);
        emitEvent(cordon ? RunEvent::Type::Cordon : RunEvent::Type::Uncordon, node.name, {},
                  {{QStringLiteral("result"), outcome.result}});
        finish(outcome);
        return;
    }
    if (!cordon && !cordonedBySlipway(node) && !options.force) {
        // Someone else cordoned this node: theirs to uncordon (docs/drain.md).
        outcome.result = QStringLiteral("left-cordoned");
        Q_EMIT output(
            tr("%1 left cordoned: it was cordoned outside Slipway (use --force to uncordon it)").arg(object),
            true);
        emitEvent(RunEvent::Type::Uncordon, node.name, {}, {{QStringLiteral("result"), outcome.result}});
        finish(outcome);
        return;
    }
    if (options.dryRun == DrainOptions::DryRun::Client) {
        outcome.result = cordon ? QStringLiteral("cordoned") : QStringLiteral("uncordoned");
        Q_EMIT output(object + QLatin1Char(' ') + outcome.result + suffix, false);
        finish(outcome);
        return;
    }
    patch(node, cordon, options);
}

void NodeCordoner::patch(const Node &node, bool cordon, const CordonOptions &options)
{
    NodePatch patch;
    patch.unschedulable = cordon;
    const QString at = m_clock->now().toUTC().toString(Qt::ISODate);
    if (cordon) {
        patch.setAnnotations.insert(CordonAnnotation::reason(), options.reason); // also when empty
        patch.setAnnotations.insert(CordonAnnotation::by(), options.by);
        patch.setAnnotations.insert(CordonAnnotation::at(), at);
    } else {
        for (const QString &key :
             {CordonAnnotation::reason(), CordonAnnotation::by(), CordonAnnotation::at()}) {
            if (node.annotations.contains(key))
                patch.removeAnnotations << key;
        }
        if (!cordonedBySlipway(node)) {
            emitEvent(RunEvent::Type::Override, node.name, tr("uncordon a node cordoned outside Slipway"),
                      {{QStringLiteral("kind"), QStringLiteral("uncordon-foreign")},
                       {QStringLiteral("by"), options.by}});
        }
    }
    const bool dryRun = options.dryRun == DrainOptions::DryRun::Server;
    if (!dryRun) {
        emitEvent(
            RunEvent::Type::Intent, node.name, {},
            {{QStringLiteral("action"), cordon ? QStringLiteral("cordon") : QStringLiteral("uncordon")}});
    }
    ClusterWriteOptions write;
    write.dryRun = dryRun;
    const QString name = node.name;
    onResult(m_api->patchNode(name, patch, write), this, [=, this](const ClusterOperationResult &result) {
        if (!result.ok()) {
            if (dryRun) { // nothing was to change: the error is the answer
                CordonOutcome outcome;
                outcome.node = name;
                outcome.error = result.error;
                outcome.errorLine = patchErrorLine(cordon, name, result.error);
                finish(outcome);
                return;
            }
            recheck(name, cordon, options, result.error);
            return;
        }
        succeed(name, cordon, options, {});
    });
}

// The PATCH failed, but the server may have carried it out before its answer was lost (a dropped
// connection, a timeout, a 5xx from a proxy): the node is read again, and what it shows decides.
// A lost answer is re-checked, never assumed either way.
void NodeCordoner::recheck(const QString &name, bool cordon, const CordonOptions &options,
                           const ClusterError &error)
{
    const QString lost = error.message.isEmpty() ? error.describe() : error.message;
    onResult(m_api->getNode(name), this, [=, this](const NodeResult &read) {
        // A cordon is Slipway's only with its annotations: the same PATCH sets both.
        const bool carriedOut = read.ok() && read.node && read.node->unschedulable == cordon &&
                                (!cordon || cordonedBySlipway(*read.node));
        if (carriedOut) {
            succeed(name, cordon, options, lost);
            return;
        }
        CordonOutcome outcome;
        outcome.node = name;
        outcome.error = error;
        outcome.errorLine = patchErrorLine(cordon, name, error);
        outcome.unknown = !read.ok() || !read.node;
        finish(outcome);
    });
}

// `lostAnswer`: the PATCH's error when a read showed the change carried out anyway.
void NodeCordoner::succeed(const QString &name, bool cordon, const CordonOptions &options,
                           const QString &lostAnswer)
{
    CordonOutcome outcome;
    outcome.node = name;
    outcome.result = cordon ? QStringLiteral("cordoned") : QStringLiteral("uncordoned");
    outcome.verified = !lostAnswer.isEmpty();
    Q_EMIT output(QStringLiteral("node/") + name + QLatin1Char(' ') + outcome.result +
                      dryRunSuffix(options.dryRun),
                  false);
    if (options.dryRun != DrainOptions::DryRun::Server) {
        QJsonObject data{{QStringLiteral("result"), outcome.result}};
        if (cordon) {
            data.insert(QStringLiteral("reason"), options.reason);
            data.insert(QStringLiteral("by"), options.by);
        }
        QString message;
        if (outcome.verified) {
            data.insert(QStringLiteral("verified"), true);
            message = tr("The answer to the %1 was lost (%2); reading the node shows it %3.")
                          .arg(cordon ? QStringLiteral("cordon") : QStringLiteral("uncordon"), lostAnswer,
                               outcome.result);
        }
        emitEvent(cordon ? RunEvent::Type::Cordon : RunEvent::Type::Uncordon, name, message, data);
    }
    finish(outcome);
}

void NodeCordoner::emitEvent(RunEvent::Type type, const QString &node, const QString &message,
                             const QJsonObject &data)
{
    RunEvent e;
    e.time = m_clock->now();
    e.type = type;
    e.node = node;
    e.message = message;
    e.data = data;
    Q_EMIT event(e);
}

void NodeCordoner::finish(const CordonOutcome &outcome)
{
    Q_EMIT finished(outcome);
}

} // namespace Slipway
