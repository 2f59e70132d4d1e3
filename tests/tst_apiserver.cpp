// The practice cluster's Kubernetes API over real TLS and real sockets: authentication,
// discovery, lists and pagination, Tables, watches, patches, evictions and Status errors.
#include "tst_apiserver_support.h"

#include "sim/apiserver/apiserverlist.h"

using namespace ApiTest;
using namespace Slipway;

class TestApiServer : public QObject
{
    Q_OBJECT

    std::optional<ServerCredentials> m_own;
    std::optional<ServerCredentials> m_foreign;
    std::unique_ptr<PracticeServer> m_practice;
    std::unique_ptr<Client> m_client;

    Simulator *sim() const { return m_practice->simulator.get(); }
    ApiServer *server() const { return m_practice->server.get(); }
    Client &client() { return *m_client; }

    // The first pod in `ns` whose name starts with `prefix` (Deployment pods have random suffixes).
    QString pod(const QString &ns, const QString &prefix) const
    {
        for (const StoredObject &o : sim()->list(ResourceKind::Pod, ns).items) {
            if (o.pod.name.startsWith(prefix) && !o.pod.deletionTimestamp)
                return o.pod.name;
        }
        return {};
    }
    Node node(const QString &name) const
    {
        return sim()->get(ResourceKind::Node, {}, name).value_or(StoredObject()).node;
    }
    static QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
    QByteArray eviction(const QString &name, const QString &ns,
                        const QString &apiVersion = QStringLiteral("policy/v1")) const
    {
        return json({{QLatin1String("apiVersion"), apiVersion},
                     {QLatin1String("kind"), QStringLiteral("Eviction")},
                     {QLatin1String("metadata"),
                      QJsonObject{{QLatin1String("name"), name}, {QLatin1String("namespace"), ns}}}});
    }
    static const QByteArray &smp()
    {
        static const QByteArray type("application/strategic-merge-patch+json");
        return type;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_own = makeCredentials();
        QLoggingCategory::setFilterRules(QStringLiteral("slipway.apiserver.debug=false"));
        m_foreign = makeCredentials();
    }

    void init()
    {
        m_practice = std::make_unique<PracticeServer>(*m_own);
        m_client = std::make_unique<Client>(server()->url(), *m_own, *m_own, *m_foreign);
    }

    void cleanup()
    {
        m_client.reset();
        m_practice.reset();
    }

    // ---- TLS and authentication ----
    void authentication_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addRow("bearer token lists nodes")
            << int(Auth::Token) << QStringLiteral("/api/v1/nodes") << 200;
        QTest::addRow("client certificate lists nodes")
            << int(Auth::Certificate) << QStringLiteral("/api/v1/nodes") << 200;
        QTest::addRow("no credentials are refused")
            << int(Auth::None) << QStringLiteral("/api/v1/nodes") << 401;
        QTest::addRow("a wrong token is refused")
            << int(Auth::WrongToken) << QStringLiteral("/api/v1/nodes") << 401;
        QTest::addRow("a certificate of another CA is refused")
            << int(Auth::ForeignCertificate) << QStringLiteral("/api/v1/nodes") << 401;
        QTest::addRow("discovery needs credentials") << int(Auth::None) << QStringLiteral("/api") << 401;
        QTest::addRow("/version is public") << int(Auth::None) << QStringLiteral("/version") << 200;
        QTest::addRow("a wrong token is refused even for /version")
            << int(Auth::WrongToken) << QStringLiteral("/version") << 401;
        // kube-apiserver: a presented certificate that fails verification is an authentication error,
        // never anonymous access (FailOnError around the anonymous authenticator).
        QTest::addRow("a certificate of another CA is refused even for /healthz")
            << int(Auth::ForeignCertificate) << QStringLiteral("/healthz") << 401;
        QTest::addRow("/healthz is public") << int(Auth::None) << QStringLiteral("/healthz") << 200;
        QTest::addRow("an unknown path without credentials is 401, not 404")
            << int(Auth::None) << QStringLiteral("/no/such/path") << 401;
    }

    void authentication()
    {
        QFETCH(int, auth);
        QFETCH(QString, path);
        QFETCH(int, status);
        const Response r = client().get(path, Auth(auth));
        QCOMPARE(r.status, status);
        if (status == 401) {
            QVERIFY(r.isStatus(401));
            QCOMPARE(r.reason(), QStringLiteral("Unauthorized"));
        } else if (path == QLatin1String("/api/v1/nodes")) {
            QCOMPARE(r.items().size(), 9);
        }
    }

    void basicAuthIsRefused()
    {
        QNetworkRequest request = client().request(QStringLiteral("/api/v1/nodes"), Auth::None);
        request.setRawHeader("Authorization", "Basic " + QByteArrayLiteral("admin:admin").toBase64());
        const Response r = Client::finish(client().manager(Auth::None)->get(request), QElapsedTimer());
        QVERIFY(r.isStatus(401));
    }

    void aClientTrustingAnotherCaFailsTheHandshake()
    {
        Client stranger(server()->url(), *m_foreign, *m_own, *m_foreign);
        const Response r = stranger.get(QStringLiteral("/api/v1/nodes"));
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(r.status, 0);
        QVERIFY(!r.sslErrors.isEmpty());
        QCOMPARE(server()->requestCount(), quint64(0));
    }

    void theServerCertificateNamesEveryLoopbackName()
    {
        const auto names = m_own->serverCertificate().subjectAlternativeNames();
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("127.0.0.1")));
        QVERIFY(names.values(QSsl::IpAddressEntry).contains(QStringLiteral("0:0:0:0:0:0:0:1")) ||
                names.values(QSsl::IpAddressEntry).contains(QStringLiteral("::1")));
        QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
        QVERIFY(m_own->verifiesClientCertificate(m_own->clientCertificate()));
        QVERIFY(!m_own->verifiesClientCertificate(m_foreign->clientCertificate()));
        QVERIFY(!m_own->verifiesClientCertificate(m_own->serverCertificate())); // no clientAuth usage
    }

    void onlyLoopbackAddressesAreServed_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addRow("all IPv4 interfaces") << QStringLiteral("0.0.0.0");
        QTest::addRow("all IPv6 interfaces") << QStringLiteral("::");
        QTest::addRow("a LAN address") << QStringLiteral("192.168.1.10");
    }

    void onlyLoopbackAddressesAreServed()
    {
        QFETCH(QString, address);
        ApiServer other(sim(), *m_own);
        QString error;
        QVERIFY(!other.listen(QHostAddress(address), 0, &error));
        QVERIFY2(error.contains(QStringLiteral("loopback")), qPrintable(error));
        QVERIFY(!other.isListening());
    }

    // ---- discovery and /version ----
    void discoveryAdvertisesEvictionAsPolicyV1()
    {
        const Response api = client().get(QStringLiteral("/api"));
        QCOMPARE(api.json.value(QLatin1String("kind")).toString(), QStringLiteral("APIVersions"));
        QCOMPARE(api.json.value(QLatin1String("versions")).toArray(), QJsonArray{QStringLiteral("v1")});

        const Response core = client().get(QStringLiteral("/api/v1"));
        QCOMPARE(core.json.value(QLatin1String("kind")).toString(), QStringLiteral("APIResourceList"));
        QJsonObject evictionResource;
        QStringList resources;
        for (const QJsonValue &v : core.json.value(QLatin1String("resources")).toArray()) {
            resources.append(v.toObject().value(QLatin1String("name")).toString());
            if (v.toObject().value(QLatin1String("name")).toString() == QLatin1String("pods/eviction"))
                evictionResource = v.toObject();
        }
        QVERIFY(resources.contains(QStringLiteral("nodes")) && resources.contains(QStringLiteral("pods")));
        // kubectl drain's CheckEvictionSupport (FACTS §5.2).
        QCOMPARE(evictionResource.value(QLatin1String("kind")).toString(), QStringLiteral("Eviction"));
        QCOMPARE(evictionResource.value(QLatin1String("group")).toString(), QStringLiteral("policy"));
        QCOMPARE(evictionResource.value(QLatin1String("version")).toString(), QStringLiteral("v1"));

        const Response groups = client().get(QStringLiteral("/apis"));
        QStringList groupNames;
        for (const QJsonValue &g : groups.json.value(QLatin1String("groups")).toArray())
            groupNames.append(g.toObject().value(QLatin1String("name")).toString());
        QCOMPARE(groupNames,
                 (QStringList{QStringLiteral("apps"), QStringLiteral("batch"), QStringLiteral("policy")}));

        const Response apps = client().get(QStringLiteral("/apis/apps/v1"));
        QVERIFY(apps.body.contains("\"daemonsets\""));
        QCOMPARE(client().get(QStringLiteral("/apis/policy")).json.value(QLatin1String("kind")).toString(),
                 QStringLiteral("APIGroup"));
    }

    void aggregatedDiscoveryRequestsFallBackToPlainDocuments()
    {
        // kubectl 1.32 asks for aggregated discovery first; a plain document with Content-Type
        // application/json makes it use the unaggregated endpoints.
        const QByteArray accept(
            "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
            "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json");
        const Response r = client().get(QStringLiteral("/apis"), Auth::Token, accept);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("kind")).toString(), QStringLiteral("APIGroupList"));
        QVERIFY(r.contentType.startsWith("application/json"));
        const Response protobufOnly = client().get(QStringLiteral("/api/v1/nodes"), Auth::Token,
                                                   QByteArrayLiteral("application/vnd.kubernetes.protobuf"));
        QVERIFY(protobufOnly.isStatus(406));
    }

    void versionFollowsTheSimulator()
    {
        const Response r = client().get(QStringLiteral("/version"));
        QCOMPARE(r.json.value(QLatin1String("gitVersion")).toString(), sim()->serverGitVersion());
        QCOMPARE(r.json.value(QLatin1String("major")).toString(), QStringLiteral("1"));
    }

    // ---- lists and gets ----
    void listsAndGetsEveryServedKind_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("ns");
        QTest::addRow("namespaces") << QStringLiteral("/api/v1/namespaces") << int(ResourceKind::Namespace)
                                    << QString();
        QTest::addRow("nodes") << QStringLiteral("/api/v1/nodes") << int(ResourceKind::Node) << QString();
        QTest::addRow("pods, all namespaces")
            << QStringLiteral("/api/v1/pods") << int(ResourceKind::Pod) << QString();
        QTest::addRow("pods in data") << QStringLiteral("/api/v1/namespaces/data/pods")
                                      << int(ResourceKind::Pod) << QStringLiteral("data");
        QTest::addRow("deployments") << QStringLiteral("/apis/apps/v1/deployments")
                                     << int(ResourceKind::Deployment) << QString();
        QTest::addRow("deployments in shop") << QStringLiteral("/apis/apps/v1/namespaces/shop/deployments")
                                             << int(ResourceKind::Deployment) << QStringLiteral("shop");
        QTest::addRow("replicasets") << QStringLiteral("/apis/apps/v1/replicasets")
                                     << int(ResourceKind::ReplicaSet) << QString();
        QTest::addRow("statefulsets")
            << QStringLiteral("/apis/apps/v1/statefulsets") << int(ResourceKind::StatefulSet) << QString();
        QTest::addRow("daemonsets in kube-system")
            << QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets")
            << int(ResourceKind::DaemonSet) << QStringLiteral("kube-system");
        QTest::addRow("jobs") << QStringLiteral("/apis/batch/v1/jobs") << int(ResourceKind::Job) << QString();
        QTest::addRow("pod disruption budgets") << QStringLiteral("/apis/policy/v1/poddisruptionbudgets")
                                                << int(ResourceKind::PodDisruptionBudget) << QString();
    }

    void listsAndGetsEveryServedKind()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        QFETCH(QString, ns);
        const SimList expected = sim()->list(ResourceKind(kind), ns);
        QVERIFY(!expected.items.isEmpty());
        const Response list = client().get(path);
        QCOMPARE(list.status, 200);
        QVERIFY(list.json.value(QLatin1String("kind")).toString().endsWith(QLatin1String("List")));
        QCOMPARE(list.items().size(), expected.items.size());
        QStringList sorted = names(list.items());
        QStringList copy = sorted;
        std::sort(copy.begin(), copy.end());
        QCOMPARE(sorted, copy); // storage (etcd key) order
        // Each item can be fetched on its own.
        const QJsonObject first = list.items().first().toObject();
        const QJsonObject meta = first.value(QLatin1String("metadata")).toObject();
        const QString resource = path.section(QLatin1Char('/'), -1);
        QString itemPath = path;
        if (meta.contains(QLatin1String("namespace")) && !path.contains(QLatin1String("/namespaces/")))
            itemPath = path.section(QLatin1Char('/'), 0, -2) + QStringLiteral("/namespaces/") +
                       meta.value(QLatin1String("namespace")).toString() + QLatin1Char('/') + resource;
        itemPath += QLatin1Char('/') + meta.value(QLatin1String("name")).toString();
        const Response one = client().get(itemPath);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json.value(QLatin1String("metadata")).toObject().value(QLatin1String("uid")),
                 meta.value(QLatin1String("uid")));
    }

    void drainsDaemonSetLookupWorks()
    {
        // kubectl drain GETs the DaemonSet that controls a pod (FACTS §5.2 daemonSetFilter).
        const Response r =
            client().get(QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/calico-node"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QLatin1String("kind")).toString(), QStringLiteral("DaemonSet"));
        const Response missing =
            client().get(QStringLiteral("/apis/apps/v1/namespaces/kube-system/daemonsets/gone"));
        QVERIFY(missing.isStatus(404));
        QCOMPARE(missing.reason(), QStringLiteral("NotFound"));
        QCOMPARE(missing.message(), QStringLiteral("daemonsets.apps \"gone\" not found"));
        QCOMPARE(
            missing.json.value(QLatin1String("details")).toObject().value(QLatin1String("group")).toString(),
            QStringLiteral("apps"));
    }

    void paginationWalksEveryPodOnce()
    {
        const Response all = client().get(QStringLiteral("/api/v1/pods"));
        const QStringList expected = names(all.items());
        QVERIFY(expected.size() > 20);
        QStringList seen;
        QString token;
        int pages = 0;
        do {
            const Response page =
                client().get(QStringLiteral("/api/v1/pods?limit=7") +
                             (token.isEmpty() ? QString() : QStringLiteral("&continue=") + enc(token)));
            QCOMPARE(page.status, 200);
            QVERIFY(page.items().size() <= 7);
            seen += names(page.items());
            token = page.json.value(QLatin1String("metadata"))
                        .toObject()
                        .value(QLatin1String("continue"))
                        .toString();
            if (!token.isEmpty())
                QCOMPARE(page.json.value(QLatin1String("metadata"))
                             .toObject()
                             .value(QLatin1String("remainingItemCount"))
                             .toInt(),
                         expected.size() - seen.size());
            ++pages;
        } while (!token.isEmpty() && pages < 100);
        QCOMPARE(seen, expected);
        QCOMPARE(pages, int((expected.size() + 6) / 7));
    }

    void paginationWithAFieldSelector()
    {
        const QString selector =
            QStringLiteral("fieldSelector=") + enc(QStringLiteral("spec.nodeName=worker-1"));
        const QStringList expected = names(client().get(QStringLiteral("/api/v1/pods?") + selector).items());
        QVERIFY(expected.size() >= 3);
        QStringList seen;
        QString token;
        for (int guard = 0; guard < 50; ++guard) {
            const Response page =
                client().get(QStringLiteral("/api/v1/pods?limit=2&") + selector +
                             (token.isEmpty() ? QString() : QStringLiteral("&continue=") + enc(token)));
            seen += names(page.items());
            token = page.json.value(QLatin1String("metadata"))
                        .toObject()
                        .value(QLatin1String("continue"))
                        .toString();
            if (token.isEmpty())
                break;
        }
        QCOMPARE(seen, expected);
    }

    void anExpiredContinueTokenGets410()
    {
        // Resource version 1 predates the simulator's retained history (FACTS §7: 410 Gone).
        const QString old = encodeContinueToken(1, QStringLiteral("billing/a"));
        const Response r = client().get(QStringLiteral("/api/v1/pods?limit=5&continue=") + enc(old));
        QVERIFY2(r.isStatus(410), r.body.constData());
        QCOMPARE(r.reason(), QStringLiteral("Expired"));
        // A fresh token works.
        const Response first = client().get(QStringLiteral("/api/v1/pods?limit=5"));
        const QString token = first.json.value(QLatin1String("metadata"))
                                  .toObject()
                                  .value(QLatin1String("continue"))
                                  .toString();
        QCOMPARE(client().get(QStringLiteral("/api/v1/pods?limit=5&continue=") + enc(token)).items().size(),
                 5);
    }

    void fieldSelectorSelectsANodesPods()
    {
        const Response r = client().get(QStringLiteral("/api/v1/pods?fieldSelector=") +
                                        enc(QStringLiteral("spec.nodeName=worker-1")));
        int expected = 0;
        for (const StoredObject &o : sim()->list(ResourceKind::Pod).items)
            expected += o.pod.nodeName == QLatin1String("worker-1") ? 1 : 0;
        QVERIFY(expected > 0);
        QCOMPARE(r.items().size(), expected);
        for (const QJsonValue &v : r.items())
            QCOMPARE(v.toObject()
                         .value(QLatin1String("spec"))
                         .toObject()
                         .value(QLatin1String("nodeName"))
                         .toString(),
                     QStringLiteral("worker-1"));
    }

    void labelSelectors_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<int>("rule");
        QTest::addRow("equality") << QStringLiteral("component=etcd") << 0;
        QTest::addRow("double equals") << QStringLiteral("component==etcd") << 0;
        QTest::addRow("inequality") << QStringLiteral("component!=etcd") << 1;
        QTest::addRow("in") << QStringLiteral("component in (etcd, kube-apiserver)") << 2;
        QTest::addRow("notin") << QStringLiteral("component notin (etcd,kube-apiserver)") << 3;
        QTest::addRow("exists") << QStringLiteral("tier") << 4;
        QTest::addRow("does not exist") << QStringLiteral("!tier") << 5;
        QTest::addRow("two requirements") << QStringLiteral("tier=control-plane,component!=etcd") << 6;
    }

    void labelSelectors()
    {
        QFETCH(QString, selector);
        QFETCH(int, rule);
        // An independent statement of each selector's meaning.
        auto keep = [rule](const LabelMap &l) {
            const QString c = l.value(QStringLiteral("component"));
            const bool hasC = l.contains(QStringLiteral("component"));
            switch (rule) {
            case 0:
                return c == QLatin1String("etcd");
            case 1:
                return !hasC || c != QLatin1String("etcd");
            case 2:
                return c == QLatin1String("etcd") || c == QLatin1String("kube-apiserver");
            case 3:
                return !hasC || (c != QLatin1String("etcd") && c != QLatin1String("kube-apiserver"));
            case 4:
                return l.contains(QStringLiteral("tier"));
            case 5:
                return !l.contains(QStringLiteral("tier"));
            default:
                return l.value(QStringLiteral("tier")) == QLatin1String("control-plane") &&
                       c != QLatin1String("etcd");
            }
        };
        QStringList expected;
        for (const StoredObject &o : sim()->list(ResourceKind::Pod).items) {
            if (keep(o.pod.labels))
                expected.append(o.pod.key());
        }
        std::sort(expected.begin(), expected.end());
        QVERIFY(!expected.isEmpty());
        const Response r = client().get(QStringLiteral("/api/v1/pods?labelSelector=") + enc(selector));
        QCOMPARE(r.status, 200);
        QCOMPARE(names(r.items()), expected);
    }

    void badRequestsGetStatusBodies_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        const QByteArray get("GET");
        QTest::addRow("unclosed set")
            << get << QStringLiteral("/api/v1/pods?labelSelector=") + enc(QStringLiteral("app in (a")) << 400
            << QStringLiteral("BadRequest");
        QTest::addRow("operator without key")
            << get << QStringLiteral("/api/v1/pods?labelSelector=") + enc(QStringLiteral("=x")) << 400
            << QStringLiteral("BadRequest");
        QTest::addRow("invalid label value")
            << get << QStringLiteral("/api/v1/pods?labelSelector=") + enc(QStringLiteral("app=a b")) << 400
            << QStringLiteral("BadRequest");
        QTest::addRow("unsupported field")
            << get << QStringLiteral("/api/v1/pods?fieldSelector=") + enc(QStringLiteral("spec.foo=bar"))
            << 400 << QStringLiteral("BadRequest");
        QTest::addRow("negative limit")
            << get << QStringLiteral("/api/v1/pods?limit=-1") << 400 << QStringLiteral("BadRequest");
        QTest::addRow("forged continue token")
            << get << QStringLiteral("/api/v1/pods?limit=5&continue=bm90LWEtdG9rZW4") << 400
            << QStringLiteral("BadRequest");
        QTest::addRow("continue with a resourceVersion")
            << get << QStringLiteral("/api/v1/pods?continue=x&resourceVersion=5") << 400
            << QStringLiteral("BadRequest");
        QTest::addRow("unknown includeObject")
            << get << QStringLiteral("/api/v1/pods?includeObject=All") << 400 << QStringLiteral("BadRequest");
        QTest::addRow("unknown resource")
            << get << QStringLiteral("/api/v1/widgets") << 404 << QStringLiteral("NotFound");
        QTest::addRow("unknown group")
            << get << QStringLiteral("/apis/example.com/v1/things") << 404 << QStringLiteral("NotFound");
        QTest::addRow("namespaced object without namespace")
            << get << QStringLiteral("/api/v1/pods/x") << 404 << QStringLiteral("NotFound");
        QTest::addRow("unknown path")
            << get << QStringLiteral("/metrics") << 404 << QStringLiteral("NotFound");
        QTest::addRow("unknown pod") << get << QStringLiteral("/api/v1/namespaces/shop/pods/ghost") << 404
                                     << QStringLiteral("NotFound");
        QTest::addRow("create a node") << QByteArray("POST") << QStringLiteral("/api/v1/nodes") << 405
                                       << QStringLiteral("MethodNotAllowed");
        QTest::addRow("delete a node") << QByteArray("DELETE") << QStringLiteral("/api/v1/nodes/worker-1")
                                       << 405 << QStringLiteral("MethodNotAllowed");
        QTest::addRow("patch a pod") << QByteArray("PATCH")
                                     << QStringLiteral("/api/v1/namespaces/shop/pods/x") << 405
                                     << QStringLiteral("MethodNotAllowed");
        QTest::addRow("evict with GET") << get << QStringLiteral("/api/v1/namespaces/shop/pods/x/eviction")
                                        << 405 << QStringLiteral("MethodNotAllowed");
    }

    void badRequestsGetStatusBodies()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, code);
        QFETCH(QString, reason);
        const Response r = client().send(method, path, Auth::Token,
                                         method == "PATCH" ? QByteArrayLiteral("{}") : QByteArray(),
                                         method == "PATCH" ? smp() : QByteArray());
        QVERIFY2(r.isStatus(code), r.body.constData());
        QCOMPARE(r.reason(), reason);
        QVERIFY(!r.message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiServer)
#include "tst_apiserver.moc"
