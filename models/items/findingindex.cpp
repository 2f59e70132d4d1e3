#include "models/items/findingindex.h"

namespace Slipway {

namespace {
QString key(const QString &node, const QString &component)
{
    return node + QLatin1Char('\n') + component;
}
} // namespace

void FindingIndex::reset(const QList<Finding> &findings)
{
    m_findings = findings;
    sortFindings(m_findings);
    m_byKey.clear();
    for (int i = 0; i < m_findings.size(); ++i) {
        const Finding &f = m_findings.at(i);
        m_byKey[key(f.node, f.component)] << i;
        if (!f.node.isEmpty())
            m_byKey[key(f.node, QString())] << i;
    }
}

QList<const Finding *> FindingIndex::matching(const QString &node, const QString &component) const
{
    QList<const Finding *> result;
    for (int i : m_byKey.value(key(node, component)))
        result << &m_findings.at(i);
    return result;
}

int FindingIndex::worstSeverity(const QString &node, const QString &component) const
{
    int worst = -1;
    for (const Finding *f : matching(node, component)) {
        if (worst < 0 || int(f->severity) < worst)
            worst = int(f->severity);
    }
    return worst;
}

QString FindingIndex::toolTip(const QString &node, const QString &component) const
{
    QStringList lines;
    for (const Finding *f : matching(node, component))
        lines << QStringLiteral("<p><b>%1</b> <code>%2</code>: %3</p>")
                     .arg(Finding::severityDisplayName(f->severity).toHtmlEscaped(), f->rule.toHtmlEscaped(),
                          f->message.toHtmlEscaped());
    return lines.join(QString());
}

} // namespace Slipway
