#pragma once

// What draining a node would do, computed from a snapshot without touching the cluster: per pod
// evict / skip / blocked / downtime (kubectl's filter chain, FACTS §5.2, plus PodDisruptionBudgets
// and the workload's last ready replica), and whether the evicted pods fit on the remaining
// schedulable nodes (the scheduler's filters, models/schedulingpredicates.h). Qt Core only.

#include "models/clustersnapshot.h"
#include "models/drain/drainoptions.h"

#include <QCoreApplication>

namespace Slipway {

enum class DrainPodVerdict
{
    Evict,    // evicted (or deleted) and, when a controller owns it, recreated elsewhere
    Downtime, // evicted, and its workload has no ready replica left: the last ready one
    Skip,     // left on the node: a DaemonSet pod with --ignore-daemonsets, a mirror pod …
    Blocked,  // stops the drain: a filter error, a budget allowing 0 disruptions, several budgets
};
QString drainPodVerdictName(DrainPodVerdict verdict); // "evict", "downtime", "skip", "blocked"

// One PodDisruptionBudget that selects a pod, with the numbers the eviction API decides by.
struct DrainBudget
{
    QString key;  // namespace/name
    QString rule; // "minAvailable 2", "maxUnavailable 1", "minAvailable 50%"
    int currentHealthy = 0;
    int desiredHealthy = 0;
    int expectedPods = 0;
    int disruptionsAllowed = 0;
    // "data/postgres (minAvailable 2: 2 healthy, 2 desired, 0 disruptions allowed)"
    QString describe() const;
};

struct DrainPodPreview
{
    QString podKey; // namespace/name
    QString owner;  // "Deployment shop/storefront", "StatefulSet data/postgres"; empty: no controller
    DrainPodVerdict verdict = DrainPodVerdict::Evict;
    QString reason;             // kubectl's words for skip/blocked; why downtime; budget notes for evict
    QString coverOption;        // Blocked: the option that would let the drain go on; empty when none does
    QList<DrainBudget> budgets; // the budgets selecting the pod
    bool viaDelete = false;     // DELETE instead of an Eviction (--disable-eviction, --override-pdb)
    bool replaced = false;      // a controller recreates it, so it needs room elsewhere
    QString placedOn;           // replaced: the node the replacement fits on; empty = stays Pending
    QString pendingReason;      // replaced and placedOn empty: the scheduler's "0/9 nodes are available: …"

    bool removed() const { return verdict == DrainPodVerdict::Evict || verdict == DrainPodVerdict::Downtime; }
    bool staysPending() const { return removed() && replaced && placedOn.isEmpty(); }
};

// A reason a run cannot start, and the option that would cover it (empty: nothing does).
struct DrainBlocker
{
    QString node;
    QString podKey;
    QString what;   // one sentence
    QString option; // "--force", "--delete-emptydir-data", "--ignore-daemonsets", "--override-pdb ns/name"
};

struct DrainNodePreview
{
    QString node;
    QString error; // the node is unknown: kubectl's `nodes "x" not found`
    DrainOptions options;
    QList<DrainPodPreview> pods;
    QStringList warnings; // kubectl's grouped warnings ("ignoring DaemonSet-managed Pods: a, b")
    QStringList errors;   // kubectl's grouped errors ("cannot delete Pods that declare no controller …: a")

    int count(DrainPodVerdict verdict) const;
    int pendingCount() const;
    // True when `kubectl drain` with these options would evict everything (nothing blocked).
    bool drainable() const { return error.isEmpty() && count(DrainPodVerdict::Blocked) == 0; }
    QList<DrainBlocker> blockers() const;
};

class DrainPreview
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::DrainPreview)

public:
    // One node, as if it were drained now with `options`.
    static DrainNodePreview previewNode(const ClusterSnapshot &snapshot, const QString &node,
                                        const DrainOptions &options);
    // `maxCordoned` of previewRun(): every node of the run is cordoned before the first drains, as
    // `kubectl drain N1 N2 …` does.
    static constexpr int AllCordonedFirst = -1;
    // A run's nodes in order, each drained with the earlier ones cordoned and their pods moved to
    // where the preview placed them (budgets recounted after each node). With `maxCordoned` > 0
    // (a rolling run's max-unavailable) only the last that many nodes stay cordoned: an older one
    // is uncordoned before the next drains; with AllCordonedFirst no node of the run takes pods.
    static QList<DrainNodePreview> previewRun(const ClusterSnapshot &snapshot, const QStringList &nodes,
                                              const DrainOptions &options, int maxCordoned = 0);
    // Everything that stops a run (blocked pods, pods that would fit nowhere), with the option that
    // would cover each.
    static QList<DrainBlocker> blockers(const QList<DrainNodePreview> &previews);
};

} // namespace Slipway
