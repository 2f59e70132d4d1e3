#include "sim/apiserver/apiserverservices.h"

#include "sim/apiserver/apiserverconnection.h"
#include "sim/apiserver/apiservercontext.h"
#include "sim/apiserver/apiserverselector.h"
#include "sim/apiserver/apiservertable.h"
#include "sim/engine/kubeconventions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace Slipway::ApiServices {

namespace {

struct Port
{
    const char *name;
    int port;
    const char *protocol;
    int targetPort;
};

QJsonObject service(const QString &ns, const QString &name, const QDateTime &created, const LabelMap &labels,
                    const QString &clusterIP, const QList<Port> &ports, const LabelMap &selector)
{
    QJsonObject labelObject;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        labelObject.insert(it.key(), it.value());
    QJsonArray portArray;
    for (const Port &p : ports)
        portArray.append(QJsonObject{{QLatin1String("name"), QLatin1String(p.name)},
                                     {QLatin1String("port"), p.port},
                                     {QLatin1String("protocol"), QLatin1String(p.protocol)},
                                     {QLatin1String("targetPort"), p.targetPort}});
    QJsonObject spec{{QLatin1String("type"), QStringLiteral("ClusterIP")},
                     {QLatin1String("clusterIP"), clusterIP},
                     {QLatin1String("clusterIPs"), QJsonArray{clusterIP}},
                     {QLatin1String("ipFamilies"), QJsonArray{QStringLiteral("IPv4")}},
                     {QLatin1String("ipFamilyPolicy"), QStringLiteral("SingleStack")},
                     {QLatin1String("internalTrafficPolicy"), QStringLiteral("Cluster")},
                     {QLatin1String("sessionAffinity"), QStringLiteral("None")},
                     {QLatin1String("ports"), portArray}};
    if (!selector.isEmpty()) {
        QJsonObject s;
        for (auto it = selector.cbegin(); it != selector.cend(); ++it)
            s.insert(it.key(), it.value());
        spec.insert(QLatin1String("selector"), s);
    }
    return {{QLatin1String("kind"), QStringLiteral("Service")},
            {QLatin1String("apiVersion"), QStringLiteral("v1")},
            {QLatin1String("metadata"),
             QJsonObject{{QLatin1String("name"), name},
                         {QLatin1String("namespace"), ns},
                         {QLatin1String("uid"),
                          KubeConventions::uidFor(QStringLiteral("service/") + ns + QLatin1Char('/') + name)},
                         {QLatin1String("resourceVersion"), QStringLiteral("1")},
                         {QLatin1String("creationTimestamp"), created.toUTC().toString(Qt::ISODate)},
                         {QLatin1String("labels"), labelObject}}},
            {QLatin1String("spec"), spec},
            {QLatin1String("status"), QJsonObject{{QLatin1String("loadBalancer"), QJsonObject()}}}};
}

LabelMap labelsOf(const QJsonObject &svc)
{
    LabelMap out;
    const QJsonObject labels =
        svc.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

QString meta(const QJsonObject &svc, const char *field)
{
    return svc.value(QLatin1String("metadata")).toObject().value(QLatin1String(field)).toString();
}

QJsonObject column(const char *name, const char *description, int priority = 0, const char *format = "")
{
    return {{QLatin1String("name"), QLatin1String(name)},
            {QLatin1String("type"), QStringLiteral("string")},
            {QLatin1String("format"), QLatin1String(format)},
            {QLatin1String("description"), QLatin1String(description)},
            {QLatin1String("priority"), priority}};
}

QJsonArray columns()
{
    return {column("Name", "Name must be unique within a namespace.", 0, "name"),
            column("Type", "type determines how the Service is exposed."),
            column("Cluster-IP", "clusterIP is the IP address of the service."),
            column("External-IP", "externalIPs is a list of IP addresses for which nodes in the cluster will "
                                  "also accept traffic for this service."),
            column("Port(s)", "The list of ports that are exposed by this service."),
            column("Age",
                   "CreationTimestamp is a timestamp representing the server time when this object was "
                   "created."),
            column("Selector",
                   "Route service traffic to pods with label keys and values matching this "
                   "selector.",
                   1)};
}

QJsonObject row(const QJsonObject &svc, const QDateTime &now)
{
    const QJsonObject spec = svc.value(QLatin1String("spec")).toObject();
    QStringList ports;
    for (const QJsonValue &p : spec.value(QLatin1String("ports")).toArray())
        ports.append(QStringLiteral("%1/%2")
                         .arg(p[QLatin1String("port")].toInt())
                         .arg(p[QLatin1String("protocol")].toString()));
    QStringList selector;
    const QJsonObject sel = spec.value(QLatin1String("selector")).toObject();
    for (auto it = sel.constBegin(); it != sel.constEnd(); ++it)
        selector.append(it.key() + QLatin1Char('=') + it.value().toString());
    const QDateTime created = QDateTime::fromString(meta(svc, "creationTimestamp"), Qt::ISODate);
    const QJsonArray cells{meta(svc, "name"),
                           spec.value(QLatin1String("type")).toString(),
                           spec.value(QLatin1String("clusterIP")).toString(),
                           QStringLiteral("<none>"),
                           ports.join(QLatin1Char(',')),
                           ApiTable::humanDuration(created.secsTo(now)),
                           selector.isEmpty() ? QStringLiteral("<none>") : selector.join(QLatin1Char(','))};
    return {{QLatin1String("cells"), cells},
            {QLatin1String("object"),
             QJsonObject{{QLatin1String("kind"), QStringLiteral("PartialObjectMetadata")},
                         {QLatin1String("apiVersion"), QStringLiteral("meta.k8s.io/v1")},
                         {QLatin1String("metadata"), svc.value(QLatin1String("metadata"))}}}};
}

// A watch on Services: they never change, so the initial ADDED events and then silence until the
// timeout (or the client leaves).
void watch(const QList<QJsonObject> &items, const Http::Negotiated &negotiated, const QDateTime &now,
           qint64 timeoutSeconds, ApiConnection *connection)
{
    connection->beginStream(200, QByteArrayLiteral("application/json"));
    bool first = true;
    for (const QJsonObject &svc : items) {
        const QJsonObject object =
            negotiated.representation == Http::Representation::Table
                ? ApiTable::table(negotiated.tableApiVersion, first ? columns() : QJsonArray(),
                                  QJsonArray{row(svc, now)},
                                  {{QLatin1String("resourceVersion"), QStringLiteral("1")}})
                : svc;
        first = false;
        connection->writeChunk(
            "{\"type\":\"ADDED\",\"object\":" + QJsonDocument(object).toJson(QJsonDocument::Compact) + "}\n");
    }
    auto *timer = new QTimer(connection);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, connection, [connection, timer] {
        if (connection->isStreaming())
            connection->endStream();
        timer->deleteLater();
    });
    timer->start(std::chrono::seconds(timeoutSeconds > 0 ? timeoutSeconds : 1800));
}

} // namespace

QList<QJsonObject> services(ApiServerContext *context)
{
    Simulator *sim = context->simulator();
    const auto defaultNs = sim->get(ResourceKind::Namespace, {}, QStringLiteral("default"));
    const QDateTime created = defaultNs ? defaultNs->namespaceObject.creationTimestamp : sim->now();
    QList<QJsonObject> out;
    const auto coredns =
        sim->get(ResourceKind::Deployment, QStringLiteral("kube-system"), QStringLiteral("coredns"));
    if (coredns)
        out.append(
            service(QStringLiteral("kube-system"), QStringLiteral("kube-dns"), created,
                    {{QStringLiteral("k8s-app"), QStringLiteral("kube-dns")},
                     {QStringLiteral("kubernetes.io/cluster-service"), QStringLiteral("true")},
                     {QStringLiteral("kubernetes.io/name"), QStringLiteral("CoreDNS")}},
                    QStringLiteral("10.96.0.10"),
                    {{"dns", 53, "UDP", 53}, {"dns-tcp", 53, "TCP", 53}, {"metrics", 9153, "TCP", 9153}},
                    {{QStringLiteral("k8s-app"), QStringLiteral("kube-dns")}}));
    // Storage order: "default/kubernetes" before "kube-system/kube-dns".
    out.prepend(service(QStringLiteral("default"), QStringLiteral("kubernetes"), created,
                        {{QStringLiteral("component"), QStringLiteral("apiserver")},
                         {QStringLiteral("provider"), QStringLiteral("kubernetes")}},
                        QStringLiteral("10.96.0.1"), {{"https", 443, "TCP", 6443}}, {}));
    return out;
}

bool route(ApiServerContext *context, const HttpRequest &request, const QStringList &rest,
           ApiConnection *connection)
{
    QStringList path = rest;
    bool watching = false;
    if (path.value(0) == QLatin1String("watch")) {
        watching = true;
        path.removeFirst();
    }
    QString ns;
    if (path.value(0) == QLatin1String("namespaces") && path.size() >= 3) {
        ns = path.at(1);
        path = path.mid(2);
    }
    if (path.value(0) != QLatin1String("services") || path.size() > 2)
        return false;
    if (request.method != "GET") {
        connection->respond(
            Http::statusResponse(405, QStringLiteral("MethodNotAllowed"),
                                 QStringLiteral("the practice cluster's Services are read-only: "
                                                "creating or changing Services is not supported.")));
        return true;
    }
    const QString name = path.value(1);
    Result<LabelSelector> labels = LabelSelector();
    if (const QString text = request.queryValue(QStringLiteral("labelSelector")); !text.isEmpty())
        labels = LabelSelector::parse(text);
    if (!labels.ok()) {
        connection->respond(Http::error(400, labels.errorText()));
        return true;
    }
    QList<QJsonObject> items;
    for (const QJsonObject &svc : services(context)) {
        if ((ns.isEmpty() || meta(svc, "namespace") == ns) && (name.isEmpty() || meta(svc, "name") == name) &&
            labels->matches(labelsOf(svc)))
            items.append(svc);
    }
    const Http::Negotiated negotiated = Http::negotiate(request.header(QByteArrayLiteral("accept")), true);
    const QDateTime now = context->now();
    const QString watchParam = request.queryValue(QStringLiteral("watch"));
    if (watching || watchParam == QLatin1String("true") || watchParam == QLatin1String("1")) {
        watch(items, negotiated, now, request.queryValue(QStringLiteral("timeoutSeconds")).toLongLong(),
              connection);
        return true;
    }
    if (!name.isEmpty() && items.isEmpty()) {
        connection->respond(Http::notFound({}, QStringLiteral("services"), name));
        return true;
    }
    const QJsonObject listMeta{
        {QLatin1String("resourceVersion"), QString::number(context->simulator()->resourceVersion())}};
    if (negotiated.representation == Http::Representation::Table) {
        QJsonArray rows;
        for (const QJsonObject &svc : std::as_const(items))
            rows.append(row(svc, now));
        connection->respond(
            Http::jsonResponse(200, ApiTable::table(negotiated.tableApiVersion, columns(), rows, listMeta)));
        return true;
    }
    if (!name.isEmpty()) {
        connection->respond(Http::jsonResponse(200, items.first()));
        return true;
    }
    QJsonArray array;
    for (const QJsonObject &svc : std::as_const(items))
        array.append(svc);
    connection->respond(Http::jsonResponse(200, {{QLatin1String("kind"), QStringLiteral("ServiceList")},
                                                 {QLatin1String("apiVersion"), QStringLiteral("v1")},
                                                 {QLatin1String("metadata"), listMeta},
                                                 {QLatin1String("items"), array}}));
    return true;
}

} // namespace Slipway::ApiServices
