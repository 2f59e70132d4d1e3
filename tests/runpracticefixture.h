#pragma once

// Test fixture for tst_upgraderunner: the practice cluster (simulator + its HTTPS API server, as
// the GUI and `--demo` use it) at a high clock speed, Slipway's own HTTPS client on it, and the
// helpers to build a run's spec and plan. Header-only, so the test links libraries only.
#include "runchecks.h"

#include "kube/kubeclusterapi.h"
#include "kube/kubeconfig.h"
#include "models/releasecatalog.h"
#include "models/run/runspec.h"
#include "models/upgradeplanner.h"
#include "sim/apiserver/practicecluster.h"
#include "sim/engine/simulator.h"
#include "sim/scenario/scenarioloader.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

#include <memory>

namespace Slipway {

struct RunPracticeFixture
{
    std::unique_ptr<PracticeCluster> practice;
    std::unique_ptr<KubeClusterApi> api;

    bool start(QString *error, double speed = 600)
    {
        const Result<LoadedScenario> scenario = ScenarioLoader::loadBundled(QStringLiteral("default"));
        if (!scenario.ok()) {
            *error = scenario.errorText();
            return false;
        }
        practice = PracticeCluster::start(scenario->snapshot, speed, error);
        if (!practice)
            return false;
        const Result<KubeconfigSelection> selection =
            Kubeconfig::parseAndSelect(practice->kubeconfig(), QStringLiteral("practice"));
        if (!selection.ok()) {
            *error = selection.errorText();
            return false;
        }
        api = std::make_unique<KubeClusterApi>(selection.value());
        return true;
    }

    ~RunPracticeFixture()
    {
        api.reset(); // the client first: the server outlives its connections
        practice.reset();
    }

    Simulator *sim() const { return practice->simulator(); }

    // The cluster as it is now: a snapshot read by a refresh that starts after this call.
    // ClusterApi::refresh() ignores a call while a refresh runs (the run's ClusterSampler starts
    // them), and such a refresh began earlier: under injected faults its retries can outlast the
    // run's last writes, so its snapshot would show, say, a node cordoned that the run has since
    // uncordoned. Its answer is let by, then a fresh refresh is read.
    ClusterSnapshot snapshot() const
    {
        QEventLoop loop;
        ClusterSnapshot out;
        bool ours = false; // the refresh in flight is the one started here
        bool done = false;
        const auto ended = [&](const ClusterSnapshot *s) {
            if (!ours) { // an earlier refresh ended: start ours now
                QTimer::singleShot(0, &loop, [&] { api->refresh(); });
                return;
            }
            if (s)
                out = *s;
            done = true;
            loop.quit();
        };
        QObject::connect(api.get(), &ClusterApi::refreshStarted, &loop, [&] { ours = true; });
        QObject::connect(api.get(), &ClusterApi::snapshotLoaded, &loop,
                         [&](const ClusterSnapshot &s) { ended(&s); });
        QObject::connect(api.get(), &ClusterApi::refreshFailed, &loop, [&] { ended(nullptr); });
        api->refresh();
        if (!done)
            loop.exec();
        return out;
    }

    static UpgradePlan plan(const ClusterSnapshot &snapshot, const QString &target)
    {
        return practicePlan(snapshot, target);
    }

    // The options the default scenario's drain pre-flight asks for, with kubectl's retry delays
    // shortened for a 600× clock.
    static RunSpec spec(RunKind kind, const QString &journal)
    {
        RunSpec s;
        s.kind = kind;
        s.executor = RunExecutor::Practice;
        s.drain.force = true;
        s.drain.deleteEmptyDirData = true;
        s.drain.overridePdbs = {QStringLiteral("billing/invoice-api")};
        s.drain.evictRetryDelayMsecs = 50;
        s.drain.deletePollMsecs = 20;
        s.journalPath = journal;
        s.operatorName = QStringLiteral("tester@ci");
        return s;
    }
};

} // namespace Slipway
