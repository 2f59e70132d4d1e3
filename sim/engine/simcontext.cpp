#include "sim/engine/simcontext.h"

#include "sim/engine/kubeconventions.h"
#include "sim/engine/virtualclock.h"

namespace Slipway {

QDateTime SimContext::now() const
{
    return clock->now();
}

void SimContext::at(const QDateTime &due, std::function<void()> action)
{
    clock->callAt(due, timerOwner, [this, action = std::move(action)] {
        action();
        if (settle)
            settle();
    });
}

QDateTime SimContext::nextPeriodicAfter(const QDateTime &after, qint64 periodSeconds, qint64 offsetMs) const
{
    const qint64 period = periodSeconds * 1000;
    const qint64 base = epoch.toMSecsSinceEpoch() + offsetMs;
    const qint64 t = after.toMSecsSinceEpoch();
    const qint64 delta = t - base;
    const qint64 floorSteps = delta >= 0 ? delta / period : -((-delta + period - 1) / period);
    return QDateTime::fromMSecsSinceEpoch(base + (floorSteps + 1) * period, Qt::UTC);
}

QString SimContext::newUid(const QString &seed)
{
    return KubeConventions::uidFor(QStringLiteral("sim/") + seed + QLatin1Char('#') +
                                   QString::number(++m_identityCounter));
}

QString SimContext::generatePodName(const QString &namespaceName, const QString &prefix)
{
    for (;;) {
        const QString name =
            prefix + QLatin1Char('-') +
            KubeConventions::nameSuffix(prefix + QLatin1Char('#') + QString::number(++m_identityCounter), 5);
        if (!store.pod(namespaceName + QLatin1Char('/') + name))
            return name;
    }
}

const Pod *SimContext::createPod(Pod pod)
{
    pod.uid = newUid(QStringLiteral("pod/") + pod.key());
    pod.creationTimestamp = now();
    pod.deletionTimestamp.reset();
    pod.deletionGracePeriodSeconds.reset();
    KubeConventions::addDefaultTolerations(pod);
    StoredObject object;
    object.kind = ResourceKind::Pod;
    object.pod = std::move(pod);
    return &store.create(std::move(object)).pod;
}

PodDeletion SimContext::deletePod(const QString &key, std::optional<qint64> gracePeriodSeconds)
{
    PodDeletion result;
    const StoredObject *current = store.find(ResourceKind::Pod, key);
    if (!current)
        return result;
    result.found = true;
    const Pod &pod = current->pod;
    qint64 grace = gracePeriodSeconds.value_or(pod.terminationGracePeriodSeconds);
    if (grace < 0)
        grace = pod.terminationGracePeriodSeconds;
    // The pod strategy deletes pods that never reached a kubelet, and finished ones, at once.
    if (pod.nodeName.isEmpty() || pod.isFinished())
        grace = 0;
    if (grace == 0) {
        result.object = *current;
        result.removed = true;
        store.remove(ResourceKind::Pod, key);
        result.object.resourceVersion = store.resourceVersion();
        return result;
    }
    const QDateTime deadline = now().addSecs(grace);
    if (pod.deletionTimestamp && *pod.deletionTimestamp <= deadline) {
        result.object = *current; // already terminating, at least as soon
        return result;
    }
    store.updatePod(key, [&](Pod &p) {
        p.deletionTimestamp = deadline;
        p.deletionGracePeriodSeconds = grace;
    });
    result.object = *store.find(ResourceKind::Pod, key);
    return result;
}

QString controllerKey(const Pod &pod, const QString &kind)
{
    const auto ref = pod.controllerRef();
    return ref && ref->kind == kind ? pod.namespaceName + QLatin1Char('/') + ref->name : QString();
}

} // namespace Slipway
