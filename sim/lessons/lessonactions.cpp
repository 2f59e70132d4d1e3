#include "sim/lessons/lessonactions.h"

#include "models/drain/nodedrainer.h"
#include "sim/engine/simclusterapi.h"
#include "sim/engine/simulator.h"
#include "sim/engine/virtualclock.h"
#include "sim/engine/virtualrunclock.h"
#include "sim/engine/virtualtimedriver.h"
#include "sim/lessons/lessonstate.h"

namespace Slipway {

namespace {

std::pair<QString, QString> splitKey(const QString &key)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return {QStringLiteral("default"), key};
    return {key.left(slash), key.mid(slash + 1)};
}

QString describe(const SimResult &result)
{
    return result.ok() ? QString() : QStringLiteral("%1 (%2)").arg(result.message).arg(result.httpStatus);
}

} // namespace

LessonActionRunner::LessonActionRunner(LessonContext *context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{}

LessonActionRunner::~LessonActionRunner() = default;

void LessonActionRunner::start(const LessonAction &action, const Done &done)
{
    if (action.kind == LessonAction::Kind::Drain)
        return drain(action, done);
    done(runNow(action));
}

void LessonActionRunner::drain(const LessonAction &action, const Done &done)
{
    if (!m_api) {
        m_api = std::make_unique<SimClusterApi>(m_ctx->sim);
        m_runClock = std::make_unique<VirtualRunClock>(m_ctx->sim->clock());
    }
    DrainOptions options = action.drain;
    options.ignoreDaemonSets = true;
    auto *drainer = new NodeDrainer(m_api.get(), m_runClock.get(), this);
    auto problem = std::make_shared<std::optional<QString>>();
    const bool fast = m_fast;
    connect(drainer, &NodeDrainer::output, this, [this](const QString &line, bool) { Q_EMIT log(line); });
    connect(
        drainer, &NodeDrainer::finished, this, [drainer, done, problem, fast](const DrainOutcome &outcome) {
            drainer->deleteLater();
            *problem = outcome.ok
                           ? QString()
                           : QCoreApplication::translate("Slipway::Lessons", "kubectl drain %1 failed: %2")
                                 .arg(outcome.node, outcome.errorLines.join(QLatin1Char(' ')));
            if (!fast)
                done(**problem);
        });
    drainer->start(action.node, options);
    if (!fast)
        return;
    // As fast as possible: play the drain here, then go on (never from inside the driver).
    VirtualTimeDriver driver(m_ctx->sim->clock());
    if (!driver.runUntil([problem] { return problem->has_value(); }, 3600))
        return done(
            QCoreApplication::translate("Slipway::Lessons", "kubectl drain %1 did not finish within an hour")
                .arg(action.node));
    done(**problem);
}

QString LessonActionRunner::runNow(const LessonAction &action)
{
    Simulator *sim = m_ctx->sim;
    using Kind = LessonAction::Kind;
    switch (action.kind) {
    case Kind::None:
        return {};
    case Kind::PowerOff:
        sim->powerOffNode(action.node);
        return {};
    case Kind::PowerOn:
        sim->powerOnNode(action.node);
        return {};
    case Kind::Reboot:
        sim->rebootNode(action.node, action.seconds);
        return {};
    case Kind::Cordon:
    case Kind::Uncordon: {
        const bool cordon = action.kind == Kind::Cordon;
        return describe(sim->updateNode(action.node, [cordon](Node &n) { n.unschedulable = cordon; }));
    }
    case Kind::Scale: {
        const auto [ns, name] = splitKey(action.target);
        return describe(sim->scaleWorkload(WorkloadKind::Deployment, ns, name, action.replicas));
    }
    case Kind::DeletePod: {
        const auto [ns, name] = splitKey(action.target);
        return describe(sim->deletePod(ns, name, std::nullopt));
    }
    case Kind::UpgradeControlPlane:
    case Kind::UpgradeNode:
        return describe(
            sim->upgradeNode(action.node, action.version, action.kind == Kind::UpgradeControlPlane));
    case Kind::SetVersion:
        LessonState::setSandboxVersion(*m_ctx, action.component, action.node, action.version);
        return {};
    case Kind::Custom:
        if (action.custom)
            action.custom(*m_ctx);
        return {};
    case Kind::Drain:
    case Kind::Run:
        break;
    }
    return QCoreApplication::translate(
        "Slipway::Lessons",
        "This step needs the in-process run machinery, which this build does not have yet.");
}

} // namespace Slipway
