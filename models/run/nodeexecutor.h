#pragma once

// The middle step of a node's run (docs/runner.md "Executors"): manual (show the node's exact
// commands), command (a user template run with an asynchronous QProcess) or practice (node
// annotations the practice cluster's agent acts on). An executor only does the step; the runner
// verifies the node afterwards.

#include "models/run/runenv.h"
#include "models/version.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <memory>

namespace Slipway {

struct NodeJob
{
    QString node;
    RunKind kind = RunKind::Upgrade;
    Version target;
    bool controlPlane = false;
    bool firstControlPlane = false; // kubeadm upgrade apply (else kubeadm upgrade node)
    QString token;                  // unique per run, node and step: the practice trigger's token
    bool retire = false;            // surge on the practice cluster: retire the node instead
};

class NodeExecutor : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~NodeExecutor() override;

    static std::unique_ptr<NodeExecutor> create(const RunEnv &env, QObject *parent = nullptr);

    // The intent's action for this job: upgrade, maintain, reboot or command.
    virtual QString action(const NodeJob &job) const = 0;
    // The command text the intent records (empty when there is none).
    virtual QString commandFor(const NodeJob &job) const
    {
        Q_UNUSED(job)
        return {};
    }
    virtual void start(const NodeJob &job) = 0;
    // Stops waiting (and kills a running command); finished() is not emitted afterwards.
    virtual void cancel() {}

    // The exact commands of the documented kubeadm procedure for this node (FACTS §4), without
    // drain and uncordon, which the runner does.
    static QStringList manualCommands(const NodeJob &job);

Q_SIGNALS:
    void event(const Slipway::RunEvent &event); // seq 0: the runner records it
    void output(const QString &line, bool isError);
    // Manual executor: the user should carry out `commands` on the node now.
    void manualStep(const QStringList &commands);
    void finished(bool ok, const QString &message);
};

} // namespace Slipway
