// The per-node state machine of a run (docs/run-events.md "Node states").
#include "models/run/noderunstatemachine.h"

#include <QTest>

using namespace Slipway;
using S = NodeRunState;

Q_DECLARE_METATYPE(QList<Slipway::NodeRunState>)

class TestNodeRunStateMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workingPaths_data();
    void workingPaths();
    void illegalTransitions_data();
    void illegalTransitions();
    void eventRecordsThePreviousState();
    void waitingReturnsToTheHeldStateOrGoesOn();
    void pauseDuringAWait();
    void terminalStatesAreFinal();
    void failedNodeIsTakenUpAgainOnlyByRetry();
    void restoreFromAJournal();
};

void TestNodeRunStateMachine::workingPaths_data()
{
    QTest::addColumn<QList<S>>("path");
    QTest::addRow("upgrade") << QList<S>{S::Cordoned,  S::Draining,   S::Drained, S::Upgrading,
                                         S::Verifying, S::Uncordoned, S::Done};
    QTest::addRow("maintenance") << QList<S>{S::Cordoned,  S::Draining,   S::Drained, S::Maintaining,
                                             S::Verifying, S::Uncordoned, S::Done};
    QTest::addRow("nothing to do") << QList<S>{S::Done};
    QTest::addRow("gate before the node") << QList<S>{S::Waiting, S::Cordoned, S::Draining};
    QTest::addRow("pdb wait in the drain")
        << QList<S>{S::Cordoned, S::Draining, S::Waiting, S::Draining, S::Drained};
    QTest::addRow("gate before uncordon") << QList<S>{S::Cordoned,  S::Draining, S::Drained,   S::Upgrading,
                                                      S::Verifying, S::Waiting,  S::Uncordoned};
    QTest::addRow("failed drain") << QList<S>{S::Cordoned, S::Draining, S::Failed};
    QTest::addRow("aborted while paused") << QList<S>{S::Cordoned, S::Paused, S::Aborted};
    QTest::addRow("given back after cordon") << QList<S>{S::Cordoned, S::Uncordoned, S::Done};
    // A lagging worker: one minor per step under a drain, back in service before the control
    // plane, the rest of its walk after it (docs/runner.md "Lagging nodes").
    QTest::addRow("walk in two parts")
        << QList<S>{S::Cordoned,   S::Draining,  S::Drained,   S::Upgrading,  S::Verifying,
                    S::Uncordoned, S::Cordoned,  S::Draining,  S::Drained,    S::Upgrading,
                    S::Verifying,  S::Upgrading, S::Verifying, S::Uncordoned, S::Done};
}

void TestNodeRunStateMachine::workingPaths()
{
    QFETCH(QList<S>, path);
    NodeRunStateMachine m(QStringLiteral("worker-1"));
    for (S next : path) {
        const Result<RunEvent> e = m.moveTo(next);
        QVERIFY2(e.ok(), qPrintable(e.errorText()));
        QCOMPARE(m.state(), next);
    }
}

void TestNodeRunStateMachine::illegalTransitions_data()
{
    QTest::addColumn<QList<S>>("before");
    QTest::addColumn<S>("to");
    QTest::addRow("pending to draining (no cordon)") << QList<S>{} << S::Draining;
    QTest::addRow("pending to upgrading") << QList<S>{} << S::Upgrading;
    QTest::addRow("pending to uncordoned") << QList<S>{} << S::Uncordoned;
    QTest::addRow("cordoned to upgrading (no drain)") << QList<S>{S::Cordoned} << S::Upgrading;
    QTest::addRow("draining to verifying") << QList<S>{S::Cordoned, S::Draining} << S::Verifying;
    QTest::addRow("drained to done (not uncordoned)")
        << QList<S>{S::Cordoned, S::Draining, S::Drained} << S::Done;
    QTest::addRow("upgrading to uncordoned (not verified)")
        << QList<S>{S::Cordoned, S::Draining, S::Drained, S::Upgrading} << S::Uncordoned;
    QTest::addRow("verifying back to draining")
        << QList<S>{S::Cordoned, S::Draining, S::Drained, S::Maintaining, S::Verifying} << S::Draining;
    QTest::addRow("same state") << QList<S>{S::Cordoned} << S::Cordoned;
    QTest::addRow("done to anything") << QList<S>{S::Done} << S::Cordoned;
    QTest::addRow("failed to cordoned") << QList<S>{S::Cordoned, S::Failed} << S::Cordoned;
    QTest::addRow("aborted to failed") << QList<S>{S::Aborted} << S::Failed;
    QTest::addRow("waiting skips ahead") << QList<S>{S::Cordoned, S::Waiting} << S::Drained;
    QTest::addRow("paused to pending") << QList<S>{S::Cordoned, S::Paused} << S::Pending;
}

void TestNodeRunStateMachine::illegalTransitions()
{
    QFETCH(QList<S>, before);
    QFETCH(S, to);
    NodeRunStateMachine m(QStringLiteral("worker-2"));
    for (S s : before)
        QVERIFY(m.moveTo(s).ok());
    const S was = m.state();
    QVERIFY(!m.canMoveTo(to));
    const Result<RunEvent> e = m.moveTo(to);
    QVERIFY(!e.ok());
    QVERIFY2(e.errorText().contains(QLatin1String("worker-2")), qPrintable(e.errorText()));
    QVERIFY(e.errorText().contains(nodeRunStateName(to)));
    QCOMPARE(m.state(), was);
}

void TestNodeRunStateMachine::eventRecordsThePreviousState()
{
    NodeRunStateMachine m(QStringLiteral("cp-1"));
    QVERIFY(m.moveTo(S::Cordoned).ok());
    const Result<RunEvent> e = m.moveTo(S::Draining, QStringLiteral("draining"));
    QVERIFY(e.ok());
    QCOMPARE(e->type, RunEvent::Type::NodeState);
    QCOMPARE(e->node, QStringLiteral("cp-1"));
    QCOMPARE(e->state, std::optional<S>(S::Draining));
    QCOMPARE(e->data.value(QLatin1String("previous")).toString(), QStringLiteral("cordoned"));
    QCOMPARE(e->message, QStringLiteral("draining"));
    QCOMPARE(e->seq, 0); // the runner numbers events
}

void TestNodeRunStateMachine::waitingReturnsToTheHeldStateOrGoesOn()
{
    NodeRunStateMachine m(QStringLiteral("w"));
    QVERIFY(m.moveTo(S::Cordoned).ok());
    QVERIFY(m.moveTo(S::Draining).ok());
    QVERIFY(m.moveTo(S::Waiting).ok());
    QCOMPARE(m.heldState(), S::Draining);
    QVERIFY(m.canMoveTo(S::Draining));
    QVERIFY(m.canMoveTo(S::Drained));
    QVERIFY(!m.canMoveTo(S::Cordoned));
    QVERIFY(m.moveTo(S::Drained).ok());
    QCOMPARE(m.heldState(), S::Drained);
}

void TestNodeRunStateMachine::pauseDuringAWait()
{
    NodeRunStateMachine m(QStringLiteral("w"));
    QVERIFY(m.moveTo(S::Cordoned).ok());
    QVERIFY(m.moveTo(S::Draining).ok());
    QVERIFY(m.moveTo(S::Waiting).ok());
    QVERIFY(m.moveTo(S::Paused).ok());
    QCOMPARE(m.heldState(), S::Draining); // the pause keeps what the wait interrupted
    QVERIFY(m.moveTo(S::Draining).ok());
}

void TestNodeRunStateMachine::terminalStatesAreFinal()
{
    for (S terminal : {S::Done, S::Failed, S::Aborted}) {
        NodeRunStateMachine m(QStringLiteral("w"));
        if (terminal == S::Done)
            QVERIFY(m.moveTo(S::Done).ok());
        else
            QVERIFY(m.moveTo(terminal).ok());
        QVERIFY(m.isTerminal());
        for (int i = 0; i <= int(S::Aborted); ++i)
            QVERIFY2(!m.canMoveTo(S(i)), qPrintable(nodeRunStateName(S(i))));
    }
}

void TestNodeRunStateMachine::failedNodeIsTakenUpAgainOnlyByRetry()
{
    NodeRunStateMachine m(QStringLiteral("w"));
    QVERIFY(!m.retry(false).ok()); // pending: nothing to retry
    QVERIFY(m.moveTo(S::Cordoned).ok());
    QVERIFY(m.moveTo(S::Draining).ok());
    QVERIFY(m.moveTo(S::Failed).ok());
    const Result<RunEvent> e = m.retry(true);
    QVERIFY(e.ok());
    QCOMPARE(m.state(), S::Cordoned);
    QCOMPARE(e->data.value(QLatin1String("previous")).toString(), QStringLiteral("failed"));
    QVERIFY(m.moveTo(S::Draining).ok());
}

void TestNodeRunStateMachine::restoreFromAJournal()
{
    NodeRunStateMachine m(QStringLiteral("w"));
    m.restore(S::Waiting, S::Verifying);
    QCOMPARE(m.state(), S::Waiting);
    QCOMPARE(m.heldState(), S::Verifying);
    QVERIFY(m.moveTo(S::Uncordoned).ok());
    m.restore(S::Drained, S::Drained);
    QVERIFY(m.canMoveTo(S::Upgrading));
    QVERIFY(!m.canMoveTo(S::Draining));
}

QTEST_GUILESS_MAIN(TestNodeRunStateMachine)
#include "tst_noderunstatemachine.moc"
