#include "models/componentversions.h"

#include <algorithm>

namespace Slipway {

const QStringList &controlPlaneComponentNames()
{
    static const QStringList names{QStringLiteral("kube-apiserver"),
                                   QStringLiteral("kube-controller-manager"),
                                   QStringLiteral("kube-scheduler"), QStringLiteral("etcd")};
    return names;
}

QString imageTagToVersion(const QString &image)
{
    // The tag follows the last ':' after the last '/' (a registry may carry a port).
    const QString reference = image.section(QLatin1Char('@'), 0, 0); // drop a digest
    const auto slash = reference.lastIndexOf(QLatin1Char('/'));
    const auto colon = reference.lastIndexOf(QLatin1Char(':'));
    if (colon <= slash)
        return {};
    QString tag = reference.mid(colon + 1);
    tag.replace(QLatin1Char('_'), QLatin1Char('+'));
    return tag;
}

QList<ComponentVersion> deriveComponentVersions(const QList<Pod> &pods, const QList<Workload> &workloads)
{
    const QString kubeSystem = QStringLiteral("kube-system");
    QList<ComponentVersion> result;
    for (const QString &component : controlPlaneComponentNames()) {
        QList<ComponentVersion> rows;
        for (const Pod &pod : pods) {
            if (pod.namespaceName != kubeSystem || pod.containers.isEmpty())
                continue;
            if (pod.labels.value(QStringLiteral("component")) != component ||
                pod.labels.value(QStringLiteral("tier")) != QLatin1String("control-plane"))
                continue;
            const QString image = pod.containers.constFirst().image;
            rows << ComponentVersion{component, pod.nodeName, imageTagToVersion(image), image};
        }
        std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.node < b.node; });
        result << rows;
    }
    for (const Workload &w : workloads) {
        if (w.namespaceName != kubeSystem || w.containers.isEmpty())
            continue;
        const QString image = w.containers.constFirst().image;
        if (w.kind == WorkloadKind::Deployment &&
            w.labels.value(QStringLiteral("k8s-app")) == QLatin1String("kube-dns"))
            result << ComponentVersion{QStringLiteral("CoreDNS"), QString(), imageTagToVersion(image), image};
        else if (w.kind == WorkloadKind::DaemonSet && w.name == QLatin1String("kube-proxy"))
            result << ComponentVersion{QStringLiteral("kube-proxy"), QString(), imageTagToVersion(image),
                                       image};
    }
    return result;
}

} // namespace Slipway
