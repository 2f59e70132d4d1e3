#pragma once

#include "models/releasecatalog.h"
#include "models/upgradeplan.h"

#include <QCoreApplication>

namespace Slipway {

// Plans a kubeadm-style upgrade of `snapshot` to `options.target` (default: the newest patch of
// the next minor): the path one minor at a time, per-hop `kubeadm upgrade plan` tables, the
// steps with their commands, and findings now and after each hop. Pure: the CLI and the GUI
// call it (the GUI through QtConcurrent).
UpgradePlan planUpgrade(const ClusterSnapshot &snapshot, const ReleaseCatalog &catalog,
                        const PlanOptions &options);

class UpgradePlanner
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::UpgradePlanner)

public:
    // The target for `text` (empty: newest patch of the next minor, or of the current minor when
    // there is no next; `1.35` or `v1.35`: its newest patch). Invalid, with a finding, when it
    // cannot be resolved.
    // Only patches released by `today` count (all when `today` is invalid).
    static Version resolveTarget(const QString &text, const Version &current, const ReleaseCatalog &catalog,
                                 const QDate &today, QList<Finding> *findings);
    // Hop targets from `current` to `target`: optionally the newest patch of the current minor,
    // then each minor's newest patch, then `target`; never skipping a minor (FACTS §1.1, §4).
    // Empty for a downgrade or when already there.
    static QList<Version> computePath(const Version &current, const Version &target,
                                      const ReleaseCatalog &catalog, const QDate &today,
                                      bool includePatchHopFirst);
    // "Upgrade to the latest stable version", "Upgrade to the latest version in the v1.34 series"
    // or "Upgrade to v1.35.2" (kubeadm's descriptions, FACTS §3.3).
    static QString hopTitle(const Version &to, const ReleaseCatalog &catalog, const QDate &today);
    // The two `kubeadm upgrade plan` tables for going from `snapshot` to `to` (FACTS §3.3).
    static void componentTables(const ClusterSnapshot &snapshot, const Version &to,
                                const ReleaseCatalog &catalog, QList<ComponentChange> *kubelets,
                                QList<ComponentChange> *components);
};

} // namespace Slipway
