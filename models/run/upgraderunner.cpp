#include "models/run/upgraderunner.h"

#include "models/clusterapi.h"
#include "models/run/runclock.h"

namespace Slipway {

QString RunOutcome::resultName(Result result)
{
    switch (result) {
    case Result::Succeeded:
        return QStringLiteral("succeeded");
    case Result::Failed:
        return QStringLiteral("failed");
    case Result::Aborted:
        return QStringLiteral("aborted");
    }
    return {};
}

class UpgradeRunner::Private
{
public:
    ClusterApi *api = nullptr;
    RunClock *clock = nullptr;
    RunSpec spec;
    QString journalPath;
    QStringList order;
    QHash<QString, NodeRunState> states;
    int lastSeq = 0;
    bool running = false;
    bool paused = false;
    PreflightHook preflight;
};

UpgradeRunner::UpgradeRunner(ClusterApi *api, RunClock *clock, QObject *parent)
    : QObject(parent)
    , d(new Private)
{
    d->api = api;
    d->clock = clock;
}

UpgradeRunner::~UpgradeRunner()
{
    delete d;
}

bool UpgradeRunner::isRunning() const
{
    return d->running;
}
bool UpgradeRunner::isPaused() const
{
    return d->paused;
}
RunSpec UpgradeRunner::spec() const
{
    return d->spec;
}
QString UpgradeRunner::journalPath() const
{
    return d->journalPath;
}
QStringList UpgradeRunner::nodeOrder() const
{
    return d->order;
}
NodeRunState UpgradeRunner::nodeState(const QString &node) const
{
    return d->states.value(node, NodeRunState::Pending);
}
QHash<QString, NodeRunState> UpgradeRunner::nodeStates() const
{
    return d->states;
}
int UpgradeRunner::lastSeq() const
{
    return d->lastSeq;
}
void UpgradeRunner::setPreflightHook(PreflightHook hook)
{
    d->preflight = std::move(hook);
}

} // namespace Slipway
