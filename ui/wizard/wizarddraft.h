#pragma once

// What the wizard's pages have chosen so far: the run to be (the runner's RunSpec: kind, target,
// node order, strategy, executor, gates, drain options) plus what only the wizard needs (the plan
// it was made from, the blockers the user acknowledged, the maintenance choices).

#include "models/finding.h"
#include "models/run/runspec.h"
#include "models/upgradeplan.h"

#include <QStringList>

namespace Slipway {

struct WizardDraft
{
    RunSpec spec;
    UpgradePlan plan;                    // upgrade: the plan the target was chosen from
    UpgradePlan runPlan;                 // upgrade: the plan of this run's one hop (spec.target)
    QList<Finding> acknowledgedBlockers; // upgrade: errors the user chose to go on despite
    QStringList maintenanceNodes;        // maintenance: the chosen nodes
    QString maintenanceCommand;          // maintenance: "ssh {node} sudo apt-get -y upgrade"; empty: reboot

    bool isMaintenance() const { return spec.kind == RunKind::Maintenance; }
    // The nodes the run touches, before ordering: every node of the plan for an upgrade.
    QStringList runNodes() const
    {
        if (isMaintenance())
            return maintenanceNodes;
        QStringList nodes;
        for (const Node &node : plan.nodes)
            nodes << node.name;
        return nodes;
    }
};

} // namespace Slipway
