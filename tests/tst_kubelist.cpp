// Paginated lists of the live-cluster client against the practice cluster's API server: pages are
// requested ahead and parsed in parallel yet handed over in order, decoded page by page when a
// decoder is set, and the snapshot loader shares the repeated parts of pods.
#include "kube/kubelist.h"
#include "practiceapifixture.h"
#include "models/valueinterner.h"

#include <QSignalSpy>
#include <QTest>

using namespace Slipway;

class TestKubeList : public QObject
{
    Q_OBJECT
    PracticeApiFixture m_practice;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_practice.start(&error), qPrintable(error));
    }
    void cleanupTestCase() { m_practice.stop(); }

    void scansTheMetadataBeforeTheItems_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("continueToken");
        QTest::addColumn<QString>("resourceVersion");
        QTest::addRow("kube-apiserver's order")
            << QByteArray("{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":"
                          "\"42\",\"continue\":\"abc\"},\"items\":[{\"a\":1}]}")
            << true << QStringLiteral("abc") << QStringLiteral("42");
        QTest::addRow("last page, whitespace")
            << QByteArray(" {\n \"kind\" : \"PodList\" ,\n \"metadata\" : { \"resourceVersion\" : \"7\" } "
                          ",\n \"items\" : [ ] }\n")
            << true << QString() << QStringLiteral("7");
        QTest::addRow("braces and quotes inside strings before the metadata")
            << QByteArray("{\"kind\":\"x{\\\"}[\",\"apiVersion\":\"v1\",\"extra\":{\"a\":[\"}\",{\"b\":"
                          "\"\\\\\"}]},\"metadata\":{\"continue\":\"t\"},\"items\":[]}")
            << true << QStringLiteral("t") << QString();
        QTest::addRow("metadata after the items: left to the parse")
            << QByteArray("{\"kind\":\"PodList\",\"items\":[],\"metadata\":{\"continue\":\"abc\"}}") << false
            << QString() << QString();
        QTest::addRow("not an object") << QByteArray("[1,2]") << false << QString() << QString();
        QTest::addRow("truncated") << QByteArray("{\"kind\":\"PodList\",\"metadata\":{\"continue\":\"a")
                                   << false << QString() << QString();
        QTest::addRow("empty") << QByteArray() << false << QString() << QString();
    }

    void scansTheMetadataBeforeTheItems()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, found);
        QFETCH(QString, continueToken);
        QFETCH(QString, resourceVersion);
        const auto metadata = scanListMetadata(body);
        QCOMPARE(metadata.has_value(), found);
        if (!metadata)
            return;
        QCOMPARE(metadata->continueToken, continueToken);
        QCOMPARE(metadata->resourceVersion, resourceVersion);
    }

    void pagesAreHandedOverInOrder()
    {
        KubeClientOptions options = fastOptions();
        options.pageSize = 3;
        auto api =
            m_practice.apiFor(m_practice.kubeconfig(m_practice.caLine, m_practice.tokenLine()), options);
        QVERIFY(api);
        const ClusterSnapshot expected = m_practice.sim->snapshot();
        QVERIFY(expected.pods.size() > 9);

        KubeList plain(api->client(), KubeResourceType::pods());
        QSignalSpy plainFinished(&plain, &KubeList::finished);
        plain.start();
        QTRY_COMPARE_WITH_TIMEOUT(plainFinished.size(), 1, 20000);
        const auto items = plainFinished.first().first().value<KubeListResult>();
        QVERIFY2(items.ok(), qPrintable(items.error.describe()));

        // The same list through a decoder that only records the names: same pages, same order.
        KubeList decoded(api->client(), KubeResourceType::pods());
        decoded.setPageDecoder([](QList<QJsonObject> &&page) {
            QStringList names;
            for (const QJsonObject &item : page)
                names << item.value(QLatin1String("metadata"))
                             .toObject()
                             .value(QLatin1String("name"))
                             .toString();
            return QVariant(names);
        });
        QSignalSpy progress(&decoded, &KubeList::progress);
        QSignalSpy decodedFinished(&decoded, &KubeList::finished);
        decoded.start();
        QTRY_COMPARE_WITH_TIMEOUT(decodedFinished.size(), 1, 20000);
        const auto pages = decodedFinished.first().first().value<KubeListResult>();
        QVERIFY2(pages.ok(), qPrintable(pages.error.describe()));
        QVERIFY(pages.items.isEmpty());
        QCOMPARE(pages.itemCount, expected.pods.size());
        QCOMPARE(pages.pages, int((expected.pods.size() + 2) / 3));
        QCOMPARE(pages.decoded.size(), pages.pages);
        QCOMPARE(progress.size(), pages.pages);
        QCOMPARE(progress.last().first().toInt(), int(expected.pods.size()));
        QCOMPARE(pages.resourceVersion, items.resourceVersion);

        QStringList inOrder;
        for (const QVariant &page : pages.decoded)
            inOrder << page.toStringList();
        QStringList listed;
        for (const QJsonObject &item : items.items)
            listed
                << item.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
        QCOMPARE(inOrder, listed);
        QCOMPARE(listed.size(), expected.pods.size());
    }

    void snapshotSharesWhatReplicasHaveInCommon()
    {
        KubeClientOptions options = fastOptions();
        options.pageSize = 4; // replicas of one workload land on different pages
        auto api =
            m_practice.apiFor(m_practice.kubeconfig(m_practice.caLine, m_practice.tokenLine()), options);
        QVERIFY(api);
        QSignalSpy loaded(api.get(), &ClusterApi::snapshotLoaded);
        QSignalSpy failed(api.get(), &ClusterApi::refreshFailed);
        api->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size() + failed.size(), 1, 20000);
        QVERIFY(failed.isEmpty());
        const auto snapshot = loaded.first().first().value<ClusterSnapshot>();
        const ClusterSnapshot expected = m_practice.sim->snapshot();
        QCOMPARE(snapshot.pods.size(), expected.pods.size());

        // shop/storefront: 8 replicas of one ReplicaSet with equal labels, owner and containers.
        QList<Pod> storefront;
        for (const Pod &p : snapshot.pods) {
            if (p.namespaceName == QLatin1String("shop") && p.name.startsWith(QLatin1String("storefront-")))
                storefront << p;
        }
        QVERIFY(storefront.size() > 4);
        const Pod &first = storefront.constFirst();
        for (const Pod &p : storefront.mid(1)) {
            QVERIFY(p.name != first.name);
            QCOMPARE(p.labels, first.labels);
            QCOMPARE(p.ownerReferences, first.ownerReferences);
            QCOMPARE(p.containers, first.containers);
            // Shared, not merely equal: one copy for all replicas.
            QCOMPARE(p.ownerReferences.constData(), first.ownerReferences.constData());
            QCOMPARE(p.containers.constData(), first.containers.constData());
            QCOMPARE(p.namespaceName.constData(), first.namespaceName.constData());
        }
    }

    void internerKeepsValuesAndSharesEqualOnes()
    {
        ValueInterner interner;
        Pod a;
        a.namespaceName = QStringLiteral("shop");
        a.name = QStringLiteral("web-1");
        a.labels = {{QStringLiteral("app"), QStringLiteral("web")}};
        a.containers << Container{QStringLiteral("web"), QStringLiteral("nginx:1"), {100, 0, 0}};
        a.tolerations << Toleration{QStringLiteral("k"), QStringLiteral("Exists"), QString(), QString(), 300};
        Pod b = a;
        b.name = QStringLiteral("web-2");
        b.namespaceName = QString(QStringLiteral("sh")) + QStringLiteral("op"); // equal, separate copies
        b.labels = {{QStringLiteral("app"), QStringLiteral("web")}};
        b.containers = {Container{QStringLiteral("web"), QStringLiteral("nginx:1"), {100, 0, 0}}};
        Pod c = a;
        c.containers = {Container{QStringLiteral("web"), QStringLiteral("nginx:1"), {200, 0, 0}}};
        const Pod before = b;
        interner.intern(a);
        interner.intern(b);
        interner.intern(c);
        QCOMPARE(b, before); // values never change
        QCOMPARE(b.namespaceName.constData(), a.namespaceName.constData());
        QCOMPARE(b.containers.constData(), a.containers.constData());
        QVERIFY(c.containers.constData() != a.containers.constData()); // differs in its requests
        QCOMPARE(c.containers.constFirst().requests.cpuMilli, 200);
    }
};

QTEST_GUILESS_MAIN(TestKubeList)
#include "tst_kubelist.moc"
