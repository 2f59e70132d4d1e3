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

bool recreatedByController(const QString &owner)
{
    // DaemonSet pods are never moved (an orphan's DaemonSet is gone); every other controller
    // makes a new pod somewhere else.
    return !owner.isEmpty() && !owner.startsWith(QLatin1String("DaemonSet "));
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

// The cluster as the drains previewed so far left it: the snapshot's pods (a removed one is only
// marked gone) and the placer's requests and cordons. A node's preview asks it for the node's
// pods, their owners and budgets and the ready pods per owner; the first drain of a run indexes
// all of that (pods per node, owner and budgets per pod, ready pods per owner, each budget's
// expected and healthy pods) and keeps it up to date as pods move, so that a run of N nodes costs
// N small previews and not N scans of every pod. One node's preview scans instead.
class WorkingCluster
{
public:
    WorkingCluster(const ClusterSnapshot &snapshot, const QSet<QString> &draining)
        : m_working(snapshot)
        , m_owners(snapshot)
        , m_placer(snapshot, draining)
    {
        for (const QString &node : draining)
            m_draining.insert(node, 1);
        for (int n = 0; n < m_working.nodes.size(); ++n) {
            if (!m_nodes.contains(m_working.nodes.at(n).name))
                m_nodes.insert(m_working.nodes.at(n).name, n);
        }
    }

    const ClusterSnapshot &snapshot() const { return m_working; }
    DrainPreviewPlacer &placer() { return m_placer; }
    bool hasNode(const QString &node) const { return m_nodes.contains(node); }
    const Pod &pod(int i) const { return m_working.pods.at(i); }
    QString ownerOf(int i) const { return m_indexed ? m_owner.at(i) : m_owners.ownerOf(pod(i)); }

    // The budgets selecting pod i, in the snapshot's order.
    QList<int> budgetsOf(int i) const
    {
        if (m_indexed)
            return m_budgets.at(i);
        QList<int> budgets;
        for (int j = 0; j < m_working.pdbs.size(); ++j) {
            const PodDisruptionBudget &pdb = m_working.pdbs.at(j);
            if (pdb.namespaceName == pod(i).namespaceName && selectorMatches(pdb.selector, pod(i).labels))
                budgets << j;
        }
        return budgets;
    }

    // The pods on a node, in the snapshot's order.
    QList<int> podsOn(const QString &node) const
    {
        QList<int> pods;
        if (m_indexed) {
            pods = m_byNode.value(node);
            std::sort(pods.begin(), pods.end());
        } else {
            for (int i = 0; i < m_working.pods.size(); ++i) {
                if (m_working.pods.at(i).nodeName == node)
                    pods << i;
            }
        }
        return pods;
    }

    // The ready pods of each of `wanted`'s owners, on any node, as readyByOwner() counts them: a
    // static pod's mirror ("Node x") counts only when another wanted owner or one of its
    // ReplicaSets is named x.
    QHash<QString, int> readyOf(const QSet<QString> &wanted) const
    {
        if (!m_indexed)
            return readyByOwner(m_working, m_owners, wanted);
        QHash<QString, int> ready;
        QSet<QString> controllerNames;
        bool mirrors = false;
        for (const QString &owner : wanted) {
            if (owner.startsWith(QLatin1String("Node ")))
                mirrors = true;
            else if (const int n = m_ready.value(owner))
                ready.insert(owner, n);
        }
        if (!mirrors)
            return ready;
        for (const QString &owner : wanted)
            controllerNames.insert(owner.section(QLatin1Char('/'), -1));
        controllerNames.unite(m_owners.replicaSetNamesOf(wanted));
        for (const QString &owner : wanted) {
            const int n = m_ready.value(owner);
            if (n && owner.startsWith(QLatin1String("Node ")) && controllerNames.contains(owner.mid(5)))
                ready.insert(owner, n);
        }
        return ready;
    }

    // A node of the run is cordoned, or back.
    void setCordoned(const QString &node, bool cordoned)
    {
        const auto it = m_nodes.constFind(node);
        if (it == m_nodes.cend())
            return;
        m_working.nodes[*it].unschedulable = cordoned;
        refresh(node);
    }
    // A node starts (+1) or stops (-1) being drained: the placer treats it as cordoned meanwhile.
    void setDraining(const QString &node, int delta)
    {
        m_draining[node] += delta;
        refresh(node);
    }

    // After a node's preview (of `pods`, in the preview's order): the node is cordoned, its
    // removed pods are gone and their replacements run where the preview placed them (or are
    // Pending), and the budgets of the pods that moved are recounted.
    void applyDrain(const DrainNodePreview &preview, const QList<int> &pods)
    {
        index();
        setCordoned(preview.node, true);
        QSet<int> touchedBudgets;
        for (int k = 0; k < pods.size(); ++k) {
            const int i = pods.at(k);
            const DrainPodPreview &p = preview.pods.at(k);
            if (!p.removed())
                continue;
            for (int j : m_budgets.at(i))
                touchedBudgets.insert(j);
            count(i, -1);
            Pod &pod = m_working.pods[i];
            if (!pod.isFinished())
                m_placer.release(pod.nodeName, pod.totalRequests());
            if (!p.replaced) {
                m_gone[i] = true;
                continue;
            }
            pod.nodeName = p.placedOn;
            pod.phase = p.placedOn.isEmpty() ? PodPhase::Pending : PodPhase::Running;
            pod.ready = !p.placedOn.isEmpty();
            if (!p.placedOn.isEmpty())
                m_byNode[p.placedOn] << i;
            count(i, +1);
        }
        if (const auto it = m_byNode.find(preview.node); it != m_byNode.end())
            it->removeIf([&](int i) { return m_gone[i] || m_working.pods.at(i).nodeName != preview.node; });
        for (int j : std::as_const(touchedBudgets))
            setPdbStatus(m_working.pdbs[j], m_expected[j], m_healthy[j]);
    }

private:
    void index()
    {
        if (m_indexed)
            return;
        m_indexed = true;
        const QList<Pod> &pods = std::as_const(m_working).pods;
        m_gone.resize(pods.size());
        m_owner.resize(pods.size());
        m_budgets.resize(pods.size());
        QHash<QString, QList<int>> pdbsByNamespace;
        for (int j = 0; j < m_working.pdbs.size(); ++j)
            pdbsByNamespace[m_working.pdbs.at(j).namespaceName] << j;
        m_expected.resize(m_working.pdbs.size());
        m_healthy.resize(m_working.pdbs.size());
        for (int i = 0; i < pods.size(); ++i) {
            const Pod &pod = pods.at(i);
            if (!pod.nodeName.isEmpty())
                m_byNode[pod.nodeName] << i;
            m_owner[i] = m_owners.ownerOf(pod);
            for (int j : pdbsByNamespace.value(pod.namespaceName)) {
                if (selectorMatches(m_working.pdbs.at(j).selector, pod.labels))
                    m_budgets[i] << j;
            }
            count(i, +1);
        }
    }

    void refresh(const QString &node)
    {
        if (const auto it = m_nodes.constFind(node); it != m_nodes.cend())
            m_placer.setUnschedulable(node,
                                      m_working.nodes.at(*it).unschedulable || m_draining.value(node) > 0);
    }

    // Adds (+1) or takes away (-1) pod i from the ready and budget counts.
    void count(int i, int sign)
    {
        const Pod &pod = m_working.pods.at(i);
        const bool healthy = isPodHealthyForPdb(pod);
        if (!pod.nodeName.isEmpty() && healthy && !m_owner.at(i).isEmpty())
            m_ready[m_owner.at(i)] += sign;
        if (pod.isFinished())
            return;
        for (int j : m_budgets.at(i)) {
            m_expected[j] += sign;
            m_healthy[j] += healthy ? sign : 0;
        }
    }

    ClusterSnapshot m_working;
    OwnerIndex m_owners;
    DrainPreviewPlacer m_placer;
    QHash<QString, int> m_draining; // how often each node is in the run's cordoned window
    QHash<QString, int> m_nodes;
    bool m_indexed = false; // the rest is filled by index()
    std::vector<bool> m_gone;
    QList<QString> m_owner;
    QList<QList<int>> m_budgets; // per pod: the budgets selecting it, in the snapshot's order
    QHash<QString, QList<int>> m_byNode;
    QHash<QString, int> m_ready;
    QList<int> m_expected; // per budget
    QList<int> m_healthy;
};

class NodePreviewer
{
public:
    NodePreviewer(WorkingCluster &cluster, const DrainOptions &options)
        : m_cluster(cluster)
        , m_snapshot(cluster.snapshot())
        , m_options(options)
    {}

    // The node's preview; `previewed` gets the pods it looked at, in its order.
    DrainNodePreview run(const QString &node, QList<int> *previewed);

private:
    DrainPodPreview filtered(int pod, QList<DrainPodDecision> &decisions);
    void applyBudgets(const Pod &pod, DrainPodPreview &preview);
    void applyDowntime(const QList<int> &pods, DrainNodePreview &preview);
    void applyCapacity(const QList<int> &pods, DrainNodePreview &preview);

    WorkingCluster &m_cluster;
    const ClusterSnapshot &m_snapshot;
    const DrainOptions &m_options;
    QHash<QString, int> m_allowed;       // disruptions still allowed per budget as evictions go through
    QHash<QString, QString> m_waitingOn; // pod key -> budget it waits on for a replacement
};

DrainNodePreview NodePreviewer::run(const QString &node, QList<int> *previewed)
{
    DrainNodePreview preview;
    preview.node = node;
    preview.options = m_options;
    if (!m_cluster.hasNode(node)) {
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
    QList<int> pods = m_cluster.podsOn(node);
    pods.removeIf([&](int i) { return !selector->matches(m_cluster.pod(i).labels); });
    DrainPodList list;
    for (int i : std::as_const(pods)) {
        DrainPodPreview p = filtered(i, list.items);
        if (p.removed())
            applyBudgets(m_cluster.pod(i), p);
        preview.pods << p;
    }
    preview.errors = list.errors();
    if (const QString warnings = list.warnings(); !warnings.isEmpty())
        preview.warnings << warnings;
    applyCapacity(pods, preview);
    applyDowntime(pods, preview);
    if (previewed)
        *previewed = pods;
    return preview;
}

DrainPodPreview NodePreviewer::filtered(int i, QList<DrainPodDecision> &decisions)
{
    using Reason = DrainFilterResult::Reason;
    const Pod &pod = m_cluster.pod(i);
    DrainPodPreview p;
    p.podKey = pod.key();
    p.owner = m_cluster.ownerOf(i);
    for (int j : m_cluster.budgetsOf(i))
        p.budgets << budgetOf(m_snapshot.pdbs.at(j));
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
    // Each node's preview starts from the budgets as the drains before it left them.
    auto allowed = m_allowed.find(budget.key);
    if (allowed == m_allowed.end())
        allowed = m_allowed.insert(budget.key, budget.disruptionsAllowed);
    if (*allowed > 0) {
        --*allowed;
        return;
    }
    m_waitingOn.insert(p.podKey, budget.key);
    p.reason = DrainPreview::tr("waits for a replacement to become Ready: PodDisruptionBudget %1")
                   .arg(budget.describe());
}

void NodePreviewer::applyCapacity(const QList<int> &pods, DrainNodePreview &preview)
{
    QSet<QString> stuckBudgets; // budgets whose evicted pods' replacements stay Pending
    for (int i = 0; i < pods.size(); ++i) {
        DrainPodPreview &p = preview.pods[i];
        if (!p.removed() || !p.replaced)
            continue;
        p.placedOn = m_cluster.placer().place(m_cluster.pod(pods.at(i)), &p.pendingReason);
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

void NodePreviewer::applyDowntime(const QList<int> &pods, DrainNodePreview &preview)
{
    // Ready replicas that leave with this drain, per workload; a workload with none left is down.
    QSet<QString> owners;
    for (const DrainPodPreview &p : std::as_const(preview.pods)) {
        if (p.removed() && p.replaced)
            owners.insert(p.owner);
    }
    const QHash<QString, int> ready = m_cluster.readyOf(owners);
    QHash<QString, int> leaving;
    for (int i = 0; i < pods.size(); ++i) {
        const DrainPodPreview &p = preview.pods.at(i);
        if (p.removed() && p.replaced && isPodHealthyForPdb(m_cluster.pod(pods.at(i))))
            ++leaving[p.owner];
    }
    for (int i = 0; i < pods.size(); ++i) {
        DrainPodPreview &p = preview.pods[i];
        if (!p.removed() || m_cluster.pod(pods.at(i)).isFinished())
            continue;
        if (p.owner.isEmpty()) {
            p.verdict = Verdict::Downtime;
            p.reason = DrainPreview::tr("declares no controller: it is deleted and nothing recreates it");
        } else if (p.replaced && !p.owner.startsWith(QLatin1String("Job ")) &&
                   isPodHealthyForPdb(m_cluster.pod(pods.at(i))) &&
                   leaving.value(p.owner) >= ready.value(p.owner)) {
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
    WorkingCluster cluster(snapshot, {node});
    return NodePreviewer(cluster, options).run(node, nullptr);
}

QList<DrainNodePreview> DrainPreview::previewRun(const ClusterSnapshot &snapshot, const QStringList &nodes,
                                                 const DrainOptions &options, int maxCordoned)
{
    // The nodes being drained: the cordoned ones of the run, or all of them from the start.
    const QSet<QString> all(nodes.cbegin(), nodes.cend());
    WorkingCluster cluster(snapshot, maxCordoned == AllCordonedFirst ? all : QSet<QString>{});
    QStringList cordoned; // in drain order
    QList<DrainNodePreview> result;
    result.reserve(nodes.size());
    for (const QString &node : nodes) {
        if (maxCordoned > 0 && cordoned.size() >= maxCordoned) {
            // The oldest node of the window is back (uncordoned) before the next one drains.
            const QString back = cordoned.takeFirst();
            cluster.setCordoned(back, false);
            cluster.setDraining(back, -1);
        }
        cordoned << node;
        if (maxCordoned != AllCordonedFirst)
            cluster.setDraining(node, +1);
        QList<int> pods;
        result << NodePreviewer(cluster, options).run(node, &pods);
        cluster.applyDrain(result.last(), pods);
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
