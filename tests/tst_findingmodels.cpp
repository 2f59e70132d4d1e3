// The finding models: the table merges a recomputed list row by row (grows, shrinks, changes in
// place, never resets), the proxy hides severities and sorts errors first; both pass
// QAbstractItemModelTester from empty to full and back.
#include "models/items/findingfilterproxymodel.h"
#include "models/items/findingtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Slipway;

namespace {

FindingTableModel::Row row(Finding::Severity severity, const char *rule, const char *when = "")
{
    FindingTableModel::Row r;
    r.finding.severity = severity;
    r.finding.rule = QString::fromLatin1(rule);
    r.finding.component = QStringLiteral("kubelet");
    r.finding.message = QStringLiteral("message of ") + r.finding.rule;
    r.finding.fix = QStringLiteral("fix of ") + r.finding.rule;
    r.when = QString::fromLatin1(when);
    return r;
}

QStringList rulesIn(const QAbstractItemModel &model)
{
    QStringList out;
    for (int i = 0; i < model.rowCount(); ++i)
        out << model.index(i, FindingTableModel::RuleColumn).data().toString();
    return out;
}

} // namespace

class TestFindingModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableMergesWithoutReset()
    {
        FindingTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setRows({row(Finding::Severity::Error, "a"), row(Finding::Severity::Warning, "b")});
        QCOMPARE(rulesIn(model), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(inserted.size(), 1);

        // The same rows again: nothing to tell the views.
        model.setRows({row(Finding::Severity::Error, "a"), row(Finding::Severity::Warning, "b")});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 0);

        // One row changes in place and one more arrives.
        model.setRows({row(Finding::Severity::Error, "a"), row(Finding::Severity::Info, "c"),
                       row(Finding::Severity::Warning, "d", "v1.35.8")});
        QCOMPARE(rulesIn(model),
                 (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 1);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.index(2, FindingTableModel::SeverityColumn).data().toString(),
                 QStringLiteral("Warning (after v1.35.8)"));
        QCOMPARE(model.index(2, 0).data(FindingTableModel::WhenRole).toString(), QStringLiteral("v1.35.8"));
        QCOMPARE(model.countOf(Finding::Severity::Warning), 1);

        // Shrinks, then empties.
        model.setRows({row(Finding::Severity::Error, "a")});
        QCOMPARE(rulesIn(model), QStringList{QStringLiteral("a")});
        QCOMPARE(removed.size(), 1);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(removed.size(), 2);
        QCOMPARE(resets.size(), 0);
    }

    void tableToolTipsAndHeaders()
    {
        FindingTableModel model;
        FindingTableModel::Row r = row(Finding::Severity::Error, "kubelet-too-old");
        r.finding.allowedRange = QStringLiteral("v1.32–v1.35");
        model.setRows({r});
        const QString tip = model.index(0, FindingTableModel::FixColumn).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QStringLiteral("fix of kubelet-too-old")));
        QVERIFY(tip.contains(QStringLiteral("v1.32–v1.35")));
        QVERIFY(model.index(0, FindingTableModel::RuleColumn).data(Qt::ToolTipRole).isNull());
        QCOMPARE(model.headerData(FindingTableModel::NodeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Node"));
        QVERIFY(model.headerData(0, Qt::Vertical).isNull());
    }

    void proxyFiltersBySeverityAndSortsErrorsFirst()
    {
        FindingTableModel source;
        FindingFilterProxyModel proxy;
        QAbstractItemModelTester sourceTester(&source,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        proxy.sort(FindingTableModel::SeverityColumn);

        source.setRows({row(Finding::Severity::Info, "i"),
                        row(Finding::Severity::Warning, "w-later", "v1.35.8"),
                        row(Finding::Severity::Error, "e"), row(Finding::Severity::Warning, "w")});
        QCOMPARE(rulesIn(proxy), (QStringList{QStringLiteral("e"), QStringLiteral("w"),
                                              QStringLiteral("w-later"), QStringLiteral("i")}));

        proxy.setSeverityVisible(Finding::Severity::Warning, false);
        QVERIFY(!proxy.isSeverityVisible(Finding::Severity::Warning));
        QCOMPARE(rulesIn(proxy), (QStringList{QStringLiteral("e"), QStringLiteral("i")}));

        // Rows that arrive while a severity is hidden stay hidden; showing it again brings all back.
        source.setRows({row(Finding::Severity::Warning, "w2"), row(Finding::Severity::Error, "e")});
        QCOMPARE(rulesIn(proxy), QStringList{QStringLiteral("e")});
        proxy.setSeverityVisible(Finding::Severity::Warning, true);
        QCOMPARE(rulesIn(proxy), (QStringList{QStringLiteral("e"), QStringLiteral("w2")}));

        source.setRows({});
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFindingModels)
#include "tst_findingmodels.moc"
