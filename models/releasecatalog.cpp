#include "models/releasecatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

// Q_INIT_RESOURCE must be used outside a namespace. Calling it also makes sure the linker keeps
// the generated resource object when the models library is linked statically.
static void initCatalogResource()
{
    Q_INIT_RESOURCE(catalog);
}

namespace Slipway {

namespace {

constexpr int kSchema = 1;

QDate dateOf(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

const ReleaseCatalog &ReleaseCatalog::bundled()
{
    static const ReleaseCatalog catalog = [] {
        initCatalogResource();
        const Result<ReleaseCatalog> c = fromFile(QStringLiteral(":/slipway/catalog/releases.json"));
        if (!c.ok()) {
            qWarning("Slipway: the bundled release catalog could not be loaded: %s",
                     qPrintable(c.errorText()));
            return ReleaseCatalog();
        }
        return c.value();
    }();
    return catalog;
}

Result<ReleaseCatalog> ReleaseCatalog::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<ReleaseCatalog>::failure(
            QStringLiteral("cannot read release catalog %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

Result<ReleaseCatalog> ReleaseCatalog::fromJson(const QByteArray &json, const QString &fileName)
{
    const auto fail = [&fileName](const QString &message) {
        return Result<ReleaseCatalog>::failure(message, fileName);
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return fail(QStringLiteral("release catalog is not a JSON object: %1").arg(parseError.errorString()));
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("schema")).toInt() != kSchema) {
        return fail(QStringLiteral("release catalog has schema %1, expected %2")
                        .arg(root.value(QLatin1String("schema")).toInt())
                        .arg(kSchema));
    }
    ReleaseCatalog catalog;
    catalog.m_catalogDate = dateOf(root.value(QLatin1String("catalogDate")));
    const QJsonArray minors = root.value(QLatin1String("minors")).toArray();
    for (const QJsonValue &value : minors) {
        const QJsonObject o = value.toObject();
        const Version id = Version::parse(o.value(QLatin1String("minor")).toString());
        if (!id.isValid() || id.hasPatch() || id.major() != 1) {
            return fail(QStringLiteral("release catalog has an invalid minor %1")
                            .arg(o.value(QLatin1String("minor")).toString()));
        }
        MinorRelease m;
        m.major = id.major();
        m.minor = id.minor();
        m.releaseDate = dateOf(o.value(QLatin1String("releaseDate")));
        m.maintenanceStart = dateOf(o.value(QLatin1String("maintenanceModeStart")));
        m.endOfLife = dateOf(o.value(QLatin1String("endOfLife")));
        m.endOfLifeSource = o.value(QLatin1String("endOfLifeSource")).toString();
        if (o.value(QLatin1String("etcd")).isString())
            m.etcd = Version::parse(o.value(QLatin1String("etcd")).toString());
        if (o.value(QLatin1String("coreDns")).isString())
            m.coreDns = Version::parse(o.value(QLatin1String("coreDns")).toString());
        const QJsonArray notes = o.value(QLatin1String("notes")).toArray();
        for (const QJsonValue &note : notes)
            m.notes << note.toString();
        const QJsonArray patches = o.value(QLatin1String("patches")).toArray();
        for (const QJsonValue &p : patches) {
            const QJsonObject po = p.toObject();
            PatchRelease patch{Version::parse(po.value(QLatin1String("version")).toString()),
                               dateOf(po.value(QLatin1String("date")))};
            if (!patch.version.isValid() || !patch.version.sameMinor(id)) {
                return fail(QStringLiteral("release catalog: patch %1 does not belong to %2")
                                .arg(patch.version.raw(), id.minorString()));
            }
            m.patches << patch;
        }
        std::sort(m.patches.begin(), m.patches.end(),
                  [](const PatchRelease &a, const PatchRelease &b) { return a.version < b.version; });
        if (!m.releaseDate.isValid()) {
            return fail(QStringLiteral("release catalog: %1 has no release date").arg(id.minorString()));
        }
        catalog.m_minors.insert(m.minor, m);
    }
    if (catalog.m_minors.isEmpty())
        return fail(QStringLiteral("release catalog has no minors"));
    return catalog;
}

int ReleaseCatalog::newestMinorReleased(const QDate &today) const
{
    int newest = -1;
    for (auto it = m_minors.cbegin(); it != m_minors.cend(); ++it) {
        if (it->releaseDate <= today)
            newest = it.key();
    }
    return newest;
}

Version ReleaseCatalog::latestPatch(int minor, const QDate &asOf) const
{
    const MinorRelease info = m_minors.value(minor);
    if (!asOf.isValid())
        return info.latestPatch();
    Version latest;
    for (const PatchRelease &p : info.patches) {
        if (p.date.isValid() && p.date <= asOf)
            latest = p.version;
    }
    return latest;
}

bool ReleaseCatalog::isKnownRelease(const Version &version) const
{
    return releaseDateOf(version).isValid();
}

QDate ReleaseCatalog::releaseDateOf(const Version &version) const
{
    if (!version.isValid() || version.major() != 1 || !version.hasPatch())
        return {};
    const auto it = m_minors.constFind(version.minor());
    if (it == m_minors.cend())
        return {};
    for (const PatchRelease &p : it->patches) {
        if (p.version == version && !version.isPreRelease())
            return p.date;
    }
    return {};
}

bool ReleaseCatalog::isSupported(int minor, const QDate &today) const
{
    // "The project maintains release branches for the most recent three minor releases"
    // (FACTS §1.1), counted among minors released by `today`.
    const int newest = newestMinorReleased(today);
    if (!m_minors.contains(minor) || newest < 0 || minor > newest || minor <= newest - 3)
        return false;
    return !isEndOfLife(minor, today);
}

bool ReleaseCatalog::isInMaintenance(int minor, const QDate &today) const
{
    const auto it = m_minors.constFind(minor);
    if (it == m_minors.cend() || !it->maintenanceStart.isValid())
        return false;
    return today >= it->maintenanceStart && !isEndOfLife(minor, today);
}

bool ReleaseCatalog::isEndOfLife(int minor, const QDate &today) const
{
    const auto it = m_minors.constFind(minor);
    if (it == m_minors.cend())
        return false;
    if (it->endOfLife.isValid())
        return today > it->endOfLife;
    // 1.0 and 1.1 have no EOL date in the website data (FACTS §2): past the three-branch window.
    const int newest = newestMinorReleased(today);
    return newest >= 0 && minor <= newest - 3;
}

Version ReleaseCatalog::etcdFor(int minor) const
{
    return m_minors.value(minor).etcd;
}

Version ReleaseCatalog::coreDnsFor(int minor) const
{
    return m_minors.value(minor).coreDns;
}

} // namespace Slipway
