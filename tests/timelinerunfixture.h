#pragma once

// Synthetic run-event streams for the timeline's tests, benchmark and demo: a rolling run as the
// runner records it (docs/run-events.md), deterministic for a seed. Not a simulator: times and
// cluster figures are plausible, not derived from a cluster.

#include "models/run/runevent.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace Slipway::TimelineFixture {

struct RollingRunOptions
{
    QStringList nodes;           // in run order
    QSet<QString> controlPlanes; // upgraded longer (kubeadm upgrade apply/node)
    int parallel = 1;            // nodes per wave (maxUnavailable)
    QDateTime start = QDateTime(QDate(2026, 12, 2), QTime(4, 30), Qt::UTC);
    QSet<QString> pdbWaitNodes;        // an eviction is refused by a PDB for ~95 s
    QSet<QString> failedUncordonNodes; // the first uncordon fails (409), retried 5 s later
    QSet<QString> failedUpgradeNodes;  // the upgrade fails; the node stops there
    bool detail = true;                // intents, evictions, commands, node states
    quint32 seed = 1;
};

// The bundled default scenario's shape: 3 control-plane nodes and 6 workers, a PDB wait on
// worker-3 (billing/invoice-api), a failed uncordon on worker-5 that is retried.
inline RollingRunOptions defaultScenarioRun()
{
    RollingRunOptions o;
    o.nodes = {QStringLiteral("cp-1"),     QStringLiteral("cp-2"),     QStringLiteral("cp-3"),
               QStringLiteral("worker-1"), QStringLiteral("worker-2"), QStringLiteral("worker-3"),
               QStringLiteral("worker-4"), QStringLiteral("worker-5"), QStringLiteral("worker-6")};
    o.controlPlanes = {QStringLiteral("cp-1"), QStringLiteral("cp-2"), QStringLiteral("cp-3")};
    o.pdbWaitNodes = {QStringLiteral("worker-3")};
    o.failedUncordonNodes = {QStringLiteral("worker-5")};
    return o;
}

inline QStringList manyNodes(int count)
{
    QStringList nodes;
    nodes.reserve(count);
    for (int i = 0; i < count; ++i)
        nodes << QStringLiteral("node-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
    return nodes;
}

namespace detail {

// A cluster-figure change an event causes, turned into cluster-sample events after merging.
struct Delta
{
    int ready = 0;
    int schedulable = 0;
    int pending = 0;
    int below = 0;
    bool any() const { return ready || schedulable || pending || below; }
};

struct Timed
{
    RunEvent event;
    Delta delta;
    int order = 0; // tie-break: node index, then emission order
};

class NodeScript
{
public:
    NodeScript(const RollingRunOptions &options, const QString &node, qint64 startMs, int order)
        : m_o(options)
        , m_node(node)
        , m_ms(startMs)
        , m_order(order)
        , m_rng(options.seed * 7919u + quint32(order))
    {}

    QList<Timed> events;
    qint64 endMs() const { return m_ms; }

    void run()
    {
        const bool cp = m_o.controlPlanes.contains(m_node);
        phase(RunPhase::Cordon, [&] { cordon(); });
        phase(RunPhase::Drain, [&] { drain(); });
        const bool upgradeFails = m_o.failedUpgradeNodes.contains(m_node);
        if (!phase(
                RunPhase::Upgrade, [&] { upgrade(cp, upgradeFails); }, upgradeFails)) {
            state(NodeRunState::Failed);
            return;
        }
        phase(RunPhase::Verify, [&] { verify(); });
        if (m_o.failedUncordonNodes.contains(m_node)) {
            phase(
                RunPhase::Uncordon, [&] { step(300, 600); }, true,
                QStringLiteral("Operation cannot be fulfilled on nodes \"%1\": the object has been modified; "
                               "please apply your changes to the latest version and try again")
                    .arg(m_node));
            log(QStringLiteral("error"), QStringLiteral("uncordon failed (409 Conflict); retrying"));
            step(5000, 5000);
        }
        phase(RunPhase::Uncordon, [&] { uncordon(); });
        state(NodeRunState::Done);
    }

private:
    RunEvent make(RunEvent::Type type)
    {
        RunEvent e;
        e.type = type;
        e.time = QDateTime::fromMSecsSinceEpoch(m_ms, Qt::UTC);
        e.node = m_node;
        return e;
    }
    void push(RunEvent e, Delta d = {}) { events.append({std::move(e), d, m_order}); }
    void step(int minMs, int maxMs) { m_ms += minMs + int(m_rng.bounded(quint32(maxMs - minMs + 1))); }
    void state(NodeRunState s)
    {
        if (!m_o.detail)
            return;
        RunEvent e = make(RunEvent::Type::NodeState);
        e.data.insert(QLatin1String("previous"), nodeRunStateName(m_state));
        e.state = s;
        m_state = s;
        push(e);
    }
    void log(const QString &level, const QString &message)
    {
        RunEvent e = make(RunEvent::Type::Log);
        e.message = message;
        e.data.insert(QLatin1String("level"), level);
        push(e);
    }
    template<typename Body>
    bool phase(RunPhase p, Body body, bool fails = false, const QString &why = {})
    {
        RunEvent started = make(RunEvent::Type::PhaseStarted);
        started.phase = p;
        push(started);
        body();
        RunEvent finished = make(RunEvent::Type::PhaseFinished);
        finished.phase = p;
        finished.data.insert(QLatin1String("result"),
                             fails ? QStringLiteral("failed") : QStringLiteral("ok"));
        finished.message =
            fails && why.isEmpty() ? QStringLiteral("kubeadm upgrade node: exit status 1") : why;
        Delta d;
        if (!fails && p == RunPhase::Cordon)
            d.schedulable = -1;
        if (!fails && p == RunPhase::Uncordon)
            d.schedulable = 1;
        push(finished, d);
        return !fails;
    }
    void intent(const QString &action, const QString &pod = {})
    {
        if (!m_o.detail)
            return;
        RunEvent e = make(RunEvent::Type::Intent);
        e.pod = pod;
        e.data.insert(QLatin1String("action"), action);
        push(e);
    }
    void cordon()
    {
        intent(QStringLiteral("cordon"));
        step(200, 900);
        if (m_o.detail) {
            RunEvent e = make(RunEvent::Type::Cordon);
            e.data.insert(QLatin1String("result"), QStringLiteral("cordoned"));
            push(e);
        }
        state(NodeRunState::Cordoned);
    }
    void evict(const QString &pod, const QString &outcome, const QString &pdb = {})
    {
        intent(QStringLiteral("evict"), pod);
        RunEvent e = make(RunEvent::Type::EvictionAttempt);
        e.pod = pod;
        e.data.insert(QLatin1String("attempt"), 1);
        e.data.insert(QLatin1String("outcome"), outcome);
        if (!pdb.isEmpty()) {
            e.data.insert(QLatin1String("pdb"), pdb);
            e.data.insert(QLatin1String("httpStatus"), 429);
            e.message = QStringLiteral("Cannot evict pod as it would violate the pod's disruption budget.");
        }
        if (m_o.detail || !pdb.isEmpty())
            push(e, outcome == QLatin1String("accepted") ? Delta{0, 0, 1, 1} : Delta{});
    }
    void drain()
    {
        state(NodeRunState::Draining);
        const int pods = 3 + int(m_rng.bounded(6u));
        for (int i = 0; i < pods; ++i) {
            step(300, 1500);
            const QString pod = QStringLiteral("shop/app-%1-%2").arg(m_order).arg(i);
            evict(pod, QStringLiteral("accepted"));
            step(2000, 6000);
            if (m_o.detail) {
                RunEvent gone = make(RunEvent::Type::PodGone);
                gone.pod = pod;
                push(gone, {0, 0, -1, 0}); // the replacement is scheduled; it is not Ready yet
            }
        }
        if (m_o.pdbWaitNodes.contains(m_node))
            pdbWait();
        step(3000, 8000);
        RunEvent ready = make(RunEvent::Type::Log);
        ready.message = QStringLiteral("replacement pods are Ready");
        ready.data.insert(QLatin1String("level"), QStringLiteral("info"));
        push(ready, {0, 0, 0, -(pods + (m_o.pdbWaitNodes.contains(m_node) ? 1 : 0))});
        state(NodeRunState::Drained);
    }
    void pdbWait()
    {
        const QString pod = QStringLiteral("billing/invoice-api-7d9f8-bcdfg");
        const QString pdb = QStringLiteral("billing/invoice-api");
        step(500, 1000);
        evict(pod, QStringLiteral("blocked"), pdb);
        RunEvent wait = make(RunEvent::Type::WaitStarted);
        wait.pod = pod;
        wait.data.insert(QLatin1String("reason"), QStringLiteral("disruption-budget"));
        wait.data.insert(QLatin1String("pdb"), pdb);
        wait.data.insert(QLatin1String("needs"), 2);
        wait.data.insert(QLatin1String("has"), 1);
        wait.message =
            QStringLiteral("PodDisruptionBudget billing/invoice-api allows 0 disruptions: it needs 2 "
                           "healthy pods and has 1 (invoice-api-7d9f8-x2kqp is not Ready)");
        push(wait);
        step(90'000, 100'000);
        RunEvent ended = make(RunEvent::Type::WaitEnded);
        ended.pod = pod;
        ended.data.insert(QLatin1String("reason"), QStringLiteral("disruption-budget"));
        ended.data.insert(QLatin1String("outcome"), QStringLiteral("resolved"));
        push(ended);
        evict(pod, QStringLiteral("accepted"));
        step(2000, 4000);
        if (m_o.detail) {
            RunEvent gone = make(RunEvent::Type::PodGone);
            gone.pod = pod;
            push(gone, {0, 0, -1, 0});
        }
    }
    void command(const QString &stream, const QString &line)
    {
        if (!m_o.detail)
            return;
        RunEvent e = make(RunEvent::Type::Command);
        e.message = line;
        e.data.insert(QLatin1String("stream"), stream);
        push(e);
    }
    void upgrade(bool cp, bool fails)
    {
        state(NodeRunState::Upgrading);
        intent(QStringLiteral("upgrade"));
        command(QStringLiteral("started"), QStringLiteral("kubeadm upgrade node"));
        step(cp ? 60'000 : 20'000, cp ? 100'000 : 40'000);
        if (fails) {
            command(QStringLiteral("exited"), QStringLiteral("exit status 1"));
            return;
        }
        // The kubelet restarts: the node is NotReady for a while (FACTS-free approximation).
        RunEvent reboot = make(RunEvent::Type::Command);
        reboot.message = QStringLiteral("systemctl restart kubelet");
        reboot.data.insert(QLatin1String("stream"), QStringLiteral("stdout"));
        push(reboot, {-1, 0, 0, 0});
        step(cp ? 40'000 : 30'000, cp ? 80'000 : 60'000);
        command(QStringLiteral("exited"), QStringLiteral("exit status 0"));
    }
    void verify()
    {
        state(NodeRunState::Verifying);
        step(8000, 20'000);
        RunEvent ready = make(RunEvent::Type::Log);
        ready.message = QStringLiteral("node is Ready at the target version");
        ready.data.insert(QLatin1String("level"), QStringLiteral("info"));
        push(ready, {1, 0, 0, 0});
        step(2000, 5000);
    }
    void uncordon()
    {
        intent(QStringLiteral("uncordon"));
        step(300, 800);
        if (m_o.detail) {
            RunEvent e = make(RunEvent::Type::Uncordon);
            e.data.insert(QLatin1String("result"), QStringLiteral("uncordoned"));
            push(e);
        }
        state(NodeRunState::Uncordoned);
    }

    const RollingRunOptions &m_o;
    QString m_node;
    qint64 m_ms;
    int m_order;
    QRandomGenerator m_rng;
    NodeRunState m_state = NodeRunState::Pending;
};

} // namespace detail

// The whole run: run-started, nodes in waves of `parallel`, cluster samples on every change,
// run-finished. Events are in time order with seq 1, 2, 3 …
inline QList<RunEvent> rollingRun(const RollingRunOptions &o)
{
    using namespace detail;
    QList<Timed> all;
    qint64 waveStart = o.start.toMSecsSinceEpoch() + 2000;
    bool failed = false;
    for (int first = 0; first < o.nodes.size() && !failed; first += o.parallel) {
        qint64 waveEnd = waveStart;
        for (int i = first; i < qMin<qsizetype>(o.nodes.size(), first + o.parallel); ++i) {
            NodeScript script(o, o.nodes.at(i), waveStart + (i - first) * 150, i);
            script.run();
            failed = failed || o.failedUpgradeNodes.contains(o.nodes.at(i));
            waveEnd = qMax(waveEnd, script.endMs());
            all.append(std::move(script.events));
        }
        waveStart = waveEnd + 10'000; // soak between waves
    }
    std::stable_sort(all.begin(), all.end(), [](const Timed &a, const Timed &b) {
        return a.event.time.toMSecsSinceEpoch() < b.event.time.toMSecsSinceEpoch();
    });

    QList<RunEvent> out;
    out.reserve(all.size() * 3 / 2 + 4);
    const auto emitEvent = [&out](RunEvent e) {
        e.seq = int(out.size()) + 1;
        out.append(std::move(e));
    };
    const int total = int(o.nodes.size());
    int ready = total, schedulable = total, pending = 0, below = 0;
    const auto sample = [&](const QDateTime &t) {
        RunEvent s;
        s.type = RunEvent::Type::ClusterSample;
        s.time = t;
        s.data = QJsonObject{{QLatin1String("readyNodes"), ready},
                             {QLatin1String("schedulableNodes"), schedulable},
                             {QLatin1String("totalNodes"), total},
                             {QLatin1String("pendingPods"), pending},
                             {QLatin1String("workloadsBelowDesired"), qMin(below, 12)}};
        emitEvent(s);
    };
    RunEvent started;
    started.type = RunEvent::Type::RunStarted;
    started.time = o.start;
    started.data = QJsonObject{{QLatin1String("kind"), QStringLiteral("upgrade")},
                               {QLatin1String("target"), QStringLiteral("v1.33.1")},
                               {QLatin1String("strategy"), QStringLiteral("rolling")},
                               {QLatin1String("maxUnavailable"), o.parallel},
                               {QLatin1String("nodes"), QJsonArray::fromStringList(o.nodes)},
                               {QLatin1String("executor"), QStringLiteral("ssh")}};
    emitEvent(started);
    sample(o.start);
    for (Timed &t : all) {
        const QDateTime time = t.event.time;
        emitEvent(std::move(t.event));
        if (t.delta.any()) {
            ready += t.delta.ready;
            schedulable += t.delta.schedulable;
            pending = qMax(0, pending + t.delta.pending);
            below = qMax(0, below + t.delta.below);
            sample(time);
        }
    }
    RunEvent finished;
    finished.type = RunEvent::Type::RunFinished;
    finished.time = out.constLast().time.addMSecs(1000);
    finished.data = QJsonObject{
        {QLatin1String("result"), failed ? QStringLiteral("failed") : QStringLiteral("succeeded")}};
    emitEvent(finished);
    return out;
}

} // namespace Slipway::TimelineFixture
