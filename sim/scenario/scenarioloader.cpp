#include "sim/scenario/scenarioloader.h"

#include "sim/scenario/scenarioexpander.h"
#include "sim/scenario/scenarioreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace Slipway {

namespace {

const QStringList kWorkloadKinds{QStringLiteral("Deployment"), QStringLiteral("StatefulSet"),
                                 QStringLiteral("DaemonSet"), QStringLiteral("Job"), QStringLiteral("Pod")};
const QStringList kControlPlaneComponents{QStringLiteral("kube-apiserver"),
                                          QStringLiteral("kube-controller-manager"),
                                          QStringLiteral("kube-scheduler"), QStringLiteral("etcd")};

QString indexed(const char *list, std::size_t i)
{
    return QString::fromUtf8(list) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ScenarioLoader)
public:
    explicit Parser(const QString &fileName)
        : m_reader(fileName)
    {}

    Scenario parse(const YAML::Node &root)
    {
        Scenario s;
        if (!m_reader.expectMap(root, {},
                                {"apiVersion", "kind", "name", "title", "description", "createdAt",
                                 "registry", "defaults", "nodes", "addons", "workloads",
                                 "podDisruptionBudgets"}))
            return s;
        const auto apiVersion = m_reader.string(root, "apiVersion", {}, true);
        if (apiVersion && *apiVersion != QLatin1String("slipway/v1"))
            m_reader.error(root["apiVersion"], QStringLiteral("apiVersion"),
                           tr("must be \"slipway/v1\", got \"%1\"").arg(*apiVersion));
        const auto kind = m_reader.string(root, "kind", {}, true);
        if (kind && *kind != QLatin1String("Scenario"))
            m_reader.error(root["kind"], QStringLiteral("kind"),
                           tr("must be \"Scenario\", got \"%1\"").arg(*kind));
        s.name = m_reader.string(root, "name", {}, true).value_or(QString());
        s.title = m_reader.string(root, "title", {}).value_or(s.name);
        s.description = m_reader.string(root, "description", {}).value_or(QString());
        s.registry = m_reader.string(root, "registry", {}).value_or(s.registry);
        s.createdAt = QDateTime(QDate(2025, 9, 1), QTime(8, 0), Qt::UTC);
        if (const auto created = m_reader.string(root, "createdAt", {})) {
            const QDateTime dt = QDateTime::fromString(*created, Qt::ISODate);
            if (dt.isValid())
                s.createdAt = dt.toUTC();
            else
                m_reader.error(root["createdAt"], QStringLiteral("createdAt"),
                               tr("must be an ISO 8601 date and time like 2025-09-01T08:00:00Z, got \"%1\"")
                                   .arg(*created));
        }
        parseDefaults(root["defaults"]);
        parseNodes(root["nodes"], s);
        parseAddons(root["addons"], s);
        parseWorkloads(root["workloads"], s);
        parsePdbs(root["podDisruptionBudgets"], s);
        return s;
    }

    ScenarioReader &reader() { return m_reader; }

private:
    void parseDefaults(const YAML::Node &node)
    {
        if (!node.IsDefined() || node.IsNull())
            return;
        const QString path = QStringLiteral("defaults");
        if (!m_reader.expectMap(
                node, path,
                {"containerRuntime", "osImage", "kernelVersion", "architecture", "capacity", "allocatable"}))
            return;
        m_defaults.containerRuntime =
            m_reader.string(node, "containerRuntime", path).value_or(m_defaults.containerRuntime);
        m_defaults.osImage = m_reader.string(node, "osImage", path).value_or(m_defaults.osImage);
        m_defaults.kernelVersion =
            m_reader.string(node, "kernelVersion", path).value_or(m_defaults.kernelVersion);
        m_defaults.architecture =
            m_reader.string(node, "architecture", path).value_or(m_defaults.architecture);
        m_defaults.capacity = m_reader.resources(node, "capacity", path, true).value_or(m_defaults.capacity);
        m_defaults.allocatable =
            m_reader.resources(node, "allocatable", path, true).value_or(m_defaults.capacity);
    }

    void parseNodes(const YAML::Node &list, Scenario &s)
    {
        if (!list.IsDefined() || list.IsNull() || (list.IsSequence() && list.size() == 0)) {
            m_reader.error(list.IsDefined() ? list : YAML::Node(), QStringLiteral("nodes"),
                           tr("a scenario needs at least one node"));
            return;
        }
        if (!list.IsSequence()) {
            m_reader.error(list, QStringLiteral("nodes"), tr("must be a list of nodes"));
            return;
        }
        QHash<QString, int> seen;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const YAML::Node item = list[i];
            const QString path = indexed("nodes", i);
            if (!m_reader.expectMap(item, path,
                                    {"name", "roles", "kubelet", "kubeProxy", "containerRuntime", "osImage",
                                     "kernelVersion", "architecture", "capacity", "allocatable", "labels",
                                     "taints", "unschedulable", "ready", "controlPlane"}))
                continue;
            ScenarioNode n;
            n.line = ScenarioReader::line(item);
            n.name = m_reader.string(item, "name", path, true).value_or(QString());
            if (!n.name.isEmpty()) {
                if (seen.contains(n.name))
                    m_reader.error(item["name"], ScenarioReader::join(path, "name"),
                                   tr("duplicate node name \"%1\" (first defined at line %2)")
                                       .arg(n.name)
                                       .arg(seen.value(n.name)));
                else
                    seen.insert(n.name, n.line);
            }
            n.roles = m_reader.stringList(item, "roles", path).value_or(QStringList());
            n.kubeletVersion = m_reader.string(item, "kubelet", path, true).value_or(QString());
            n.kubeProxyVersion = m_reader.string(item, "kubeProxy", path).value_or(QString());
            n.containerRuntime =
                m_reader.string(item, "containerRuntime", path).value_or(m_defaults.containerRuntime);
            n.osImage = m_reader.string(item, "osImage", path).value_or(m_defaults.osImage);
            n.kernelVersion = m_reader.string(item, "kernelVersion", path).value_or(m_defaults.kernelVersion);
            n.architecture = m_reader.string(item, "architecture", path).value_or(m_defaults.architecture);
            n.capacity = m_reader.resources(item, "capacity", path, true).value_or(m_defaults.capacity);
            n.allocatable =
                m_reader.resources(item, "allocatable", path, true).value_or(m_defaults.allocatable);
            n.labels = m_reader.stringMap(item, "labels", path).value_or(LabelMap());
            n.taints = m_reader.taints(item, "taints", path);
            n.unschedulable = m_reader.boolean(item, "unschedulable", path).value_or(false);
            if (const auto ready = m_reader.string(item, "ready", path)) {
                if (*ready == QLatin1String("true") || *ready == QLatin1String("True"))
                    n.ready = ConditionStatus::True;
                else if (*ready == QLatin1String("false") || *ready == QLatin1String("False"))
                    n.ready = ConditionStatus::False;
                else if (*ready == QLatin1String("unknown") || *ready == QLatin1String("Unknown"))
                    n.ready = ConditionStatus::Unknown;
                else
                    m_reader.error(item["ready"], ScenarioReader::join(path, "ready"),
                                   tr("must be true, false or unknown, got \"%1\"").arg(*ready));
            }
            if (const auto cp = m_reader.stringMap(item, "controlPlane", path)) {
                for (auto it = cp->cbegin(); it != cp->cend(); ++it) {
                    if (!kControlPlaneComponents.contains(it.key()))
                        m_reader.error(
                            item["controlPlane"], ScenarioReader::join(path, "controlPlane"),
                            tr("unknown control-plane component \"%1\" (expected one of %2)")
                                .arg(it.key(), kControlPlaneComponents.join(QStringLiteral(", "))));
                }
                n.controlPlane = *cp;
                if (!n.roles.contains(QStringLiteral("control-plane")) &&
                    !n.roles.contains(QStringLiteral("master")))
                    n.roles << QStringLiteral("control-plane");
            }
            s.nodes << n;
        }
    }

    void parseAddons(const YAML::Node &node, Scenario &s)
    {
        if (!node.IsDefined() || node.IsNull())
            return;
        const QString path = QStringLiteral("addons");
        if (!m_reader.expectMap(node, path, {"coredns", "kubeProxy"}))
            return;
        const YAML::Node dns = node["coredns"];
        if (dns.IsDefined() &&
            m_reader.expectMap(dns, ScenarioReader::join(path, "coredns"), {"version", "replicas"})) {
            s.coreDnsVersion = m_reader.string(dns, "version", ScenarioReader::join(path, "coredns"), true)
                                   .value_or(QString());
            s.coreDnsReplicas = int(
                m_reader.integer(dns, "replicas", ScenarioReader::join(path, "coredns"), 0, 100).value_or(2));
        }
        const YAML::Node proxy = node["kubeProxy"];
        if (proxy.IsDefined() &&
            m_reader.expectMap(proxy, ScenarioReader::join(path, "kubeProxy"), {"version"}))
            s.kubeProxyVersion =
                m_reader.string(proxy, "version", ScenarioReader::join(path, "kubeProxy"), true)
                    .value_or(QString());
    }

    void parseWorkloads(const YAML::Node &list, Scenario &s)
    {
        if (!list.IsDefined() || list.IsNull())
            return;
        if (!list.IsSequence()) {
            m_reader.error(list, QStringLiteral("workloads"), tr("must be a list of workloads"));
            return;
        }
        QHash<QString, int> seen;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const YAML::Node item = list[i];
            const QString path = indexed("workloads", i);
            if (!m_reader.expectMap(item, path,
                                    {"kind", "namespace", "name", "replicas", "image", "labels", "requests",
                                     "emptyDir", "terminationGracePeriodSeconds", "nodeSelector",
                                     "tolerations", "nodes", "node", "phase"}))
                continue;
            ScenarioWorkload w;
            w.line = ScenarioReader::line(item);
            w.kind = m_reader.string(item, "kind", path, true).value_or(QString());
            if (!w.kind.isEmpty() && !kWorkloadKinds.contains(w.kind))
                m_reader.error(item["kind"], ScenarioReader::join(path, "kind"),
                               tr("unknown kind \"%1\" (expected one of %2)")
                                   .arg(w.kind, kWorkloadKinds.join(QStringLiteral(", "))));
            w.namespaceName = m_reader.string(item, "namespace", path).value_or(QStringLiteral("default"));
            w.name = m_reader.string(item, "name", path, true).value_or(QString());
            const QString key = w.kind + QLatin1Char(' ') + w.namespaceName + QLatin1Char('/') + w.name;
            if (!w.name.isEmpty()) {
                if (seen.contains(key))
                    m_reader.error(item["name"], ScenarioReader::join(path, "name"),
                                   tr("duplicate %1 \"%2/%3\" (first defined at line %4)")
                                       .arg(w.kind, w.namespaceName, w.name)
                                       .arg(seen.value(key)));
                else
                    seen.insert(key, w.line);
            }
            const qint64 maxReplicas = 100000;
            w.replicas = int(m_reader.integer(item, "replicas", path, 0, maxReplicas).value_or(1));
            if (w.kind == QLatin1String("DaemonSet") && item["replicas"].IsDefined())
                m_reader.error(item["replicas"], ScenarioReader::join(path, "replicas"),
                               tr("a DaemonSet has no replicas: it runs one pod on every eligible node"));
            w.image =
                m_reader.string(item, "image", path).value_or(QStringLiteral("registry.k8s.io/pause:3.10.1"));
            w.labels = m_reader.stringMap(item, "labels", path).value_or(LabelMap());
            w.requests = m_reader.resources(item, "requests", path, false).value_or(Resources());
            w.emptyDir = m_reader.boolean(item, "emptyDir", path).value_or(false);
            w.terminationGracePeriodSeconds =
                m_reader.integer(item, "terminationGracePeriodSeconds", path, 0, 86400).value_or(30);
            w.nodeSelector = m_reader.stringMap(item, "nodeSelector", path).value_or(LabelMap());
            w.tolerations = m_reader.tolerations(item, "tolerations", path).value_or(QList<Toleration>());
            w.nodes = m_reader.stringList(item, "nodes", path).value_or(QStringList());
            if (const auto node = m_reader.string(item, "node", path))
                w.nodes.prepend(*node);
            w.phase = m_reader.string(item, "phase", path)
                          .value_or(w.kind == QLatin1String("Job") ? QStringLiteral("Succeeded")
                                                                   : QStringLiteral("Running"));
            if (!podPhaseFromName(w.phase))
                m_reader.error(item["phase"], ScenarioReader::join(path, "phase"),
                               tr("must be Pending, Running, Succeeded or Failed, got \"%1\"").arg(w.phase));
            s.workloads << w;
        }
    }

    void parsePdbs(const YAML::Node &list, Scenario &s)
    {
        if (!list.IsDefined() || list.IsNull())
            return;
        if (!list.IsSequence()) {
            m_reader.error(list, QStringLiteral("podDisruptionBudgets"), tr("must be a list"));
            return;
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            const YAML::Node item = list[i];
            const QString path = indexed("podDisruptionBudgets", i);
            if (!m_reader.expectMap(item, path,
                                    {"namespace", "name", "selector", "minAvailable", "maxUnavailable"}))
                continue;
            ScenarioPdb p;
            p.line = ScenarioReader::line(item);
            p.namespaceName = m_reader.string(item, "namespace", path).value_or(QStringLiteral("default"));
            p.name = m_reader.string(item, "name", path, true).value_or(QString());
            p.selector = m_reader.stringMap(item, "selector", path).value_or(LabelMap());
            for (const char *field : {"minAvailable", "maxUnavailable"}) {
                const auto text = m_reader.string(item, field, path);
                if (!text)
                    continue;
                const auto value = IntOrPercent::parse(*text);
                if (!value)
                    m_reader.error(
                        item[field], ScenarioReader::join(path, field),
                        tr("must be a whole number or a percentage like \"50%\", got \"%1\"").arg(*text));
                else if (qstrcmp(field, "minAvailable") == 0)
                    p.minAvailable = value;
                else
                    p.maxUnavailable = value;
            }
            if (p.minAvailable && p.maxUnavailable)
                m_reader.error(
                    item, path,
                    tr("set either minAvailable or maxUnavailable, not both (as the API requires)"));
            if (!p.minAvailable && !p.maxUnavailable)
                m_reader.error(item, path, tr("needs minAvailable or maxUnavailable"));
            s.pdbs << p;
        }
    }

    struct Defaults
    {
        QString containerRuntime = QStringLiteral("containerd://2.1.4");
        QString osImage = QStringLiteral("Ubuntu 24.04.3 LTS");
        QString kernelVersion = QStringLiteral("6.8.0-85-generic");
        QString architecture = QStringLiteral("amd64");
        Resources capacity{4000, 16LL * 1024 * 1024 * 1024, 110};
        Resources allocatable{4000, 16LL * 1024 * 1024 * 1024 - 512LL * 1024 * 1024, 110};
    };

    ScenarioReader m_reader;
    Defaults m_defaults;
};

} // namespace

QStringList ScenarioLoader::bundledScenarioNames()
{
    QStringList names;
    const auto entries = QDir(QStringLiteral(":/slipway/scenarios"))
                             .entryInfoList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    for (const QFileInfo &info : entries)
        names << info.completeBaseName();
    // The default scenario first, the rest by name.
    if (names.removeOne(QStringLiteral("default")))
        names.prepend(QStringLiteral("default"));
    return names;
}

QString ScenarioLoader::bundledScenarioPath(const QString &name)
{
    return QStringLiteral(":/slipway/scenarios/") + name + QStringLiteral(".yaml");
}

Result<LoadedScenario> ScenarioLoader::loadBundled(const QString &name)
{
    const QString path = bundledScenarioPath(name);
    if (!QFile::exists(path))
        return Result<LoadedScenario>::failure(
            tr("There is no bundled practice scenario named \"%1\". Available: %2.")
                .arg(name, bundledScenarioNames().join(QStringLiteral(", "))));
    return loadFile(path);
}

Result<LoadedScenario> ScenarioLoader::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<LoadedScenario>::failure(
            tr("cannot read the scenario file: %1").arg(file.errorString()), QDir::toNativeSeparators(path));
    const QString shown =
        path.startsWith(QLatin1Char(':')) ? QFileInfo(path).fileName() : QDir::toNativeSeparators(path);
    return loadFromString(file.readAll(), shown);
}

Result<LoadedScenario> ScenarioLoader::loadFromString(const QByteArray &yaml, const QString &fileName)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::ParserException &e) {
        return Result<LoadedScenario>::failure(tr("YAML syntax error: %1").arg(QString::fromStdString(e.msg)),
                                               fileName, e.mark.line + 1, e.mark.column + 1);
    }
    LoadedScenario loaded;
    Parser parser(fileName);
    try {
        loaded.scenario = parser.parse(root);
    } catch (const YAML::Exception &e) {
        // A shape yaml-cpp refuses to index (e.g. a list where a mapping belongs).
        parser.reader().error(e.mark.line + 1, e.mark.column + 1, {},
                              tr("unexpected structure: %1").arg(QString::fromStdString(e.msg)));
    }
    if (parser.reader().diagnostics().hasErrors())
        return Result<LoadedScenario>::failure(parser.reader().diagnostics());
    ScenarioExpander expander(loaded.scenario, fileName);
    loaded.snapshot = expander.expand();
    if (expander.diagnostics().hasErrors())
        return Result<LoadedScenario>::failure(expander.diagnostics());
    return loaded;
}

} // namespace Slipway
