#pragma once

#include "models/clustersnapshot.h"

#include <QHash>
#include <QList>
#include <QSet>

// Makes equal values share one copy through Qt's implicit sharing. The replicas of a workload carry
// the same labels, owner reference, containers and tolerations, and 150,000 pods name only a few
// thousand nodes and namespaces: decoders of big lists pass their values through an interner so
// that memory grows with what differs between objects, not with their number. Not thread-safe.
namespace Slipway {

class ValueInterner
{
public:
    void intern(Pod &pod);
    void intern(QString &text);

private:
    template<typename T>
    class Pool
    {
    public:
        void intern(T &value, size_t hash)
        {
            QList<T> &bucket = m_buckets[hash];
            for (const T &known : std::as_const(bucket)) {
                if (known == value) {
                    value = known;
                    return;
                }
            }
            bucket.append(value);
        }

    private:
        QHash<size_t, QList<T>> m_buckets;
    };

    QSet<QString> m_strings;
    Pool<LabelMap> m_maps;
    Pool<QList<OwnerReference>> m_owners;
    Pool<QList<Container>> m_containers;
    Pool<QList<Toleration>> m_tolerations;
    Pool<QList<Volume>> m_volumes;
};

} // namespace Slipway
