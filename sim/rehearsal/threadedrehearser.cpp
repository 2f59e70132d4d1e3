#include "sim/rehearsal/threadedrehearser.h"

#include "models/releasecatalog.h"
#include "models/upgradeplanner.h"
#include "sim/rehearsal/practicecopy.h"
#include "sim/rehearsal/rehearsal.h"
#include "sim/rehearsal/rehearsalreport.h"
#include "sim/engine/virtualtimedriver.h"

#include <QPointer>
#include <QThread>

namespace Slipway {

namespace {

// The run's plan: maintenance needs the nodes only. An upgrade to the request's plan (its target,
// and its hops when it has several) plays that plan as it is, patch hop and all; any other target
// is planned as `slipway rehearse` plans it (app/runoptions.cpp runPlanFor): straight to
// spec.target, one minor at a time.
UpgradePlan runPlan(const RehearsalRequest &request, const ClusterSnapshot &copy)
{
    if (request.spec.kind == RunKind::Maintenance) {
        UpgradePlan plan;
        plan.clusterName = copy.name;
        plan.nodes = copy.nodes;
        plan.clusterVersion = Version::parse(copy.serverVersion);
        return plan;
    }
    const bool planHops =
        request.plan.path.size() == 1 ? request.spec.hops.isEmpty() : request.spec.hops == request.plan.path;
    if (request.plan.target == request.spec.target && planHops)
        return request.plan;
    PlanOptions options;
    options.target = request.spec.target.toString();
    options.today = QDate::currentDate();
    options.includePatchHopFirst = false;
    options.packageFamily = request.plan.packageFamily;
    return planUpgrade(copy, ReleaseCatalog::bundled(), options);
}

} // namespace

ThreadedRehearser::ThreadedRehearser(QObject *parent)
    : Rehearser(parent)
{
    qRegisterMetaType<RehearsalProgress>();
    qRegisterMetaType<RehearsalReply>();
    VirtualTimeDriver::prepareForOtherThreads(); // main() did it already; a fallback for tests
}

ThreadedRehearser::~ThreadedRehearser()
{
    cancel();
    const auto threads = findChildren<QThread *>(Qt::FindDirectChildrenOnly);
    for (QThread *thread : threads)
        thread->wait();
}

RehearsalReply ThreadedRehearser::rehearse(const RehearsalRequest &request,
                                           const std::function<bool(const RehearsalProgress &)> &progress)
{
    RehearsalReply reply;
    RehearsalContext context;
    context.source = request.source;
    context.timing = request.timing.timing;
    context.timingNotes = request.timing.notes();
    const ClusterSnapshot copy = PracticeCopy::make(request.snapshot, &context.copy);
    reply.copiedNodes = context.copy.nodes;
    reply.copiedPods = context.copy.pods;
    RehearsalOptions options;
    options.spec = request.spec;
    options.plan = runPlan(request, copy);
    options.stuckSeconds = request.timing.stuckSeconds;
    options.timing = context.timing;
    options.progress = progress;
    reply.result = Rehearsal::play(copy, options);
    reply.cancelled = reply.result.result == QLatin1String("cancelled");
    if (request.compareStrategies && !reply.cancelled) {
        reply.compared = Rehearsal::compareStrategies(copy, options);
        reply.cancelled =
            !reply.compared.isEmpty() && reply.compared.last().result == QLatin1String("cancelled");
        reply.compareText = RehearsalReport::compareTable(reply.compared);
    }
    reply.reportText = RehearsalReport::text(reply.result, context);
    reply.timingText = RehearsalReport::timingText(context.timing, context.timingNotes).trimmed();
    return reply;
}

void ThreadedRehearser::start(const RehearsalRequest &request)
{
    cancel();
    const quint64 generation = ++m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_running = true;
    QPointer<ThreadedRehearser> self(this);
    QThread *thread = QThread::create([self, generation, request, cancelFlag = m_cancel, hook = m_hook] {
        // Everything of the play (simulator, runner, driver) is made and destroyed on this thread.
        const auto progress = [self, generation, cancelFlag, &hook](const RehearsalProgress &p) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, p] {
                    if (self && self->m_generation == generation)
                        Q_EMIT self->progress(p);
                },
                Qt::QueuedConnection);
            if (hook)
                hook(p, *cancelFlag);
            return !cancelFlag->load();
        };
        const RehearsalReply reply = rehearse(request, progress);
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, reply] {
                if (!self || self->m_generation != generation)
                    return;
                self->m_running = false;
                Q_EMIT self->finished(reply);
            },
            Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("rehearsal"));
    thread->setParent(this);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

void ThreadedRehearser::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_running) {
        m_running = false;
        ++m_generation; // the cancelled play's result would be stale; say so now
        RehearsalReply reply;
        reply.cancelled = true;
        reply.result.result = QStringLiteral("cancelled");
        Q_EMIT finished(reply);
    }
}

} // namespace Slipway
