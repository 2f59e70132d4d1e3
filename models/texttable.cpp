#include "models/texttable.h"

namespace Slipway {

TextTable::TextTable(QStringList header, int padding)
    : m_header(std::move(header))
    , m_padding(padding)
{}

void TextTable::addRow(QStringList cells)
{
    m_rows << std::move(cells);
}

QString TextTable::toString() const
{
    QList<int> widths(m_header.size(), 0);
    auto measure = [&widths](const QStringList &cells) {
        for (int i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(cells.at(i).size()));
    };
    measure(m_header);
    for (const auto &row : m_rows)
        measure(row);
    QString out;
    auto print = [&](const QStringList &cells) {
        QString line;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = cells.value(i);
            line += i + 1 < widths.size() ? cell.leftJustified(widths.at(i) + m_padding) : cell;
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    };
    print(m_header);
    for (const auto &row : m_rows)
        print(row);
    return out;
}

} // namespace Slipway
