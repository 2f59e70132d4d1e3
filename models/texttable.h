#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Slipway {

// Column-aligned plain-text tables like Go's tabwriter as kubectl and kubeadm use it
// (cells padded to the widest cell plus `padding` spaces; FACTS §3.3 uses padding 3).
class TextTable
{
public:
    explicit TextTable(QStringList header, int padding = 3);
    void addRow(QStringList cells);
    int rowCount() const { return int(m_rows.size()); }
    QString toString() const; // ends with a newline; trailing spaces trimmed

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    int m_padding;
};

} // namespace Slipway
