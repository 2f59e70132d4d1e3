#include "sim/engine/disruptioncontroller.h"

#include "models/disruption.h"

namespace Slipway {

void DisruptionController::observe(const WatchEvent &event, const StoredObject *previous)
{
    const StoredObject &object = event.object;
    if (object.kind == ResourceKind::Pod) {
        m_namespaces.add(object.pod.namespaceName);
    } else if (object.kind == ResourceKind::PodDisruptionBudget && event.type != WatchEventType::Deleted) {
        // Our own status writes change nothing the status depends on.
        const PodDisruptionBudget &pdb = object.pdb;
        if (!previous || previous->pdb.selector != pdb.selector ||
            previous->pdb.minAvailable != pdb.minAvailable ||
            previous->pdb.maxUnavailable != pdb.maxUnavailable)
            m_namespaces.add(pdb.namespaceName);
    }
}

void DisruptionController::sync()
{
    for (const QString &ns : m_namespaces.takeAll()) {
        const auto [firstPdb, lastPdb] = m_ctx.store.namespaceRange(ResourceKind::PodDisruptionBudget, ns);
        if (firstPdb == lastPdb)
            continue;
        QList<Pod> pods;
        const auto [firstPod, lastPod] = m_ctx.store.namespaceRange(ResourceKind::Pod, ns);
        for (auto it = firstPod; it != lastPod; ++it)
            pods.append(it->second.pod);
        QList<StoredObject> updated;
        for (auto it = firstPdb; it != lastPdb; ++it) {
            StoredObject copy = it->second;
            updatePdbStatus(copy.pdb, pods);
            if (copy.pdb != it->second.pdb)
                updated << copy;
        }
        for (StoredObject &object : updated)
            m_ctx.store.replace(std::move(object));
    }
}

QList<PodDisruptionBudget> DisruptionController::budgetsFor(const Pod &pod) const
{
    QList<PodDisruptionBudget> inNamespace;
    const auto [first, last] =
        m_ctx.store.namespaceRange(ResourceKind::PodDisruptionBudget, pod.namespaceName);
    for (auto it = first; it != last; ++it)
        inNamespace << it->second.pdb;
    QList<PodDisruptionBudget> result;
    for (const PodDisruptionBudget *pdb : pdbsForPod(pod, inNamespace))
        result << *pdb;
    return result;
}

} // namespace Slipway
