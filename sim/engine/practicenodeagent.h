#pragma once

// The practice cluster's answer to the practice executor (models/run/practicetrigger.h): watches
// node writes in the simulator and turns an upgrade request annotation into
// Simulator::upgradeNode() and a reboot request into Simulator::rebootNode(), once per token, and
// reports back in the status annotation. Because the trigger is an ordinary node PATCH, it works
// over HTTPS against `slipway serve-demo` as well as in-process.

#include <QHash>
#include <QObject>
#include <QSet>

namespace Slipway {

class Simulator;
struct WatchEvent;

class PracticeNodeAgent : public QObject
{
    Q_OBJECT
public:
    explicit PracticeNodeAgent(Simulator *simulator);

    // How long a practice reboot keeps the machine off.
    static constexpr qint64 kRebootDownSeconds = 20;

private:
    void onChanged(const WatchEvent &event);
    void handle(const QString &node);
    void writeStatus(const QString &node, QLatin1String key, const QString &token, const QString &state,
                     const QString &message = {});
    void onUpgradeFinished(const QString &node, const QString &version);

    Simulator *m_sim;
    QSet<QString> m_queued;                  // nodes with a request being looked at
    QHash<QString, QString> m_upgradeTokens; // node -> token of its running upgrade
};

} // namespace Slipway
