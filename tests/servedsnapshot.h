#pragma once

// Reading a served practice cluster the way the user's tools do, for tests that start the
// slipway binary against it: one snapshot over the kubeconfig (the live client, real HTTPS), and
// the nodes it shows cordoned.

#include "kube/kubeclusterapi.h"

#include <QSignalSpy>
#include <QStringList>

namespace Slipway::ServedSnapshot {

// The cluster as the kubeconfig's server shows it now; empty when it did not answer in 30 s.
inline ClusterSnapshot read(const QString &kubeconfig)
{
    auto opened = KubeClusterApi::fromKubeconfig(kubeconfig, {});
    if (!opened.ok())
        qFatal("%s", qPrintable(opened.errorText()));
    const auto api = std::move(opened).value();
    QSignalSpy loaded(api.get(), &ClusterApi::snapshotLoaded);
    api->refresh();
    if (!loaded.wait(30000))
        return {};
    return loaded.first().at(0).value<ClusterSnapshot>();
}

// "worker-1,worker-4": the cordoned nodes, in the snapshot's order.
inline QString cordonedNodes(const ClusterSnapshot &snapshot)
{
    QStringList out;
    for (const Node &n : snapshot.nodes) {
        if (n.unschedulable)
            out << n.name;
    }
    return out.join(QLatin1Char(','));
}

} // namespace Slipway::ServedSnapshot
