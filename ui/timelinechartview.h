#pragma once

// A QChartView that turns mouse, wheel and keyboard input into zoom and pan requests for the
// timeline (which owns the view state and keeps both panels in step), and asks it for tooltips.
// Wheel: zoom time at the cursor; Ctrl+wheel: zoom lanes; Shift+wheel: scroll lanes. Drag: pan;
// Shift+drag: zoom to the rectangle. Keys: + and - zoom time (Ctrl: lanes), arrows and
// Page Up/Down pan, Home shows the whole run, F follows "now", Space shows the tooltip at the
// centre. Never OpenGL (QtCharts' OpenGL path crashes offscreen).

#include <QChartView>

#include <functional>

class QRubberBand;

namespace Slipway {

class TimelineChartView : public QChartView
{
    Q_OBJECT
public:
    explicit TimelineChartView(QChart *chart, QWidget *parent = nullptr);

    // Text for a tooltip at a viewport position; empty for none.
    void setToolTipProvider(std::function<QString(const QPoint &)> provider)
    {
        m_toolTip = std::move(provider);
    }

Q_SIGNALS:
    // factor < 1 zooms in; `anchor` is the chart position that stays put.
    void zoomRequested(Qt::Orientations orientations, qreal factor, const QPointF &anchor);
    // In chart pixels: the content moves by (dx, dy).
    void panRequested(qreal dx, qreal dy);
    void pageRequested(int pages); // lanes, by a plot height
    void rectangleSelected(const QRectF &chartRect);
    void wholeRunRequested();
    void followToggleRequested();
    void contextMenuRequested(const QPoint &globalPos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    QPointF toChart(const QPoint &viewportPos) const;
    void showToolTipAt(const QPoint &viewportPos);

    std::function<QString(const QPoint &)> m_toolTip;
    QRubberBand *m_band = nullptr;
    QPoint m_pressPos;
    QPoint m_lastPos;
    bool m_panning = false;
    bool m_selecting = false;
};

} // namespace Slipway
