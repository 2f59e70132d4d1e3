// The run journal (docs/run-events.md "The journal"): header, JSON Lines, 0600, append + fsync,
// torn last lines, refused headers, replay into each node's last state, open intents.
#include "models/run/runjournal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;
using T = RunEvent::Type;

namespace {

RunJournalHeader header()
{
    RunJournalHeader h;
    h.runId = QStringLiteral("20261202-000000-abcd");
    h.createdAt = QDateTime(QDate(2026, 12, 2), QTime(4, 31), Qt::UTC);
    h.operatorName = QStringLiteral("ana@laptop");
    h.cluster = {QStringLiteral("prod"), QStringLiteral("prod-admin"),
                 QStringLiteral("https://10.0.0.1:6443")};
    RunSpec spec;
    spec.target = Version::parse(QStringLiteral("v1.35.0"));
    spec.nodes = {QStringLiteral("cp-1"), QStringLiteral("worker-1")};
    h.run = spec.toJson();
    return h;
}

RunEvent ev(int seq, T type, const QString &node = {}, const QJsonObject &data = {})
{
    RunEvent e;
    e.seq = seq;
    e.time = QDateTime(QDate(2026, 12, 2), QTime(4, 31), Qt::UTC).addSecs(seq);
    e.type = type;
    e.node = node;
    e.data = data;
    return e;
}

RunEvent state(int seq, const QString &node, NodeRunState s)
{
    RunEvent e = ev(seq, T::NodeState, node);
    e.state = s;
    return e;
}

RunEvent podEvent(int seq, T type, const QString &node, const QString &pod, const QJsonObject &data)
{
    RunEvent e = ev(seq, type, node, data);
    e.pod = pod;
    return e;
}

QJsonObject obj(std::initializer_list<QPair<QString, QJsonValue>> values)
{
    QJsonObject o;
    for (const auto &[k, v] : values)
        o.insert(k, v);
    return o;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestRunJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createWritesHeaderWith0600();
    void createRefusesAnExistingFile();
    void appendedEventsReadBack();
    void virtualClockJournalFlushesPerPodLinesWithTheNextOther();
    void serverAddressLosesCredentials();
    void tornLastLineIsIgnoredAndCutOnAppend();
    void refusedJournals_data();
    void refusedJournals();
    void unknownEventTypeIsSkippedWithAWarning();
    void damagedMiddleLineIsRefused();
    void replayGivesEachNodesLastState();
    void replayFindsOpenIntents();
    void replayCountsEvictionsAndGonePods();
    void formatOneZeroJournalStillReplaysAndResumes();
    void newerMinorIsReadButNotResumed();
    void replayOfSeveralHopsKeepsTheLastHop();
};

void TestRunJournal::createWritesHeaderWith0600()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("runs/a.jsonl"));
    auto journal = RunJournal::create(path, header());
    QVERIFY2(journal.ok(), qPrintable(journal.errorText()));
    QCOMPARE(QFile::permissions(path) &
                 (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                  QFileDevice::WriteOther | QFileDevice::ExeOwner),
             QFileDevice::Permissions());
    QVERIFY(QFile::permissions(path) & QFileDevice::WriteOwner);
    const QByteArray bytes = readBytes(path);
    QVERIFY(bytes.endsWith('\n'));
    QCOMPARE(bytes.count('\n'), 1);
    const QJsonObject h = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(h.value(QLatin1String("kind")).toString(), QStringLiteral("SlipwayRunJournal"));
    QCOMPARE(h.value(QLatin1String("v")).toInt(), 1);
    QCOMPARE(h.value(QLatin1String("clock")).toString(), QStringLiteral("wall"));
    QCOMPARE(h.value(QLatin1String("operator")).toString(), QStringLiteral("ana@laptop"));
    QCOMPARE(h.value(QLatin1String("run")).toObject().value(QLatin1String("target")).toString(),
             QStringLiteral("v1.35.0"));
}

void TestRunJournal::createRefusesAnExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.jsonl"));
    writeBytes(path, "something\n");
    auto journal = RunJournal::create(path, header());
    QVERIFY(!journal.ok());
    QVERIFY(journal.errorText().contains(path));
    QCOMPARE(readBytes(path), QByteArray("something\n"));
}

void TestRunJournal::appendedEventsReadBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.jsonl"));
    {
        auto journal = RunJournal::create(path, header());
        QVERIFY(journal.ok());
        QVERIFY(!journal.value()->append(ev(1, T::RunStarted)).hasErrors());
        // Each event is on disk when append() returns, before the journal is closed.
        QCOMPARE(readBytes(path).count('\n'), 2);
        QVERIFY(
            !journal.value()->append(state(2, QStringLiteral("cp-1"), NodeRunState::Cordoned)).hasErrors());
    }
    const auto contents = RunJournal::read(path);
    QVERIFY2(contents.ok(), qPrintable(contents.errorText()));
    QCOMPARE(contents->events.size(), 2);
    QCOMPARE(contents->events[1].state, std::optional<NodeRunState>(NodeRunState::Cordoned));
    QCOMPARE(contents->header.runId, header().runId);
    QCOMPARE(contents->header.cluster, header().cluster);
    QVERIFY(contents->warnings.isEmpty());
    // Reopened for a resumed run, new events follow the old ones.
    RunJournal::Contents reread;
    auto again = RunJournal::openForAppend(path, &reread);
    QVERIFY(again.ok());
    QCOMPARE(reread.events.size(), 2);
    QVERIFY(!again.value()->append(ev(3, T::RunResumed)).hasErrors());
    QCOMPARE(RunJournal::read(path)->events.size(), 3);
}

void TestRunJournal::virtualClockJournalFlushesPerPodLinesWithTheNextOther()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.jsonl"));
    RunJournalHeader h = header();
    h.virtualClock = true;
    auto journal = RunJournal::create(path, h);
    QVERIFY(journal.ok());
    QVERIFY(
        !journal.value()->append(state(1, QStringLiteral("worker-1"), NodeRunState::Draining)).hasErrors());
    QCOMPARE(readBytes(path).count('\n'), 2); // header + a node-level line: flushed at once
    const QJsonObject evict = obj({{QStringLiteral("action"), QStringLiteral("evict")}});
    for (int seq = 2; seq <= 4; ++seq)
        QVERIFY(
            !journal.value()
                 ->append(podEvent(seq, T::Intent, QStringLiteral("worker-1"), QStringLiteral("a/p"), evict))
                 .hasErrors());
    QCOMPARE(readBytes(path).count('\n'), 2); // per-pod lines wait in the buffer
    QVERIFY(
        !journal.value()->append(state(5, QStringLiteral("worker-1"), NodeRunState::Upgrading)).hasErrors());
    QCOMPARE(readBytes(path).count('\n'), 6); // …and go out with the next other line
    QVERIFY(!journal.value()
                 ->append(podEvent(6, T::PodGone, QStringLiteral("worker-1"), QStringLiteral("a/p"), {}))
                 .hasErrors());
    journal.value().reset(); // closing writes the rest
    QCOMPARE(RunJournal::read(path)->events.size(), 6);

    // A journal on the wall clock has every line on disk when append() returns.
    const QString durable = dir.filePath(QStringLiteral("d.jsonl"));
    auto wall = RunJournal::create(durable, header());
    QVERIFY(wall.ok());
    QVERIFY(!wall.value()
                 ->append(podEvent(1, T::Intent, QStringLiteral("worker-1"), QStringLiteral("a/p"), evict))
                 .hasErrors());
    QCOMPARE(readBytes(durable).count('\n'), 2);
}

void TestRunJournal::serverAddressLosesCredentials()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.jsonl"));
    RunJournalHeader h = header();
    h.cluster.server = QStringLiteral("https://admin:s3cr3t-pass@10.0.0.1:6443/?token=planted-token");
    QVERIFY(RunJournal::create(path, h).ok());
    const QByteArray bytes = readBytes(path);
    QVERIFY(!bytes.contains("s3cr3t-pass"));
    QVERIFY(!bytes.contains("planted-token"));
    QVERIFY(!bytes.contains("admin@"));
    QCOMPARE(RunJournal::read(path)->header.cluster.server, QStringLiteral("https://10.0.0.1:6443/"));
}

void TestRunJournal::tornLastLineIsIgnoredAndCutOnAppend()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.jsonl"));
    {
        auto journal = RunJournal::create(path, header());
        QVERIFY(!journal.value()->append(ev(1, T::RunStarted)).hasErrors());
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::Append));
    f.write(R"({"v":1,"seq":2,"t":"2026-12-02T04:31:02.000Z","type":"inte)"); // SIGKILL mid-write
    f.close();
    const auto contents = RunJournal::read(path);
    QVERIFY(contents.ok());
    QCOMPARE(contents->events.size(), 1);
    QCOMPARE(contents->warnings.size(), 1);
    QVERIFY(contents->warnings.first().contains(QLatin1String("cut short")));

    auto journal = RunJournal::openForAppend(path, nullptr);
    QVERIFY(journal.ok());
    QVERIFY(!journal.value()->append(ev(2, T::Log)).hasErrors());
    const auto after = RunJournal::read(path);
    QVERIFY(after.ok());
    QCOMPARE(after->events.size(), 2);
    QVERIFY(after->warnings.isEmpty());
    QCOMPARE(after->events.last().type, T::Log);
}

void TestRunJournal::refusedJournals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem");
    QTest::addRow("empty file") << QByteArray() << QStringLiteral("no header");
    QTest::addRow("header missing") << QByteArray(
                                           R"({"v":1,"seq":1,"t":"2026-12-02T04:31:02.000Z","type":"log"})"
                                           "\n")
                                    << QStringLiteral("not a Slipway run journal");
    QTest::addRow("foreign kind") << QByteArray(R"({"kind":"SomethingElse","v":1})"
                                                "\n")
                                  << QStringLiteral("not a Slipway run journal");
    QTest::addRow("other version") << QByteArray(R"({"kind":"SlipwayRunJournal","v":2})"
                                                 "\n")
                                   << QStringLiteral("version 2");
    QTest::addRow("not json") << QByteArray("PK\x03\x04 zip data\n") << QStringLiteral("not a JSON object");
}

void TestRunJournal::refusedJournals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.jsonl"));
    writeBytes(path, bytes);
    const auto contents = RunJournal::read(path);
    QVERIFY(!contents.ok());
    QVERIFY2(contents.errorText().contains(path), qPrintable(contents.errorText()));
    QVERIFY2(contents.errorText().contains(problem), qPrintable(contents.errorText()));
    QVERIFY(!RunJournal::openForAppend(path, nullptr).ok());
    QCOMPARE(readBytes(path), bytes); // refusing changes nothing
    QVERIFY(!RunJournal::read(dir.filePath(QStringLiteral("missing.jsonl"))).ok());
}

void TestRunJournal::unknownEventTypeIsSkippedWithAWarning()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.jsonl"));
    QByteArray bytes = QJsonDocument(header().toJson()).toJson(QJsonDocument::Compact) + '\n';
    bytes += R"({"v":1,"seq":1,"t":"2026-12-02T04:31:01.000Z","type":"from-the-future","x":1})"
             "\n";
    bytes += R"({"v":1,"seq":2,"t":"2026-12-02T04:31:02.000Z","type":"log","unknownField":true})"
             "\n";
    writeBytes(path, bytes);
    const auto contents = RunJournal::read(path);
    QVERIFY(contents.ok());
    QCOMPARE(contents->events.size(), 1);
    QCOMPARE(contents->events.first().seq, 2);
    QCOMPARE(contents->warnings.size(), 1);
    QVERIFY(contents->warnings.first().contains(QLatin1String(":2:")));
}

void TestRunJournal::damagedMiddleLineIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.jsonl"));
    QByteArray bytes = QJsonDocument(header().toJson()).toJson(QJsonDocument::Compact) + '\n';
    bytes += "garbage\n";
    bytes += R"({"v":1,"seq":2,"t":"2026-12-02T04:31:02.000Z","type":"log"})"
             "\n";
    writeBytes(path, bytes);
    const auto contents = RunJournal::read(path);
    QVERIFY(!contents.ok());
    QVERIFY(contents.errorText().contains(QLatin1String("line 2")));
}

// A journal written before format 1.1 (no "minor", no "hop", no hop events), byte for byte as 1.0
// wrote it: it is read, opened for a resume, and replays as one hop.
void TestRunJournal::formatOneZeroJournalStillReplaysAndResumes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("format-1.0.jsonl"));
    QByteArray bytes =
        R"({"kind":"SlipwayRunJournal","v":1,"runId":"r1","createdAt":"2026-12-02T04:31:00.000Z","clock":"wall","operator":"a@b","cluster":{},"run":{"kind":"upgrade","target":"v1.35.0"},"plan":{}})"
        "\n";
    bytes +=
        R"({"v":1,"seq":1,"t":"2026-12-02T04:31:01.000Z","type":"run-started","data":{"kind":"upgrade","target":"v1.35.0","nodes":["cp-1"]}})"
        "\n";
    bytes +=
        R"({"v":1,"seq":2,"t":"2026-12-02T04:31:02.000Z","type":"node-state","node":"cp-1","state":"cordoned","data":{"previous":"pending"}})"
        "\n";
    writeBytes(path, bytes);
    RunJournal::Contents contents;
    auto opened = RunJournal::openForAppend(path, &contents);
    QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
    QCOMPARE(contents.header.minor, 0);
    QCOMPARE(contents.events.size(), 2);
    QCOMPARE(contents.events.at(1).hop, 0);
    const JournalReplay r = JournalReplay::replay(contents.events);
    QCOMPARE(r.hop, 0);
    QCOMPARE(r.nodes.value(QStringLiteral("cp-1")).state, NodeRunState::Cordoned);
    const Result<RunSpec> spec = RunSpec::fromJson(contents.header.run);
    QVERIFY(spec.ok());
    QVERIFY(spec->hops.isEmpty());
    QCOMPARE(spec->hopTargets(), QList<Version>{Version::parse(QStringLiteral("v1.35.0"))});
}

// A journal of a newer minor version is shown (read) but not resumed.
void TestRunJournal::newerMinorIsReadButNotResumed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("format-1.9.jsonl"));
    writeBytes(path, R"({"kind":"SlipwayRunJournal","v":1,"minor":9,"runId":"r9","run":{"kind":"upgrade"}})"
                     "\n");
    QVERIFY(RunJournal::read(path).ok());
    RunJournal::Contents contents;
    const auto opened = RunJournal::openForAppend(path, &contents);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.errorText().contains(QLatin1String("newer Slipway")), qPrintable(opened.errorText()));
}

// Format 1.1: a hop-started begins the nodes' states again; the replay keeps the last hop's, and the
// events' "hop" field survives the codec.
void TestRunJournal::replayOfSeveralHopsKeepsTheLastHop()
{
    const QString w = QStringLiteral("worker-1");
    QList<RunEvent> events{
        ev(1, T::RunStarted, {}, obj({{QStringLiteral("nodes"), QJsonArray{w}}})),
        ev(2, T::HopStarted, {},
           obj({{QStringLiteral("hop"), 1}, {QStringLiteral("target"), QStringLiteral("v1.35.0")}})),
        state(3, w, NodeRunState::Cordoned),
        ev(4, T::Cordon, w, obj({{QStringLiteral("result"), QStringLiteral("cordoned")}})),
        state(5, w, NodeRunState::Done),
        ev(6, T::HopFinished, {}, obj({{QStringLiteral("hop"), 1}})),
        ev(7, T::HopStarted, {},
           obj({{QStringLiteral("hop"), 2}, {QStringLiteral("target"), QStringLiteral("v1.36.0")}})),
        state(8, w, NodeRunState::Cordoned),
    };
    for (qsizetype i = 1; i < events.size(); ++i)
        events[i].hop = i < 6 ? 1 : 2;
    const JournalReplay r = JournalReplay::replay(events);
    QCOMPARE(r.hop, 2);
    QCOMPARE(r.hopFinished, 1);
    QCOMPARE(r.nodes.value(w).state, NodeRunState::Cordoned);
    QVERIFY(!r.nodes.value(w).cordonedBySlipway); // hop 2 has no cordon event yet
    const Result<RunEvent> back = RunEvent::fromJson(events.at(7).toJson());
    QVERIFY(back.ok());
    QCOMPARE(back->hop, 2);
    QCOMPARE(events.at(7).toJson().value(QStringLiteral("hop")).toInt(), 2);
    QVERIFY(!events.at(0).toJson().contains(QStringLiteral("hop")));
    QCOMPARE(RunEvent::fromJson(events.at(1).toJson())->type, T::HopStarted);
}

void TestRunJournal::replayGivesEachNodesLastState()
{
    const QString cp = QStringLiteral("cp-1");
    const QString w = QStringLiteral("worker-1");
    QList<RunEvent> events{
        ev(1, T::RunStarted, {}, obj({{QStringLiteral("nodes"), QJsonArray{cp, w}}})),
        state(2, cp, NodeRunState::Cordoned),
        ev(3, T::Cordon, cp, obj({{QStringLiteral("result"), QStringLiteral("cordoned")}})),
        state(4, cp, NodeRunState::Draining),
        state(5, cp, NodeRunState::Waiting),
        ev(6, T::Cordon, w, obj({{QStringLiteral("result"), QStringLiteral("already-cordoned")}})),
        ev(7, T::PhaseFinished, cp, obj({{QStringLiteral("result"), QStringLiteral("ok")}})),
    };
    events[6].phase = RunPhase::Cordon;
    const JournalReplay r = JournalReplay::replay(events);
    QVERIFY(r.started);
    QVERIFY(!r.finished);
    QCOMPARE(r.lastSeq, 7);
    QCOMPARE(r.nodeOrder, (QStringList{cp, w}));
    QCOMPARE(r.nodes[cp].state, NodeRunState::Waiting);
    QCOMPARE(r.nodes[cp].held, NodeRunState::Draining);
    QVERIFY(r.nodes[cp].cordonedBySlipway);
    QVERIFY(r.nodes[cp].phasesFinished.contains(RunPhase::Cordon));
    QVERIFY(!r.nodes[w].cordonedBySlipway);
    QVERIFY(r.nodes[w].cordonedBySomeoneElse);
    QCOMPARE(r.nodes[w].state, NodeRunState::Pending);
}

void TestRunJournal::replayFindsOpenIntents()
{
    const QString w = QStringLiteral("worker-1");
    const QList<RunEvent> events{
        ev(1, T::Intent, w, obj({{QStringLiteral("action"), QStringLiteral("cordon")}})),
        ev(2, T::Cordon, w, obj({{QStringLiteral("result"), QStringLiteral("cordoned")}})),
        podEvent(3, T::Intent, w, QStringLiteral("shop/web-1"),
                 obj({{QStringLiteral("action"), QStringLiteral("evict")}})),
        podEvent(4, T::EvictionAttempt, w, QStringLiteral("shop/web-1"),
                 obj({{QStringLiteral("outcome"), QStringLiteral("accepted")}})),
        podEvent(5, T::Intent, w, QStringLiteral("shop/web-2"),
                 obj({{QStringLiteral("action"), QStringLiteral("evict")}})),
    };
    const JournalReplay r = JournalReplay::replay(events);
    QCOMPARE(r.openIntents.size(), 1);
    QCOMPARE(r.openIntents.first().pod, QStringLiteral("shop/web-2"));
    QCOMPARE(r.openIntents.first().seq, 5);
}

void TestRunJournal::replayCountsEvictionsAndGonePods()
{
    const QString w = QStringLiteral("worker-1");
    const QList<RunEvent> events{
        podEvent(1, T::EvictionAttempt, w, QStringLiteral("a/p1"),
                 obj({{QStringLiteral("outcome"), QStringLiteral("blocked")}})),
        podEvent(2, T::EvictionAttempt, w, QStringLiteral("a/p1"),
                 obj({{QStringLiteral("outcome"), QStringLiteral("accepted")}})),
        podEvent(3, T::PodGone, w, QStringLiteral("a/p1"), {}),
        podEvent(4, T::PodDeleted, w, QStringLiteral("a/p2"), {}),
        ev(5, T::Uncordon, w, obj({{QStringLiteral("result"), QStringLiteral("uncordoned")}})),
        ev(6, T::RunFinished, {}, obj({{QStringLiteral("result"), QStringLiteral("succeeded")}})),
    };
    const JournalReplay r = JournalReplay::replay(events);
    QCOMPARE(r.evictionsAccepted, 1);
    QCOMPARE(r.podsDeleted, 1);
    QVERIFY(r.nodes[w].podsGone.contains(QStringLiteral("a/p1")));
    QVERIFY(r.nodes[w].uncordoned);
    QVERIFY(r.finished);
    QCOMPARE(r.result, QStringLiteral("succeeded"));
}

QTEST_GUILESS_MAIN(TestRunJournal)
#include "tst_runjournal.moc"
