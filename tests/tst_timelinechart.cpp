// The timeline chart offscreen: showing, zoom and pan, follow now, tooltips, aggregation at
// 5,000 lanes, PNG/SVG export and render() on a never-shown chart. Saves screenshots of a
// default-scenario run (light and dark) into the build directory.

#include "models/items/timelinemodel.h"
#include "tests/timelinerunfixture.h"
#include "ui/timelinechart.h"
#include "ui/timelinepalette.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCategoryAxis>
#include <QChartView>
#include <QFile>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace Slipway;
using namespace Slipway::TimelineFixture;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    return p;
}

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

int indexOfBar(const TimelineLane &lane, TimelineBarCategory category)
{
    for (int i = 0; i < lane.bars.size(); ++i) {
        if (lane.bars.at(i).category == category)
            return i;
    }
    return -1;
}

// The share of pixels in `rect` within `tolerance` of `color`.
double share(const QImage &image, const QRect &rect, const QColor &color, int tolerance = 8)
{
    int hits = 0, all = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (!image.rect().contains(x, y))
                continue;
            const QColor c = image.pixelColor(x, y);
            ++all;
            if (qAbs(c.red() - color.red()) <= tolerance && qAbs(c.green() - color.green()) <= tolerance &&
                qAbs(c.blue() - color.blue()) <= tolerance)
                ++hits;
        }
    }
    return all ? double(hits) / all : 0.0;
}

// The run as the bundled default scenario would give it; `cutAt` < 1 leaves it running there.
QList<RunEvent> defaultRun(double cutAt = 1.0)
{
    const QList<RunEvent> run = rollingRun(defaultScenarioRun());
    return run.mid(0, qsizetype(run.size() * cutAt));
}

} // namespace

class TstTimelineChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheWholeRun();
    void screenshots_data();
    void screenshots();
    void zoomAndPanChangeTheAxes();
    void inputZoomsAndPans();
    void followsNowWhileRunning();
    void liveUpdatesAreCoalesced();
    void toolTipAtABar();
    void aggregatesFiveThousandLanes();
    void exportsPngAndSvg();
    void rendersWithoutBeingShown();

private:
    QString m_outDir;
};

void TstTimelineChart::initTestCase()
{
    m_outDir = QStringLiteral(SLIPWAY_BINARY_DIR);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

void TstTimelineChart::showsTheWholeRun()
{
    TimelineModel model;
    model.addEvents(defaultRun());
    TimelineChart chart(&model);
    chart.resize(1000, 640);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.flushUpdates();
    QCOMPARE(chart.laneGroupSize(), 1);
    QVERIFY(chart.visibleFromMs() <= model.firstMs());
    QVERIFY(chart.visibleToMs() >= model.nowMs());
    QCOMPARE(chart.visibleLaneCount() >= 9, true);
    QVERIFY(chart.accessibleDescription().contains(QStringLiteral("9 done")));
    QVERIFY(!chart.accessibleName().isEmpty());

    // The name column fits every node's name in bold, as a failed lane is drawn ("wo…-2" was).
    QFont bold = chart.font();
    bold.setBold(true);
    for (int lane = 0; lane < model.laneCount(); ++lane)
        QVERIFY2(chart.labelWidth() >= QFontMetricsF(bold).horizontalAdvance(model.lane(lane).node),
                 qPrintable(model.lane(lane).node));
}

void TstTimelineChart::screenshots_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<double>("cutAt");
    QTest::addColumn<QString>("file");
    QTest::addRow("light, finished") << false << 1.0 << QStringLiteral("timeline-light.png");
    QTest::addRow("dark, finished") << true << 1.0 << QStringLiteral("timeline-dark.png");
    QTest::addRow("light, running") << false << 0.62 << QStringLiteral("timeline-running.png");
}

void TstTimelineChart::screenshots()
{
    QFETCH(bool, dark);
    QFETCH(double, cutAt);
    QFETCH(QString, file);
    TimelineModel model;
    model.addEvents(defaultRun(cutAt));
    TimelineChart chart(&model);
    if (dark)
        chart.setPalette(darkPalette());
    chart.resize(1100, 640);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.flushUpdates();
    const QImage shot = chart.grab().toImage();
    QVERIFY(shot.save(m_outDir + QLatin1Char('/') + file));
    // The background follows the palette.
    const QColor corner = shot.pixelColor(shot.width() - 3, shot.height() / 2);
    QCOMPARE(corner.lightness() < 128, dark);
}

void TstTimelineChart::zoomAndPanChangeTheAxes()
{
    TimelineModel model;
    model.addEvents(defaultRun());
    TimelineChart chart(&model);
    chart.resize(1000, 640);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.flushUpdates();
    auto *timeAxis =
        qobject_cast<QCategoryAxis *>(chart.lanesView()->chart()->axes(Qt::Horizontal).constFirst());
    auto *clusterAxis =
        qobject_cast<QCategoryAxis *>(chart.clusterView()->chart()->axes(Qt::Horizontal).constFirst());
    QVERIFY(timeAxis && clusterAxis);
    const double span = timeAxis->max() - timeAxis->min();
    QCOMPARE(span * 1000, double(chart.visibleToMs() - chart.visibleFromMs()));

    chart.zoomTime(0.5);
    QCOMPARE(qRound(timeAxis->max() - timeAxis->min()), qRound(span / 2));
    QCOMPARE(clusterAxis->min(), timeAxis->min()); // the panels stay in step
    QCOMPARE(clusterAxis->max(), timeAxis->max());
    const double before = timeAxis->min();
    chart.panTime(0.25);
    QCOMPARE(qRound(timeAxis->min() - before), qRound(span / 2 * 0.25));
    QCOMPARE(clusterAxis->min(), timeAxis->min());
    QVERIFY(!chart.followsNow());

    auto *laneAxis = qobject_cast<QValueAxis *>(chart.lanesView()->chart()->axes(Qt::Vertical).constFirst());
    QVERIFY(laneAxis);
    chart.setVisibleLanes(3, 4);
    QCOMPARE(laneAxis->min(), 3.0);
    QCOMPARE(laneAxis->max(), 7.0);
    chart.showWholeRun();
    QVERIFY(chart.visibleFromMs() <= model.firstMs() && chart.visibleToMs() >= model.nowMs());
    QCOMPARE(laneAxis->min(), 0.0);
}

void TstTimelineChart::inputZoomsAndPans()
{
    TimelineModel model;
    model.addEvents(defaultRun());
    TimelineChart chart(&model);
    chart.resize(1000, 640);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.flushUpdates();
    QWidget *viewport = chart.lanesView()->viewport();
    const QPoint centre = viewport->rect().center();
    const auto span = [&chart] {
        return chart.visibleToMs() - chart.visibleFromMs();
    };

    qint64 before = span();
    QWheelEvent wheel(QPointF(centre), viewport->mapToGlobal(QPointF(centre)), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &wheel);
    QVERIFY(span() < before);

    before = span();
    chart.lanesView()->setFocus();
    QTest::keyClick(chart.lanesView(), Qt::Key_Minus);
    QVERIFY(span() > before);

    qint64 from = chart.visibleFromMs();
    QTest::keyClick(chart.lanesView(), Qt::Key_Right);
    QVERIFY(chart.visibleFromMs() > from);

    // Drag to the right: the window moves back in time.
    from = chart.visibleFromMs();
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(centre), viewport->mapToGlobal(QPointF(centre)),
                      Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &press);
    const QPointF to(centre + QPoint(120, 0));
    QMouseEvent move(QEvent::MouseMove, to, viewport->mapToGlobal(to), Qt::NoButton, Qt::LeftButton,
                     Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QMouseEvent release(QEvent::MouseButtonRelease, to, viewport->mapToGlobal(to), Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &release);
    QVERIFY(chart.visibleFromMs() < from);

    // Shift+drag: a rectangle over the first three lanes zooms into lanes and time.
    const QRectF lane0 = chart.barRect(0, 0);
    const QRectF lane2 = chart.barRect(2, 0);
    const QPointF a = viewport->mapFrom(&chart, QPointF(lane0.left(), lane0.top() - 2).toPoint());
    const QPointF b = viewport->mapFrom(&chart, QPointF(lane0.left() + 200, lane2.bottom() + 2).toPoint());
    QMouseEvent shiftPress(QEvent::MouseButtonPress, a, viewport->mapToGlobal(a), Qt::LeftButton,
                           Qt::LeftButton, Qt::ShiftModifier);
    QApplication::sendEvent(viewport, &shiftPress);
    QMouseEvent shiftMove(QEvent::MouseMove, b, viewport->mapToGlobal(b), Qt::NoButton, Qt::LeftButton,
                          Qt::ShiftModifier);
    QApplication::sendEvent(viewport, &shiftMove);
    QMouseEvent shiftRelease(QEvent::MouseButtonRelease, b, viewport->mapToGlobal(b), Qt::LeftButton,
                             Qt::NoButton, Qt::ShiftModifier);
    QApplication::sendEvent(viewport, &shiftRelease);
    QVERIFY2(chart.visibleLaneCount() < 4, qPrintable(QString::number(chart.visibleLaneCount())));
    QVERIFY(chart.visibleFirstLane() < 0.5);

    QTest::keyClick(chart.lanesView(), Qt::Key_Home);
    QVERIFY(chart.visibleLaneCount() >= 9);
}

void TstTimelineChart::followsNowWhileRunning()
{
    const QList<RunEvent> run = defaultRun();
    TimelineModel model;
    model.addEvents(run.mid(0, run.size() / 3));
    TimelineChart chart(&model);
    chart.resize(1000, 640);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.flushUpdates();
    QVERIFY(chart.followsNow());
    QVERIFY(model.isRunning());
    QVERIFY(chart.visibleToMs() >= model.nowMs());
    chart.zoomTime(0.2); // a narrower window, still following
    QVERIFY(chart.followsNow());

    model.addEvents(run.mid(run.size() / 3, run.size() / 3));
    model.setNow(QDateTime::fromMSecsSinceEpoch(model.nowMs() + 5000, Qt::UTC));
    chart.flushUpdates();
    QVERIFY(chart.visibleToMs() >= model.nowMs());
    QVERIFY(chart.visibleFromMs() <= model.nowMs());

    QSignalSpy followChanged(&chart, &TimelineChart::followNowChanged);
    chart.panTime(-0.3); // the user looks back: following stops
    QCOMPARE(followChanged.count(), 1);
    QVERIFY(!chart.followsNow());
    QVERIFY(!chart.followAction()->isChecked());
    const qint64 from = chart.visibleFromMs();
    model.addEvents(run.mid(2 * run.size() / 3, 40));
    chart.flushUpdates();
    QCOMPARE(chart.visibleFromMs(), from);
    chart.followAction()->trigger();
    chart.flushUpdates();
    QVERIFY(chart.followsNow());
    QVERIFY(chart.visibleToMs() >= model.nowMs());
}

void TstTimelineChart::liveUpdatesAreCoalesced()
{
    const QList<RunEvent> run = defaultRun();
    TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.addEvents(run.mid(0, 20));
    TimelineChart chart(&model);
    chart.resize(900, 600);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.flushUpdates();
    QSignalSpy windowChanged(&chart, &TimelineChart::visibleWindowChanged);
    // Many single events: one update follows within the coalescing interval, not one per event.
    for (qsizetype i = 20; i < run.size() / 2; ++i)
        model.addEvent(run.at(i));
    QCOMPARE(windowChanged.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(windowChanged.count(), 1, 1000);
    QVERIFY(chart.visibleToMs() >= model.nowMs());
    QCOMPARE(resets.count(), 0);
}

void TstTimelineChart::toolTipAtABar()
{
    TimelineModel model;
    model.addEvents(defaultRun());
    TimelineChart chart(&model);
    chart.resize(1100, 700);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    // Zoom to worker-3's drain so the wait is wide.
    const int row = model.rowOfNode(QStringLiteral("worker-3"));
    const TimelineLane &lane = model.lane(row);
    const int drain = indexOfBar(lane, TimelineBarCategory::Drain);
    const int wait = indexOfBar(lane, TimelineBarCategory::WaitingOnPdb);
    QVERIFY(drain >= 0 && wait > drain);
    const TimelineBar &d = lane.bars.at(drain);
    chart.setVisibleWindow(d.startMs - 10'000, d.endMs + 10'000);

    const QString waitTip = chart.toolTipAt(chart.barRect(row, wait).center().toPoint());
    QVERIFY2(waitTip.contains(QStringLiteral("worker-3 · Waiting on a PDB")), qPrintable(waitTip));
    QVERIFY2(waitTip.contains(QStringLiteral("PodDisruptionBudget billing/invoice-api")),
             qPrintable(waitTip));
    QVERIFY2(waitTip.contains(timeText(lane.bars.at(wait).startMs)), qPrintable(waitTip));
    QVERIFY2(waitTip.contains(timeText(lane.bars.at(wait).endMs)), qPrintable(waitTip));
    QVERIFY(waitTip.contains(QStringLiteral("allows 0 disruptions")));

    // The drain bar outside the wait.
    const QRectF drainRect = chart.barRect(row, drain);
    const QString drainTip = chart.toolTipAt(QPointF(drainRect.left() + 3, drainRect.center().y()).toPoint());
    QVERIFY2(drainTip.startsWith(QStringLiteral("worker-3 · Drain")), qPrintable(drainTip));
    QVERIFY(drainTip.contains(timeText(d.startMs)));

    // The failed uncordon says why.
    const int failedRow = model.rowOfNode(QStringLiteral("worker-5"));
    const int failed = indexOfBar(model.lane(failedRow), TimelineBarCategory::Failed);
    chart.setVisibleWindow(model.lane(failedRow).bars.at(failed).startMs - 3000,
                           model.lane(failedRow).bars.at(failed).endMs + 8000);
    const QString failedTip = chart.toolTipAt(chart.barRect(failedRow, failed).center().toPoint());
    QVERIFY2(failedTip.contains(QStringLiteral("Uncordon (failed)")), qPrintable(failedTip));
    QVERIFY(failedTip.contains(QStringLiteral("the object has been modified")));

    // Nothing above the plot; a cluster sample below.
    QVERIFY(chart.toolTipAt(QPoint(5, 5)).isEmpty());
    const QWidget *clusterViewport = chart.clusterView()->viewport();
    const QPoint clusterMiddle = clusterViewport->mapTo(&chart, clusterViewport->rect().center());
    QVERIFY(chart.toolTipAt(clusterMiddle).contains(QStringLiteral("Ready nodes:")));
}

void TstTimelineChart::aggregatesFiveThousandLanes()
{
    RollingRunOptions o;
    o.nodes = manyNodes(5000);
    o.parallel = 100;
    o.detail = false;
    o.pdbWaitNodes = {QStringLiteral("node-0042")};
    TimelineModel model;
    model.addEvents(rollingRun(o));
    TimelineChart chart(&model);
    chart.resize(1100, 700);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.flushUpdates();
    QVERIFY2(chart.laneGroupSize() >= 100, qPrintable(QString::number(chart.laneGroupSize())));
    QVERIFY(!chart.grab().isNull());
    QVERIFY(chart.grab().save(m_outDir + QStringLiteral("/timeline-5000.png")));

    // A group's tooltip counts its nodes. The first group's nodes drain within the first minutes.
    const QRectF firstBar = chart.barRect(0, 1); // node-0001's drain, drawn in group 0's row
    chart.setVisibleWindow(model.lane(0).bars.at(1).startMs - 1000, model.lane(0).bars.at(1).endMs + 1000);
    const QRectF row = chart.barRect(0, 1);
    QVERIFY(!firstBar.isEmpty());
    const QString tip = chart.toolTipAt(row.center().toPoint());
    QVERIFY2(tip.contains(QStringLiteral("(%1 node").arg(chart.laneGroupSize())), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Drain: ")), qPrintable(tip));

    // Zooming into lanes ungroups them.
    chart.setVisibleLanes(40, 12);
    QCOMPARE(chart.laneGroupSize(), 1);
    const int lane = model.rowOfNode(QStringLiteral("node-0042"));
    const int wait = indexOfBar(model.lane(lane), TimelineBarCategory::WaitingOnPdb);
    chart.setVisibleWindow(model.lane(lane).firstMs - 5000, model.lane(lane).lastEndMs + 5000);
    const QString waitTip = chart.toolTipAt(chart.barRect(lane, wait).center().toPoint());
    QVERIFY2(waitTip.startsWith(QStringLiteral("node-0042 · Waiting on a PDB")), qPrintable(waitTip));
}

void TstTimelineChart::exportsPngAndSvg()
{
    TimelineModel model;
    model.addEvents(defaultRun());
    TimelineChart chart(&model);
    chart.resize(1000, 640);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const int row = model.rowOfNode(QStringLiteral("worker-5"));
    const TimelineLane &lane = model.lane(row);
    chart.setVisibleWindow(lane.firstMs - 5000, lane.lastEndMs + 5000);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QString png = dir.filePath(QStringLiteral("timeline.png"));
    QVERIFY(chart.exportPng(png));
    QImage image(png);
    QVERIFY(!image.isNull());
    // Where the bars are drawn in the widget is where they are in the image (scale 1).
    const QPoint origin = chart.lanesView()->mapTo(&chart, QPoint(0, 0));
    const TimelinePalette colours(chart.palette());
    const auto at = [&](int bar) {
        return chart.barRect(row, bar).toAlignedRect().translated(-origin).adjusted(2, 2, -2, -2);
    };
    const int drain = indexOfBar(lane, TimelineBarCategory::Drain);
    const int upgrade = indexOfBar(lane, TimelineBarCategory::Upgrade);
    const int failed = indexOfBar(lane, TimelineBarCategory::Failed);
    QVERIFY2(share(image, at(drain), colours.fill(TimelineBarCategory::Drain)) > 0.8,
             qPrintable(QString::number(share(image, at(drain), colours.fill(TimelineBarCategory::Drain)))));
    QVERIFY(share(image, at(upgrade), colours.fill(TimelineBarCategory::Upgrade)) > 0.8);
    QVERIFY(share(image, at(upgrade), colours.fill(TimelineBarCategory::Drain)) < 0.05);
    // Zoomed to the failed uncordon (half a second): the vermillion fill and its white hatching.
    const TimelineBar &failedBar = lane.bars.at(failed);
    chart.setVisibleWindow(failedBar.startMs - 2000, failedBar.endMs + 6000);
    QVERIFY(chart.exportPng(png));
    image.load(png);
    const double hatched = share(image, at(failed), colours.fill(TimelineBarCategory::Failed));
    QVERIFY2(hatched > 0.3 && hatched < 0.95, qPrintable(QString::number(hatched)));
    QVERIFY(share(image, at(failed), QColor(Qt::white), 60) > 0.05);

    const QString svg = dir.filePath(QStringLiteral("timeline.svg"));
    QVERIFY(chart.exportSvg(svg));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    QVERIFY(xml.startsWith("<?xml"));
    QVERIFY(xml.contains("<svg"));
    QVERIFY(xml.contains("<rect") || xml.contains("<path"));
    QVERIFY(xml.contains("worker-5"));
    QVERIFY(xml.contains(QColor(colours.fill(TimelineBarCategory::Drain)).name().toLatin1()));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
}

void TstTimelineChart::rendersWithoutBeingShown()
{
    // The PDF report makes a chart, sizes it and renders it; it is never shown.
    TimelineModel model;
    model.addEvents(defaultRun());
    TimelineChart chart(&model);
    chart.resize(900, 600);
    QImage image(900, 600, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    chart.render(&painter, QRectF(image.rect()));
    painter.end();
    const TimelinePalette colours(chart.palette());
    QVERIFY(share(image, image.rect(), colours.fill(TimelineBarCategory::Upgrade)) > 0.005);
    QVERIFY(share(image, image.rect(), colours.fill(TimelineBarCategory::Drain)) > 0.001);
    QVERIFY(!chart.isVisible());
}

QTEST_MAIN(TstTimelineChart)
#include "tst_timelinechart.moc"
