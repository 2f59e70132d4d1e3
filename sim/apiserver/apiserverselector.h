#pragma once

#include "models/labelselector.h"
#include "models/result.h"
#include "sim/engine/simulator.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// fieldSelector query parameters, parsed and matched like the API server (k8s.io/apimachinery/pkg/fields);
// label selectors are models/labelselector.h. kubectl drain lists a node's pods with
// fieldSelector=spec.nodeName=<node> (FACTS §5.2).
namespace Slipway {

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
    static Result<FieldSelector> parse(const QString &text, ResourceKind kind);
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
