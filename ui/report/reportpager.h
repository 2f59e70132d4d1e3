#pragma once

// Lays a report out on pages and paints it: headings (recorded for the table of contents),
// wrapped paragraphs, tables that break across pages and repeat their header row, and blocks
// painted by the caller (the timeline chart). Every page gets the running header and the page
// footer. With no painter it only measures, so a first pass can count pages and find where each
// heading lands before the second pass paints.

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QTextLayout;

namespace Slipway {

class ReportPager
{
    Q_DECLARE_TR_FUNCTIONS(Slipway::ReportPager)

public:
    struct Fonts
    {
        QFont body;
        QFont small;
        QFont bold;
        QFont mono;
        QFont title;
        QFont h1;
        QFont h2;
        QFont h3;
    };
    struct Column
    {
        QString title;
        qreal weight = 1;        // share of the table's width
        bool mono = false;       // commands, versions
        bool singleLine = false; // elided to one line instead of wrapped (big tables)
    };
    enum class RowStyle
    {
        Normal,
        Emphasis, // a problem row: tinted
        Section,  // a row spanning the table: a group title
    };
    struct Decoration
    {
        QString headerLeft;
        QString headerRight;
        QString footerLeft;
        int firstPageNumber = 1; // the number printed on this pager's first page
        int totalPages = 0;      // 0: unknown (measuring pass)
    };
    struct Heading
    {
        int level = 1;
        QString title;
        int page = 0; // the printed page number
    };

    // `painter` may be null: then nothing is drawn, only measured. `device` gives the metrics.
    ReportPager(QPagedPaintDevice *device, QPainter *painter, const Fonts &fonts,
                const Decoration &decoration);

    void newPage();
    // A numbered or plain heading; levels 1 and 2 go into the table of contents. A level-1 heading
    // starts a new page unless the page is still empty.
    void heading(int level, const QString &text, bool toc = true);
    void paragraph(const QString &text, const QFont &font, const QColor &color = {});
    void paragraph(const QString &text) { paragraph(text, m_fonts.body); }
    // A two-column table without a header: label, value.
    void keyValues(const QList<std::pair<QString, QString>> &rows);
    void table(const QList<Column> &columns, const QList<QStringList> &rows,
               const QList<RowStyle> &styles = {});
    void space(qreal points);
    // A block `height` device units tall painted by `paint` (skipped when measuring); starts a
    // new page first when it does not fit on this one.
    void block(qreal height, const std::function<void(QPainter *, const QRectF &)> &paint);

    qreal pt(qreal points) const;
    QRectF bodyRect() const { return m_body; }
    qreal remainingHeight() const { return m_body.bottom() - m_y; }
    int pageCount() const { return m_pages; }
    int currentPageNumber() const { return m_decoration.firstPageNumber + m_pages - 1; }
    const QList<Heading> &headings() const { return m_headings; }
    const Fonts &fonts() const { return m_fonts; }
    QPainter *painter() const { return m_painter; }

    static const QColor &textColor();
    static const QColor &dimColor();
    static const QColor &ruleColor();

private:
    void beginPage();
    void decorate();
    void ensure(qreal height);
    qreal layoutText(QTextLayout &layout, qreal width, bool anywhere) const;
    QList<qreal> columnWidths(const QList<Column> &columns) const;
    qreal rowHeight(const QList<Column> &columns, const QList<qreal> &widths, const QStringList &cells,
                    bool header) const;
    void drawRow(const QList<Column> &columns, const QList<qreal> &widths, const QStringList &cells,
                 qreal height, bool header, RowStyle style, bool stripe);
    void drawSectionRow(const QString &text, qreal height);

    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    Fonts m_fonts;
    Decoration m_decoration;
    QRectF m_page;
    QRectF m_body;
    qreal m_y = 0;
    int m_pages = 0;
    bool m_pageEmpty = true;
    QList<Heading> m_headings;
};

} // namespace Slipway
