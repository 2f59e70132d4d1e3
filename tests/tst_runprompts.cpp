// `slipway maintain` without --yes on a terminal (docs/runner.md "Command line"): the real binary
// on a pseudo-terminal (forkpty, so isatty(stdin) is true) against `slipway serve-demo` in another
// process. It asks before each mutation — cordon, drain, the executor step, uncordon — naming the
// node; "n", Enter, Ctrl+D or any other word to the first question changes nothing and says so;
// "y"/"yes" (any case) to each finishes the run, and
// each change is made only after its question was answered. Without a terminal and without --yes
// the command refuses: tst_runcli's "no terminal, no --yes" row.
#include "servedsnapshot.h"
#include "kube/kubeclusterapi.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace Slipway;

namespace {

// The slipway binary with a pseudo-terminal as its stdin, stdout and stderr.
class PtyProcess
{
public:
    ~PtyProcess()
    {
        if (m_pid > 0 && !m_exited) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        if (m_fd >= 0)
            ::close(m_fd);
    }

    bool start(const QStringList &arguments, const QByteArray &dataHome)
    {
        QList<QByteArray> argv{QByteArrayLiteral(SLIPWAY_EXECUTABLE)};
        for (const QString &a : arguments)
            argv << a.toLocal8Bit();
        QList<QByteArray> env;
        for (char **e = environ; *e; ++e) {
            if (!QByteArray(*e).startsWith("XDG_DATA_HOME="))
                env << QByteArray(*e);
        }
        env << "XDG_DATA_HOME=" + dataHome;
        // Everything the child needs is prepared before fork(): it only calls execve().
        std::vector<char *> args, envp;
        for (QByteArray &a : argv)
            args.push_back(a.data());
        args.push_back(nullptr);
        for (QByteArray &e : env)
            envp.push_back(e.data());
        envp.push_back(nullptr);
        struct winsize size = {};
        size.ws_row = 50;
        size.ws_col = 200;
        m_pid = ::forkpty(&m_fd, nullptr, nullptr, &size);
        if (m_pid < 0)
            return false;
        if (m_pid == 0) {
            ::execve(args[0], args.data(), envp.data());
            ::_exit(127);
        }
        return true;
    }

    // Reads what the program wrote until `done` holds for the output so far, or it exits, or the
    // time is up. True when `done` held.
    bool readUntil(const std::function<bool(const QString &)> &done, int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!done(m_output)) {
            if (m_eof || deadline.hasExpired())
                return done(m_output);
            pollfd p{m_fd, POLLIN, 0};
            const int ready = ::poll(&p, 1, int(qMin<qint64>(200, deadline.remainingTime())));
            if (ready <= 0)
                continue;
            char buffer[4096];
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n > 0)
                m_output += QString::fromUtf8(buffer, n).remove(QLatin1Char('\r'));
            else if (n == 0 || errno != EINTR)
                m_eof = true; // Linux: EIO once the child closed its side
        }
        return true;
    }

    // The next question "… [y/N] " after the `seen` already answered; empty when the program ended
    // or nothing came in time.
    QString nextQuestion(int seen, int timeoutMs)
    {
        static const QRegularExpression question(QStringLiteral("([^\n]*\\?) \\[y/N\\] "));
        QString found;
        readUntil(
            [&](const QString &out) {
                auto it = question.globalMatch(out);
                for (int i = 0; it.hasNext(); ++i) {
                    const auto m = it.next();
                    if (i == seen) {
                        found = m.captured(1);
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }

    void send(const QByteArray &bytes)
    {
        QVERIFY(::write(m_fd, bytes.constData(), bytes.size()) == bytes.size());
    }

    // The exit code, or -1 when it did not exit within the time (then it is killed).
    int finish(int timeoutMs)
    {
        readUntil([](const QString &) { return false; }, timeoutMs);
        QDeadlineTimer deadline(5000);
        int status = 0;
        pid_t done = 0;
        while ((done = ::waitpid(m_pid, &status, WNOHANG)) == 0 && !deadline.hasExpired())
            QThread::msleep(20);
        if (done != m_pid) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, &status, 0);
            m_exited = true;
            return -1;
        }
        m_exited = true;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

    const QString &output() const { return m_output; }

private:
    pid_t m_pid = -1;
    int m_fd = -1;
    bool m_eof = false;
    bool m_exited = false;
    QString m_output;
};

} // namespace

class TestRunPrompts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void answeringNoToTheFirstQuestionChangesNothing_data();
    void answeringNoToTheFirstQuestionChangesNothing();
    void answeringYesToEachQuestionFinishes();

private:
    QStringList maintainArgs(const QString &journal) const
    {
        return {QStringLiteral("maintain"),        QStringLiteral("--nodes"),
                QStringLiteral("worker-4"),        QStringLiteral("--reboot"),
                QStringLiteral("--executor"),      QStringLiteral("practice"),
                QStringLiteral("--force"),         QStringLiteral("--delete-emptydir-data"),
                QStringLiteral("--override-pdb"),  QStringLiteral("billing/invoice-api"),
                QStringLiteral("--poll-interval"), QStringLiteral("100"),
                QStringLiteral("--journal"),       journal,
                QStringLiteral("--kubeconfig"),    m_kubeconfig};
    }
    QByteArray dataHome() const { return m_dir.filePath(QStringLiteral("data")).toLocal8Bit(); }
    ClusterSnapshot snapshot() const;
    QString cordonedNodes() const;

    QTemporaryDir m_dir;
    QProcess m_serve;
    QString m_kubeconfig;
};

void TestRunPrompts::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(SLIPWAY_EXECUTABLE)), "build the slipway target first");
    m_kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), QString::fromLocal8Bit(dataHome()));
    m_serve.setProcessEnvironment(env);
    m_serve.start(QStringLiteral(SLIPWAY_EXECUTABLE),
                  {QStringLiteral("serve-demo"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--state-dir"), m_dir.filePath(QStringLiteral("state")),
                   QStringLiteral("--kubeconfig-out"), m_kubeconfig, QStringLiteral("--speed"),
                   QStringLiteral("600")});
    QString out;
    QElapsedTimer waited;
    waited.start();
    while (!out.contains(QLatin1String("Press Ctrl+C")) && waited.elapsed() < 60000 &&
           m_serve.state() != QProcess::NotRunning) {
        m_serve.waitForReadyRead(500);
        out += QString::fromUtf8(m_serve.readAllStandardOutput());
    }
    QVERIFY2(out.contains(QLatin1String("Press Ctrl+C")), qPrintable(out));
}

void TestRunPrompts::cleanupTestCase()
{
    m_serve.terminate();
    if (!m_serve.waitForFinished(20000))
        m_serve.kill();
}

ClusterSnapshot TestRunPrompts::snapshot() const
{
    return ServedSnapshot::read(m_kubeconfig);
}

QString TestRunPrompts::cordonedNodes() const
{
    return ServedSnapshot::cordonedNodes(snapshot());
}

void TestRunPrompts::answeringNoToTheFirstQuestionChangesNothing_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addRow("n") << QByteArray("n\n");
    QTest::addRow("Enter (the default is no)") << QByteArray("\n");
    QTest::addRow("Ctrl+D (end of input)") << QByteArray("\x04");
    QTest::addRow("anything else") << QByteArray("sure\n");
}

void TestRunPrompts::answeringNoToTheFirstQuestionChangesNothing()
{
    QFETCH(QByteArray, answer);
    const ClusterSnapshot before = snapshot();
    QVERIFY(!before.nodes.isEmpty());
    const QString journal = m_dir.filePath(
        QStringLiteral("declined-%1.jsonl").arg(QString::fromLatin1(QTest::currentDataTag()).left(1)));
    PtyProcess run;
    QVERIFY(run.start(maintainArgs(journal), dataHome()));
    const QString question = run.nextQuestion(0, 60000);
    QCOMPARE(question, QStringLiteral("Cordon node worker-4?"));
    QCOMPARE(cordonedNodes(), QString()); // asked before the change
    run.send(answer);
    const int code = run.finish(60000);
    const QString out = run.output();
    QVERIFY2(code != 0 && code != -1, qPrintable(QString::number(code) + QLatin1Char('\n') + out));
    QCOMPARE(code, 2);
    QVERIFY2(out.contains(QLatin1String("worker-4: aborted: The user declined the next step on worker-4.")),
             qPrintable(out));
    // The summary says the user stopped the run, and where; not "Run failed".
    // (The plural "node" comes from the English catalog; the wording around it is checked whole.)
    QVERIFY2(out.contains(QStringLiteral("Run stopped by you at “Cordon node worker-4?”: 0 of 1 node")) &&
                 out.contains(QLatin1String(" done, 0 failed. Nothing was changed after that question.")),
             qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("Run failed")), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("warning")), qPrintable(out));
    QCOMPARE(out.count(QStringLiteral("[y/N]")), 1); // no further question after "no"
    QVERIFY2(!out.contains(QLatin1String("Left cordoned")), qPrintable(out));
    // Nothing changed: no node cordoned, no annotation written, every pod where it was.
    const ClusterSnapshot after = snapshot();
    for (const Node &n : after.nodes) {
        QVERIFY2(!n.unschedulable, qPrintable(n.name));
        QCOMPARE(n.annotations, before.findNode(n.name)->annotations);
    }
    QStringList podsBefore, podsAfter;
    for (const Pod &p : before.pods)
        podsBefore << p.uid;
    for (const Pod &p : after.pods)
        podsAfter << p.uid;
    podsBefore.sort();
    podsAfter.sort();
    QCOMPARE(podsAfter, podsBefore);
}

void TestRunPrompts::answeringYesToEachQuestionFinishes()
{
    const QString journal = m_dir.filePath(QStringLiteral("accepted.jsonl"));
    PtyProcess run;
    QVERIFY(run.start(maintainArgs(journal), dataHome()));
    QStringList questions;
    // Whether worker-4 was cordoned when each question was asked: the change comes after its "y".
    QStringList cordonedAtQuestion;
    while (questions.size() < 10) {
        const QString q = run.nextQuestion(int(questions.size()), 60000);
        if (q.isEmpty())
            break;
        questions << q;
        cordonedAtQuestion << cordonedNodes();
        run.send(questions.size() == 2 ? "yes\n" : "Y\n"); // y or yes, in any case
    }
    const int code = run.finish(120000);
    const QString out = run.output();
    QVERIFY2(code == 0, qPrintable(QString::number(code) + QLatin1Char('\n') + out.right(4000)));
    QCOMPARE(questions,
             (QStringList{QStringLiteral("Cordon node worker-4?"), QStringLiteral("Drain node worker-4?"),
                          QStringLiteral("Run the practice step on node worker-4?"),
                          QStringLiteral("Uncordon node worker-4?")}));
    QCOMPARE(cordonedAtQuestion, (QStringList{QString(), QStringLiteral("worker-4"),
                                              QStringLiteral("worker-4"), QStringLiteral("worker-4")}));
    QVERIFY2(out.contains(QLatin1String("worker-4: done")), qPrintable(out.right(800)));
    QVERIFY2(out.contains(QLatin1String("Run succeeded: 1 of 1 node done")), qPrintable(out.right(800)));
    QVERIFY2(!out.contains(QLatin1String("warning")), qPrintable(out.left(800)));
    QCOMPARE(cordonedNodes(), QString());
}

QTEST_GUILESS_MAIN(TestRunPrompts)
#include "tst_runprompts.moc"
