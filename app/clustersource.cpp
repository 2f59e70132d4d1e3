#include "app/clustersource.h"

#include "kube/kubeclusterapi.h"
#include "models/dumploader.h"
#include "sim/scenario/scenarioloader.h"

#include <QEventLoop>

namespace Slipway {

namespace {

std::optional<LoadedCluster> readLiveCluster(const ClusterSourceChoice &choice, QString *error,
                                             QStringList *warnings)
{
    KubeClientOptions options;
    if (!choice.requestTimeout.isEmpty()) {
        const std::optional<qint64> timeout = parseRequestTimeout(choice.requestTimeout, error);
        if (!timeout)
            return std::nullopt;
        applyRequestTimeout(options, *timeout);
    }
    Result<std::unique_ptr<KubeClusterApi>> opened =
        KubeClusterApi::fromKubeconfig(choice.kubeconfig, choice.context, options);
    *warnings << opened.warningLines();
    if (!opened.ok()) {
        *error = opened.errorText();
        return std::nullopt;
    }
    const std::unique_ptr<KubeClusterApi> api = std::move(opened).value();
    std::optional<LoadedCluster> result;
    QEventLoop loop;
    QObject::connect(api.get(), &ClusterApi::snapshotLoaded, &loop, [&](const ClusterSnapshot &snapshot) {
        result = LoadedCluster{snapshot, api->client()->contextName(), api->client()->serverAddress()};
        loop.quit();
    });
    QObject::connect(api.get(), &ClusterApi::refreshFailed, &loop, [&](const ClusterError &e) {
        *error = e.describe();
        loop.quit();
    });
    api->refresh();
    loop.exec();
    return result;
}

} // namespace

std::optional<LoadedCluster> loadCluster(const ClusterSourceChoice &choice, QString *error,
                                         QStringList *warnings)
{
    using Kind = ClusterSourceChoice::Kind;
    switch (choice.kind) {
    case Kind::Live:
        return readLiveCluster(choice, error, warnings);
    case Kind::Dump: {
        Result<ClusterSnapshot> loaded = DumpLoader::loadFiles(choice.dumps);
        *warnings += loaded.warningLines();
        if (!loaded.ok()) {
            *error = loaded.errorText();
            return std::nullopt;
        }
        return LoadedCluster{std::move(loaded).value(), {}, {}};
    }
    case Kind::Bundled:
    case Kind::ScenarioFile: {
        const Result<LoadedScenario> loaded = choice.kind == Kind::ScenarioFile
                                                  ? ScenarioLoader::loadFile(choice.scenarioFile)
                                                  : ScenarioLoader::loadBundled(choice.scenario);
        if (!loaded.ok()) {
            *error = loaded.errorText();
            return std::nullopt;
        }
        return LoadedCluster{loaded->snapshot, {}, {}};
    }
    }
    return std::nullopt;
}

} // namespace Slipway
