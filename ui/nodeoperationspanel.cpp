#include "ui/nodeoperationspanel.h"

#include "models/drain/nodecordoner.h"
#include "models/drain/nodedrainer.h"
#include "models/run/runclock.h"
#include "ui/severityicons.h"

#include <QFontDatabase>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSysInfo>
#include <QToolBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Slipway {

namespace {
constexpr qint64 kWaitLongerSeconds = 300;
constexpr int kDiagnosisPodColumn = 0;
constexpr int kDiagnosisWhyColumn = 1;
} // namespace

struct NodeOperationsPanel::Page
{
    QString node;
    QWidget *widget = nullptr;
    QLabel *state = nullptr;
    QProgressBar *progress = nullptr;
    QPlainTextEdit *log = nullptr;
    QTreeWidget *diagnosis = nullptr;
    QLabel *why = nullptr; // the current pod's whole sentence
    QWidget *hatches = nullptr;
    QPushButton *waitLonger = nullptr;
    QPushButton *deletePod = nullptr;
    QPushButton *disableEviction = nullptr;
    QPushButton *stop = nullptr;
    NodeDrainer *drainer = nullptr;
    NodeCordoner *cordoner = nullptr;
    DrainOptions options;
    int podsToGo = 0;
    int podsGone = 0;
    bool busy = false;
    bool restartWithoutEviction = false;
};

NodeOperationsPanel::NodeOperationsPanel(QWidget *parent)
    : QWidget(parent)
    , m_clock(new WallRunClock(this))
    , m_pages(new QToolBox(this))
    , m_empty(new QLabel(tr("Cordon, drain or uncordon a node from the node table (right-click or the "
                            "Node menu); its progress shows here."),
                         this))
{
    setObjectName(QStringLiteral("nodeOperationsPanel"));
    setMinimumWidth(360);
    m_pages->setObjectName(QStringLiteral("nodeOperationPages"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_pages, 1);
    m_pages->hide();
}

NodeOperationsPanel::~NodeOperationsPanel()
{
    // The drainers and cordoners go first, unheard: nothing may reach a page being deleted.
    for (Page *p : std::as_const(m_byNode)) {
        forget(p);
        delete p;
    }
}

QString NodeOperationsPanel::currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", QStringLiteral("unknown"));
    return user + QLatin1Char('@') + QSysInfo::machineHostName();
}

void NodeOperationsPanel::forget(Page *p)
{
    for (QObject *worker : {static_cast<QObject *>(p->drainer), static_cast<QObject *>(p->cordoner)}) {
        if (worker) {
            disconnect(worker, nullptr, this, nullptr);
            delete worker;
        }
    }
    p->drainer = nullptr;
    p->cordoner = nullptr;
    p->busy = false;
}

void NodeOperationsPanel::retire(QObject *worker)
{
    // Possibly called from the worker's own finished(): unheard from now on, deleted later.
    if (!worker)
        return;
    disconnect(worker, nullptr, this, nullptr);
    worker->deleteLater();
}

void NodeOperationsPanel::setCluster(ClusterApi *api)
{
    if (api == m_api)
        return;
    if (m_api)
        disconnect(m_api, &QObject::destroyed, this, nullptr);
    // Operations belong to the cluster they started on: a new cluster (or none) ends them.
    for (Page *p : std::as_const(m_byNode)) {
        forget(p);
        m_pages->removeItem(m_pages->indexOf(p->widget));
        delete p->widget;
        delete p;
    }
    m_byNode.clear();
    m_pages->hide();
    m_empty->show();
    m_api = api;
    if (m_api) {
        connect(m_api, &QObject::destroyed, this, [this] {
            m_api = nullptr;
            for (Page *p : std::as_const(m_byNode)) {
                if (!p->busy)
                    continue;
                forget(p);
                p->hatches->hide();
                p->progress->hide();
                setState(p, tr("stopped: the cluster was closed"));
            }
        });
    }
}

NodeOperationsPanel::Page *NodeOperationsPanel::page(const QString &node)
{
    if (Page *existing = m_byNode.value(node)) {
        m_pages->setCurrentWidget(existing->widget);
        return existing;
    }
    auto *p = new Page;
    p->node = node;
    p->widget = new QWidget;
    p->widget->setObjectName(QStringLiteral("nodeOperation-") + node);
    p->state = new QLabel;
    p->state->setObjectName(QStringLiteral("operationState"));
    p->state->setWordWrap(true);
    p->progress = new QProgressBar;
    p->progress->setRange(0, 0);
    p->log = new QPlainTextEdit;
    p->log->setObjectName(QStringLiteral("operationLog"));
    p->log->setReadOnly(true);
    p->log->setMaximumBlockCount(2000);
    p->log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    p->log->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    p->diagnosis = new QTreeWidget;
    p->diagnosis->setObjectName(QStringLiteral("operationDiagnosis"));
    p->diagnosis->setRootIsDecorated(false);
    p->diagnosis->setHeaderLabels({tr("Pod not yet gone"), tr("Why")});
    p->diagnosis->header()->setStretchLastSection(true);
    p->diagnosis->hide();
    p->why = new QLabel;
    p->why->setObjectName(QStringLiteral("diagnosisSentence"));
    p->why->setWordWrap(true);
    p->why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    p->why->hide();

    p->waitLonger = new QPushButton(tr("Wait longer…"));
    p->waitLonger->setObjectName(QStringLiteral("waitLonger"));
    p->deletePod = new QPushButton(tr("Delete this pod…"));
    p->deletePod->setObjectName(QStringLiteral("deletePod"));
    p->deletePod->setToolTip(tr("DELETE the pod chosen above instead of evicting it (bypasses its budget)"));
    p->disableEviction = new QPushButton(tr("Disable eviction…"));
    p->disableEviction->setObjectName(QStringLiteral("disableEviction"));
    p->disableEviction->setToolTip(tr("Go on with DELETE for every pod of this node (--disable-eviction)"));
    p->stop = new QPushButton(tr("Stop"));
    p->stop->setObjectName(QStringLiteral("stopDrain"));
    p->stop->setToolTip(tr("Stop retrying and waiting; the node stays cordoned"));
    connect(p->waitLonger, &QPushButton::clicked, this, [this, p] { waitLonger(p); });
    connect(p->deletePod, &QPushButton::clicked, this, [this, p] { deleteSelectedPod(p); });
    connect(p->disableEviction, &QPushButton::clicked, this, [this, p] { disableEviction(p); });
    connect(p->stop, &QPushButton::clicked, this, [p] {
        if (p->drainer)
            p->drainer->cancel();
    });
    connect(p->diagnosis, &QTreeWidget::currentItemChanged, this, [p](QTreeWidgetItem *item) {
        p->deletePod->setEnabled(item && p->busy);
        p->why->setText(item ? item->toolTip(kDiagnosisWhyColumn) : QString());
    });
    p->hatches = new QWidget;
    auto *buttons = new QGridLayout(p->hatches);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(p->deletePod, 0, 0);
    buttons->addWidget(p->waitLonger, 0, 1);
    buttons->addWidget(p->disableEviction, 1, 0);
    buttons->addWidget(p->stop, 1, 1);
    p->hatches->hide();

    auto *layout = new QVBoxLayout(p->widget);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(p->state);
    layout->addWidget(p->progress);
    layout->addWidget(p->diagnosis, 2);
    layout->addWidget(p->why);
    layout->addWidget(p->hatches);
    layout->addWidget(p->log, 3);

    m_byNode.insert(node, p);
    m_pages->addItem(p->widget, node);
    m_pages->setCurrentWidget(p->widget);
    m_pages->show();
    m_empty->hide();
    return p;
}

void NodeOperationsPanel::setState(Page *p, const QString &state)
{
    p->state->setText(state);
    m_pages->setItemText(m_pages->indexOf(p->widget), tr("%1 — %2").arg(p->node, state));
}

void NodeOperationsPanel::appendLine(Page *p, const QString &line, bool isError)
{
    if (isError)
        p->log->appendHtml(
            QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(line.toHtmlEscaped()));
    else
        p->log->appendPlainText(line);
}

bool NodeOperationsPanel::isBusy(const QString &node) const
{
    const Page *p = m_byNode.value(node);
    return p && p->busy;
}

QPlainTextEdit *NodeOperationsPanel::log(const QString &node) const
{
    const Page *p = m_byNode.value(node);
    return p ? p->log : nullptr;
}

QTreeWidget *NodeOperationsPanel::diagnosisTree(const QString &node) const
{
    const Page *p = m_byNode.value(node);
    return p ? p->diagnosis : nullptr;
}

QLabel *NodeOperationsPanel::stateLabel(const QString &node) const
{
    const Page *p = m_byNode.value(node);
    return p ? p->state : nullptr;
}

void NodeOperationsPanel::cordon(const QString &node, const QString &reason)
{
    if (!m_api || isBusy(node))
        return;
    Page *p = page(node);
    p->busy = true;
    p->progress->setRange(0, 0);
    p->progress->show();
    setState(p, tr("cordoning"));
    Q_EMIT operationStarted(node);
    retire(p->cordoner);
    p->cordoner = new NodeCordoner(m_api, m_clock, this);
    connect(p->cordoner, &NodeCordoner::output, this,
            [this, p](const QString &line, bool isError) { appendLine(p, line, isError); });
    connect(p->cordoner, &NodeCordoner::finished, this,
            [this, p](const CordonOutcome &outcome) { onCordonFinished(p, outcome); });
    CordonOptions options;
    options.reason = reason;
    options.by = currentUser();
    p->cordoner->cordon(node, options);
}

void NodeOperationsPanel::uncordon(const QString &node, bool force)
{
    if (!m_api || isBusy(node))
        return;
    Page *p = page(node);
    p->busy = true;
    p->progress->setRange(0, 0);
    p->progress->show();
    setState(p, tr("uncordoning"));
    Q_EMIT operationStarted(node);
    retire(p->cordoner);
    p->cordoner = new NodeCordoner(m_api, m_clock, this);
    connect(p->cordoner, &NodeCordoner::output, this,
            [this, p](const QString &line, bool isError) { appendLine(p, line, isError); });
    connect(p->cordoner, &NodeCordoner::finished, this,
            [this, p](const CordonOutcome &outcome) { onCordonFinished(p, outcome); });
    CordonOptions options;
    options.by = currentUser();
    options.force = force;
    p->cordoner->uncordon(node, options);
}

void NodeOperationsPanel::onCordonFinished(Page *p, const CordonOutcome &outcome)
{
    p->busy = false;
    p->progress->hide();
    if (!outcome.ok()) {
        appendLine(p, outcome.errorLine.isEmpty() ? outcome.error.describe() : outcome.errorLine, true);
        setState(p, tr("failed"));
        Q_EMIT operationFinished(p->node, false);
        return;
    }
    if (outcome.result == QLatin1String("left-cordoned")) {
        // Someone else cordoned it: left as it is unless the user says otherwise (issue #8).
        setState(p, tr("left cordoned: someone else cordoned it"));
        const QString node = p->node;
        confirm(QStringLiteral("confirmForceUncordon"), tr("Uncordon %1?").arg(node),
                tr("%1 was cordoned by someone else, not by Slipway. Uncordon it anyway? This is recorded.")
                    .arg(node),
                tr("Uncordon anyway"), [this, node] { uncordon(node, true); });
    } else {
        static const QHash<QString, const char *> states{
            {QStringLiteral("cordoned"), QT_TR_NOOP("cordoned")},
            {QStringLiteral("already-cordoned"), QT_TR_NOOP("already cordoned")},
            {QStringLiteral("uncordoned"), QT_TR_NOOP("uncordoned")},
            {QStringLiteral("already-uncordoned"), QT_TR_NOOP("already uncordoned")}};
        setState(p, tr(states.value(outcome.result, "done")));
    }
    Q_EMIT operationFinished(p->node, true);
}

void NodeOperationsPanel::drain(const QString &node, const DrainOptions &options, int podsToGo)
{
    if (!m_api || isBusy(node))
        return;
    Page *p = page(node);
    p->options = options;
    p->options.by = currentUser();
    p->podsToGo = podsToGo;
    p->podsGone = 0;
    startDrain(p);
}

void NodeOperationsPanel::startDrain(Page *p)
{
    p->busy = true;
    p->restartWithoutEviction = false;
    p->diagnosis->clear();
    p->diagnosis->show();
    p->why->clear();
    p->why->show();
    p->hatches->show();
    p->stop->setEnabled(true);
    p->deletePod->setEnabled(false);
    p->waitLonger->setEnabled(p->options.timeoutSeconds > 0);
    p->waitLonger->setToolTip(
        p->options.timeoutSeconds > 0
            ? tr("Move the drain's deadline (--timeout) %1 s later").arg(kWaitLongerSeconds)
            : tr("This drain has no timeout: it waits as long as it takes"));
    p->disableEviction->setEnabled(!p->options.disableEviction);
    if (p->podsToGo > 0)
        p->progress->setRange(0, p->podsToGo);
    p->progress->setValue(p->podsGone);
    p->progress->show();
    setState(p, tr("draining"));
    Q_EMIT operationStarted(p->node);
    retire(p->drainer);
    p->drainer = new NodeDrainer(m_api, m_clock, this);
    connect(p->drainer, &NodeDrainer::output, this, [this, p](const QString &line, bool isError) {
        appendLine(p, line, isError);
        // "pod/<name> evicted" / "pod/<name> deleted": one more gone, its diagnosis with it.
        if (!isError && line.startsWith(QLatin1String("pod/")) &&
            (line.endsWith(QLatin1String(" evicted")) || line.endsWith(QLatin1String(" deleted")))) {
            p->progress->setValue(++p->podsGone);
            const QString name = line.mid(4).section(QLatin1Char(' '), 0, 0);
            for (int i = p->diagnosis->topLevelItemCount() - 1; i >= 0; --i) {
                if (p->diagnosis->topLevelItem(i)
                        ->text(kDiagnosisPodColumn)
                        .endsWith(QLatin1Char('/') + name))
                    delete p->diagnosis->takeTopLevelItem(i);
            }
        }
    });
    connect(p->drainer, &NodeDrainer::diagnosis, this,
            [this, p](const QString &pod, const QString &sentence, bool stuck) {
                onDiagnosis(p, pod, sentence, stuck);
            });
    connect(p->drainer, &NodeDrainer::finished, this,
            [this, p](const DrainOutcome &outcome) { onDrainFinished(p, outcome); });
    p->drainer->start(p->node, p->options);
}

void NodeOperationsPanel::onDiagnosis(Page *p, const QString &podKey, const QString &sentence, bool stuck)
{
    QTreeWidgetItem *item = nullptr;
    for (int i = 0; i < p->diagnosis->topLevelItemCount() && !item; ++i) {
        if (p->diagnosis->topLevelItem(i)->text(kDiagnosisPodColumn) == podKey)
            item = p->diagnosis->topLevelItem(i);
    }
    if (!item)
        item = new QTreeWidgetItem(p->diagnosis, {podKey, QString()});
    item->setText(kDiagnosisWhyColumn, sentence);
    item->setToolTip(kDiagnosisWhyColumn, stuck ? tr("Will not finish without you: %1").arg(sentence)
                                                : tr("Slow, but moving: %1").arg(sentence));
    item->setIcon(kDiagnosisPodColumn, stuck ? severityIcon(Finding::Severity::Error) : QIcon());
    item->setData(kDiagnosisPodColumn, Qt::UserRole, stuck);
    p->diagnosis->resizeColumnToContents(kDiagnosisPodColumn);
    if (!p->diagnosis->currentItem() || p->diagnosis->currentItem() == item) {
        p->diagnosis->setCurrentItem(item);
        p->why->setText(item->toolTip(kDiagnosisWhyColumn));
    }
}

void NodeOperationsPanel::onDrainFinished(Page *p, const DrainOutcome &outcome)
{
    if (outcome.cancelled && p->restartWithoutEviction) {
        // The user chose DELETE for the rest of this node: the same drain, eviction off.
        p->options.disableEviction = true;
        p->options.alreadyCordoned = true;
        appendLine(
            p, tr("eviction disabled for %1 by %2: deleting the remaining pods").arg(p->node, p->options.by),
            false);
        startDrain(p);
        return;
    }
    p->busy = false;
    p->hatches->hide();
    p->progress->hide();
    for (const QString &line : outcome.errorLines)
        appendLine(p, line, true);
    if (outcome.ok) {
        p->diagnosis->hide();
        p->why->hide();
        setState(p, tr("drained"));
    } else if (outcome.cancelled) {
        setState(p, tr("stopped; the node stays cordoned"));
    } else {
        setState(p, outcome.timedOut ? tr("timed out; the node stays cordoned")
                                     : tr("failed; the node stays cordoned"));
    }
    Q_EMIT operationFinished(p->node, outcome.ok);
}

void NodeOperationsPanel::confirm(const QString &objectName, const QString &title, const QString &text,
                                  const QString &yesText, std::function<void()> onYes)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, this);
    box->setObjectName(objectName);
    QPushButton *yes = box->addButton(yesText, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [yes, onYes = std::move(onYes)](QAbstractButton *clicked) {
                if (clicked == yes)
                    onYes();
            });
    box->open(); // not exec(): the panel keeps updating while the question is open
}

void NodeOperationsPanel::waitLonger(Page *p)
{
    confirm(QStringLiteral("confirmWaitLonger"), tr("Wait longer for %1?").arg(p->node),
            tr("Move this drain's deadline %1 s later? This is recorded.").arg(kWaitLongerSeconds),
            tr("Wait longer"), [p] {
                if (p->drainer && p->busy)
                    p->drainer->extendTimeout(kWaitLongerSeconds, p->options.by);
            });
}

void NodeOperationsPanel::deleteSelectedPod(Page *p)
{
    QTreeWidgetItem *item = p->diagnosis->currentItem();
    if (!item)
        return;
    const QString pod = item->text(kDiagnosisPodColumn);
    confirm(QStringLiteral("confirmDeletePod"), tr("Delete %1?").arg(pod),
            tr("Delete %1 now instead of evicting it? A DELETE bypasses its PodDisruptionBudget, so its "
               "workload may drop below what the budget protects. This is recorded.")
                .arg(pod),
            tr("Delete the pod"), [p, pod] {
                if (p->drainer && p->busy)
                    p->drainer->deletePodNow(pod, p->options.by);
            });
}

void NodeOperationsPanel::disableEviction(Page *p)
{
    confirm(QStringLiteral("confirmDisableEviction"), tr("Disable eviction for %1?").arg(p->node),
            tr("Delete every remaining pod of %1 instead of evicting it (--disable-eviction)? This bypasses "
               "all PodDisruptionBudgets. This is recorded.")
                .arg(p->node),
            tr("Disable eviction"), [p] {
                if (!p->drainer || !p->busy)
                    return;
                p->restartWithoutEviction = true;
                p->drainer->cancel();
            });
}

} // namespace Slipway
