#pragma once

#include "models/clustersnapshot.h"
#include "models/result.h"

#include <QCoreApplication>
#include <yaml-cpp/yaml.h>

#include <initializer_list>

namespace Slipway {

// Typed, error-collecting access to a yaml-cpp tree. Every error is a Diagnostic with the file,
// the line and column (1-based) and the field path in `where`; its toString() reads e.g.
// "default.yaml:41:7: workloads[2].replicas: …".
class ScenarioReader
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ScenarioReader)
public:
    explicit ScenarioReader(QString fileName);

    void error(const YAML::Node &at, const QString &path, const QString &message);
    void error(int line, int column, const QString &path, const QString &message);
    const Diagnostics &diagnostics() const { return m_diagnostics; }

    // Reports keys not in `allowed` (with a "did you mean" hint). Returns false if `node` is no map.
    bool expectMap(const YAML::Node &node, const QString &path, std::initializer_list<const char *> allowed);

    std::optional<QString> string(const YAML::Node &map, const char *key, const QString &path,
                                  bool required = false);
    std::optional<qint64> integer(const YAML::Node &map, const char *key, const QString &path, qint64 min,
                                  qint64 max);
    std::optional<bool> boolean(const YAML::Node &map, const char *key, const QString &path);
    std::optional<LabelMap> stringMap(const YAML::Node &map, const char *key, const QString &path);
    std::optional<QStringList> stringList(const YAML::Node &map, const char *key, const QString &path);
    std::optional<Resources> resources(const YAML::Node &map, const char *key, const QString &path,
                                       bool withPods);
    std::optional<QList<Taint>> taints(const YAML::Node &map, const char *key, const QString &path);
    std::optional<QList<Toleration>> tolerations(const YAML::Node &map, const char *key, const QString &path);

    static QString join(const QString &path, const char *key);
    static QString scalar(const YAML::Node &node);
    static int line(const YAML::Node &node) { return node.Mark().line + 1; }

private:
    QString m_fileName;
    Diagnostics m_diagnostics;
};

} // namespace Slipway
