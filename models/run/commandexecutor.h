#pragma once

#include "models/run/nodeexecutor.h"

#include <QProcess>

namespace Slipway {

// Command executor: runs the user's template ({node}, {version} filled in) through /bin/sh with an
// asynchronous QProcess; every output line is a `command` event, the exit code decides.
class CommandExecutor : public NodeExecutor
{
    Q_OBJECT
public:
    CommandExecutor(QString commandTemplate, QObject *parent = nullptr);
    ~CommandExecutor() override;

    QString action(const NodeJob &job) const override;
    QString commandFor(const NodeJob &job) const override;
    void start(const NodeJob &job) override;
    void cancel() override;

private:
    void readLines(QProcess::ProcessChannel channel, bool flush);
    RunEvent commandEvent(const QString &stream, const QString &message) const;

    QString m_template;
    QProcess *m_process = nullptr;
    NodeJob m_job;
    QString m_command;
    QByteArray m_pending[2];
};

} // namespace Slipway
