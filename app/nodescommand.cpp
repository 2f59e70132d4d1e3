#include "app/nodescommand.h"

#include "models/items/nodetablemodel.h"
#include "models/texttable.h"

#include <QCoreApplication>

namespace Slipway {

void printClusterTables(const ClusterSnapshot &snapshot, QTextStream &out)
{
    const QString version = snapshot.serverVersion.isEmpty()
                                ? QCoreApplication::translate("Slipway::NodesCommand", "unknown")
                                : snapshot.serverVersion;
    out << QCoreApplication::translate("Slipway::NodesCommand", "Cluster: %1").arg(snapshot.name) << '\n'
        << QCoreApplication::translate("Slipway::NodesCommand", "API server: %1").arg(version) << "\n\n";

    // The columns of the GUI's node table, with kubectl's upper-case headers.
    TextTable nodes({QStringLiteral("NAME"), QStringLiteral("STATUS"), QStringLiteral("ROLES"),
                     QStringLiteral("KUBELET"), QStringLiteral("KUBE-PROXY"),
                     QStringLiteral("CONTAINER-RUNTIME"), QStringLiteral("OS-IMAGE"),
                     QStringLiteral("PODS")});
    for (const auto &row : NodeTableModel::rowsFromSnapshot(snapshot)) {
        const QStringList roles = row.node.roles();
        nodes.addRow({row.node.name, NodeTableModel::statusText(row.node),
                      roles.isEmpty() ? QStringLiteral("<none>") : roles.join(QLatin1Char(',')),
                      row.node.kubeletVersion, row.kubeProxyVersion, row.node.containerRuntimeVersion,
                      row.node.osImage, QString::number(row.podCount)});
    }
    out << nodes.toString() << '\n';

    TextTable components({QStringLiteral("COMPONENT"), QStringLiteral("NODE"), QStringLiteral("VERSION")});
    for (const auto &c : snapshot.components)
        components.addRow({c.component, c.node, c.version});
    out << components.toString();
    out.flush();
}

} // namespace Slipway
