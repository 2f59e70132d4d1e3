#pragma once

// What one step of a run is in commands an admin could type (the wizard shows them beside the
// stepper, copyable; trainers read them out): kubectl cordon/drain/uncordon with the run's drain
// flags, the plan's kubeadm and package commands for the node (FACTS §4), the maintenance
// command or reboot, and how to check the node afterwards. Qt Core only.

#include "models/run/runevent.h"
#include "models/run/runspec.h"
#include "models/upgradeplan.h"

#include <QStringList>

namespace Slipway {

class RunStepCommands
{
public:
    static QStringList commands(const RunSpec &spec, const UpgradePlan &plan, const QString &node,
                                RunPhase phase);
    // `kubectl drain NODE --ignore-daemonsets` with every flag the options set.
    static QString drainCommand(const QString &node, const DrainOptions &options);
};

} // namespace Slipway
