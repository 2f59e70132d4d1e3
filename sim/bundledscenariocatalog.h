#pragma once

#include "scenariocatalog.h"

namespace Slipway {

// The scenarios shipped in resources/scenarios/, loaded with ScenarioLoader.
class BundledScenarioCatalog : public ScenarioCatalog
{
public:
    BundledScenarioCatalog();
    QStringList names() const override;
    QString title(const QString &name) const override;
    SnapshotLoadResult load(const QString &name) const override;
    SnapshotLoadResult loadFile(const QString &path) const override;

private:
    QStringList m_names;
};

} // namespace Slipway
