#include "ui/draindialog.h"

#include "models/drain/drainpreviewtext.h"
#include "ui/severityicons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Slipway {

namespace {

enum PreviewColumn
{
    ActionColumn,
    PodColumn,
    DetailColumn,
    WorkloadColumn
};

// What needs the user's eyes first: blocked, then downtime, evict, skip.
int attentionRank(DrainPodVerdict verdict)
{
    switch (verdict) {
    case DrainPodVerdict::Blocked:
        return 0;
    case DrainPodVerdict::Downtime:
        return 1;
    case DrainPodVerdict::Evict:
        return 2;
    case DrainPodVerdict::Skip:
        return 3;
    }
    return 4;
}

QSpinBox *secondsBox(int minimum, const QString &special, const QString &objectName)
{
    auto *box = new QSpinBox;
    box->setObjectName(objectName);
    box->setRange(minimum, 86400);
    box->setSpecialValueText(special);
    box->setSuffix(DrainDialog::tr(" s"));
    box->setValue(minimum);
    return box;
}

QIcon verdictIcon(DrainPodVerdict verdict)
{
    switch (verdict) {
    case DrainPodVerdict::Blocked:
        return severityIcon(Finding::Severity::Error);
    case DrainPodVerdict::Downtime:
        return severityIcon(Finding::Severity::Warning);
    case DrainPodVerdict::Evict:
    case DrainPodVerdict::Skip:
        break;
    }
    return {};
}

QString verdictText(DrainPodVerdict verdict)
{
    switch (verdict) {
    case DrainPodVerdict::Evict:
        return DrainDialog::tr("evict");
    case DrainPodVerdict::Downtime:
        return DrainDialog::tr("downtime");
    case DrainPodVerdict::Skip:
        return DrainDialog::tr("skip");
    case DrainPodVerdict::Blocked:
        return DrainDialog::tr("blocked");
    }
    return {};
}

} // namespace

DrainDialog::DrainDialog(const ClusterSnapshot &snapshot, const QString &node, QWidget *parent)
    : QDialog(parent)
    , m_snapshot(snapshot)
    , m_node(node)
    , m_watcher(new QFutureWatcher<DrainNodePreview>(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("drainDialog"));
    setWindowTitle(tr("Drain node %1").arg(node));
    resize(1180, 700);

    auto *intro = new QLabel(tr("Cordons <b>%1</b>, then evicts its pods as <tt>kubectl drain</tt> does. "
                                "The preview below follows the options; nothing changes until you press "
                                "<b>Drain</b>.")
                                 .arg(node.toHtmlEscaped()));
    intro->setWordWrap(true);

    m_command = new QLabel;
    m_command->setObjectName(QStringLiteral("drainCommand"));
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setWordWrap(true);

    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("drainPreviewTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setHeaderLabels({tr("Action"), tr("Pod"), tr("Why / where it goes"), tr("Workload")});
    m_tree->header()->setStretchLastSection(true);
    m_detail = new QLabel;
    m_detail->setObjectName(QStringLiteral("drainPodDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_detail->setText(item ? item->text(PodColumn) + QStringLiteral(": ") + item->text(DetailColumn)
                               : QString());
    });
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("drainSummary"));
    m_messages = new QLabel;
    m_messages->setObjectName(QStringLiteral("drainMessages"));
    m_messages->setWordWrap(true);
    m_messages->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *previewBox = new QGroupBox(tr("Preview"));
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_summary);
    previewLayout->addWidget(m_tree, 1);
    previewLayout->addWidget(m_detail);
    previewLayout->addWidget(m_messages);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton *drain = m_buttons->addButton(tr("&Drain"), QDialogButtonBox::AcceptRole);
    drain->setObjectName(QStringLiteral("drainButton"));
    drain->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(createOptions());
    top->addWidget(previewBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top, 1);
    layout->addWidget(m_command);
    layout->addWidget(m_buttons);

    // Option edits are debounced; the preview runs on the thread pool (big clusters).
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &DrainDialog::recompute);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &DrainDialog::onPreviewFinished);
    fillOverrides();
    recompute();
}

DrainDialog::~DrainDialog()
{
    m_watcher->waitForFinished();
}

QWidget *DrainDialog::createOptions()
{
    auto make = [this](const QString &text, const QString &tip, const QString &name) {
        auto *box = new QCheckBox(text);
        box->setObjectName(name);
        box->setToolTip(tip);
        connect(box, &QCheckBox::toggled, this, &DrainDialog::schedulePreview);
        return box;
    };
    // kubectl's help texts (FACTS §5.1).
    m_ignoreDaemonSets = make(QStringLiteral("--ignore-daemonsets"), tr("Ignore DaemonSet-managed pods."),
                              QStringLiteral("ignoreDaemonSets"));
    {
        // Runs always ignore DaemonSets; the default here too, set before anything listens.
        const QSignalBlocker quiet(m_ignoreDaemonSets);
        m_ignoreDaemonSets->setChecked(true);
    }
    m_deleteEmptyDir =
        make(QStringLiteral("--delete-emptydir-data"),
             tr("Continue even if there are pods using emptyDir (local data that will be deleted "
                "when the node is drained)."),
             QStringLiteral("deleteEmptyDirData"));
    m_force = make(QStringLiteral("--force"),
                   tr("Continue even if there are pods that do not declare a controller."),
                   QStringLiteral("force"));
    m_disableEviction = make(QStringLiteral("--disable-eviction"),
                             tr("Force drain to use delete, even if eviction is supported. This will bypass "
                                "checking PodDisruptionBudgets, use with caution."),
                             QStringLiteral("disableEviction"));
    m_gracePeriod = secondsBox(-1, tr("each pod's own"), QStringLiteral("gracePeriod"));
    m_timeout = secondsBox(0, tr("none"), QStringLiteral("timeout"));
    m_skipWait = secondsBox(0, tr("off"), QStringLiteral("skipWaitForDeleteTimeout"));
    m_podSelector = new QLineEdit;
    m_podSelector->setObjectName(QStringLiteral("podSelector"));
    m_podSelector->setPlaceholderText(tr("label selector, e.g. app=web"));
    for (QSpinBox *box : {m_gracePeriod, m_timeout, m_skipWait})
        connect(box, &QSpinBox::valueChanged, this, &DrainDialog::schedulePreview);
    connect(m_podSelector, &QLineEdit::textChanged, this, &DrainDialog::schedulePreview);

    m_overrides = new QListWidget;
    m_overrides->setObjectName(QStringLiteral("overridePdbs"));
    m_overrides->setToolTip(tr("When a checked budget blocks an eviction, the pod is deleted instead "
                               "(--override-pdb); every override is recorded."));
    m_overrides->setMaximumHeight(6 * m_overrides->fontMetrics().height());
    connect(m_overrides, &QListWidget::itemChanged, this, &DrainDialog::schedulePreview);

    auto *box = new QGroupBox(tr("Options"));
    auto *column = new QVBoxLayout(box);
    auto *form = new QFormLayout;
    column->addLayout(form);
    column->addStretch(1);
    form->addRow(m_ignoreDaemonSets);
    form->addRow(m_deleteEmptyDir);
    form->addRow(m_force);
    form->addRow(m_disableEviction);
    form->addRow(QStringLiteral("--grace-period"), m_gracePeriod);
    form->addRow(QStringLiteral("--timeout"), m_timeout);
    form->addRow(QStringLiteral("--skip-wait-for-delete-timeout"), m_skipWait);
    form->addRow(QStringLiteral("--pod-selector"), m_podSelector);
    form->addRow(new QLabel(tr("Delete instead of evicting when\nthese budgets block (--override-pdb):")));
    form->addRow(m_overrides);
    box->setMaximumWidth(360);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return box;
}

void DrainDialog::fillOverrides()
{
    // The budgets that select a pod on this node.
    QSet<QString> checked;
    for (int i = 0; i < m_overrides->count(); ++i) {
        if (m_overrides->item(i)->checkState() == Qt::Checked)
            checked.insert(m_overrides->item(i)->text());
    }
    QStringList keys;
    const QList<Pod> pods = m_snapshot.podsOnNode(m_node);
    for (const PodDisruptionBudget &pdb : std::as_const(m_snapshot.pdbs)) {
        const bool selects = std::any_of(pods.cbegin(), pods.cend(), [&](const Pod &pod) {
            return pod.namespaceName == pdb.namespaceName && selectorMatches(pdb.selector, pod.labels);
        });
        if (selects)
            keys << pdb.key();
    }
    QSignalBlocker blocker(m_overrides);
    m_overrides->clear();
    for (const QString &key : std::as_const(keys)) {
        auto *item = new QListWidgetItem(key, m_overrides);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
    m_overrides->setEnabled(!keys.isEmpty());
}

void DrainDialog::setSnapshot(const ClusterSnapshot &snapshot)
{
    m_snapshot = snapshot;
    fillOverrides();
    schedulePreview();
}

void DrainDialog::setOptions(const DrainOptions &options)
{
    m_ignoreDaemonSets->setChecked(options.ignoreDaemonSets);
    m_deleteEmptyDir->setChecked(options.deleteEmptyDirData);
    m_force->setChecked(options.force);
    m_disableEviction->setChecked(options.disableEviction);
    m_gracePeriod->setValue(int(options.gracePeriodSeconds));
    m_timeout->setValue(int(options.timeoutSeconds));
    m_skipWait->setValue(int(options.skipWaitForDeleteTimeoutSeconds));
    m_podSelector->setText(options.podSelector);
    for (int i = 0; i < m_overrides->count(); ++i) {
        QListWidgetItem *item = m_overrides->item(i);
        item->setCheckState(options.overridePdbs.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    schedulePreview();
}

DrainOptions DrainDialog::options() const
{
    DrainOptions o;
    o.ignoreDaemonSets = m_ignoreDaemonSets->isChecked();
    o.deleteEmptyDirData = m_deleteEmptyDir->isChecked();
    o.force = m_force->isChecked();
    o.disableEviction = m_disableEviction->isChecked();
    o.gracePeriodSeconds = m_gracePeriod->value();
    o.timeoutSeconds = m_timeout->value();
    o.skipWaitForDeleteTimeoutSeconds = m_skipWait->value();
    o.podSelector = m_podSelector->text().trimmed();
    for (int i = 0; i < m_overrides->count(); ++i) {
        if (m_overrides->item(i)->checkState() == Qt::Checked)
            o.overridePdbs << m_overrides->item(i)->text();
    }
    return o;
}

QPushButton *DrainDialog::drainButton() const
{
    return findChild<QPushButton *>(QStringLiteral("drainButton"));
}

QString DrainDialog::commandLine(const QString &node, const DrainOptions &o)
{
    QStringList args{QStringLiteral("kubectl drain"), node};
    if (o.ignoreDaemonSets)
        args << QStringLiteral("--ignore-daemonsets");
    if (o.deleteEmptyDirData)
        args << QStringLiteral("--delete-emptydir-data");
    if (o.force)
        args << QStringLiteral("--force");
    if (o.disableEviction)
        args << QStringLiteral("--disable-eviction");
    if (o.gracePeriodSeconds >= 0)
        args << QStringLiteral("--grace-period=%1").arg(o.gracePeriodSeconds);
    if (o.timeoutSeconds > 0)
        args << QStringLiteral("--timeout=%1s").arg(o.timeoutSeconds);
    if (o.skipWaitForDeleteTimeoutSeconds > 0)
        args << QStringLiteral("--skip-wait-for-delete-timeout=%1").arg(o.skipWaitForDeleteTimeoutSeconds);
    if (!o.podSelector.isEmpty())
        args << QStringLiteral("--pod-selector='%1'").arg(o.podSelector);
    return args.join(QLatin1Char(' '));
}

void DrainDialog::schedulePreview()
{
    // Until the preview for the new options is on screen, there is nothing to confirm.
    drainButton()->setEnabled(false);
    m_summary->setText(tr("Previewing…"));
    m_debounce->start();
}

void DrainDialog::recompute()
{
    if (m_watcher->isRunning()) {
        m_recomputeQueued = true; // once more with the newest options when this one ends
        return;
    }
    m_summary->setText(tr("Previewing…"));
    m_watcher->setFuture(QtConcurrent::run([snapshot = m_snapshot, node = m_node, options = options()] {
        return DrainPreview::previewNode(snapshot, node, options);
    }));
}

void DrainDialog::onPreviewFinished()
{
    m_preview = m_watcher->result();
    if (m_debounce->isActive())
        return; // options changed meanwhile: their preview follows
    if (m_recomputeQueued) {
        m_recomputeQueued = false;
        recompute();
        return;
    }
    showPreview();
    Q_EMIT previewUpdated();
}

void DrainDialog::showPreview()
{
    m_tree->clear();
    m_detail->clear();
    QList<DrainPodPreview> pods = m_preview.pods;
    std::stable_sort(pods.begin(), pods.end(), [](const DrainPodPreview &a, const DrainPodPreview &b) {
        return attentionRank(a.verdict) < attentionRank(b.verdict);
    });
    QList<QTreeWidgetItem *> items;
    for (const DrainPodPreview &pod : std::as_const(pods)) {
        auto *item = new QTreeWidgetItem({verdictText(pod.verdict), pod.podKey, DrainPreviewText::detail(pod),
                                          pod.owner.isEmpty() ? tr("no controller") : pod.owner});
        item->setIcon(ActionColumn, verdictIcon(pod.verdict));
        item->setToolTip(DetailColumn, DrainPreviewText::detail(pod));
        item->setData(ActionColumn, Qt::UserRole, int(pod.verdict));
        if (pod.verdict == DrainPodVerdict::Skip)
            item->setForeground(ActionColumn, palette().brush(QPalette::Disabled, QPalette::Text));
        items << item;
    }
    m_tree->addTopLevelItems(items);
    if (!items.isEmpty())
        m_tree->setCurrentItem(items.first()); // its whole sentence under the table
    for (int column : {ActionColumn, PodColumn})
        m_tree->resizeColumnToContents(column);
    m_tree->setColumnWidth(DetailColumn, 380);

    const DrainOptions current = options();
    m_command->setText(tr("Same as: %1").arg(commandLine(m_node, current)) +
                       (current.overridePdbs.isEmpty()
                            ? QString()
                            : tr(" (and --override-pdb %1, Slipway's own)")
                                  .arg(current.overridePdbs.join(QStringLiteral(", ")))));
    QStringList messages;
    for (const QString &warning : std::as_const(m_preview.warnings))
        messages << tr("Warning: %1").arg(warning);
    for (const QString &error : std::as_const(m_preview.errors))
        messages << QStringLiteral("error: ") + error;
    m_messages->setText(messages.join(QLatin1Char('\n')));

    QPushButton *drain = drainButton();
    if (!m_preview.error.isEmpty()) {
        m_summary->setText(m_preview.error);
        drain->setEnabled(false);
        return;
    }
    m_summary->setText(DrainPreviewText::summary(m_preview));
    // kubectl evicts nothing when a filter refuses a pod (FACTS §5.2 step 4): no point starting.
    const bool refused = !m_preview.errors.isEmpty();
    drain->setEnabled(!refused);
    drain->setToolTip(refused ? tr("kubectl drain would refuse: see the errors under the preview")
                      : m_preview.drainable() ? QString()
                                              : tr("Blocked pods keep the drain waiting until its timeout"));
}

} // namespace Slipway
