#include "ui/wizard/strategypage.h"

#include "models/clustersession.h"
#include "models/items/timelinemodel.h"
#include "ui/wizard/nodeorderlist.h"
#include "ui/wizard/preflightpage.h"
#include "ui/wizard/upgradewizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Slipway {

StrategyPage::StrategyPage(UpgradeWizard *wizard)
    : m_wizard(wizard)
    , m_rolling(new QRadioButton(tr("&Rolling")))
    , m_allAtOnce(new QRadioButton(tr("&All at once")))
    , m_surge(new QRadioButton(tr("&Surge (new nodes first)")))
    , m_maxUnavailable(new QSpinBox)
    , m_soak(new QSpinBox)
    , m_surgeNodes(new QSpinBox)
    , m_downtime(new QLabel)
    , m_order(new NodeOrderList)
    , m_executor(new QComboBox)
    , m_template(new QLineEdit)
    , m_gateNode(new QCheckBox(tr("Ask before each &node")))
    , m_gateUncordon(new QCheckBox(tr("Ask before each &uncordon")))
    , m_estimate(new QLabel)
    , m_preflight(new QLabel)
    , m_rehearse(new QPushButton(tr("Re&hearse…")))
{
    setObjectName(QStringLiteral("strategyPage"));
    setTitle(tr("Strategy"));
    setSubTitle(tr("How many nodes go out of service at a time, in which order, who does the work on "
                   "each node, and where the run stops to ask."));
    m_estimate->setObjectName(QStringLiteral("estimate"));
    m_preflight->setObjectName(QStringLiteral("strategyPreflight"));
    m_preflight->setWordWrap(true);

    auto *up = new QPushButton(tr("Move u&p"));
    auto *down = new QPushButton(tr("Move do&wn"));
    up->setObjectName(QStringLiteral("moveUp"));
    down->setObjectName(QStringLiteral("moveDown"));
    up->setToolTip(tr("Alt+Up in the list"));
    down->setToolTip(tr("Alt+Down in the list"));
    connect(up, &QPushButton::clicked, this, [this] { m_order->moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { m_order->moveCurrent(1); });
    auto *orderBox = new QGroupBox(tr("Node &order"));
    auto *orderLayout = new QVBoxLayout(orderBox);
    orderLayout->addWidget(m_order, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addStretch();
    orderLayout->addLayout(buttons);

    auto *left = new QVBoxLayout;
    left->addWidget(createStrategyBox());
    left->addWidget(createExecutorBox());
    auto *gates = new QGroupBox(tr("Gates"));
    auto *gateLayout = new QVBoxLayout(gates);
    gateLayout->addWidget(m_gateNode);
    gateLayout->addWidget(m_gateUncordon);
    left->addWidget(gates);
    left->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(orderBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    m_rehearse->setObjectName(QStringLiteral("rehearseStrategy"));
    m_rehearse->setToolTip(tr("Play the run with this strategy and order on a practice copy of the cluster "
                              "and see what it would meet. Nothing is changed on the cluster."));
    m_rehearse->hide();
    connect(m_rehearse, &QPushButton::clicked, this, [this] {
        WizardDraft draft = m_wizard->draft();
        writeDraft(draft);
        m_wizard->rehearse(draft.spec);
    });
    auto *estimateRow = new QHBoxLayout;
    estimateRow->addWidget(m_estimate, 1);
    estimateRow->addWidget(m_rehearse);
    layout->addLayout(estimateRow);
    layout->addWidget(m_preflight);

    connect(m_order, &NodeOrderList::orderChanged, this, &StrategyPage::updateState);
    connect(wizard->preflightPage(), &PreflightPage::previewReady, this, &StrategyPage::showPreflight);
    connect(wizard, &UpgradeWizard::runPlanReady, this, &StrategyPage::completeChanged);
}

QWidget *StrategyPage::createStrategyBox()
{
    m_rolling->setObjectName(QStringLiteral("strategyRolling"));
    m_allAtOnce->setObjectName(QStringLiteral("strategyAllAtOnce"));
    m_surge->setObjectName(QStringLiteral("strategySurge"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_rolling, m_allAtOnce, m_surge}) {
        group->addButton(b);
        connect(b, &QRadioButton::toggled, this, &StrategyPage::updateState);
    }
    m_rolling->setChecked(true);
    m_maxUnavailable->setObjectName(QStringLiteral("maxUnavailable"));
    m_maxUnavailable->setRange(1, 1000);
    m_soak->setObjectName(QStringLiteral("soak"));
    m_soak->setRange(0, 24 * 3600);
    m_soak->setSuffix(tr(" s"));
    m_surgeNodes->setRange(1, 100);
    for (QSpinBox *box : {m_maxUnavailable, m_soak, m_surgeNodes})
        connect(box, &QSpinBox::valueChanged, this, &StrategyPage::updateState);
    m_downtime->setObjectName(QStringLiteral("downtimeWarning"));
    m_downtime->setWordWrap(true);
    m_downtime->setStyleSheet(QStringLiteral("color: #b26a00; font-weight: bold"));
    m_downtime->setText(tr("⚠ Every worker is drained at the same time: workloads have no node to move to "
                           "and are down until the nodes come back."));

    auto *box = new QGroupBox(tr("Strategy"));
    auto *form = new QFormLayout(box);
    auto *row = new QHBoxLayout;
    row->addWidget(m_rolling);
    row->addWidget(m_allAtOnce);
    row->addWidget(m_surge);
    row->addStretch();
    form->addRow(row);
    form->addRow(tr("Max &unavailable:"), m_maxUnavailable);
    form->addRow(tr("S&oak after each node:"), m_soak);
    form->addRow(tr("New nodes &first (surge):"), m_surgeNodes);
    form->addRow(m_downtime);
    return box;
}

QWidget *StrategyPage::createExecutorBox()
{
    m_executor->setObjectName(QStringLiteral("executor"));
    m_template->setObjectName(QStringLiteral("commandTemplate"));
    m_template->setAccessibleName(tr("Command template"));
    m_template->setPlaceholderText(QStringLiteral("ssh {node} sudo /usr/local/sbin/upgrade-node {version}"));
    connect(m_executor, &QComboBox::currentIndexChanged, this, &StrategyPage::updateState);
    connect(m_template, &QLineEdit::textChanged, this, &StrategyPage::updateState);
    auto *box = new QGroupBox(tr("Who upgrades each node"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Executor:"), m_executor);
    form->addRow(tr("&Template:"), m_template);
    return box;
}

void StrategyPage::initializePage()
{
    m_rehearse->setVisible(m_wizard->canRehearse());
    const WizardDraft &draft = m_wizard->draft();
    const ClusterSession *session = m_wizard->session();
    const bool maintenance = draft.isMaintenance();
    setTitle(maintenance ? tr("Strategy for the maintenance") : tr("Strategy for the upgrade"));

    // Executors: the practice cluster's agent only where there is one.
    const QVariant previous = m_executor->currentData();
    {
        const QSignalBlocker blocker(m_executor);
        m_executor->clear();
        if (session->info().practice)
            m_executor->addItem(tr("Practice cluster agent"), int(RunExecutor::Practice));
        m_executor->addItem(tr("Manual (Slipway shows the commands, you run them)"),
                            int(RunExecutor::Manual));
        m_executor->addItem(tr("Command template"), int(RunExecutor::Command));
        const int index = m_executor->findData(previous);
        m_executor->setCurrentIndex(index >= 0 ? index : 0);
    }
    // A maintenance command is the command executor's template.
    if (maintenance && !draft.maintenanceCommand.isEmpty()) {
        m_template->setText(draft.maintenanceCommand);
        m_executor->setCurrentIndex(m_executor->findData(int(RunExecutor::Command)));
    }

    // Control plane first (pinned), then the others in the order the user left them.
    QStringList nodes = draft.runNodes();
    m_controlPlanes.clear();
    for (const QString &name : nodes) {
        if (const Node *node = session->node(name); node && node->isControlPlane())
            m_controlPlanes << name;
    }
    QStringList order = m_controlPlanes;
    QStringList workers;
    for (const QString &name : m_order->nodes()) {
        if (nodes.contains(name) && !m_controlPlanes.contains(name))
            workers << name;
    }
    for (const QString &name : nodes) {
        if (!m_controlPlanes.contains(name) && !workers.contains(name))
            workers << name;
    }
    m_order->setNodes(order + workers, int(m_controlPlanes.size()));
    m_maxUnavailable->setMaximum(std::max(1, int(workers.size())));
    updateState();
    recheckPreflight();
    showPreflight();
}

void StrategyPage::setPodsPerNode(const QHash<QString, int> &pods)
{
    m_podsPerNode = pods;
    updateState();
}

void StrategyPage::writeDraft(WizardDraft &draft) const
{
    draft.spec.strategy = m_allAtOnce->isChecked() ? RunStrategy::AllAtOnce
                          : m_surge->isChecked()   ? RunStrategy::Surge
                                                   : RunStrategy::Rolling;
    draft.spec.maxUnavailable = m_maxUnavailable->value();
    draft.spec.soakSeconds = m_soak->value();
    draft.spec.surgeNodes = m_surgeNodes->value();
    draft.spec.nodes = m_order->nodes();
    draft.spec.executor = RunExecutor(m_executor->currentData().toInt());
    draft.spec.commandTemplate = m_template->text().trimmed();
    draft.spec.gates.beforeEachNode = m_gateNode->isChecked();
    draft.spec.gates.beforeEachUncordon = m_gateUncordon->isChecked();
}

void StrategyPage::updateState()
{
    const bool rolling = m_rolling->isChecked();
    m_maxUnavailable->setEnabled(rolling);
    m_soak->setEnabled(rolling);
    m_surgeNodes->setEnabled(m_surge->isChecked());
    m_downtime->setVisible(m_allAtOnce->isChecked());
    const bool command = m_executor->currentData().toInt() == int(RunExecutor::Command);
    m_template->setEnabled(command);

    WizardDraft draft = m_wizard->draft();
    writeDraft(draft);
    const qint64 seconds = estimateSeconds(draft, m_podsPerNode, m_controlPlanes);
    if (isVisible())
        recheckPreflight();
    m_estimate->setText(tr("Estimated duration: about %1 (typical phase lengths; PDB waits and slow "
                           "nodes add to it).")
                            .arg(TimelineModel::durationText(seconds * 1000)));
    Q_EMIT completeChanged();
}

bool StrategyPage::isComplete() const
{
    const PreflightPage *preflight = m_wizard->preflightPage();
    if (m_order->count() == 0 || preflight->isComputing() || preflight->blockerCount() != 0 ||
        !m_wizard->isRunPlanReady())
        return false;
    if (m_executor->currentData().toInt() == int(RunExecutor::Command))
        return m_template->text().contains(QLatin1String("{node}"));
    return true;
}

void StrategyPage::recheckPreflight()
{
    // The pre-flight ran with one node out at a time and the default order: this strategy may
    // put more out together, in another order.
    PreflightPage *preflight = m_wizard->preflightPage();
    WizardDraft &draft = m_wizard->draft();
    const int maxCordoned = m_allAtOnce->isChecked() ? 0
                            : m_surge->isChecked()   ? m_surgeNodes->value()
                                                     : m_maxUnavailable->value();
    const QStringList order = m_order->nodes();
    if (maxCordoned == preflight->maxCordoned() && order == draft.spec.nodes)
        return;
    draft.spec.nodes = order;
    if (maxCordoned != preflight->maxCordoned())
        preflight->setMaxCordoned(maxCordoned); // re-previews
    else
        preflight->recompute();
    showPreflight();
}

void StrategyPage::showPreflight()
{
    const PreflightPage *preflight = m_wizard->preflightPage();
    if (preflight->isComputing())
        m_preflight->setText(tr("Checking the pre-flight with this strategy and order…"));
    else if (preflight->blockerCount() == 0)
        m_preflight->setText(tr("Pre-flight with this strategy and order: nothing blocks."));
    else
        m_preflight->setText(tr("⚠ With this strategy and order the pre-flight finds %n blocker(s): go back "
                                "to Pre-flight to cover them, or take fewer nodes at a time.",
                                nullptr, preflight->blockerCount()));
    Q_EMIT completeChanged();
}

bool StrategyPage::validatePage()
{
    writeDraft(m_wizard->draft());
    return true;
}

qint64 StrategyPage::estimateSeconds(const WizardDraft &draft, const QHash<QString, int> &podsPerNode,
                                     const QStringList &controlPlanes)
{
    const bool upgrade = draft.spec.kind == RunKind::Upgrade;
    const auto nodeSeconds = [&](const QString &node) -> qint64 {
        const bool cp = controlPlanes.contains(node);
        const qint64 middle = upgrade ? (cp ? 180 : 120) : (draft.spec.reboot ? 90 : 120);
        // cordon + drain (5 s per pod and a grace period) + middle + verify + uncordon
        return 2 + (5 * podsPerNode.value(node, 5) + 30) + middle + 30 + 2;
    };
    qint64 total = 0;
    QList<qint64> workers;
    for (const QString &node : draft.spec.nodes) {
        if (controlPlanes.contains(node))
            total += nodeSeconds(node); // one at a time, always
        else
            workers << nodeSeconds(node);
    }
    int wave = 1;
    switch (draft.spec.strategy) {
    case RunStrategy::Rolling:
        wave = std::max(1, draft.spec.maxUnavailable);
        break;
    case RunStrategy::AllAtOnce:
        wave = std::max<int>(1, int(workers.size()));
        break;
    case RunStrategy::Surge:
        wave = std::max(1, draft.spec.surgeNodes);
        total += 180; // the new nodes join
        break;
    }
    for (int first = 0; first < workers.size(); first += wave) {
        qint64 longest = 0;
        for (int i = first; i < std::min<int>(int(workers.size()), first + wave); ++i)
            longest = std::max(longest, workers.at(i));
        total += longest + (draft.spec.strategy == RunStrategy::Rolling ? draft.spec.soakSeconds : 0);
    }
    return total;
}

} // namespace Slipway
