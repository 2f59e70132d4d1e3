#pragma once

#include "models/finding.h"

#include <QHash>

namespace Slipway {

// Findings looked up by node and component, for badges in the node and component tables.
class FindingIndex
{
public:
    void reset(const QList<Finding> &findings);
    bool isEmpty() const { return m_byKey.isEmpty(); }
    // Worst severity for `component` on `node` (component empty: any component; node empty:
    // cluster-wide findings of the component); -1 when there is none.
    int worstSeverity(const QString &node, const QString &component) const;
    // "rule-id: message" lines, HTML, worst first; empty when none.
    QString toolTip(const QString &node, const QString &component) const;

private:
    QList<const Finding *> matching(const QString &node, const QString &component) const;

    QList<Finding> m_findings;
    QHash<QString, QList<int>> m_byKey; // "node\ncomponent" and "node\n" -> indices
};

} // namespace Slipway
