#pragma once

// Drains one node exactly as `kubectl drain` does (FACTS §5.2–§5.4) through the ClusterApi seam:
// cordon, list the node's pods, the filter chain in kubectl's order, policy/v1 (or v1beta1)
// evictions retried every 5 s on 429 until the global timeout, DELETE when eviction is disabled
// or unsupported, and "drained" only when every pod is really gone (NotFound or a new uid).
// Everything it does is reported as run events (docs/run-events.md) and as kubectl's output lines.

#include "models/drain/drainoptions.h"
#include "models/run/runevent.h"

#include <QObject>

namespace Slipway {

class ClusterApi;
class RunClock;

class NodeDrainer : public QObject
{
    Q_OBJECT
public:
    NodeDrainer(ClusterApi *api, RunClock *clock, QObject *parent = nullptr);
    ~NodeDrainer() override;

    // Starts the drain (cordon included unless `alreadyCordoned`). One drain per object at a time.
    void start(const QString &node, const DrainOptions &options);
    // Stops retrying and waiting; finished() follows with `cancelled` set. Evictions already
    // accepted are not undone.
    void cancel();
    bool isRunning() const;

    // Escape hatches for a stuck drain; each is recorded as an `override` event with `by`.
    void deletePodNow(const QString &podKey, const QString &by); // DELETE this one pod
    void extendTimeout(qint64 seconds, const QString &by);       // wait longer
    // `--disable-eviction` from now on for this node: every pod still blocked is DELETEd
    // (bypassing its PodDisruptionBudget), as kubectl drain --disable-eviction would.
    void disableEvictionNow(const QString &by);

Q_SIGNALS:
    // Events with seq 0: the runner (or the CLI) numbers and journals them.
    void event(const Slipway::RunEvent &event);
    // kubectl's lines: "evicting pod ns/name", "error when evicting pods/\"x\" -n \"ns\" (will retry
    // after 5s): …", "pod/x evicted", "node/n drained"; `isError` for what kubectl prints on stderr.
    void output(const QString &line, bool isError);
    // Per pod not yet gone: why, in one sentence ("retrying on PDB billing/invoice-api: needs 2
    // healthy, has 2"; "terminating, 25 s of a 120 s grace"). `stuck` = will not finish without
    // the user (a budget that cannot become satisfied, a replacement that cannot schedule).
    void diagnosis(const QString &podKey, const QString &sentence, bool stuck);
    void finished(const Slipway::DrainOutcome &outcome);

private:
    class Private;
    Private *d;
};

} // namespace Slipway
