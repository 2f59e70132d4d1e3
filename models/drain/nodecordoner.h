#pragma once

// Cordon and uncordon as `kubectl cordon/uncordon` (FACTS §5.5) through the ClusterApi seam:
// read the node, PATCH spec.unschedulable only when it differs, kubectl's messages. Slipway
// records who cordoned a node, when and why in annotations, and an uncordon leaves a node that
// someone else cordoned as it is unless forced. Qt Core only.

#include "models/clusterapi.h"
#include "models/drain/cordonannotations.h"
#include "models/drain/drainoptions.h"
#include "models/run/runevent.h"

#include <QObject>

namespace Slipway {

class RunClock;

struct CordonOptions
{
    QString reason;     // recorded with a cordon
    QString by;         // "user@host"
    bool force = false; // uncordon a node that someone else cordoned (recorded as an override)
    DrainOptions::DryRun dryRun = DrainOptions::DryRun::None;
};

struct CordonOutcome
{
    QString node;
    // "cordoned", "already-cordoned", "uncordoned", "already-uncordoned", "left-cordoned"
    // (the `cordon`/`uncordon` events' data.result); empty on error.
    QString result;
    ClusterError error;
    QString errorLine; // kubectl's last line for the error, e.g. `Error from server (NotFound): nodes "x" not
                       // found`
    // The PATCH failed (its answer lost, a timeout, a 5xx) and reading the node afterwards failed
    // too: whether the server carried the change out is not known. A cordon in this state counts
    // as Slipway's until a read says otherwise (docs/runner.md "Faults").
    bool unknown = false;
    // The PATCH's answer was an error, but a read of the node showed the change carried out: the
    // result is the change's (`cordon`/`uncordon` event with data.verified).
    bool verified = false;
    bool ok() const { return error.ok(); }
};

class NodeCordoner : public QObject
{
    Q_OBJECT
public:
    NodeCordoner(ClusterApi *api, RunClock *clock, QObject *parent = nullptr);

    // One operation at a time per object; finished() follows exactly once.
    void cordon(const QString &node, const CordonOptions &options);
    void uncordon(const QString &node, const CordonOptions &options);

    // True when `node` carries Slipway's cordon annotation (Slipway cordoned it).
    static bool cordonedBySlipway(const Node &node);
    // kubectl's " (dry run)" / " (server dry run)" suffix.
    static QString dryRunSuffix(DrainOptions::DryRun dryRun);
    // kubectl's text for an error from the server: "Error from server (Reason): message".
    static QString serverErrorLine(const ClusterError &error);

Q_SIGNALS:
    // `intent` is emitted synchronously before the PATCH is sent: a listener that journals must
    // write and flush it in its slot (docs/run-events.md), then `cordon`/`uncordon` follows.
    void event(const Slipway::RunEvent &event);
    // "node/x cordoned", "node/x already uncordoned" …; isError for stderr.
    void output(const QString &line, bool isError);
    void finished(const Slipway::CordonOutcome &outcome);

private:
    void run(const QString &node, bool cordon, const CordonOptions &options);
    void decide(const Node &node, bool cordon, const CordonOptions &options);
    void patch(const Node &node, bool cordon, const CordonOptions &options);
    void recheck(const QString &node, bool cordon, const CordonOptions &options, const ClusterError &error);
    void succeed(const QString &node, bool cordon, const CordonOptions &options, const QString &lostAnswer);
    void emitEvent(RunEvent::Type type, const QString &node, const QString &message, const QJsonObject &data);
    void finish(const CordonOutcome &outcome);

    ClusterApi *m_api;
    RunClock *m_clock;
};

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::CordonOutcome)
