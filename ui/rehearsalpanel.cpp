#include "ui/rehearsalpanel.h"

#include "models/items/timelinemodel.h"
#include "ui/rehearsaltimingdialog.h"
#include "ui/settings.h"
#include "ui/timelinechart.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Slipway {

namespace {

enum Tabs
{
    TimelineTab,
    BlockersTab,
    NodesTab,
    PendingTab,
    WorkloadsTab,
    StrategiesTab
};

QString since(qint64 ms)
{
    return ms <= 0 ? RehearsalPanel::tr("the start") : QStringLiteral("+") + TimelineModel::durationText(ms);
}

// A long sentence (what blocks, why a pod is Pending) as a child row across all columns.
void addSentence(QTreeWidgetItem *parent, const QString &sentence)
{
    auto *child = new QTreeWidgetItem(parent);
    child->setText(0, sentence);
    child->setToolTip(0, sentence);
    child->setFirstColumnSpanned(true);
}

QTreeWidget *makeTree(const QString &objectName, const QString &accessibleName, const QStringList &header,
                      bool flat = true)
{
    auto *tree = new QTreeWidget;
    tree->setObjectName(objectName);
    tree->setAccessibleName(accessibleName);
    tree->setHeaderLabels(header);
    tree->setRootIsDecorated(!flat);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setWordWrap(false);
    tree->header()->setStretchLastSection(true);
    return tree;
}

void fitColumns(QTreeWidget *tree)
{
    for (int c = 0; c < tree->columnCount() - 1; ++c)
        tree->resizeColumnToContents(c);
}

} // namespace

RehearsalPanel::RehearsalPanel(QWidget *parent)
    : QWidget(parent)
    , m_badge(new QLabel(tr("Rehearsal — practice copy, nothing was changed on the cluster")))
    , m_runLabel(new QLabel)
    , m_headline(new QLabel)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(tr("&Cancel rehearsal")))
    , m_copy(new QPushButton(tr("Cop&y report")))
    , m_compare(new QPushButton(tr("Co&mpare strategies")))
    , m_again(new QPushButton(tr("Rehearse a&gain")))
    , m_timingButton(new QPushButton(tr("&Timing…")))
    , m_timingLabel(new QLabel)
    , m_tabs(new QTabWidget)
    , m_timeline(new TimelineModel(this))
    , m_chart(new TimelineChart(m_timeline))
{
    setObjectName(QStringLiteral("rehearsalPanel"));
    setAccessibleName(tr("Rehearsal"));
    m_badge->setObjectName(QStringLiteral("rehearsalBadge"));
    m_badge->setAccessibleName(m_badge->text());
    m_badge->setWordWrap(true);
    m_badge->setStyleSheet(
        QStringLiteral("QLabel { background: #e8f1fb; color: #0b3d75; border: 1px solid #7aa7d9;"
                       " border-radius: 4px; padding: 6px; font-weight: bold; }"));
    m_runLabel->setObjectName(QStringLiteral("rehearsalRun"));
    m_runLabel->setWordWrap(true);
    m_runLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_headline->setObjectName(QStringLiteral("rehearsalHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setObjectName(QStringLiteral("rehearsalStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("rehearsalProgress"));
    m_progress->setAccessibleName(tr("Rehearsal progress"));
    m_progress->setFormat(tr("%v of %m nodes"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    setUpButtons();
    m_timingLabel->setObjectName(QStringLiteral("rehearsalTiming"));
    m_timingLabel->setWordWrap(true);
    m_timingLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_timingLabel->setForegroundRole(QPalette::PlaceholderText);
    m_timingLabel->hide();
    m_chart->setObjectName(QStringLiteral("rehearsalTimeline"));
    m_chart->setAccessibleName(tr("Rehearsal timeline"));
    setUpTabs();

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    progressRow->addWidget(m_again);
    progressRow->addWidget(m_compare);
    progressRow->addWidget(m_timingButton);
    progressRow->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_badge);
    layout->addWidget(m_runLabel);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_headline);
    layout->addWidget(m_timingLabel);
    layout->addWidget(m_tabs, 1);
    m_status->setText(
        tr("Nothing rehearsed yet: press Rehearse… on the plan page or in the wizard's pre-flight."));
}

// The buttons under the progress bar: their names, tooltips and what they do.
void RehearsalPanel::setUpButtons()
{
    m_cancel->setObjectName(QStringLiteral("cancelRehearsal"));
    m_cancel->setToolTip(tr("Stop the rehearsal; the practice copy is thrown away"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &RehearsalPanel::cancel);
    m_copy->setObjectName(QStringLiteral("copyRehearsalReport"));
    m_copy->setToolTip(tr("Copy the report as `slipway rehearse` prints it"));
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QString text = m_reply.reportText;
        if (!m_reply.compareText.isEmpty())
            text += QLatin1Char('\n') + m_reply.compareText;
        QApplication::clipboard()->setText(text);
    });

    m_compare->setObjectName(QStringLiteral("compareStrategies"));
    m_compare->setToolTip(
        tr("Rehearse the same run as rolling 1, rolling N, all at once and surge on the same "
           "copy, and compare them in one table"));
    m_compare->setEnabled(false);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        RehearsalRequest request = m_lastRequest;
        request.compareStrategies = true;
        rehearse(request);
    });
    m_again->setObjectName(QStringLiteral("rehearseAgain"));
    m_again->setToolTip(
        tr("Play the same run again on a fresh copy, with the timing settings as they are now"));
    m_again->setEnabled(false);
    connect(m_again, &QPushButton::clicked, this, [this] { rehearse(m_lastRequest); });
    m_timingButton->setObjectName(QStringLiteral("rehearsalTimingButton"));
    m_timingButton->setToolTip(tr("The timing model the rehearsal plays: image pull, pod start-up, node "
                                  "upgrade, API server restart, when a wait counts as stuck, and a "
                                  "calibration from a real run's journal"));
    connect(m_timingButton, &QPushButton::clicked, this, &RehearsalPanel::editTiming);
}

// One tab per table of the result, the timeline first; the strategies tab shows up with a comparison.
void RehearsalPanel::setUpTabs()
{
    m_nodes = makeTree(QStringLiteral("rehearsalNodes"), tr("Predicted duration per node and phase"),
                       {tr("Node / phase"), tr("State / result"), tr("Start"), tr("End"), tr("Duration"),
                        tr("Waited on budgets")},
                       false);
    m_blockers = makeTree(QStringLiteral("rehearsalBlockers"), tr("Blockers and what clears them"),
                          {tr("Object"), tr("Fix"), tr("Node"), tr("Met in the play")}, false);
    m_pending = makeTree(QStringLiteral("rehearsalPending"), tr("Pods left Pending and why"),
                         {tr("Pod"), tr("Owner"), tr("From"), tr("For")}, false);
    m_workloads = makeTree(QStringLiteral("rehearsalWorkloads"), tr("Workloads below desired replicas"),
                           {tr("Workload"), tr("Desired"), tr("Lowest ready"), tr("Below desired for"),
                            tr("No ready replica for")});
    m_strategies = makeTree(QStringLiteral("rehearsalStrategies"), tr("Strategies compared on the same copy"),
                            {tr("Strategy"), tr("Result"), tr("Duration"), tr("Peak unavailable"),
                             tr("Below desired"), tr("With downtime"), tr("Pending pods"), tr("Blockers")});
    m_tabs->setObjectName(QStringLiteral("rehearsalTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_chart, tr("Time&line"));
    m_tabs->addTab(m_blockers, tr("&Blockers"));
    m_tabs->addTab(m_nodes, tr("N&odes and phases"));
    m_tabs->addTab(m_pending, tr("P&ending pods"));
    m_tabs->addTab(m_workloads, tr("&Workloads below desired"));
    m_tabs->addTab(m_strategies, tr("&Strategies"));
    m_tabs->setTabVisible(StrategiesTab, false);
}

RehearsalPanel::~RehearsalPanel()
{
    // A rehearser still playing cancels as it goes, and says so with finished(): not into this
    // panel, whose members are gone by the time QWidget deletes its children.
    if (m_rehearser) {
        disconnect(m_rehearser, nullptr, this, nullptr);
        delete m_rehearser.data();
    }
}

void RehearsalPanel::setRehearserFactory(RehearserFactory factory)
{
    m_factory = std::move(factory);
}

bool RehearsalPanel::isRunning() const
{
    return m_rehearser && m_rehearser->isRunning();
}

QString RehearsalPanel::describeRun(const RunSpec &spec, int nodes)
{
    QString how;
    switch (spec.strategy) {
    case RunStrategy::Rolling:
        how = tr("rolling, %n node(s) at a time", nullptr, spec.maxUnavailable);
        break;
    case RunStrategy::AllAtOnce:
        how = tr("all workers at once");
        break;
    case RunStrategy::Surge:
        how = tr("surge, %n new node(s) first", nullptr, spec.surgeNodes);
        break;
    }
    const QString what =
        spec.kind == RunKind::Upgrade
            ? tr("Upgrade to %1, %2").arg(spec.target.toString(), how)
            : (spec.reboot || spec.commandTemplate.isEmpty() ? tr("Maintenance (reboot), %1").arg(how)
                                                             : tr("Maintenance, %1").arg(how));
    QStringList drain;
    if (spec.drain.force)
        drain << QStringLiteral("--force");
    if (spec.drain.deleteEmptyDirData)
        drain << QStringLiteral("--delete-emptydir-data");
    if (spec.drain.disableEviction)
        drain << QStringLiteral("--disable-eviction");
    for (const QString &pdb : spec.drain.overridePdbs)
        drain << QStringLiteral("--override-pdb ") + pdb;
    return tr("%1; %n node(s); drain options: %2.", nullptr, nodes)
        .arg(what, drain.isEmpty() ? tr("none") : drain.join(QStringLiteral(", ")));
}

void RehearsalPanel::editTiming()
{
    if (m_timingDialog) {
        m_timingDialog->raise();
        m_timingDialog->activateWindow();
        return;
    }
    m_timingDialog = new RehearsalTimingDialog(Settings::rehearsalTiming(), this);
    m_timingDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_timingDialog->setWindowModality(Qt::WindowModal);
    connect(m_timingDialog, &QDialog::accepted, this, [this] {
        const auto choice = m_timingDialog->choice();
        if (!choice)
            return;
        Settings::setRehearsalTiming(*choice);
        if (m_hasLastRequest && !isRunning())
            m_status->setText(tr("Timing settings changed: Rehearse again plays the run with them."));
    });
    m_timingDialog->open();
}

void RehearsalPanel::rehearse(const RehearsalRequest &given)
{
    if (!m_factory)
        return;
    RehearsalRequest request = given;
    request.timing = Settings::rehearsalTiming();
    if (!m_rehearser) {
        m_rehearser = m_factory(this);
        connect(m_rehearser, &Rehearser::progress, this, &RehearsalPanel::onProgress);
        connect(m_rehearser, &Rehearser::finished, this, &RehearsalPanel::onFinished);
    }
    const int nodes =
        int(request.spec.nodes.isEmpty() ? request.snapshot.nodes.size() : request.spec.nodes.size());
    m_what = describeRun(request.spec, nodes);
    m_lastRequest = request;
    m_hasLastRequest = true;
    m_runLabel->setText(tr("Rehearsing on a copy of %1: %2").arg(request.source, m_what));
    m_status->setText(tr("Making the practice copy…"));
    m_progress->setRange(0, 0); // indeterminate until the first figure
    setRunning(true);
    Q_EMIT started();
    m_rehearser->start(request);
}

void RehearsalPanel::cancel()
{
    if (m_rehearser)
        m_rehearser->cancel();
}

void RehearsalPanel::setRunning(bool running)
{
    m_cancel->setEnabled(running);
    m_copy->setEnabled(!running && m_hasResult);
    m_compare->setEnabled(!running && m_hasLastRequest);
    m_again->setEnabled(!running && m_hasLastRequest);
    if (running)
        m_cancel->setFocus(Qt::OtherFocusReason);
}

void RehearsalPanel::onProgress(const RehearsalProgress &p)
{
    if (p.nodesTotal > 0) {
        m_progress->setRange(0, p.nodesTotal);
        m_progress->setValue(p.nodesFinished);
    }
    const QString played =
        tr("Playing %1 on the virtual clock: %2 of run time so far, %3 of %4 nodes finished.")
            .arg(p.label, TimelineModel::durationText(p.virtualMs))
            .arg(p.nodesFinished)
            .arg(p.nodesTotal);
    m_status->setText(p.plays > 1 ? tr("Play %1 of %2. %3").arg(p.play).arg(p.plays).arg(played) : played);
}

void RehearsalPanel::onFinished(const RehearsalReply &reply)
{
    if (reply.cancelled) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_status->setText(tr("Rehearsal cancelled. Nothing was changed on the cluster."));
        setRunning(false);
        Q_EMIT finished(true);
        return;
    }
    m_reply = reply;
    m_hasResult = true;
    m_progress->setRange(0, std::max(1, int(reply.result.nodes.size())));
    int finishedNodes = 0;
    for (const RehearsalNode &n : reply.result.nodes)
        finishedNodes += n.state == QLatin1String("done") ? 1 : 0;
    m_progress->setValue(finishedNodes);
    m_status->setText(
        tr("Rehearsed %1 in %2 of wall time on a copy of %n node(s).", nullptr, reply.copiedNodes)
            .arg(reply.result.label, TimelineModel::durationText(reply.result.wallMs)));
    showResult();
    setRunning(false);
    Q_EMIT finished(false);
}

QString RehearsalPanel::headlineText(const RehearsalResult &r) const
{
    if (!r.rehearsable)
        return tr("<b>Not rehearsable:</b> %1").arg(r.notRehearsable.toHtmlEscaped());
    QString result;
    QString colour = QStringLiteral("#a61b1b"); // red: the run would not get through
    if (r.result == QLatin1String("succeeded") && r.blockers.isEmpty()) {
        result = tr("the run succeeds");
        colour = QStringLiteral("#1b6e2a");
    } else if (r.result == QLatin1String("succeeded")) {
        result = tr("the run gets through, but meets blockers");
        colour = QStringLiteral("#8a5a00");
    } else if (r.result == QLatin1String("failed")) {
        result = tr("the run fails");
    } else if (r.result == QLatin1String("stopped")) {
        result = tr("the run gets stuck (the rehearsal stopped it)");
    } else {
        result = tr("the run ends %1").arg(r.result);
    }
    QString html = tr("<b>Predicted duration: %1</b> — <span style='color:%2'><b>%3</b></span>")
                       .arg(TimelineModel::durationText(r.durationMs), colour, result);
    if (!r.message.isEmpty())
        html += QStringLiteral(": ") + r.message.toHtmlEscaped();
    html += QStringLiteral("<br>") +
            tr("Peak unavailable: %n node(s) at %1", nullptr, r.peakUnavailableNodes)
                .arg(since(r.peakUnavailableAtMs)) +
            QStringLiteral(" · ") + tr("%n blocker(s)", nullptr, int(r.blockers.size())) +
            QStringLiteral(" · ") + tr("%n pod(s) left Pending", nullptr, int(r.pendingPods.size())) +
            QStringLiteral(" · ") +
            tr("%n workload(s) below desired", nullptr, int(r.workloadsBelowDesired.size())) +
            QStringLiteral(" · ") + tr("%n eviction(s)", nullptr, r.evictions);
    return html;
}

void RehearsalPanel::showResult()
{
    const RehearsalResult &r = m_reply.result;
    m_headline->setText(headlineText(r));
    m_timingLabel->setText(m_reply.timingText);
    m_timingLabel->setToolTip(m_reply.timingText);
    m_timingLabel->setVisible(!m_reply.timingText.isEmpty());
    fillNodes(r);
    fillBlockers(r);
    fillPending(r);
    fillWorkloads(r);
    fillStrategies(m_reply.compared);
    m_timeline->clear();
    m_timeline->addEvents(r.events);
    m_chart->flushUpdates();
    m_chart->showWholeRun();
    m_tabs->setTabText(BlockersTab, tr("&Blockers (%1)").arg(r.blockers.size()));
    m_tabs->setTabText(PendingTab, tr("P&ending pods (%1)").arg(r.pendingPods.size()));
    m_tabs->setTabText(WorkloadsTab, tr("&Workloads below desired (%1)").arg(r.workloadsBelowDesired.size()));
    // Blockers first when there are any: they are what the user has to act on.
    m_tabs->setCurrentIndex(!m_reply.compared.isEmpty() ? StrategiesTab
                            : r.blockers.isEmpty()      ? TimelineTab
                                                        : BlockersTab);
}

void RehearsalPanel::fillNodes(const RehearsalResult &r)
{
    m_nodes->clear();
    for (const RehearsalNode &n : r.nodes) {
        auto *item = new QTreeWidgetItem(m_nodes);
        item->setText(0, n.name);
        item->setText(1, n.state);
        if (!n.phases.isEmpty()) {
            const qint64 start = n.phases.first().startMs;
            const qint64 end = n.phases.last().endMs;
            item->setText(2, since(start));
            item->setText(3, end < 0 ? tr("did not finish") : since(end));
            item->setText(4, end < 0 ? QString() : TimelineModel::durationText(end - start));
        }
        item->setText(5, n.budgetWaitMs > 0 ? TimelineModel::durationText(n.budgetWaitMs) : QString());
        for (const RehearsalPhase &p : n.phases) {
            auto *phase = new QTreeWidgetItem(item);
            phase->setText(0, p.phase);
            phase->setText(1, p.result.isEmpty() ? tr("open") : p.result);
            phase->setText(2, since(p.startMs));
            phase->setText(3, p.endMs < 0 ? tr("did not finish") : since(p.endMs));
            phase->setText(4, p.endMs < 0 ? QString() : TimelineModel::durationText(p.endMs - p.startMs));
        }
    }
    m_nodes->expandAll();
    fitColumns(m_nodes);
}

void RehearsalPanel::fillBlockers(const RehearsalResult &r)
{
    m_blockers->clear();
    for (const RehearsalBlocker &b : r.blockers) {
        auto *item = new QTreeWidgetItem(m_blockers);
        item->setText(0, b.object);
        item->setText(1,
                      b.clearedBy.isEmpty() ? tr("No option clears it: fix it on the cluster") : b.clearedBy);
        item->setText(2, b.node);
        item->setText(3, b.seenInPlay ? tr("yes") : tr("pre-flight"));
    }
    fitColumns(m_blockers); // before the sentences, which span every column
    for (int i = 0; i < r.blockers.size(); ++i)
        addSentence(m_blockers->topLevelItem(i), r.blockers.at(i).what);
    m_blockers->expandAll();
}

void RehearsalPanel::fillPending(const RehearsalResult &r)
{
    m_pending->clear();
    for (const RehearsalPendingPod &p : r.pendingPods) {
        auto *item = new QTreeWidgetItem(m_pending);
        item->setText(0, p.pod);
        item->setText(1, p.owner.isEmpty() ? tr("(bare pod)") : p.owner);
        item->setText(2, since(p.sinceMs));
        item->setText(3, p.untilMs < 0 ? tr("still Pending at the end")
                                       : TimelineModel::durationText(p.untilMs - p.sinceMs));
    }
    fitColumns(m_pending);
    for (int i = 0; i < r.pendingPods.size(); ++i)
        addSentence(m_pending->topLevelItem(i), r.pendingPods.at(i).why);
    m_pending->expandAll();
}

void RehearsalPanel::fillWorkloads(const RehearsalResult &r)
{
    m_workloads->clear();
    for (const RehearsalWorkload &w : r.workloadsBelowDesired) {
        auto *item = new QTreeWidgetItem(m_workloads);
        item->setText(0, w.workload);
        item->setText(1, QString::number(w.desired));
        item->setText(2, QString::number(w.lowestReady));
        item->setText(3, TimelineModel::durationText(w.belowMs));
        item->setText(4, w.zeroMs > 0 ? TimelineModel::durationText(w.zeroMs) : QString());
    }
    fitColumns(m_workloads);
}

void RehearsalPanel::fillStrategies(const QList<RehearsalResult> &results)
{
    m_strategies->clear();
    m_tabs->setTabVisible(StrategiesTab, !results.isEmpty());
    for (const RehearsalResult &r : results) {
        auto *item = new QTreeWidgetItem(m_strategies);
        item->setText(0, r.label);
        if (!r.rehearsable) {
            item->setText(1, tr("not rehearsable"));
            item->setToolTip(1, r.notRehearsable);
            continue;
        }
        item->setText(1, r.result);
        item->setText(2, TimelineModel::durationText(r.durationMs));
        item->setText(3, QString::number(r.peakUnavailableNodes));
        item->setText(4, QString::number(r.workloadsBelowDesired.size()));
        item->setText(5, QString::number(r.downtimeWorkloads()));
        item->setText(6, QString::number(r.pendingPods.size()));
        item->setText(7, QString::number(r.blockers.size()));
    }
    fitColumns(m_strategies);
}

} // namespace Slipway
