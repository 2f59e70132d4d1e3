#pragma once

#include "models/upgradeplan.h"

#include <QByteArray>
#include <QJsonObject>

namespace Slipway {

// The JSON form of an UpgradePlan: a stable contract for scripts, documented in
// docs/plan-json.md. Field names never change meaning; new fields may be added.
class PlanJson
{
public:
    static constexpr int SchemaVersion = 1;
    static QJsonObject toJson(const UpgradePlan &plan);
    static QByteArray render(const UpgradePlan &plan, bool indented = true);
    static QJsonObject findingToJson(const Finding &finding, int hop = -1); // hop -1: "now"
};

} // namespace Slipway
