#include "models/items/nodetablemodel.h"

#include "models/items/rowmerge.h"

#include "models/componentversions.h"
#include "models/drain/cordonannotations.h"

#include <QSet>

namespace Slipway {

NodeTableModel::NodeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QList<NodeTableModel::Row> NodeTableModel::rowsFromSnapshot(const ClusterSnapshot &snapshot)
{
    QHash<QString, int> podCount;
    QHash<QString, QString> proxyVersion;
    for (const Pod &pod : snapshot.pods) {
        if (pod.nodeName.isEmpty() || pod.isFinished())
            continue;
        ++podCount[pod.nodeName];
        // The kube-proxy pod's image is the real kube-proxy version; the node field is
        // deprecated and empty from 1.33 (FACTS §7.2).
        if (pod.namespaceName == QLatin1String("kube-system") &&
            pod.labels.value(QStringLiteral("k8s-app")) == QLatin1String("kube-proxy") &&
            !pod.containers.isEmpty())
            proxyVersion.insert(pod.nodeName, imageTagToVersion(pod.containers.constFirst().image));
    }
    QList<Row> rows;
    rows.reserve(snapshot.nodes.size());
    for (const Node &node : snapshot.nodes) {
        Row row{node, proxyVersion.value(node.name, node.kubeProxyVersion), podCount.value(node.name)};
        rows << row;
    }
    return rows;
}

void NodeTableModel::setSnapshot(const ClusterSnapshot &snapshot)
{
    RowMerge::byKey(*this, m_rows, rowsFromSnapshot(snapshot), [](const Row &r) { return r.node.name; });
    rebuildIndex();
}

void NodeTableModel::updateRows(const QList<Row> &rows, const QStringList &removedNodes)
{
    for (const QString &name : removedNodes) {
        const int at = rowOfNode(name);
        if (at < 0)
            continue;
        beginRemoveRows({}, at, at);
        m_rows.remove(at);
        endRemoveRows();
        rebuildIndex(); // removals are rare (a node leaves the cluster)
    }
    QList<Row> appended;
    int firstChanged = -1;
    int lastChanged = -1;
    int firstColumn = ColumnCount;
    int lastColumn = -1;
    for (const Row &r : rows) {
        const int at = rowOfNode(r.node.name);
        if (at < 0) {
            appended << r;
        } else if (!(m_rows.at(at) == r)) {
            for (int c = 0; c < ColumnCount; ++c) {
                if (displayData(m_rows.at(at), c) != displayData(r, c) ||
                    (c == PodsColumn && m_rows.at(at).podCount != r.podCount)) {
                    firstColumn = std::min(firstColumn, c);
                    lastColumn = std::max(lastColumn, c);
                }
            }
            m_rows[at] = r;
            firstChanged = firstChanged < 0 ? at : std::min(firstChanged, at);
            lastChanged = std::max(lastChanged, at);
        }
    }
    // One notification for the burst, naming only the columns that changed: a sorting proxy
    // re-sorts only when its sort column is among them (names never change, so the default sort
    // costs nothing), and views repaint once.
    if (firstChanged >= 0) {
        if (firstColumn > lastColumn) { // only tooltip-level fields changed (annotations …)
            firstColumn = 0;
            lastColumn = ColumnCount - 1;
        }
        Q_EMIT dataChanged(index(firstChanged, firstColumn), index(lastChanged, lastColumn));
    }
    if (!appended.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(appended.size()) - 1);
        for (const Row &r : std::as_const(appended)) {
            m_rowByName.insert(r.node.name, int(m_rows.size()));
            m_rows << r;
        }
        endInsertRows();
    }
}

void NodeTableModel::rebuildIndex()
{
    m_rowByName.clear();
    m_rowByName.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowByName.insert(m_rows.at(i).node.name, i);
}

void NodeTableModel::setFindings(const QList<Finding> &findings)
{
    m_findings.reset(findings);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                           {SeverityRole, Qt::ToolTipRole});
}

QString NodeTableModel::findingComponent(int column) const
{
    switch (column) {
    case NameColumn:
        return QString(); // any component on the node
    case KubeletColumn:
        return QStringLiteral("kubelet");
    case KubeProxyColumn:
        return QStringLiteral("kube-proxy");
    }
    return QStringLiteral("-"); // no badges elsewhere
}

int NodeTableModel::rowOfNode(const QString &name) const
{
    return m_rowByName.value(name, -1);
}

int NodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NodeTableModel::statusText(const Node &node)
{
    // As `kubectl get nodes` prints it; SchedulingDisabled is not a condition (FACTS §5.5).
    QString text;
    switch (node.ready) {
    case ConditionStatus::True:
        text = QStringLiteral("Ready");
        break;
    case ConditionStatus::False:
        text = QStringLiteral("NotReady");
        break;
    case ConditionStatus::Unknown:
        text = QStringLiteral("Unknown");
        break;
    }
    if (node.unschedulable)
        text += QStringLiteral(",SchedulingDisabled");
    return text;
}

QVariant NodeTableModel::displayData(const Row &row, int column) const
{
    const Node &node = row.node;
    switch (column) {
    case NameColumn:
        return node.name;
    case RolesColumn: {
        const QStringList roles = node.roles();
        return roles.isEmpty() ? QStringLiteral("<none>") : roles.join(QLatin1Char(','));
    }
    case StatusColumn:
        return statusText(node);
    case KubeletColumn:
        return node.kubeletVersion;
    case KubeProxyColumn:
        return row.kubeProxyVersion;
    case RuntimeColumn:
        return node.containerRuntimeVersion;
    case OsImageColumn:
        return node.osImage;
    case PodsColumn:
        return row.podCount;
    }
    return {};
}

QString NodeTableModel::statusToolTip(const Node &node)
{
    QStringList lines;
    if (node.ready != ConditionStatus::True && !node.readyReason.isEmpty())
        lines << node.readyReason;
    // Who cordoned the node, when and why, as Slipway records it (models/drain/nodecordoner.h).
    const QString reason = node.annotations.value(CordonAnnotation::reason());
    if (node.unschedulable && node.annotations.contains(CordonAnnotation::reason())) {
        const QString by = node.annotations.value(CordonAnnotation::by());
        const QString at = node.annotations.value(CordonAnnotation::at());
        lines << (reason.isEmpty() ? tr("Cordoned by %1 at %2").arg(by, at)
                                   : tr("Cordoned by %1 at %2: %3").arg(by, at, reason));
    } else if (node.unschedulable) {
        lines << tr("Cordoned (not by Slipway: no reason recorded)");
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant NodeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SeverityRole:
        return m_findings.worstSeverity(row.node.name, findingComponent(index.column()));
    case Qt::ToolTipRole:
        if (const QString tip = m_findings.toolTip(row.node.name, findingComponent(index.column()));
            !tip.isEmpty())
            return tip;
        if (index.column() == KubeProxyColumn && row.node.kubeProxyVersion.isEmpty() &&
            !row.kubeProxyVersion.isEmpty())
            return tr(
                "From the kube-proxy pod's image on this node (the node's kubeProxyVersion field is empty "
                "since Kubernetes 1.33).");
        if (index.column() == StatusColumn)
            return statusToolTip(row.node);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PodsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        if (index.column() == PodsColumn)
            return row.podCount;
        return displayData(row, index.column());
    case NodeNameRole:
        return row.node.name;
    case ReadyRole:
        return int(row.node.ready);
    case UnschedulableRole:
        return row.node.unschedulable;
    case ControlPlaneRole:
        return row.node.isControlPlane();
    case FilterTextRole: {
        QStringList parts;
        for (int c = 0; c < ColumnCount; ++c)
            parts << displayData(row, c).toString();
        return parts.join(QLatin1Char(' '));
    }
    }
    return {};
}

QVariant NodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RolesColumn:
        return tr("Roles");
    case StatusColumn:
        return tr("Status");
    case KubeletColumn:
        return tr("Kubelet");
    case KubeProxyColumn:
        return tr("kube-proxy");
    case RuntimeColumn:
        return tr("Container runtime");
    case OsImageColumn:
        return tr("OS image");
    case PodsColumn:
        return tr("Pods");
    }
    return {};
}

} // namespace Slipway
