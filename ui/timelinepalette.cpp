#include "ui/timelinepalette.h"

#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace Slipway {

namespace {

// Okabe & Ito, "Color Universal Design" (2008).
constexpr QRgb kOrange = 0xE69F00;
constexpr QRgb kSkyBlue = 0x56B4E9;
constexpr QRgb kBluishGreen = 0x009E73;
constexpr QRgb kYellow = 0xF0E442;
constexpr QRgb kBlue = 0x0072B2;
constexpr QRgb kVermillion = 0xD55E00;
constexpr QRgb kReddishPurple = 0xCC79A7;

QColor categoryColor(TimelineBarCategory category, bool dark)
{
    switch (category) {
    case TimelineBarCategory::Cordon:
        return QColor(kSkyBlue);
    case TimelineBarCategory::Drain:
        // Okabe–Ito blue is too dark on a dark background; a lighter tint of the same hue.
        return dark ? QColor(0x3A9AD9) : QColor(kBlue);
    case TimelineBarCategory::WaitingOnPdb:
        return QColor(kOrange);
    case TimelineBarCategory::Upgrade:
    case TimelineBarCategory::Maintain:
        return QColor(kBluishGreen);
    case TimelineBarCategory::Verify:
        return QColor(kReddishPurple);
    case TimelineBarCategory::Uncordon:
        return QColor(kYellow);
    case TimelineBarCategory::Failed:
        return QColor(kVermillion);
    }
    return {};
}

} // namespace

TimelinePalette::TimelinePalette(const QPalette &palette)
{
    m_background = palette.color(QPalette::Base);
    m_text = palette.color(QPalette::Text);
    m_dark = m_background.lightness() < 128;
    m_dimText = palette.color(QPalette::Disabled, QPalette::Text);
    if (m_dimText == m_text) {
        m_dimText = m_text;
        m_dimText.setAlphaF(0.55f);
    }
    m_grid = m_text;
    m_grid.setAlphaF(m_dark ? 0.22f : 0.15f);
    m_stripe = m_text;
    m_stripe.setAlphaF(m_dark ? 0.06f : 0.035f);
    QColor now(kVermillion);
    m_nowPen = QPen(m_dark ? now.lighter(130) : now, 1.5, Qt::DashLine);
    m_nowPen.setCosmetic(true);

    // Bars carry an outline in the text colour's opposite, so pale fills (yellow) keep an edge on
    // a light background and dark fills (blue) on a dark one.
    const QColor edge = m_dark ? QColor(255, 255, 255, 110) : QColor(0, 0, 0, 120);
    for (int i = 0; i < kTimelineBarCategoryCount; ++i) {
        const auto category = TimelineBarCategory(i);
        m_fill[i] = categoryColor(category, m_dark);
        m_brush[i] = QBrush(m_fill[i]);
        m_outline[i] = QPen(edge, 1.0);
        m_outline[i].setCosmetic(true);
        m_outline[i].setJoinStyle(Qt::MiterJoin);
        // Hatching in black on the orange wait and white on the vermillion failure: both
        // contrast with their fill whatever the theme.
        const QColor hatch =
            category == TimelineBarCategory::Failed ? QColor(255, 255, 255, 220) : QColor(0, 0, 0, 170);
        m_hatch[i] = QPen(hatch, 1.4);
        m_hatch[i].setCosmetic(true);
        m_hatch[i].setCapStyle(Qt::FlatCap);
    }
}

bool TimelinePalette::isHatched(TimelineBarCategory category) const
{
    return category == TimelineBarCategory::WaitingOnPdb || category == TimelineBarCategory::Failed;
}

QBrush TimelinePalette::legendBrush(TimelineBarCategory category) const
{
    if (!isHatched(category))
        return brush(category);
    QPixmap tile(12, 12);
    tile.fill(fill(category));
    QPainter p(&tile);
    p.setRenderHint(QPainter::Antialiasing);
    QList<QLineF> lines;
    // A tile wider than its pattern so the hatch continues across tiles.
    appendHatch(QRectF(0, 0, 12, 12), 6, isCrossHatched(category), lines);
    p.setPen(hatchPen(category));
    p.drawLines(lines);
    p.end();
    return QBrush(tile);
}

QPen TimelinePalette::seriesPen(Series series) const
{
    // Colour and dash pattern both differ, so the lines are told apart without colour too.
    // One-pixel cosmetic pens: the raster engine draws them (dashes included) on its fast path;
    // a wider or dashed pen is stroked into a polygon first, which cost most of a frame.
    QPen pen;
    pen.setWidthF(1.0);
    pen.setCosmetic(true);
    switch (series) {
    case Series::ReadyNodes:
        pen.setColor(m_dark ? QColor(0x3A9AD9) : QColor(kBlue));
        break;
    case Series::SchedulableNodes:
        pen.setColor(QColor(kBluishGreen));
        pen.setStyle(Qt::DashLine);
        break;
    case Series::PendingPods:
        pen.setColor(QColor(kVermillion));
        break;
    case Series::WorkloadsBelowDesired:
        pen.setColor(QColor(kReddishPurple));
        pen.setStyle(Qt::DashDotLine);
        break;
    }
    return pen;
}

void TimelinePalette::appendHatch(const QRectF &rect, qreal spacing, bool cross, QList<QLineF> &lines)
{
    const qreal h = rect.height();
    if (h <= 0 || rect.width() <= 0 || spacing <= 0)
        return;
    // Lines rising to the right: from (s, bottom) to (s + h, top), clipped to [left, right].
    const qreal first = std::floor((rect.left() - h) / spacing) * spacing;
    for (qreal s = first; s < rect.right(); s += spacing) {
        qreal x0 = s, y0 = rect.bottom(), x1 = s + h, y1 = rect.top();
        if (x0 < rect.left()) {
            y0 -= rect.left() - x0;
            x0 = rect.left();
        }
        if (x1 > rect.right()) {
            y1 += x1 - rect.right();
            x1 = rect.right();
        }
        if (x1 > x0)
            lines.append(QLineF(x0, y0, x1, y1));
        if (!cross)
            continue;
        // The mirror image: falling to the right.
        qreal u0 = s, v0 = rect.top(), u1 = s + h, v1 = rect.bottom();
        if (u0 < rect.left()) {
            v0 += rect.left() - u0;
            u0 = rect.left();
        }
        if (u1 > rect.right()) {
            v1 -= u1 - rect.right();
            u1 = rect.right();
        }
        if (u1 > u0)
            lines.append(QLineF(u0, v0, u1, v1));
    }
}

} // namespace Slipway
