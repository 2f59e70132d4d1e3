#include "ui/training/lessonclusterview.h"

#include "models/items/nodetablemodel.h"
#include "sim/engine/simulator.h"
#include "ui/statusdelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Slipway {

namespace {

QString podStatus(const Pod &pod)
{
    // As kubectl get pods shows it.
    if (pod.deletionTimestamp)
        return QStringLiteral("Terminating");
    if (pod.phase == PodPhase::Running && !pod.ready)
        return QStringLiteral("Running (not ready)");
    return podPhaseName(pod.phase);
}

} // namespace

LessonClusterView::LessonClusterView(QWidget *parent)
    : QWidget(parent)
    , m_nodeModel(new NodeTableModel(this))
    , m_nodeView(new QTableView)
    , m_pods(new QTableWidget(0, 3))
    , m_podsTitle(new QLabel(tr("<b>Pods</b>")))
    , m_timer(new QTimer(this))
{
    m_nodeView->setObjectName(QStringLiteral("lessonNodes"));
    m_nodeView->setAccessibleName(tr("Nodes of the lesson's cluster"));
    m_nodeView->setModel(m_nodeModel);
    m_nodeView->setItemDelegateForColumn(NodeTableModel::StatusColumn, new StatusDelegate(m_nodeView));
    m_nodeView->verticalHeader()->hide();
    m_nodeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_nodeView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // What a class needs: the name, the role, the status, the kubelet, the pods on it.
    for (int column = 0; column < m_nodeModel->columnCount(); ++column) {
        const bool shown = column == NodeTableModel::NameColumn || column == NodeTableModel::RolesColumn ||
                           column == NodeTableModel::StatusColumn ||
                           column == NodeTableModel::KubeletColumn || column == NodeTableModel::PodsColumn;
        m_nodeView->setColumnHidden(column, !shown);
    }
    m_nodeView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_nodeView->horizontalHeader()->setStretchLastSection(true);

    m_pods->setObjectName(QStringLiteral("lessonPods"));
    m_pods->setAccessibleName(tr("Pods of the lesson"));
    m_pods->setHorizontalHeaderLabels({tr("Pod"), tr("Node"), tr("Status")});
    m_pods->verticalHeader()->hide();
    m_pods->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pods->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_pods->horizontalHeader()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Nodes</b>")));
    layout->addWidget(m_nodeView, 2);
    layout->addWidget(m_podsTitle);
    layout->addWidget(m_pods, 3);

    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &LessonClusterView::refresh);
}

void LessonClusterView::setSimulator(Simulator *simulator)
{
    if (m_simulator)
        disconnect(m_simulator, nullptr, this, nullptr);
    m_simulator = simulator;
    if (simulator)
        connect(simulator, &Simulator::changed, this, &LessonClusterView::scheduleRefresh);
    refresh();
}

void LessonClusterView::setPodPrefixes(const QStringList &prefixes)
{
    m_prefixes = prefixes;
    refresh();
}

void LessonClusterView::scheduleRefresh()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void LessonClusterView::refresh()
{
    m_timer->stop();
    const ClusterSnapshot snapshot = m_simulator ? m_simulator->snapshot() : ClusterSnapshot();
    m_nodeModel->setSnapshot(snapshot);
    QList<const Pod *> shown;
    for (const Pod &pod : snapshot.pods) {
        const bool wanted =
            m_prefixes.isEmpty()
                ? pod.namespaceName != QLatin1String("kube-system")
                : std::any_of(m_prefixes.begin(), m_prefixes.end(),
                              [&pod](const QString &prefix) { return pod.name.startsWith(prefix); });
        if (wanted)
            shown << &pod;
    }
    std::sort(shown.begin(), shown.end(), [](const Pod *a, const Pod *b) { return a->name < b->name; });
    m_pods->setRowCount(int(shown.size()));
    for (int row = 0; row < shown.size(); ++row) {
        const Pod &pod = *shown.at(row);
        const QStringList cells = {pod.name, pod.nodeName.isEmpty() ? tr("(not scheduled)") : pod.nodeName,
                                   podStatus(pod)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = m_pods->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_pods->setItem(row, column, item);
            }
            item->setText(cells.at(column));
        }
    }
    m_podsTitle->setText(tr("<b>Pods</b> (%n)", nullptr, int(shown.size())));
    // A lesson without pods (lesson 4's versions) shows no empty pod table on the projector.
    m_podsTitle->setVisible(!shown.isEmpty());
    m_pods->setVisible(!shown.isEmpty());
}

} // namespace Slipway
