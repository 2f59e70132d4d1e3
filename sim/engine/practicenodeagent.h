#pragma once

// The practice cluster's answer to the practice executor (models/run/practicetrigger.h): watches
// node writes in the simulator and turns an upgrade request annotation into
// Simulator::upgradeNode() and a reboot request into Simulator::rebootNode(), once per token, and
// reports back in the status annotation. For surge runs it also plays the cloud's node group:
// a surge request makes new machines join (Simulator::addNode) until the run's count is reached,
// and a retire request powers a drained worker off and deletes its Node. Because the trigger is
// an ordinary node PATCH, it works over HTTPS against `slipway serve-demo` as well as in-process.

#include <QHash>
#include <QObject>
#include <QSet>

namespace Slipway {

class Simulator;
struct Node;
struct WatchEvent;

class PracticeNodeAgent : public QObject
{
    Q_OBJECT
public:
    explicit PracticeNodeAgent(Simulator *simulator);

    // How long a practice reboot keeps the machine off.
    static constexpr qint64 kRebootDownSeconds = 20;
    // How long a surge node's kubelet reports NotReady after it registered.
    static constexpr qint64 kSurgeJoinSeconds = 30;
    // At most this many nodes per surge request.
    static constexpr int kMaxSurgeNodes = 100;

private:
    void onChanged(const WatchEvent &event);
    bool hasPendingRequest(const Node &node) const;
    void handle(const QString &node);
    void handleUpgradeOrReboot(const Node &node);
    void handleSurge(const Node &host);
    QString surgeProblem(const Node &host, int *wanted) const;
    void handleRetire(const Node &node);
    QStringList surgeNodesOf(const QString &token) const;
    void writeStatus(const QString &node, QLatin1String key, const QString &token, const QString &state,
                     const QString &message = {});
    void onUpgradeFinished(const QString &node, const QString &version);

    Simulator *m_sim;
    QSet<QString> m_queued;                  // nodes with a request being looked at
    QHash<QString, QString> m_upgradeTokens; // node -> token of its running upgrade
};

} // namespace Slipway
