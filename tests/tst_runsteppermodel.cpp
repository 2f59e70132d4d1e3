// The wizard's stepper model: nodes × phases with live states derived from run events.

#include "models/items/runstepcommands.h"
#include "models/items/runsteppermodel.h"
#include "tests/timelinerunfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Slipway;
using namespace Slipway::TimelineFixture;
using State = RunStepperModel::StepState;

namespace {

RunEvent makeEvent(RunEvent::Type type, const QString &node = {}, std::optional<RunPhase> phase = {},
                   const QJsonObject &data = {})
{
    RunEvent e;
    e.type = type;
    e.node = node;
    e.phase = phase;
    e.data = data;
    e.time = QDateTime(QDate(2026, 12, 2), QTime(5, 0), Qt::UTC);
    return e;
}

QJsonObject result(const char *r)
{
    return {{QLatin1String("result"), QLatin1String(r)}};
}

} // namespace

class TestRunStepperModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pendingStepsBeforeTheRun()
    {
        RunStepperModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRun(RunStepperModel::Kind::Maintenance,
                     {QStringLiteral("worker-1"), QStringLiteral("worker-2")});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.phases().at(2), RunPhase::Maintain);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Maintenance"));
        QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("worker-2"));
        QCOMPARE(model.count(State::Pending), 10);
        QCOMPARE(model.nextStep(), model.index(0, 0));
        QVERIFY(model.index(0, 0).data(RunStepperModel::IsNextRole).toBool());
        QVERIFY(!model.index(0, 1).data(RunStepperModel::IsNextRole).toBool());
        QCOMPARE(model.index(1, 3).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("worker-2, Verify: Pending"));
    }

    void commandsArePerStep()
    {
        RunStepperModel model;
        model.setRun(RunStepperModel::Kind::Upgrade, {QStringLiteral("worker-1")});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCommands(QStringLiteral("worker-1"), RunPhase::Cordon,
                          {QStringLiteral("kubectl cordon worker-1")});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(model.index(0, 0).data(RunStepperModel::CommandsRole).toStringList(),
                 QStringList{QStringLiteral("kubectl cordon worker-1")});
        QVERIFY(
            model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("kubectl cordon")));
        // A phase the run does not have is ignored.
        model.setCommands(QStringLiteral("worker-1"), RunPhase::Maintain, {QStringLiteral("reboot")});
        model.setCommands(QStringLiteral("nobody"), RunPhase::Cordon, {QStringLiteral("x")});
        QCOMPARE(changed.size(), 1);
    }

    void phasesWaitsAndFailures()
    {
        RunStepperModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString w1 = QStringLiteral("worker-1");
        model.setRun(RunStepperModel::Kind::Upgrade, {w1, QStringLiteral("worker-2")});
        model.addEvent(makeEvent(RunEvent::Type::PhaseStarted, w1, RunPhase::Cordon));
        QCOMPARE(model.state(w1, RunPhase::Cordon), State::Running);
        QCOMPARE(model.nextStep(), model.index(0, 1)); // started steps are not "next"
        model.addEvent(makeEvent(RunEvent::Type::PhaseFinished, w1, RunPhase::Cordon, result("ok")));
        QCOMPARE(model.state(w1, RunPhase::Cordon), State::Done);
        model.addEvent(makeEvent(RunEvent::Type::PhaseStarted, w1, RunPhase::Drain));
        RunEvent wait = makeEvent(RunEvent::Type::WaitStarted, w1, {},
                                  {{QLatin1String("reason"), QLatin1String("disruption-budget")}});
        wait.message = QStringLiteral("PodDisruptionBudget billing/invoice-api allows 0 disruptions");
        model.addEvent(wait);
        QCOMPARE(model.state(w1, RunPhase::Drain), State::Waiting);
        QCOMPARE(model.message(w1, RunPhase::Drain), wait.message);
        model.addEvent(makeEvent(RunEvent::Type::WaitEnded, w1));
        QCOMPARE(model.state(w1, RunPhase::Drain), State::Running);
        model.addEvent(makeEvent(RunEvent::Type::PhaseFinished, w1, RunPhase::Drain, result("ok")));
        model.addEvent(makeEvent(RunEvent::Type::PhaseStarted, w1, RunPhase::Upgrade));
        RunEvent failed = makeEvent(RunEvent::Type::PhaseFinished, w1, RunPhase::Upgrade, result("failed"));
        failed.message = QStringLiteral("kubeadm upgrade node: exit status 1");
        model.addEvent(failed);
        QCOMPARE(model.state(w1, RunPhase::Upgrade), State::Failed);
        QCOMPARE(model.index(0, 2).data(RunStepperModel::MessageRole).toString(), failed.message);
        RunEvent state = makeEvent(RunEvent::Type::NodeState, w1);
        state.state = NodeRunState::Failed;
        model.addEvent(state);
        QCOMPARE(model.nodeState(w1), int(NodeRunState::Failed));
        QCOMPARE(model.headerData(0, Qt::Vertical, Qt::ToolTipRole).toString(),
                 QStringLiteral("worker-1: failed"));
        QCOMPARE(model.nextStep(), model.index(0, 3));
    }

    void abortEndsRunningSteps()
    {
        RunStepperModel model;
        const QString w1 = QStringLiteral("worker-1");
        model.setRun(RunStepperModel::Kind::Maintenance, {w1});
        model.addEvent(makeEvent(RunEvent::Type::PhaseStarted, w1, RunPhase::Cordon));
        model.addEvent(makeEvent(RunEvent::Type::RunFinished, {}, {}, result("aborted")));
        QCOMPARE(model.state(w1, RunPhase::Cordon), State::Aborted);
        QCOMPARE(model.runResult(), QStringLiteral("aborted"));
        QVERIFY(!model.nextStep().isValid()); // nothing runs after the end
    }

    void stepCommands()
    {
        RunSpec spec;
        spec.drain.force = true;
        spec.drain.deleteEmptyDirData = true;
        spec.drain.timeoutSeconds = 300;
        spec.drain.overridePdbs = {QStringLiteral("billing/invoice-api")};
        UpgradePlan plan;
        PlanStep kubelet;
        kubelet.node = QStringLiteral("worker-1");
        kubelet.action = StepAction::UpgradeKubelet;
        kubelet.description = QStringLiteral("Upgrade the kubelet");
        kubelet.commands = {QStringLiteral("sudo apt-get install -y kubelet='1.35.8-*'")};
        PlanStep drain = kubelet;
        drain.action = StepAction::Drain;
        drain.commands = {QStringLiteral("kubectl drain worker-1")};
        plan.steps = {drain, kubelet};
        const QString w1 = QStringLiteral("worker-1");
        QCOMPARE(RunStepCommands::commands(spec, plan, w1, RunPhase::Cordon),
                 QStringList{QStringLiteral("kubectl cordon worker-1")});
        const QStringList drainCommands = RunStepCommands::commands(spec, plan, w1, RunPhase::Drain);
        QCOMPARE(
            drainCommands.constFirst(),
            QStringLiteral(
                "kubectl drain worker-1 --ignore-daemonsets --force --delete-emptydir-data --timeout=300s"));
        QVERIFY(drainCommands.at(1).contains(QStringLiteral("billing/invoice-api")));
        // The plan's node-side steps, without its drain (a step of its own here).
        QCOMPARE(RunStepCommands::commands(spec, plan, w1, RunPhase::Upgrade),
                 (QStringList{QStringLiteral("# Upgrade the kubelet"), kubelet.commands.constFirst()}));
        spec.executor = RunExecutor::Command;
        spec.commandTemplate = QStringLiteral("ssh {node} sudo upgrade-node {version}");
        spec.target = Version::parse(QStringLiteral("v1.35.8"));
        QCOMPARE(RunStepCommands::commands(spec, plan, w1, RunPhase::Upgrade),
                 QStringList{QStringLiteral("ssh worker-1 sudo upgrade-node v1.35.8")});
        // A run of two hops: each hop's version in the template, each hop's plan steps.
        spec.hops = {Version::parse(QStringLiteral("v1.34.11")), Version::parse(QStringLiteral("v1.35.8"))};
        QCOMPARE(RunStepCommands::commands(spec, plan, w1, RunPhase::Upgrade, 0),
                 QStringList{QStringLiteral("ssh worker-1 sudo upgrade-node v1.34.11")});
        QCOMPARE(RunStepCommands::commands(spec, plan, w1, RunPhase::Upgrade, 1),
                 QStringList{QStringLiteral("ssh worker-1 sudo upgrade-node v1.35.8")});
        spec.executor = RunExecutor::Practice;
        PlanStep secondHop = kubelet;
        secondHop.hop = 1;
        secondHop.commands = {QStringLiteral("sudo apt-get install -y kubelet='1.36.4-*'")};
        plan.steps << secondHop;
        QCOMPARE(RunStepCommands::commands(spec, plan, w1, RunPhase::Upgrade, 1),
                 (QStringList{QStringLiteral("# Upgrade the kubelet"), secondHop.commands.constFirst()}));
        QCOMPARE(RunStepCommands::commands(spec, plan, w1, RunPhase::Upgrade, 0),
                 (QStringList{QStringLiteral("# Upgrade the kubelet"), kubelet.commands.constFirst()}));
        spec.executor = RunExecutor::Command;
        QCOMPARE(RunStepCommands::commands(spec, plan, w1, RunPhase::Uncordon),
                 QStringList{QStringLiteral("kubectl uncordon worker-1")});
    }

    void aWholeRollingRun()
    {
        const QList<RunEvent> run = rollingRun(defaultScenarioRun());
        RunStepperModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The first event, run-started, gives the shape.
        model.addEvent(run.constFirst());
        QCOMPARE(model.nodes(), defaultScenarioRun().nodes);
        QCOMPARE(model.count(State::Pending), 9 * 5);
        // Halfway through, some steps are done, one is under way, the rest wait.
        const qsizetype half = run.size() / 2;
        model.addEvents(run.mid(1, half - 1));
        QVERIFY(model.count(State::Done) > 0);
        QVERIFY(model.count(State::Pending) > 0);
        QVERIFY(model.nextStep().isValid());
        model.addEvents(run.mid(half));
        QCOMPARE(model.count(State::Done), 9 * 5);
        QCOMPARE(model.runResult(), QStringLiteral("succeeded"));
        for (const QString &node : model.nodes())
            QCOMPARE(model.nodeState(node), int(NodeRunState::Done));
        QVERIFY(!model.nextStep().isValid());
    }
};

QTEST_GUILESS_MAIN(TestRunStepperModel)
#include "tst_runsteppermodel.moc"
