#pragma once

#include "models/clustersnapshot.h"
#include "models/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Slipway {

// A label selector as the API server parses and matches it (k8s.io/apimachinery/pkg/labels):
// the practice API server's labelSelector parameter and kubectl drain's --pod-selector (FACTS §5.1).
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
    static Result<LabelSelector> parse(const QString &text);
    bool isEmpty() const { return m_requirements.isEmpty(); }
    bool matches(const LabelMap &labels) const;
    const QList<Requirement> &requirements() const { return m_requirements; }

private:
    QList<Requirement> m_requirements;
};

} // namespace Slipway
