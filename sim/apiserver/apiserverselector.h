#pragma once

#include "sim/engine/simulator.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// labelSelector and fieldSelector query parameters, parsed and matched like the API server
// (k8s.io/apimachinery/pkg/labels and pkg/fields). kubectl drain lists a node's pods with
// fieldSelector=spec.nodeName=<node> (FACTS §5.2).
namespace Slipway {

class LabelSelector
{
public:
    enum class Operator
    {
        Equals,
        NotEquals,
        In,
        NotIn,
        Exists,
        DoesNotExist,
        GreaterThan,
        LessThan
    };
    struct Requirement
    {
        QString key;
        Operator op = Operator::Equals;
        QStringList values;
    };

    // Equality (=, ==, !=), set-based (in, notin), existence (key, !key) and numeric (<, >)
    // requirements joined by commas. The error reads like the API server's
    // ("unable to parse requirement: …").
    static std::optional<LabelSelector> parse(const QString &text, QString *error);
    bool isEmpty() const { return m_requirements.isEmpty(); }
    bool matches(const LabelMap &labels) const;
    const QList<Requirement> &requirements() const { return m_requirements; }

private:
    QList<Requirement> m_requirements;
};

class FieldSelector
{
public:
    struct Requirement
    {
        QString field;
        bool equals = true;
        QString value;
    };

    // `field=value`, `field==value`, `field!=value` joined by commas; only the fields the API
    // server supports for that kind (metadata.name, metadata.namespace, and e.g. spec.nodeName
    // and status.phase for pods, spec.unschedulable for nodes).
    static std::optional<FieldSelector> parse(const QString &text, ResourceKind kind, QString *error);
    bool isEmpty() const { return m_requirements.isEmpty(); }
    bool matches(const StoredObject &object) const;
    // The value a field must equal, if the selector requires one (metadata.name for single-object watches).
    std::optional<QString> requiredValue(const QString &field) const;

private:
    QList<Requirement> m_requirements;
};

// The field values the API server's field selectors see for an object.
QString objectFieldValue(const StoredObject &object, const QString &field);
// Labels of any stored kind.
LabelMap objectLabels(const StoredObject &object);

} // namespace Slipway
