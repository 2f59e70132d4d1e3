#pragma once

// How the practice executor asks the practice cluster's node agent to upgrade or reboot a node:
// through node annotations, so it works the same in-process and against `slipway serve-demo`
// from another process (docs/practice-cluster-simulator.md "Node agent trigger"). The runner
// writes a request with a token (one per run, node and action); the agent (sim/engine/
// practicenodeagent.h) acts once per token and answers in the status annotation. A request whose
// token the status already names is never acted on again, so a resumed run cannot upgrade or
// reboot a node twice. Qt Core only.

#include <QLatin1String>
#include <QString>

#include <optional>

namespace Slipway::PracticeTrigger {

// Upgrade request: the version ("v1.35.0"), the token, and "apply" for the first control-plane
// node (kubeadm upgrade apply; otherwise kubeadm upgrade node).
inline constexpr QLatin1String kUpgradeTo("practice.slipway.io/upgrade-to");
inline constexpr QLatin1String kUpgradeToken("practice.slipway.io/upgrade-token");
inline constexpr QLatin1String kUpgradeMode("practice.slipway.io/upgrade-mode");
// Reboot request: the token.
inline constexpr QLatin1String kReboot("practice.slipway.io/reboot");
// The agent's answers, one per action (a node may carry an old request of the other kind):
// "<token> accepted", "<token> done" or "<token> failed: <message>".
inline constexpr QLatin1String kUpgradeStatus("practice.slipway.io/upgrade-status");
inline constexpr QLatin1String kRebootStatus("practice.slipway.io/reboot-status");

// Surge request (docs/practice-cluster-simulator.md "Surge nodes"), on a node that is not
// retired (the first control-plane node): the run's token, how many new nodes the run wants in
// all (raised as old workers are retired, never lowered), their kubelet version, and the workers
// they replace in order (the n-th new node copies the n-th one's labels, taints and capacity).
inline constexpr QLatin1String kSurgeToken("practice.slipway.io/surge-token");
inline constexpr QLatin1String kSurgeNodes("practice.slipway.io/surge-nodes");
inline constexpr QLatin1String kSurgeVersion("practice.slipway.io/surge-version");
inline constexpr QLatin1String kSurgeTemplates("practice.slipway.io/surge-templates");
// The agent's answer: "<token> accepted: <the new nodes so far>" or "<token> failed: <message>".
inline constexpr QLatin1String kSurgeStatus("practice.slipway.io/surge-status");
// On every node the agent created: the token of the request it answers.
inline constexpr QLatin1String kSurgeOf("practice.slipway.io/surge-of");
// Retire request on a drained old worker: the token. The agent powers the machine off and deletes
// the Node (`kubectl delete node`); a refusal is "<token> failed: <message>" in kRetireStatus.
inline constexpr QLatin1String kRetire("practice.slipway.io/retire");
inline constexpr QLatin1String kRetireStatus("practice.slipway.io/retire-status");

struct Status
{
    QString token;
    QString state; // accepted, done, failed
    QString message;
};

inline QString formatStatus(const QString &token, const QString &state, const QString &message = {})
{
    return token + QLatin1Char(' ') + state +
           (message.isEmpty() ? QString() : QStringLiteral(": ") + message);
}

inline std::optional<Status> parseStatus(const QString &text)
{
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    if (space <= 0)
        return std::nullopt;
    Status s;
    s.token = text.left(space);
    const QString rest = text.mid(space + 1);
    const qsizetype colon = rest.indexOf(QLatin1String(": "));
    s.state = colon < 0 ? rest : rest.left(colon);
    s.message = colon < 0 ? QString() : rest.mid(colon + 2);
    return s;
}

} // namespace Slipway::PracticeTrigger
