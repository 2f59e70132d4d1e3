#include "models/run/runjournal.h"

#include <QJsonArray>

namespace Slipway {

namespace {

using T = RunEvent::Type;

QString action(const RunEvent &e)
{
    return e.data.value(QLatin1String("action")).toString();
}

// Whether `result` records the outcome of `intent` (docs/run-events.md: each mutation's intent is
// followed by the event that says what happened).
bool closes(const RunEvent &result, const RunEvent &intent)
{
    const QString a = action(intent);
    switch (result.type) {
    case T::Cordon:
        return a == QLatin1String("cordon") && result.node == intent.node;
    case T::Uncordon:
        return a == QLatin1String("uncordon") && result.node == intent.node;
    case T::EvictionAttempt:
        return a == QLatin1String("evict") && result.pod == intent.pod;
    case T::PodDeleted:
        return a == QLatin1String("delete") && result.pod == intent.pod;
    case T::PhaseFinished:
        return result.node == intent.node &&
               (a == QLatin1String("upgrade") || a == QLatin1String("maintain") ||
                a == QLatin1String("reboot") || a == QLatin1String("command") ||
                a == QLatin1String("retire"));
    case T::Command:
        return a == QLatin1String("command") && result.node == intent.node &&
               result.data.value(QLatin1String("stream")).toString() == QLatin1String("exited");
    default:
        return false;
    }
}

void applyNodeEvent(JournalNodeRecord &rec, const RunEvent &e)
{
    const QString result = e.data.value(QLatin1String("result")).toString();
    switch (e.type) {
    case T::NodeState:
        if (e.state) {
            rec.state = *e.state;
            if (*e.state != NodeRunState::Waiting && *e.state != NodeRunState::Paused)
                rec.held = *e.state;
        }
        break;
    case T::Cordon:
        if (result == QLatin1String("cordoned")) {
            rec.cordonedBySlipway = true;
            rec.uncordoned = false;
        } else if (!rec.cordonedBySlipway) {
            rec.cordonedBySomeoneElse = true;
        }
        // "already-cordoned" after an open cordon intent: the resumed run's rule, Slipway's cordon.
        rec.cordonUnconfirmed = false;
        break;
    case T::Uncordon:
        if (result == QLatin1String("uncordoned") || result == QLatin1String("already-uncordoned"))
            rec.uncordoned = true;
        break;
    case T::PhaseFinished:
        if (e.phase && (result == QLatin1String("ok") || result == QLatin1String("skipped")))
            rec.phasesFinished.insert(*e.phase);
        break;
    case T::EvictionAttempt:
        if (e.data.value(QLatin1String("outcome")).toString() == QLatin1String("gone"))
            rec.podsGone.insert(e.pod);
        break;
    case T::PodGone:
        rec.podsGone.insert(e.pod);
        break;
    case T::Intent:
        if (e.data.value(QLatin1String("action")).toString() == QLatin1String("cordon")) {
            // Written before the PATCH: until its outcome is on record the node may be cordoned.
            rec.cordonUnconfirmed = !rec.cordonedBySlipway || rec.uncordoned;
            rec.cordonedBySlipway = true;
            rec.uncordoned = false;
        }
        if (e.data.contains(QLatin1String("bootId")))
            rec.bootIdBefore = e.data.value(QLatin1String("bootId")).toString();
        break;
    default:
        break;
    }
}

} // namespace

JournalReplay JournalReplay::replay(const QList<RunEvent> &events)
{
    JournalReplay r;
    for (const RunEvent &e : events) {
        r.lastSeq = std::max(r.lastSeq, e.seq);
        if (e.type == T::RunStarted) {
            r.started = true;
            r.nodeOrder.clear();
            for (const QJsonValue &v : e.data.value(QLatin1String("nodes")).toArray())
                r.nodeOrder.append(v.toString());
        } else if (e.type == T::RunFinished) {
            r.finished = true;
            r.result = e.data.value(QLatin1String("result")).toString();
        } else if (e.type == T::HopStarted) {
            // A new pass over the nodes: their states start again (the earlier hop ended with
            // every node done and given back).
            r.hop = e.data.value(QLatin1String("hop")).toInt(0);
            r.nodes.clear();
        } else if (e.type == T::HopFinished) {
            r.hopFinished = e.data.value(QLatin1String("hop")).toInt(0);
        } else if (e.type == T::RunResumed) {
            r.finished = false;
        } else if (e.type == T::EvictionAttempt &&
                   e.data.value(QLatin1String("outcome")).toString() == QLatin1String("accepted")) {
            ++r.evictionsAccepted;
        } else if (e.type == T::PodDeleted) {
            ++r.podsDeleted;
        }
        if (e.type == T::Intent) {
            r.openIntents.append(e);
        } else {
            r.openIntents.removeIf([&e](const RunEvent &intent) { return closes(e, intent); });
        }
        if (!e.node.isEmpty())
            applyNodeEvent(r.nodes[e.node], e);
    }
    return r;
}

} // namespace Slipway
