#include "app/runconsole.h"

#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace Slipway {

RunConsole::RunConsole(UpgradeRunner *runner, bool assumeYes, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_assumeYes(assumeYes)
{
    connect(runner, &UpgradeRunner::event, this, &RunConsole::onEvent);
    connect(runner, &UpgradeRunner::output, this, [](const QString &node, const QString &line, bool isError) {
        Q_UNUSED(node)
        print(line, isError);
    });
    connect(runner, &UpgradeRunner::diagnosis, this,
            [](const QString &node, const QString &pod, const QString &sentence, bool stuck) {
                print(QStringLiteral("%1: %2: %3%4")
                          .arg(node, pod, sentence, stuck ? tr(" (needs you)") : QString()),
                      false);
            });
    connect(runner, &UpgradeRunner::gateRequested, this, &RunConsole::onGate);
    connect(runner, &UpgradeRunner::finished, this, &RunConsole::onFinished);
}

void RunConsole::print(const QString &line, bool isError)
{
    static QTextStream out(stdout);
    static QTextStream err(stderr);
    QTextStream &stream = isError ? err : out;
    stream << line << '\n';
    stream.flush();
}

bool RunConsole::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool RunConsole::ask(const QString &question)
{
    QTextStream out(stdout);
    out << question << tr(" [y/N] ");
    out.flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

void RunConsole::onEvent(const RunEvent &e)
{
    using T = RunEvent::Type;
    const QString &hop = m_hopPrefix;
    switch (e.type) {
    case T::HopStarted: {
        const QString from = e.data.value(QStringLiteral("from")).toString();
        const QString target = e.data.value(QStringLiteral("target")).toString();
        m_hopPrefix = QStringLiteral("[hop %1/%2 %3] ")
                          .arg(e.data.value(QStringLiteral("hop")).toInt())
                          .arg(e.data.value(QStringLiteral("of")).toInt())
                          .arg(target);
        print(tr("Hop %1 of %2: %3 → %4 (control plane first, then the workers)")
                  .arg(e.data.value(QStringLiteral("hop")).toInt())
                  .arg(e.data.value(QStringLiteral("of")).toInt())
                  .arg(from.isEmpty() ? tr("the cluster's version") : from, target));
        break;
    }
    case T::HopFinished:
        print(
            tr("Hop %1 (%2) %3: %n node(s) done.", nullptr, e.data.value(QStringLiteral("nodesDone")).toInt())
                .arg(e.data.value(QStringLiteral("hop")).toInt())
                .arg(e.data.value(QStringLiteral("target")).toString(),
                     e.data.value(QStringLiteral("result")).toString()));
        break;
    case T::PhaseStarted:
        print(QStringLiteral("%1%2: %3 …").arg(hop, e.node, runPhaseName(*e.phase)));
        break;
    case T::PhaseFinished: {
        const QString result = e.data.value(QStringLiteral("result")).toString();
        print(QStringLiteral("%1%2: %3 %4%5")
                  .arg(hop, e.node, runPhaseName(*e.phase), result,
                       e.message.isEmpty() ? QString() : QStringLiteral(" (") + e.message + QLatin1Char(')')),
              result == QLatin1String("failed"));
        break;
    }
    case T::NodeState:
        if (e.state == NodeRunState::Done || e.state == NodeRunState::Failed ||
            e.state == NodeRunState::Aborted)
            print(QStringLiteral("%1%2: %3%4")
                      .arg(hop, e.node, nodeRunStateName(*e.state),
                           e.message.isEmpty() ? QString() : QStringLiteral(": ") + e.message));
        break;
    case T::WaitStarted:
        if (!e.message.isEmpty())
            print(QStringLiteral("%1%2").arg(e.node.isEmpty() ? QString() : e.node + QStringLiteral(": "),
                                             e.message));
        break;
    case T::Log:
        print(e.message, e.data.value(QStringLiteral("level")).toString() == QLatin1String("error"));
        break;
    default:
        break;
    }
}

void RunConsole::onGate(const QString &node, RunGate gate, const QString &question,
                        const QStringList &commands)
{
    if (gate == RunGate::ManualStep) {
        print(question);
        for (const QString &c : commands)
            print(QStringLiteral("    ") + c);
        return; // the runner verifies the node by itself
    }
    const bool yes = m_assumeYes || ask(question);
    m_runner->confirmGate(node, gate, yes);
}

void RunConsole::onFinished(const RunOutcome &outcome)
{
    m_outcome = outcome;
    m_finished = true;
    m_loop.quit();
}

int RunConsole::exec()
{
    if (!m_finished)
        m_loop.exec();
    print(summary(m_outcome), m_outcome.result != RunOutcome::Result::Succeeded);
    return m_outcome.result == RunOutcome::Result::Succeeded ? 0 : 2;
}

QString RunConsole::summary(const RunOutcome &o)
{
    QStringList lines;
    if (o.stoppedByUser)
        lines << tr("Run stopped by you at “%1”: %2 of %n node(s) done, %3 failed. Nothing was changed "
                    "after that question.",
                    nullptr, int(o.nodeStates.size()))
                     .arg(o.stoppedAt)
                     .arg(o.nodesDone)
                     .arg(o.nodesFailed);
    else if (o.hops.size() > 1) {
        QStringList hops;
        for (const Version &v : o.hops)
            hops << v.toString();
        lines << tr("Run %1: %2 of %3 hops (%4), %5 of %n node(s) done, %6 failed.", nullptr,
                    int(o.nodeStates.size()))
                     .arg(RunOutcome::resultName(o.result))
                     .arg(o.hopsDone)
                     .arg(o.hops.size())
                     .arg(hops.join(QStringLiteral(", ")))
                     .arg(o.nodesDone)
                     .arg(o.nodesFailed);
        if (o.result != RunOutcome::Result::Succeeded)
            lines << tr("It stopped in hop %1 of %2 (%3); the node counts are that hop's.")
                         .arg(o.hop)
                         .arg(o.hops.size())
                         .arg(o.hops.value(o.hop - 1).toString());
    } else
        lines << tr("Run %1: %2 of %n node(s) done, %3 failed.", nullptr, int(o.nodeStates.size()))
                     .arg(RunOutcome::resultName(o.result))
                     .arg(o.nodesDone)
                     .arg(o.nodesFailed);
    for (const auto &[node, state] : o.nodeStates)
        lines << QStringLiteral("  %1  %2").arg(node, -24).arg(nodeRunStateName(state));
    if (!o.message.isEmpty())
        lines << o.message;
    if (!o.leftCordoned.isEmpty())
        lines << tr("Left cordoned by this run: %1. Roll back with: slipway rollback --journal %2")
                     .arg(o.leftCordoned.join(QStringLiteral(", ")), o.journalPath);
    if (o.result == RunOutcome::Result::Failed)
        // A journal whose run finished only reports its result again (runner.md, "Resume and
        // reconcile"): it does not start the run over, so the summary says what does.
        lines << tr("The journal %1 records this finished run: the same command with it only reports "
                    "this result again. Fix the cause, give back what the run left cordoned with "
                    "slipway rollback --journal %1, then start a new run with a new --journal file.")
                     .arg(o.journalPath);
    return lines.join(QLatin1Char('\n'));
}

} // namespace Slipway
