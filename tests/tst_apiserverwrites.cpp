// The practice API server's writes and live views over real TLS: server-side Tables, watches,
// PATCH in all three content types, PUT, evictions (FACTS §5.3) and pod deletion.
#include "tst_apiserver_support.h"

#include "sim/apiserver/apiservertable.h"

using namespace ApiTest;
using namespace Slipway;

class TestApiServerWrites : public QObject
{
    Q_OBJECT

    std::optional<ServerCredentials> m_own;
    std::unique_ptr<PracticeServer> m_practice;
    std::unique_ptr<Client> m_client;

    Simulator *sim() const { return m_practice->simulator.get(); }
    ApiServer *server() const { return m_practice->server.get(); }
    Client &client() { return *m_client; }
    Node node(const QString &name) const
    {
        return sim()->get(ResourceKind::Node, {}, name).value_or(StoredObject()).node;
    }
    std::optional<StoredObject> podObject(const QString &ns, const QString &name) const
    {
        return sim()->get(ResourceKind::Pod, ns, name);
    }
    QString pod(const QString &ns, const QString &prefix) const
    {
        for (const StoredObject &o : sim()->list(ResourceKind::Pod, ns).items) {
            if (o.pod.name.startsWith(prefix) && !o.pod.deletionTimestamp && o.pod.phase == PodPhase::Running)
                return o.pod.name;
        }
        return {};
    }
    static QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }
    static QByteArray eviction(const QString &name, const QString &ns,
                               const QString &apiVersion = QStringLiteral("policy/v1"))
    {
        return json({{QLatin1String("apiVersion"), apiVersion},
                     {QLatin1String("kind"), QStringLiteral("Eviction")},
                     {QLatin1String("metadata"),
                      QJsonObject{{QLatin1String("name"), name}, {QLatin1String("namespace"), ns}}}});
    }
    Response patch(const QString &nodeName, const QByteArray &type, const QByteArray &body)
    {
        return client().send(QByteArrayLiteral("PATCH"), QStringLiteral("/api/v1/nodes/") + nodeName,
                             Auth::Token, body, type);
    }
    static QJsonArray tableRows(const Response &r) { return r.json.value(QLatin1String("rows")).toArray(); }
    static QJsonArray rowCells(const QJsonArray &rows, const QString &name)
    {
        for (const QJsonValue &row : rows) {
            const QJsonArray cells = row.toObject().value(QLatin1String("cells")).toArray();
            if (cells.at(0).toString() == name)
                return cells;
        }
        return {};
    }

    static constexpr const char *Smp = "application/strategic-merge-patch+json";
    static constexpr const char *Merge = "application/merge-patch+json";
    static constexpr const char *JsonPatch = "application/json-patch+json";
    static constexpr const char *TableAccept =
        "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;"
        "g=meta.k8s.io,application/json";

private Q_SLOTS:
    void initTestCase()
    {
        m_own = makeCredentials();
        QLoggingCategory::setFilterRules(QStringLiteral("slipway.apiserver.debug=false"));
    }

    void init()
    {
        m_practice = std::make_unique<PracticeServer>(*m_own);
        m_client = std::make_unique<Client>(server()->url(), *m_own, *m_own, *m_own);
    }

    void cleanup()
    {
        m_client.reset();
        m_practice.reset();
    }

    // ---- Tables (kubectl get) ----
    void nodesAsTableShowKubectlColumns()
    {
        sim()->updateNode(QStringLiteral("worker-1"), [](Node &n) { n.unschedulable = true; });
        const Response r = client().get(QStringLiteral("/api/v1/nodes"), Auth::Token, TableAccept);
        QCOMPARE(r.json.value(QLatin1String("kind")).toString(), QStringLiteral("Table"));
        QCOMPARE(r.json.value(QLatin1String("apiVersion")).toString(), QStringLiteral("meta.k8s.io/v1"));
        QStringList columns, wide;
        for (const QJsonValue &c : r.json.value(QLatin1String("columnDefinitions")).toArray())
            (c.toObject().value(QLatin1String("priority")).toInt() == 0 ? columns : wide)
                .append(c.toObject().value(QLatin1String("name")).toString());
        QCOMPARE(columns,
                 (QStringList{QStringLiteral("Name"), QStringLiteral("Status"), QStringLiteral("Roles"),
                              QStringLiteral("Age"), QStringLiteral("Version")}));
        QVERIFY(wide.contains(QStringLiteral("Internal-IP")));
        const QJsonArray rows = tableRows(r);
        QCOMPARE(rows.size(), 9);
        QCOMPARE(rowCells(rows, QStringLiteral("worker-1")).at(1).toString(),
                 QStringLiteral("Ready,SchedulingDisabled"));
        QCOMPARE(rowCells(rows, QStringLiteral("worker-2")).at(1).toString(), QStringLiteral("Ready"));
        QCOMPARE(rowCells(rows, QStringLiteral("cp-1")).at(2).toString(), QStringLiteral("control-plane"));
        QCOMPARE(rowCells(rows, QStringLiteral("worker-6")).at(4).toString(), QStringLiteral("v1.31.9"));
        const QJsonObject object = rows.first().toObject().value(QLatin1String("object")).toObject();
        QCOMPARE(object.value(QLatin1String("kind")).toString(), QStringLiteral("PartialObjectMetadata"));
        QCOMPARE(object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("cp-1"));
    }

    void podsAsTableShowWideColumns()
    {
        const Response r = client().get(QStringLiteral("/api/v1/pods"), Auth::Token, TableAccept);
        QStringList columns;
        for (const QJsonValue &c : r.json.value(QLatin1String("columnDefinitions")).toArray())
            columns.append(c.toObject().value(QLatin1String("name")).toString());
        QCOMPARE(columns, (QStringList{QStringLiteral("Name"), QStringLiteral("Ready"),
                                       QStringLiteral("Status"), QStringLiteral("Restarts"),
                                       QStringLiteral("Age"), QStringLiteral("IP"), QStringLiteral("Node"),
                                       QStringLiteral("Nominated Node"), QStringLiteral("Readiness Gates")}));
        const QString storefront = pod(QStringLiteral("shop"), QStringLiteral("storefront-"));
        const QJsonArray cells = rowCells(tableRows(r), storefront);
        QCOMPARE(cells.at(1).toString(), QStringLiteral("1/1"));
        QCOMPARE(cells.at(2).toString(), QStringLiteral("Running"));
        QVERIFY(cells.at(5).toString().startsWith(QLatin1String("10.244.")));
        QCOMPARE(cells.at(6).toString(), podObject(QStringLiteral("shop"), storefront)->pod.nodeName);
        // kubectl -A reads the namespace from the row's object metadata.
        bool namespaced = false;
        for (const QJsonValue &row : tableRows(r))
            namespaced |= row.toObject()
                              .value(QLatin1String("object"))
                              .toObject()
                              .value(QLatin1String("metadata"))
                              .toObject()
                              .value(QLatin1String("namespace"))
                              .toString() == QLatin1String("shop");
        QVERIFY(namespaced);
        const Response beta =
            client().get(QStringLiteral("/api/v1/nodes/cp-1"), Auth::Token,
                         QByteArrayLiteral("application/json;as=Table;v=v1beta1;g=meta.k8s.io"));
        QCOMPARE(beta.json.value(QLatin1String("apiVersion")).toString(),
                 QStringLiteral("meta.k8s.io/v1beta1"));
        QCOMPARE(tableRows(beta).size(), 1);
    }

    void humanDurations_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::addRow("seconds") << qint64(45) << QStringLiteral("45s");
        QTest::addRow("just under two minutes") << qint64(119) << QStringLiteral("119s");
        QTest::addRow("minutes and seconds") << qint64(150) << QStringLiteral("2m30s");
        QTest::addRow("minutes") << qint64(40 * 60) << QStringLiteral("40m");
        QTest::addRow("hours and minutes") << qint64(3 * 3600 + 30 * 60) << QStringLiteral("3h30m");
        QTest::addRow("hours") << qint64(20 * 3600) << QStringLiteral("20h");
        QTest::addRow("days and hours") << qint64(50 * 3600) << QStringLiteral("2d2h");
        QTest::addRow("days") << qint64(30 * 86400) << QStringLiteral("30d");
        QTest::addRow("years and days") << qint64(800 * 86400) << QStringLiteral("2y70d");
    }

    void humanDurations()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(ApiTable::humanDuration(seconds), text);
    }

    // ---- watches ----
    void aCordonArrivesAsModifiedOnAWatch()
    {
        const Response list = client().get(QStringLiteral("/api/v1/nodes"));
        const QString rv = list.json.value(QLatin1String("metadata"))
                               .toObject()
                               .value(QLatin1String("resourceVersion"))
                               .toString();
        QVERIFY(!rv.isEmpty());
        WatchReader watch(client().start(QByteArrayLiteral("GET"),
                                         QStringLiteral("/api/v1/nodes?watch=true&resourceVersion=") + rv));
        QTRY_COMPARE(server()->watchCount(), 1);
        const Response cordon =
            patch(QStringLiteral("worker-1"), Smp, QByteArrayLiteral(R"({"spec":{"unschedulable":true}})"));
        QCOMPARE(cordon.status, 200);
        QTRY_VERIFY(!watch.find(QStringLiteral("MODIFIED"), QStringLiteral("worker-1")).isEmpty());
        const QJsonObject object = watch.find(QStringLiteral("MODIFIED"), QStringLiteral("worker-1"))
                                       .value(QLatin1String("object"))
                                       .toObject();
        QCOMPARE(
            object.value(QLatin1String("spec")).toObject().value(QLatin1String("unschedulable")).toBool(),
            true);
        QVERIFY(object.value(QLatin1String("metadata"))
                    .toObject()
                    .value(QLatin1String("resourceVersion"))
                    .toString()
                    .toULongLong() > rv.toULongLong());
        QVERIFY(watch.find(QStringLiteral("ADDED"), QStringLiteral("worker-1"))
                    .isEmpty()); // from a version: no replay of the list
    }

    void aWatchWithoutVersionStartsWithTheCurrentObjects()
    {
        WatchReader watch(
            client().start(QByteArrayLiteral("GET"), QStringLiteral("/api/v1/pods?watch=1&fieldSelector=") +
                                                         enc(QStringLiteral("spec.nodeName=worker-2"))));
        int expected = 0;
        for (const StoredObject &o : sim()->list(ResourceKind::Pod).items)
            expected += o.pod.nodeName == QLatin1String("worker-2") ? 1 : 0;
        QVERIFY(expected > 0);
        QTRY_COMPARE(watch.events().size(), expected);
        for (const QJsonObject &e : watch.events()) {
            QCOMPARE(e.value(QLatin1String("type")).toString(), QStringLiteral("ADDED"));
            QCOMPARE(e.value(QLatin1String("object"))
                         .toObject()
                         .value(QLatin1String("spec"))
                         .toObject()
                         .value(QLatin1String("nodeName"))
                         .toString(),
                     QStringLiteral("worker-2"));
        }
    }

    void sendInitialEventsEndsWithABookmark()
    {
        // The watch-list form client-go's reflector can use instead of a list.
        WatchReader watch(
            client().start(QByteArrayLiteral("GET"),
                           QStringLiteral("/api/v1/nodes?watch=1&sendInitialEvents=true&"
                                          "allowWatchBookmarks=true&resourceVersionMatch=NotOlderThan")));
        QTRY_COMPARE(watch.events().size(), 10);
        const QJsonObject last = watch.events().last();
        QCOMPARE(last.value(QLatin1String("type")).toString(), QStringLiteral("BOOKMARK"));
        const QJsonObject meta =
            last.value(QLatin1String("object")).toObject().value(QLatin1String("metadata")).toObject();
        QCOMPARE(meta.value(QLatin1String("annotations"))
                     .toObject()
                     .value(QLatin1String("k8s.io/initial-events-end"))
                     .toString(),
                 QStringLiteral("true"));
        QCOMPARE(meta.value(QLatin1String("resourceVersion")).toString().toULongLong(),
                 sim()->list(ResourceKind::Node).resourceVersion);
    }

    void anExpiredVersionGets410Expired()
    {
        WatchReader watch(client().start(QByteArrayLiteral("GET"),
                                         QStringLiteral("/api/v1/pods?watch=true&resourceVersion=1")));
        QTRY_VERIFY(watch.reply()->isFinished());
        QCOMPARE(watch.reply()->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QList<QJsonObject> events = watch.events();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().value(QLatin1String("type")).toString(), QStringLiteral("ERROR"));
        const QJsonObject status = events.first().value(QLatin1String("object")).toObject();
        QCOMPARE(status.value(QLatin1String("code")).toInt(), 410);
        QCOMPARE(status.value(QLatin1String("reason")).toString(), QStringLiteral("Expired"));
        QVERIFY(status.value(QLatin1String("message"))
                    .toString()
                    .startsWith(QLatin1String("too old resource version: 1")));
    }

    void timeoutSecondsEndsTheStream()
    {
        WatchReader watch(client().start(QByteArrayLiteral("GET"),
                                         QStringLiteral("/api/v1/nodes?watch=true&timeoutSeconds=1")));
        QTRY_VERIFY_WITH_TIMEOUT(watch.reply()->isFinished(), 10000);
        QCOMPARE(watch.reply()->error(), QNetworkReply::NoError);
        QCOMPARE(watch.events().size(), 9);
        QTRY_COMPARE(server()->watchCount(), 0);
    }

    void anAbandonedWatchIsCleanedUp()
    {
        auto *watch = new WatchReader(
            client().start(QByteArrayLiteral("GET"), QStringLiteral("/api/v1/pods?watch=true")));
        QTRY_COMPARE(server()->watchCount(), 1);
        delete watch; // aborts the reply: the client goes away mid-stream
        QTRY_COMPARE(server()->watchCount(), 0);
        // The server keeps serving.
        QCOMPARE(client().get(QStringLiteral("/api/v1/nodes")).status, 200);
    }

    void theDeprecatedWatchPathFollowsOneObject()
    {
        WatchReader watch(
            client().start(QByteArrayLiteral("GET"), QStringLiteral("/api/v1/watch/nodes/worker-3")));
        QTRY_COMPARE(watch.events().size(), 1);
        QVERIFY(!watch.find(QStringLiteral("ADDED"), QStringLiteral("worker-3")).isEmpty());
        sim()->updateNode(QStringLiteral("worker-4"), [](Node &n) { n.unschedulable = true; });
        sim()->updateNode(QStringLiteral("worker-3"), [](Node &n) { n.unschedulable = true; });
        QTRY_VERIFY(!watch.find(QStringLiteral("MODIFIED"), QStringLiteral("worker-3")).isEmpty());
        QVERIFY(watch.find(QStringLiteral("MODIFIED"), QStringLiteral("worker-4")).isEmpty());
    }

    void tableWatchesSendColumnsOnce()
    {
        WatchReader watch(client().start(QByteArrayLiteral("GET"), QStringLiteral("/api/v1/nodes?watch=true"),
                                         Auth::Token, {}, {}, TableAccept));
        QTRY_COMPARE(watch.events().size(), 9);
        const QList<QJsonObject> events = watch.events();
        QVERIFY(events.first()
                    .value(QLatin1String("object"))
                    .toObject()
                    .contains(QLatin1String("columnDefinitions")));
        QVERIFY(!events.last()
                     .value(QLatin1String("object"))
                     .toObject()
                     .contains(QLatin1String("columnDefinitions")));
        QCOMPARE(
            events.last().value(QLatin1String("object")).toObject().value(QLatin1String("kind")).toString(),
            QStringLiteral("Table"));
    }

    // ---- PATCH and PUT ----
    void patches_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("check");
        QTest::addRow("strategic merge: cordon")
            << QByteArray(Smp) << QByteArray(R"({"spec":{"unschedulable":true}})") << 0;
        QTest::addRow("merge: cordon")
            << QByteArray(Merge) << QByteArray(R"({"spec":{"unschedulable":true}})") << 0;
        QTest::addRow("json patch: cordon")
            << QByteArray(JsonPatch)
            << QByteArray(R"([{"op":"add","path":"/spec/unschedulable","value":true}])") << 0;
        QTest::addRow("strategic merge: label")
            << QByteArray(Smp) << QByteArray(R"({"metadata":{"labels":{"team":"blue"}}})") << 1;
        QTest::addRow("merge: annotation")
            << QByteArray(Merge)
            << QByteArray(R"({"metadata":{"annotations":{"slipway.io/reason":"kernel"}}})") << 2;
        QTest::addRow("json patch: taint")
            << QByteArray(JsonPatch)
            << QByteArray(
                   R"([{"op":"add","path":"/spec/taints","value":[{"key":"maintenance","value":"true","effect":"NoSchedule"}]}])")
            << 3;
        QTest::addRow("strategic merge: taints")
            << QByteArray(Smp)
            << QByteArray(
                   R"({"spec":{"taints":[{"key":"maintenance","value":"true","effect":"NoSchedule"}]}})")
            << 3;
        QTest::addRow("json patch: remove a label")
            << QByteArray(JsonPatch)
            << QByteArray(R"([{"op":"remove","path":"/metadata/labels/topology.kubernetes.io~1zone"}])") << 4;
    }

    void patches()
    {
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, body);
        QFETCH(int, check);
        const Response r = patch(QStringLiteral("worker-1"), type, body);
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json.value(QLatin1String("kind")).toString(), QStringLiteral("Node"));
        const Node n = node(QStringLiteral("worker-1"));
        switch (check) {
        case 0:
            QVERIFY(n.unschedulable);
            break;
        case 1:
            QCOMPARE(n.labels.value(QStringLiteral("team")), QStringLiteral("blue"));
            break;
        case 2:
            QCOMPARE(n.annotations.value(QStringLiteral("slipway.io/reason")), QStringLiteral("kernel"));
            break;
        case 3:
            QCOMPARE(n.taints, (QList<Taint>{{QStringLiteral("maintenance"), QStringLiteral("true"),
                                              QStringLiteral("NoSchedule")}}));
            break;
        default:
            QVERIFY(!n.labels.contains(QStringLiteral("topology.kubernetes.io/zone")));
            break;
        }
        if (check != 0)
            QVERIFY(!n.unschedulable);
    }

    void uncordonRemovesTheField()
    {
        QCOMPARE(
            patch(QStringLiteral("worker-1"), Smp, QByteArrayLiteral(R"({"spec":{"unschedulable":true}})"))
                .status,
            200);
        QVERIFY(node(QStringLiteral("worker-1")).unschedulable);
        // kubectl uncordon's two-way merge patch (FACTS §5.5).
        const Response r =
            patch(QStringLiteral("worker-1"), Smp, QByteArrayLiteral(R"({"spec":{"unschedulable":null}})"));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json.value(QLatin1String("spec")).toObject().contains(QLatin1String("unschedulable")));
        QVERIFY(!node(QStringLiteral("worker-1")).unschedulable);
    }

    void badPatchesChangeNothing_data()
    {
        QTest::addColumn<QString>("nodeName");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        const QString w1 = QStringLiteral("worker-1");
        QTest::addRow("plain JSON is not a patch type")
            << w1 << QByteArray("application/json") << QByteArray("{}") << 415;
        QTest::addRow("server-side apply is not served")
            << w1 << QByteArray("application/apply-patch+yaml") << QByteArray("{}") << 415;
        QTest::addRow("malformed JSON") << w1 << QByteArray(Smp) << QByteArray(R"({"spec":)") << 400;
        QTest::addRow("json patch that is not a list")
            << w1 << QByteArray(JsonPatch) << QByteArray(R"({"op":"add"})") << 400;
        QTest::addRow("json patch with an unknown op")
            << w1 << QByteArray(JsonPatch) << QByteArray(R"([{"op":"frob","path":"/spec"}])") << 400;
        QTest::addRow("replace of a missing field")
            << w1 << QByteArray(JsonPatch)
            << QByteArray(R"([{"op":"replace","path":"/spec/unschedulable","value":true}])") << 422;
        QTest::addRow("failed test")
            << w1 << QByteArray(JsonPatch)
            << QByteArray(
                   R"([{"op":"test","path":"/metadata/name","value":"other"},{"op":"add","path":"/spec/unschedulable","value":true}])")
            << 422;
        QTest::addRow("renaming the node")
            << w1 << QByteArray(Merge)
            << QByteArray(R"({"metadata":{"name":"other"},"spec":{"unschedulable":true}})") << 422;
        QTest::addRow("stale resourceVersion")
            << w1 << QByteArray(Merge)
            << QByteArray(R"({"metadata":{"resourceVersion":"1"},"spec":{"unschedulable":true}})") << 409;
        QTest::addRow("unknown node") << QStringLiteral("ghost") << QByteArray(Smp)
                                      << QByteArray(R"({"spec":{"unschedulable":true}})") << 404;
    }

    void badPatchesChangeNothing()
    {
        QFETCH(QString, nodeName);
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        const Node before = node(QStringLiteral("worker-1"));
        const Response r = patch(nodeName, type, body);
        QVERIFY2(r.isStatus(code), r.body.constData());
        QCOMPARE(node(QStringLiteral("worker-1")), before);
    }

    void putReplacesWithOptimisticConcurrency()
    {
        QJsonObject object = client().get(QStringLiteral("/api/v1/nodes/worker-2")).json;
        QJsonObject spec = object.value(QLatin1String("spec")).toObject();
        spec.insert(QLatin1String("unschedulable"), true);
        object.insert(QLatin1String("spec"), spec);
        const QString path = QStringLiteral("/api/v1/nodes/worker-2");
        const QByteArray type("application/json");
        QCOMPARE(client().send(QByteArrayLiteral("PUT"), path, Auth::Token, json(object), type).status, 200);
        QVERIFY(node(QStringLiteral("worker-2")).unschedulable);
        // The same body again carries a resourceVersion that is now stale.
        QVERIFY(client().send(QByteArrayLiteral("PUT"), path, Auth::Token, json(object), type).isStatus(409));
        QJsonObject meta = object.value(QLatin1String("metadata")).toObject();
        meta.remove(QLatin1String("resourceVersion"));
        object.insert(QLatin1String("metadata"), meta);
        QVERIFY(client().send(QByteArrayLiteral("PUT"), path, Auth::Token, json(object), type).isStatus(422));
        QVERIFY(client()
                    .send(QByteArrayLiteral("PUT"), path, Auth::Token, QByteArrayLiteral("[1,2"), type)
                    .isStatus(400));
    }

    // ---- evictions and deletes (FACTS §5.3, §5.4) ----
    void evictionsFollowDisruptionBudgets()
    {
        const QString storefront = pod(QStringLiteral("shop"), QStringLiteral("storefront-"));
        const QString invoice = pod(QStringLiteral("billing"), QStringLiteral("invoice-api-"));
        QVERIFY(!storefront.isEmpty() && !invoice.isEmpty());
        auto evict = [this](const QString &ns, const QString &name, const QByteArray &body) {
            return client().send(QByteArrayLiteral("POST"),
                                 QStringLiteral("/api/v1/namespaces/%1/pods/%2/eviction").arg(ns, name),
                                 Auth::Token, body, QByteArrayLiteral("application/json"));
        };
        // A pod no budget protects: 201 Created with a Success Status, then it terminates.
        const Response allowed =
            evict(QStringLiteral("shop"), storefront, eviction(storefront, QStringLiteral("shop")));
        QCOMPARE(allowed.status, 201);
        QCOMPARE(allowed.json.value(QLatin1String("status")).toString(), QStringLiteral("Success"));
        const auto evicted = podObject(QStringLiteral("shop"), storefront);
        QVERIFY(!evicted || evicted->pod.deletionTimestamp);

        // invoice-api has one replica and minAvailable 1: 429 TooManyRequests, nothing happens.
        const Response blocked =
            evict(QStringLiteral("billing"), invoice, eviction(invoice, QStringLiteral("billing")));
        QVERIFY2(blocked.isStatus(429), blocked.body.constData());
        QCOMPARE(blocked.reason(), QStringLiteral("TooManyRequests"));
        QVERIFY(!podObject(QStringLiteral("billing"), invoice)->pod.deletionTimestamp);

        const Response unknown = evict(QStringLiteral("shop"), QStringLiteral("ghost"),
                                       eviction(QStringLiteral("ghost"), QStringLiteral("shop")));
        QVERIFY(unknown.isStatus(404));
        QCOMPARE(unknown.message(), QStringLiteral("pods \"ghost\" not found"));

        const QString other = pod(QStringLiteral("shop"), QStringLiteral("storefront-"));
        QCOMPARE(evict(QStringLiteral("shop"), other,
                       eviction(other, QStringLiteral("shop"), QStringLiteral("policy/v1beta1")))
                     .status,
                 201);
    }

    void evictionDryRunChangesNothing()
    {
        const QString storefront = pod(QStringLiteral("shop"), QStringLiteral("storefront-"));
        const QString invoice = pod(QStringLiteral("billing"), QStringLiteral("invoice-api-"));
        const QString path = QStringLiteral("/api/v1/namespaces/%1/pods/%2/eviction?dryRun=All");
        QCOMPARE(client()
                     .send(QByteArrayLiteral("POST"), path.arg(QStringLiteral("shop"), storefront),
                           Auth::Token, eviction(storefront, QStringLiteral("shop")),
                           QByteArrayLiteral("application/json"))
                     .status,
                 201);
        QVERIFY(!podObject(QStringLiteral("shop"), storefront)->pod.deletionTimestamp);
        QVERIFY(client()
                    .send(QByteArrayLiteral("POST"), path.arg(QStringLiteral("billing"), invoice),
                          Auth::Token, eviction(invoice, QStringLiteral("billing")),
                          QByteArrayLiteral("application/json"))
                    .isStatus(429));
    }

    void malformedEvictionsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addRow("not JSON") << QByteArray("evict please");
        QTest::addRow("not an Eviction") << json({{QLatin1String("apiVersion"), QStringLiteral("v1")},
                                                  {QLatin1String("kind"), QStringLiteral("Pod")}});
        QTest::addRow("another pod's name")
            << eviction(QStringLiteral("someone-else"), QStringLiteral("shop"));
        QTest::addRow("another namespace") << QByteArray("NAMESPACE");
    }

    void malformedEvictionsAreRefused()
    {
        QFETCH(QByteArray, body);
        const QString storefront = pod(QStringLiteral("shop"), QStringLiteral("storefront-"));
        if (body == "NAMESPACE")
            body = eviction(storefront, QStringLiteral("billing"));
        const Response r =
            client().send(QByteArrayLiteral("POST"),
                          QStringLiteral("/api/v1/namespaces/shop/pods/%1/eviction").arg(storefront),
                          Auth::Token, body, QByteArrayLiteral("application/json"));
        QVERIFY2(r.isStatus(400), r.body.constData());
        QVERIFY(!podObject(QStringLiteral("shop"), storefront)->pod.deletionTimestamp);
    }

    void deleteWithGracePeriodZeroRemovesThePod()
    {
        const QString path = QStringLiteral("/api/v1/namespaces/default/pods/debug-shell");
        QVERIFY(podObject(QStringLiteral("default"), QStringLiteral("debug-shell")));
        const Response conflict = client().send(
            QByteArrayLiteral("DELETE"), path, Auth::Token,
            QByteArrayLiteral(
                R"({"kind":"DeleteOptions","apiVersion":"v1","preconditions":{"uid":"not-it"}})"),
            QByteArrayLiteral("application/json"));
        QVERIFY(conflict.isStatus(409));
        const Response deleted =
            client().send(QByteArrayLiteral("DELETE"), path + QStringLiteral("?gracePeriodSeconds=0"));
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json.value(QLatin1String("kind")).toString(), QStringLiteral("Pod"));
        QVERIFY(!podObject(QStringLiteral("default"), QStringLiteral("debug-shell")));
        QVERIFY(client().get(path).isStatus(404));
    }

    void gracefulDeleteFromDeleteOptions()
    {
        const QString storefront = pod(QStringLiteral("shop"), QStringLiteral("storefront-"));
        const Response r = client().send(
            QByteArrayLiteral("DELETE"), QStringLiteral("/api/v1/namespaces/shop/pods/") + storefront,
            Auth::Token,
            QByteArrayLiteral(R"({"kind":"DeleteOptions","apiVersion":"v1","gracePeriodSeconds":30})"),
            QByteArrayLiteral("application/json"));
        QCOMPARE(r.status, 200);
        const auto after = podObject(QStringLiteral("shop"), storefront);
        QVERIFY(after && after->pod.deletionTimestamp); // terminating for 30 s of virtual time
    }
};

QTEST_GUILESS_MAIN(TestApiServerWrites)
#include "tst_apiserverwrites.moc"
