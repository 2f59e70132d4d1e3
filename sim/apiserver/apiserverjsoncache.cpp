#include "sim/apiserver/apiserverjsoncache.h"

#include "sim/apiserver/apiservercontext.h"

namespace Slipway {

QByteArray ApiJsonCache::json(const StoredObject &object, const QString &hostIP,
                              const std::function<QByteArray()> &encode)
{
    const QString key = storageKey(object);
    const auto it = m_entries.find(key);
    if (it != m_entries.end() && it->resourceVersion == object.resourceVersion && it->hostIP == hostIP)
        return it->json;
    QByteArray json = encode();
    if (it != m_entries.end()) {
        m_bytes += json.size() - it->json.size();
        *it = Entry{object.resourceVersion, hostIP, json};
    } else if (m_bytes + json.size() <= MaxBytes) {
        m_bytes += json.size();
        m_entries.insert(key, Entry{object.resourceVersion, hostIP, json});
    }
    return json;
}

void ApiJsonCache::remove(const StoredObject &object)
{
    const auto it = m_entries.find(storageKey(object));
    if (it == m_entries.end())
        return;
    m_bytes -= it->json.size();
    m_entries.erase(it);
}

} // namespace Slipway
