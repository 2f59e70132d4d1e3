#pragma once

// The drain preview's capacity check (internal): replacement pods are placed one by one on the
// schedulable nodes with the scheduler's filters (models/schedulingpredicates.h) and, among the
// nodes that fit, the least allocated one — the default scheduler's NodeResourcesFit
// LeastAllocated scoring, without the other scores. Ties go to the node that comes first in the
// snapshot.
//
// One placer serves a whole run preview (DrainPreview::previewRun): the nodes' requests and
// cordons are kept up to date as pods move, and a placement does not try every node. Nodes are
// grouped by allocatable, and for each kind of pod (its tolerations and nodeSelector — the
// filters that do not change during a run) the schedulable nodes it may run on are kept ordered
// by how much of the group's allocatable they use; a placement walks each group from its least
// used node and stops after the first that fits, once no later node can score higher. The
// result is the node trying every one would pick (tst_drainpreviewplacer compares both).

#include "models/clustersnapshot.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <set>
#include <vector>

namespace Slipway {

class DrainPreviewPlacer
{
public:
    // `draining`: nodes being drained (treated as cordoned whatever the snapshot says).
    DrainPreviewPlacer(const ClusterSnapshot &snapshot, const QSet<QString> &draining);
    ~DrainPreviewPlacer();
    DrainPreviewPlacer(const DrainPreviewPlacer &) = delete;
    DrainPreviewPlacer &operator=(const DrainPreviewPlacer &) = delete;

    // The node a replacement of `pod` would be scheduled to (its requests are then counted there),
    // or empty with `why` set to the scheduler's FailedScheduling message.
    QString place(const Pod &pod, QString *why);

    // The run goes on: a node is cordoned or back, a pod's requests leave a node (the pod was
    // evicted or deleted; `need` is its totalRequests()). Unknown nodes are ignored.
    void setUnschedulable(const QString &node, bool unschedulable);
    void release(const QString &node, const Resources &need);

    // What placements are judged by (for the tests).
    Resources requested(const QString &node) const;
    bool isUnschedulable(const QString &node) const;

private:
    __extension__ using Key = __int128;
    // A schedulable node in a group's order: by its use of the group's allocatable (cpu share +
    // memory share, as one exact integer), then its requests, then its place in the snapshot.
    struct Entry
    {
        Key use = 0;
        qint64 cpu = 0;
        qint64 memory = 0;
        qint64 pods = 0;
        int index = 0;
        friend bool operator<(const Entry &a, const Entry &b)
        {
            if (a.use != b.use)
                return a.use < b.use;
            if (a.cpu != b.cpu)
                return a.cpu < b.cpu;
            if (a.memory != b.memory)
                return a.memory < b.memory;
            if (a.pods != b.pods)
                return a.pods < b.pods;
            return a.index < b.index;
        }
    };
    // The nodes a kind of pod passes the taint and nodeSelector filters on, per group.
    struct Kind
    {
        std::vector<char> allowed; // per node
        std::vector<std::set<Entry>> byGroup;
    };
    struct Group
    {
        Resources allocatable;
        Key slack = 0;       // how far in use a node may be behind the first fitting one and still win
        bool ordered = true; // false: cpu or memory allocatable is 0, every fitting node is scored
    };

    Entry entryOf(int index) const;
    Kind &kindOf(const Pod &pod);
    void unlist(int index);
    void list(int index);

    QList<Node> m_nodes; // cordons and the not-ready taint applied
    std::vector<Resources> m_used;
    std::vector<int> m_group;
    QHash<QString, int> m_index;
    QList<Group> m_groups;
    QHash<QString, std::shared_ptr<Kind>> m_kinds;
};

} // namespace Slipway
