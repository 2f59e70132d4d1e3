#include "sim/engine/simulator.h"

#include "models/clusterapi.h"
#include "models/componentversions.h"
#include "sim/engine/daemonsetcontroller.h"
#include "sim/engine/disruptioncontroller.h"
#include "sim/engine/eventrecorder.h"
#include "sim/engine/evictionapi.h"
#include "sim/engine/jobcontroller.h"
#include "sim/engine/kubeconventions.h"
#include "sim/engine/kubeletfleet.h"
#include "sim/engine/nodelifecyclecontroller.h"
#include "sim/engine/nodeupgradeagent.h"
#include "sim/engine/practicenodeagent.h"
#include "sim/engine/replicasetcontroller.h"
#include "sim/engine/simcontext.h"
#include "sim/engine/simresults.h"
#include "sim/engine/simscheduler.h"
#include "sim/engine/statefulsetcontroller.h"
#include "sim/engine/taintevictioncontroller.h"
#include "models/version.h"
#include "sim/engine/virtualclock.h"

#include <QMap>

namespace Slipway {

namespace {

const QString kKubeSystem = QStringLiteral("kube-system");

bool isKubeApiserver(const Pod &pod)
{
    return pod.namespaceName == kKubeSystem &&
           pod.labels.value(QStringLiteral("component")) == QLatin1String("kube-apiserver");
}

StoredObject stored(ResourceKind kind)
{
    StoredObject o;
    o.kind = kind;
    return o;
}

// kube-apiserver creates these four namespaces; the others come from the objects in them.
QList<Namespace> deriveNamespaces(const ClusterSnapshot &s)
{
    QMap<QString, Namespace> byName;
    QDateTime clusterCreated = s.takenAt;
    for (const Node &n : s.nodes) {
        if (n.creationTimestamp.isValid() &&
            (!clusterCreated.isValid() || n.creationTimestamp < clusterCreated))
            clusterCreated = n.creationTimestamp;
    }
    auto touch = [&](const QString &name, const QDateTime &created) {
        if (name.isEmpty())
            return;
        Namespace &ns = byName[name];
        if (ns.name.isEmpty()) {
            ns.name = name;
            ns.uid = KubeConventions::uidFor(QStringLiteral("namespace/") + name);
            // The API server labels every namespace with its name since v1.21.
            if (KubeConventions::minorOf(s.serverVersion) < 0 ||
                KubeConventions::minorOf(s.serverVersion) >= 21)
                ns.labels.insert(QStringLiteral("kubernetes.io/metadata.name"), name);
        }
        if (created.isValid() && (!ns.creationTimestamp.isValid() || created < ns.creationTimestamp))
            ns.creationTimestamp = created;
    };
    for (const Namespace &ns : s.namespaces)
        byName.insert(ns.name, ns);
    for (const char *builtIn : {"default", "kube-system", "kube-public", "kube-node-lease"})
        touch(QLatin1String(builtIn), clusterCreated);
    for (const Pod &p : s.pods)
        touch(p.namespaceName, p.creationTimestamp);
    for (const Workload &w : s.workloads)
        touch(w.namespaceName, w.creationTimestamp);
    for (const PodDisruptionBudget &pdb : s.pdbs)
        touch(pdb.namespaceName, clusterCreated);
    return byName.values();
}

} // namespace

QString resourceKindName(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Namespace:
        return QStringLiteral("Namespace");
    case ResourceKind::Node:
        return QStringLiteral("Node");
    case ResourceKind::Pod:
        return QStringLiteral("Pod");
    case ResourceKind::Deployment:
        return QStringLiteral("Deployment");
    case ResourceKind::ReplicaSet:
        return QStringLiteral("ReplicaSet");
    case ResourceKind::StatefulSet:
        return QStringLiteral("StatefulSet");
    case ResourceKind::DaemonSet:
        return QStringLiteral("DaemonSet");
    case ResourceKind::Job:
        return QStringLiteral("Job");
    case ResourceKind::PodDisruptionBudget:
        return QStringLiteral("PodDisruptionBudget");
    }
    return {};
}

QString StoredObject::namespaceName() const
{
    switch (kind) {
    case ResourceKind::Namespace:
    case ResourceKind::Node:
        return {};
    case ResourceKind::Pod:
        return pod.namespaceName;
    case ResourceKind::PodDisruptionBudget:
        return pdb.namespaceName;
    default:
        return workload.namespaceName;
    }
}

QString StoredObject::name() const
{
    switch (kind) {
    case ResourceKind::Namespace:
        return namespaceObject.name;
    case ResourceKind::Node:
        return node.name;
    case ResourceKind::Pod:
        return pod.name;
    case ResourceKind::PodDisruptionBudget:
        return pdb.name;
    default:
        return workload.name;
    }
}

class Simulator::Private
{
public:
    SimContext ctx;
    std::unique_ptr<SimScheduler> scheduler;
    std::unique_ptr<KubeletFleet> kubelets;
    std::unique_ptr<NodeLifecycleController> nodeLifecycle;
    std::unique_ptr<TaintEvictionController> taintEviction;
    std::unique_ptr<ReplicaSetController> replicaSets;
    std::unique_ptr<StatefulSetController> statefulSets;
    std::unique_ptr<DaemonSetController> daemonSets;
    std::unique_ptr<JobController> jobs;
    std::unique_ptr<DisruptionController> disruption;
    std::unique_ptr<NodeUpgradeAgent> upgrades;
    std::unique_ptr<EvictionApi> eviction;
    std::unique_ptr<EventRecorder> events;
    std::vector<SimController *> controllers; // in settle order
    bool settling = false;
    QString clusterName;
    QString initialServerVersion;
    mutable std::optional<QString> serverVersion; // cache, dropped when a kube-apiserver pod changes
    bool apiServerAvailable = true;

    bool computeApiServerAvailable() const;

    void load(const ClusterSnapshot &snapshot);
    void settle();
};

void Simulator::Private::load(const ClusterSnapshot &snapshot)
{
    SimStore &store = ctx.store;
    store.setRecording(false); // the initial state is not history
    for (const Namespace &ns : deriveNamespaces(snapshot)) {
        StoredObject o = stored(ResourceKind::Namespace);
        o.namespaceObject = ns;
        store.create(std::move(o));
    }
    for (const Node &node : snapshot.nodes) {
        StoredObject o = stored(ResourceKind::Node);
        o.node = node;
        store.create(std::move(o));
    }
    for (const Pod &pod : snapshot.pods) {
        StoredObject o = stored(ResourceKind::Pod);
        o.pod = pod;
        // Every pod went through DefaultTolerationSeconds admission when it was created (FACTS §6).
        KubeConventions::addDefaultTolerations(o.pod);
        store.create(std::move(o));
    }
    for (const Workload &w : snapshot.workloads) {
        StoredObject o = stored(SimStore::kindOf(w.kind));
        o.workload = w;
        store.create(std::move(o));
    }
    for (const PodDisruptionBudget &pdb : snapshot.pdbs) {
        StoredObject o = stored(ResourceKind::PodDisruptionBudget);
        o.pdb = pdb;
        store.create(std::move(o));
    }
    store.setRecording(true);
    ctx.templates.captureAll(store);
    kubelets->load();
    // Every controller starts by looking at everything, as informers list before they watch.
    for (const SimStore::ObjectMap *map :
         {&store.objects(ResourceKind::Namespace), &store.objects(ResourceKind::Node),
          &store.objects(ResourceKind::Deployment), &store.objects(ResourceKind::ReplicaSet),
          &store.objects(ResourceKind::StatefulSet), &store.objects(ResourceKind::DaemonSet),
          &store.objects(ResourceKind::Job), &store.objects(ResourceKind::PodDisruptionBudget),
          &store.objects(ResourceKind::Pod)}) {
        for (const auto &[key, object] : *map) {
            const WatchEvent added{WatchEventType::Added, object};
            for (SimController *c : controllers)
                c->observe(added, nullptr);
        }
    }
}

void Simulator::Private::settle()
{
    if (settling)
        return; // a write from inside a controller; the running loop picks it up
    settling = true;
    // Controllers react to each other's writes at the same virtual instant until nothing changes.
    constexpr int kMaxRounds = 1000;
    int round = 0;
    for (; round < kMaxRounds; ++round) {
        bool worked = false;
        for (SimController *c : controllers) {
            if (c->hasWork()) {
                c->sync();
                worked = true;
            }
        }
        if (!worked)
            break;
    }
    if (round == kMaxRounds)
        qWarning("Slipway: the practice cluster's controllers did not settle after %d rounds", kMaxRounds);
    settling = false;
}

Simulator::Simulator(const ClusterSnapshot &initial, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    SimContext &ctx = d->ctx;
    ctx.clock = new VirtualClock(
        initial.takenAt.isValid() ? initial.takenAt.toUTC() : QDateTime::currentDateTimeUtc(), this);
    ctx.timerOwner = this;
    ctx.epoch = ctx.clock->now();
    ctx.settle = [this] {
        d->settle();
    };
    d->clusterName = initial.name;
    d->initialServerVersion = initial.serverVersion;

    d->scheduler = std::make_unique<SimScheduler>(ctx);
    d->kubelets = std::make_unique<KubeletFleet>(ctx);
    d->nodeLifecycle = std::make_unique<NodeLifecycleController>(ctx);
    d->taintEviction = std::make_unique<TaintEvictionController>(ctx);
    d->replicaSets = std::make_unique<ReplicaSetController>(ctx);
    d->statefulSets = std::make_unique<StatefulSetController>(ctx);
    d->daemonSets = std::make_unique<DaemonSetController>(ctx);
    d->jobs = std::make_unique<JobController>(ctx);
    d->disruption = std::make_unique<DisruptionController>(ctx);
    d->eviction = std::make_unique<EvictionApi>(ctx, *d->disruption);
    d->upgrades =
        std::make_unique<NodeUpgradeAgent>(ctx, [this](const QString &node, const QString &version) {
            Q_EMIT nodeUpgradeFinished(node, version);
        });
    ctx.scheduler = d->scheduler.get();
    ctx.kubelets = d->kubelets.get();
    ctx.nodeLifecycle = d->nodeLifecycle.get();
    d->nodeLifecycle->setFallbackVersion(initial.serverVersion);
    d->controllers = {d->nodeLifecycle.get(), d->taintEviction.get(), d->replicaSets.get(),
                      d->statefulSets.get(),  d->daemonSets.get(),    d->jobs.get(),
                      d->scheduler.get(),     d->kubelets.get(),      d->disruption.get()};

    d->load(initial);
    ctx.store.setListener([this](const WatchEvent &event, const StoredObject *previous) {
        for (SimController *c : d->controllers)
            c->observe(event, previous);
        if (event.object.kind == ResourceKind::Pod && isKubeApiserver(event.object.pod)) {
            d->serverVersion.reset();
            const bool available = d->computeApiServerAvailable();
            if (available != d->apiServerAvailable) {
                d->apiServerAvailable = available;
                Q_EMIT apiServerAvailabilityChanged(available);
            }
        }
        if (d->ctx.events)
            d->ctx.events->observe(event, previous);
        Q_EMIT changed(event);
    });
    d->settle();
    d->apiServerAvailable = d->computeApiServerAvailable();
    // Whatever the controllers did to settle the scenario is part of the initial state.
    ctx.store.compactHistory();
    d->events = std::make_unique<EventRecorder>(
        [this] { return d->ctx.now(); }, [this](const QString &node) { return d->kubelets->isRunning(node); },
        [this](const QString &node) { return d->ctx.store.node(node); });
    ctx.events = d->events.get();
    connect(ctx.clock, &VirtualClock::timeChanged, this, &Simulator::reconcile);
    // The practice executor's trigger: upgrade and reboot requests as node annotations.
    new PracticeNodeAgent(this);
}

Simulator::~Simulator()
{
    // Timers hold `this` as their context; the clock is our child and goes first with them.
    d->ctx.store.setListener({});
    d->ctx.events = nullptr;
}

VirtualClock *Simulator::clock() const
{
    return d->ctx.clock;
}

QDateTime Simulator::now() const
{
    return d->ctx.now();
}

ClusterSnapshot Simulator::snapshot() const
{
    const SimStore &store = d->ctx.store;
    ClusterSnapshot s;
    s.name = d->clusterName;
    s.serverVersion = serverGitVersion();
    s.takenAt = now();
    for (const auto &[key, o] : store.objects(ResourceKind::Namespace))
        s.namespaces << o.namespaceObject;
    for (const auto &[key, o] : store.objects(ResourceKind::Node))
        s.nodes << o.node;
    s.pods.reserve(qsizetype(store.objects(ResourceKind::Pod).size()));
    for (const auto &[key, o] : store.objects(ResourceKind::Pod))
        s.pods << o.pod;
    for (ResourceKind kind : {ResourceKind::Deployment, ResourceKind::ReplicaSet, ResourceKind::StatefulSet,
                              ResourceKind::DaemonSet, ResourceKind::Job}) {
        for (const auto &[key, o] : store.objects(kind))
            s.workloads << o.workload;
    }
    for (const auto &[key, o] : store.objects(ResourceKind::PodDisruptionBudget))
        s.pdbs << o.pdb;
    s.components = deriveComponentVersions(s.pods, s.workloads);
    return s;
}

ClusterCounts Simulator::counts(bool withNodes) const
{
    const SimStore &store = d->ctx.store;
    const SimStore::SampleCounts &counts = store.sampleCounts();
    ClusterCounts s;
    s.readyNodes = counts.readyNodes;
    s.schedulableNodes = counts.schedulableNodes;
    s.totalNodes = int(store.objects(ResourceKind::Node).size());
    s.pendingPods = counts.pendingPods;
    s.workloadsBelowDesired = counts.workloadsBelowDesired;
    if (withNodes) {
        QList<Node> nodes;
        nodes.reserve(qsizetype(store.objects(ResourceKind::Node).size()));
        for (const auto &[key, o] : store.objects(ResourceKind::Node))
            nodes << o.node;
        s.nodes = std::move(nodes);
    }
    return s;
}

quint64 Simulator::resourceVersion() const
{
    return d->ctx.store.resourceVersion();
}

QString Simulator::serverGitVersion() const
{
    if (d->serverVersion)
        return *d->serverVersion;
    // /version answers from whichever kube-apiserver serves it; like kubeadm we report the newest
    // (FACTS §3.1). Image tags carry '+' as '_' (imageTagToVersion turns it back).
    QString best;
    Version bestVersion;
    const auto [first, last] = d->ctx.store.namespaceRange(ResourceKind::Pod, kKubeSystem);
    for (auto it = first; it != last; ++it) {
        const Pod &pod = it->second.pod;
        if (!isKubeApiserver(pod) || pod.containers.isEmpty())
            continue;
        const QString text = imageTagToVersion(pod.containers.constFirst().image);
        const Version v = Version::parse(text);
        if (v.isValid() && (best.isEmpty() || bestVersion < v)) {
            best = text;
            bestVersion = v;
        }
    }
    if (best.isEmpty())
        best = d->initialServerVersion; // no static pods (a managed control plane)
    d->serverVersion = best;
    return best;
}

SimList Simulator::list(ResourceKind kind, const QString &namespaceName) const
{
    return d->ctx.store.list(kind, namespaceName);
}

std::optional<StoredObject> Simulator::get(ResourceKind kind, const QString &namespaceName,
                                           const QString &name) const
{
    const StoredObject *o = d->ctx.store.find(kind, SimStore::keyOf(kind, namespaceName, name));
    return o ? std::optional<StoredObject>(*o) : std::nullopt;
}

std::optional<Pod> Simulator::pod(const QString &namespaceName, const QString &name) const
{
    const Pod *p = d->ctx.store.pod(SimStore::keyOf(ResourceKind::Pod, namespaceName, name));
    return p ? std::optional<Pod>(*p) : std::nullopt;
}

QList<PodDisruptionBudget> Simulator::podDisruptionBudgets(const QString &namespaceName) const
{
    const SimStore &store = d->ctx.store;
    const SimStore::ObjectMap &all = store.objects(ResourceKind::PodDisruptionBudget);
    auto [first, last] = std::make_pair(all.cbegin(), all.cend());
    if (!namespaceName.isEmpty())
        std::tie(first, last) = store.namespaceRange(ResourceKind::PodDisruptionBudget, namespaceName);
    QList<PodDisruptionBudget> out;
    for (auto it = first; it != last; ++it)
        out.append(it->second.pdb);
    return out;
}

void Simulator::setTimingModel(const SimTimingModel &timing)
{
    d->ctx.timing = timing;
}

SimTimingModel Simulator::timingModel() const
{
    return d->ctx.timing;
}

QList<Pod> Simulator::podsOnNode(const QString &node) const
{
    const SimStore &store = d->ctx.store;
    QList<Pod> out;
    for (const QString &key : store.podKeysOnNode(node)) {
        if (const Pod *pod = store.pod(key))
            out << *pod;
    }
    return out;
}

void Simulator::setEventRecording(bool on)
{
    d->ctx.events = on ? d->events.get() : nullptr;
}

void Simulator::setWatchHistoryLimit(int limit)
{
    d->ctx.store.setHistoryLimit(limit);
}

std::optional<QList<WatchEvent>> Simulator::eventsSince(quint64 resourceVersion) const
{
    return d->ctx.store.eventsSince(resourceVersion);
}

SimResult Simulator::updateNode(const QString &name, const std::function<void(Node &)> &mutate,
                                quint64 expectedResourceVersion)
{
    SimStore &store = d->ctx.store;
    const StoredObject *current = store.find(ResourceKind::Node, name);
    if (!current)
        return SimResults::notFound(QStringLiteral("nodes"), name);
    if (expectedResourceVersion > 0 && expectedResourceVersion != current->resourceVersion)
        return SimResults::staleObject(QStringLiteral("nodes"), name);
    // Only metadata and spec are the client's; identity and status stay the server's.
    Node edited = current->node;
    if (mutate)
        mutate(edited);
    StoredObject next = *current;
    next.node.labels = edited.labels;
    next.node.annotations = edited.annotations;
    next.node.taints = edited.taints;
    next.node.unschedulable = edited.unschedulable;
    store.replace(std::move(next));
    d->settle();
    return SimResults::ok(*store.find(ResourceKind::Node, name));
}

SimResult Simulator::deletePod(const QString &namespaceName, const QString &name,
                               std::optional<qint64> gracePeriodSeconds)
{
    const PodDeletion deletion =
        d->ctx.deletePod(namespaceName + QLatin1Char('/') + name, gracePeriodSeconds);
    if (!deletion.found)
        return SimResults::notFound(QStringLiteral("pods"), name);
    d->settle();
    return SimResults::ok(deletion.object);
}

SimResult Simulator::evictPod(const QString &namespaceName, const QString &name,
                              std::optional<qint64> gracePeriodSeconds)
{
    SimResult result = d->eviction->evict(namespaceName, name, gracePeriodSeconds);
    d->settle();
    return result;
}

void Simulator::powerOffNode(const QString &name)
{
    if (!d->ctx.store.node(name))
        return;
    d->kubelets->powerOff(name);
    d->settle();
}

void Simulator::powerOnNode(const QString &name)
{
    if (!d->ctx.store.node(name))
        return;
    d->kubelets->powerOn(name);
    d->settle();
}

void Simulator::rebootNode(const QString &name, qint64 downSeconds)
{
    if (!d->ctx.store.node(name))
        return;
    d->kubelets->powerOff(name);
    d->ctx.at(now().addSecs(std::max<qint64>(0, downSeconds)), [this, name] { d->kubelets->powerOn(name); });
    d->settle();
}

SimResult Simulator::upgradeNode(const QString &name, const QString &version, bool firstControlPlane)
{
    SimResult result = d->upgrades->start(name, version, firstControlPlane);
    d->settle();
    return result;
}

void Simulator::reconcile()
{
    d->settle();
}

std::optional<QDateTime> Simulator::nodeLastHeartbeat(const QString &name) const
{
    if (!d->ctx.store.node(name))
        return std::nullopt;
    return d->kubelets->lastHeartbeat(name);
}

std::optional<QDateTime> Simulator::nodeReadyTransitionTime(const QString &name) const
{
    return d->nodeLifecycle->readyTransitionTime(name);
}

bool Simulator::isNodePoweredOn(const QString &name) const
{
    return d->ctx.store.node(name) && d->kubelets->isRunning(name);
}

bool Simulator::Private::computeApiServerAvailable() const
{
    bool any = false;
    const auto [first, last] = ctx.store.namespaceRange(ResourceKind::Pod, kKubeSystem);
    for (auto it = first; it != last; ++it) {
        const Pod &pod = it->second.pod;
        if (!isKubeApiserver(pod))
            continue;
        any = true;
        if ((pod.ready && !pod.deletionTimestamp) || !kubelets->isRunning(pod.nodeName))
            return true;
    }
    return !any;
}

bool Simulator::isApiServerAvailable() const
{
    return d->apiServerAvailable;
}

bool Simulator::isNodeUpgrading(const QString &name) const
{
    return d->upgrades->isUpgrading(name);
}

qint64 Simulator::nodeMonitorGracePeriodSeconds() const
{
    return d->nodeLifecycle->gracePeriodSeconds();
}

EventRecorder *Simulator::events() const
{
    return d->events.get();
}

namespace {

SimResult alreadyExists(const QString &resource, const QString &name)
{
    SimResult r;
    r.httpStatus = 409;
    r.reason = QStringLiteral("AlreadyExists");
    r.message = QStringLiteral("%1 \"%2\" already exists").arg(resource, name);
    r.detailsKind = resource;
    r.detailsName = name;
    return r;
}

} // namespace

SimResult Simulator::addNode(const Node &node, qint64 readySeconds)
{
    SimStore &store = d->ctx.store;
    if (node.name.isEmpty())
        return SimResults::invalid(QStringLiteral("nodes"), node.name,
                                   QStringLiteral("Node \"\" is invalid: metadata.name: Required value: name "
                                                  "or generateName is required"));
    if (store.node(node.name))
        return alreadyExists(QStringLiteral("nodes"), node.name);
    StoredObject object = stored(ResourceKind::Node);
    object.node = node;
    object.node.uid = d->ctx.newUid(QStringLiteral("nodes/") + node.name);
    object.node.creationTimestamp = now();
    object.node.bootId = KubeConventions::newBootId(node.name, 0);
    object.node.ready = ConditionStatus::False;
    object.node.readyReason = QStringLiteral("KubeletNotReady");
    object.node.unschedulable = false;
    d->kubelets->join(node.name, std::max<qint64>(0, readySeconds));
    store.create(std::move(object));
    d->settle();
    return SimResults::ok(*store.find(ResourceKind::Node, node.name), 201);
}

SimResult Simulator::deleteNode(const QString &name)
{
    SimStore &store = d->ctx.store;
    const StoredObject *current = store.find(ResourceKind::Node, name);
    if (!current)
        return SimResults::notFound(QStringLiteral("nodes"), name);
    const StoredObject last = *current;
    store.remove(ResourceKind::Node, name);
    // kube-controller-manager's pod GC force-deletes pods whose node is gone once its quarantine
    // (40 s) has passed and the node is still missing.
    constexpr qint64 kPodGcQuarantineSeconds = 40;
    d->ctx.at(now().addSecs(kPodGcQuarantineSeconds), [this, name] {
        if (d->ctx.store.node(name))
            return;
        for (const QString &key : d->ctx.store.podKeysOnNode(name))
            d->ctx.deletePod(key, 0);
    });
    d->settle();
    return SimResults::ok(last);
}

SimResult Simulator::createPod(const Pod &pod)
{
    SimStore &store = d->ctx.store;
    if (!store.find(ResourceKind::Namespace, pod.namespaceName))
        return SimResults::notFound(QStringLiteral("namespaces"), pod.namespaceName);
    if (store.pod(pod.key()))
        return alreadyExists(QStringLiteral("pods"), pod.name);
    Pod fresh = pod;
    fresh.phase = PodPhase::Pending;
    fresh.ready = false;
    fresh.statusReason.clear();
    fresh.statusMessage.clear();
    const QString key = d->ctx.createPod(std::move(fresh))->key();
    d->settle();
    const StoredObject *created = store.find(ResourceKind::Pod, key);
    return created ? SimResults::ok(*created, 201) : SimResults::notFound(QStringLiteral("pods"), pod.name);
}

SimResult Simulator::createWorkload(const Workload &workload)
{
    SimStore &store = d->ctx.store;
    const ResourceKind kind = SimStore::kindOf(workload.kind);
    const QString resource = workloadKindName(workload.kind).toLower() + QLatin1Char('s');
    if (!store.find(ResourceKind::Namespace, workload.namespaceName))
        return SimResults::notFound(QStringLiteral("namespaces"), workload.namespaceName);
    if (store.find(kind, workload.key()))
        return alreadyExists(resource, workload.name);
    StoredObject object = stored(kind);
    object.workload = workload;
    object.workload.uid = d->ctx.newUid(resource + QLatin1Char('/') + workload.key());
    object.workload.creationTimestamp = d->ctx.now();
    object.workload.readyReplicas = 0;
    const QString key = store.create(std::move(object)).workload.key();
    d->settle();
    const StoredObject *created = store.find(kind, key);
    return created ? SimResults::ok(*created, 201) : SimResults::notFound(resource, workload.name);
}

SimResult Simulator::scaleWorkload(WorkloadKind kind, const QString &namespaceName, const QString &name,
                                   int replicas, quint64 expectedResourceVersion)
{
    SimStore &store = d->ctx.store;
    const QString resource = workloadKindName(kind).toLower() + QLatin1Char('s');
    const QString key = namespaceName + QLatin1Char('/') + name;
    const StoredObject *current = store.find(SimStore::kindOf(kind), key);
    if (!current)
        return SimResults::notFound(resource, name);
    if (expectedResourceVersion > 0 && expectedResourceVersion != current->resourceVersion)
        return SimResults::staleObject(resource, name);
    if (replicas < 0)
        return SimResults::invalid(
            resource, name,
            QStringLiteral("Scale.apps \"%1\" is invalid: spec.replicas: Invalid value: "
                           "%2: must be greater than or equal to 0")
                .arg(name)
                .arg(replicas));
    store.updateWorkload(kind, key, [replicas](Workload &w) { w.replicas = replicas; });
    d->settle();
    return SimResults::ok(*store.find(SimStore::kindOf(kind), key));
}

} // namespace Slipway
