#pragma once

#include "sim/engine/simcontext.h"

#include <set>

namespace Slipway {

// The kubelets of every node: they start bound pods (Pending → Running → Ready after a few
// seconds), finish graceful terminations once deletionTimestamp is reached, renew the node's
// Lease every 10 s (FACTS §6) and post the node's Ready condition. A powered-off kubelet does
// nothing at all: its node's terminating pods stay Terminating until it is back (FACTS §6).
class KubeletFleet : public SimController
{
public:
    using SimController::SimController;

    // Initial state from the snapshot: nodes reported Ready=Unknown are powered off, Ready=False
    // ones have a kubelet that reports NotReady until the node is power-cycled.
    void load();

    void observe(const WatchEvent &event, const StoredObject *previous) override;
    bool hasWork() const override;
    void sync() override;

    bool isRunning(const QString &node) const;
    // The last Lease renewal: every 10 s while running, frozen while off.
    QDateTime lastHeartbeat(const QString &node) const;

    void powerOff(const QString &node);
    void powerOn(const QString &node);
    // `systemctl restart kubelet`: Ready=False for a few seconds, then Ready again, reporting
    // `newVersion` when given (the node upgrade agent's package upgrade). `done` runs when the
    // kubelet reports Ready again.
    void restart(const QString &node, const QString &newVersion, std::function<void()> done = {});
    // A machine that just registered its Node (Simulator::addNode): the kubelet reports NotReady
    // until `readySeconds` later (container runtime and network coming up), then Ready.
    void join(const QString &node, qint64 readySeconds);
    // A pod the kubelet created itself (a static pod's mirror): ready after the readiness delay
    // (kPodReadySeconds unless given).
    void expectReady(const QString &podKey, qint64 delaySeconds = -1);

private:
    struct State
    {
        bool running = true;
        bool reportsNotReady = false;
        qint64 frozenHeartbeatMs = 0; // while not running
        qint64 phaseMs = 0;           // lease renewals at epoch + phase + k·10 s
        quint64 generation = 0;       // bumps on power changes; stale timers check it
        quint64 boots = 0;            // boots since the scenario started (status.nodeInfo.bootID)
    };

    State &state(const QString &node);
    const State *findState(const QString &node) const;
    void startContainers(const QString &podKey, const QString &uid);
    void markReady(const QString &podKey, const QString &uid);
    void finishTermination(const QString &podKey, const QString &uid);
    void scheduleReady(const QString &podKey, qint64 delaySeconds);
    void postReady(const QString &node, bool ready, const QString &newVersion = {});
    // Reports Ready (with `newVersion`) `seconds` from now unless the machine is powered off or
    // restarted meanwhile; then restores the pods' readiness. `done` follows.
    void reportReadyAfter(const QString &node, qint64 seconds, const QString &newVersion,
                          std::function<void()> done);

    QHash<QString, State> m_nodes;
    std::set<QString> m_toStart;
    std::set<QString> m_toTerminate;
};

} // namespace Slipway
