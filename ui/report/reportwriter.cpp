#include "ui/report/reportwriter.h"

#include "ui/report/reportcomposer.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Slipway {

Q_LOGGING_CATEGORY(lcReport, "slipway.report")

namespace {

constexpr int kResolutionDpi = 300;

QFont font(const QStringList &families, qreal points, bool bold = false)
{
    QFont f;
    f.setFamilies(families);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    // Any letter spacing turns ligatures off (Qt's shaper), so "fi" stays two letters that
    // pdftotext and search find; 0.05 px at 300 dpi is invisible (smaller rounds to 0).
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

ReportPager::Fonts fontsFor(const QString &language)
{
    // Latin letters and digits from DejaVu, Hangul from Noto Sans CJK KR. Not the other way
    // round: Noto CJK substitutes contextual glyphs for digits after Latin letters ("v1.35"),
    // which have no Unicode mapping, so pdftotext would lose them. Both faces are embedded as
    // TrueType subsets by Qt's PDF engine.
    Q_UNUSED(language)
    const QStringList sans{QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK KR")};
    const QStringList mono{QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono CJK KR")};
    ReportPager::Fonts fonts;
    fonts.body = font(sans, 9.5);
    fonts.small = font(sans, 8.2);
    fonts.bold = font(sans, 8.2, true);
    fonts.mono = font(mono, 7.6);
    fonts.title = font(sans, 21, true);
    fonts.h1 = font(sans, 15, true);
    fonts.h2 = font(sans, 11.5, true);
    fonts.h3 = font(sans, 10, true);
    return fonts;
}

} // namespace

QStringList ReportWriter::languages()
{
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

std::optional<QPageSize::PageSizeId> ReportWriter::paperFromName(const QString &name)
{
    if (name.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return QPageSize::A4;
    if (name.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return QPageSize::Letter;
    return std::nullopt;
}

bool ReportWriter::write(const ReportSource &source, const ReportOptions &options, const QString &fileName,
                         QString *error)
{
    QElapsedTimer timer;
    timer.start();
    ReportComposer composer(source, options);
    qCDebug(lcReport) << "digest and timeline model:" << timer.restart() << "ms";
    // QSaveFile writes a temporary file beside the target and renames it on commit(): a failure
    // anywhere leaves no file behind, and an existing report is replaced only by a complete one.
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(options.paper));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(kResolutionDpi);
    writer.setTitle(composer.title() + QStringLiteral(" — ") + source.clusterName);
    writer.setCreator(QStringLiteral("Slipway"));

    const ReportPager::Fonts fonts = fontsFor(options.language);
    ReportPager::Decoration decoration{QStringLiteral("Slipway · ") + composer.title() +
                                           QStringLiteral(" · ") + source.clusterName,
                                       composer.fromTo(), composer.generatedText(), 1, 0};

    // Pass 1: measure the body (where do its headings land?), then the front matter with the
    // contents (its size does not depend on the page numbers it will show).
    ReportPager bodyMeasure(&writer, nullptr, fonts, decoration);
    composer.body(bodyMeasure);
    QList<ReportPager::Heading> contents = bodyMeasure.headings();
    ReportPager frontMeasure(&writer, nullptr, fonts, decoration);
    composer.front(frontMeasure, contents);
    const int frontPages = frontMeasure.pageCount();
    for (ReportPager::Heading &h : contents)
        h.page += frontPages;
    decoration.totalPages = frontPages + bodyMeasure.pageCount();
    qCDebug(lcReport) << "layout pass:" << timer.restart() << "ms," << decoration.totalPages << "pages";

    // Pass 2: paint.
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("cannot write %1: the PDF writer could not start").arg(fileName);
        file.cancelWriting();
        return false;
    }
    {
        ReportPager front(&writer, &painter, fonts, decoration);
        composer.front(front, contents);
    }
    writer.newPage();
    decoration.firstPageNumber = frontPages + 1;
    {
        ReportPager body(&writer, &painter, fonts, decoration);
        composer.body(body);
    }
    qCDebug(lcReport) << "paint pass:" << timer.restart() << "ms";
    if (!painter.end() || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

} // namespace Slipway
