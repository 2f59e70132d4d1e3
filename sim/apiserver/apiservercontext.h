#pragma once

#include "sim/apiserver/apiserverjsoncache.h"
#include "sim/engine/simulator.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QStringList>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcApiServer)

namespace Slipway {

// One kind's objects at one resourceVersion, in the API server's storage order (by
// "<namespace>/<name>", as etcd keys sort) so that `limit`/`continue` pages are stable.
struct ListSnapshot
{
    ResourceKind kind = ResourceKind::Node;
    QString namespaceName;
    quint64 resourceVersion = 0;
    QList<StoredObject> items;
    QStringList keys; // parallel to items, sorted
    mutable qint64 lastUsedMs = 0;
    // Index of the first key greater than `key`.
    qsizetype indexAfter(const QString &key) const;
};

QString storageKey(const StoredObject &object);

// State every part of the practice API server shares: the simulator, the virtual clock, how
// objects are encoded (via models/kubejson.h), node addresses for pods, and a small cache of
// list snapshots so that paging through 150,000 pods with limit=500 does not copy the whole store
// for every page, and continue tokens stay consistent with their first page. The cache keeps the
// newest snapshot of each list plus one older one that a continue token still uses, within a
// budget of objects (a 150,000-pod copy is about 170 MB).
class ApiServerContext : public QObject
{
    Q_OBJECT
public:
    explicit ApiServerContext(Simulator *simulator, QObject *parent = nullptr);
    ~ApiServerContext() override;

    Simulator *simulator() const { return m_simulator; }
    QDateTime now() const; // the simulator's virtual clock

    QJsonObject encode(const StoredObject &object, const QDateTime &now) const;
    QJsonObject encode(const StoredObject &object) const { return encode(object, now()); }
    QString hostIP(const QString &nodeName) const { return m_nodeIPs.value(nodeName); }
    // Pods carry no IP in the simulator; a stable synthetic one per pod (hostNetwork: the node's).
    QString podIP(const Pod &pod) const;

    // The current list of a kind (one namespace or all), cached until that kind changes.
    std::shared_ptr<const ListSnapshot> snapshot(ResourceKind kind, const QString &namespaceName);
    // A cached list at exactly `resourceVersion`, for continue tokens; nullptr when gone.
    std::shared_ptr<const ListSnapshot> snapshotAt(ResourceKind kind, const QString &namespaceName,
                                                   quint64 resourceVersion) const;

    // Pods' list and watch JSON by resourceVersion (entries of deleted pods are dropped).
    ApiJsonCache &jsonCache() const { return m_jsonCache; }

    int watchCount() const { return m_watchCount; }
    void watchStarted() { ++m_watchCount; }
    void watchEnded() { --m_watchCount; }
    // More open watches than this get 429 TooManyRequests (ApiConnection::Limits::maxWatches).
    int maxWatches() const { return m_maxWatches; }
    void setMaxWatches(int watches) { m_maxWatches = watches; }

    // The policy versions of Eviction the pods/eviction subresource serves, the preferred (the one
    // /api/v1 discovery names) first; empty: no eviction subresource (ApiServer::setEvictionVersions).
    const QStringList &evictionVersions() const { return m_evictionVersions; }
    void setEvictionVersions(const QStringList &versions) { m_evictionVersions = versions; }
    // Eviction bodies received, by their apiVersion ("policy/v1", "policy/v1beta1", …).
    const QHash<QString, int> &evictionsReceived() const { return m_evictionsReceived; }
    void evictionReceived(const QString &apiVersion) { ++m_evictionsReceived[apiVersion]; }

private:
    void onChanged(const WatchEvent &event);
    void prune(qsizetype incoming);

    Simulator *m_simulator;
    QHash<QString, QString> m_nodeIPs;
    QHash<int, quint64> m_lastWrite; // ResourceKind -> resourceVersion of its last change
    QList<std::shared_ptr<const ListSnapshot>> m_snapshots;
    int m_watchCount = 0;
    int m_maxWatches = 256;
    QStringList m_evictionVersions{QStringLiteral("v1"), QStringLiteral("v1beta1")};
    QHash<QString, int> m_evictionsReceived;
    mutable ApiJsonCache m_jsonCache;
};

} // namespace Slipway
