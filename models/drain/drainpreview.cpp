#include "models/drain/drainpreview.h"

#include "models/disruption.h"
#include "models/drain/drainfilters.h"
#include "models/drain/drainpreviewplacer_p.h"
#include "models/labelselector.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Slipway {

namespace {

using Verdict = DrainPodVerdict;

// Where each pod belongs: "Deployment ns/name" for a ReplicaSet a Deployment controls, otherwise
// the controller's own kind and name; empty for a pod without a controller.
class OwnerIndex
{
public:
    explicit OwnerIndex(const ClusterSnapshot &snapshot)
    {
        for (const Workload &w : snapshot.workloads) {
            if (w.kind != WorkloadKind::ReplicaSet)
                continue;
            for (const OwnerReference &ref : w.ownerReferences) {
                if (ref.controller && ref.kind == QLatin1String("Deployment"))
                    m_replicaSetOwner.insert(w.key(), ref.kind + QLatin1Char(' ') + w.namespaceName +
                                                          QLatin1Char('/') + ref.name);
            }
        }
    }

    QString ownerOf(const Pod &pod) const
    {
        const auto ref = pod.controllerRef();
        if (!ref)
            return {};
        const QString key = pod.namespaceName + QLatin1Char('/') + ref->name;
        if (ref->kind == QLatin1String("Node")) // a static pod's mirror: the node is cluster-scoped
            return ref->kind + QLatin1Char(' ') + ref->name;
        if (ref->kind == QLatin1String("ReplicaSet"))
            return m_replicaSetOwner.value(key, ref->kind + QLatin1Char(' ') + key);
        return ref->kind + QLatin1Char(' ') + key;
    }

    // The names of the ReplicaSets that make up the given Deployments ("Deployment ns/name").
    QSet<QString> replicaSetNamesOf(const QSet<QString> &owners) const
    {
        QSet<QString> names;
        for (auto it = m_replicaSetOwner.cbegin(); it != m_replicaSetOwner.cend(); ++it) {
            if (owners.contains(it.value()))
                names.insert(it.key().section(QLatin1Char('/'), 1));
        }
        return names;
    }

private:
    QHash<QString, QString> m_replicaSetOwner; // "ns/rs" -> "Deployment ns/name"
};

QString budgetRule(const PodDisruptionBudget &pdb)
{
    if (pdb.minAvailable)
        return QStringLiteral("minAvailable ") + pdb.minAvailable->toString();
    if (pdb.maxUnavailable)
        return QStringLiteral("maxUnavailable ") + pdb.maxUnavailable->toString();
    return QStringLiteral("maxUnavailable 0");
}

DrainBudget budgetOf(const PodDisruptionBudget &pdb)
{
    return DrainBudget{pdb.key(),          budgetRule(pdb),  pdb.currentHealthy,
                       pdb.desiredHealthy, pdb.expectedPods, pdb.disruptionsAllowed};
}

DaemonSetLookup daemonSetLookup(const ClusterSnapshot &snapshot, const Pod &pod)
{
    if (!needsDaemonSetLookup(pod))
        return {};
    const QString name = pod.controllerRef()->name;
    if (snapshot.findWorkload(WorkloadKind::DaemonSet, pod.namespaceName, name))
        return {DaemonSetLookup::Result::Exists, {}};
    return {DaemonSetLookup::Result::NotFound, QStringLiteral("daemonsets.apps \"%1\" not found").arg(name)};
}

// The fewest of kubectl's flags that turn a filter error into "go ahead" ("--force",
// "--delete-emptydir-data --force"); empty when none does.
QString coveringFlags(const Pod &pod, const DrainOptions &options, const QDateTime &now,
                      const DaemonSetLookup &lookup)
{
    struct Flag
    {
        bool DrainOptions::*member;
        const char *name;
    };
    static const Flag flags[] = {{&DrainOptions::ignoreDaemonSets, "--ignore-daemonsets"},
                                 {&DrainOptions::deleteEmptyDirData, "--delete-emptydir-data"},
                                 {&DrainOptions::force, "--force"}};
    QString best;
    int bestCount = 4;
    for (int mask = 1; mask < 8; ++mask) {
        DrainOptions tried = options;
        QStringList names;
        for (int i = 0; i < 3; ++i) {
            if ((mask & (1 << i)) && !(options.*flags[i].member)) {
                tried.*flags[i].member = true;
                names << QString::fromLatin1(flags[i].name);
            }
        }
        if (names.isEmpty() || int(names.size()) >= bestCount)
            continue;
        if (filterPodForDrain(pod, tried, now, lookup).reason != DrainFilterResult::Reason::Error) {
            best = names.join(QLatin1Char(' '));
            bestCount = int(names.size());
        }
    }
    return best;
}

// Ready pods over the whole cluster of the given owners: the replicas that keep a workload
// serving. Only pods whose controller has one of `controllerNames` are looked at closely, so a
// scan of 150,000 pods builds no strings.
QHash<QString, int> readyByOwner(const ClusterSnapshot &snapshot, const OwnerIndex &owners,
                                 const QSet<QString> &wanted)
{
    QSet<QString> controllerNames;
    for (const QString &owner : wanted)
        controllerNames.insert(owner.section(QLatin1Char('/'), -1));
    controllerNames.unite(owners.replicaSetNamesOf(wanted));
    QHash<QString, int> ready;
    for (const Pod &pod : snapshot.pods) {
        if (pod.nodeName.isEmpty() || !isPodHealthyForPdb(pod))
            continue;
        const auto ref = std::find_if(pod.ownerReferences.cbegin(), pod.ownerReferences.cend(),
                                      [](const OwnerReference &r) { return r.controller; });
        if (ref == pod.ownerReferences.cend() || !controllerNames.contains(ref->name))
            continue;
        if (const QString owner = owners.ownerOf(pod); wanted.contains(owner))
            ++ready[owner];
    }
    return ready;
}

bool recreatedByController(const QString &owner)
{
    // DaemonSet pods are never moved (an orphan's DaemonSet is gone); every other controller
    // makes a new pod somewhere else.
    return !owner.isEmpty() && !owner.startsWith(QLatin1String("DaemonSet "));
}

class NodePreviewer
{
public:
    NodePreviewer(const ClusterSnapshot &snapshot, const DrainOptions &options, const QSet<QString> &draining)
        : m_snapshot(snapshot)
        , m_options(options)
        , m_owners(snapshot)
        , m_placer(snapshot, draining)
    {
        for (const PodDisruptionBudget &pdb : snapshot.pdbs)
            m_allowed.insert(pdb.key(), pdb.disruptionsAllowed);
    }

    DrainNodePreview run(const QString &node);

private:
    DrainPodPreview filtered(const Pod &pod, QList<DrainPodDecision> &decisions);
    void applyBudgets(const Pod &pod, DrainPodPreview &preview);
    void applyDowntime(const QList<Pod> &pods, DrainNodePreview &preview);
    void applyCapacity(const QList<Pod> &pods, DrainNodePreview &preview);

    const ClusterSnapshot &m_snapshot;
    const DrainOptions &m_options;
    OwnerIndex m_owners;
    DrainPreviewPlacer m_placer;
    QHash<QString, int> m_allowed;       // disruptions still allowed per budget as evictions go through
    QHash<QString, QString> m_waitingOn; // pod key -> budget it waits on for a replacement
};

DrainNodePreview NodePreviewer::run(const QString &node)
{
    DrainNodePreview preview;
    preview.node = node;
    preview.options = m_options;
    if (!m_snapshot.findNode(node)) {
        preview.error = QStringLiteral("nodes \"%1\" not found").arg(node);
        return preview;
    }
    // kubectl lists the node's pods with --pod-selector as the label selector (FACTS §5.1).
    const auto selector = LabelSelector::parse(m_options.podSelector);
    if (!selector.ok()) {
        preview.error =
            QStringLiteral("--pod-selector=%1 must be a valid label selector").arg(m_options.podSelector);
        return preview;
    }
    QList<Pod> pods = m_snapshot.podsOnNode(node);
    pods.removeIf([&](const Pod &pod) { return !selector->matches(pod.labels); });
    DrainPodList list;
    for (const Pod &pod : pods) {
        DrainPodPreview p = filtered(pod, list.items);
        if (p.removed())
            applyBudgets(pod, p);
        preview.pods << p;
    }
    preview.errors = list.errors();
    if (const QString warnings = list.warnings(); !warnings.isEmpty())
        preview.warnings << warnings;
    applyCapacity(pods, preview);
    applyDowntime(pods, preview);
    return preview;
}

DrainPodPreview NodePreviewer::filtered(const Pod &pod, QList<DrainPodDecision> &decisions)
{
    using Reason = DrainFilterResult::Reason;
    DrainPodPreview p;
    p.podKey = pod.key();
    p.owner = m_owners.ownerOf(pod);
    for (const PodDisruptionBudget *pdb : pdbsForPod(pod, m_snapshot.pdbs))
        p.budgets << budgetOf(*pdb);
    const QDateTime now = m_snapshot.takenAt;
    const DaemonSetLookup lookup = daemonSetLookup(m_snapshot, pod);
    const DrainFilterResult status = filterPodForDrain(pod, m_options, now, lookup);
    decisions << DrainPodDecision{pod, status};
    if (status.reason == Reason::Error) {
        p.verdict = Verdict::Blocked;
        p.reason = QStringLiteral("cannot delete ") + status.message;
        p.coverOption = coveringFlags(pod, m_options, now, lookup);
        return p;
    }
    if (!status.remove) {
        p.verdict = Verdict::Skip;
        p.reason = !status.message.isEmpty() ? status.message
                   : status.filter == QLatin1String("mirror")
                       ? DrainPreview::tr("mirror pod of a static pod: the kubelet owns it")
                       : DrainPreview::tr("deletion timestamp older than --skip-wait-for-delete-timeout");
        return p;
    }
    p.reason = status.message;
    if (pod.isFinished() && p.reason.isEmpty())
        p.reason =
            DrainPreview::tr("finished (%1): removed, nothing replaces it").arg(podPhaseName(pod.phase));
    p.viaDelete = m_options.disableEviction;
    p.replaced = !pod.isFinished() && recreatedByController(p.owner);
    return p;
}

void NodePreviewer::applyBudgets(const Pod &pod, DrainPodPreview &p)
{
    // A DELETE bypasses budgets (--disable-eviction, FACTS §5.1); a finished pod is not counted.
    if (p.viaDelete || p.budgets.isEmpty() || pod.isFinished())
        return;
    const bool overridden = std::any_of(p.budgets.cbegin(), p.budgets.cend(), [&](const DrainBudget &b) {
        return m_options.overridePdbs.contains(b.key);
    });
    if (p.budgets.size() > 1) {
        QStringList keys;
        for (const DrainBudget &b : std::as_const(p.budgets))
            keys << b.key;
        const QString why =
            DrainPreview::tr("selected by %1 PodDisruptionBudgets (%2): the API server refuses "
                             "to evict a pod under several budgets (500)")
                .arg(p.budgets.size())
                .arg(keys.join(QStringLiteral(", ")));
        if (overridden) {
            p.viaDelete = true;
            p.reason = why + DrainPreview::tr("; deleted instead (--override-pdb)");
        } else {
            p.verdict = Verdict::Blocked;
            p.reason = why;
            p.coverOption = QStringLiteral("--override-pdb ") + keys.first();
        }
        return;
    }
    const DrainBudget &budget = p.budgets.first();
    if (budget.disruptionsAllowed <= 0) {
        if (overridden) {
            p.viaDelete = true;
            p.reason = DrainPreview::tr("PodDisruptionBudget %1 allows no disruption; deleted instead "
                                        "(--override-pdb)")
                           .arg(budget.describe());
        } else {
            p.verdict = Verdict::Blocked;
            p.reason = DrainPreview::tr("PodDisruptionBudget %1: the eviction is refused (429) and retried "
                                        "until the budget allows one")
                           .arg(budget.describe());
            p.coverOption = QStringLiteral("--override-pdb ") + budget.key;
        }
        return;
    }
    int &allowed = m_allowed[budget.key];
    if (allowed > 0) {
        --allowed;
        return;
    }
    m_waitingOn.insert(p.podKey, budget.key);
    p.reason = DrainPreview::tr("waits for a replacement to become Ready: PodDisruptionBudget %1")
                   .arg(budget.describe());
}

void NodePreviewer::applyCapacity(const QList<Pod> &pods, DrainNodePreview &preview)
{
    QSet<QString> stuckBudgets; // budgets whose evicted pods' replacements stay Pending
    for (int i = 0; i < pods.size(); ++i) {
        DrainPodPreview &p = preview.pods[i];
        if (!p.removed() || !p.replaced)
            continue;
        Pod replacement = pods.at(i);
        replacement.nodeName.clear();
        p.placedOn = m_placer.place(replacement, &p.pendingReason);
        if (p.placedOn.isEmpty() && !p.budgets.isEmpty() && !m_waitingOn.contains(p.podKey))
            stuckBudgets.insert(p.budgets.first().key);
    }
    // A pod waiting for a budget whose freed replicas cannot start anywhere waits forever.
    for (DrainPodPreview &p : preview.pods) {
        const QString budget = m_waitingOn.value(p.podKey);
        if (budget.isEmpty() || !stuckBudgets.contains(budget))
            continue;
        p.verdict = Verdict::Blocked;
        p.reason = DrainPreview::tr("waits forever on PodDisruptionBudget %1: the replacements of its "
                                    "evicted pods fit on no node")
                       .arg(p.budgets.first().describe());
        p.coverOption = QStringLiteral("--override-pdb ") + budget;
    }
}

void NodePreviewer::applyDowntime(const QList<Pod> &pods, DrainNodePreview &preview)
{
    // Ready replicas that leave with this drain, per workload; a workload with none left is down.
    QSet<QString> owners;
    for (const DrainPodPreview &p : std::as_const(preview.pods)) {
        if (p.removed() && p.replaced)
            owners.insert(p.owner);
    }
    const QHash<QString, int> ready = readyByOwner(m_snapshot, m_owners, owners);
    QHash<QString, int> leaving;
    for (int i = 0; i < pods.size(); ++i) {
        const DrainPodPreview &p = preview.pods.at(i);
        if (p.removed() && p.replaced && isPodHealthyForPdb(pods.at(i)))
            ++leaving[p.owner];
    }
    for (int i = 0; i < pods.size(); ++i) {
        DrainPodPreview &p = preview.pods[i];
        if (!p.removed() || pods.at(i).isFinished())
            continue;
        if (p.owner.isEmpty()) {
            p.verdict = Verdict::Downtime;
            p.reason = DrainPreview::tr("declares no controller: it is deleted and nothing recreates it");
        } else if (p.replaced && !p.owner.startsWith(QLatin1String("Job ")) &&
                   isPodHealthyForPdb(pods.at(i)) && leaving.value(p.owner) >= ready.value(p.owner)) {
            p.verdict = Verdict::Downtime;
            p.reason = DrainPreview::tr("the last ready replica of %1 (%2 of %2 ready on this node): it has "
                                        "none until a replacement is Ready")
                           .arg(p.owner)
                           .arg(ready.value(p.owner));
        }
    }
}

} // namespace

QString drainPodVerdictName(DrainPodVerdict verdict)
{
    switch (verdict) {
    case Verdict::Evict:
        return QStringLiteral("evict");
    case Verdict::Downtime:
        return QStringLiteral("downtime");
    case Verdict::Skip:
        return QStringLiteral("skip");
    case Verdict::Blocked:
        return QStringLiteral("blocked");
    }
    return {};
}

QString DrainBudget::describe() const
{
    return DrainPreview::tr("%1 (%2: %3 healthy, %4 desired, %5 disruptions allowed)")
        .arg(key, rule)
        .arg(currentHealthy)
        .arg(desiredHealthy)
        .arg(disruptionsAllowed);
}

int DrainNodePreview::count(DrainPodVerdict verdict) const
{
    return int(
        std::count_if(pods.cbegin(), pods.cend(), [&](const auto &p) { return p.verdict == verdict; }));
}

int DrainNodePreview::pendingCount() const
{
    return int(std::count_if(pods.cbegin(), pods.cend(), [](const auto &p) { return p.staysPending(); }));
}

QList<DrainBlocker> DrainNodePreview::blockers() const
{
    QList<DrainBlocker> result;
    if (!error.isEmpty())
        result << DrainBlocker{node, {}, error, {}};
    for (const DrainPodPreview &pod : pods) {
        if (pod.verdict == Verdict::Blocked)
            result << DrainBlocker{node, pod.podKey, pod.reason, pod.coverOption};
        else if (pod.staysPending())
            result << DrainBlocker{
                node,
                pod.podKey,
                DrainPreview::tr("its replacement fits on no node: %1").arg(pod.pendingReason),
                {}};
    }
    return result;
}

DrainNodePreview DrainPreview::previewNode(const ClusterSnapshot &snapshot, const QString &node,
                                           const DrainOptions &options)
{
    return NodePreviewer(snapshot, options, {node}).run(node);
}

namespace {

// After a node's preview: the node is cordoned, its removed pods are gone and their replacements
// run where the preview placed them (or are Pending), and the budgets are recounted.
void applyDrain(ClusterSnapshot &working, const DrainNodePreview &preview)
{
    for (Node &node : working.nodes) {
        if (node.name == preview.node)
            node.unschedulable = true;
    }
    QHash<QString, const DrainPodPreview *> byKey;
    QSet<QString> touchedBudgets;
    for (const DrainPodPreview &p : preview.pods) {
        if (!p.removed())
            continue;
        byKey.insert(p.podKey, &p);
        for (const DrainBudget &b : p.budgets)
            touchedBudgets.insert(b.key);
    }
    if (byKey.isEmpty())
        return;
    QList<Pod> &pods = working.pods;
    for (qsizetype i = pods.size() - 1; i >= 0; --i) {
        if (pods.at(i).nodeName != preview.node)
            continue;
        const DrainPodPreview *p = byKey.value(pods.at(i).key());
        if (!p)
            continue;
        if (!p->replaced) {
            pods.removeAt(i);
            continue;
        }
        Pod &pod = pods[i];
        pod.nodeName = p->placedOn;
        pod.phase = p->placedOn.isEmpty() ? PodPhase::Pending : PodPhase::Running;
        pod.ready = !p->placedOn.isEmpty();
    }
    // Only the budgets of the pods that moved can have changed; each counts its namespace's pods.
    QHash<QString, QList<Pod>> podsByNamespace;
    for (const QString &budget : std::as_const(touchedBudgets))
        podsByNamespace.insert(budget.section(QLatin1Char('/'), 0, 0), {});
    for (const Pod &pod : std::as_const(pods)) {
        if (const auto it = podsByNamespace.find(pod.namespaceName); it != podsByNamespace.end())
            it->append(pod);
    }
    for (PodDisruptionBudget &pdb : working.pdbs) {
        if (touchedBudgets.contains(pdb.key()))
            updatePdbStatus(pdb, podsByNamespace.value(pdb.namespaceName));
    }
}

} // namespace

QList<DrainNodePreview> DrainPreview::previewRun(const ClusterSnapshot &snapshot, const QStringList &nodes,
                                                 const DrainOptions &options, int maxCordoned)
{
    ClusterSnapshot working = snapshot;
    QStringList cordoned; // in drain order
    QList<DrainNodePreview> result;
    for (const QString &node : nodes) {
        if (maxCordoned > 0 && cordoned.size() >= maxCordoned) {
            // The oldest node of the window is back (uncordoned) before the next one drains.
            const QString back = cordoned.takeFirst();
            for (Node &n : working.nodes) {
                if (n.name == back)
                    n.unschedulable = false;
            }
        }
        cordoned << node;
        QSet<QString> draining(cordoned.cbegin(), cordoned.cend());
        if (maxCordoned == AllCordonedFirst)
            draining = QSet<QString>(nodes.cbegin(), nodes.cend());
        result << NodePreviewer(working, options, draining).run(node);
        applyDrain(working, result.last());
    }
    return result;
}

QList<DrainBlocker> DrainPreview::blockers(const QList<DrainNodePreview> &previews)
{
    QList<DrainBlocker> result;
    for (const DrainNodePreview &preview : previews)
        result << preview.blockers();
    return result;
}

} // namespace Slipway
