#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>

namespace Slipway {

struct StoredObject;

// The JSON of pods as lists and watch events send them, kept by resourceVersion: listing 150,000
// pods again (every refresh of Slipway's client, every kubectl get) costs a copy per pod instead
// of building and serialising a QJsonObject. A pod's JSON depends only on the pod at that version
// and its node's address, which is part of the key. Entries go when their pod is deleted, so the
// cache never holds more than one entry per live pod (about 2 KB each, 320 MB for 150,000 pods),
// and all of them stay within a budget; pods beyond it are encoded every time.
class ApiJsonCache
{
public:
    static constexpr qsizetype MaxBytes = 512 * 1024 * 1024;

    // The cached JSON of `object`, or what `encode` returns, which is then kept (within budget).
    QByteArray json(const StoredObject &object, const QString &hostIP,
                    const std::function<QByteArray()> &encode);
    void remove(const StoredObject &object);
    qsizetype size() const { return m_entries.size(); }
    qsizetype bytes() const { return m_bytes; }

private:
    struct Entry
    {
        quint64 resourceVersion = 0;
        QString hostIP;
        QByteArray json;
    };
    QHash<QString, Entry> m_entries; // storage key ("<namespace>/<name>") -> entry
    qsizetype m_bytes = 0;           // of all entries' JSON
};

} // namespace Slipway
