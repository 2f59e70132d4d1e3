#include "sim/scenario/scenarioreader.h"

#include "models/quantity.h"

#include <QFileInfo>

namespace Slipway {

namespace {

int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

const QStringList kEffects{QStringLiteral("NoSchedule"), QStringLiteral("PreferNoSchedule"),
                           QStringLiteral("NoExecute")};

} // namespace

ScenarioReader::ScenarioReader(QString fileName)
    : m_fileName(std::move(fileName))
{}

void ScenarioReader::error(const YAML::Node &at, const QString &path, const QString &message)
{
    const YAML::Mark mark = at.Mark();
    error(mark.line + 1, mark.column + 1, path, message);
}

void ScenarioReader::error(int line, int column, const QString &path, const QString &message)
{
    Diagnostic d = line > 0 ? Diagnostic::error(message, m_fileName, line, std::max(column, 1))
                            : Diagnostic::error(message, m_fileName);
    d.where = path;
    m_diagnostics.add(std::move(d));
}

QString ScenarioReader::join(const QString &path, const char *key)
{
    return path.isEmpty() ? QString::fromUtf8(key) : path + QLatin1Char('.') + QString::fromUtf8(key);
}

QString ScenarioReader::scalar(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

bool ScenarioReader::expectMap(const YAML::Node &node, const QString &path,
                               std::initializer_list<const char *> allowed)
{
    if (!node.IsMap()) {
        error(node, path, tr("expected a mapping of fields"));
        return false;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString key = scalar(it->first);
        bool known = false;
        QString best;
        int bestDistance = 3; // suggest only close matches
        for (const char *candidate : allowed) {
            const QString c = QString::fromUtf8(candidate);
            if (c == key) {
                known = true;
                break;
            }
            const int d = editDistance(key, c);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        if (!known) {
            const QString field = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            error(it->first, field,
                  best.isEmpty() ? tr("unknown field \"%1\"").arg(key)
                                 : tr("unknown field \"%1\" (did you mean \"%2\"?)").arg(key, best));
        }
    }
    return true;
}

std::optional<QString> ScenarioReader::string(const YAML::Node &map, const char *key, const QString &path,
                                              bool required)
{
    const YAML::Node value = map[key];
    if (!value.IsDefined() || value.IsNull()) {
        if (required)
            error(map, join(path, key), tr("required field is missing"));
        return std::nullopt;
    }
    if (!value.IsScalar()) {
        error(value, join(path, key), tr("must be a single value, not a list or mapping"));
        return std::nullopt;
    }
    return scalar(value);
}

std::optional<qint64> ScenarioReader::integer(const YAML::Node &map, const char *key, const QString &path,
                                              qint64 min, qint64 max)
{
    const auto text = string(map, key, path);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text->toLongLong(&ok);
    if (!ok || value < min || value > max) {
        error(map[key], join(path, key),
              tr("must be a whole number from %1 to %2, got \"%3\"").arg(min).arg(max).arg(*text));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> ScenarioReader::boolean(const YAML::Node &map, const char *key, const QString &path)
{
    const auto text = string(map, key, path);
    if (!text)
        return std::nullopt;
    if (*text == QLatin1String("true"))
        return true;
    if (*text == QLatin1String("false"))
        return false;
    error(map[key], join(path, key), tr("must be true or false, got \"%1\"").arg(*text));
    return std::nullopt;
}

std::optional<LabelMap> ScenarioReader::stringMap(const YAML::Node &map, const char *key, const QString &path)
{
    const YAML::Node value = map[key];
    if (!value.IsDefined() || value.IsNull())
        return std::nullopt;
    if (!value.IsMap()) {
        error(value, join(path, key), tr("must be a mapping of names to values"));
        return std::nullopt;
    }
    LabelMap result;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!it->second.IsScalar() && !it->second.IsNull()) {
            error(it->second, join(path, key) + QLatin1Char('.') + scalar(it->first),
                  tr("must be a single value"));
            continue;
        }
        result.insert(scalar(it->first), it->second.IsNull() ? QString() : scalar(it->second));
    }
    return result;
}

std::optional<QStringList> ScenarioReader::stringList(const YAML::Node &map, const char *key,
                                                      const QString &path)
{
    const YAML::Node value = map[key];
    if (!value.IsDefined() || value.IsNull())
        return std::nullopt;
    if (!value.IsSequence()) {
        error(value, join(path, key), tr("must be a list"));
        return std::nullopt;
    }
    QStringList result;
    for (const auto &item : value) {
        if (!item.IsScalar()) {
            error(item, join(path, key), tr("list items must be single values"));
            continue;
        }
        result << scalar(item);
    }
    return result;
}

std::optional<Resources> ScenarioReader::resources(const YAML::Node &map, const char *key,
                                                   const QString &path, bool withPods)
{
    const YAML::Node value = map[key];
    if (!value.IsDefined() || value.IsNull())
        return std::nullopt;
    const QString here = join(path, key);
    if (withPods ? !expectMap(value, here, {"cpu", "memory", "pods"})
                 : !expectMap(value, here, {"cpu", "memory"}))
        return std::nullopt;
    Resources result;
    if (const auto cpu = string(value, "cpu", here)) {
        if (const auto milli = parseCpuMilli(*cpu))
            result.cpuMilli = *milli;
        else
            error(value["cpu"], join(here, "cpu"),
                  tr("is not a CPU quantity (like \"2\" or \"500m\"): \"%1\"").arg(*cpu));
    }
    if (const auto memory = string(value, "memory", here)) {
        if (const auto bytes = parseBytes(*memory))
            result.memoryBytes = *bytes;
        else
            error(value["memory"], join(here, "memory"),
                  tr("is not a memory quantity (like \"16Gi\" or \"512Mi\"): \"%1\"").arg(*memory));
    }
    if (withPods) {
        if (const auto pods = integer(value, "pods", here, 0, 100000))
            result.pods = *pods;
    }
    return result;
}

std::optional<QList<Taint>> ScenarioReader::taints(const YAML::Node &map, const char *key,
                                                   const QString &path)
{
    const YAML::Node value = map[key];
    if (!value.IsDefined() || value.IsNull())
        return std::nullopt;
    const QString here = join(path, key);
    if (!value.IsSequence()) {
        error(value, here, tr("must be a list of taints"));
        return std::nullopt;
    }
    QList<Taint> result;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const YAML::Node item = value[i];
        const QString itemPath = here + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        if (!expectMap(item, itemPath, {"key", "value", "effect"}))
            continue;
        Taint taint;
        taint.key = string(item, "key", itemPath, true).value_or(QString());
        taint.value = string(item, "value", itemPath).value_or(QString());
        taint.effect = string(item, "effect", itemPath, true).value_or(QString());
        if (!taint.effect.isEmpty() && !kEffects.contains(taint.effect))
            error(item["effect"], join(itemPath, "effect"),
                  tr("must be NoSchedule, PreferNoSchedule or NoExecute, got \"%1\"").arg(taint.effect));
        result << taint;
    }
    return result;
}

std::optional<QList<Toleration>> ScenarioReader::tolerations(const YAML::Node &map, const char *key,
                                                             const QString &path)
{
    const YAML::Node value = map[key];
    if (!value.IsDefined() || value.IsNull())
        return std::nullopt;
    const QString here = join(path, key);
    if (!value.IsSequence()) {
        error(value, here, tr("must be a list of tolerations"));
        return std::nullopt;
    }
    QList<Toleration> result;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const YAML::Node item = value[i];
        const QString itemPath = here + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        if (!expectMap(item, itemPath, {"key", "operator", "value", "effect", "tolerationSeconds"}))
            continue;
        Toleration t;
        t.key = string(item, "key", itemPath).value_or(QString());
        t.op = string(item, "operator", itemPath).value_or(QStringLiteral("Equal"));
        if (t.op != QLatin1String("Equal") && t.op != QLatin1String("Exists"))
            error(item["operator"], join(itemPath, "operator"),
                  tr("must be Equal or Exists, got \"%1\"").arg(t.op));
        t.value = string(item, "value", itemPath).value_or(QString());
        t.effect = string(item, "effect", itemPath).value_or(QString());
        if (!t.effect.isEmpty() && !kEffects.contains(t.effect))
            error(item["effect"], join(itemPath, "effect"),
                  tr("must be NoSchedule, PreferNoSchedule or NoExecute, got \"%1\"").arg(t.effect));
        if (const auto seconds = integer(item, "tolerationSeconds", itemPath, 0, 1000000000))
            t.tolerationSeconds = *seconds;
        result << t;
    }
    return result;
}

} // namespace Slipway
