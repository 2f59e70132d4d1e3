#include "ui/wizard/preflightpage.h"

#include "models/clustersession.h"
#include "models/drain/drainpreview.h"
#include "ui/wizard/strategypage.h"
#include "ui/wizard/upgradewizard.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QListWidget>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Slipway {

namespace {
const QString kOverridePrefix = QStringLiteral("--override-pdb ");

QString verdictLabel(DrainPodVerdict verdict)
{
    switch (verdict) {
    case DrainPodVerdict::Evict:
        return PreflightPage::tr("evict");
    case DrainPodVerdict::Downtime:
        return PreflightPage::tr("evict — downtime");
    case DrainPodVerdict::Skip:
        return PreflightPage::tr("skip");
    case DrainPodVerdict::Blocked:
        return PreflightPage::tr("blocked");
    }
    return {};
}
} // namespace

PreflightPage::PreflightPage(UpgradeWizard *wizard)
    : m_wizard(wizard)
    , m_watcher(new QFutureWatcher<QList<DrainNodePreview>>(this))
    , m_force(new QCheckBox(tr("--&force: pods without a controller are deleted")))
    , m_emptyDir(new QCheckBox(tr("--delete-&emptydir-data: local emptyDir data is lost")))
    , m_disableEviction(new QCheckBox(tr("--disable-e&viction: DELETE instead of evict (bypasses PDBs)")))
    , m_timeout(new QSpinBox)
    , m_overrides(new QListWidget)
    , m_tree(new QTreeWidget)
    , m_blockers(new QListWidget)
    , m_downtime(new QListWidget)
    , m_capacity(new QLabel)
    , m_status(new QLabel)
    , m_rehearse(new QPushButton(tr("Rehe&arse…")))
{
    setObjectName(QStringLiteral("preflightPage"));
    setTitle(tr("Pre-flight"));
    setSubTitle(tr("What draining each node would do, node after node, before anything changes."));
    m_tree->setObjectName(QStringLiteral("drainPreview"));
    m_tree->setAccessibleName(tr("Drain preview per node"));
    m_tree->setHeaderLabels({tr("Node / pod"), tr("Verdict"), tr("Owner"), tr("Why"), tr("Goes to")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(true);
    m_blockers->setObjectName(QStringLiteral("preflightBlockers"));
    m_blockers->setAccessibleName(tr("Pre-flight blockers"));
    m_blockers->setWordWrap(true);
    m_downtime->setObjectName(QStringLiteral("downtimeForecast"));
    m_downtime->setAccessibleName(tr("Downtime forecast per workload"));
    m_downtime->setWordWrap(true);
    m_capacity->setObjectName(QStringLiteral("capacity"));
    m_capacity->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("preflightStatus"));
    m_status->setWordWrap(true);

    auto *lists = new QWidget;
    auto *listLayout = new QHBoxLayout(lists);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *blockerBox = new QGroupBox(tr("Blockers"));
    (new QVBoxLayout(blockerBox))->addWidget(m_blockers);
    auto *downtimeBox = new QGroupBox(tr("Downtime forecast"));
    (new QVBoxLayout(downtimeBox))->addWidget(m_downtime);
    listLayout->addWidget(blockerBox);
    listLayout->addWidget(downtimeBox);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_tree);
    splitter->addWidget(lists);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *columns = new QHBoxLayout;
    columns->addWidget(splitter, 3);
    columns->addWidget(createOptionsBox(), 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_capacity);
    m_rehearse->setObjectName(QStringLiteral("rehearseRun"));
    m_rehearse->setToolTip(
        tr("Play this run, with these drain options, on a practice copy of the cluster and "
           "see what it would meet. Nothing is changed on the cluster."));
    m_rehearse->hide();
    connect(m_rehearse, &QPushButton::clicked, this, [this] { m_wizard->rehearse(options()); });
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_rehearse, 0, Qt::AlignTop);
    layout->addLayout(statusRow);

    connect(m_watcher, &QFutureWatcherBase::finished, this, &PreflightPage::onFinished);
}

PreflightPage::~PreflightPage()
{
    m_watcher->waitForFinished();
}

QWidget *PreflightPage::createOptionsBox()
{
    m_force->setObjectName(QStringLiteral("drainForce"));
    m_emptyDir->setObjectName(QStringLiteral("drainDeleteEmptyDir"));
    m_disableEviction->setObjectName(QStringLiteral("drainDisableEviction"));
    m_timeout->setObjectName(QStringLiteral("drainTimeout"));
    m_timeout->setRange(0, 24 * 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("none"));
    m_timeout->setAccessibleName(tr("Drain timeout per node"));
    m_overrides->setObjectName(QStringLiteral("overridePdbs"));
    m_overrides->setAccessibleName(tr("Budgets to override"));
    m_overrides->setToolTip(tr("When a ticked budget blocks an eviction, its pod is deleted instead. "
                               "Every such deletion is recorded as an override."));
    for (QCheckBox *box : {m_force, m_emptyDir, m_disableEviction})
        connect(box, &QCheckBox::toggled, this, &PreflightPage::recompute);
    connect(m_timeout, &QSpinBox::valueChanged, this, [this] { Q_EMIT completeChanged(); });
    connect(m_overrides, &QListWidget::itemChanged, this, &PreflightPage::recompute);

    auto *box = new QGroupBox(tr("Drain options (kubectl drain)"));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_force);
    layout->addWidget(m_emptyDir);
    layout->addWidget(m_disableEviction);
    auto *form = new QFormLayout;
    form->addRow(tr("&Timeout per node:"), m_timeout);
    layout->addLayout(form);
    auto *label = new QLabel(tr("Override &budgets (delete their pods instead):"));
    label->setWordWrap(true);
    label->setBuddy(m_overrides);
    layout->addWidget(label);
    layout->addWidget(m_overrides, 1);
    return box;
}

DrainOptions PreflightPage::options() const
{
    DrainOptions o;
    o.ignoreDaemonSets = true; // runs always leave DaemonSet pods (docs/runner.md)
    o.force = m_force->isChecked();
    o.deleteEmptyDirData = m_emptyDir->isChecked();
    o.disableEviction = m_disableEviction->isChecked();
    o.timeoutSeconds = m_timeout->value();
    for (int i = 0; i < m_overrides->count(); ++i) {
        if (m_overrides->item(i)->checkState() == Qt::Checked)
            o.overridePdbs << m_overrides->item(i)->data(Qt::UserRole).toString();
    }
    return o;
}

void PreflightPage::initializePage()
{
    m_rehearse->setVisible(m_wizard->canRehearse());
    recompute();
}

void PreflightPage::setMaxCordoned(int nodes)
{
    if (nodes == m_maxCordoned)
        return;
    m_maxCordoned = nodes;
    recompute();
}

bool PreflightPage::isComputing() const
{
    return m_computing;
}

void PreflightPage::recompute()
{
    if (m_watcher->isRunning()) {
        m_queued = true; // once more with the newest options when this one ends
        return;
    }
    const WizardDraft &draft = m_wizard->draft();
    // Control plane first, as the run goes; then the order chosen on the strategy page, if any.
    QStringList nodes = draft.runNodes();
    QStringList order;
    for (const QString &n : draft.spec.nodes) {
        if (nodes.contains(n))
            order << n;
    }
    QStringList rest;
    for (const QString &n : nodes) {
        if (order.contains(n))
            continue;
        const Node *node = m_wizard->session()->node(n);
        (node && node->isControlPlane() ? order : rest) << n;
    }
    order += rest;
    m_blockerCount = -1;
    m_computing = true;
    m_status->setText(tr("Previewing the drain of %n node(s)…", nullptr, int(order.size())));
    Q_EMIT completeChanged();
    m_watcher->setFuture(QtConcurrent::run([snapshot = m_wizard->session()->snapshot(), order,
                                            options = options(), maxCordoned = m_maxCordoned] {
        return DrainPreview::previewRun(snapshot, order, options, maxCordoned);
    }));
}

void PreflightPage::onFinished()
{
    if (m_queued) {
        m_queued = false;
        recompute();
        return;
    }
    m_computing = false;
    showPreview(m_watcher->result());
    Q_EMIT completeChanged();
    Q_EMIT previewReady();
}

void PreflightPage::showPreview(const QList<DrainNodePreview> &previews)
{
    m_tree->clear();
    m_downtime->clear();
    QHash<QString, int> podsPerNode;
    int pending = 0, removed = 0;
    for (const DrainNodePreview &preview : previews) {
        fillNode(preview);
        podsPerNode.insert(preview.node,
                           preview.count(DrainPodVerdict::Evict) + preview.count(DrainPodVerdict::Downtime));
        pending += preview.pendingCount();
        for (const DrainPodPreview &pod : preview.pods) {
            removed += pod.removed() ? 1 : 0;
            if (pod.verdict == DrainPodVerdict::Downtime)
                m_downtime->addItem(tr("%1 (%2 on %3): %4")
                                        .arg(pod.owner.isEmpty() ? pod.podKey : pod.owner, pod.podKey,
                                             preview.node, pod.reason));
        }
    }
    if (m_downtime->count() == 0)
        m_downtime->addItem(tr("No workload loses its last ready replica."));

    // Budgets that block can be overridden; keep what the user ticked.
    QStringList ticked = options().overridePdbs;
    const QList<DrainBlocker> blockers = DrainPreview::blockers(previews);
    {
        const QSignalBlocker signalBlocker(m_overrides);
        QStringList budgets;
        for (const DrainBlocker &b : blockers) {
            if (b.option.startsWith(kOverridePrefix))
                budgets << b.option.mid(kOverridePrefix.size());
        }
        budgets += ticked;
        budgets.removeDuplicates();
        m_overrides->clear();
        for (const QString &budget : std::as_const(budgets)) {
            auto *item = new QListWidgetItem(budget, m_overrides);
            item->setData(Qt::UserRole, budget);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(ticked.contains(budget) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_blockers->clear();
    for (const DrainBlocker &b : blockers) {
        m_blockers->addItem(b.option.isEmpty() ? tr("%1: %2 (no option covers it)").arg(b.node, b.what)
                                               : tr("%1: %2 — covered by %3").arg(b.node, b.what, b.option));
    }
    if (blockers.isEmpty())
        m_blockers->addItem(tr("None: every node can be drained with these options."));
    m_blockerCount = int(blockers.size());
    m_capacity->setText(
        pending == 0 ? tr("Capacity: all %n evicted pod(s) fit on the other nodes.", nullptr, removed)
                     : tr("Capacity: %n pod(s) would stay Pending (no node has room).", nullptr, pending));
    m_status->setText(m_blockerCount == 0 ? tr("Ready: nothing blocks the run.")
                                          : tr("%n blocker(s): tick the option that covers each, or go back.",
                                               nullptr, m_blockerCount));
    m_wizard->strategyPage()->setPodsPerNode(podsPerNode);
}

void PreflightPage::fillNode(const DrainNodePreview &preview)
{
    auto *nodeItem = new QTreeWidgetItem(m_tree);
    nodeItem->setText(0, preview.node);
    if (!preview.error.isEmpty()) {
        nodeItem->setText(3, preview.error);
        return;
    }
    nodeItem->setText(1, tr("%1 evict · %2 downtime · %3 skip · %4 blocked")
                             .arg(preview.count(DrainPodVerdict::Evict))
                             .arg(preview.count(DrainPodVerdict::Downtime))
                             .arg(preview.count(DrainPodVerdict::Skip))
                             .arg(preview.count(DrainPodVerdict::Blocked)));
    if (preview.pendingCount() > 0)
        nodeItem->setText(4, tr("%n stay Pending", nullptr, preview.pendingCount()));
    for (const DrainPodPreview &pod : preview.pods) {
        auto *item = new QTreeWidgetItem(nodeItem);
        item->setText(0, pod.podKey);
        item->setText(1, verdictLabel(pod.verdict));
        item->setText(2, pod.owner);
        item->setText(3, pod.reason);
        item->setText(4, pod.staysPending() ? tr("Pending: %1").arg(pod.pendingReason) : pod.placedOn);
        if (pod.verdict == DrainPodVerdict::Blocked)
            item->setForeground(1, QColor(0xc6, 0x28, 0x28));
        else if (pod.verdict == DrainPodVerdict::Downtime)
            item->setForeground(1, QColor(0xb2, 0x6a, 0x00));
    }
    nodeItem->setExpanded(preview.count(DrainPodVerdict::Blocked) > 0 ||
                          preview.count(DrainPodVerdict::Downtime) > 0);
}

bool PreflightPage::isComplete() const
{
    return !isComputing() && m_blockerCount == 0;
}

bool PreflightPage::validatePage()
{
    m_wizard->draft().spec.drain = options();
    return true;
}

} // namespace Slipway
