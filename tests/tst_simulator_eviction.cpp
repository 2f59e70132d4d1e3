// Specification of the practice cluster's eviction API (FACTS §5.3, PEERS "PDB rules to model"):
// PodDisruptionBudget arithmetic, 429 while a budget allows no disruption, 500 for a pod under two
// budgets, and the pods that bypass budgets (Pending, terminating, unready while the budget is met).
#include "simulatortestsupport.h"

using namespace Slipway;
using namespace SimTest;

class TestSimulatorEviction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postgresBudgetAllowsOneEvictionUntilTheReplacementIsReady()
    {
        auto sim = loadBundled(QStringLiteral("default"));
        QVERIFY(sim);
        const QString data = QStringLiteral("data");
        PodDisruptionBudget budget = pdb(*sim, data, QStringLiteral("postgres"));
        QCOMPARE(budget.expectedPods, 3);
        QCOMPARE(budget.disruptionsAllowed, 1);

        const QDateTime t0 = sim->now();
        const SimResult first = sim->evictPod(data, QStringLiteral("postgres-0"), std::nullopt);
        QCOMPARE(first.httpStatus, 201);
        QCOMPARE(first.object->pod.deletionTimestamp.value_or(QDateTime()), t0.addSecs(120));
        budget = pdb(*sim, data, QStringLiteral("postgres"));
        QCOMPARE(budget.currentHealthy, 2);
        QCOMPARE(budget.desiredHealthy, 2);
        QCOMPARE(budget.disruptionsAllowed, 0);

        auto refused = [&] {
            const SimResult r = sim->evictPod(data, QStringLiteral("postgres-1"), std::nullopt);
            return r.httpStatus == 429 && r.reason == QLatin1String("TooManyRequests") &&
                   r.message ==
                       QLatin1String("Cannot evict pod as it would violate the pod's disruption budget.") &&
                   r.causes.size() == 1 && r.causes.constFirst().type == QLatin1String("DisruptionBudget") &&
                   r.causes.constFirst().message ==
                       QLatin1String(
                           "The disruption budget postgres needs 2 healthy pods and has 2 currently") &&
                   !pod(*sim, data, QStringLiteral("postgres-1"))->deletionTimestamp;
        };
        QVERIFY(refused());
        advanceTo(*sim, t0.addSecs(119));
        QVERIFY(refused());
        advanceTo(*sim, t0.addSecs(120)); // postgres-0 is gone and recreated: Pending
        QCOMPARE(pod(*sim, data, QStringLiteral("postgres-0"))->phase, PodPhase::Pending);
        QVERIFY(refused());
        sim->clock()->advance(2); // Running, not yet Ready
        QCOMPARE(pod(*sim, data, QStringLiteral("postgres-0"))->phase, PodPhase::Running);
        QVERIFY(refused());
        sim->clock()->advance(3); // Ready: the budget has room again
        QCOMPARE(pdb(*sim, data, QStringLiteral("postgres")).disruptionsAllowed, 1);
        QCOMPARE(sim->evictPod(data, QStringLiteral("postgres-1"), std::nullopt).httpStatus, 201);
        QCOMPARE(pdb(*sim, data, QStringLiteral("postgres")).disruptionsAllowed, 0);
    }

    void terminatingPodsBypassBudgets()
    {
        auto sim = loadBundled(QStringLiteral("default"));
        QVERIFY(sim);
        const QString data = QStringLiteral("data");
        const QDateTime t0 = sim->now();
        QCOMPARE(sim->evictPod(data, QStringLiteral("postgres-0"), std::nullopt).httpStatus, 201);
        QCOMPARE(pdb(*sim, data, QStringLiteral("postgres")).disruptionsAllowed, 0);
        // Deleted again without a budget check; the grace period can only shrink.
        const SimResult again = sim->evictPod(data, QStringLiteral("postgres-0"), 10);
        QCOMPARE(again.httpStatus, 201);
        QCOMPARE(again.object->pod.deletionTimestamp.value_or(QDateTime()), t0.addSecs(10));
        QCOMPARE(sim->evictPod(data, QStringLiteral("postgres-0"), 60)
                     .object->pod.deletionTimestamp.value_or(QDateTime()),
                 t0.addSecs(10));
        advanceTo(*sim, t0.addSecs(10));
        QVERIFY(pod(*sim, data, QStringLiteral("postgres-0"))->uid != again.object->pod.uid);
    }

    void pendingAndUnreadyPodsUnderBudgets_data()
    {
        QTest::addColumn<QByteArray>("minAvailable");
        QTest::addColumn<int>("pendingStatus");
        QTest::addColumn<int>("unreadyStatus");
        QTest::addColumn<QString>("message");
        // A Pending pod always bypasses the budget. An unready Running one goes only while the
        // budget is met (IfHealthyBudget), without using up a disruption.
        QTest::addRow("budget met (2 of 2 healthy)") << QByteArray("2") << 201 << 201 << QString();
        QTest::addRow("budget not met (2 of 3 healthy)")
            << QByteArray("3") << 201 << 429
            << QStringLiteral("The disruption budget postgres needs 3 healthy pods and has 2 currently");
    }

    void pendingAndUnreadyPodsUnderBudgets()
    {
        QFETCH(QByteArray, minAvailable);
        QFETCH(int, pendingStatus);
        QFETCH(int, unreadyStatus);
        QFETCH(QString, message);
        QByteArray yaml = bundledYaml(QStringLiteral("default"));
        QVERIFY(yaml.contains("    minAvailable: 2\n"));
        const QByteArray budget = QByteArray("    minAvailable: ") + minAvailable + '\n';
        yaml.replace("    minAvailable: 2\n", budget);
        auto sim = loadYaml(yaml);
        QVERIFY(sim);
        const QString data = QStringLiteral("data");
        const auto replacement = [&] {
            // A forced delete: postgres-0 comes back at once, Pending.
            sim->deletePod(data, QStringLiteral("postgres-0"), 0);
            return *pod(*sim, data, QStringLiteral("postgres-0"));
        };
        const Pod pending = replacement();
        QCOMPARE(pending.phase, PodPhase::Pending);
        QCOMPARE(pdb(*sim, data, QStringLiteral("postgres")).disruptionsAllowed, 0);
        QCOMPARE(sim->evictPod(data, pending.name, std::nullopt).httpStatus, pendingStatus);

        replacement();
        sim->clock()->advance(2);
        const Pod unready = *pod(*sim, data, QStringLiteral("postgres-0"));
        QCOMPARE(unready.phase, PodPhase::Running);
        QVERIFY(!unready.ready);
        const SimResult r = sim->evictPod(data, unready.name, std::nullopt);
        QCOMPARE(r.httpStatus, unreadyStatus);
        QCOMPARE(r.causes.isEmpty() ? QString() : r.causes.constFirst().message, message);
        QCOMPARE(pod(*sim, data, unready.name)->deletionTimestamp.has_value(), unreadyStatus == 201);
        QCOMPARE(pdb(*sim, data, QStringLiteral("postgres")).disruptionsAllowed, 0);
    }

    void podsUnderTwoBudgetsCannotBeEvicted()
    {
        const QByteArray yaml = bundledYaml(QStringLiteral("default")) +
                                "  - namespace: shop\n    name: catalog-tight\n    "
                                "selector: {app: catalog-api}\n    maxUnavailable: 1\n";
        auto sim = loadYaml(yaml);
        QVERIFY(sim);
        QCOMPARE(pdb(*sim, QStringLiteral("shop"), QStringLiteral("catalog-tight")).disruptionsAllowed, 1);
        const Pod catalog = pods(*sim, QStringLiteral("shop"), QStringLiteral("catalog-api-")).constFirst();
        const SimResult r = sim->evictPod(QStringLiteral("shop"), catalog.name, std::nullopt);
        QCOMPARE(r.httpStatus, 500);
        QCOMPARE(r.message, QStringLiteral("This pod has more than one PodDisruptionBudget, which the "
                                           "eviction subresource does not support."));
        QVERIFY(!pod(*sim, QStringLiteral("shop"), catalog.name)->deletionTimestamp);
        // A pod no budget covers is always evicted.
        const Pod storefront = pods(*sim, QStringLiteral("shop"), QStringLiteral("storefront-")).constFirst();
        QCOMPARE(sim->evictPod(QStringLiteral("shop"), storefront.name, std::nullopt).httpStatus, 201);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorEviction)
#include "tst_simulator_eviction.moc"
