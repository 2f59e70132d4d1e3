#include "sim/engine/disruptioncontroller.h"

#include "models/disruption.h"

namespace Slipway {

void DisruptionController::observe(const WatchEvent &event, const StoredObject *previous)
{
    const StoredObject &object = event.object;
    if (object.kind == ResourceKind::Pod) {
        m_namespaces.add(object.pod.namespaceName);
        if (previous)
            count(previous->pod, -1);
        if (event.type != WatchEventType::Deleted)
            count(object.pod, 1);
    } else if (object.kind == ResourceKind::PodDisruptionBudget) {
        const PodDisruptionBudget &pdb = object.pdb;
        if (event.type == WatchEventType::Deleted) {
            const auto ns = m_counts.find(pdb.namespaceName);
            if (ns != m_counts.end()) {
                ns->remove(pdb.name);
                if (ns->isEmpty())
                    m_counts.erase(ns);
            }
            return;
        }
        // Our own status writes change nothing the status depends on.
        if (!previous || previous->pdb.selector != pdb.selector ||
            previous->pdb.minAvailable != pdb.minAvailable ||
            previous->pdb.maxUnavailable != pdb.maxUnavailable) {
            m_counts[pdb.namespaceName].insert(pdb.name, Counts{pdb.selector, 0, 0, true});
            m_namespaces.add(pdb.namespaceName);
        }
    }
}

void DisruptionController::count(const Pod &pod, int sign)
{
    const auto ns = m_counts.find(pod.namespaceName);
    if (ns == m_counts.end())
        return;
    for (Counts &c : *ns) {
        if (c.recount || !isPodExpectedByPdb(c.selector, pod))
            continue;
        c.expected += sign;
        c.healthy += isPodHealthyForPdb(pod) ? sign : 0;
    }
}

void DisruptionController::recount(const QString &namespaceName, Counts &counts) const
{
    counts.expected = 0;
    counts.healthy = 0;
    const auto [first, last] = m_ctx.store.namespaceRange(ResourceKind::Pod, namespaceName);
    for (auto it = first; it != last; ++it) {
        const Pod &pod = it->second.pod;
        if (!isPodExpectedByPdb(counts.selector, pod))
            continue;
        ++counts.expected;
        counts.healthy += isPodHealthyForPdb(pod) ? 1 : 0;
    }
    counts.recount = false;
}

void DisruptionController::sync()
{
    for (const QString &ns : m_namespaces.takeAll()) {
        const auto [firstPdb, lastPdb] = m_ctx.store.namespaceRange(ResourceKind::PodDisruptionBudget, ns);
        if (firstPdb == lastPdb)
            continue;
        QHash<QString, Counts> &counts = m_counts[ns];
        QList<StoredObject> updated;
        for (auto it = firstPdb; it != lastPdb; ++it) {
            const PodDisruptionBudget &pdb = it->second.pdb;
            auto c = counts.find(pdb.name);
            if (c == counts.end())
                c = counts.insert(pdb.name, Counts{pdb.selector, 0, 0, true});
            if (c->recount)
                recount(ns, *c);
            StoredObject copy = it->second;
            setPdbStatus(copy.pdb, c->expected, c->healthy);
            if (copy.pdb != pdb)
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
