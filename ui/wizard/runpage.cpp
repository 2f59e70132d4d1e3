#include "ui/wizard/runpage.h"

#include "models/clustersession.h"
#include "models/items/runstepcommands.h"
#include "models/items/runsteppermodel.h"
#include "models/items/timelinemodel.h"
#include "models/run/runclock.h"
#include "models/run/runjournal.h"
#include "ui/timelinechart.h"
#include "ui/wizard/stepdelegate.h"
#include "ui/wizard/summarypage.h"
#include "ui/wizard/upgradewizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Slipway {

RunPage::RunPage(UpgradeWizard *wizard)
    : m_wizard(wizard)
    , m_clock(new WallRunClock(this))
    , m_runner(new UpgradeRunner(wizard->session()->api(), m_clock, this))
    , m_stepper(new RunStepperModel(this))
    , m_timeline(new TimelineModel(this))
    , m_chart(new TimelineChart(m_timeline))
    , m_nowTimer(new QTimer(this))
    , m_nextStep(new QPushButton(tr("&Next step")))
    , m_runNode(new QPushButton(tr("Run &node")))
    , m_runAll(new QPushButton(tr("Run &all")))
    , m_pause(new QPushButton(tr("&Pause")))
    , m_abort(new QPushButton(tr("A&bort…")))
    , m_copy(new QPushButton(tr("&Copy commands")))
    , m_status(new QLabel)
    , m_question(new QLabel)
    , m_stepView(new QTableView)
    , m_stepTitle(new QLabel)
    , m_commands(new QPlainTextEdit)
    , m_diagnosis(new QListWidget)
    , m_deletePod(new QPushButton(tr("&Delete this pod…")))
    , m_waitLonger(new QPushButton(tr("&Wait 5 minutes longer…")))
    , m_disableEviction(new QPushButton(tr("Disable e&viction for this node…")))
    , m_tabs(new QTabWidget)
    , m_log(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("runPage"));
    setTitle(tr("Run"));
    setSubTitle(tr("Every change waits for you: Next step does one phase of one node, Run node the rest "
                   "of the node, Run all everything up to the gates you chose."));
    m_chart->setObjectName(QStringLiteral("runTimeline"));
    m_log->setObjectName(QStringLiteral("runLog"));
    m_log->setReadOnly(true);
    m_log->setAccessibleName(tr("Run log"));
    m_log->setMaximumBlockCount(20000);
    m_tabs->addTab(m_chart, tr("&Timeline"));
    m_tabs->addTab(m_log, tr("&Log"));

    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(m_stepView);
    top->addWidget(createStepPanel());
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("runSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({300, 500}); // the timeline gets room for a lane per node

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createControls());
    layout->addWidget(m_question);
    layout->addWidget(splitter, 1);

    m_stepView->setObjectName(QStringLiteral("stepper"));
    m_stepView->setAccessibleName(tr("Steps: nodes by phases"));
    m_stepView->setModel(m_stepper);
    m_stepView->setItemDelegate(new StepDelegate(m_stepView));
    m_stepView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stepView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stepView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_stepView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_stepView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) { showStep(index); });
    connect(m_stepper, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
        if (from == m_stepView->currentIndex())
            showStep(from);
    });

    applyFonts();
    m_nowTimer->setInterval(250); // 4 updates a second: open bars grow with the clock
    connect(m_nowTimer, &QTimer::timeout, this, [this] { m_timeline->setNow(m_clock->now()); });
    connectRunner();
    updateButtons();
}

RunPage::~RunPage() = default;

void RunPage::applyFonts()
{
    // The commands and the log are fixed-width, set explicitly: they follow the page's size
    // (the presenter zoom) by hand.
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(font().pointSizeF());
    m_commands->setFont(fixed);
    m_log->setFont(fixed);
    fitStepper();
}

void RunPage::fitStepper()
{
    // Every phase's "✓ Done" fits: the stepper is at least as wide as its columns want to be.
    QStyleOptionViewItem option;
    option.initFrom(m_stepView);
    option.font = m_stepView->font();
    QFont bold = option.font; // the next step's column heading is bold
    bold.setBold(true);
    const QFontMetrics headingMetrics(bold);
    int width = m_stepView->verticalHeader()->sizeHint().width() + 2 * m_stepView->frameWidth() + 4;
    for (int column = 0; column < m_stepper->columnCount(); ++column) {
        int columnWidth =
            headingMetrics.horizontalAdvance(m_stepper->headerData(column, Qt::Horizontal).toString()) + 16;
        if (m_stepper->rowCount() > 0)
            columnWidth =
                qMax(columnWidth,
                     m_stepView->itemDelegate()->sizeHint(option, m_stepper->index(0, column)).width());
        width += columnWidth;
    }
    m_stepView->setMinimumWidth(width);
}

void RunPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QWizardPage::changeEvent(event);
}

QWidget *RunPage::createControls()
{
    m_nextStep->setObjectName(QStringLiteral("nextStep"));
    m_runNode->setObjectName(QStringLiteral("runNode"));
    m_runAll->setObjectName(QStringLiteral("runAll"));
    m_pause->setObjectName(QStringLiteral("pauseRun"));
    m_abort->setObjectName(QStringLiteral("abortRun"));
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_question->setObjectName(QStringLiteral("gateQuestion"));
    m_question->setWordWrap(true);
    m_question->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_question->hide();
    m_nextStep->setToolTip(tr("Do the next phase of one node, then wait (F10)"));
    m_nextStep->setShortcut(QKeySequence(Qt::Key_F10));
    m_runNode->setToolTip(tr("Finish the current node, then wait"));
    m_runAll->setToolTip(tr("Go on until the end, stopping only at the gates you chose"));
    connect(m_nextStep, &QPushButton::clicked, this, &RunPage::nextStep);
    connect(m_runNode, &QPushButton::clicked, this, &RunPage::runNode);
    connect(m_runAll, &QPushButton::clicked, this, &RunPage::runAll);
    connect(m_pause, &QPushButton::clicked, this, &RunPage::togglePause);
    connect(m_abort, &QPushButton::clicked, this, [this] { abortRun(false); });

    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *b : {m_nextStep, m_runNode, m_runAll})
        row->addWidget(b);
    row->addSpacing(16);
    row->addWidget(m_pause);
    row->addWidget(m_abort);
    row->addSpacing(16);
    row->addWidget(m_status, 1);
    return bar;
}

QWidget *RunPage::createStepPanel()
{
    m_stepTitle->setObjectName(QStringLiteral("stepTitle"));
    m_stepTitle->setWordWrap(true);
    m_commands->setObjectName(QStringLiteral("stepCommands"));
    m_commands->setReadOnly(true);
    m_commands->setAccessibleName(tr("Commands of the selected step"));
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_copy->setObjectName(QStringLiteral("copyStepCommands"));
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_commands->toPlainText()); });
    m_diagnosis->setObjectName(QStringLiteral("drainDiagnosis"));
    m_diagnosis->setAccessibleName(tr("Why the drain waits"));
    m_diagnosis->setWordWrap(true);

    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_commands, 2);
    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch();
    copyRow->addWidget(m_copy);
    layout->addLayout(copyRow);
    auto *label = new QLabel(tr("&Why the drain waits:"));
    label->setBuddy(m_diagnosis);
    layout->addWidget(label);
    layout->addWidget(m_diagnosis, 1);
    m_deletePod->setObjectName(QStringLiteral("deletePodNow"));
    m_waitLonger->setObjectName(QStringLiteral("waitLonger"));
    m_disableEviction->setObjectName(QStringLiteral("disableEviction"));
    m_deletePod->setToolTip(
        tr("DELETE the selected pod now, bypassing its PodDisruptionBudget (recorded as an override)"));
    m_waitLonger->setToolTip(tr("Give this node's drain 5 more minutes before its timeout (recorded)"));
    connect(m_deletePod, &QPushButton::clicked, this, [this] { deleteSelectedPod(false); });
    m_disableEviction->setToolTip(tr("DELETE every pod still on this node instead of evicting it, as kubectl "
                                     "drain --disable-eviction does (bypasses budgets; recorded)"));
    connect(m_waitLonger, &QPushButton::clicked, this, [this] { waitLonger(false); });
    connect(m_disableEviction, &QPushButton::clicked, this, [this] { disableEviction(false); });
    connect(m_diagnosis, &QListWidget::currentRowChanged, this, &RunPage::updateButtons);
    auto *hatches = new QHBoxLayout;
    hatches->addWidget(m_deletePod);
    hatches->addWidget(m_waitLonger);
    hatches->addWidget(m_disableEviction);
    hatches->addStretch();
    layout->addLayout(hatches);
    return panel;
}

void RunPage::connectRunner()
{
    connect(m_runner, &UpgradeRunner::event, this, &RunPage::onEvent);
    connect(m_runner, &UpgradeRunner::gateRequested, this, &RunPage::onGate);
    connect(m_runner, &UpgradeRunner::finished, this, &RunPage::onFinished);
    connect(m_runner, &UpgradeRunner::output, this,
            [this](const QString &node, const QString &line, bool isError) {
                appendLog((node.isEmpty() ? QString() : node + QStringLiteral(": ")) +
                          (isError ? tr("error: ") : QString()) + line);
            });
    connect(m_runner, &UpgradeRunner::diagnosis, this,
            [this](const QString &node, const QString &pod, const QString &sentence, bool stuck) {
                const QString key = node + QLatin1Char('/') + pod;
                QListWidgetItem *item = nullptr;
                for (int i = 0; i < m_diagnosis->count() && !item; ++i) {
                    if (m_diagnosis->item(i)->data(Qt::UserRole).toString() == key)
                        item = m_diagnosis->item(i);
                }
                if (!item) {
                    item = new QListWidgetItem(m_diagnosis);
                    item->setData(Qt::UserRole, key);
                    item->setData(Qt::UserRole + 1, node);
                    item->setData(Qt::UserRole + 2, pod);
                }
                item->setText((stuck ? tr("⚠ needs you — ") : QString()) +
                              tr("%1 on %2: %3").arg(pod, node, sentence));
            });
}

void RunPage::initializePage()
{
    wizard()->button(QWizard::CancelButton)->setText(tr("&Close"));
    if (!m_started && !m_resuming)
        startRun();
}

bool RunPage::startRun()
{
    WizardDraft &draft = m_wizard->draft();
    RunSpec spec = draft.spec;
    spec.gates.beforeEachMutation = true; // the pace is the user's (Next step / Run node / Run all)
    spec.drain.ignoreDaemonSets = true;
    spec.operatorName = currentOperatorName();
    // The stepper shows the run's shape at once, with each step's commands.
    m_stepper->setRun(draft.isMaintenance() ? RunStepperModel::Kind::Maintenance
                                            : RunStepperModel::Kind::Upgrade,
                      spec.nodes);
    fitStepper();
    fillCommands();
    m_timeline->clear();
    m_events.clear();
    const ClusterSession *session = m_wizard->session();
    RunClusterInfo cluster;
    cluster.name = session->snapshot().name;
    cluster.context = session->info().practice ? QString() : session->info().clusterName;
    const Diagnostics diagnostics = m_runner->start(spec, draft.runPlan, cluster);
    if (diagnostics.hasErrors()) {
        m_startError = tr("The run did not start: %1").arg(diagnostics.errorLines().join(QLatin1Char(' ')));
        appendLog(diagnostics.errorText());
        updateButtons();
        return false;
    }
    m_started = true;
    // Each blocker the user went on despite is on record in the run itself.
    for (const Finding &f : draft.acknowledgedBlockers)
        m_runner->recordOverride(QStringLiteral("acknowledge-blocker"), f.node, f.rule, f.message);
    m_nowTimer->start();
    m_stepView->setCurrentIndex(m_stepper->index(0, 0));
    updateButtons();
    return true;
}

bool RunPage::resumeRun(const QString &journalPath)
{
    // What happened before the interruption, as it was recorded: the stepper, the timeline and
    // the log show it first; the runner then goes on from the journal's last event.
    const Result<RunJournal::Contents> journal = RunJournal::read(journalPath);
    if (!journal.ok()) {
        appendLog(journal.errorText());
        return false;
    }
    WizardDraft &draft = m_wizard->draft();
    if (Result<RunSpec> spec = RunSpec::fromJson(journal->header.run); spec.ok())
        draft.spec = spec.value();
    const JournalReplay replay = JournalReplay::replay(journal->events);
    m_stepper->setRun(draft.isMaintenance() ? RunStepperModel::Kind::Maintenance
                                            : RunStepperModel::Kind::Upgrade,
                      replay.nodeOrder.isEmpty() ? draft.spec.nodes : replay.nodeOrder);
    fitStepper();
    fillCommands();
    m_timeline->clear();
    m_events.clear();
    appendLog(tr("Resuming the run recorded in %1.").arg(journalPath));
    for (const RunEvent &event : journal->events)
        onEvent(event);
    const Diagnostics diagnostics = m_runner->resumeFromJournal(journalPath);
    if (diagnostics.hasErrors()) {
        appendLog(diagnostics.errorText());
        return false;
    }
    m_started = true;
    m_nowTimer->start();
    m_stepView->setCurrentIndex(m_stepper->index(0, 0));
    updateButtons();
    return true;
}

void RunPage::fillCommands()
{
    const WizardDraft &draft = m_wizard->draft();
    // A run of several hops shows the hop under way (the stepper's hop is 1…, 0 for one hop).
    const int hop = m_stepper->hop() - 1;
    for (const QString &node : m_stepper->nodes()) {
        for (RunPhase phase : m_stepper->phases())
            m_stepper->setCommands(node, phase,
                                   RunStepCommands::commands(draft.spec, draft.runPlan, node, phase, hop));
    }
}

void RunPage::onEvent(const RunEvent &event)
{
    // A resumed runner may replay what the journal already showed.
    if (event.seq > 0 && !m_events.isEmpty() && event.seq <= m_events.constLast().seq)
        return;
    m_events.append(event);
    m_stepper->addEvent(event);
    m_timeline->addEvent(event);
    switch (event.type) {
    case RunEvent::Type::HopStarted:
        fillCommands(); // this hop's version and steps
        appendLog(tr("Hop %1 of %2: %3")
                      .arg(event.data.value(QLatin1String("hop")).toInt())
                      .arg(event.data.value(QLatin1String("of")).toInt())
                      .arg(event.data.value(QLatin1String("target")).toString()));
        break;
    case RunEvent::Type::PhaseStarted:
        appendLog(tr("%1: %2 started").arg(event.node, RunStepperModel::phaseLabel(*event.phase)));
        break;
    case RunEvent::Type::PhaseFinished:
        appendLog(tr("%1: %2 %3%4")
                      .arg(event.node, RunStepperModel::phaseLabel(*event.phase),
                           event.data.value(QLatin1String("result")).toString(),
                           event.message.isEmpty() ? QString() : QStringLiteral(" — ") + event.message));
        if (event.phase == RunPhase::Drain) { // the diagnosis of a finished drain is history
            for (int i = m_diagnosis->count() - 1; i >= 0; --i) {
                if (m_diagnosis->item(i)
                        ->data(Qt::UserRole)
                        .toString()
                        .startsWith(event.node + QLatin1Char('/')))
                    delete m_diagnosis->takeItem(i);
            }
        }
        break;
    case RunEvent::Type::Override:
    case RunEvent::Type::WaitStarted:
        appendLog(tr("%1: %2").arg(event.node, event.message));
        break;
    default:
        break;
    }
    updateButtons();
}

bool RunPage::autoConfirms(const QString &node, RunGate gate) const
{
    if (gate != RunGate::Mutation)
        return false; // the user's own gates, manual steps and the downtime warning always ask
    return m_pace == Pace::All || (m_pace == Pace::Node && node == m_paceNode);
}

void RunPage::onGate(const QString &node, RunGate gate, const QString &question, const QStringList &commands)
{
    if (autoConfirms(node, gate)) {
        m_runner->confirmGate(node, gate, true);
        return;
    }
    m_held.append({node, gate, question});
    if (gate == RunGate::ManualStep && !commands.isEmpty())
        appendLog(tr("%1: do these commands on the node, Slipway checks the result:\n%2")
                      .arg(node, commands.join(QLatin1Char('\n'))));
    updateButtons();
}

void RunPage::confirm(const HeldGate &gate, bool go)
{
    m_runner->confirmGate(gate.node, gate.gate, go);
}

void RunPage::proceed(Pace pace)
{
    m_pace = pace;
    if (m_held.isEmpty()) {
        updateButtons();
        return;
    }
    const HeldGate first = m_held.takeFirst();
    if (pace == Pace::Node)
        m_paceNode = first.node;
    confirm(first, true);
    // Gates already waiting that the new pace covers go too.
    for (qsizetype i = 0; i < m_held.size();) {
        if (autoConfirms(m_held.at(i).node, m_held.at(i).gate))
            confirm(m_held.takeAt(i), true);
        else
            ++i;
    }
    updateButtons();
}

void RunPage::nextStep()
{
    proceed(Pace::Step);
}

void RunPage::runNode()
{
    proceed(Pace::Node);
}

void RunPage::runAll()
{
    proceed(Pace::All);
}

void RunPage::togglePause()
{
    if (m_runner->isPaused()) {
        m_runner->resume();
        appendLog(tr("Resumed."));
    } else {
        m_runner->pause();
        appendLog(tr("Paused: running drains stop retrying; nodes stay as they are."));
    }
    updateButtons();
}

void RunPage::abortRun(bool confirmed)
{
    if (!confirmed &&
        QMessageBox::question(this, tr("Abort the run?"),
                              tr("The run stops for good; every node keeps the state it is in now. You can "
                                 "then uncordon the nodes Slipway cordoned.")) != QMessageBox::Yes)
        return;
    m_held.clear();
    m_runner->abort();
    updateButtons();
}

bool RunPage::deleteSelectedPod(bool confirmed)
{
    QListWidgetItem *item = m_diagnosis->currentItem();
    if (!item)
        return false;
    const QString node = item->data(Qt::UserRole + 1).toString();
    const QString pod = item->data(Qt::UserRole + 2).toString();
    if (!confirmed &&
        QMessageBox::warning(this, tr("Delete the pod?"),
                             tr("Delete %1 now? This bypasses its PodDisruptionBudget: the workload may drop "
                                "below the minimum it asked for. Recorded as an override.")
                                 .arg(pod),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    return m_runner->deletePodNow(node, pod);
}

bool RunPage::waitLonger(bool confirmed)
{
    QListWidgetItem *item = m_diagnosis->currentItem();
    if (!item)
        return false;
    const QString node = item->data(Qt::UserRole + 1).toString();
    if (!confirmed && QMessageBox::question(
                          this, tr("Wait longer?"),
                          tr("Give the drain of %1 five more minutes? Recorded as an override.").arg(node)) !=
                          QMessageBox::Yes)
        return false;
    return m_runner->extendDrainTimeout(node, 300);
}

bool RunPage::disableEviction(bool confirmed)
{
    QListWidgetItem *item = m_diagnosis->currentItem();
    if (!item)
        return false;
    const QString node = item->data(Qt::UserRole + 1).toString();
    if (!confirmed &&
        QMessageBox::warning(this, tr("Disable eviction?"),
                             tr("Stop evicting on %1 and DELETE every pod still on it? This bypasses every "
                                "PodDisruptionBudget of those pods, as kubectl drain --disable-eviction "
                                "does. Recorded as an override.")
                                 .arg(node),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    return m_runner->disableEvictionForNode(node);
}

void RunPage::onFinished(const RunOutcome &outcome)
{
    m_finished = true;
    m_held.clear();
    m_nowTimer->stop();
    m_timeline->setNow(m_clock->now());
    appendLog(tr("Run %1: %2 node(s) done, %3 failed.")
                  .arg(RunOutcome::resultName(outcome.result))
                  .arg(outcome.nodesDone)
                  .arg(outcome.nodesFailed) +
              (outcome.message.isEmpty() ? QString() : QStringLiteral(" ") + outcome.message));
    if (!outcome.leftCordoned.isEmpty() && outcome.result != RunOutcome::Result::Succeeded && isVisible() &&
        QMessageBox::question(
            this, tr("Uncordon?"),
            tr("Slipway cordoned these nodes and they are still cordoned: %1. Uncordon them "
               "now?")
                .arg(outcome.leftCordoned.join(QStringLiteral(", ")))) == QMessageBox::Yes)
        m_runner->rollback();
    updateButtons();
    Q_EMIT completeChanged();
    Q_EMIT runFinished(outcome);
}

void RunPage::showStep(const QModelIndex &index)
{
    if (!index.isValid()) {
        m_stepTitle->clear();
        m_commands->clear();
        return;
    }
    const QString node = index.data(RunStepperModel::NodeNameRole).toString();
    const auto phase = RunPhase(index.data(RunStepperModel::PhaseRole).toInt());
    const QString message = index.data(RunStepperModel::MessageRole).toString();
    m_stepTitle->setText(tr("<b>%1 on %2</b> — %3")
                             .arg(RunStepperModel::phaseLabel(phase), node.toHtmlEscaped(),
                                  index.data(Qt::DisplayRole).toString()) +
                         (message.isEmpty() ? QString() : QStringLiteral("<br>") + message.toHtmlEscaped()));
    m_commands->setPlainText(
        index.data(RunStepperModel::CommandsRole).toStringList().join(QLatin1Char('\n')));
}

void RunPage::updateButtons()
{
    const bool running = m_started && !m_finished;
    const bool held = !m_held.isEmpty();
    m_nextStep->setEnabled(running && held);
    m_runNode->setEnabled(running && held);
    m_runAll->setEnabled(running && (held || m_pace != Pace::All));
    m_pause->setEnabled(running);
    m_pause->setText(m_runner->isPaused() ? tr("&Resume") : tr("&Pause"));
    m_abort->setEnabled(running);
    m_copy->setEnabled(!m_commands->toPlainText().isEmpty());
    m_deletePod->setEnabled(running && m_diagnosis->currentItem());
    m_waitLonger->setEnabled(running && m_diagnosis->currentItem());
    m_disableEviction->setEnabled(running && m_diagnosis->currentItem());
    if (held) {
        m_question->setText(m_held.constFirst().question);
        m_question->show();
    } else {
        m_question->hide();
    }
    QString status;
    if (!m_started)
        status = m_startError.isEmpty() ? tr("Not started.") : m_startError;
    else if (m_finished)
        status = tr("Finished: %1.").arg(SummaryPage::resultLabel(m_stepper->runResult()));
    else if (m_runner->isPaused())
        status = tr("Paused.");
    else if (held)
        status = tr("Waiting for you.");
    else
        status = tr("Running: %1 of %2 steps done.")
                     .arg(m_stepper->count(RunStepperModel::StepState::Done))
                     .arg(m_stepper->rowCount() * m_stepper->columnCount());
    m_status->setText(status);
}

void RunPage::appendLog(const QString &line)
{
    m_log->appendPlainText(QStringLiteral("%1  %2").arg(
        m_clock->now().toLocalTime().toString(QStringLiteral("HH:mm:ss")), line));
}

bool RunPage::isComplete() const
{
    return m_finished;
}

} // namespace Slipway
