#include "ui/training/trainingwindow.h"

#include "sim/lessons/lessoncatalog.h"
#include "ui/training/classroomserver.h"
#include "ui/training/lessonclusterview.h"
#include "ui/training/studentspanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextOption>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace Slipway {

namespace {

constexpr int kSpeeds[] = {1, 10, 30, 60, 120, 300, 600};
constexpr int kDefaultSpeed = 60;

QString clockText(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QPlainTextEdit *monospaceView(const QString &objectName, const QString &accessibleName)
{
    auto *view = new QPlainTextEdit;
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

// A measured table (lessons 2 and 6) under the observed state: one line a row, cells separated by
// tabs, and tab stops at each column's widest cell in `metrics` plus a gap. Measured in the view's
// own font, the columns line up whatever the script: a Hangul syllable is not two columns of any
// installed fixed-width font, so padding with spaces cannot align Korean cells.
QString tableText(const LessonTable &table, const QFontMetricsF &metrics, QList<QTextOption::Tab> *stops)
{
    stops->clear();
    if (table.rows.isEmpty())
        return {};
    QList<QStringList> rows{table.headers};
    for (const LessonTableRow &row : table.rows)
        rows << (QStringList{row.label} + row.cells);
    QList<qreal> widths;
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = qMax(widths[i], metrics.horizontalAdvance(row.at(i)));
        }
    }
    const qreal gap = metrics.horizontalAdvance(QStringLiteral("   "));
    qreal x = 0;
    for (int i = 0; i + 1 < widths.size(); ++i) {
        x += widths.at(i) + gap;
        stops->append(QTextOption::Tab(std::ceil(x), QTextOption::LeftTab));
    }
    QStringList lines;
    for (const QStringList &row : rows)
        lines << row.join(QLatin1Char('\t'));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TrainingWindow::TrainingWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_player(new LessonPlayer(this))
    , m_classroom(new ClassroomServer(this))
    , m_lessons(new QListWidget)
    , m_play(new QPushButton)
    , m_step(new QPushButton(tr("&Step")))
    , m_restart(new QPushButton(tr("&Restart")))
    , m_speed(new QComboBox)
    , m_lessonTitle(new QLabel)
    , m_progress(new QLabel)
    , m_clock(new QLabel)
    , m_stepTitle(new QLabel)
    , m_explanation(new QTextBrowser)
    , m_command(monospaceView(QStringLiteral("lessonCommand"), tr("The step's command")))
    , m_copy(new QPushButton(tr("&Copy command")))
    , m_observed(monospaceView(QStringLiteral("lessonObserved"), tr("What the cluster shows now")))
    , m_checks(new QListWidget)
    , m_cluster(new LessonClusterView)
    , m_students(new StudentsPanel(m_classroom))
    , m_log(monospaceView(QStringLiteral("lessonLog"), tr("Lesson log")))
    , m_tabs(new QTabWidget)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_presenterAction(new QAction(tr("&Presenter view"), this))
    , m_clockTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("trainingWindow"));
    setWindowTitle(tr("Slipway — Training"));
    m_lessons->setObjectName(QStringLiteral("lessonList"));
    m_lessons->setAccessibleName(tr("Lessons"));
    m_log->setMaximumBlockCount(5000);
    m_tabs->setObjectName(QStringLiteral("trainingTabs"));
    m_tabs->addTab(m_cluster, tr("C&luster"));
    m_tabs->addTab(m_students, tr("S&tudents"));
    m_tabs->addTab(m_log, tr("L&og"));

    m_splitter->addWidget(m_lessons);
    m_splitter->addWidget(createStepPanel());
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 3);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(createControls());
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_presenterAction->setObjectName(QStringLiteral("trainingPresenterView"));
    m_presenterAction->setCheckable(true);
    m_presenterAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presenterAction->setToolTip(tr("Large text for the projector; the lesson list is hidden (F11)"));
    connect(m_presenterAction, &QAction::toggled, this, &TrainingWindow::setPresenterView);
    addAction(m_presenterAction);

    m_clockTimer->setInterval(250);
    connect(m_clockTimer, &QTimer::timeout, this, &TrainingWindow::updateClock);
    connectPlayer();
    fillLessons();
    applyFonts();
    updateControls();
    resize(1280, 800);
}

TrainingWindow::~TrainingWindow()
{
    // The students' server and the cluster view talk to the player's simulator: they stop first.
    m_classroom->serve(nullptr, {});
    m_cluster->setSimulator(nullptr);
}

QWidget *TrainingWindow::createControls()
{
    m_play->setObjectName(QStringLiteral("lessonPlay"));
    m_step->setObjectName(QStringLiteral("lessonStep"));
    m_restart->setObjectName(QStringLiteral("lessonRestart"));
    m_speed->setObjectName(QStringLiteral("lessonSpeed"));
    m_speed->setAccessibleName(tr("Speed"));
    m_play->setShortcut(QKeySequence(Qt::Key_F5));
    m_step->setShortcut(QKeySequence(Qt::Key_F10));
    m_step->setToolTip(tr("Run the next step, then pause (F10)"));
    m_restart->setToolTip(tr("A fresh cluster, back to the first step"));
    for (const int speed : kSpeeds)
        m_speed->addItem(tr("%1×").arg(speed), speed);
    m_speed->setCurrentIndex(m_speed->findData(kDefaultSpeed));
    m_speed->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_speed->setToolTip(tr("How much faster than real time the lesson's clock runs"));
    m_player->setSpeed(kDefaultSpeed);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this] { m_player->setSpeed(m_speed->currentData().toDouble()); });
    connect(m_play, &QPushButton::clicked, this, &TrainingWindow::togglePlay);
    connect(m_step, &QPushButton::clicked, m_player, &LessonPlayer::step);
    connect(m_restart, &QPushButton::clicked, this, &TrainingWindow::restartLesson);
    m_lessonTitle->setObjectName(QStringLiteral("lessonTitle"));
    // A long title wraps rather than widening the window past the projector's width.
    m_lessonTitle->setWordWrap(true);
    m_lessonTitle->setMinimumWidth(1);
    m_clock->setObjectName(QStringLiteral("lessonClock"));
    m_progress->setObjectName(QStringLiteral("lessonProgress"));

    // The lesson's title beside the controls when it fits, else on its own line above them
    // (fitStepPanel() switches): squeezed beside them it wrapped into two or three lines.
    auto *bar = new QWidget;
    m_header = new QBoxLayout(QBoxLayout::LeftToRight, bar);
    m_header->setContentsMargins(0, 0, 0, 0);
    m_header->addWidget(m_lessonTitle, 1);
    auto *row = new QHBoxLayout;
    m_header->addLayout(row);
    row->addStretch(1);
    for (QWidget *w : std::initializer_list<QWidget *>{m_play, m_step, m_restart})
        row->addWidget(w);
    auto *speedLabel = new QLabel(tr("S&peed:"));
    speedLabel->setBuddy(m_speed);
    row->addSpacing(12);
    row->addWidget(speedLabel);
    row->addWidget(m_speed);
    row->addSpacing(12);
    row->addWidget(m_progress);
    row->addSpacing(12);
    row->addWidget(m_clock);
    auto *presenter = new QPushButton;
    presenter->setObjectName(QStringLiteral("presenterViewButton"));
    presenter->setCheckable(true);
    presenter->setText(m_presenterAction->text());
    presenter->setToolTip(m_presenterAction->toolTip());
    connect(presenter, &QPushButton::toggled, m_presenterAction, &QAction::setChecked);
    connect(m_presenterAction, &QAction::toggled, presenter, &QPushButton::setChecked);
    row->addWidget(presenter);
    return bar;
}

QWidget *TrainingWindow::createStepPanel()
{
    m_stepTitle->setObjectName(QStringLiteral("lessonStepTitle"));
    m_stepTitle->setWordWrap(true);
    m_explanation->setObjectName(QStringLiteral("lessonExplanation"));
    m_explanation->setAccessibleName(tr("Explanation for the students"));
    m_explanation->setOpenLinks(false);
    m_copy->setObjectName(QStringLiteral("copyLessonCommand"));
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_command->toPlainText()); });
    m_checks->setObjectName(QStringLiteral("lessonChecks"));
    m_checks->setAccessibleName(tr("What this step shows"));
    m_checks->setWordWrap(true);
    // Long checks (lesson 4's ranges) wrap at the list's width instead of ending in "…".
    m_checks->setTextElideMode(Qt::ElideNone);
    m_checks->setResizeMode(QListView::Adjust);
    m_checks->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_explanation);
    auto *commandRow = new QHBoxLayout;
    m_commandLabel = new QLabel(tr("Co&mmand:"));
    m_commandLabel->setBuddy(m_command);
    commandRow->addWidget(m_commandLabel);
    commandRow->addStretch();
    commandRow->addWidget(m_copy);
    layout->addLayout(commandRow);
    layout->addWidget(m_command);
    auto *observedLabel = new QLabel(tr("O&bserved:"));
    observedLabel->setBuddy(m_observed);
    layout->addWidget(observedLabel);
    layout->addWidget(m_observed, 1);
    layout->addWidget(m_checks);
    return panel;
}

void TrainingWindow::connectPlayer()
{
    connect(m_player, &LessonPlayer::stateChanged, this, [this](LessonPlayer::State state) {
        if (state == LessonPlayer::State::Playing || state == LessonPlayer::State::Stepping)
            m_clockTimer->start();
        else
            m_clockTimer->stop();
        if (state == LessonPlayer::State::Failed)
            m_log->appendPlainText(tr("The lesson stopped: %1").arg(m_player->error()));
        updateClock();
        updateControls();
    });
    connect(m_player, &LessonPlayer::stepStarted, this, [this](int index, const QString &title) {
        m_stepTitle->setText(QStringLiteral("<b>%1</b>")
                                 .arg(tr("Step %1 of %2 — %3")
                                          .arg(index + 1)
                                          .arg(m_player->lesson().steps.size())
                                          .arg(title.toHtmlEscaped())));
        updateControls();
    });
    connect(m_player, &LessonPlayer::narration, this, &TrainingWindow::onNarration);
    connect(m_player, &LessonPlayer::observation, this, &TrainingWindow::onObservation);
    connect(m_player, &LessonPlayer::stepFinished, this, [this] { updateControls(); });
    connect(m_player, &LessonPlayer::log, this,
            [this](const QString &line) { m_log->appendPlainText(line); });
    connect(m_lessons, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            openLesson(m_lessons->item(row)->data(Qt::UserRole).toInt());
    });
}

void TrainingWindow::fillLessons()
{
    const QSignalBlocker blocker(m_lessons);
    for (const Lesson &lesson : LessonCatalog::all()) {
        auto *item = new QListWidgetItem(tr("%1. %2").arg(lesson.number).arg(lesson.title.text()), m_lessons);
        item->setData(Qt::UserRole, lesson.number);
        item->setToolTip(lesson.summary.text());
    }
}

bool TrainingWindow::openLesson(int number)
{
    const std::optional<Lesson> lesson = LessonCatalog::lesson(number);
    if (!lesson)
        return false;
    m_classroom->serve(nullptr, {});
    m_cluster->setSimulator(nullptr);
    m_stepTitle->clear();
    m_explanation->clear();
    m_command->clear();
    m_observation = {};
    m_observed->clear();
    m_checks->clear();
    m_log->clear();
    const bool loaded = m_player->load(*lesson);
    m_lessonTitle->setText(
        QStringLiteral("<b>%1</b>")
            .arg(tr("Lesson %1: %2").arg(lesson->number).arg(lesson->title.text().toHtmlEscaped())));
    m_explanation->setHtml(QStringLiteral("<p>%1</p>").arg(lesson->summary.text().toHtmlEscaped()));
    for (QWidget *w : std::initializer_list<QWidget *>{m_commandLabel, m_copy, m_command})
        w->setVisible(false);
    fitStepPanel();
    QStringList commands;
    for (const LessonStep &step : lesson->steps) {
        for (const QString &line : step.command.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.trimmed().startsWith(QLatin1String("kubectl ")))
                commands << line.trimmed();
        }
    }
    if (!loaded) {
        m_log->appendPlainText(tr("Lesson %1 could not be loaded: %2").arg(number).arg(m_player->error()));
        updateControls();
        return false;
    }
    bindCluster();
    m_students->setCommands(commands);
    for (int row = 0; row < m_lessons->count(); ++row) {
        if (m_lessons->item(row)->data(Qt::UserRole).toInt() == number && m_lessons->currentRow() != row) {
            const QSignalBlocker blocker(m_lessons);
            m_lessons->setCurrentRow(row);
        }
    }
    updateClock();
    updateControls();
    return true;
}

void TrainingWindow::bindCluster()
{
    m_cluster->setSimulator(m_player->simulator());
    m_cluster->setPodPrefixes({});
    if (!m_classroom->serve(m_player->simulator(), m_player->lesson().scenario))
        m_log->appendPlainText(m_classroom->error());
}

void TrainingWindow::restartLesson()
{
    m_classroom->serve(nullptr, {});
    m_cluster->setSimulator(nullptr);
    m_player->restart();
    m_stepTitle->clear();
    m_observation = {};
    m_observed->clear();
    m_checks->clear();
    bindCluster();
    updateClock();
    updateControls();
}

void TrainingWindow::onNarration(int index, const QString &text, const QString &command)
{
    const LessonStep &step = m_player->lesson().steps.at(index);
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    // Korean on the screen, the English source under it for whoever reads along in English.
    const QString english = step.narration.english();
    if (english != text)
        html += QStringLiteral("<p style=\"color:#707070\"><i>%1</i></p>").arg(english.toHtmlEscaped());
    m_explanation->setHtml(html);
    m_command->setPlainText(command);
    m_copy->setEnabled(!command.isEmpty());
    // A step without a command (a summary) shows no empty command box.
    for (QWidget *w : std::initializer_list<QWidget *>{m_commandLabel, m_copy, m_command})
        w->setVisible(!command.isEmpty());
    m_cluster->setPodPrefixes(step.observe.podsOf);
    fitStepPanel();
}

void TrainingWindow::onObservation(const LessonObservation &observation)
{
    m_observation = observation;
    showObservation();
    m_checks->clear();
    for (const LessonCheckResult &check : observation.checks) {
        auto *item = new QListWidgetItem(
            (check.holds ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + check.description, m_checks);
        item->setData(Qt::UserRole, check.id);
        item->setForeground(check.holds ? QColor(0x00, 0x79, 0x6b) : QColor(0xc6, 0x28, 0x28));
    }
    m_cluster->refresh();
    fitStepPanel();
}

// The observed state, its findings and its table, laid out in the view's current font (called
// again when the font changes, so the table's tab stops follow the presenter zoom).
void TrainingWindow::showObservation()
{
    QStringList parts{m_observation.state};
    for (const Finding &finding : std::as_const(m_observation.findings))
        parts << QStringLiteral("%1  %2").arg(finding.rule, finding.message);
    QList<QTextOption::Tab> stops;
    const QString table = tableText(m_observation.table, QFontMetricsF(m_observed->font()), &stops);
    if (!table.isEmpty())
        parts << QString() << table;
    QTextOption option = m_observed->document()->defaultTextOption();
    option.setTabs(stops);
    m_observed->document()->setDefaultTextOption(option);
    m_observed->setPlainText(parts.join(QLatin1Char('\n')).trimmed());
}

void TrainingWindow::fitStepPanel()
{
    // On the projector nothing the class reads should hide behind a scroll bar if there is room.
    // The command gets its lines; of the height left, the explanation gets what its text needs up
    // to 45 %, the checks up to 30 %, and the observed state the rest (it scrolls if it must).
    if (m_header) {
        const QLayoutItem *controls = m_header->itemAt(1);
        QFont bold = m_lessonTitle->font();
        bold.setBold(true);
        const int titleWidth = QFontMetrics(bold).horizontalAdvance(
            m_lessonTitle->text().remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>")));
        const bool fits = controls && titleWidth + controls->sizeHint().width() + 40 <= width();
        m_header->setDirection(fits ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    }
    const QWidget *panel = m_explanation->parentWidget();
    if (!panel || !panel->layout())
        return;
    const auto frame = [](const QFrame *f) {
        return 2 * f->frameWidth();
    };

    const QFontMetrics fixed(m_command->font());
    const QStringList lines = m_command->toPlainText().split(QLatin1Char('\n'));
    int widest = 0;
    for (const QString &line : lines)
        widest = qMax(widest, fixed.horizontalAdvance(line));
    const int margin = int(2 * m_command->document()->documentMargin());
    // Half a line spare: QPlainTextEdit shows a scroll bar when the last line touches the edge.
    int command =
        int(lines.size()) * fixed.lineSpacing() + fixed.lineSpacing() / 2 + margin + frame(m_command);
    if (widest + margin > m_command->viewport()->width())
        command += m_command->horizontalScrollBar()->sizeHint().height();
    m_command->setFixedHeight(command);

    const int spacing = qMax(0, panel->layout()->spacing());
    const int width = panel->width();
    int taken = (m_stepTitle->hasHeightForWidth() ? m_stepTitle->heightForWidth(width)
                                                  : m_stepTitle->sizeHint().height()) +
                5 * spacing + 2 * fontMetrics().height();
    if (m_command->isVisible() || m_command->isVisibleTo(this))
        taken += command + qMax(m_commandLabel->sizeHint().height(), m_copy->sizeHint().height()) + spacing;
    const int left = qMax(0, panel->height() - taken);

    QTextDocument *doc = m_explanation->document();
    doc->setTextWidth(m_explanation->viewport()->width());
    const int explanation = int(std::ceil(doc->size().height())) + frame(m_explanation);
    m_explanation->setFixedHeight(qMax(2 * fontMetrics().lineSpacing(), qMin(explanation, left * 45 / 100)));

    // Each check wrapped at the list's width; the rows get that height (QListView's own guess
    // keeps some at one line and elides them).
    const int textWidth = qMax(1, m_checks->viewport()->width() - 8);
    int checks = frame(m_checks);
    for (int row = 0; row < m_checks->count(); ++row) {
        QListWidgetItem *item = m_checks->item(row);
        // Measured a little narrower than the row: the style's text margins (focus frame) take some.
        const QRect r = m_checks->fontMetrics().boundingRect(QRect(0, 0, qMax(1, textWidth - 24), 100000),
                                                             Qt::TextWordWrap, item->text());
        // Half a line spare when wrapped: the style elides a line when the next would not fit whole.
        // One line of this text (Korean falls back to a taller font than the list's own).
        const int oneLine = m_checks->fontMetrics().boundingRect(item->text()).height();
        const bool wrapped = r.height() > oneLine * 3 / 2;
        const int h = r.height() + (wrapped ? m_checks->fontMetrics().lineSpacing() / 2 : 0) + 6;
        item->setSizeHint(QSize(textWidth, h));
        checks += h;
    }
    m_checks->setFixedHeight(qMax(2 * fontMetrics().lineSpacing(), qMin(checks, left * 30 / 100)));
}

void TrainingWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitStepPanel();
}

void TrainingWindow::togglePlay()
{
    if (m_player->state() == LessonPlayer::State::Playing)
        m_player->pause();
    else
        m_player->play();
}

void TrainingWindow::setSpeed(double speed)
{
    const int index = m_speed->findData(int(speed));
    if (index >= 0)
        m_speed->setCurrentIndex(index);
    m_player->setSpeed(speed);
}

void TrainingWindow::updateControls()
{
    using S = LessonPlayer::State;
    const S state = m_player->state();
    const bool loaded = m_player->simulator() != nullptr;
    const bool ended = state == S::Finished || state == S::Failed;
    m_play->setText(state == S::Playing ? tr("&Pause") : tr("&Play"));
    m_play->setToolTip(state == S::Playing ? tr("Pause the lesson and its clock (F5)")
                                           : tr("Play the steps one after another (F5)"));
    m_play->setShortcut(QKeySequence(Qt::Key_F5));
    m_play->setEnabled(loaded && !ended);
    m_step->setEnabled(loaded && !ended && state != S::Playing);
    m_restart->setEnabled(loaded || state == S::Failed);
    const int steps = loaded ? int(m_player->lesson().steps.size()) : 0;
    const int done = qMin(steps, int(m_player->observations().size()));
    m_progress->setText(!loaded                ? QString()
                        : state == S::Finished ? tr("Finished: %1 of %2 steps").arg(done).arg(steps)
                                               : tr("%1 of %2 steps done").arg(done).arg(steps));
}

void TrainingWindow::updateClock()
{
    const bool loaded = m_player->simulator() != nullptr;
    m_clock->setText(loaded ? tr("Lesson time %1").arg(clockText(m_player->context().virtualSeconds()))
                            : QString());
}

void TrainingWindow::setPresenterView(bool on)
{
    if (m_presenter == on)
        return;
    m_presenter = on;
    if (m_presenterAction->isChecked() != on)
        m_presenterAction->setChecked(on);
    m_lessons->setVisible(!on);
    if (on) {
        // The class reads the step panel: 57 % of the width (a 60-character table at the presenter
        // font), the cluster view the rest.
        const int width = m_splitter->width();
        m_splitter->setSizes({0, width * 57 / 100, width - width * 57 / 100});
    }
    applyFonts();
}

void TrainingWindow::applyFonts()
{
    // Presenter view: 1.6 × the application's size and never below 18 pt, read from the back row.
    QFont font = QApplication::font(this);
    if (m_presenter)
        font.setPointSizeF(qMax<qreal>(18.0, font.pointSizeF() * 1.6));
    setFont(font);
    QFont title = font;
    title.setPointSizeF(font.pointSizeF() * 1.3);
    m_stepTitle->setFont(title);
    m_lessonTitle->setFont(title);
    m_speed->setMinimumWidth(QFontMetrics(font).horizontalAdvance(QStringLiteral("600×")) + 40);
    // Fixed-width fonts are set explicitly, so they do not follow the window's: size them too.
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(font.pointSizeF());
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_command, m_observed, m_log, m_students->commandsView(), m_students->activityList()})
        w->setFont(fixed);
    showObservation();
    fitStepPanel();
}

void TrainingWindow::changeEvent(QEvent *event)
{
    // The main window's presenter zoom changes the application font: follow it.
    if (event->type() == QEvent::ApplicationFontChange)
        applyFonts();
    QMainWindow::changeEvent(event);
}

void TrainingWindow::closeEvent(QCloseEvent *event)
{
    if (m_player->state() == LessonPlayer::State::Playing)
        m_player->pause();
    QMainWindow::closeEvent(event);
}

} // namespace Slipway
