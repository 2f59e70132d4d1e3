#include "sim/engine/practicenodeagent.h"

#include "models/run/practicetrigger.h"
#include "models/version.h"
#include "sim/engine/kubeconventions.h"
#include "sim/engine/simulator.h"

#include <QSet>
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

// "worker-" for worker-3; "edge-" for edge.
QString namePrefix(const QString &name)
{
    qsizetype cut = name.size();
    while (cut > 0 && name.at(cut - 1).isDigit())
        --cut;
    const QString prefix = name.left(cut);
    return prefix.isEmpty() || cut == name.size() ? name + QLatin1Char('-') : prefix;
}

// The next free "<prefix><n>" after the highest number in use, like a node group's next machine.
QString nextNodeName(const ClusterSnapshot &s, const QString &prefix)
{
    int highest = 0;
    for (const Node &n : s.nodes) {
        if (n.name.startsWith(prefix))
            highest = std::max(highest, n.name.mid(prefix.size()).toInt());
    }
    return prefix + QString::number(highest + 1);
}

// The template's a.b.c network with the first host number no node uses.
QString nextInternalIp(const ClusterSnapshot &s, const QString &templateIp)
{
    const qsizetype dot = templateIp.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return {};
    const QString net = templateIp.left(dot + 1);
    QSet<QString> used;
    for (const Node &n : s.nodes)
        used.insert(n.internalIP);
    for (int host = 10; host < 255; ++host) {
        if (!used.contains(net + QString::number(host)))
            return net + QString::number(host);
    }
    return {};
}

// A new machine made from `tmpl`: its labels (hostname its own), taints other than the node
// controller's condition taints, capacity and OS; the kubelet at `version`.
Node surgeNode(const Node &tmpl, const ClusterSnapshot &s, const QString &version, const QString &token)
{
    Node n = tmpl;
    n.name = nextNodeName(s, namePrefix(tmpl.name));
    n.labels.insert(QStringLiteral("kubernetes.io/hostname"), n.name);
    n.annotations = {{PT::kSurgeOf, token}};
    n.taints.clear();
    for (const Taint &t : tmpl.taints) {
        if (!t.key.startsWith(QLatin1String("node.kubernetes.io/")))
            n.taints.append(t);
    }
    n.unschedulable = false;
    if (!version.isEmpty()) {
        n.kubeletVersion = version;
        n.kubeProxyVersion = KubeConventions::reportedKubeProxyVersion(version);
    }
    n.internalIP = nextInternalIp(s, tmpl.internalIP);
    return n;
}

} // namespace

PracticeNodeAgent::PracticeNodeAgent(Simulator *simulator)
    : QObject(simulator)
    , m_sim(simulator)
{
    connect(m_sim, &Simulator::changed, this, &PracticeNodeAgent::onChanged);
    connect(m_sim, &Simulator::nodeUpgradeFinished, this, &PracticeNodeAgent::onUpgradeFinished);
}

QStringList PracticeNodeAgent::surgeNodesOf(const QString &token) const
{
    QStringList out;
    for (const StoredObject &o : m_sim->list(ResourceKind::Node).items) {
        if (o.node.annotations.value(PT::kSurgeOf) == token)
            out.append(o.node.name);
    }
    return out;
}

bool PracticeNodeAgent::hasPendingRequest(const Node &node) const
{
    const QString upgrade = node.annotations.value(PT::kUpgradeToken);
    const QString reboot = node.annotations.value(PT::kReboot);
    const QString retire = node.annotations.value(PT::kRetire);
    const QString surge = node.annotations.value(PT::kSurgeToken);
    if (!upgrade.isEmpty() && upgrade != answeredToken(node, PT::kUpgradeStatus) &&
        !m_upgradeTokens.contains(node.name))
        return true;
    if ((!reboot.isEmpty() && reboot != answeredToken(node, PT::kRebootStatus)) ||
        (!retire.isEmpty() && retire != answeredToken(node, PT::kRetireStatus)))
        return true;
    if (surge.isEmpty())
        return false;
    const auto status = PT::parseStatus(node.annotations.value(PT::kSurgeStatus));
    if (!status || status->token != surge)
        return true;
    return status->state != QLatin1String("failed") &&
           surgeNodesOf(surge).size() < node.annotations.value(PT::kSurgeNodes).toInt();
}

void PracticeNodeAgent::onChanged(const WatchEvent &event)
{
    if (event.object.kind != ResourceKind::Node || event.type == WatchEventType::Deleted)
        return;
    const Node &node = event.object.node;
    if (m_queued.contains(node.name) || !hasPendingRequest(node))
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
    if (!stored || !hasPendingRequest(stored->node))
        return;
    const Node node = stored->node;
    if (!node.annotations.value(PT::kRetire).isEmpty() &&
        node.annotations.value(PT::kRetire) != answeredToken(node, PT::kRetireStatus))
        return handleRetire(node); // the node goes; nothing else matters for it
    handleUpgradeOrReboot(node);
    if (!node.annotations.value(PT::kSurgeToken).isEmpty())
        handleSurge(node);
}

void PracticeNodeAgent::handleUpgradeOrReboot(const Node &node)
{
    const QString &name = node.name;
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

// What makes the surge request on `host` impossible (empty when nothing); `wanted` its count.
QString PracticeNodeAgent::surgeProblem(const Node &host, int *wanted) const
{
    bool ok = false;
    *wanted = host.annotations.value(PT::kSurgeNodes).toInt(&ok);
    if (!ok || *wanted < 0 || *wanted > kMaxSurgeNodes)
        return tr("%1 must be a number from 0 to %2, not \"%3\".")
            .arg(PT::kSurgeNodes)
            .arg(kMaxSurgeNodes)
            .arg(host.annotations.value(PT::kSurgeNodes));
    const QString version = host.annotations.value(PT::kSurgeVersion);
    const Version v = Version::parse(version);
    const Version server = Version::parse(m_sim->serverGitVersion());
    if (version.isEmpty())
        return {}; // the replaced workers' own version (a maintenance run)
    if (!v.isValid())
        return tr("%1 must be a Kubernetes version such as v1.35.0, not \"%2\".")
            .arg(PT::kSurgeVersion, version);
    // The kubelet may not be newer than the API server (FACTS §1.1).
    if (server.isValid() && server.minor() < v.minor())
        return tr("The control plane runs %1; a new node's kubelet at %2 would be newer than the API server. "
                  "Upgrade the control plane first.")
            .arg(server.toString(), v.toString());
    return {};
}

void PracticeNodeAgent::handleSurge(const Node &host)
{
    const QString token = host.annotations.value(PT::kSurgeToken);
    int wanted = 0;
    QString problem = surgeProblem(host, &wanted);
    QStringList made = surgeNodesOf(token);
    const QStringList templates =
        host.annotations.value(PT::kSurgeTemplates).split(QLatin1Char(','), Qt::SkipEmptyParts);
    while (problem.isEmpty() && made.size() < wanted) {
        // The n-th new node copies the n-th replaced worker (its zone, labels, taints, size); once
        // that one is gone, one made earlier for this request.
        const ClusterSnapshot s = m_sim->snapshot();
        const Node *tmpl = s.findNode(templates.value(made.size()));
        for (qsizetype i = 0; !tmpl && i < made.size(); ++i)
            tmpl = s.findNode(made.at(i));
        if (!tmpl) {
            problem =
                tr("None of the workers to copy (%1) exists.").arg(templates.join(QStringLiteral(", ")));
            break;
        }
        const SimResult added = m_sim->addNode(
            surgeNode(*tmpl, s, host.annotations.value(PT::kSurgeVersion), token), kSurgeJoinSeconds);
        if (!added.ok())
            problem = added.message;
        else
            made.append(added.object->node.name);
    }
    writeStatus(host.name, PT::kSurgeStatus, token,
                problem.isEmpty() ? QStringLiteral("accepted") : QStringLiteral("failed"),
                problem.isEmpty() ? made.join(QLatin1Char(',')) : problem);
}

void PracticeNodeAgent::handleRetire(const Node &node)
{
    const QString token = node.annotations.value(PT::kRetire);
    QString problem;
    if (node.isControlPlane())
        problem = tr("%1 is a control-plane node; the practice cluster retires workers only.").arg(node.name);
    else if (!node.unschedulable)
        problem = tr("%1 is schedulable; cordon and drain it before retiring it.").arg(node.name);
    if (!problem.isEmpty())
        return writeStatus(node.name, PT::kRetireStatus, token, QStringLiteral("failed"), problem);
    // The machine is switched off, then its Node deleted, as `kubectl delete node` after a drain.
    m_sim->powerOffNode(node.name);
    m_sim->deleteNode(node.name);
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
