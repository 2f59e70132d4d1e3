#include "apiserverjsoncache.h"

#include "apiservercontext.h"

namespace Slipway {

QByteArray ApiJsonCache::json(const StoredObject &object, const QString &hostIP, const std::function<QByteArray()> &encode)
{
    Entry &entry = m_entries[storageKey(object)];
    if (entry.json.isEmpty() || entry.resourceVersion != object.resourceVersion || entry.hostIP != hostIP) {
        entry.resourceVersion = object.resourceVersion;
        entry.hostIP = hostIP;
        entry.json = encode();
    }
    return entry.json;
}

void ApiJsonCache::remove(const StoredObject &object)
{
    m_entries.remove(storageKey(object));
}

} // namespace Slipway
