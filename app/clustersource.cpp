#include "app/clustersource.h"

#include "kube/kubeclusterapi.h"
#include "models/dumploader.h"
#include "sim/scenario/scenarioloader.h"

#include <QEventLoop>

namespace Slipway {

namespace {

Result<LoadedCluster> readLiveCluster(const ClusterSourceChoice &choice)
{
    using R = Result<LoadedCluster>;
    KubeClientOptions options;
    if (!choice.requestTimeout.isEmpty()) {
        const Result<qint64> timeout = parseRequestTimeout(choice.requestTimeout);
        if (!timeout.ok())
            return R::failure(timeout);
        applyRequestTimeout(options, *timeout);
    }
    Result<std::unique_ptr<KubeClusterApi>> opened =
        KubeClusterApi::fromKubeconfig(choice.kubeconfig, choice.context, options);
    if (!opened.ok())
        return R::failure(opened);
    R result;
    result.append(opened); // its warnings
    const std::unique_ptr<KubeClusterApi> api = std::move(opened).value();
    QEventLoop loop;
    QObject::connect(api.get(), &ClusterApi::snapshotLoaded, &loop, [&](const ClusterSnapshot &snapshot) {
        result.setValue(
            LoadedCluster{snapshot, api->client()->contextName(), api->client()->serverAddress()});
        loop.quit();
    });
    QObject::connect(api.get(), &ClusterApi::refreshFailed, &loop, [&](const ClusterError &e) {
        result.addError(e.describe());
        loop.quit();
    });
    api->refresh();
    loop.exec();
    return result;
}

} // namespace

Result<LoadedCluster> loadCluster(const ClusterSourceChoice &choice)
{
    using R = Result<LoadedCluster>;
    using Kind = ClusterSourceChoice::Kind;
    switch (choice.kind) {
    case Kind::Live:
        return readLiveCluster(choice);
    case Kind::Dump: {
        Result<ClusterSnapshot> loaded = DumpLoader::loadFiles(choice.dumps);
        if (!loaded.ok())
            return R::failure(loaded);
        R result;
        result.append(loaded); // its warnings
        result.setValue(LoadedCluster{std::move(loaded).value(), {}, {}});
        return result;
    }
    case Kind::Bundled:
    case Kind::ScenarioFile: {
        const Result<LoadedScenario> loaded = choice.kind == Kind::ScenarioFile
                                                  ? ScenarioLoader::loadFile(choice.scenarioFile)
                                                  : ScenarioLoader::loadBundled(choice.scenario);
        if (!loaded.ok()) {
            R failed; // the scenario's errors only, as before
            for (const Diagnostic &d : loaded.errors())
                failed.add(d);
            return failed;
        }
        return LoadedCluster{loaded->snapshot, {}, {}};
    }
    }
    return R::failure(QStringLiteral("unknown cluster source"));
}

} // namespace Slipway
