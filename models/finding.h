#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Slipway {

// One result of a policy check: what is wrong (or worth knowing), where, and what to do.
// Rule ids are stable kebab-case and listed in docs/skew-rules.md.
struct Finding
{
    // Error: outside policy now, or a step the plan cannot take.
    // Warning: will be outside policy after a planned step, or support is ending.
    enum class Severity
    {
        Error,
        Warning,
        Info
    };

    Severity severity = Severity::Info;
    QString rule;         // e.g. "kubelet-too-old"
    QString component;    // kubelet, kube-apiserver, kube-proxy, cluster, etcd, CoreDNS…
    QString node;         // empty when cluster-wide
    QStringList versions; // the versions involved, as found
    QString allowedRange; // e.g. "v1.32–v1.35"; empty when not a range rule
    QString message;      // one sentence, translated
    QString fix;          // a concrete next step, translated

    // Stable lower-case name for JSON and logs: "error", "warning", "info".
    QString severityName() const { return severityName(severity); }
    static QString severityName(Severity severity);
    // Translated name for people.
    static QString severityDisplayName(Severity severity);

    friend bool operator==(const Finding &, const Finding &) = default;
};

// Errors first, then warnings, then info; stable otherwise.
void sortFindings(QList<Finding> &findings);
bool hasErrors(const QList<Finding> &findings);
// Findings whose rule is `rule` (for tests and filters).
QList<Finding> findingsWithRule(const QList<Finding> &findings, const QString &rule);

} // namespace Slipway

Q_DECLARE_METATYPE(Slipway::Finding)
