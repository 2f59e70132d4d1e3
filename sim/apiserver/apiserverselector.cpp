#include "sim/apiserver/apiserverselector.h"

#include <QRegularExpression>

namespace Slipway {

LabelMap objectLabels(const StoredObject &object)
{
    switch (object.kind) {
    case ResourceKind::Namespace:
        return object.namespaceObject.labels;
    case ResourceKind::Node:
        return object.node.labels;
    case ResourceKind::Pod:
        return object.pod.labels;
    case ResourceKind::PodDisruptionBudget:
        return {};
    default:
        return object.workload.labels;
    }
}

QString objectFieldValue(const StoredObject &object, const QString &field)
{
    if (field == QLatin1String("metadata.name"))
        return object.name();
    if (field == QLatin1String("metadata.namespace"))
        return object.namespaceName();
    const auto boolText = [](bool b) {
        return b ? QStringLiteral("true") : QStringLiteral("false");
    };
    if (object.kind == ResourceKind::Pod) {
        const Pod &pod = object.pod;
        if (field == QLatin1String("spec.nodeName"))
            return pod.nodeName;
        if (field == QLatin1String("status.phase"))
            return podPhaseName(pod.phase);
        if (field == QLatin1String("spec.hostNetwork"))
            return boolText(pod.hostNetwork);
        if (field == QLatin1String("spec.schedulerName"))
            return QStringLiteral("default-scheduler");
        if (field == QLatin1String("spec.restartPolicy")) {
            const auto controller = pod.controllerRef();
            return controller && controller->kind == QLatin1String("Job") ? QStringLiteral("Never")
                                                                          : QStringLiteral("Always");
        }
    }
    if (object.kind == ResourceKind::Node && field == QLatin1String("spec.unschedulable"))
        return boolText(object.node.unschedulable);
    if (object.kind == ResourceKind::Namespace && field == QLatin1String("status.phase"))
        return object.namespaceObject.terminating ? QStringLiteral("Terminating") : QStringLiteral("Active");
    return {};
}

Result<FieldSelector> FieldSelector::parse(const QString &text, ResourceKind kind)
{
    QStringList supported{QStringLiteral("metadata.name"), QStringLiteral("metadata.namespace")};
    switch (kind) {
    case ResourceKind::Pod:
        supported << QStringLiteral("spec.nodeName") << QStringLiteral("status.phase")
                  << QStringLiteral("spec.hostNetwork") << QStringLiteral("spec.schedulerName")
                  << QStringLiteral("spec.restartPolicy");
        break;
    case ResourceKind::Node:
        supported << QStringLiteral("spec.unschedulable");
        break;
    case ResourceKind::Namespace:
        supported << QStringLiteral("status.phase");
        break;
    default:
        break;
    }
    FieldSelector selector;
    for (const QString &term : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Requirement r;
        qsizetype at = term.indexOf(QLatin1String("!="));
        qsizetype length = 2;
        if (at >= 0) {
            r.equals = false;
        } else if ((at = term.indexOf(QLatin1String("=="))) >= 0) {
            length = 2;
        } else if ((at = term.indexOf(QLatin1Char('='))) >= 0) {
            length = 1;
        } else {
            return Result<FieldSelector>::failure(
                QStringLiteral("invalid selector: '%1'; can't understand '%2'").arg(text, term));
        }
        r.field = term.left(at).trimmed();
        r.value = term.mid(at + length).trimmed();
        if (!supported.contains(r.field)) {
            return Result<FieldSelector>::failure(
                QStringLiteral("field label not supported: %1").arg(r.field));
        }
        selector.m_requirements.append(r);
    }
    return selector;
}

bool FieldSelector::matches(const StoredObject &object) const
{
    for (const Requirement &r : m_requirements) {
        if ((objectFieldValue(object, r.field) == r.value) != r.equals)
            return false;
    }
    return true;
}

std::optional<QString> FieldSelector::requiredValue(const QString &field) const
{
    for (const Requirement &r : m_requirements) {
        if (r.field == field && r.equals)
            return r.value;
    }
    return std::nullopt;
}

} // namespace Slipway
