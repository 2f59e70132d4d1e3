#pragma once

// The terminal side of a run: progress lines per node and phase, kubectl's drain lines, the
// gates asked on the terminal (or answered yes with --yes), and the closing summary.

#include "models/run/upgraderunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>

namespace Slipway {

class RunConsole : public QObject
{
    Q_OBJECT
public:
    RunConsole(UpgradeRunner *runner, bool assumeYes, QObject *parent = nullptr);

    // Runs the event loop until the runner finishes; returns the exit code (0 or 2).
    int exec();
    RunOutcome outcome() const { return m_outcome; }

    static void print(const QString &line, bool isError = false);
    static bool stdinIsTerminal();
    // Asks `question` on the terminal; true for y/yes.
    static bool ask(const QString &question);
    static QString summary(const RunOutcome &outcome);

private:
    void onEvent(const RunEvent &event);
    void onGate(const QString &node, RunGate gate, const QString &question, const QStringList &commands);
    void onFinished(const RunOutcome &outcome);

    UpgradeRunner *m_runner;
    bool m_assumeYes;
    QEventLoop m_loop;
    RunOutcome m_outcome;
    bool m_finished = false;
    // Runs of several hops: "[hop 2/2 v1.36.4] " before each progress line of a hop.
    QString m_hopPrefix;
};

} // namespace Slipway
