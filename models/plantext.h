#pragma once

#include "models/upgradeplan.h"

#include <QCoreApplication>

namespace Slipway {

// Renders an UpgradePlan for a terminal: the `kubeadm upgrade plan` output first (its
// progress lines and tables, FACTS §3.3), then findings, then the numbered steps.
class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::PlanText)

public:
    static QString render(const UpgradePlan &plan);
    // Columns laid out like Go's tabwriter as kubeadm uses it: minwidth 10, padding 3, spaces;
    // the last column is not padded (FACTS §3.3).
    static QString table(const QStringList &header, const QList<QStringList> &rows);
    static QString findings(const QList<Finding> &findings);
    static QString steps(const UpgradePlan &plan);
};

} // namespace Slipway
