// The practice API server's parts on their own: selectors, patches, query and Accept parsing,
// continue tokens, fault specs, and the credentials and kubeconfig kept on disk.
#include "sim/apiserver/apiserver.h"
#include "sim/apiserver/apiservercontext.h"
#include "sim/apiserver/apiserverhttp.h"
#include "sim/apiserver/apiserverkubeconfig.h"
#include "sim/apiserver/apiserverlist.h"
#include "sim/apiserver/apiserverpatch.h"
#include "sim/apiserver/apiserverprotobuf.h"
#include "sim/apiserver/apiserverselector.h"
#include "sim/scenario/scenarioloader.h"
#include "sim/apiserver/servercredentials.h"
#include "sim/engine/simulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Slipway;

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestApiServerParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void protobufDeleteOptions()
    {
        // What kubectl 1.32 sends with `kubectl drain --disable-eviction --dry-run=server
        // --grace-period=7`, byte for byte (captured with -v=9).
        const QByteArray kubectl = QByteArray::fromHex("6b3873000a130a027631120d44656c6574654f7074696f6e73"
                                                       "12070807"
                                                       "2a03416c6c"
                                                       "1a00"
                                                       "2200");
        const auto options = ApiProtobuf::decodeDeleteOptions(kubectl);
        QVERIFY2(options.ok(), qPrintable(options.errorText()));
        QCOMPARE(options->value(QStringLiteral("gracePeriodSeconds")).toInt(), 7);
        QCOMPARE(options->value(QStringLiteral("dryRun")).toArray(), QJsonArray{QStringLiteral("All")});

        const QJsonObject full{{QStringLiteral("gracePeriodSeconds"), 0},
                               {QStringLiteral("propagationPolicy"), QStringLiteral("Background")},
                               {QStringLiteral("preconditions"),
                                QJsonObject{{QStringLiteral("uid"), QStringLiteral("u-1")},
                                            {QStringLiteral("resourceVersion"), QStringLiteral("42")}}}};
        QCOMPARE(*ApiProtobuf::decodeDeleteOptions(ApiProtobuf::encodeDeleteOptions(full)), full);
        QVERIFY(!ApiProtobuf::decodeDeleteOptions(QByteArrayLiteral("{\"gracePeriodSeconds\":1}")).ok());
        QVERIFY(!ApiProtobuf::decodeDeleteOptions(kubectl.left(20)).ok());
    }

    void labelSelectorsMatch_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<bool>("matchesWeb");  // {app: web, tier: frontend, replicas: 3}
        QTest::addColumn<bool>("matchesNone"); // {}
        QTest::addRow("empty") << QString() << true << true;
        QTest::addRow("equals") << QStringLiteral("app=web") << true << false;
        QTest::addRow("not equals matches a missing label") << QStringLiteral("app!=db") << true << true;
        QTest::addRow("in with spaces") << QStringLiteral("app in ( web , db )") << true << false;
        QTest::addRow("notin matches a missing label") << QStringLiteral("app notin (db)") << true << true;
        QTest::addRow("exists") << QStringLiteral("tier") << true << false;
        QTest::addRow("does not exist") << QStringLiteral("!tier") << false << true;
        QTest::addRow("greater than") << QStringLiteral("replicas>2") << true << false;
        QTest::addRow("less than") << QStringLiteral("replicas<2") << false << false;
        QTest::addRow("all must hold") << QStringLiteral("app=web,tier=backend") << false << false;
        QTest::addRow("prefixed key") << QStringLiteral("!example.com/owner") << true << true;
        QTest::addRow("empty value") << QStringLiteral("app=") << false << false;
    }

    void labelSelectorsMatch()
    {
        QFETCH(QString, selector);
        QFETCH(bool, matchesWeb);
        QFETCH(bool, matchesNone);
        const auto s = LabelSelector::parse(selector);
        QVERIFY2(s.ok(), qPrintable(s.errorText()));
        const LabelMap web{{QStringLiteral("app"), QStringLiteral("web")},
                           {QStringLiteral("tier"), QStringLiteral("frontend")},
                           {QStringLiteral("replicas"), QStringLiteral("3")}};
        QCOMPARE(s->matches(web), matchesWeb);
        QCOMPARE(s->matches({}), matchesNone);
    }

    void badLabelSelectors_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addRow("dangling comma") << QStringLiteral("app=web,");
        QTest::addRow("unclosed set") << QStringLiteral("app in (web");
        QTest::addRow("empty set") << QStringLiteral("app in ()");
        QTest::addRow("missing key") << QStringLiteral("=web");
        QTest::addRow("bad key") << QStringLiteral("-app=web");
        QTest::addRow("bad value") << QStringLiteral("app=web server");
        QTest::addRow("non-numeric bound") << QStringLiteral("replicas>many");
        QTest::addRow("double negation") << QStringLiteral("!!app");
    }

    void badLabelSelectors()
    {
        QFETCH(QString, selector);
        const auto parsed = LabelSelector::parse(selector);
        QVERIFY(!parsed.ok());
        const QString error = parsed.errorText();
        QVERIFY2(error.startsWith(QLatin1String("unable to parse requirement: ")), qPrintable(error));
    }

    void fieldSelectorsKnowTheirKind()
    {
        QVERIFY(FieldSelector::parse(QStringLiteral("spec.nodeName=worker-1,status.phase!=Succeeded"),
                                     ResourceKind::Pod)
                    .ok());
        QVERIFY(FieldSelector::parse(QStringLiteral("spec.unschedulable=true"), ResourceKind::Node).ok());
        const auto wrongKind =
            FieldSelector::parse(QStringLiteral("spec.nodeName=worker-1"), ResourceKind::Node);
        QVERIFY(!wrongKind.ok());
        QCOMPARE(wrongKind.errorText(), QStringLiteral("field label not supported: spec.nodeName"));
        QVERIFY(!FieldSelector::parse(QStringLiteral("metadata.name"), ResourceKind::Pod).ok());

        StoredObject pod;
        pod.kind = ResourceKind::Pod;
        pod.pod.namespaceName = QStringLiteral("shop");
        pod.pod.name = QStringLiteral("web-1");
        pod.pod.nodeName = QStringLiteral("worker-1");
        const auto s = FieldSelector::parse(
            QStringLiteral("spec.nodeName==worker-1,metadata.namespace!=kube-system"), ResourceKind::Pod);
        QVERIFY(s.ok());
        QVERIFY(s->matches(pod));
        pod.pod.nodeName = QStringLiteral("worker-2");
        QVERIFY(!s->matches(pod));
        QCOMPARE(s->requiredValue(QStringLiteral("spec.nodeName")),
                 std::optional<QString>(QStringLiteral("worker-1")));
    }

    void queryParsingFollowsGo()
    {
        const auto q =
            Http::parseQuery(QByteArrayLiteral("labelSelector=app+in+%28a%2Cb%29&limit=500&watch&x=%zz"));
        QCOMPARE(q.value(QStringLiteral("labelSelector")), QStringList{QStringLiteral("app in (a,b)")});
        QCOMPARE(q.value(QStringLiteral("limit")), QStringList{QStringLiteral("500")});
        QVERIFY(q.contains(QStringLiteral("watch")));
        QCOMPARE(q.value(QStringLiteral("x")), QStringList{QStringLiteral("%zz")});
    }

    void acceptNegotiation_data()
    {
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<int>("representation");
        QTest::addColumn<QString>("tableVersion");
        const int json = int(Http::Representation::Json), table = int(Http::Representation::Table),
                  none = int(Http::Representation::Unsupported);
        QTest::addRow("nothing") << QByteArray() << json << QString();
        QTest::addRow("kubectl get") << QByteArray("application/json;as=Table;v=v1;g=meta.k8s.io,application/"
                                                   "json;as=Table;v=v1beta1;g=meta.k8s.io,application/json")
                                     << table << QStringLiteral("meta.k8s.io/v1");
        QTest::addRow("v1beta1 only") << QByteArray("application/json;as=Table;v=v1beta1;g=meta.k8s.io")
                                      << table << QStringLiteral("meta.k8s.io/v1beta1");
        QTest::addRow("aggregated discovery falls back")
            << QByteArray(
                   "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json")
            << json << QString();
        QTest::addRow("protobuf then json")
            << QByteArray("application/vnd.kubernetes.protobuf, */*") << json << QString();
        QTest::addRow("protobuf only")
            << QByteArray("application/vnd.kubernetes.protobuf") << none << QString();
    }

    void acceptNegotiation()
    {
        QFETCH(QByteArray, accept);
        QFETCH(int, representation);
        QFETCH(QString, tableVersion);
        const Http::Negotiated n = Http::negotiate(accept, true);
        QCOMPARE(int(n.representation), representation);
        if (!tableVersion.isEmpty())
            QCOMPARE(n.tableApiVersion, tableVersion);
    }

    void continueTokensRoundTrip()
    {
        const QString token = encodeContinueToken(4711, QStringLiteral("shop/web-1"));
        quint64 rv = 0;
        QString key;
        QVERIFY(decodeContinueToken(token, &rv, &key));
        QCOMPARE(rv, quint64(4711));
        QCOMPARE(key, QStringLiteral("shop/web-1"));
        QVERIFY(!token.contains(QLatin1Char('='))); // base64url without padding, like the API server's
        QVERIFY(!decodeContinueToken(QStringLiteral("not-base64!"), &rv, &key));
        QVERIFY(!decodeContinueToken(QString::fromLatin1(QByteArrayLiteral("{\"v\":\"other\"}").toBase64()),
                                     &rv, &key));
    }

    void podJsonIsCachedByResourceVersion()
    {
        const Result<LoadedScenario> scenario = ScenarioLoader::loadBundled(QStringLiteral("default"));
        QVERIFY(scenario.ok());
        Simulator sim(scenario->snapshot);
        ApiServerContext context(&sim);
        const ListOptions json; // application/json
        const QDateTime now = context.now();
        const QString ns = QStringLiteral("shop");
        const QString name = sim.list(ResourceKind::Pod, ns).items.constFirst().name();
        const auto pod = sim.get(ResourceKind::Pod, ns, name);
        QVERIFY(pod);
        const QByteArray first = encodeListItem(context, *pod, json, now);
        QCOMPARE(first, compact(context.encode(*pod, now))); // what it always was
        QCOMPARE(context.jsonCache().size(), 1);
        QCOMPARE(context.jsonCache().bytes(), first.size());
        const QByteArray again = encodeListItem(context, *pod, json, now.addSecs(3600));
        QCOMPARE(again.constData(), first.constData()); // the kept bytes, not a new encoding

        // A write gives a new resourceVersion and new JSON; a deletion drops the entry.
        QVERIFY(sim.deletePod(ns, name, 30).ok());
        const auto terminating = sim.get(ResourceKind::Pod, ns, name);
        QVERIFY(terminating && terminating->resourceVersion != pod->resourceVersion);
        const QByteArray changed = encodeListItem(context, *terminating, json, now);
        QCOMPARE(changed, compact(context.encode(*terminating, now)));
        QVERIFY(changed.contains("deletionTimestamp"));
        QVERIFY(sim.deletePod(ns, name, 0).ok());
        QVERIFY(!sim.get(ResourceKind::Pod, ns, name));
        QCOMPARE(context.jsonCache().size(), 0);
        QCOMPARE(context.jsonCache().bytes(), 0);
    }

    // ---- patches ----
    void strategicMergePatchDirectives_data()
    {
        QTest::addColumn<QByteArray>("original");
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("null deletes")
            << QByteArray(R"({"spec":{"unschedulable":true,"podCIDR":"x"}})")
            << QByteArray(R"({"spec":{"unschedulable":null}})") << QByteArray(R"({"spec":{"podCIDR":"x"}})");
        QTest::addRow("taints are atomic")
            << QByteArray(R"({"spec":{"taints":[{"key":"a","effect":"NoSchedule"}]}})")
            << QByteArray(R"({"spec":{"taints":[{"key":"b","effect":"NoExecute"}]}})")
            << QByteArray(R"({"spec":{"taints":[{"key":"b","effect":"NoExecute"}]}})");
        QTest::addRow("conditions merge by type")
            << QByteArray(
                   R"({"status":{"conditions":[{"type":"Ready","status":"True"},{"type":"DiskPressure","status":"False"}]}})")
            << QByteArray(R"({"status":{"conditions":[{"type":"Ready","status":"False"}]}})")
            << QByteArray(
                   R"({"status":{"conditions":[{"type":"Ready","status":"False"},{"type":"DiskPressure","status":"False"}]}})");
        QTest::addRow("$patch delete in a merged list")
            << QByteArray(R"({"status":{"conditions":[{"type":"Ready"},{"type":"DiskPressure"}]}})")
            << QByteArray(R"({"status":{"conditions":[{"type":"Ready","$patch":"delete"}]}})")
            << QByteArray(R"({"status":{"conditions":[{"type":"DiskPressure"}]}})");
        QTest::addRow("$setElementOrder")
            << QByteArray(R"({"status":{"conditions":[{"type":"A"},{"type":"B"}]}})")
            << QByteArray(
                   R"({"status":{"$setElementOrder/conditions":[{"type":"B"},{"type":"A"}],"conditions":[{"type":"A","x":1}]}})")
            << QByteArray(R"({"status":{"conditions":[{"type":"B"},{"type":"A","x":1}]}})");
        QTest::addRow("finalizers merge as a set") << QByteArray(R"({"metadata":{"finalizers":["a"]}})")
                                                   << QByteArray(R"({"metadata":{"finalizers":["b","a"]}})")
                                                   << QByteArray(R"({"metadata":{"finalizers":["a","b"]}})");
        QTest::addRow("$deleteFromPrimitiveList")
            << QByteArray(R"({"metadata":{"finalizers":["a","b"]}})")
            << QByteArray(R"({"metadata":{"$deleteFromPrimitiveList/finalizers":["a"]}})")
            << QByteArray(R"({"metadata":{"finalizers":["b"]}})");
        QTest::addRow("$patch replace of a map")
            << QByteArray(R"({"metadata":{"labels":{"a":"1","b":"2"}}})")
            << QByteArray(R"({"metadata":{"labels":{"$patch":"replace","c":"3"}}})")
            << QByteArray(R"({"metadata":{"labels":{"c":"3"}}})");
        QTest::addRow("$retainKeys") << QByteArray(R"({"spec":{"a":1,"b":2}})")
                                     << QByteArray(R"({"spec":{"$retainKeys":["b","c"],"c":3}})")
                                     << QByteArray(R"({"spec":{"b":2,"c":3}})");
    }

    void strategicMergePatchDirectives()
    {
        QFETCH(QByteArray, original);
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, expected);
        const ApiPatch::Result r =
            ApiPatch::apply(ApiPatch::Type::Strategic, QJsonDocument::fromJson(original).object(), patch);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(compact(r.object), compact(QJsonDocument::fromJson(expected).object()));
    }

    void mergePatchIsRfc7386()
    {
        const ApiPatch::Result r =
            ApiPatch::apply(ApiPatch::Type::Merge, object(R"({"a":{"b":1,"c":[1,2]},"d":1})"),
                            QByteArrayLiteral(R"({"a":{"b":null,"c":[3]},"e":{"f":1}})"));
        QVERIFY(r.ok());
        QCOMPARE(compact(r.object), compact(object(R"({"a":{"c":[3]},"d":1,"e":{"f":1}})")));
    }

    void jsonPatchOperations_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("expected"); // empty: must fail
        const QByteArray fail;
        QTest::addRow("add to an object")
            << QByteArray(R"([{"op":"add","path":"/spec/x","value":1}])")
            << QByteArray(R"({"metadata":{"labels":{"a/b":"1"}},"spec":{"list":[1,2],"x":1}})");
        QTest::addRow("append with -")
            << QByteArray(R"([{"op":"add","path":"/spec/list/-","value":3}])")
            << QByteArray(R"({"metadata":{"labels":{"a/b":"1"}},"spec":{"list":[1,2,3]}})");
        QTest::addRow("insert at index")
            << QByteArray(R"([{"op":"add","path":"/spec/list/0","value":0}])")
            << QByteArray(R"({"metadata":{"labels":{"a/b":"1"}},"spec":{"list":[0,1,2]}})");
        QTest::addRow("escaped key") << QByteArray(R"([{"op":"remove","path":"/metadata/labels/a~1b"}])")
                                     << QByteArray(R"({"metadata":{"labels":{}},"spec":{"list":[1,2]}})");
        QTest::addRow("move") << QByteArray(R"([{"op":"move","from":"/spec/list","path":"/spec/moved"}])")
                              << QByteArray(R"({"metadata":{"labels":{"a/b":"1"}},"spec":{"moved":[1,2]}})");
        QTest::addRow("copy") << QByteArray(R"([{"op":"copy","from":"/spec/list/1","path":"/spec/two"}])")
                              << QByteArray(
                                     R"({"metadata":{"labels":{"a/b":"1"}},"spec":{"list":[1,2],"two":2}})");
        QTest::addRow("test then replace")
            << QByteArray(
                   R"([{"op":"test","path":"/spec/list/0","value":1},{"op":"replace","path":"/spec/list/0","value":9}])")
            << QByteArray(R"({"metadata":{"labels":{"a/b":"1"}},"spec":{"list":[9,2]}})");
        QTest::addRow("failed test") << QByteArray(R"([{"op":"test","path":"/spec/list/0","value":2}])")
                                     << fail;
        QTest::addRow("remove a missing key")
            << QByteArray(R"([{"op":"remove","path":"/spec/nothing"}])") << fail;
        QTest::addRow("index out of range")
            << QByteArray(R"([{"op":"add","path":"/spec/list/5","value":1}])") << fail;
        QTest::addRow("missing parent")
            << QByteArray(R"([{"op":"add","path":"/status/x","value":1}])") << fail;
        QTest::addRow("move into itself")
            << QByteArray(R"([{"op":"move","from":"/spec","path":"/spec/inner"}])") << fail;
        QTest::addRow("add without value") << QByteArray(R"([{"op":"add","path":"/spec/x"}])") << fail;
    }

    void jsonPatchOperations()
    {
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, expected);
        const ApiPatch::Result r =
            ApiPatch::apply(ApiPatch::Type::Json,
                            object(R"({"metadata":{"labels":{"a/b":"1"}},"spec":{"list":[1,2]}})"), patch);
        if (expected.isEmpty()) {
            QVERIFY(!r.ok());
            QVERIFY(r.status == 400 || r.status == 422);
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(compact(r.object), compact(QJsonDocument::fromJson(expected).object()));
    }

    void patchTypesComeFromTheContentType()
    {
        QCOMPARE(ApiPatch::typeFromContentType("application/strategic-merge-patch+json"),
                 std::optional(ApiPatch::Type::Strategic));
        QCOMPARE(ApiPatch::typeFromContentType("application/merge-patch+json"),
                 std::optional(ApiPatch::Type::Merge));
        QCOMPARE(ApiPatch::typeFromContentType("application/json-patch+json"),
                 std::optional(ApiPatch::Type::Json));
        QVERIFY(!ApiPatch::typeFromContentType("application/json"));
    }

    // ---- fault specs ----
    void faultSpecs()
    {
        const auto f = ApiServerFaults::parse(QStringLiteral("errors=0.25,drops=0.1,latency=200ms,seed=9"));
        QVERIFY2(f.ok(), qPrintable(f.errorText()));
        QCOMPARE(f->errorRate, 0.25);
        QCOMPARE(f->dropRate, 0.1);
        QCOMPARE(f->latencyMs, 200);
        QCOMPARE(f->seed, 9u);
        QVERIFY(f->enabled());
        QVERIFY(!ApiServerFaults().enabled());
        QVERIFY(!ApiServerFaults::parse(QStringLiteral("errors=2")).ok());
        QVERIFY(!ApiServerFaults::parse(QStringLiteral("errors=0.6,drops=0.6")).ok());
        const auto unknown = ApiServerFaults::parse(QStringLiteral("explode=1"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.errorText().contains(QLatin1String("explode")));
        // The documented spelling of `slipway serve-demo --faults`.
        const auto g = ApiServerFaults::parse(QStringLiteral("5xx=0.05,drop=0.02,latency=1.5s,seed=3"));
        QVERIFY2(g.ok(), qPrintable(g.errorText()));
        QCOMPARE(g->errorRate, 0.05);
        QCOMPARE(g->dropRate, 0.02);
        QCOMPARE(g->latencyMs, 1500);
        QCOMPARE(g->seed, 3u);
        const auto soon = ApiServerFaults::parse(QStringLiteral("latency=soon"));
        QVERIFY(!soon.ok());
        QVERIFY(soon.errorText().contains(QLatin1String("200ms")));
    }

    // ---- credentials on disk ----
    void credentialsPersistAndStayPrivate()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("practice-cluster"));
        const auto first = ServerCredentials::loadOrCreate(state);
        QVERIFY2(first.ok(), qPrintable(first.errorText()));
        QVERIFY(first->isComplete());
        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        for (const char *secret : {"ca.key", "server.key", "client.key", "token"})
            QCOMPARE(QFile::permissions(state + QLatin1Char('/') + QLatin1String(secret)) &
                         ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                     owner);
        QCOMPARE(QFile::permissions(state) &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther),
                 QFileDevice::Permissions());

        // A second start keeps everything, so earlier kubeconfigs keep working.
        const auto second = ServerCredentials::loadOrCreate(state);
        QVERIFY2(second.ok(), qPrintable(second.errorText()));
        QCOMPARE(second->caCertificatePem(), first->caCertificatePem());
        QCOMPARE(second->serverCertificatePem(), first->serverCertificatePem());
        QCOMPARE(second->token(), first->token());

        // A damaged server certificate is reissued by the same CA.
        QFile damaged(state + QStringLiteral("/server.crt"));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("garbage");
        damaged.close();
        const auto third = ServerCredentials::loadOrCreate(state);
        QVERIFY2(third.ok(), qPrintable(third.errorText()));
        QCOMPARE(third->caCertificatePem(), first->caCertificatePem());
        QVERIFY(third->serverCertificatePem() != first->serverCertificatePem());
        QVERIFY(!third->serverCertificate().isNull());
        QCOMPARE(third->serverCertificate().issuerInfo(QSslCertificate::CommonName),
                 first->caCertificate().subjectInfo(QSslCertificate::CommonName));
        QVERIFY(third->verifiesClientCertificate(third->clientCertificate()));
    }

    void aStateDirectoryOthersCanReadIsRefused()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("practice-cluster"));
        const auto created = ServerCredentials::loadOrCreate(state);
        QVERIFY2(created.ok(), qPrintable(created.errorText()));
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

        QVERIFY(QFile::setPermissions(state, ownerOnly | QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                                 QFileDevice::ReadOther | QFileDevice::ExeOther));
        const auto open = ServerCredentials::loadOrCreate(state);
        QVERIFY(!open.ok());
        QString error = open.errorText();
        QVERIFY2(error.contains(QLatin1String("is open to other users (mode 0755)")) &&
                     error.contains(QLatin1String("chmod 700")),
                 qPrintable(error));

        QVERIFY(QFile::setPermissions(state, ownerOnly));
        const QString key = state + QStringLiteral("/client.key");
        QVERIFY(QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadOther));
        const auto readableKey = ServerCredentials::loadOrCreate(state);
        QVERIFY(!readableKey.ok());
        error = readableKey.errorText();
        QVERIFY2(error.contains(QLatin1String("client.key is readable by other users (mode 0604)")),
                 qPrintable(error));

        QVERIFY(QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const auto privateAgain = ServerCredentials::loadOrCreate(state);
        QVERIFY2(privateAgain.ok(), qPrintable(privateAgain.errorText())); // private again: fine
    }

    void clientCertificateLooksLikeKubeadmAdmin()
    {
        QString error;
        const auto c = ServerCredentials::generate(&error);
        QVERIFY(c);
        QCOMPARE(c->clientCertificate().subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("slipway-admin")});
        QCOMPARE(c->clientCertificate().subjectInfo(QSslCertificate::Organization),
                 QStringList{QStringLiteral("system:masters")});
        QVERIFY(!c->clientKey().isNull());
        QVERIFY(!c->serverKey().isNull());
        QCOMPARE(c->token().size(), 64);
    }

    void kubeconfigHasBothUsersAndInlineCa()
    {
        QString error;
        const auto c = ServerCredentials::generate(&error);
        QUrl server(QStringLiteral("https://127.0.0.1:6443"));
        const QByteArray yaml = PracticeKubeconfig::yaml(*c, server, QStringLiteral("slipway-practice"));
        QVERIFY(yaml.contains("server: \"https://127.0.0.1:6443\""));
        QVERIFY(yaml.contains(
            QByteArray("certificate-authority-data: \"" + c->caCertificatePem().toBase64() + '"')));
        QVERIFY(yaml.contains(QByteArray("token: \"" + c->token() + '"')));
        QVERIFY(yaml.contains(
            QByteArray("client-certificate-data: \"" + c->clientCertificatePem().toBase64() + '"')));
        QVERIFY(yaml.contains(QByteArray("client-key-data: \"" + c->clientKeyPem().toBase64() + '"')));
        QVERIFY(yaml.contains("current-context: \"slipway-practice-token\""));
        QVERIFY(yaml.contains("- name: \"slipway-practice-cert\"\n  context:"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/kubeconfig"));
        QVERIFY(PracticeKubeconfig::write(path, yaml, &error));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestApiServerParts)
#include "tst_apiserverparts.moc"
