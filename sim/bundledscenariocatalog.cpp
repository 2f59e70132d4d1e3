#include "bundledscenariocatalog.h"

#include "scenarioloader.h"

#include <QFile>
#include <QRegularExpression>

namespace Slipway {

namespace {
SnapshotLoadResult toSnapshotResult(const ScenarioLoadResult &r)
{
    return SnapshotLoadResult{r.snapshot, r.errors};
}
} // namespace

BundledScenarioCatalog::BundledScenarioCatalog()
    : m_names(ScenarioLoader::bundledScenarioNames())
{
}

QStringList BundledScenarioCatalog::names() const
{
    return m_names;
}

QString BundledScenarioCatalog::title(const QString &name) const
{
    // Read the title line without a full load, so menus are cheap to build.
    QFile file(ScenarioLoader::bundledScenarioPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return name;
    static const QRegularExpression re(QStringLiteral("^title:\\s*(.+)$"), QRegularExpression::MultilineOption);
    const auto match = re.match(QString::fromUtf8(file.readAll()));
    return match.hasMatch() ? match.captured(1).trimmed() : name;
}

SnapshotLoadResult BundledScenarioCatalog::load(const QString &name) const
{
    return toSnapshotResult(ScenarioLoader::loadBundled(name));
}

SnapshotLoadResult BundledScenarioCatalog::loadFile(const QString &path) const
{
    return toSnapshotResult(ScenarioLoader::loadFile(path));
}

} // namespace Slipway
