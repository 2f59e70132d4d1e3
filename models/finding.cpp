#include "models/finding.h"

#include <QCoreApplication>

#include <algorithm>

namespace Slipway {

QString Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString Finding::severityDisplayName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("Slipway::Finding", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("Slipway::Finding", "Warning");
    case Severity::Info:
        break;
    }
    return QCoreApplication::translate("Slipway::Finding", "Info");
}

void sortFindings(QList<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return static_cast<int>(a.severity) < static_cast<int>(b.severity);
    });
}

bool hasErrors(const QList<Finding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return f.severity == Finding::Severity::Error; });
}

QList<Finding> findingsWithRule(const QList<Finding> &findings, const QString &rule)
{
    QList<Finding> result;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(result),
                 [&rule](const Finding &f) { return f.rule == rule; });
    return result;
}

} // namespace Slipway
