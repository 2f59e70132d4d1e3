#pragma once

#include "models/result.h"
#include "sim/apiserver/apiserverhttp.h"
#include "sim/engine/eventrecorder.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Slipway {

class ApiConnection;
class ApiServerContext;

// core/v1 Events of the practice cluster (sim/engine/eventrecorder.h) as kube-apiserver serves
// them: /api/v1/events and /api/v1/namespaces/NS/events[/NAME], list (JSON or the events
// printer's Table: LAST SEEN TYPE REASON OBJECT MESSAGE, + SUBOBJECT SOURCE FIRST SEEN COUNT NAME
// with -o wide), get and watch. fieldSelector supports the event fields kube-apiserver does
// (metadata.name, metadata.namespace, involvedObject.{kind,namespace,name,uid,apiVersion,
// resourceVersion,fieldPath}, reason, reportingComponent, source, type), which is how
// `kubectl describe` finds an object's events. limit/continue page through them.
namespace ApiEvents {

QJsonObject encode(const SimEvent &event);

class FieldFilter
{
public:
    static Result<FieldFilter> parse(const QString &text);
    bool matches(const SimEvent &event) const;

private:
    struct Term
    {
        QString field;
        bool equals = true;
        QString value;
    };
    QList<Term> m_terms;
};

// `namespaceName` empty: all namespaces. `name` set: a single event.
void serve(ApiServerContext *context, const HttpRequest &request, const QString &namespaceName,
           const QString &name, bool watch, ApiConnection *connection);

} // namespace ApiEvents
} // namespace Slipway
