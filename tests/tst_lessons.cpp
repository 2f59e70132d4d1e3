// The CKA upgrade chapter's lessons (docs/lessons.md, issue 11), each played on the virtual clock
// in-process, with the acceptance assertions on the outcome.
#include "kubectltestsupport.h"
#include "tst_apiserver_support.h"

#include "sim/apiserver/apiserverkubeconfig.h"
#include "sim/engine/simulator.h"
#include "sim/engine/virtualclock.h"
#include "sim/lessons/lessonbuilders.h"
#include "sim/lessons/lessoncatalog.h"
#include "sim/lessons/lessonplayer.h"

#include <QTemporaryDir>

#include <QSignalSpy>
#include <QTest>

using namespace Slipway;

namespace {

const QString kDefault = QStringLiteral("default");

Lesson lessonNumber(int n)
{
    const auto lesson = LessonCatalog::lesson(n);
    if (!lesson)
        qFatal("no lesson %d", n);
    return *lesson;
}

int stepIndex(const Lesson &lesson, const QString &id)
{
    for (int i = 0; i < lesson.steps.size(); ++i) {
        if (lesson.steps.at(i).id == id)
            return i;
    }
    return -1;
}

// Plays steps up to and including `id`, as fast as possible.
bool playThrough(LessonPlayer &player, const QString &id)
{
    player.setSpeed(LessonPlayer::kAsFastAsPossible);
    const int last = stepIndex(player.lesson(), id);
    if (last < 0)
        return false;
    while (player.currentStep() <= last && player.state() != LessonPlayer::State::Failed &&
           player.state() != LessonPlayer::State::Finished) {
        QSignalSpy finished(&player, &LessonPlayer::stepFinished);
        player.step();
        if (!finished.wait(30000))
            return false;
    }
    return player.state() != LessonPlayer::State::Failed;
}

QString failedChecks(const QList<LessonObservation> &observations, const Lesson &lesson)
{
    QStringList failed;
    for (const LessonObservation &o : observations) {
        for (const LessonCheckResult &c : o.checks) {
            if (!c.holds)
                failed << lesson.steps.at(o.stepIndex).id + QLatin1Char(':') + c.id;
        }
    }
    return failed.join(QStringLiteral(", "));
}

std::optional<Pod> pod(Simulator *sim, const QString &name)
{
    const auto o = sim->get(ResourceKind::Pod, kDefault, name);
    return o ? std::optional<Pod>(o->pod) : std::nullopt;
}

int readyBlue(Simulator *sim)
{
    int n = 0;
    for (const StoredObject &o : sim->list(ResourceKind::Pod, kDefault).items) {
        const Pod &p = o.pod;
        if (p.name.startsWith(QLatin1String("blue")) && !p.deletionTimestamp && p.ready)
            ++n;
    }
    return n;
}

} // namespace

class TestLessons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogIsComplete()
    {
        const QList<Lesson> lessons = LessonCatalog::all();
        QVERIFY(!lessons.isEmpty());
        for (const Lesson &lesson : lessons) {
            QVERIFY(!lesson.title.text().isEmpty());
            QVERIFY(lesson.scenario.startsWith(QLatin1String("lesson-")));
            QSet<QString> ids;
            for (const LessonStep &step : lesson.steps) {
                QVERIFY2(!ids.contains(step.id), qPrintable(step.id));
                ids.insert(step.id);
                QVERIFY2(!step.narration.text().isEmpty(), qPrintable(step.id));
            }
            LessonPlayer player;
            QVERIFY2(player.load(lesson), qPrintable(player.error()));
        }
        QVERIFY(!LessonCatalog::lesson(99));
    }

    // Lesson 1: the green pod is gone after its grace plus 300 s and never returns while blue is
    // back at its desired replicas; powered back within five minutes, nothing is evicted.
    void nodeDown()
    {
        LessonPlayer player;
        QVERIFY(player.load(lessonNumber(1)));
        Simulator *sim = player.simulator();
        const QDateTime start = sim->now();

        QVERIFY(playThrough(player, QStringLiteral("power-off")));
        QCOMPARE(player.context().nodeReady(QStringLiteral("node02")), ConditionStatus::Unknown);
        const qint64 unknownAfter = start.secsTo(sim->now());
        QVERIFY2(unknownAfter >= 50 && unknownAfter <= 65, qPrintable(QString::number(unknownAfter)));

        // Just before grace + 300 s the green pod still is not deleted.
        QVERIFY(playThrough(player, QStringLiteral("taint")));
        sim->clock()->advance(240);
        QVERIFY(pod(sim, QStringLiteral("green")));
        QVERIFY(!pod(sim, QStringLiteral("green"))->deletionTimestamp);

        QVERIFY(playThrough(player, QStringLiteral("evicted")));
        const auto green = pod(sim, QStringLiteral("green"));
        QVERIFY(!green || (green->deletionTimestamp && *green->deletionTimestamp <= sim->now()));
        const qint64 evictedAfter = start.secsTo(sim->now());
        QVERIFY2(evictedAfter >= 50 + 300 + 30 && evictedAfter <= 60 + 10 + 300 + 30 + 5,
                 qPrintable(QString::number(evictedAfter)));
        QCOMPARE(readyBlue(sim), 6);

        QVERIFY(playThrough(player, QStringLiteral("never-back")));
        QVERIFY(!pod(sim, QStringLiteral("green")));
        QCOMPARE(readyBlue(sim), 6);
        for (const StoredObject &o : sim->list(ResourceKind::Pod, kDefault).items)
            QVERIFY2(!o.pod.name.startsWith(QLatin1String("green")), qPrintable(o.pod.name));

        QVERIFY(player.runToEnd());
        QCOMPARE(player.state(), LessonPlayer::State::Finished);
        const QString failed = failedChecks(player.observations(), player.lesson());
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    // Lesson 2: the same maintenance of node02 three ways, green's downtime measured on the
    // virtual clock. A: a 2-minute plain reboot — green down for the reboot plus its start-up,
    // nothing evicted, the same pods back on node02. B: a 7-minute plain reboot — evicted after
    // grace + 300 s, the bare green pod gone for good. C: cordon → drain → 7-minute reboot →
    // uncordon — green (now a one-replica Deployment) down only while its new pod starts.
    void rebootVsDrain()
    {
        LessonPlayer player;
        QVERIFY(player.load(lessonNumber(2)));
        Simulator *sim = player.simulator();
        const LessonContext &ctx = player.context();
        const auto note = [&ctx](const QString &key) {
            return ctx.notes.value(key).toLongLong();
        };

        QVERIFY(playThrough(player, QStringLiteral("cluster")));
        const auto greenBefore = pod(sim, QStringLiteral("green"));
        QVERIFY(greenBefore && greenBefore->nodeName == QLatin1String("node02") && greenBefore->ready);
        QStringList podsBefore;
        for (const Pod &p : sim->podsOnNode(QStringLiteral("node02")))
            podsBefore << p.uid;

        // A: the API notices after the grace period; green is not deleted.
        const QDateTime rebootA = sim->now();
        QVERIFY(playThrough(player, QStringLiteral("reboot-short")));
        const qint64 unknownAfter = rebootA.secsTo(sim->now());
        QVERIFY2(unknownAfter >= 50 && unknownAfter <= 65, qPrintable(QString::number(unknownAfter)));
        QVERIFY(!pod(sim, QStringLiteral("green"))->deletionTimestamp);
        QCOMPARE(readyBlue(sim), 4); // the two on node02 are marked not ready; four keep serving

        QVERIFY(playThrough(player, QStringLiteral("back-in-time")));
        const auto greenAfter = pod(sim, QStringLiteral("green"));
        QVERIFY(greenAfter && greenAfter->ready && !greenAfter->deletionTimestamp);
        QCOMPARE(greenAfter->uid, greenBefore->uid);
        QCOMPARE(greenAfter->nodeName, QStringLiteral("node02"));
        QStringList podsAfter;
        for (const Pod &p : sim->podsOnNode(QStringLiteral("node02")))
            podsAfter << p.uid;
        QCOMPARE(podsAfter, podsBefore); // nothing evicted, nothing recreated
        // Down for the 120 s reboot plus the container start (2 s) and readiness (3 s), and the
        // step ended within a clock step of green answering again.
        const qint64 downA = note(QStringLiteral("green-down-ms-A"));
        QCOMPARE(downA, qint64(125000));
        QVERIFY2(qAbs(rebootA.msecsTo(sim->now()) - downA) <= 1000,
                 qPrintable(QString::number(rebootA.msecsTo(sim->now()))));
        QCOMPARE(note(QStringLiteral("blue-min-A")), qint64(4));

        // B: evicted after grace + 300 s (seen here on the store's own events); the bare pod is
        // never recreated.
        const QDateTime rebootB = sim->now();
        QDateTime greenDeletedAt;
        QObject watcher;
        connect(sim, &Simulator::changed, &watcher, [&](const WatchEvent &e) {
            if (e.object.kind == ResourceKind::Pod && e.object.pod.name == QLatin1String("green") &&
                e.object.pod.deletionTimestamp && !greenDeletedAt.isValid())
                greenDeletedAt = sim->now();
        });
        QVERIFY(playThrough(player, QStringLiteral("reboot-long")));
        QVERIFY(greenDeletedAt.isValid());
        const qint64 evictedAfter = rebootB.secsTo(greenDeletedAt);
        // The grace period counts from the last Lease renewal, up to 10 s before the cut.
        QVERIFY2(evictedAfter >= 50 - 10 + 300 && evictedAfter <= 65 + 10 + 300,
                 qPrintable(QString::number(evictedAfter)));
        const auto evicted = pod(sim, QStringLiteral("green"));
        QVERIFY(evicted && evicted->deletionTimestamp); // Terminating until node02's kubelet confirms
        QCOMPARE(readyBlue(sim), 6);
        QVERIFY(playThrough(player, QStringLiteral("back-late")));
        QVERIFY(rebootB.secsTo(sim->now()) >= 420);
        for (const StoredObject &o : sim->list(ResourceKind::Pod, kDefault).items)
            QVERIFY2(!o.pod.name.startsWith(QLatin1String("green")), qPrintable(o.pod.name));
        QCOMPARE(readyBlue(sim), 6);

        // C: green under a Deployment on node02; the drain moves it before the reboot.
        QVERIFY(playThrough(player, QStringLiteral("green-deployment")));
        QVERIFY(sim->get(ResourceKind::Deployment, kDefault, QStringLiteral("green")));
        QVERIFY(playThrough(player, QStringLiteral("drain")));
        QString greenNode;
        for (const StoredObject &o : sim->list(ResourceKind::Pod, kDefault).items) {
            if (o.pod.name.startsWith(QLatin1String("green")) && !o.pod.deletionTimestamp && o.pod.ready)
                greenNode = o.pod.nodeName;
        }
        QVERIFY(!greenNode.isEmpty() && greenNode != QLatin1String("node02"));
        const qint64 downC = note(QStringLiteral("green-down-ms-C"));
        QVERIFY2(downC >= 1000 && downC <= 10000, qPrintable(QString::number(downC)));
        QVERIFY(playThrough(player, QStringLiteral("reboot-drained")));
        QCOMPARE(note(QStringLiteral("green-down-ms-C")), downC); // the reboot did not touch green
        QCOMPARE(note(QStringLiteral("blue-min-C")), qint64(6));

        QVERIFY(player.runToEnd());
        const QString failed = failedChecks(player.observations(), player.lesson());
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const LessonTable table = player.observations().constLast().table;
        QCOMPARE(table.rows.size(), 3);
        QVERIFY(table.rows.at(0).cells.at(0).startsWith(QStringLiteral("2 min 05 s")));
        // B: no downtime to measure — green is gone; the eviction came grace + 300 s after the cut.
        QCOMPARE(table.rows.at(1).cells.at(0), QStringLiteral("for good"));
        QCOMPARE(table.rows.at(1).cells.at(2), QStringLiteral("evicted at %1 min %2 s")
                                                   .arg(evictedAfter / 60)
                                                   .arg(evictedAfter % 60, 2, 10, QLatin1Char('0')));
        QCOMPARE(table.rows.at(0).cells.at(1), QStringLiteral("4/6"));
        QCOMPARE(table.rows.at(2).cells.at(1), QStringLiteral("6/6"));
        QCOMPARE(table.rows.at(2).cells.at(0), QStringLiteral("%1 s").arg((downC + 500) / 1000));
        QVERIFY(note(QStringLiteral("green-down-ms-B")) >= 420000);
    }

    // Lessons 3 and 5 played to the end: every check of every step holds.
    void everyCheckHolds_data()
    {
        QTest::addColumn<int>("number");
        QTest::newRow("2 reboot vs drain") << 2;
        QTest::newRow("3 cordon drain uncordon") << 3;
        QTest::newRow("5 kubeadm upgrade") << 5;
        QTest::newRow("6 worker strategies") << 6;
    }

    void everyCheckHolds()
    {
        QFETCH(int, number);
        LessonPlayer player;
        QVERIFY(player.load(lessonNumber(number)));
        QVERIFY2(player.runToEnd(), qPrintable(player.error()));
        const QString failed = failedChecks(player.observations(), player.lesson());
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    // Lesson 3: after uncordon no pod moved back until the scale-up.
    void nothingMovesBackUntilScaleUp()
    {
        LessonPlayer player;
        QVERIFY(player.load(lessonNumber(3)));
        Simulator *sim = player.simulator();
        QVERIFY(playThrough(player, QStringLiteral("drain")));
        const auto onNode01 = [sim] {
            int n = 0;
            for (const StoredObject &o : sim->list(ResourceKind::Pod, kDefault).items)
                n += o.pod.nodeName == QLatin1String("node01") && o.pod.name.startsWith(QLatin1String("blue"))
                         ? 1
                         : 0;
            return n;
        };
        QCOMPARE(onNode01(), 0);
        QVERIFY(playThrough(player, QStringLiteral("uncordon")));
        sim->clock()->advance(1800); // half an hour later: still nothing on node01
        QCOMPARE(onNode01(), 0);
        QCOMPARE(readyBlue(sim), 9);
        QVERIFY(playThrough(player, QStringLiteral("scale-up")));
        QCOMPARE(onNode01(), 3);
    }

    void restartGivesAFreshCluster()
    {
        LessonPlayer player;
        QVERIFY(player.load(lessonNumber(1)));
        QVERIFY(playThrough(player, QStringLiteral("power-off")));
        QSignalSpy states(&player, &LessonPlayer::stateChanged);
        player.restart();
        QCOMPARE(player.state(), LessonPlayer::State::Idle);
        QCOMPARE(player.currentStep(), 0);
        QVERIFY(player.observations().isEmpty());
        QVERIFY(player.simulator()->isNodePoweredOn(QStringLiteral("node02")));
        QVERIFY(!states.isEmpty());
    }

    void realTimePauseAndResume()
    {
        LessonPlayer player;
        QVERIFY(player.load(lessonNumber(1)));
        player.setSpeed(600);
        QSignalSpy finished(&player, &LessonPlayer::stepFinished);
        player.play();
        QVERIFY(finished.wait(5000)); // the first step has no wait
        // power-off: ~55 virtual seconds at 600× is ~0.1 s of real time.
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 10000);
        player.pause();
        QCOMPARE(player.state(), LessonPlayer::State::Paused);
        const QDateTime paused = player.simulator()->now();
        QTest::qWait(300);
        QCOMPARE(player.simulator()->now(), paused);
        QVERIFY(!player.simulator()->clock()->isRunning());
        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(player.simulator()->now() > paused, 5000);
    }

    // Lesson 4: the course's 1.10 examples and today's for 1.34; findings appear and disappear.
    void versionsAndSkew()
    {
        LessonPlayer player;
        QVERIFY(player.load(lessonNumber(4)));
        QVERIFY(player.runToEnd());
        const QString failed = failedChecks(player.observations(), player.lesson());
        QVERIFY2(failed.isEmpty(), qPrintable(failed));

        // Interactive: the trainer changes a version.
        QSignalSpy observations(&player, &LessonPlayer::observation);
        player.setComponentVersion(QStringLiteral("kubelet"), QStringLiteral("node03"),
                                   QStringLiteral("v1.31.0"));
        QCOMPARE(observations.size(), 1);
        auto o = observations.takeFirst().at(0).value<LessonObservation>();
        QVERIFY(findingsWithRule(o.findings, QStringLiteral("kubelet-too-old")).isEmpty());
        player.setComponentVersion(QStringLiteral("kubelet"), QStringLiteral("node03"),
                                   QStringLiteral("v1.30.0"));
        o = observations.takeFirst().at(0).value<LessonObservation>();
        const QList<Finding> tooOld = findingsWithRule(o.findings, QStringLiteral("kubelet-too-old"));
        QCOMPARE(tooOld.size(), 1);
        QCOMPARE(tooOld.constFirst().node, QStringLiteral("node03"));
        QCOMPARE(tooOld.constFirst().allowedRange, QStringLiteral("v1.31–v1.34"));
        QVERIFY(o.state.contains(QStringLiteral("kubelet-too-old")));
    }

    // Lesson 5: while the single master's kube-apiserver restarts during `kubeadm upgrade apply`,
    // the real kubectl is refused by the practice API server, and a worker pod stays Running.
    void kubeadmApplyRefusesKubectl()
    {
        const QString kubectl = KubectlTest::findKubectl();
        if (kubectl.isEmpty())
            QSKIP("kubectl is not installed (not on PATH, not /usr/bin/kubectl)");
        QLoggingCategory::setFilterRules(QStringLiteral("slipway.apiserver.debug=false"));
        LessonPlayer player;
        QVERIFY(player.load(lessonNumber(5)));
        Simulator *sim = player.simulator();
        const ServerCredentials credentials = ApiTest::makeCredentials();
        ApiServer server(sim, credentials);
        QString error;
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QTemporaryDir home;
        const QString kubeconfig = home.filePath(QStringLiteral("kubeconfig"));
        QVERIFY2(PracticeKubeconfig::write(
                     kubeconfig,
                     PracticeKubeconfig::yaml(credentials, server.url(), QStringLiteral("lesson")), &error),
                 qPrintable(error));
        const auto run = [&](const QStringList &args) {
            return KubectlTest::run(kubectl, home.path(), kubeconfig, args);
        };

        KubectlTest::Run r = run({QStringLiteral("get"), QStringLiteral("nodes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("v1.11.3")));

        QVERIFY(playThrough(player, QStringLiteral("apply-1.12")));
        QVERIFY(!sim->isApiServerAvailable());
        r = run({QStringLiteral("get"), QStringLiteral("nodes")});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("refused")), qPrintable(r.err));
        r = run({QStringLiteral("get"), QStringLiteral("pods")});
        QVERIFY(r.exitCode != 0);
        // The workers' pods keep running meanwhile.
        int running = 0;
        for (const StoredObject &o : sim->list(ResourceKind::Pod, kDefault).items) {
            if (o.pod.name.startsWith(QLatin1String("blue")) && o.pod.phase == PodPhase::Running &&
                o.pod.ready && o.pod.nodeName != QLatin1String("master"))
                ++running;
        }
        QCOMPARE(running, 4);

        QVERIFY(playThrough(player, QStringLiteral("master-kubelet-1.12")));
        QVERIFY(sim->isApiServerAvailable());
        r = run({QStringLiteral("get"), QStringLiteral("nodes"), QStringLiteral("master")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("v1.12.")), qPrintable(r.out));
        r = run({QStringLiteral("version"), QStringLiteral("-o"), QStringLiteral("json")});
        QVERIFY2(r.out.contains(QStringLiteral("\"gitVersion\": \"v1.12.")), qPrintable(r.out));
        const QString failed = failedChecks(player.observations(), player.lesson());
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
};

QTEST_GUILESS_MAIN(TestLessons)
#include "tst_lessons.moc"
