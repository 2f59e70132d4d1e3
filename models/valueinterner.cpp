#include "models/valueinterner.h"

namespace Slipway {

namespace {

size_t hashOf(const LabelMap &map)
{
    size_t hash = size_t(map.size());
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        hash = qHashMulti(hash, it.key(), it.value());
    return hash;
}

size_t hashOf(const QList<OwnerReference> &refs)
{
    size_t hash = size_t(refs.size());
    for (const OwnerReference &r : refs)
        hash = qHashMulti(hash, r.apiVersion, r.kind, r.name, r.uid, r.controller);
    return hash;
}

size_t hashOf(const QList<Container> &containers)
{
    size_t hash = size_t(containers.size());
    for (const Container &c : containers)
        hash =
            qHashMulti(hash, c.name, c.image, c.requests.cpuMilli, c.requests.memoryBytes, c.requests.pods);
    return hash;
}

size_t hashOf(const QList<Toleration> &tolerations)
{
    size_t hash = size_t(tolerations.size());
    for (const Toleration &t : tolerations)
        hash = qHashMulti(hash, t.key, t.op, t.value, t.effect, t.tolerationSeconds.value_or(-1),
                          t.tolerationSeconds.has_value());
    return hash;
}

size_t hashOf(const QList<Volume> &volumes)
{
    size_t hash = size_t(volumes.size());
    for (const Volume &v : volumes)
        hash = qHashMulti(hash, v.name, v.emptyDir);
    return hash;
}

} // namespace

void ValueInterner::intern(QString &text)
{
    if (text.isEmpty())
        return;
    const auto it = m_strings.constFind(text);
    if (it != m_strings.cend())
        text = *it;
    else
        m_strings.insert(text);
}

void ValueInterner::intern(Pod &pod)
{
    // The pod's own name and uid are unique: nothing to share.
    intern(pod.namespaceName);
    intern(pod.nodeName);
    intern(pod.priorityClassName);
    intern(pod.statusReason);
    intern(pod.statusMessage);
    for (LabelMap *map : {&pod.labels, &pod.annotations, &pod.nodeSelector}) {
        if (!map->isEmpty())
            m_maps.intern(*map, hashOf(*map));
    }
    if (!pod.ownerReferences.isEmpty())
        m_owners.intern(pod.ownerReferences, hashOf(pod.ownerReferences));
    if (!pod.containers.isEmpty())
        m_containers.intern(pod.containers, hashOf(pod.containers));
    if (!pod.tolerations.isEmpty())
        m_tolerations.intern(pod.tolerations, hashOf(pod.tolerations));
    if (!pod.volumes.isEmpty())
        m_volumes.intern(pod.volumes, hashOf(pod.volumes));
}

} // namespace Slipway
