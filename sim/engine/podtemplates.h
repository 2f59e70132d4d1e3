#pragma once

#include "models/clustersnapshot.h"

#include <QHash>

namespace Slipway {

class SimStore;

// The pod templates of the workload controllers. The value types keep no template, so the
// simulator takes it from an existing pod of each controller when it loads (the scenario
// expander built those pods from the template) and falls back to the workload's containers.
class PodTemplates
{
public:
    // Remembers a template for every ReplicaSet, StatefulSet, DaemonSet and Job, and for every
    // Deployment (from its newest ReplicaSet).
    void captureAll(const SimStore &store);

    bool contains(const QString &controllerUid) const { return m_templates.contains(controllerUid); }
    // The template for this controller (never empty: falls back to the workload's containers).
    Pod templateFor(const Workload &workload) const;
    void setTemplate(const QString &controllerUid, const Pod &podTemplate);

    // A new pod for `owner`: the template with a controller ownerReference, ready for createPod().
    Pod instantiate(const Workload &owner, const QString &name) const;

    static OwnerReference controllerReference(const Workload &owner);

private:
    static Pod strip(const Pod &pod);
    QHash<QString, Pod> m_templates; // controller uid -> template
};

} // namespace Slipway
