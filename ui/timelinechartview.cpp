#include "ui/timelinechartview.h"

#include <QChart>
#include <QHelpEvent>
#include <QRubberBand>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace Slipway {

TimelineChartView::TimelineChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRubberBand(QChartView::NoRubberBand); // ours: Shift+drag, so a plain drag can pan
    setDragMode(QGraphicsView::NoDrag);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    // Bars, grid and step lines are all axis-aligned: antialiasing would only cost time. Text
    // stays antialiased; exports turn it on for the hatching.
    setRenderHint(QPainter::Antialiasing, false);
    setRenderHint(QPainter::TextAntialiasing, true);
    // Repaints are driven by the timeline's coalescing timer; a partial update of a row stays
    // partial.
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QPointF TimelineChartView::toChart(const QPoint &viewportPos) const
{
    return chart()->mapFromScene(mapToScene(viewportPos));
}

void TimelineChartView::wheelEvent(QWheelEvent *event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    const QPointF anchor = toChart(event->position().toPoint());
    if (event->modifiers() & Qt::ShiftModifier)
        Q_EMIT panRequested(0, steps * 40.0);
    else if (event->modifiers() & Qt::ControlModifier)
        Q_EMIT zoomRequested(Qt::Vertical, std::pow(0.8, steps), anchor);
    else
        Q_EMIT zoomRequested(Qt::Horizontal, std::pow(0.8, steps), anchor);
    event->accept();
}

void TimelineChartView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QChartView::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_pressPos = m_lastPos = event->position().toPoint();
    if (event->modifiers() & Qt::ShiftModifier) {
        m_selecting = true;
        if (!m_band)
            m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
        m_band->setGeometry(QRect(m_pressPos, QSize()));
        m_band->show();
    } else {
        m_panning = true;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    event->accept();
}

void TimelineChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_selecting) {
        m_band->setGeometry(QRect(m_pressPos, pos).normalized());
    } else if (m_panning) {
        const QPoint delta = pos - m_lastPos;
        if (!delta.isNull())
            Q_EMIT panRequested(delta.x(), delta.y());
    }
    m_lastPos = pos;
    QChartView::mouseMoveEvent(event);
}

void TimelineChartView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    if (m_selecting) {
        m_band->hide();
        const QRect band = QRect(m_pressPos, event->position().toPoint()).normalized();
        if (band.width() > 4 || band.height() > 4)
            Q_EMIT rectangleSelected(
                QRectF(toChart(band.topLeft()), toChart(band.bottomRight())).normalized());
    }
    if (m_panning)
        viewport()->unsetCursor();
    m_selecting = m_panning = false;
    event->accept();
}

void TimelineChartView::keyPressEvent(QKeyEvent *event)
{
    const QRectF plot = chart()->plotArea();
    const QPointF centre = plot.center();
    const bool lanes = event->modifiers() & Qt::ControlModifier;
    const Qt::Orientations zoomAxis = lanes ? Qt::Vertical : Qt::Horizontal;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        Q_EMIT zoomRequested(zoomAxis, 0.8, centre);
        break;
    case Qt::Key_Minus:
        Q_EMIT zoomRequested(zoomAxis, 1.25, centre);
        break;
    case Qt::Key_Left:
        Q_EMIT panRequested(plot.width() * 0.1, 0);
        break;
    case Qt::Key_Right:
        Q_EMIT panRequested(-plot.width() * 0.1, 0);
        break;
    case Qt::Key_Up:
        Q_EMIT panRequested(0, plot.height() * 0.1);
        break;
    case Qt::Key_Down:
        Q_EMIT panRequested(0, -plot.height() * 0.1);
        break;
    case Qt::Key_PageUp:
        Q_EMIT pageRequested(-1);
        break;
    case Qt::Key_PageDown:
        Q_EMIT pageRequested(1);
        break;
    case Qt::Key_Home:
    case Qt::Key_0:
        Q_EMIT wholeRunRequested();
        break;
    case Qt::Key_F:
        Q_EMIT followToggleRequested();
        break;
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        showToolTipAt(mapFromScene(chart()->mapToScene(centre)));
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineChartView::contextMenuEvent(QContextMenuEvent *event)
{
    Q_EMIT contextMenuRequested(event->globalPos());
    event->accept();
}

void TimelineChartView::showToolTipAt(const QPoint &viewportPos)
{
    const QString text = m_toolTip ? m_toolTip(viewportPos) : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(viewport()->mapToGlobal(viewportPos), text, viewport());
}

bool TimelineChartView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        showToolTipAt(static_cast<QHelpEvent *>(event)->pos());
        return true;
    }
    return QChartView::viewportEvent(event);
}

} // namespace Slipway
