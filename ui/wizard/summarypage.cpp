#include "ui/wizard/summarypage.h"

#include "models/items/runsteppermodel.h"
#include "models/items/timelinemodel.h"
#include "ui/report/reportexporter.h"
#include "ui/report/reportwriter.h"
#include "ui/wizard/runpage.h"
#include "ui/wizard/upgradewizard.h"

#include <QGroupBox>
#include <QPushButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <numeric>

namespace Slipway {

namespace {
QLatin1String key(const char *name)
{
    return QLatin1String(name);
}
} // namespace

SummaryPage::SummaryPage(UpgradeWizard *wizard, RunPage *run)
    : m_wizard(wizard)
    , m_run(run)
    , m_headline(new QLabel)
    , m_durations(new QTreeWidget)
    , m_problems(new QListWidget)
    , m_overrides(new QListWidget)
    , m_export(new QPushButton(tr("&Export PDF…")))
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("What the run did, node by node."));
    m_headline->setObjectName(QStringLiteral("summaryHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_durations->setObjectName(QStringLiteral("summaryDurations"));
    m_durations->setAccessibleName(tr("Durations per node and phase"));
    m_durations->setRootIsDecorated(false);
    m_durations->setUniformRowHeights(true);
    m_problems->setObjectName(QStringLiteral("summaryProblems"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setWordWrap(true);
    m_overrides->setObjectName(QStringLiteral("summaryOverrides"));
    m_overrides->setAccessibleName(tr("Overrides"));
    m_overrides->setWordWrap(true);

    auto *problems = new QGroupBox(tr("Problems"));
    (new QVBoxLayout(problems))->addWidget(m_problems);
    auto *overrides = new QGroupBox(tr("Overrides you confirmed"));
    (new QVBoxLayout(overrides))->addWidget(m_overrides);
    auto *lists = new QHBoxLayout;
    lists->addWidget(problems);
    lists->addWidget(overrides);

    m_export->setObjectName(QStringLiteral("exportPdf"));
    m_export->setToolTip(tr("The upgrade report as PDF: plan, pre-flight, every node's phases, the timeline "
                            "and the event log"));
    connect(m_export, &QPushButton::clicked, this, &SummaryPage::chooseAndExport);
    auto *top = new QHBoxLayout;
    top->addWidget(m_headline, 1);
    top->addWidget(m_export, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_durations, 2);
    layout->addLayout(lists, 1);
}

void SummaryPage::initializePage()
{
    m_export->setEnabled(!m_run->runner()->journalPath().isEmpty());
    fillDurations();
    fillProblemsAndOverrides();
}

bool SummaryPage::exportPdf(const QString &fileName, QString *error)
{
    const Result<ReportSource> source = ReportSource::fromJournal(m_run->runner()->journalPath());
    if (!source.ok()) {
        *error = source.errorText();
        return false;
    }
    return ReportWriter::write(source.value(), ReportExporter::defaultOptions(), fileName, error);
}

void SummaryPage::chooseAndExport()
{
    ReportExporter::exportJournal(m_run->runner()->journalPath(), this);
}

QString SummaryPage::resultLabel(const QString &result)
{
    return result == QLatin1String("succeeded") ? tr("Succeeded")
           : result == QLatin1String("aborted") ? tr("Aborted")
           : result.isEmpty()                   ? tr("Not finished")
                                                : tr("Failed");
}

void SummaryPage::fillDurations()
{
    const RunStepperModel *stepper = m_run->stepper();
    const TimelineModel *timeline = m_run->timeline();
    const QList<RunPhase> phases = stepper->phases();
    QStringList header{tr("Node")};
    for (RunPhase phase : phases)
        header << RunStepperModel::phaseLabel(phase);
    header << tr("Total") << tr("Evictions") << tr("Result");
    m_durations->clear();
    m_durations->setHeaderLabels(header);

    QHash<QString, int> evictions;
    for (const RunEvent &e : m_run->events()) {
        if ((e.type == RunEvent::Type::EvictionAttempt &&
             e.data.value(key("outcome")).toString() == QLatin1String("accepted")) ||
            e.type == RunEvent::Type::PodDeleted)
            ++evictions[e.node];
    }
    const qint64 now = timeline->nowMs();
    qint64 runStart = -1, runEnd = -1;
    for (const QString &node : stepper->nodes()) {
        auto *item = new QTreeWidgetItem(m_durations);
        item->setText(0, node);
        const int row = timeline->rowOfNode(node);
        QHash<RunPhase, qint64> ms;
        qint64 first = -1, last = -1;
        if (row >= 0) {
            for (const TimelineBar &bar : timeline->lane(row).bars) {
                if (bar.isWait)
                    continue;
                ms[bar.phase] += bar.endOr(now) - bar.startMs;
                first = first < 0 ? bar.startMs : std::min(first, bar.startMs);
                last = std::max(last, bar.endOr(now));
            }
        }
        for (int i = 0; i < phases.size(); ++i)
            item->setText(1 + i, ms.contains(phases.at(i))
                                     ? TimelineModel::durationText(ms.value(phases.at(i)))
                                     : QStringLiteral("—"));
        const int base = 1 + int(phases.size());
        item->setText(base, first >= 0 ? TimelineModel::durationText(last - first) : QStringLiteral("—"));
        item->setText(base + 1, QString::number(evictions.value(node)));
        const int state = stepper->nodeState(node);
        item->setText(base + 2, TimelineModel::nodeStateLabel(
                                    state < 0 ? std::nullopt : std::optional(NodeRunState(state))));
        for (int c = 1; c < header.size() - 1; ++c) // numbers right, the result as text
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (first >= 0) {
            runStart = runStart < 0 ? first : std::min(runStart, first);
            runEnd = std::max(runEnd, last);
        }
    }
    m_durations->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    const QString resultText = resultLabel(stepper->runResult());
    int done = 0;
    for (const QString &node : stepper->nodes())
        done += stepper->nodeState(node) == int(NodeRunState::Done) ? 1 : 0;
    m_headline->setText(
        tr("<b>%1.</b> %2 of %3 node(s) done in %4; %n pod(s) evicted or deleted.", nullptr,
           std::accumulate(evictions.cbegin(), evictions.cend(), 0))
            .arg(resultText)
            .arg(done)
            .arg(stepper->rowCount())
            .arg(runStart >= 0 ? TimelineModel::durationText(runEnd - runStart) : tr("no time")));
}

void SummaryPage::fillProblemsAndOverrides()
{
    m_problems->clear();
    m_overrides->clear();
    for (const RunEvent &e : m_run->events()) {
        const QString node = e.node.isEmpty() ? QString() : e.node + QStringLiteral(": ");
        switch (e.type) {
        case RunEvent::Type::PhaseFinished:
            if (e.data.value(key("result")).toString() == QLatin1String("failed"))
                m_problems->addItem(
                    tr("%1%2 failed: %3").arg(node, RunStepperModel::phaseLabel(*e.phase), e.message));
            break;
        case RunEvent::Type::Log:
            if (e.data.value(key("level")).toString() == QLatin1String("error"))
                m_problems->addItem(node + e.message);
            break;
        case RunEvent::Type::WaitEnded:
            if (e.data.value(key("outcome")).toString() == QLatin1String("timeout"))
                m_problems->addItem(
                    tr("%1waiting for %2 timed out").arg(node, e.data.value(key("reason")).toString()));
            break;
        case RunEvent::Type::Override: {
            // What it was about: the budget or finding (target), else the pod; nothing when neither.
            QString about = e.data.value(key("target")).toString();
            if (about.isEmpty())
                about = e.pod;
            m_overrides->addItem(
                tr("%1%2%3 by %4%5")
                    .arg(node, e.data.value(key("kind")).toString(),
                         about.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(about),
                         e.data.value(key("by")).toString(),
                         e.message.isEmpty() ? QString() : QStringLiteral(": ") + e.message));
            break;
        }
        default:
            break;
        }
    }
    if (m_problems->count() == 0)
        m_problems->addItem(tr("None."));
    if (m_overrides->count() == 0)
        m_overrides->addItem(tr("None."));
}

} // namespace Slipway
