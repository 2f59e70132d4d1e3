// The training window (issue 11) driven offscreen as a trainer would: choose a lesson, play it to
// its key moment with the presenter controls, read the explanation, the command and the live
// cluster; a student's real kubectl on the shared cluster shows up in the Students panel. Saves
// each lesson's key moment in English and Korean into <build>/screenshots/lesson-*.png.

#include "kubectltestsupport.h"
#include "models/items/nodetablemodel.h"
#include "sim/engine/simulator.h"
#include "sim/lessons/lessoncatalog.h"
#include "ui/mainwindow.h"
#include "ui/training/classroomserver.h"
#include "ui/training/lessonclusterview.h"
#include "ui/training/studentspanel.h"
#include "ui/training/trainingwindow.h"
#include "ui/translations.h"

#include "app/appclusterconnector.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

using namespace Slipway;

namespace {

QString screenshotDir()
{
    const QString dir = QStringLiteral(SLIPWAY_BINARY_DIR "/screenshots");
    QDir().mkpath(dir);
    return dir;
}

int stepIndex(const Lesson &lesson, const QString &id)
{
    for (int i = 0; i < lesson.steps.size(); ++i) {
        if (lesson.steps.at(i).id == id)
            return i;
    }
    return -1;
}

// The step a class should see on the projector: the one named here, or else the step with the
// most checks (the lesson's point), the later one on a tie.
int keyMoment(const Lesson &lesson)
{
    static const QHash<int, QString> named{{1, QStringLiteral("evicted")}, {2, QStringLiteral("compare")}};
    const int index = stepIndex(lesson, named.value(lesson.number));
    if (index >= 0)
        return index;
    int best = int(lesson.steps.size()) - 1;
    for (int i = 0; i < lesson.steps.size(); ++i) {
        if (lesson.steps.at(i).checks.size() >= lesson.steps.at(best).checks.size())
            best = i;
    }
    return best;
}

QStringList column(const QTableWidget *table, int column)
{
    QStringList values;
    for (int row = 0; row < table->rowCount(); ++row)
        values << table->item(row, column)->text();
    return values;
}

QStringList texts(const QListWidget *list)
{
    QStringList values;
    for (int i = 0; i < list->count(); ++i)
        values << list->item(i)->text();
    return values;
}

} // namespace

class TestTraining : public QObject
{
    Q_OBJECT

    // Steps with the Step button until `target` has finished (one step per click, the trainer's pace).
    static void stepTo(TrainingWindow &w, int target)
    {
        LessonPlayer *player = w.player();
        while (int(player->observations().size()) <= target) {
            const int before = int(player->observations().size());
            QVERIFY(w.stepButton()->isEnabled());
            w.stepButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(int(player->observations().size()) > before ||
                                         player->state() == LessonPlayer::State::Failed,
                                     120000);
            QVERIFY2(player->state() != LessonPlayer::State::Failed, qPrintable(player->error()));
            QTRY_VERIFY_WITH_TIMEOUT(player->state() == LessonPlayer::State::Paused ||
                                         player->state() == LessonPlayer::State::Finished,
                                     20000);
        }
    }

    // A measured table (lessons 2 and 6) reads as columns on the projector: as the observed view
    // lays it out, every cell of a column starts at the same pixel — Korean cells included.
    static void checkTableAligned(const TrainingWindow &w)
    {
        const LessonTable table = w.player()->observations().last().table;
        if (table.rows.isEmpty())
            return;
        QTextDocument *document = w.observedView()->document();
        QList<QStringList> rows{table.headers};
        for (const LessonTableRow &row : table.rows)
            rows << (QStringList{row.label} + row.cells);
        QList<qreal> starts; // of each column, in pixels, from the header line
        for (const QStringList &cells : rows) {
            QTextBlock block = document->begin();
            while (block.isValid() && !block.text().startsWith(cells.first()))
                block = block.next();
            QVERIFY2(block.isValid(), qPrintable(cells.first()));
            document->documentLayout()->blockBoundingRect(block); // lays the block out
            QVERIFY(block.layout() && block.layout()->lineCount() == 1);
            const QString line = block.text();
            qsizetype from = 0;
            for (int i = 0; i < cells.size(); ++i) {
                const qsizetype at = line.indexOf(cells.at(i), from);
                QVERIFY2(at >= 0, qPrintable(line + QStringLiteral(" lacks ") + cells.at(i)));
                const qreal x = block.layout()->lineAt(0).cursorToX(int(at));
                if (starts.size() <= i)
                    starts << x;
                else
                    QVERIFY2(qAbs(starts.at(i) - x) < 1.0,
                             qPrintable(
                                 QStringLiteral("column %1 of \"%2\" starts at %3 px, the header's at %4 px")
                                     .arg(i)
                                     .arg(line)
                                     .arg(x)
                                     .arg(starts.at(i))));
                from = at + cells.at(i).size();
            }
        }
    }

    static void saveKeyMoments(const QString &language)
    {
        for (const Lesson &lesson : LessonCatalog::all()) {
            TrainingWindow w;
            w.resize(1600, 900);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY2(w.openLesson(lesson.number), qPrintable(w.player()->error()));
            w.setSpeed(600);
            w.setPresenterView(true);
            QVERIFY(texts(w.lessonList())
                        .contains(QStringLiteral("%1. %2").arg(lesson.number).arg(lesson.title.text())));
            stepTo(w, keyMoment(lesson));
            QVERIFY(!w.explanation()->toPlainText().isEmpty());
            // The key moment shows its checks, all held (the lesson's point, on the projector).
            const QStringList checks = texts(w.checkList());
            QVERIFY2(!checks.isEmpty(), qPrintable(lesson.id));
            for (const QString &check : checks)
                QVERIFY2(check.startsWith(QStringLiteral("✓ ")),
                         qPrintable(lesson.id + QLatin1Char(' ') + check));
            checkTableAligned(w);
            if (QTest::currentTestFailed())
                return;
            w.clusterView()->refresh();
            QTest::qWait(100);
            QVERIFY(w.grab().save(screenshotDir() +
                                  QStringLiteral("/lesson-%1-%2.png").arg(lesson.number).arg(language)));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(installTranslations(qApp, QString()), QStringLiteral("en"));
        QCoreApplication::setOrganizationName(QStringLiteral("SlipwayTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_training"));
        QSettings().clear();
    }

    void menuEntryOpensTheWindow()
    {
        AppClusterConnector connector;
        MainWindow window(&connector);
        auto *action = window.findChild<QAction *>(QStringLiteral("openTraining"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        QVERIFY(!action->isEnabled()); // no factory, no window
        window.setTrainingWindowFactory([](QWidget *parent) { return new TrainingWindow(parent); });
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *training = window.findChild<TrainingWindow *>();
        QVERIFY(training);
        QVERIFY(training->isVisible());
        QCOMPARE(window.openTraining(), training); // one window, raised again
        QCOMPARE(training->lessonList()->count(), int(LessonCatalog::all().size()));
        training->close();
    }

    void lessonOneToItsKeyMoment()
    {
        TrainingWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.playButton()->isEnabled()); // nothing loaded yet
        w.lessonList()->setCurrentRow(0);      // lesson 1, as a trainer clicks it
        LessonPlayer *player = w.player();
        QVERIFY(player->simulator());
        QCOMPARE(player->lesson().number, 1);
        QVERIFY(w.playButton()->isEnabled());
        QCOMPARE(w.playButton()->text(), QStringLiteral("&Play"));
        // Speeds from 1× to 600×.
        QCOMPARE(w.speedBox()->itemData(0).toInt(), 1);
        QCOMPARE(w.speedBox()->itemData(w.speedBox()->count() - 1).toInt(), 600);
        w.setSpeed(600);
        QCOMPARE(player->speed(), 600.0);
        // The cluster is live in the window before anything happens.
        QVERIFY(w.clusterView()->nodeModel()->rowCount() > 0);

        // Play, then pause: the clock stops between or inside steps.
        w.playButton()->click();
        QCOMPARE(player->state(), LessonPlayer::State::Playing);
        QCOMPARE(w.playButton()->text(), QStringLiteral("&Pause"));
        QVERIFY(!w.stepButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!player->observations().isEmpty(), 30000);
        w.playButton()->click();
        QCOMPARE(player->state(), LessonPlayer::State::Paused);
        const QString pausedAt = w.clockLabel()->text();
        QTest::qWait(300);
        QCOMPARE(w.clockLabel()->text(), pausedAt);

        // Step to the moment the class waits for: five minutes after the power-off.
        const int evicted = stepIndex(player->lesson(), QStringLiteral("evicted"));
        QVERIFY(evicted > 0);
        stepTo(w, evicted);
        const LessonStep &step = player->lesson().steps.at(evicted);
        QVERIFY(w.stepTitle()->text().contains(
            QStringLiteral("Step %1 of %2").arg(evicted + 1).arg(player->lesson().steps.size())));
        QVERIFY(w.explanation()->toPlainText().contains(step.narration.text().left(20)));
        QCOMPARE(w.commandView()->toPlainText(), step.command);
        w.copyButton()->click();
        QCOMPARE(QApplication::clipboard()->text(), step.command);
        // The checks of the step, each held.
        const QStringList checks = texts(w.checkList());
        QCOMPARE(checks.size(), int(step.checks.size()));
        for (const QString &check : checks)
            QVERIFY2(check.startsWith(QStringLiteral("✓")), qPrintable(checks.join(QLatin1Char('\n'))));
        // The live pods: no green pod, blue replicas not on the powered-off node.
        const QString downNode =
            player->lesson().steps.at(stepIndex(player->lesson(), QStringLiteral("power-off"))).action.node;
        w.clusterView()->refresh();
        const QStringList pods = column(w.clusterView()->podTable(), 0);
        QVERIFY2(!pods.isEmpty(), "the lesson's pods are listed");
        for (const QString &pod : pods)
            QVERIFY2(!pod.startsWith(QStringLiteral("green")) ||
                         column(w.clusterView()->podTable(), 2).at(pods.indexOf(pod)) ==
                             QLatin1String("Terminating"),
                     qPrintable(pods.join(QLatin1Char(' '))));
        QVERIFY(!w.observedView()->toPlainText().isEmpty());
        QVERIFY(w.observedView()->toPlainText().contains(downNode));
        QVERIFY(w.grab().save(screenshotDir() + QStringLiteral("/lesson-1-evicted-window.png")));

        // Restart: a fresh cluster, step 0 again, the students' server still on the same address.
        const QString url = w.classroom()->serverUrl();
        w.restartButton()->click();
        QCOMPARE(player->state(), LessonPlayer::State::Idle);
        QVERIFY(player->observations().isEmpty());
        QCOMPARE(w.classroom()->serverUrl(), url);
        QVERIFY(w.clockLabel()->text().endsWith(QStringLiteral("0:00:00")));
    }

    void studentsKubectlShowsUpLive()
    {
        const QString kubectl = KubectlTest::findKubectl();
        if (kubectl.isEmpty())
            QSKIP("kubectl is not installed");
        TrainingWindow w;
        w.show();
        QVERIFY(w.openLesson(LessonCatalog::all().constFirst().number));
        ClassroomServer *server = w.classroom();
        QVERIFY2(server->isServing(), qPrintable(server->error()));
        QVERIFY(QFile::exists(server->kubeconfigPath()));
        QCOMPARE(QFile::permissions(server->kubeconfigPath()) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        StudentsPanel *students = w.studentsPanel();
        QVERIFY(students->kubeconfigLabel()->text().contains(server->kubeconfigPath()));
        QVERIFY(students->commandsView()->toPlainText().startsWith(
            QStringLiteral("export KUBECONFIG=%1\nkubectl get nodes").arg(server->kubeconfigPath())));
        w.tabs()->setCurrentWidget(students);

        QTemporaryDir home;
        const QString node = w.clusterView()
                                 ->nodeModel()
                                 ->data(w.clusterView()->nodeModel()->index(1, NodeTableModel::NameColumn))
                                 .toString();
        const KubectlTest::Run get = KubectlTest::run(kubectl, home.path(), server->kubeconfigPath(),
                                                      {QStringLiteral("get"), QStringLiteral("nodes")});
        QVERIFY2(get.exitCode == 0, qPrintable(get.err));
        QVERIFY(get.out.contains(node));
        const KubectlTest::Run cordon = KubectlTest::run(kubectl, home.path(), server->kubeconfigPath(),
                                                         {QStringLiteral("cordon"), node});
        QVERIFY2(cordon.exitCode == 0, qPrintable(cordon.err));
        // The requests, as the trainer's window shows them; the cordon in bold.
        QTRY_VERIFY_WITH_TIMEOUT(texts(students->activityList())
                                     .join(QLatin1Char('\n'))
                                     .contains(QStringLiteral("patch node %1 → 200").arg(node)),
                                 5000);
        QVERIFY(texts(students->activityList())
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("list nodes → 200")));
        for (int i = 0; i < students->activityList()->count(); ++i) {
            QListWidgetItem *item = students->activityList()->item(i);
            QCOMPARE(item->font().bold(), item->text().contains(QStringLiteral("patch ")));
        }
        // And the cluster view shows the student's change.
        QTRY_VERIFY_WITH_TIMEOUT(
            w.player()->simulator()->get(ResourceKind::Node, {}, node)->node.unschedulable, 5000);
        w.clusterView()->refresh();
        QVERIFY(w.grab().save(screenshotDir() + QStringLiteral("/lesson-students.png")));
    }

    void describesRequests()
    {
        QCOMPARE(
            StudentsPanel::describe(QStringLiteral("GET"), QStringLiteral("/api/v1/nodes?limit=500"), 200),
            QStringLiteral("list nodes → 200"));
        QCOMPARE(StudentsPanel::describe(QStringLiteral("POST"),
                                         QStringLiteral("/api/v1/namespaces/default/pods/blue-1/eviction"),
                                         429),
                 QStringLiteral("evict pod blue-1 -n default → 429"));
        QCOMPARE(StudentsPanel::describe(
                     QStringLiteral("PATCH"),
                     QStringLiteral("/apis/apps/v1/namespaces/default/deployments/blue/scale"), 200),
                 QStringLiteral("patch deployment blue/scale -n default → 200"));
        QCOMPARE(
            StudentsPanel::describe(QStringLiteral("GET"), QStringLiteral("/api/v1/events?watch=true"), 200),
            QStringLiteral("watch events → 200"));
        QVERIFY(StudentsPanel::describe(QStringLiteral("GET"), QStringLiteral("/apis"), 200).isEmpty());
        QVERIFY(StudentsPanel::describe(QStringLiteral("GET"), QStringLiteral("/openapi/v3"), 200).isEmpty());
    }

    void presenterView()
    {
        TrainingWindow w;
        w.show();
        QVERIFY(w.openLesson(1));
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::setActiveWindow(&w);
        const qreal normal = w.stepTitle()->font().pointSizeF();
        QTest::keyClick(&w, Qt::Key_F11);
        QVERIFY(w.isPresenterView());
        QVERIFY(w.font().pointSizeF() >= 18);
        QVERIFY(w.stepTitle()->font().pointSizeF() > normal);
        QVERIFY(w.commandView()->font().pointSizeF() >= 18);
        QVERIFY(w.lessonList()->isHidden());
        QTest::keyClick(&w, Qt::Key_F11);
        QVERIFY(!w.isPresenterView());
        QVERIFY(!w.lessonList()->isHidden());
    }

    void keyMomentsInEnglish() { saveKeyMoments(QStringLiteral("en")); }

    void keyMomentsInKorean()
    {
        QCOMPARE(installTranslations(qApp, QStringLiteral("ko")), QStringLiteral("ko"));
        saveKeyMoments(QStringLiteral("ko"));
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        installTranslations(qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestTraining)
#include "tst_training.moc"
