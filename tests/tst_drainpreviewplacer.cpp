// The drain preview's placer (models/drain/drainpreviewplacer_p.h) keeps the schedulable nodes
// ordered per kind of pod and updates that order as pods come and go and nodes are cordoned and
// back. Whatever it does, it must pick the node that trying every node picks: the fitting,
// schedulable node with the highest LeastAllocated score, the first one on a tie. These tests
// play random clusters and random sequences of placements, releases and cordons against that
// plain reference, step by step.
#include "models/drain/drainpreviewplacer_p.h"
#include "models/schedulingpredicates.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Slipway;

namespace {

// The placer as it was before it kept an order: every node is tried for every pod.
class ReferencePlacer
{
public:
    ReferencePlacer(const ClusterSnapshot &snapshot, const QSet<QString> &draining)
    {
        for (Node node : snapshot.nodes) {
            if (draining.contains(node.name))
                node.unschedulable = true;
            const bool tainted = std::any_of(node.taints.cbegin(), node.taints.cend(), [](const Taint &t) {
                return t.key == QLatin1String("node.kubernetes.io/not-ready");
            });
            if (node.ready != ConditionStatus::True && !tainted)
                node.taints << Taint{QStringLiteral("node.kubernetes.io/not-ready"), QString(),
                                     QStringLiteral("NoSchedule")};
            m_nodes << node;
        }
        for (const Pod &pod : snapshot.pods) {
            if (pod.nodeName.isEmpty() || pod.isFinished())
                continue;
            add(pod.nodeName, pod.totalRequests(), +1);
        }
    }

    QString place(const Pod &pod, QString *why)
    {
        const auto freeShare = [](qint64 allocatable, qint64 used) {
            return allocatable > 0 ? double(allocatable - used) / double(allocatable) : 0.0;
        };
        const Resources need = pod.totalRequests();
        const Node *best = nullptr;
        double bestScore = -1.0;
        for (const Node &node : std::as_const(m_nodes)) {
            const Resources used = m_requested.value(node.name);
            if (node.unschedulable || !SchedulingPredicates::fits(node, pod, used, need))
                continue;
            const double score =
                (freeShare(node.allocatable.cpuMilli, used.cpuMilli + need.cpuMilli) +
                 freeShare(node.allocatable.memoryBytes, used.memoryBytes + need.memoryBytes)) /
                2.0;
            if (score > bestScore) {
                best = &node;
                bestScore = score;
            }
        }
        if (!best) {
            QHash<QString, int> reasonCounts;
            for (const Node &node : std::as_const(m_nodes)) {
                QStringList reasons =
                    SchedulingPredicates::unfitReasons(node, pod, m_requested.value(node.name));
                if (reasons.isEmpty() && node.unschedulable)
                    reasons << QStringLiteral("node(s) were unschedulable");
                for (const QString &reason : std::as_const(reasons))
                    ++reasonCounts[reason];
            }
            *why = SchedulingPredicates::unschedulableMessage(int(m_nodes.size()), reasonCounts);
            return {};
        }
        add(best->name, need, +1);
        return best->name;
    }

    void release(const QString &node, const Resources &need) { add(node, need, -1); }
    void setUnschedulable(const QString &name, bool unschedulable)
    {
        for (Node &node : m_nodes) {
            if (node.name == name)
                node.unschedulable = unschedulable;
        }
    }
    Resources requested(const QString &node) const { return m_requested.value(node); }

private:
    void add(const QString &node, const Resources &need, int sign)
    {
        Resources &used = m_requested[node];
        used.cpuMilli += sign * need.cpuMilli;
        used.memoryBytes += sign * need.memoryBytes;
        used.pods += sign;
    }

    QList<Node> m_nodes;
    QHash<QString, Resources> m_requested;
};

constexpr qint64 Mi = qint64(1) << 20;

// A cluster of `nodes` nodes of a few shapes (some with no cpu to allocate, a pod limit of 3,
// tainted, not ready, cordoned, in pool a or b) with pods already on some of them.
ClusterSnapshot randomCluster(QRandomGenerator &rnd, int nodes)
{
    ClusterSnapshot s;
    const Resources shapes[] = {{1000, 1024 * Mi, 110},
                                {2000, 1024 * Mi, 110},
                                {1000, 1024 * Mi, 3},
                                {0, 1024 * Mi, 110},
                                {4000, 8192 * Mi, 110}};
    for (int i = 0; i < nodes; ++i) {
        Node n;
        n.name = QStringLiteral("n%1").arg(i, 3, 10, QLatin1Char('0'));
        n.allocatable = shapes[rnd.bounded(5)];
        n.labels.insert(QStringLiteral("pool"), rnd.bounded(3) ? QStringLiteral("a") : QStringLiteral("b"));
        n.labels.insert(QStringLiteral("kubernetes.io/hostname"), n.name);
        if (rnd.bounded(6) == 0)
            n.taints << Taint{QStringLiteral("dedicated"), QStringLiteral("gpu"),
                              QStringLiteral("NoSchedule")};
        if (rnd.bounded(8) == 0)
            n.taints << Taint{QStringLiteral("spot"), QString(), QStringLiteral("PreferNoSchedule")};
        if (rnd.bounded(10) == 0)
            n.ready = ConditionStatus::False;
        n.unschedulable = rnd.bounded(10) == 0;
        s.nodes << n;
    }
    for (int i = 0; i < nodes * 2; ++i) {
        Pod p;
        p.namespaceName = QStringLiteral("ns");
        p.name = QStringLiteral("existing-%1").arg(i);
        p.nodeName = s.nodes.at(rnd.bounded(nodes)).name;
        p.phase = rnd.bounded(10) == 0 ? PodPhase::Succeeded : PodPhase::Running;
        p.containers << Container{
            QStringLiteral("c"), QString(),
            Resources{qint64(rnd.bounded(3)) * 100, qint64(rnd.bounded(3)) * 128 * Mi, 0}};
        s.pods << p;
    }
    return s;
}

// A replacement pod: requests that make equal and crossing scores likely (100m/256Mi against
// 200m/128Mi on a 1000m/1024Mi node), sometimes none, with a nodeSelector and tolerations.
Pod randomPod(QRandomGenerator &rnd, int i)
{
    Pod p;
    p.namespaceName = QStringLiteral("ns");
    p.name = QStringLiteral("pod-%1").arg(i);
    const Resources requests[] = {{100, 256 * Mi, 0}, {200, 128 * Mi, 0}, {0, 0, 0},
                                  {300, 384 * Mi, 0}, {100, 0, 0},        {900, 900 * Mi, 0}};
    p.containers << Container{QStringLiteral("c"), QString(), requests[rnd.bounded(6)]};
    switch (rnd.bounded(5)) {
    case 0:
        p.nodeSelector.insert(QStringLiteral("pool"), QStringLiteral("b"));
        break;
    case 1:
        p.tolerations << Toleration{
            QStringLiteral("dedicated"), QStringLiteral("Exists"), QString(), QString(), {}};
        break;
    case 2:
        p.tolerations << Toleration{QString(), QStringLiteral("Exists"), QString(), QString(), {}};
        break;
    default:
        break;
    }
    return p;
}

} // namespace

class TestDrainPreviewPlacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placesLikeTryingEveryNode_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("nodes");
        for (quint32 seed = 1; seed <= 40; ++seed)
            QTest::addRow("seed %u", seed) << seed << int(3 + seed * 3 % 37);
    }

    void placesLikeTryingEveryNode()
    {
        QFETCH(quint32, seed);
        QFETCH(int, nodes);
        QRandomGenerator rnd(seed);
        const ClusterSnapshot cluster = randomCluster(rnd, nodes);
        QSet<QString> draining;
        for (int i = 0; i < nodes; i += 7)
            draining.insert(cluster.nodes.at(i).name);
        DrainPreviewPlacer placer(cluster, draining);
        ReferencePlacer reference(cluster, draining);
        struct Placed
        {
            QString node;
            Resources need;
        };
        QList<Placed> placed;
        int placements = 0;
        int pending = 0;
        for (int step = 0; step < 600; ++step) {
            const int what = rnd.bounded(10);
            if (what < 6) {
                const Pod pod = randomPod(rnd, step);
                QString why;
                QString expectedWhy;
                const QString got = placer.place(pod, &why);
                const QString expected = reference.place(pod, &expectedWhy);
                QVERIFY2(got == expected,
                         qPrintable(QStringLiteral("step %1: placed on '%2', trying every node "
                                                   "gives '%3'")
                                        .arg(step)
                                        .arg(got, expected)));
                QCOMPARE(why, expectedWhy);
                if (!got.isEmpty()) {
                    placed << Placed{got, pod.totalRequests()};
                    ++placements;
                } else {
                    ++pending;
                }
            } else if (what < 8 && !placed.isEmpty()) {
                const Placed gone = placed.takeAt(rnd.bounded(int(placed.size())));
                placer.release(gone.node, gone.need);
                reference.release(gone.node, gone.need);
            } else {
                const QString node = cluster.nodes.at(rnd.bounded(nodes)).name;
                const bool cordon = rnd.bounded(2) == 0;
                placer.setUnschedulable(node, cordon);
                reference.setUnschedulable(node, cordon);
                QCOMPARE(placer.isUnschedulable(node), cordon);
            }
            for (const Node &n : cluster.nodes)
                QCOMPARE(placer.requested(n.name), reference.requested(n.name));
        }
        // The sequence did both: pods placed and pods that fit nowhere.
        QVERIFY(placements > 0);
        if (seed == 1)
            qInfo("%d nodes: %d placed, %d Pending", nodes, placements, pending);
    }

    // Two nodes whose shares of cpu and memory differ but add up to the same: the first in the
    // snapshot wins, as when every node is tried.
    void equalScoresGoToTheFirstNode()
    {
        ClusterSnapshot s;
        for (const char *name : {"b-second", "a-first", "c-third"}) {
            Node n;
            n.name = QString::fromLatin1(name);
            n.allocatable = {1000, 1000 * Mi, 110};
            s.nodes << n;
        }
        std::swap(s.nodes[0], s.nodes[1]); // a-first, b-second, c-third
        const auto podOn = [](const QString &node, qint64 cpu, qint64 memory) {
            Pod p;
            p.name = QStringLiteral("on-") + node;
            p.nodeName = node;
            p.containers << Container{QStringLiteral("c"), QString(), {cpu, memory, 0}};
            return p;
        };
        s.pods << podOn(QStringLiteral("b-second"), 200, 100 * Mi)
               << podOn(QStringLiteral("a-first"), 100, 200 * Mi)
               << podOn(QStringLiteral("c-third"), 300, 300 * Mi);
        DrainPreviewPlacer placer(s, {});
        Pod pod;
        pod.name = QStringLiteral("new");
        pod.containers << Container{QStringLiteral("c"), QString(), {100, 100 * Mi, 0}};
        QString why;
        QCOMPARE(placer.place(pod, &why), QStringLiteral("a-first"));
        QCOMPARE(placer.place(pod, &why), QStringLiteral("b-second"));
        placer.setUnschedulable(QStringLiteral("a-first"), true);
        QCOMPARE(placer.place(pod, &why), QStringLiteral("b-second"));
        placer.release(QStringLiteral("b-second"), pod.totalRequests());
        placer.release(QStringLiteral("b-second"), pod.totalRequests());
        QCOMPARE(placer.place(pod, &why), QStringLiteral("b-second"));
        placer.setUnschedulable(QStringLiteral("a-first"), false);
        QCOMPARE(placer.place(pod, &why), QStringLiteral("a-first"));
    }
};

QTEST_GUILESS_MAIN(TestDrainPreviewPlacer)
#include "tst_drainpreviewplacer.moc"
