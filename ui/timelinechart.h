#pragma once

// The live run timeline (issue 9): a lane per node with a coloured bar per phase, and below it
// the cluster-wide series over the same time window. Built on QtCharts without a series per bar
// (TimelineBarsItem draws them all) and fed by a TimelineModel; model changes are coalesced and
// repainted a few times a second, only where they changed unless the window moves.
//
// Zoom and pan with the wheel, a drag, Shift+drag (a rectangle), the keyboard (+, -, arrows,
// Home) or the toolbar; both panels stay in step. "Follow now" keeps the window on the run's
// clock while it runs and turns off when the user pans. Lanes that do not fit are grouped;
// zooming into lanes ungroups them. Exports PNG and SVG; render() draws the same chart as vectors
// on any painter (the PDF report uses it with a QPdfWriter).

#include "ui/timelinepalette.h"

#include <QPair>
#include <QSet>
#include <QWidget>

#include <memory>

class QAction;
class QChart;
class QChartView;
class QMenu;
class QSplitter;
class QTimer;
class QToolButton;

namespace Slipway {

class TimelineBarsItem;
class TimelineChartView;
class TimelineClusterChart;
class TimelineLaneGroups;
class TimelineLanesChart;
class TimelineModel;

class TimelineChart : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineChart(TimelineModel *model, QWidget *parent = nullptr);
    ~TimelineChart() override;

    TimelineModel *model() const { return m_model; }

    // The visible window (msecs since the epoch, UTC) and lanes (first lane, count).
    qint64 visibleFromMs() const { return m_fromMs; }
    qint64 visibleToMs() const { return m_toMs; }
    qreal visibleFirstLane() const { return m_yTop; }
    qreal visibleLaneCount() const { return m_ySpan; }
    void setVisibleWindow(qint64 fromMs, qint64 toMs);      // turns "follow now" off
    void setVisibleLanes(qreal firstLane, qreal laneCount); // zooms into (or out of) lanes
    void showWholeRun();
    void zoomTime(qreal factor);  // < 1 zooms in, around the centre
    void zoomLanes(qreal factor); // < 1 zooms in, around the centre
    void panTime(qreal fraction); // of the visible span; positive moves later
    bool followsNow() const { return m_follow; }
    void setFollowNow(bool follow);
    // Nodes per row: 1 when every lane has a row of its own.
    int laneGroupSize() const;
    // The width of the lane-name column; fits every name in bold (a failed lane's).
    qreal labelWidth() const { return m_labelWidth; }

    // Applies what the model changed since the last update now, instead of at the next tick of
    // the coalescing timer (tests and benchmarks).
    void flushUpdates();
    // The tooltip text at a position of the lanes panel (in this widget's coordinates); empty
    // outside bars and lanes.
    QString toolTipAt(const QPoint &pos) const;
    // Where a bar is drawn (this widget's coordinates): its lane row, from its start to its end.
    QRectF barRect(int lane, int bar) const;

    // Both panels, scaled to fit `target` (aspect kept), as vectors where the painter allows.
    void render(QPainter *painter, const QRectF &target);
    QImage toImage(qreal scale = 1.0);
    bool exportPng(const QString &fileName, qreal scale = 1.0);
    bool exportSvg(const QString &fileName);

    QAction *followAction() const { return m_followAction; }
    QChartView *lanesView() const;   // the upper panel (tests, the wizard's focus chain)
    QChartView *clusterView() const; // the lower panel

Q_SIGNALS:
    void followNowChanged(bool follow);
    void visibleWindowChanged();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    QWidget *createToolBar();
    void connectModel();
    void connectView(TimelineChartView *view, bool lanes);
    void scheduleUpdate();
    void applyView();
    void updateTimeWindow(qint64 first, qint64 now);
    void repaintChanged(qint64 now);
    void applyPalette();
    void applyFont();
    void setClusterWindow(qint64 nowMs);
    void alignPlotAreas();
    void unfixPlotAreas();
    void updateLabelWidth(int firstNewLane);
    void updateAccessibleDescription();
    void ensureLaidOut();
    void activateLayouts();
    qint64 msAt(const QChart *chart, qreal chartX) const;
    qreal maxLaneSpan() const;
    void clampLanes();

    void onZoom(QChart *chart, Qt::Orientations orientations, qreal factor, const QPointF &anchor);
    void onPan(qreal dx, qreal dy);
    void onRectangle(QChart *chart, const QRectF &rect, bool lanes);
    void showContextMenu(const QPoint &globalPos);
    void exportInteractively(bool svg);

    QString laneToolTip(int row, qint64 ms, qreal toleranceMs) const;
    QString groupToolTip(int group, qint64 ms) const;
    QString clusterToolTip(qint64 ms) const;
    QString timeText(qint64 ms) const;

    TimelineModel *m_model;
    std::unique_ptr<TimelineLaneGroups> m_groups;
    TimelinePalette m_palette;
    TimelineLanesChart *m_lanesChart;
    TimelineClusterChart *m_clusterChart;
    TimelineChartView *m_lanesView;
    TimelineChartView *m_clusterView;
    QSplitter *m_splitter;
    QTimer *m_updateTimer;
    QAction *m_followAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_wholeRunAction = nullptr;
    QAction *m_exportPngAction = nullptr;
    QAction *m_exportSvgAction = nullptr;

    // View state.
    qint64 m_originMs = 0;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 60'000;
    qint64 m_spanMs = 0; // the span chosen by zooming while following; 0: the whole run
    qreal m_yTop = 0;
    qreal m_ySpan = 1;
    bool m_follow = true;
    bool m_autoX = true; // the whole run, until the user zooms or pans
    bool m_autoY = true; // every lane, until the user zooms into lanes
    bool m_aligning = false;
    bool m_plotFixed = false;   // both plot areas fixed to the common span
    bool m_autoXPending = true; // the follow window is placed afresh at the next update
    qreal m_lastNowX = -1;
    qreal m_labelWidth = 60;
    qreal m_labelNameWidth = 40;                // the widest node name
    QPair<qreal, qreal> m_valueLabelRoom{0, 0}; // reserved for the cluster panel's value labels

    // What changed since the last update.
    QSet<int> m_dirtyLanes;
    bool m_lanesAdded = false;
    bool m_seriesChanged = false;
    bool m_nowMoved = false;
    qint64 m_appliedFrom = -1, m_appliedTo = -1;
    qreal m_appliedTop = -1, m_appliedSpan = -1;
    int m_appliedGroup = 0;
    qreal m_appliedPlotWidth = -1;
};

} // namespace Slipway
