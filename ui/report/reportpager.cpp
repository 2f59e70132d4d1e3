#include "ui/report/reportpager.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <memory>
#include <vector>

namespace Slipway {

namespace {

constexpr qreal kMarginSideMm = 16;
constexpr qreal kMarginTopMm = 20;
constexpr qreal kMarginBottomMm = 18;
constexpr qreal kCellPadPt = 2.5;

QString forLayout(QString text)
{
    // QTextLayout breaks lines only at QChar::LineSeparator, as QPainter::drawText does for '\n'.
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return text;
}

const QColor kHeaderFill(0xe8, 0xec, 0xf1);
const QColor kStripeFill(0xf6, 0xf7, 0xf9);
const QColor kEmphasisFill(0xfd, 0xec, 0xe6);
const QColor kSectionFill(0xdd, 0xe4, 0xee);

} // namespace

struct LaidCell
{
    std::unique_ptr<QTextLayout> layout; // null for single-line cells
    QString elided;
};

const QColor &ReportPager::textColor()
{
    static const QColor c(0x1a, 0x1a, 0x1a);
    return c;
}

const QColor &ReportPager::dimColor()
{
    static const QColor c(0x5f, 0x63, 0x68);
    return c;
}

const QColor &ReportPager::ruleColor()
{
    static const QColor c(0xa8, 0xb0, 0xbb);
    return c;
}

ReportPager::ReportPager(QPagedPaintDevice *device, QPainter *painter, const Fonts &fonts,
                         const Decoration &decoration)
    : m_device(device)
    , m_painter(painter)
    , m_fonts(fonts)
    , m_decoration(decoration)
    , m_page(0, 0, device->width(), device->height())
{
    const qreal mm = device->logicalDpiX() / 25.4;
    m_body =
        m_page.adjusted(kMarginSideMm * mm, kMarginTopMm * mm, -kMarginSideMm * mm, -kMarginBottomMm * mm);
    beginPage();
}

qreal ReportPager::pt(qreal points) const
{
    return points * m_device->logicalDpiY() / 72.0;
}

void ReportPager::beginPage()
{
    ++m_pages;
    m_y = m_body.top();
    m_pageEmpty = true;
    decorate();
}

void ReportPager::newPage()
{
    if (m_painter)
        m_device->newPage();
    beginPage();
}

void ReportPager::decorate()
{
    if (!m_painter)
        return;
    QPainter *p = m_painter;
    p->save();
    p->setFont(m_fonts.small);
    const QFontMetricsF fm(m_fonts.small, m_device);
    const qreal mm = m_device->logicalDpiX() / 25.4;
    const qreal headerBase = m_body.top() - 6 * mm;
    p->setPen(dimColor());
    const qreal half = m_body.width() / 2 - 2 * mm;
    p->drawText(QPointF(m_body.left(), headerBase),
                fm.elidedText(m_decoration.headerLeft, Qt::ElideRight, half));
    const QString right = fm.elidedText(m_decoration.headerRight, Qt::ElideLeft, half);
    p->drawText(QPointF(m_body.right() - fm.horizontalAdvance(right), headerBase), right);
    p->setPen(QPen(ruleColor(), pt(0.5)));
    p->drawLine(QPointF(m_body.left(), headerBase + 2 * mm), QPointF(m_body.right(), headerBase + 2 * mm));
    const qreal footerBase = m_body.bottom() + 9 * mm;
    p->drawLine(QPointF(m_body.left(), footerBase - fm.ascent() - 2 * mm),
                QPointF(m_body.right(), footerBase - fm.ascent() - 2 * mm));
    p->setPen(dimColor());
    p->drawText(QPointF(m_body.left(), footerBase),
                fm.elidedText(m_decoration.footerLeft, Qt::ElideRight, half));
    const int number = currentPageNumber();
    const QString page = m_decoration.totalPages > 0
                             ? tr("Page %1 of %2").arg(number).arg(m_decoration.totalPages)
                             : tr("Page %1").arg(number);
    p->drawText(QPointF(m_body.right() - fm.horizontalAdvance(page), footerBase), page);
    p->restore();
}

void ReportPager::ensure(qreal height)
{
    if (m_y + height > m_body.bottom() && !m_pageEmpty)
        newPage();
}

void ReportPager::space(qreal points)
{
    if (!m_pageEmpty)
        m_y = qMin(m_y + pt(points), m_body.bottom());
}

qreal ReportPager::layoutText(QTextLayout &layout, qreal width, bool anywhere) const
{
    QTextOption option;
    // Commands and identifiers break at spaces and hyphens when they can, anywhere when one word
    // is wider than its column.
    Q_UNUSED(anywhere)
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

void ReportPager::heading(int level, const QString &text, bool toc)
{
    const QFont &font = level <= 1 ? m_fonts.h1 : level == 2 ? m_fonts.h2 : m_fonts.h3;
    if (level <= 1 && !m_pageEmpty)
        newPage();
    QTextLayout layout(forLayout(text), font, m_device);
    const qreal height = layoutText(layout, m_body.width(), false);
    const qreal before = m_pageEmpty ? 0 : pt(level <= 2 ? 10 : 7);
    // Keep a heading with at least a few lines of what follows it.
    ensure(before + height + pt(level <= 2 ? 60 : 36));
    m_y += m_pageEmpty ? 0 : before;
    if (toc && level <= 2)
        m_headings.append({level, text, currentPageNumber()});
    if (m_painter) {
        m_painter->setPen(level <= 1 ? QColor(0x1f, 0x3a, 0x5f) : textColor());
        layout.draw(m_painter, QPointF(m_body.left(), m_y));
        if (level <= 1) {
            m_painter->setPen(QPen(QColor(0x1f, 0x3a, 0x5f), pt(1)));
            const qreal y = m_y + height + pt(2);
            m_painter->drawLine(QPointF(m_body.left(), y), QPointF(m_body.right(), y));
        }
    }
    m_y += height + pt(level <= 1 ? 8 : 4);
    m_pageEmpty = false;
}

void ReportPager::paragraph(const QString &text, const QFont &font, const QColor &color)
{
    QTextLayout layout(forLayout(text), font, m_device);
    layoutText(layout, m_body.width(), false);
    // Line by line, so a long paragraph continues on the next page.
    for (int i = 0; i < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        ensure(line.height());
        if (m_painter) {
            m_painter->setPen(color.isValid() ? color : textColor());
            line.draw(m_painter, QPointF(m_body.left(), m_y - line.y()));
        }
        m_y += line.height();
        m_pageEmpty = false;
    }
    m_y += pt(4);
}

void ReportPager::keyValues(const QList<std::pair<QString, QString>> &rows)
{
    const QList<Column> columns = {{QString(), 1.0}, {QString(), 3.0}};
    const QList<qreal> widths = columnWidths(columns);
    for (const auto &[key, value] : rows) {
        const QStringList cells{key, value};
        const qreal height = rowHeight(columns, widths, cells, false);
        ensure(height);
        drawRow(columns, widths, cells, height, false, RowStyle::Normal, false);
    }
    m_y += pt(4);
}

QList<qreal> ReportPager::columnWidths(const QList<Column> &columns) const
{
    qreal total = 0;
    for (const Column &c : columns)
        total += c.weight;
    QList<qreal> widths;
    for (const Column &c : columns)
        widths << m_body.width() * c.weight / total;
    return widths;
}

qreal ReportPager::rowHeight(const QList<Column> &columns, const QList<qreal> &widths,
                             const QStringList &cells, bool header) const
{
    const qreal pad = pt(kCellPadPt);
    qreal height = 0;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QFont &font = header ? m_fonts.bold : columns.at(c).mono ? m_fonts.mono : m_fonts.small;
        if (columns.at(c).singleLine && !header) {
            height = qMax(height, QFontMetricsF(font, m_device).height());
            continue;
        }
        QTextLayout layout(forLayout(cells.value(c)), font, m_device);
        height = qMax(height, layoutText(layout, widths.at(c) - 2 * pad, columns.at(c).mono));
    }
    return height + pad;
}

void ReportPager::drawRow(const QList<Column> &columns, const QList<qreal> &widths, const QStringList &cells,
                          qreal height, bool header, RowStyle style, bool stripe)
{
    if (m_painter) {
        const qreal pad = pt(kCellPadPt);
        const QRectF rowRect(m_body.left(), m_y, m_body.width(), height);
        if (header)
            m_painter->fillRect(rowRect, kHeaderFill);
        else if (style == RowStyle::Emphasis)
            m_painter->fillRect(rowRect, kEmphasisFill);
        else if (stripe)
            m_painter->fillRect(rowRect, kStripeFill);
        qreal x = m_body.left();
        m_painter->setPen(textColor());
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QFont &font = header ? m_fonts.bold : columns.at(c).mono ? m_fonts.mono : m_fonts.small;
            const qreal width = widths.at(c) - 2 * pad;
            if (columns.at(c).singleLine && !header) {
                const QFontMetricsF fm(font, m_device);
                m_painter->setFont(font);
                m_painter->drawText(QPointF(x + pad, m_y + pad / 2 + fm.ascent()),
                                    fm.elidedText(cells.value(c), Qt::ElideRight, width));
            } else {
                QTextLayout layout(forLayout(cells.value(c)), font, m_device);
                layoutText(layout, width, columns.at(c).mono);
                layout.draw(m_painter, QPointF(x + pad, m_y + pad / 2));
            }
            x += widths.at(c);
        }
        m_painter->setPen(QPen(header ? ruleColor() : kHeaderFill, pt(header ? 0.6 : 0.4)));
        m_painter->drawLine(rowRect.bottomLeft(), rowRect.bottomRight());
    }
    m_y += height;
    m_pageEmpty = false;
}

void ReportPager::drawSectionRow(const QString &text, qreal height)
{
    if (m_painter) {
        const qreal pad = pt(kCellPadPt);
        m_painter->fillRect(QRectF(m_body.left(), m_y, m_body.width(), height), kSectionFill);
        QTextLayout layout(forLayout(text), m_fonts.bold, m_device);
        layoutText(layout, m_body.width() - 2 * pad, false);
        m_painter->setPen(textColor());
        layout.draw(m_painter, QPointF(m_body.left() + pad, m_y + pad / 2));
    }
    m_y += height;
    m_pageEmpty = false;
}

void ReportPager::table(const QList<Column> &columns, const QList<QStringList> &rows,
                        const QList<RowStyle> &styles)
{
    const QList<qreal> widths = columnWidths(columns);
    QStringList titles;
    for (const Column &c : columns)
        titles << c.title;
    const bool hasHeader = !titles.join(QString()).isEmpty();
    const qreal headerHeight = hasHeader ? rowHeight(columns, widths, titles, true) : 0;
    const QList<Column> sectionColumns = {{QString(), 1.0}};
    const QList<qreal> sectionWidths = columnWidths(sectionColumns);
    int stripe = 0;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const RowStyle style = styles.value(r, RowStyle::Normal);
        const qreal height = style == RowStyle::Section
                                 ? rowHeight(sectionColumns, sectionWidths, {rows.at(r).value(0)}, true)
                                 : rowHeight(columns, widths, rows.at(r), false);
        const bool first = r == 0;
        if (first)
            ensure(headerHeight + height + (style == RowStyle::Section ? pt(14) : 0));
        else if (m_y + height > m_body.bottom())
            newPage();
        if (hasHeader && (first || m_pageEmpty))
            drawRow(columns, widths, titles, headerHeight, true, RowStyle::Normal, false);
        if (style == RowStyle::Section) {
            drawSectionRow(rows.at(r).value(0), height);
            stripe = 0;
        } else {
            drawRow(columns, widths, rows.at(r), height, false, style, (stripe++ % 2) == 1);
        }
    }
    m_y += pt(8);
}

void ReportPager::block(qreal height, const std::function<void(QPainter *, const QRectF &)> &paint)
{
    ensure(height);
    const QRectF rect(m_body.left(), m_y, m_body.width(), qMin(height, m_body.bottom() - m_y));
    if (m_painter)
        paint(m_painter, rect);
    m_y += rect.height() + pt(6);
    m_pageEmpty = false;
}

} // namespace Slipway
