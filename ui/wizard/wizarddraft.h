#pragma once

// What the wizard's pages have chosen so far: the run to be (kind, target, nodes, strategy,
// executor, gates, drain options) plus what only the wizard needs (the plan it was made from and
// the blockers the user acknowledged). Turned into the runner's RunSpec when the run starts.

#include "models/drainoptions.h"
#include "models/finding.h"
#include "models/upgradeplan.h"

#include <QStringList>

namespace Slipway {

struct WizardDraft
{
    enum class Kind
    {
        Upgrade,
        Maintenance
    };
    enum class Strategy
    {
        Rolling,
        AllAtOnce,
        Surge
    };
    enum class Executor
    {
        Practice,
        Manual,
        Command
    };

    Kind kind = Kind::Upgrade;
    UpgradePlan plan;                    // upgrade: the plan the target was chosen from
    QList<Finding> acknowledgedBlockers; // upgrade: errors the user chose to go on despite
    QStringList maintenanceNodes;        // maintenance: the chosen nodes
    bool reboot = true;                  // maintenance: reboot (else the command below)
    QString maintenanceCommand;          // maintenance: "ssh {node} sudo apt-get -y upgrade"

    DrainOptions drain;
    Strategy strategy = Strategy::Rolling;
    int maxUnavailable = 1;
    qint64 soakSeconds = 0;
    int surgeNodes = 1;
    QStringList order; // run order, control plane first
    Executor executor = Executor::Practice;
    QString commandTemplate; // command executor: "ssh {node} sudo /usr/local/sbin/upgrade-node {version}"
    bool gateBeforeNode = false;
    bool gateBeforeUncordon = false;

    // The nodes the run touches, before ordering: every node of the plan for an upgrade.
    QStringList runNodes() const
    {
        if (kind == Kind::Maintenance)
            return maintenanceNodes;
        QStringList nodes;
        for (const Node &node : plan.nodes)
            nodes << node.name;
        return nodes;
    }
};

} // namespace Slipway
