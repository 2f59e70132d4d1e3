#include "sim/engine/practicenodeagent.h"

#include "models/run/practicetrigger.h"
#include "sim/engine/simulator.h"

#include <QTimer>

namespace Slipway {

namespace PT = PracticeTrigger;

namespace {

// The token of the request `statusKey` already answers (empty when none).
QString answeredToken(const Node &node, QLatin1String statusKey)
{
    const auto status = PT::parseStatus(node.annotations.value(statusKey));
    return status ? status->token : QString();
}

} // namespace

PracticeNodeAgent::PracticeNodeAgent(Simulator *simulator)
    : QObject(simulator)
    , m_sim(simulator)
{
    connect(m_sim, &Simulator::changed, this, &PracticeNodeAgent::onChanged);
    connect(m_sim, &Simulator::nodeUpgradeFinished, this, &PracticeNodeAgent::onUpgradeFinished);
}

void PracticeNodeAgent::onChanged(const WatchEvent &event)
{
    if (event.object.kind != ResourceKind::Node || event.type == WatchEventType::Deleted)
        return;
    const Node &node = event.object.node;
    const QString upgrade = node.annotations.value(PT::kUpgradeToken);
    const QString reboot = node.annotations.value(PT::kReboot);
    const bool pending = (!upgrade.isEmpty() && upgrade != answeredToken(node, PT::kUpgradeStatus) &&
                          !m_upgradeTokens.contains(node.name)) ||
                         (!reboot.isEmpty() && reboot != answeredToken(node, PT::kRebootStatus));
    if (!pending || m_queued.contains(node.name))
        return;
    // Slots on changed() must not write back synchronously (simulator.h).
    m_queued.insert(node.name);
    QTimer::singleShot(0, this, [this, name = node.name] {
        m_queued.remove(name);
        handle(name);
    });
}

void PracticeNodeAgent::handle(const QString &name)
{
    const auto stored = m_sim->get(ResourceKind::Node, {}, name);
    if (!stored)
        return;
    const Node &node = stored->node;
    const QString upgradeToken = node.annotations.value(PT::kUpgradeToken);
    const QString rebootToken = node.annotations.value(PT::kReboot);
    if (!upgradeToken.isEmpty() && upgradeToken != answeredToken(node, PT::kUpgradeStatus) &&
        !m_upgradeTokens.contains(name)) {
        const QString version = node.annotations.value(PT::kUpgradeTo);
        const bool apply = node.annotations.value(PT::kUpgradeMode) == QLatin1String("apply");
        const SimResult result = m_sim->upgradeNode(name, version, apply);
        if (!result.ok()) {
            writeStatus(name, PT::kUpgradeStatus, upgradeToken, QStringLiteral("failed"), result.message);
            return;
        }
        m_upgradeTokens.insert(name, upgradeToken);
        writeStatus(name, PT::kUpgradeStatus, upgradeToken, QStringLiteral("accepted"));
    } else if (!rebootToken.isEmpty() && rebootToken != answeredToken(node, PT::kRebootStatus)) {
        m_sim->rebootNode(name, kRebootDownSeconds);
        writeStatus(name, PT::kRebootStatus, rebootToken, QStringLiteral("done"));
    }
}

void PracticeNodeAgent::onUpgradeFinished(const QString &node, const QString &version)
{
    Q_UNUSED(version)
    const QString token = m_upgradeTokens.take(node);
    if (!token.isEmpty()) {
        QTimer::singleShot(0, this, [this, node, token] {
            writeStatus(node, PT::kUpgradeStatus, token, QStringLiteral("done"));
        });
    }
}

void PracticeNodeAgent::writeStatus(const QString &node, QLatin1String key, const QString &token,
                                    const QString &state, const QString &message)
{
    m_sim->updateNode(node,
                      [&](Node &n) { n.annotations.insert(key, PT::formatStatus(token, state, message)); });
}

} // namespace Slipway
