#pragma once

// Colours and patterns of the run timeline, built once per widget palette and kept (pens and
// brushes are cached, not made per bar). Okabe–Ito colours, which readers with the common forms
// of colour blindness can tell apart, plus hatching on "waiting on a PDB" and a cross-hatch on
// "failed", so those two never depend on colour alone. Works on light and dark palettes.

#include "models/items/timelinelane.h"

#include <QBrush>
#include <QColor>
#include <QLineF>
#include <QList>
#include <QPalette>
#include <QPen>
#include <QRectF>

#include <array>

class QPainter;

namespace Slipway {

class TimelinePalette
{
public:
    // The cluster-wide series of the lower panel.
    enum class Series
    {
        ReadyNodes,
        SchedulableNodes,
        PendingPods,
        WorkloadsBelowDesired,
    };

    explicit TimelinePalette(const QPalette &palette = {});

    bool isDark() const { return m_dark; }
    QColor fill(TimelineBarCategory category) const { return m_fill[index(category)]; }
    const QBrush &brush(TimelineBarCategory category) const { return m_brush[index(category)]; }
    const QPen &outline(TimelineBarCategory category) const { return m_outline[index(category)]; }
    bool isHatched(TimelineBarCategory category) const;
    bool isCrossHatched(TimelineBarCategory category) const
    {
        return category == TimelineBarCategory::Failed;
    }
    const QPen &hatchPen(TimelineBarCategory category) const { return m_hatch[index(category)]; }
    // A brush with the fill and the hatching in one texture: for legend markers only (bars draw
    // their hatching as lines, which stays vector in SVG and PDF).
    QBrush legendBrush(TimelineBarCategory category) const;
    QPen seriesPen(Series series) const;

    const QColor &text() const { return m_text; }
    const QColor &dimText() const { return m_dimText; }
    const QColor &background() const { return m_background; }
    const QColor &grid() const { return m_grid; }
    const QColor &stripe() const { return m_stripe; }
    const QPen &nowPen() const { return m_nowPen; }

    // Adds the hatch lines of `rect` (45°, `spacing` apart, clipped to the rect) to `lines`; with
    // `cross`, the other diagonal too.
    static void appendHatch(const QRectF &rect, qreal spacing, bool cross, QList<QLineF> &lines);

private:
    static int index(TimelineBarCategory category) { return int(category); }

    bool m_dark = false;
    std::array<QColor, kTimelineBarCategoryCount> m_fill;
    std::array<QBrush, kTimelineBarCategoryCount> m_brush;
    std::array<QPen, kTimelineBarCategoryCount> m_outline;
    std::array<QPen, kTimelineBarCategoryCount> m_hatch;
    QColor m_text;
    QColor m_dimText;
    QColor m_background;
    QColor m_grid;
    QColor m_stripe;
    QPen m_nowPen;
};

} // namespace Slipway
