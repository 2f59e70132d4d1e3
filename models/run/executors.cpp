// The three executors (docs/runner.md "Executors").
#include "models/clusterapi.h"
#include "models/clusterfutures.h"
#include "models/run/commandexecutor.h"
#include "models/run/manualexecutor.h"
#include "models/run/practiceexecutor.h"
#include "models/run/practicetrigger.h"
#include "models/run/runclock.h"

namespace Slipway {

// ---- manual ----

QString ManualExecutor::action(const NodeJob &job) const
{
    return job.kind == RunKind::Upgrade ? QStringLiteral("upgrade") : QStringLiteral("maintain");
}

void ManualExecutor::start(const NodeJob &job)
{
    const QStringList commands = manualCommands(job);
    for (const QString &command : commands)
        Q_EMIT output(job.node + QStringLiteral(": $ ") + command, false);
    Q_EMIT manualStep(commands);
    Q_EMIT finished(true, {});
}

// ---- command ----

CommandExecutor::CommandExecutor(QString commandTemplate, QObject *parent)
    : NodeExecutor(parent)
    , m_template(std::move(commandTemplate))
{}

CommandExecutor::~CommandExecutor()
{
    cancel();
}

QString CommandExecutor::action(const NodeJob &job) const
{
    Q_UNUSED(job)
    return QStringLiteral("command");
}

QString CommandExecutor::commandFor(const NodeJob &job) const
{
    return RunSpec::expandTemplate(m_template, job.node,
                                   job.kind == RunKind::Upgrade ? job.target.toString() : QString());
}

RunEvent CommandExecutor::commandEvent(const QString &stream, const QString &message) const
{
    return RunEnv::make(
        RunEvent::Type::Command, m_job.node,
        QJsonObject{{QStringLiteral("command"), m_command}, {QStringLiteral("stream"), stream}}, message);
}

void CommandExecutor::start(const NodeJob &job)
{
    m_job = job;
    m_command = commandFor(job);
    m_pending[0].clear();
    m_pending[1].clear();
    m_process = new QProcess(this);
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { readLines(QProcess::StandardOutput, false); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { readLines(QProcess::StandardError, false); });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        const QString message = tr("The command could not be started: %1").arg(m_process->errorString());
        Q_EMIT event(commandEvent(QStringLiteral("exited"), message));
        m_process->deleteLater();
        m_process = nullptr;
        Q_EMIT finished(false, message);
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        readLines(QProcess::StandardOutput, true);
        readLines(QProcess::StandardError, true);
        const bool crashed = status == QProcess::CrashExit;
        RunEvent e =
            commandEvent(QStringLiteral("exited"), crashed ? tr("the command was killed") : QString());
        e.data.insert(QStringLiteral("exitCode"), crashed ? -1 : exitCode);
        Q_EMIT event(e);
        m_process->deleteLater();
        m_process = nullptr;
        if (!crashed && exitCode == 0)
            Q_EMIT finished(true, {});
        else
            Q_EMIT finished(
                false, crashed ? tr("The command on %1 was killed.").arg(m_job.node)
                               : tr("The command on %1 exited with code %2.").arg(m_job.node).arg(exitCode));
    });
    Q_EMIT event(commandEvent(QStringLiteral("started"), m_command));
    Q_EMIT output(m_job.node + QStringLiteral(": $ ") + m_command, false);
    m_process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), m_command});
}

void CommandExecutor::readLines(QProcess::ProcessChannel channel, bool flush)
{
    if (!m_process)
        return;
    const int i = channel == QProcess::StandardOutput ? 0 : 1;
    m_process->setReadChannel(channel);
    m_pending[i] += m_process->readAll();
    qsizetype end;
    while ((end = m_pending[i].indexOf('\n')) >= 0 || (flush && !m_pending[i].isEmpty())) {
        const qsizetype cut = end >= 0 ? end : m_pending[i].size();
        const QString text = QString::fromLocal8Bit(m_pending[i].left(cut)).trimmed();
        m_pending[i].remove(0, end >= 0 ? end + 1 : cut);
        Q_EMIT event(commandEvent(i == 0 ? QStringLiteral("stdout") : QStringLiteral("stderr"), text));
        Q_EMIT output(m_job.node + QStringLiteral(": ") + text, i == 1);
    }
}

void CommandExecutor::cancel()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    m_process->kill();
    m_process->waitForFinished(2000);
    m_process->deleteLater();
    m_process = nullptr;
}

// ---- practice ----

namespace PT = PracticeTrigger;

PracticeExecutor::PracticeExecutor(const RunEnv &env, QObject *parent)
    : NodeExecutor(parent)
    , m_env(env)
{}

QString PracticeExecutor::action(const NodeJob &job) const
{
    if (job.retire)
        return QStringLiteral("retire");
    return job.kind == RunKind::Upgrade ? QStringLiteral("upgrade") : QStringLiteral("reboot");
}

void PracticeExecutor::start(const NodeJob &job)
{
    m_job = job;
    m_running = true;
    NodePatch patch;
    if (job.retire) {
        patch.setAnnotations.insert(PT::kRetire, job.token);
    } else if (job.kind == RunKind::Upgrade) {
        patch.setAnnotations.insert(PT::kUpgradeTo, job.target.toString());
        patch.setAnnotations.insert(PT::kUpgradeToken, job.token);
        patch.setAnnotations.insert(PT::kUpgradeMode,
                                    job.firstControlPlane ? QStringLiteral("apply") : QStringLiteral("node"));
    } else {
        patch.setAnnotations.insert(PT::kReboot, job.token);
    }
    Q_EMIT output(tr("%1: asking the practice node agent to %2").arg(job.node, action(job)), false);
    whenFinished(m_env.api->patchNode(job.node, patch, {}), this,
                 [this](const ClusterOperationResult &result) {
                     if (!m_running)
                         return;
                     // A node retired already (a resumed run's request had been carried out).
                     const bool gone = m_job.retire && result.error.kind == ClusterError::Kind::NotFound;
                     if (!result.ok() && !gone) {
                         m_running = false;
                         Q_EMIT finished(false, result.error.describe());
                         return;
                     }
                     poll();
                 });
}

void PracticeExecutor::poll()
{
    whenFinished(m_env.api->getNode(m_job.node), this, [this](const NodeResult &result) {
        if (!m_running)
            return;
        if (m_job.retire && result.error.kind == ClusterError::Kind::NotFound) {
            m_running = false; // retired: the Node is deleted
            Q_EMIT finished(true, {});
            return;
        }
        const QLatin1String key = m_job.retire                     ? PT::kRetireStatus
                                  : m_job.kind == RunKind::Upgrade ? PT::kUpgradeStatus
                                                                   : PT::kRebootStatus;
        const auto status = result.node ? PT::parseStatus(result.node->annotations.value(key)) : std::nullopt;
        if (status && status->token == m_job.token && status->state != QLatin1String("accepted")) {
            m_running = false;
            const bool ok = status->state == QLatin1String("done");
            Q_EMIT finished(
                ok, ok ? QString()
                       : tr("The practice node agent failed on %1: %2").arg(m_job.node, status->message));
            return;
        }
        m_timer = m_env.clock->callAfter(m_env.pollMsecs, this, [this] { poll(); });
    });
}

void PracticeExecutor::cancel()
{
    m_running = false;
    if (m_timer)
        m_env.clock->cancel(m_timer);
}

} // namespace Slipway
