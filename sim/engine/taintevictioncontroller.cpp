#include "sim/engine/taintevictioncontroller.h"

#include "sim/engine/eventrecorder.h"

#include "sim/engine/kubeconventions.h"

#include <algorithm>
#include <limits>

namespace Slipway {

namespace {

QList<Taint> noExecuteTaints(const Node &node)
{
    QList<Taint> result;
    for (const Taint &t : node.taints) {
        if (t.effect == KubeConventions::kEffectNoExecute)
            result << t;
    }
    return result;
}

} // namespace

void TaintEvictionController::observe(const WatchEvent &event, const StoredObject *previous)
{
    const StoredObject &object = event.object;
    if (object.kind == ResourceKind::Node) {
        if (event.type == WatchEventType::Deleted)
            return;
        const QList<Taint> taints = noExecuteTaints(object.node);
        if (previous ? noExecuteTaints(previous->node) != taints : !taints.isEmpty())
            m_nodes.insert(object.node.name);
        return;
    }
    if (object.kind != ResourceKind::Pod)
        return;
    if (event.type == WatchEventType::Deleted) {
        cancel(object.pod.uid);
        return;
    }
    // Pods newly on a node with NoExecute taints (a taint change on the node brings the rest).
    const Pod &pod = object.pod;
    if (pod.nodeName.isEmpty() ||
        (previous && previous->pod.nodeName == pod.nodeName && previous->pod.tolerations == pod.tolerations))
        return;
    const Node *node = m_ctx.store.node(pod.nodeName);
    if (node && std::any_of(node->taints.cbegin(), node->taints.cend(),
                            [](const Taint &t) { return t.effect == KubeConventions::kEffectNoExecute; }))
        m_pods.insert(pod.key());
}

bool TaintEvictionController::hasWork() const
{
    return !m_nodes.empty() || !m_pods.empty();
}

void TaintEvictionController::sync()
{
    std::set<QString> pods = std::exchange(m_pods, {});
    for (const QString &node : std::exchange(m_nodes, {})) {
        for (const QString &key : m_ctx.store.podKeysOnNode(node))
            pods.insert(key);
    }
    for (const QString &key : pods)
        processPod(key);
}

void TaintEvictionController::cancel(const QString &uid)
{
    m_startedMs.remove(uid);
    m_timerMs.remove(uid);
}

void TaintEvictionController::processPod(const QString &podKey)
{
    const Pod *pod = m_ctx.store.pod(podKey);
    if (!pod || pod->deletionTimestamp || pod->nodeName.isEmpty()) {
        if (pod)
            cancel(pod->uid);
        return;
    }
    const Node *node = m_ctx.store.node(pod->nodeName);
    const QList<Taint> taints = node ? noExecuteTaints(*node) : QList<Taint>();
    const QString uid = pod->uid;
    if (taints.isEmpty()) {
        cancel(uid);
        return;
    }
    // GetMatchingTolerations: the first toleration of each taint; an untolerated taint evicts now.
    // getMinTolerationTime: the smallest tolerationSeconds of those; none at all means forever.
    constexpr qint64 kForever = std::numeric_limits<qint64>::max();
    qint64 minSeconds = kForever;
    for (const Taint &taint : taints) {
        const auto it = std::find_if(pod->tolerations.cbegin(), pod->tolerations.cend(),
                                     [&](const Toleration &t) { return t.tolerates(taint); });
        if (it == pod->tolerations.cend()) {
            minSeconds = 0;
            break;
        }
        if (it->tolerationSeconds)
            minSeconds = std::min(minSeconds, std::max<qint64>(0, *it->tolerationSeconds));
    }
    if (minSeconds == kForever) {
        cancel(uid);
        return;
    }
    const qint64 nowMs = m_ctx.now().toMSecsSinceEpoch();
    const qint64 startMs = m_startedMs.value(uid, nowMs);
    m_startedMs.insert(uid, startMs);
    const qint64 dueMs = startMs + minSeconds * 1000;
    if (dueMs <= nowMs) {
        cancel(uid);
        if (m_ctx.events) {
            if (const Pod *evicted = m_ctx.store.pod(podKey))
                m_ctx.events->recordForPod(*evicted, QStringLiteral("Normal"),
                                           QStringLiteral("TaintManagerEviction"),
                                           QStringLiteral("Marking for deletion Pod %1").arg(podKey),
                                           QStringLiteral("taint-eviction-controller"));
        }
        m_ctx.deletePod(podKey, std::nullopt); // DeleteOptions{}: the pod's own grace period
        return;
    }
    if (m_timerMs.value(uid) != dueMs) {
        m_timerMs.insert(uid, dueMs);
        m_ctx.at(QDateTime::fromMSecsSinceEpoch(dueMs, Qt::UTC), [this, podKey] { processPod(podKey); });
    }
}

} // namespace Slipway
