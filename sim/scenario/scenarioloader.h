#pragma once

#include "models/clustersnapshot.h"
#include "sim/scenario/scenario.h"

#include <QCoreApplication>

namespace Slipway {

struct ScenarioLoadResult
{
    Scenario scenario;
    ClusterSnapshot snapshot;
    // Each error reads "<file>:<line>:<column>: <field>: <what is wrong>".
    QStringList errors;
    bool ok() const { return errors.isEmpty(); }
};

// Reads practice-cluster scenario files (YAML, docs/scenario-format.md) and expands them into a
// cluster snapshot. Never throws: every problem becomes an error naming file, line and field.
class ScenarioLoader
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ScenarioLoader)
public:
    static QStringList bundledScenarioNames();
    static QString bundledScenarioPath(const QString &name); // a ":/slipway/scenarios/…" path
    static ScenarioLoadResult loadBundled(const QString &name);
    static ScenarioLoadResult loadFile(const QString &path);
    static ScenarioLoadResult loadFromString(const QByteArray &yaml, const QString &fileName);
};

} // namespace Slipway
