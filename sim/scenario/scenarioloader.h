#pragma once

#include "models/clustersnapshot.h"
#include "models/result.h"
#include "sim/scenario/scenario.h"

#include <QCoreApplication>

namespace Slipway {

// A scenario file as read, and the cluster snapshot it expands into.
struct LoadedScenario
{
    Scenario scenario;
    ClusterSnapshot snapshot;
};

// Reads practice-cluster scenario files (YAML, docs/scenario-format.md) and expands them into a
// cluster snapshot. Never throws: every problem becomes an error Diagnostic with the file, line,
// column and field path (`where`), shown as "<file>:<line>:<column>: <field>: <what is wrong>";
// there is no value when there is an error (docs/architecture.md "Errors").
class ScenarioLoader
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ScenarioLoader)
public:
    static QStringList bundledScenarioNames();
    static QString bundledScenarioPath(const QString &name); // a ":/slipway/scenarios/…" path
    static Result<LoadedScenario> loadBundled(const QString &name);
    static Result<LoadedScenario> loadFile(const QString &path);
    static Result<LoadedScenario> loadFromString(const QByteArray &yaml, const QString &fileName);
};

} // namespace Slipway
