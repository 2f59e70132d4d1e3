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
    // `hop`: the hop (0…) of a run of several whose steps to show (its plan steps, its version
    // in a command template); -1 for a run of one hop (every step of the plan, the target).
    static QStringList commands(const RunSpec &spec, const UpgradePlan &plan, const QString &node,
                                RunPhase phase, int hop = -1);
    // `kubectl drain NODE --ignore-daemonsets` with every flag the options set.
    static QString drainCommand(const QString &node, const DrainOptions &options);
};

} // namespace Slipway
