#include "models/run/runpreflight.h"

namespace Slipway {

QList<DrainBlocker> RunPreflight::blockers(const ClusterSnapshot &snapshot, const RunSpec &spec,
                                           const QStringList &nodeOrder)
{
    const int maxCordoned =
        spec.strategy == RunStrategy::AllAtOnce ? int(nodeOrder.size()) : spec.maxUnavailable;
    return DrainPreview::blockers(DrainPreview::previewRun(snapshot, nodeOrder, spec.drain, maxCordoned));
}

QString RunPreflight::describe(const DrainBlocker &b)
{
    return tr("%1: %2%3")
        .arg(b.node, b.what, b.option.isEmpty() ? QString() : tr(" (%1 would cover it)").arg(b.option));
}

UpgradeRunner::PreflightHook RunPreflight::hook(const ClusterSnapshot &snapshot)
{
    return [snapshot](const RunSpec &spec, const QStringList &order) {
        QStringList out;
        for (const DrainBlocker &b : blockers(snapshot, spec, order))
            out << describe(b);
        return out;
    };
}

} // namespace Slipway
